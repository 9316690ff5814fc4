/**
 * The bad-workbook corpus of `ponam validate`: one case per issue code, each naming the files it
 * needs, the command-line arguments and the issue expected (code, file, sheet, cell or row).
 * `make-corpus.ts` writes the files into tests/fixtures-bad/; tests/validate/corpus.test.ts runs
 * each case through the built binary and checks the expectation. Files marked `foreign` are
 * written by openpyxl or LibreOffice (make_foreign.sh) and only listed here.
 */
import { crc32 } from 'node:zlib';
import ExcelJS from 'exceljs';

export const CORPUS_DIR = 'tests/fixtures-bad';
export const PLAN = `${CORPUS_DIR}/plan.xlsx`;

export type Builder = () => Promise<Buffer>;

export interface Expected {
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Relative to the repository root, as the CLI prints it when run from there. */
  file: string;
  sheet: string | null;
  cell?: string | null;
  row?: number | null;
  /** Text the message must contain (in English). */
  says?: string;
}

export interface CorpusCase {
  name: string;
  /** Files this case writes, by name inside tests/fixtures-bad/ (the plan is shared). */
  files: Record<string, Builder | 'foreign'>;
  /** Arguments after `ponam validate`; `--plan` is added unless `plan: false`. */
  args: string[];
  plan?: boolean;
  exit: 0 | 1 | 2;
  expect: Expected;
}

const FIXED_DATE = new Date(Date.UTC(2023, 0, 15, 9, 0, 0));
const at = (name: string) => `${CORPUS_DIR}/${name}`;

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ponam corpus';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

async function bytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Row = (string | number | boolean | Date | null | ExcelJS.CellValue)[];

function sheet(wb: ExcelJS.Workbook, name: string, rows: Row[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
  return ws;
}

// ---------------------------------------------------------------------------------------------
// The plan: 2 axes, 2 results, 3 indicators (a count, a percentage, a milestone), 2020-2024.

const INDICATOR_HEADER = [
  'Code',
  'Axe',
  'Résultat',
  'Intitulé',
  'Unité',
  'Type',
  'Sens',
  'Agrégation',
  'Type de cible',
  'Valeur de référence',
  'Année de référence',
  'Cible 2020',
  'Cible 2021',
  'Cible 2022',
  'Cible 2023',
  'Cible 2024',
  'Responsables',
];

const INDICATORS: Row[] = [
  [
    'I1.1.1',
    'A1',
    'R1.1',
    'Migrants assistés',
    'nombre',
    'quantitatif',
    'hausse',
    'somme',
    'annuelle',
    0,
    2019,
    100,
    100,
    100,
    100,
    100,
    'DGME; OIM',
  ],
  [
    'I1.1.2',
    'A1',
    'R1.1',
    'Taux de prise en charge',
    '%',
    'quantitatif',
    'hausse',
    'dernière',
    'cumulée',
    20,
    2019,
    30,
    40,
    50,
    60,
    70,
    'DGME; OIM',
  ],
  [
    'I2.1.1',
    'A2',
    'R2.1',
    'Stratégie adoptée',
    'oui/non',
    'jalon',
    'hausse',
    'dernière',
    'cumulée',
    'non',
    2019,
    null,
    null,
    'oui',
    'oui',
    'oui',
    'DGME',
  ],
];

function planBook(
  edit?: (parts: { indicators: Row[]; axes: Row[]; results: Row[] }) => void,
): ExcelJS.Workbook {
  const parts = {
    indicators: INDICATORS.map((r) => [...r]),
    axes: [
      ['A1', 'Protéger les migrants', 1],
      ['A2', 'Gouvernance', 1],
    ] as Row[],
    results: [
      ['R1.1', 'A1', 'Migrants protégés', 'effet', 1],
      ['R2.1', 'A2', 'Cadre adopté', 'extrant', 1],
    ] as Row[],
  };
  edit?.(parts);
  const wb = book();
  sheet(wb, 'Plan', [
    ['Clé', 'Valeur'],
    ['Code', 'TEST'],
    ['Année de début', 2020],
    ['Année de fin', 2024],
  ]);
  sheet(wb, 'Axes', [['Code', 'Intitulé', 'Poids'], ...parts.axes]);
  sheet(wb, 'Résultats', [['Code', 'Axe', 'Intitulé', 'Niveau', 'Poids'], ...parts.results]);
  sheet(wb, 'Indicateurs', [INDICATOR_HEADER, ...parts.indicators]);
  return wb;
}

// ---------------------------------------------------------------------------------------------
// Reporting workbooks: Rapport (entity, period) + Valeurs.

interface DataSpec {
  entity?: string | null;
  period?: string | null;
  header?: Row;
  values?: Row[];
  activities?: Row[];
  valuesSheet?: string;
  hideValues?: boolean;
  extraVisibleValues?: string;
  /** The submission date's cell as written (a serial number that lost its date format: 44946). */
  submittedOn?: Date | number;
}

function dataBook(spec: DataSpec = {}): ExcelJS.Workbook {
  const wb = book();
  const report: Row[] = [['Clé', 'Valeur']];
  if (spec.entity !== null) report.push(['Entité', spec.entity ?? 'DGME']);
  if (spec.period !== null) report.push(['Période', spec.period ?? '2022-T4']);
  report.push(['Date de soumission', spec.submittedOn ?? new Date(Date.UTC(2023, 0, 20))]);
  sheet(wb, 'Rapport', report);
  const values = sheet(wb, spec.valuesSheet ?? 'Valeurs', [
    spec.header ?? ['Indicateur', 'Valeur', 'Commentaire'],
    ...(spec.values ?? [
      ['I1.1.1', 25, ''],
      ['I1.1.2', 45, ''],
    ]),
  ]);
  if (spec.hideValues) values.state = 'hidden';
  if (spec.extraVisibleValues) {
    sheet(wb, spec.extraVisibleValues, [
      ['Indicateur', 'Valeur'],
      ['I1.1.1', 25],
    ]);
  }
  if (spec.activities)
    sheet(wb, 'Activités', [['Activité', 'Période', 'Statut', 'Avancement (%)'], ...spec.activities]);
  return wb;
}

const data =
  (spec?: DataSpec): Builder =>
  () =>
    bytes(dataBook(spec));
const plan =
  (edit?: Parameters<typeof planBook>[0]): Builder =>
  () =>
    bytes(planBook(edit));

/** The plan with, when given, an Activités sheet, an Entités sheet and other values of Plan keys. */
const planWith =
  (more: { activities?: Row[]; settings?: Row[]; entities?: Row[] }): Builder =>
  () => {
    const wb = planBook();
    if (more.settings) {
      const ws = wb.getWorksheet('Plan') as ExcelJS.Worksheet;
      for (const [key, value] of more.settings) {
        let row = 0;
        ws.eachRow((r, n) => {
          if (r.getCell(1).value === key) row = n;
        });
        if (row) ws.getRow(row).getCell(2).value = value as ExcelJS.CellValue;
        else ws.addRow([key, value]);
      }
    }
    if (more.activities)
      sheet(wb, 'Activités', [['Code', 'Résultat', 'Intitulé', 'Budget prévu'], ...more.activities]);
    if (more.entities) sheet(wb, 'Entités', [['Entité', 'Alias'], ...more.entities]);
    return bytes(wb);
  };

/** A workbook as ponam's own annex looks: a summary, the indicators, the sources; no Valeurs. */
const annexLike: Builder = () => {
  const wb = book();
  sheet(wb, 'Résumé', [['Élément', 'Valeur']]);
  sheet(wb, 'Indicateurs', [['Code', 'Intitulé', 'Taux']]);
  sheet(wb, 'Sources', [['Fichier', 'SHA-256']]);
  return bytes(wb);
};

/** A reporting workbook whose Valeurs sheet holds a cell reference beyond Excel's grid (XFD1048576). */
const beyondGrid: Builder = async () => {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(await bytes(dataBook()));
  const path = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet2\.xml$/.test(f)) as string;
  const xml = (await zip.file(path)?.async('string')) as string;
  await zip.file(path, xml.replace(/r="B3"/, 'r="FXSHRXW3"'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};

// ---------------------------------------------------------------------------------------------
// Files that are not workbooks

/** A zip archive with stored (uncompressed) entries, enough to look like .docx or .ods. */
export function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** An OLE compound file holding an `EncryptionInfo` stream: what Excel writes for a password. */
function encryptedLike(): Buffer {
  const out = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  Buffer.from('EncryptionInfo', 'utf16le').copy(out, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(out, 1152);
  return out;
}

/**
 * An .ods of a few hundred bytes whose one row, holding a number in each of 16 384 columns, is
 * repeated 1 048 576 times: 17 billion cells for a reader that builds them (SheetJS).
 */
function odsBomb(): Buffer {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  return storedZip({
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
    'META-INF/manifest.xml':
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    'content.xml': `<office:document-content ${ns}><office:body><office:spreadsheet><table:table table:name="Valeurs"><table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"><text:p>1</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`,
  });
}

const text =
  (s: string): Builder =>
  async () =>
    Buffer.from(s, 'utf8');

// ---------------------------------------------------------------------------------------------

export const CASES: CorpusCase[] = [
  // file level ---------------------------------------------------------------------------------
  {
    name: 'file-not-found',
    files: {},
    args: [at('does-not-exist.xlsx')],
    exit: 2,
    expect: {
      code: 'file-not-found',
      severity: 'error',
      file: at('does-not-exist.xlsx'),
      sheet: null,
      cell: null,
    },
  },
  {
    name: 'file-empty',
    files: { 'file-empty.xlsx': text('') },
    args: [at('file-empty.xlsx')],
    exit: 2,
    expect: {
      code: 'file-empty',
      severity: 'error',
      file: at('file-empty.xlsx'),
      sheet: null,
      cell: null,
      says: 'empty',
    },
  },
  {
    name: 'not-xlsx: a CSV renamed',
    files: { 'not-xlsx-csv.xlsx': text('Indicateur;Valeur\nI1.1.1;25\n') },
    args: [at('not-xlsx-csv.xlsx')],
    exit: 2,
    expect: {
      code: 'not-xlsx',
      severity: 'error',
      file: at('not-xlsx-csv.xlsx'),
      sheet: null,
      cell: null,
      says: 'CSV',
    },
  },
  {
    name: 'not-xlsx: an HTML page renamed',
    files: {
      'not-xlsx-html.xlsx': text(
        '<!DOCTYPE html><html><body><table><tr><td>I1.1.1</td></tr></table></body></html>',
      ),
    },
    args: [at('not-xlsx-html.xlsx')],
    exit: 2,
    expect: {
      code: 'not-xlsx',
      severity: 'error',
      file: at('not-xlsx-html.xlsx'),
      sheet: null,
      cell: null,
      says: 'HTML',
    },
  },
  {
    name: 'not-xlsx: a Word document renamed',
    files: {
      'not-xlsx-docx.xlsx': async () =>
        storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
    },
    args: [at('not-xlsx-docx.xlsx')],
    exit: 2,
    expect: {
      code: 'not-xlsx',
      severity: 'error',
      file: at('not-xlsx-docx.xlsx'),
      sheet: null,
      cell: null,
      says: 'Word',
    },
  },
  {
    name: 'not-xlsx: a text file renamed',
    files: { 'not-xlsx-text.xlsx': text('Rapport trimestriel DGME 2022-T4\nvoir pièce jointe\n') },
    args: [at('not-xlsx-text.xlsx')],
    exit: 2,
    expect: { code: 'not-xlsx', severity: 'error', file: at('not-xlsx-text.xlsx'), sheet: null, cell: null },
  },
  {
    name: 'file-truncated',
    files: {
      'file-truncated.xlsx': async () => {
        const whole = await bytes(dataBook());
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
    },
    args: [at('file-truncated.xlsx')],
    exit: 2,
    expect: {
      code: 'file-truncated',
      severity: 'error',
      file: at('file-truncated.xlsx'),
      sheet: null,
      cell: null,
    },
  },
  {
    name: 'file-encrypted',
    files: { 'file-encrypted.xlsx': async () => encryptedLike() },
    args: [at('file-encrypted.xlsx')],
    exit: 2,
    expect: {
      code: 'file-encrypted',
      severity: 'error',
      file: at('file-encrypted.xlsx'),
      sheet: null,
      cell: null,
      says: 'remove the password',
    },
  },
  {
    // An .xls is read (issue 21): the limits apply to it as to an .xlsx, and name its sheet.
    name: 'too-many-rows in a legacy .xls (written by LibreOffice)',
    files: { 'legacy-xls.xls': 'foreign' },
    args: ['--max-rows', '3', at('legacy-xls.xls')],
    exit: 2,
    expect: { code: 'too-many-rows', severity: 'error', file: at('legacy-xls.xls'), sheet: 'Rapport' },
  },
  {
    // An .ods is read (issue 21): its rows are counted from its row repeats before it is parsed.
    name: 'too-many-rows in an .ods (written by LibreOffice)',
    files: { 'ods-file.ods': 'foreign' },
    args: ['--max-rows', '3', at('ods-file.ods')],
    exit: 2,
    expect: { code: 'too-many-rows', severity: 'error', file: at('ods-file.ods'), sheet: 'Rapport' },
  },
  {
    name: 'read-limit: an .ods whose few bytes repeat a filled row a million times over 16 384 columns',
    files: { 'read-limit.ods': async () => odsBomb() },
    args: [at('read-limit.ods')],
    exit: 2,
    expect: {
      code: 'read-limit',
      severity: 'error',
      file: at('read-limit.ods'),
      sheet: null,
      cell: null,
      says: 'save it as .xlsx',
    },
  },
  {
    name: 'csv-not-values: a CSV that is a list of contacts',
    files: { 'csv-not-values.csv': text('Nom;Téléphone;Structure\nDiarra;76 00 00 00;DGME\n') },
    args: [at('csv-not-values.csv')],
    exit: 2,
    expect: {
      code: 'csv-not-values',
      severity: 'error',
      file: at('csv-not-values.csv'),
      sheet: 'Valeurs',
      cell: null,
      says: 'Indicator',
    },
  },
  {
    name: 'csv-malformed: a quote opened on row 3 and never closed',
    files: {
      'csv-malformed.csv': text(
        'Indicateur;Entité;Période;Valeur;Commentaire\nI1.1.1;DGME;2022-T4;25;ok\nI1.1.2;DGME;2022-T4;45;"ouvert\nI1.1.3;DGME;2022-T4;1;x\n',
      ),
    },
    args: [at('csv-malformed.csv')],
    exit: 2,
    expect: {
      code: 'csv-malformed',
      severity: 'error',
      file: at('csv-malformed.csv'),
      sheet: 'Valeurs',
      row: 3,
      says: 'never closed',
    },
  },
  {
    name: 'csv-plan: a CSV given as the plan',
    files: { 'csv-plan.csv': text('Code;Intitulé\nI1.1.1;Migrants assistés\n') },
    args: ['--plan', at('csv-plan.csv')],
    plan: false,
    exit: 2,
    expect: { code: 'csv-plan', severity: 'error', file: at('csv-plan.csv'), sheet: null, cell: null },
  },
  {
    // A shell glob (`rapports/*.xlsx`) names Excel's lock files too: a notice, never a refusal.
    name: 'skipped-file: an Office lock file named on the command line',
    files: { '~$ok-data.xlsx': text('\u0006Diarra  ') },
    args: [at('ok-data.xlsx'), at('~$ok-data.xlsx')],
    exit: 0,
    expect: {
      code: 'skipped-file',
      severity: 'info',
      file: at('~$ok-data.xlsx'),
      sheet: null,
      cell: null,
      says: 'lock file',
    },
  },
  {
    name: 'file-too-large: file size',
    files: { 'ok-data.xlsx': data() },
    args: ['--max-file-size', '0.001', at('ok-data.xlsx')],
    exit: 2,
    expect: {
      code: 'file-too-large',
      severity: 'error',
      file: at('ok-data.xlsx'),
      sheet: null,
      cell: null,
      says: '--max-file-size',
    },
  },
  {
    name: 'file-too-large: uncompressed size',
    files: { 'ok-data.xlsx': data() },
    args: ['--max-uncompressed-size', '0.01', at('ok-data.xlsx')],
    exit: 2,
    expect: {
      code: 'file-too-large',
      severity: 'error',
      file: at('ok-data.xlsx'),
      sheet: null,
      cell: null,
      says: '--max-uncompressed-size',
    },
  },
  {
    name: 'too-many-rows',
    files: {
      'too-many-rows.xlsx': data({
        values: Array.from({ length: 20 }, (_, i) => [i % 2 ? 'I1.1.1' : 'I1.1.2', i, '']),
      }),
    },
    args: ['--max-rows', '10', at('too-many-rows.xlsx')],
    exit: 2,
    expect: {
      code: 'too-many-rows',
      severity: 'error',
      file: at('too-many-rows.xlsx'),
      sheet: 'Valeurs',
      cell: null,
    },
  },
  // structure ----------------------------------------------------------------------------------
  {
    name: 'missing-sheet: no Valeurs sheet',
    files: { 'missing-sheet.xlsx': data({ valuesSheet: 'Feuil1' }) },
    args: [at('missing-sheet.xlsx')],
    exit: 1,
    expect: {
      code: 'missing-sheet',
      severity: 'error',
      file: at('missing-sheet.xlsx'),
      sheet: null,
      cell: null,
      says: 'Feuil1',
    },
  },
  {
    name: 'missing-sheet: a plan without Indicateurs',
    files: {
      'plan-missing-sheet.xlsx': async () => {
        const wb = book();
        sheet(wb, 'Plan', [
          ['Clé', 'Valeur'],
          ['Code', 'TEST'],
        ]);
        sheet(wb, 'Cadre de résultats', [['Code', 'Intitulé']]);
        return bytes(wb);
      },
    },
    args: ['--plan', at('plan-missing-sheet.xlsx')],
    plan: false,
    exit: 1,
    expect: {
      code: 'missing-sheet',
      severity: 'error',
      file: at('plan-missing-sheet.xlsx'),
      sheet: null,
      says: 'Indicateurs',
    },
  },
  {
    name: 'missing-header',
    files: {
      'missing-header.xlsx': data({
        header: ['Indicateur', 'Montant', 'Commentaire'],
        values: [['I1.1.1', 25, '']],
      }),
    },
    args: [at('missing-header.xlsx')],
    exit: 1,
    expect: {
      code: 'missing-header',
      severity: 'error',
      file: at('missing-header.xlsx'),
      sheet: 'Valeurs',
      row: 1,
      says: 'Valeur',
    },
  },
  {
    name: 'duplicate-header',
    files: {
      'duplicate-header.xlsx': data({
        header: ['Indicateur', 'Valeur', 'Valeur', 'Commentaire'],
        values: [['I1.1.1', 25, 26, '']],
      }),
    },
    args: [at('duplicate-header.xlsx')],
    exit: 0,
    expect: {
      code: 'duplicate-header',
      severity: 'warning',
      file: at('duplicate-header.xlsx'),
      sheet: 'Valeurs',
      cell: 'C1',
    },
  },
  {
    name: 'no-data',
    files: { 'no-data.xlsx': data({ values: [] }) },
    args: [at('no-data.xlsx')],
    exit: 0,
    expect: { code: 'no-data', severity: 'warning', file: at('no-data.xlsx'), sheet: 'Valeurs', cell: null },
  },
  {
    name: 'hidden-sheet, beside a visible sheet of the same role',
    files: { 'hidden-sheet.xlsx': data({ hideValues: true, extraVisibleValues: 'Values' }) },
    args: [at('hidden-sheet.xlsx')],
    exit: 0,
    expect: {
      code: 'hidden-sheet',
      severity: 'info',
      file: at('hidden-sheet.xlsx'),
      sheet: 'Valeurs',
      cell: null,
      says: 'the visible sheet "Values" is read instead',
    },
  },
  {
    name: 'hidden-sheet, the only Valeurs: read',
    files: { 'hidden-values.xlsx': data({ hideValues: true }) },
    args: [at('hidden-values.xlsx')],
    exit: 0,
    expect: {
      code: 'hidden-sheet',
      severity: 'info',
      file: at('hidden-values.xlsx'),
      sheet: 'Valeurs',
      cell: null,
      says: 'read all the same',
    },
  },
  {
    name: 'two-row-header, a group whose sub-columns are no column names',
    files: {
      'two-row-header.xlsx': data({
        header: ['Indicateur', 'Valeur', null],
        values: [
          [null, 'Hommes', 'Femmes'],
          ['I1.1.1', 10, 15],
        ],
      }),
    },
    args: [at('two-row-header.xlsx')],
    exit: 1,
    expect: {
      code: 'two-row-header',
      severity: 'error',
      file: at('two-row-header.xlsx'),
      sheet: 'Valeurs',
      row: 1,
      says: 'put each column name on a single header row',
    },
  },
  {
    name: 'total-row',
    files: {
      'total-row.xlsx': data({
        values: [
          ['I1.1.1', 25, ''],
          ['I1.1.2', 45, ''],
          ['Total', 70, ''],
        ],
      }),
    },
    args: [at('total-row.xlsx')],
    exit: 0,
    expect: {
      code: 'total-row',
      severity: 'info',
      file: at('total-row.xlsx'),
      sheet: 'Valeurs',
      cell: 'A4',
      says: 'row 4',
    },
  },
  // cells --------------------------------------------------------------------------------------
  {
    name: 'type-error',
    files: {
      'type-error.xlsx': data({
        values: [
          ['I1.1.2', 45, ''],
          ['I1.1.1', 'douze', ''],
        ],
      }),
    },
    args: [at('type-error.xlsx')],
    exit: 1,
    expect: {
      code: 'type-error',
      severity: 'error',
      file: at('type-error.xlsx'),
      sheet: 'Valeurs',
      cell: 'B3',
      says: "'douze'",
    },
  },
  {
    name: 'missing-cell',
    files: {
      'missing-cell.xlsx': data({
        values: [
          ['I1.1.1', 25, ''],
          [null, 30, 'code oublié'],
        ],
      }),
    },
    args: [at('missing-cell.xlsx')],
    exit: 1,
    expect: {
      code: 'missing-cell',
      severity: 'error',
      file: at('missing-cell.xlsx'),
      sheet: 'Valeurs',
      cell: 'B3',
    },
  },
  {
    name: 'invalid-enum',
    files: { 'invalid-enum.xlsx': data({ activities: [['AC1.1.1', '2022-T4', 'fini', 80]] }) },
    args: [at('invalid-enum.xlsx')],
    exit: 1,
    expect: {
      code: 'invalid-enum',
      severity: 'error',
      file: at('invalid-enum.xlsx'),
      sheet: 'Activités',
      cell: 'C2',
      says: 'allowed',
    },
  },
  {
    name: 'invalid-period',
    files: {
      'invalid-period.xlsx': data({
        header: ['Indicateur', 'Période', 'Valeur'],
        values: [
          ['I1.1.1', '2022-T4', 25],
          ['I1.1.1', '2022-T5', 30],
        ],
      }),
    },
    args: [at('invalid-period.xlsx')],
    exit: 1,
    expect: {
      code: 'invalid-period',
      severity: 'error',
      file: at('invalid-period.xlsx'),
      sheet: 'Valeurs',
      cell: 'B3',
    },
  },
  {
    name: 'excel-error',
    files: {
      'excel-error.xlsx': data({ values: [['I1.1.1', { error: '#DIV/0!' } as ExcelJS.CellErrorValue, '']] }),
    },
    args: [at('excel-error.xlsx')],
    exit: 1,
    expect: {
      code: 'excel-error',
      severity: 'error',
      file: at('excel-error.xlsx'),
      sheet: 'Valeurs',
      cell: 'B2',
      says: '#DIV/0!',
    },
  },
  {
    name: 'formula-without-result (written by openpyxl)',
    files: { 'formula-without-result.xlsx': 'foreign' },
    args: [at('formula-without-result.xlsx')],
    exit: 1,
    expect: {
      code: 'formula-without-result',
      severity: 'error',
      file: at('formula-without-result.xlsx'),
      sheet: 'Valeurs',
      cell: 'B3',
    },
  },
  {
    name: 'percent-out-of-range',
    files: {
      'percent-out-of-range.xlsx': data({
        values: [
          ['I1.1.1', 25, ''],
          ['I1.1.2', 150, ''],
        ],
      }),
    },
    args: [at('percent-out-of-range.xlsx')],
    exit: 0,
    expect: {
      code: 'percent-out-of-range',
      severity: 'warning',
      file: at('percent-out-of-range.xlsx'),
      sheet: 'Valeurs',
      cell: 'B3',
    },
  },
  {
    name: 'negative-count',
    files: { 'negative-count.xlsx': data({ values: [['I1.1.1', -5, '']] }) },
    args: [at('negative-count.xlsx')],
    exit: 1,
    expect: {
      code: 'negative-count',
      severity: 'error',
      file: at('negative-count.xlsx'),
      sheet: 'Valeurs',
      cell: 'B2',
    },
  },
  {
    name: 'ambiguous-number',
    files: { 'ambiguous-number.xlsx': data({ values: [['I1.1.1', '1,234', '']] }) },
    args: [at('ambiguous-number.xlsx')],
    exit: 0,
    expect: {
      code: 'ambiguous-number',
      severity: 'warning',
      file: at('ambiguous-number.xlsx'),
      sheet: 'Valeurs',
      cell: 'B2',
    },
  },
  {
    name: 'total-category',
    files: {
      'total-category.xlsx': data({
        header: ['Indicateur', 'Sexe', 'Valeur'],
        values: [
          ['I1.1.1', 'F', 10],
          ['I1.1.1', 'H', 15],
          ['I1.1.1', 'Les deux', 25],
        ],
      }),
    },
    args: [at('total-category.xlsx')],
    exit: 0,
    expect: {
      code: 'total-category',
      severity: 'warning',
      file: at('total-category.xlsx'),
      sheet: 'Valeurs',
      cell: 'B4',
      says: 'F + H = 25',
    },
  },
  {
    name: 'date-serial',
    files: { 'date-serial.xlsx': data({ submittedOn: 44946 }) },
    args: [at('date-serial.xlsx')],
    exit: 0,
    expect: {
      code: 'date-serial',
      severity: 'info',
      file: at('date-serial.xlsx'),
      sheet: 'Rapport',
      cell: 'B4',
      says: '2023-01-20',
    },
  },
  // semantic -----------------------------------------------------------------------------------
  {
    name: 'unknown-indicator, with a suggestion',
    files: {
      'unknown-indicator.xlsx': data({
        values: [
          ['I1.1.1', 25, ''],
          ['I1.1.9', 30, ''],
        ],
      }),
    },
    args: [at('unknown-indicator.xlsx')],
    exit: 1,
    expect: {
      code: 'unknown-indicator',
      severity: 'error',
      file: at('unknown-indicator.xlsx'),
      sheet: 'Valeurs',
      cell: 'A3',
      says: 'did you mean I1.1.1?',
    },
  },
  {
    name: 'unknown-entity',
    files: { 'unknown-entity.xlsx': data({ entity: 'Mairie de Kati' }) },
    args: [at('unknown-entity.xlsx')],
    exit: 0,
    // A name near none of the plan's Responsables: a new partner, perhaps (a warning), located at
    // the Rapport sheet's Entité cell.
    expect: {
      code: 'unknown-entity',
      severity: 'warning',
      file: at('unknown-entity.xlsx'),
      sheet: 'Rapport',
      cell: 'B2',
    },
  },
  {
    name: 'entity-alias',
    files: {
      'plan-entities.xlsx': planWith({
        entities: [
          ['DGME', 'Direction générale des Maliens de l’extérieur'],
          ['OIM', 'IOM | Organisation internationale pour les migrations'],
        ],
      }),
      'entity-alias.xlsx': data({ entity: 'IOM' }),
    },
    args: ['--plan', at('plan-entities.xlsx'), at('entity-alias.xlsx')],
    plan: false,
    exit: 0,
    expect: {
      code: 'entity-alias',
      severity: 'info',
      file: at('entity-alias.xlsx'),
      sheet: 'Rapport',
      cell: 'B2',
      says: '"IOM" is an alias of "OIM"',
    },
  },
  {
    name: 'conflicting-duplicate in one workbook',
    files: {
      'conflicting-duplicate.xlsx': data({
        values: [
          ['I1.1.1', 25, ''],
          ['I1.1.2', 45, ''],
          ['I1.1.1', 27, ''],
        ],
      }),
    },
    args: [at('conflicting-duplicate.xlsx')],
    exit: 1,
    expect: {
      code: 'conflicting-duplicate',
      severity: 'error',
      file: at('conflicting-duplicate.xlsx'),
      sheet: 'Valeurs',
      cell: 'B4',
      says: `${at('conflicting-duplicate.xlsx')} › Valeurs › B2`,
    },
  },
  {
    name: 'conflicting-duplicate across workbooks',
    files: {
      'conflict-a.xlsx': data({ values: [['I1.1.1', 25, '']] }),
      'conflict-b.xlsx': data({
        values: [
          ['I1.1.2', 45, ''],
          ['I1.1.1', 40, ''],
        ],
      }),
    },
    args: [at('conflict-a.xlsx'), at('conflict-b.xlsx')],
    exit: 1,
    expect: {
      code: 'conflicting-duplicate',
      severity: 'error',
      file: at('conflict-b.xlsx'),
      sheet: 'Valeurs',
      cell: 'B3',
      says: `${at('conflict-a.xlsx')} › Valeurs › B2`,
    },
  },
  {
    name: 'duplicate-value',
    files: {
      'duplicate-value.xlsx': data({
        values: [
          ['I1.1.1', 25, ''],
          ['I1.1.1', 25, ''],
        ],
      }),
    },
    args: [at('duplicate-value.xlsx')],
    exit: 0,
    expect: {
      code: 'duplicate-value',
      severity: 'warning',
      file: at('duplicate-value.xlsx'),
      sheet: 'Valeurs',
      cell: 'B3',
    },
  },
  {
    name: 'period-outside-plan',
    files: { 'period-outside-plan.xlsx': data({ period: '2026-T1' }) },
    args: [at('period-outside-plan.xlsx')],
    exit: 0,
    expect: {
      code: 'period-outside-plan',
      severity: 'warning',
      file: at('period-outside-plan.xlsx'),
      sheet: 'Valeurs',
      cell: 'B2',
    },
  },
  {
    name: 'missing-period',
    files: { 'missing-period.xlsx': data({ period: null }) },
    args: [at('missing-period.xlsx')],
    exit: 1,
    expect: {
      code: 'missing-period',
      severity: 'error',
      file: at('missing-period.xlsx'),
      sheet: 'Valeurs',
      cell: null,
    },
  },
  {
    name: 'missing-target (plan alone)',
    files: {
      'plan-missing-target.xlsx': plan((p) => {
        p.indicators[1][14] = null;
      }),
    },
    args: [at('plan-missing-target.xlsx')],
    plan: false,
    exit: 0,
    expect: {
      code: 'missing-target',
      severity: 'warning',
      file: at('plan-missing-target.xlsx'),
      sheet: 'Indicateurs',
      cell: 'A3',
      says: '2023',
    },
  },
  {
    name: 'milestone-never-due (plan alone)',
    files: {
      // I2.1.1, the milestone on row 4, planned `non` for every year 2020-2024 (columns L-P).
      'plan-milestone-never-due.xlsx': plan((p) => {
        for (let k = 11; k <= 15; k++) p.indicators[2][k] = 'non';
      }),
    },
    args: [at('plan-milestone-never-due.xlsx')],
    plan: false,
    exit: 0,
    expect: {
      code: 'milestone-never-due',
      severity: 'warning',
      file: at('plan-milestone-never-due.xlsx'),
      sheet: 'Indicateurs',
      cell: 'A4',
      says: 'never falls due',
    },
  },
  {
    name: 'unknown-result (plan alone)',
    files: {
      'plan-unknown-result.xlsx': plan((p) => {
        p.indicators[2][2] = 'R2.9';
      }),
    },
    args: [at('plan-unknown-result.xlsx')],
    plan: false,
    exit: 1,
    expect: {
      code: 'unknown-result',
      severity: 'error',
      file: at('plan-unknown-result.xlsx'),
      sheet: 'Indicateurs',
      cell: 'C4',
    },
  },
  {
    name: 'unknown-axis (plan alone)',
    files: {
      'plan-unknown-axis.xlsx': plan((p) => {
        p.indicators[2][1] = 'A9';
        p.indicators[2][2] = null;
      }),
    },
    args: [at('plan-unknown-axis.xlsx')],
    plan: false,
    exit: 1,
    expect: {
      code: 'unknown-axis',
      severity: 'error',
      file: at('plan-unknown-axis.xlsx'),
      sheet: 'Indicateurs',
      cell: 'B4',
    },
  },
  {
    name: 'duplicate-code (plan alone)',
    files: {
      'plan-duplicate-code.xlsx': plan((p) => {
        p.indicators[2][0] = 'I1.1.2';
      }),
    },
    args: [at('plan-duplicate-code.xlsx')],
    plan: false,
    exit: 1,
    expect: {
      code: 'duplicate-code',
      severity: 'error',
      file: at('plan-duplicate-code.xlsx'),
      sheet: 'Indicateurs',
      cell: 'A4',
    },
  },
  {
    name: 'type-error in a workbook written by openpyxl (title rows above the header)',
    files: { 'openpyxl-type-error.xlsx': 'foreign' },
    args: [at('openpyxl-type-error.xlsx')],
    exit: 1,
    expect: {
      code: 'type-error',
      severity: 'error',
      file: at('openpyxl-type-error.xlsx'),
      sheet: 'Valeurs',
      cell: 'C6',
      says: "'douze'",
    },
  },
  // quarterly truth, wide sheets, the byte reader --------------------------------------------------
  {
    name: 'overlapping-periods',
    files: {
      'overlapping-periods.xlsx': data({
        header: ['Indicateur', 'Période', 'Valeur'],
        values: [
          ['I1.1.1', '2022-T1', 10],
          ['I1.1.1', '2022-S1', 20],
        ],
      }),
    },
    args: [at('overlapping-periods.xlsx')],
    exit: 1,
    expect: {
      code: 'overlapping-periods',
      severity: 'error',
      file: at('overlapping-periods.xlsx'),
      sheet: 'Valeurs',
      cell: 'C3',
      says: '2022-T1',
    },
  },
  {
    name: 'resubmission',
    files: {
      'resubmission-a.xlsx': data({ submittedOn: new Date(Date.UTC(2023, 0, 20)) }),
      'resubmission-b.xlsx': data({ submittedOn: new Date(Date.UTC(2023, 1, 2)) }),
    },
    args: [at('resubmission-a.xlsx'), at('resubmission-b.xlsx')],
    exit: 0,
    expect: {
      code: 'resubmission',
      severity: 'info',
      file: at('resubmission-a.xlsx'),
      sheet: null,
      cell: null,
      says: 'resubmission-b.xlsx',
    },
  },
  {
    name: 'plan-in-data',
    files: { 'plan-in-data.xlsx': plan() },
    args: [at('plan-in-data.xlsx'), at('ok-data.xlsx')],
    exit: 0,
    expect: {
      code: 'plan-in-data',
      severity: 'info',
      file: at('plan-in-data.xlsx'),
      sheet: null,
      cell: null,
    },
  },
  {
    name: 'own-output',
    files: { 'own-output.xlsx': annexLike },
    args: [at('own-output.xlsx'), at('ok-data.xlsx')],
    exit: 0,
    expect: { code: 'own-output', severity: 'info', file: at('own-output.xlsx'), sheet: null, cell: null },
  },
  {
    name: 'axis-mismatch (plan alone)',
    files: {
      'plan-axis-mismatch.xlsx': plan((p) => {
        p.indicators[0][1] = 'A2';
      }),
    },
    args: [at('plan-axis-mismatch.xlsx')],
    plan: false,
    exit: 1,
    expect: {
      code: 'axis-mismatch',
      severity: 'error',
      file: at('plan-axis-mismatch.xlsx'),
      sheet: 'Indicateurs',
      cell: 'B2',
    },
  },
  {
    name: 'mixed-layout',
    files: {
      'mixed-layout.xlsx': data({
        header: ['Indicateur', 'Valeur', '2022-T4'],
        values: [['I1.1.1', 25, 30]],
      }),
    },
    args: [at('mixed-layout.xlsx')],
    exit: 1,
    expect: {
      code: 'mixed-layout',
      severity: 'error',
      file: at('mixed-layout.xlsx'),
      sheet: 'Valeurs',
      row: 1,
      says: '2022-T4 (C1)',
    },
  },
  {
    name: 'duplicate-period-column',
    files: {
      'duplicate-period-column.xlsx': data({
        header: ['Indicateur', '2022-T4', 'T4 2022'],
        values: [['I1.1.1', 25, 30]],
      }),
    },
    args: [at('duplicate-period-column.xlsx')],
    exit: 1,
    expect: {
      code: 'duplicate-period-column',
      severity: 'error',
      file: at('duplicate-period-column.xlsx'),
      sheet: 'Valeurs',
      cell: 'C1',
    },
  },
  {
    name: 'duplicate-sheet',
    files: { 'duplicate-sheet.xlsx': data({ extraVisibleValues: 'Values' }) },
    args: [at('duplicate-sheet.xlsx')],
    exit: 1,
    expect: {
      code: 'duplicate-sheet',
      severity: 'error',
      file: at('duplicate-sheet.xlsx'),
      sheet: 'Values',
      cell: null,
    },
  },
  {
    name: 'invalid-cell-ref',
    files: { 'invalid-cell-ref.xlsx': beyondGrid },
    args: [at('invalid-cell-ref.xlsx')],
    exit: 1,
    expect: {
      code: 'invalid-cell-ref',
      severity: 'error',
      file: at('invalid-cell-ref.xlsx'),
      sheet: 'Valeurs',
      cell: null,
      says: 'FXSHRXW3',
    },
  },
  {
    name: 'unknown-activity',
    files: {
      'plan-activities.xlsx': planWith({ activities: [['AC1', 'R1.1', 'Centres', 1000]] }),
      'unknown-activity.xlsx': data({ activities: [['AC9', '2022-T4', 'en cours', 50]] }),
    },
    args: ['--plan', at('plan-activities.xlsx'), at('unknown-activity.xlsx')],
    plan: false,
    exit: 0,
    expect: {
      code: 'unknown-activity',
      severity: 'warning',
      file: at('unknown-activity.xlsx'),
      sheet: 'Activités',
      cell: 'A2',
      says: 'AC1',
    },
  },
  {
    name: 'disaggregation-mismatch',
    files: {
      'disaggregation-mismatch.xlsx': data({
        header: ['Indicateur', 'Sexe', 'Valeur'],
        values: [
          ['I1.1.1', 'Total', 30],
          ['I1.1.1', 'F', 10],
          ['I1.1.1', 'H', 15],
        ],
      }),
    },
    args: [at('disaggregation-mismatch.xlsx')],
    exit: 0,
    expect: {
      code: 'disaggregation-mismatch',
      severity: 'warning',
      file: at('disaggregation-mismatch.xlsx'),
      sheet: 'Valeurs',
      cell: 'C2',
    },
  },
  {
    name: 'missing-entity',
    files: { 'missing-entity.xlsx': data({ entity: null }) },
    args: [at('missing-entity.xlsx')],
    exit: 0,
    expect: {
      code: 'missing-entity',
      severity: 'warning',
      file: at('missing-entity.xlsx'),
      sheet: 'Valeurs',
    },
  },
  {
    name: 'no-indicators (plan alone)',
    files: {
      'plan-no-indicators.xlsx': plan((p) => {
        p.indicators.length = 0;
      }),
    },
    args: [at('plan-no-indicators.xlsx')],
    plan: false,
    exit: 1,
    expect: {
      code: 'no-indicators',
      severity: 'error',
      file: at('plan-no-indicators.xlsx'),
      sheet: 'Indicateurs',
    },
  },
  {
    name: 'invalid-setting (plan alone: start year after end year)',
    files: { 'plan-years-reversed.xlsx': planWith({ settings: [['Année de début', 2026]] }) },
    args: [at('plan-years-reversed.xlsx')],
    plan: false,
    exit: 1,
    expect: {
      code: 'invalid-setting',
      severity: 'error',
      file: at('plan-years-reversed.xlsx'),
      sheet: 'Plan',
      says: '2026',
    },
  },
  // the officer's analysis and the recommendations (issue 24, docs/review.md) ----------------
  {
    name: 'unknown-heading (analyse.md)',
    files: {
      'analysis-unknown-heading.md': text('# Contexte\n\nUne phrase.\n\n# Perspectives\n\nLaissé de côté.\n'),
    },
    args: [at('analysis-unknown-heading.md')],
    exit: 0,
    expect: {
      code: 'unknown-heading',
      severity: 'warning',
      file: at('analysis-unknown-heading.md'),
      sheet: null,
      row: 5,
      says: 'Perspectives',
    },
  },
  {
    name: 'unknown-heading (an axis the plan does not have)',
    files: { 'analysis-unknown-axis.md': text('# A9 — Une autre politique\n\nTexte.\n') },
    args: [at('analysis-unknown-axis.md')],
    exit: 0,
    expect: {
      code: 'unknown-heading',
      severity: 'warning',
      file: at('analysis-unknown-axis.md'),
      sheet: null,
      row: 1,
      says: 'A9 is not an axis of the plan',
    },
  },
  {
    name: 'duplicate-heading',
    files: { 'analysis-duplicate-heading.md': text('# Conclusions\n\nUn.\n\n# Conclusions\n\nDeux.\n') },
    args: [at('analysis-duplicate-heading.md')],
    exit: 0,
    expect: {
      code: 'duplicate-heading',
      severity: 'warning',
      file: at('analysis-duplicate-heading.md'),
      sheet: null,
      row: 5,
    },
  },
  {
    name: 'text-outside-section',
    files: { 'analysis-text-outside.md': text('Notes de la réunion du 3 mars.\n\n# Contexte\n\nTexte.\n') },
    args: [at('analysis-text-outside.md')],
    exit: 0,
    expect: {
      code: 'text-outside-section',
      severity: 'warning',
      file: at('analysis-text-outside.md'),
      sheet: null,
      row: 1,
    },
  },
  {
    name: 'unsupported-markdown (a javascript: link)',
    files: { 'analysis-unsafe-link.md': text('# Contexte\n\nVoir [ici](javascript:alert(1)).\n') },
    args: [at('analysis-unsafe-link.md')],
    exit: 0,
    expect: {
      code: 'unsupported-markdown',
      severity: 'warning',
      file: at('analysis-unsafe-link.md'),
      sheet: null,
      row: 3,
      says: 'javascript:',
    },
  },
  {
    name: 'duplicate-recommendation (two states of one recommendation for one period)',
    files: {
      'recommendations-duplicate.xlsx': recommendations([
        ['Période', 'N°', 'Recommandation', 'Axe', 'Échéance', 'Statut'],
        ['2022-T3', 'R1', 'Tenir le comité de pilotage', 'A1', '2022-T4', 'en cours'],
        ['2022-T3', 'R1', 'Tenir le comité de pilotage', 'A1', '2022-T4', 'réalisée'],
      ]),
    },
    args: [at('recommendations-duplicate.xlsx')],
    exit: 1,
    expect: {
      code: 'duplicate-recommendation',
      severity: 'error',
      file: at('recommendations-duplicate.xlsx'),
      sheet: 'Recommandations',
      cell: 'B3',
    },
  },
  {
    name: 'invalid-deadline',
    files: {
      'recommendations-invalid-deadline.xlsx': recommendations([
        ['N°', 'Recommandation', 'Axe', 'Échéance', 'Statut'],
        ['R1', 'Tenir le comité de pilotage', 'A1', 'bientôt', 'en cours'],
      ]),
    },
    args: [at('recommendations-invalid-deadline.xlsx')],
    exit: 1,
    expect: {
      code: 'invalid-deadline',
      severity: 'error',
      file: at('recommendations-invalid-deadline.xlsx'),
      sheet: 'Recommandations',
      cell: 'D2',
      says: 'bientôt',
    },
  },
  {
    name: 'not-a-regular-file',
    files: {},
    args: ['/dev/null'],
    exit: 2,
    expect: { code: 'not-a-regular-file', severity: 'error', file: '/dev/null', sheet: null, cell: null },
  },
];

/** A workbook of its own holding a `Recommandations` sheet (docs/review.md). */
function recommendations(rows: Row[]): Builder {
  return async () => {
    const wb = book();
    sheet(wb, 'Recommandations', rows);
    return bytes(wb);
  };
}

/** The valid plan every data case is checked against, and the source of the foreign files. */
export const SHARED_FILES: Record<string, Builder> = {
  'plan.xlsx': plan(),
  'ok-data.xlsx': data(),
};

/**
 * .xls and .ods through SheetJS (issue 21): the same cells as the .xlsx reader gives, at the same
 * places; recognised by their content, whatever their name; refused with the usual messages when
 * encrypted, damaged, or past a limit. Files: tests/fixtures-formats/ (LibreOffice, made by
 * scripts/fixtures/formats/make_formats.py) and files built here with SheetJS's own writer.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { storedZip } from '../../scripts/corpus/cases.js';
import { loadInputs } from '../../src/core/load.js';
import { describeIssue } from '../../src/i18n/index.js';
import type { Issue } from '../../src/model/issues.js';
import type { Cell } from '../../src/workbook/cells.js';
import { scanOds } from '../../src/workbook/ods-scan.js';
import { DEFAULT_LIMITS, openWorkbook, pickByRole, readSheets } from '../../src/workbook/open.js';
import { sheetNames } from '../../src/workbook/sheet-names.js';
import { REPO } from '../helpers/cli.js';

const FORMATS = join(REPO, 'tests', 'fixtures-formats');
const dir = mkdtempSync(join(tmpdir(), 'ponam-legacy-'));
const cells = (ext: string) => join(FORMATS, 'cells', `cells.${ext}`);

type Rows = Record<string, [number, (Cell | null)[]][]>;

async function readAll(file: string, limits = DEFAULT_LIMITS) {
  const issues: Issue[] = [];
  const sheets: Rows = {};
  const infos = await readSheets(
    file,
    'x',
    (i) => issues.push(i),
    (info) => {
      const rows: [number, (Cell | null)[]][] = [];
      sheets[info.name] = rows;
      return { row: (n, c) => rows.push([n, c]), end: () => {} };
    },
    limits,
  );
  return { infos, sheets, issues };
}

async function load(file: string, display = 'x') {
  return loadInputs(null, [{ path: file, display }], 'fr');
}

describe('the cells of an .xls and an .ods are those of the .xlsx', () => {
  it('reads every kind of cell of the .xls as the .xlsx reader does, at the same row and column', async () => {
    const xlsx = await readAll(cells('xlsx'));
    const xls = await readAll(cells('xls'));
    expect(xls.issues).toEqual([]);
    expect(xls.infos).toEqual(xlsx.infos);
    expect(xls.sheets).toEqual(xlsx.sheets);
    // Not vacuous: the date, the percent format, the formula's result and the error are there.
    const valeurs = xlsx.sheets.Valeurs;
    expect(valeurs.find(([r]) => r === 2)?.[1][4]).toEqual({ t: 'd', v: new Date('2023-03-01T12:30:00Z') });
    expect(valeurs.find(([r]) => r === 3)?.[1][2]).toEqual({ t: 'n', v: 0.453, percent: true });
    expect(valeurs.find(([r]) => r === 4)?.[1][2]).toEqual({ t: 'n', v: 2600, percent: false });
    expect(valeurs.find(([r]) => r === 5)?.[1][2]).toEqual({ t: 'e', v: '#DIV/0!' });
    // Row 6 is empty: no row is given for it, in either format.
    expect(valeurs.map(([r]) => r)).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it('reads the .ods alike, but for booleans, which LibreOffice stores in an .ods as 1 and 0', async () => {
    const xlsx = await readAll(cells('xlsx'));
    const ods = await readAll(cells('ods'));
    expect(ods.issues).toEqual([]);
    expect(ods.infos).toEqual(xlsx.infos);
    const asNumbers = (rows: Rows) =>
      JSON.parse(
        JSON.stringify(rows, (_, v) =>
          v && typeof v === 'object' && v.t === 'b' ? { t: 'n', v: v.v ? 1 : 0, percent: false } : v,
        ),
      );
    expect(asNumbers(ods.sheets)).toEqual(asNumbers(xlsx.sheets));
  });

  it.each(['xls', 'ods'])('tells a hidden sheet of the .%s (hidden-sheet), as of an .xlsx', async (ext) => {
    const issues: Issue[] = [];
    const infos = await readSheets(
      cells(ext),
      'cells',
      (i) => issues.push(i),
      pickByRole(
        'cells',
        (i) => issues.push(i),
        () => null,
      ),
    );
    expect(infos?.find((s) => s.name === 'Notes')?.hidden).toBe(true);
    expect(issues.map((i) => [i.code, i.sheet])).toEqual([['hidden-sheet', 'Notes']]);
  });

  it.each(['xls', 'ods'])('gives the sheet names of the .%s without reading its cells', async (ext) => {
    expect(await sheetNames(cells(ext))).toEqual(['Rapport', 'Valeurs', 'Notes']);
  });
});

describe('the content decides the format, not the name', () => {
  const copy = (from: string, name: string) => {
    const to = join(dir, name);
    copyFileSync(from, to);
    return to;
  };

  it.each([
    ['an .xlsx named .xls', 'long/valeurs.xlsx', 'named.xls', 'xlsx'],
    ['an .ods named .xlsx', 'long/valeurs.ods', 'named-ods.xlsx', 'ods'],
    ['an .xls named .xlsx', 'long/valeurs.xls', 'named-xls.xlsx', 'xls'],
    ['a CSV named .csv', 'long/valeurs-py-v.csv', 'values.csv', 'csv'],
  ])('opens %s as what it is, and reads its 16 values', async (_what, from, name, format) => {
    const file = copy(join(FORMATS, from), name);
    expect(await openWorkbook(file, name, () => {})).toBe(format);
    const loaded = await load(file, name);
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // 16 rows of values, two of them (I5) a numerator and a denominator.
    expect(loaded.data.values.size).toBe(16);
  });

  it('refuses text named .xlsx, in French words only, saying to rename it .csv', async () => {
    const file = join(dir, 'texte.xlsx');
    writeFileSync(file, 'Indicateur;Valeur\nI1;25\n');
    const issues: Issue[] = [];
    expect(await openWorkbook(file, 'texte.xlsx', (i) => issues.push(i))).toBe(false);
    expect(issues.map((i) => [i.code, i.params.detail])).toEqual([['not-xlsx', 'csv']]);
    const fr = describeIssue(issues[0], 'fr').message;
    expect(fr).toContain('renommez-le avec l’extension .csv');
    // The message of issue 21: English words ("text or unknown file") in the French sentence.
    expect(fr).not.toMatch(/\b(file|text|unknown|document|archive|renamed)\b/i);
    expect(describeIssue(issues[0], 'en').message).toContain('rename it with the .csv extension');
  });

  it('refuses a PDF named .csv as a PDF, saying to ask for the workbook', async () => {
    const file = join(dir, 'rapport.csv');
    writeFileSync(file, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    const issues: Issue[] = [];
    await openWorkbook(file, 'rapport.csv', (i) => issues.push(i));
    expect(issues.map((i) => [i.code, i.params.detail])).toEqual([['not-xlsx', 'pdf']]);
    expect(describeIssue(issues[0], 'fr').message).toMatch(
      /un document PDF.*demandez à l’expéditeur le classeur/,
    );
  });

  it('refuses a Word 97 document (an OLE file without a workbook stream) as not a workbook', async () => {
    const container = XLSX.CFB.utils.cfb_new();
    XLSX.CFB.utils.cfb_add(container, 'WordDocument', Buffer.alloc(600, 1));
    const file = join(dir, 'lettre.xls');
    writeFileSync(file, XLSX.CFB.write(container, { type: 'buffer' }));
    const loaded = await load(file, 'lettre.xls');
    expect(loaded.issues.map((i) => [i.code, i.params.detail])).toEqual([['not-xlsx', 'doc']]);
    expect([...loaded.unreadable]).toEqual(['lettre.xls']);
  });
});

describe('legacy files that cannot be read', () => {
  it.each(['xls', 'ods'])(
    'refuses a password-protected .%s (LibreOffice) with the message of every encrypted file',
    async (ext) => {
      const loaded = await load(join(FORMATS, 'encrypted', `valeurs.${ext}`), `valeurs.${ext}`);
      expect(loaded.issues.map((i) => i.code)).toEqual(['file-encrypted']);
      expect(describeIssue(loaded.issues[0], 'fr').message).toContain('retirez le mot de passe');
      expect([...loaded.unreadable]).toEqual([`valeurs.${ext}`]);
    },
  );

  it.each([0.9, 0.5, 0.2])(
    'says an .xls cut at %s of its length is truncated (file-truncated)',
    async (part) => {
      const whole = XLSX.write(
        {
          SheetNames: ['Valeurs'],
          Sheets: {
            Valeurs: XLSX.utils.aoa_to_sheet([
              ['Indicateur', 'Valeur'],
              ['I1', 1],
            ]),
          },
        },
        { type: 'buffer', bookType: 'biff8' },
      ) as Buffer;
      const file = join(dir, `cut-${part}.xls`);
      writeFileSync(file, whole.subarray(0, Math.floor(whole.length * part)));
      const loaded = await load(file, 'cut.xls');
      expect(loaded.issues.map((i) => i.code)).toEqual(['file-truncated']);
    },
  );

  it('stops an .xls at --max-rows, naming the sheet', async () => {
    const { issues } = await readAll(join(FORMATS, 'long', 'valeurs.xls'), { ...DEFAULT_LIMITS, maxRows: 5 });
    expect(issues.map((i) => [i.code, i.sheet, i.params.limit])).toEqual([['too-many-rows', 'Valeurs', 5]]);
  });

  it('stops an .ods at --max-uncompressed-size, counted as its parts are inflated', async () => {
    const file = join(FORMATS, 'long', 'valeurs.ods');
    const issues: Issue[] = [];
    expect(
      await openWorkbook(file, 'v.ods', (i) => issues.push(i), {
        ...DEFAULT_LIMITS,
        maxUncompressedBytes: 1000,
      }),
    ).toBe(false);
    expect(issues.map((i) => [i.code, i.params.what])).toEqual([['file-too-large', 'uncompressed']]);
  });
});

describe('the outline of an .ods, counted before SheetJS builds a cell', () => {
  const ods = (rows: string) =>
    storedZip({
      mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
      'content.xml': `<office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x" xmlns:style="s"><office:automatic-styles><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles><office:body><office:spreadsheet><table:table table:name="A &amp; B"><table:table-row table:number-rows-repeated="3"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="4"><text:p>1</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16380"/></table:table-row>${rows}</table:table><table:table table:name="Cachée" table:style-name="ta2"/></office:spreadsheet></office:body></office:document-content>`,
    });

  it('unrolls row and column repeats, leaves empty cells out, and tells hidden sheets', async () => {
    const file = join(dir, 'outline.ods');
    // 3 rows × 4 filled cells, then 1 048 000 empty styled rows (LibreOffice writes those): 12 cells.
    writeFileSync(
      file,
      ods(
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
      ),
    );
    const outline = await scanOds(file);
    expect(outline.cells).toBe(12);
    expect(outline.sheets).toEqual([
      { name: 'A & B', hidden: false, rows: 3 },
      { name: 'Cachée', hidden: true, rows: 0 },
    ]);
  });

  it('refuses a row of 16 384 filled cells repeated a million times at once (read-limit, cells)', async () => {
    const file = join(dir, 'bomb.ods');
    writeFileSync(
      file,
      ods(
        '<table:table-row table:number-rows-repeated="1000000"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"><text:p>1</text:p></table:table-cell></table:table-row>',
      ),
    );
    const started = performance.now();
    const loaded = await load(file, 'bomb.ods');
    expect(loaded.issues.map((i) => [i.code, i.params.what])).toEqual([['read-limit', 'cells']]);
    expect(describeIssue(loaded.issues[0], 'fr').message).toContain('enregistrez-le au format .xlsx');
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

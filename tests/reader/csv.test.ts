/**
 * CSV values files (issue 21, docs/validate.md "CSV values files"): the encoding and the separator
 * found from the bytes, fields read as typed cells at the A1 place of the record, and the
 * messages when a CSV is not what it should be. The files are written here, byte by byte, as
 * Excel, LibreOffice and Python write them (the full round trips are in
 * tests/integration/formats.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/core/load.js';
import { describeIssue } from '../../src/i18n/index.js';
import type { Issue } from '../../src/model/issues.js';
import { DEFAULT_VOCABULARY, vocabularyWith } from '../../src/workbook/aliases.js';
import type { Cell } from '../../src/workbook/cells.js';
import { csvCell, decode, readCsv } from '../../src/workbook/csv.js';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';
import { readPlan } from '../../src/workbook/plan-reader.js';

const dir = mkdtempSync(join(tmpdir(), 'ponam-csv-'));
let count = 0;

function file(content: string | Buffer, name = `f${count++}.csv`): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The rows a CSV gives its one sheet, as [row, {A1-column: cell}]. */
async function rows(content: string | Buffer, maxRows = 1000, vocab = DEFAULT_VOCABULARY) {
  const out: [number, Record<number, Cell>][] = [];
  const infos = await readCsv(
    file(content),
    () => ({
      row: (n, cells) => {
        const kept: Record<number, Cell> = {};
        cells.forEach((c, i) => {
          if (c) kept[i] = c;
        });
        out.push([n, kept]);
      },
      end: () => {},
    }),
    { maxRows, vocab },
  );
  return { infos, out };
}

const s = (v: string): Cell => ({ t: 's', v });

describe('the encoding', () => {
  it('reads UTF-8 with and without a BOM, UTF-16 with its BOM, else Windows-1252', () => {
    const text = 'Entité;Coût ’estimé’ – œuvre 5 €';
    expect(decode(Buffer.from(`\ufeff${text}`, 'utf8'))).toBe(text);
    expect(decode(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    // Windows-1252: é = E9, ’ = 92, – = 96, œ = 9C, € = 80; invalid as UTF-8.
    const cp1252 = Buffer.from([
      0x45, 0x6e, 0x74, 0x69, 0x74, 0xe9, 0x3b, 0x43, 0x6f, 0xfb, 0x74, 0x20, 0x92, 0x65, 0x73, 0x74, 0x69,
      0x6d, 0xe9, 0x92, 0x20, 0x96, 0x20, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x35, 0x20, 0x80,
    ]);
    expect(decode(cp1252)).toBe(text);
  });
});

describe('the separator', () => {
  it('takes `;` for a French Excel file whose numbers have decimal commas', async () => {
    const { out } = await rows('Indicateur;Période;Valeur\r\nI1;2022-T1;12,5\r\nI2;2022-T1;7,25\r\n');
    expect(out[1]).toEqual([2, { 1: s('I1'), 2: s('2022-T1'), 3: s('12,5') }]);
  });

  it('takes `,` for a file whose header is split by commas, with quoted fields holding `;`', async () => {
    const { out } = await rows('Indicateur,Valeur,Commentaire\nI1,12.5,"a; b; c"\n');
    expect(out[1]).toEqual([2, { 1: s('I1'), 2: s('12.5'), 3: s('a; b; c') }]);
  });

  it('takes a tab, and `|`', async () => {
    expect((await rows('Indicateur\tValeur\nI1\t3\n')).out[1][1]).toEqual({ 1: s('I1'), 2: s('3') });
    expect((await rows('Indicateur|Valeur\nI1|3\n')).out[1][1]).toEqual({ 1: s('I1'), 2: s('3') });
  });

  it('follows Excel’s `sep=` line, and does not count it as a row', async () => {
    const { out } = await rows('sep=,\nIndicateur,Valeur\nI1,"12,5"\n');
    expect(out.map(([r]) => r)).toEqual([1, 2]);
    expect(out[1][1]).toEqual({ 1: s('I1'), 2: s('12,5') });
  });

  it('takes the configuration’s names into account (a `Code IND` column)', async () => {
    const vocab = vocabularyWith({ columns: { 'values.indicator': ['Code IND'] } });
    const { out } = await rows('Code IND,Réalisé;Trimestre\nI1,5;2022-T1\n', 1000, vocab);
    // `,` splits the header into two known names (Code IND and the unknown `Réalisé;Trimestre`):
    // one named column against none for `;`, whose first field `Code IND,Réalisé` names nothing.
    expect(out[0][1]).toEqual({ 1: s('Code IND'), 2: s('Réalisé;Trimestre') });
  });
});

describe('rows and cells', () => {
  it('numbers rows as Excel shows the file: blank lines count, a line break inside quotes does not', async () => {
    const { out } = await rows(
      'Titre du rapport\n\nIndicateur;Valeur;Commentaire\nI1;5;"ligne 1\nligne 2"\nI2;6;\n',
    );
    expect(out.map(([r]) => r)).toEqual([1, 3, 4, 5]);
    expect(out[2][1][3]).toEqual(s('ligne 1\nligne 2'));
    expect(out[3][1]).toEqual({ 1: s('I2'), 2: s('6') });
  });

  it('settles `1,500` as 1.5 in a `;` file and `1.500` as 1.5 in a `,` file; the rest stays text', () => {
    expect(csvCell('1,500', ',')).toEqual({ t: 'n', v: 1.5, percent: false });
    expect(csvCell('-2.125', '.')).toEqual({ t: 'n', v: -2.125, percent: false });
    // The other mark, or other shapes, are read as a typed cell would be (coerce.ts).
    expect(csvCell('1.500', ',')).toEqual(s('1.500'));
    expect(csvCell('1 500', ',')).toEqual(s('1 500'));
    expect(csvCell('12,5', ',')).toEqual(s('12,5'));
    expect(csvCell('   ', ',')).toBeNull();
  });

  it('stops at --max-rows, naming the sheet Valeurs', async () => {
    await expect(rows('Indicateur;Valeur\nI1;1\nI2;2\nI3;3\n', 3)).rejects.toMatchObject({
      name: 'TooManyRows',
      sheet: 'Valeurs',
      limit: 3,
    });
  });
});

/** Reads one CSV as a reporting workbook, against no plan. */
async function load(content: string): Promise<{ issues: Issue[]; values: number; unreadable: string[] }> {
  const path = file(content, `DR-Kayes-2022-T3-${count++}.csv`);
  const loaded = await loadInputs(null, [{ path, display: 'kayes.csv' }], 'fr');
  return { issues: loaded.issues, values: loaded.data.values.size, unreadable: [...loaded.unreadable] };
}

describe('a CSV as a reporting workbook', () => {
  it('takes entity and period from its columns; the places are file › Valeurs › A1', async () => {
    const { issues, values } = await load(
      'Indicateur;Entité;Période;Valeur\nI1;DR Kayes;2022-T3;douze\nI2;DR Kayes;2022-T3;5\n',
    );
    expect(values).toBe(1);
    expect(issues.map((i) => [i.code, i.file, i.sheet, i.cell])).toEqual([
      ['type-error', 'kayes.csv', 'Valeurs', 'D2'],
    ]);
  });

  it('without a Période column: missing-period, asking for the column (not for a Rapport sheet)', async () => {
    const { issues } = await load('Indicateur;Entité;Valeur\nI1;DR Kayes;5\n');
    const found = issues.find((i) => i.code === 'missing-period') as Issue;
    expect([found.severity, found.file, found.sheet]).toEqual(['error', 'kayes.csv', 'Valeurs']);
    expect(describeIssue(found, 'fr').message).toContain('ajoutez au fichier CSV une colonne Période');
    expect(describeIssue(found, 'en').message).toContain('add a Period column to the CSV file');
  });

  it('without an Entité column: the file name, with a warning asking for the column', async () => {
    const { issues, values } = await load('Indicateur;Période;Valeur\nI1;2022-T3;5\n');
    expect(values).toBe(1);
    const found = issues.find((i) => i.code === 'missing-entity') as Issue;
    expect(found.severity).toBe('warning');
    expect(describeIssue(found, 'fr').message).toContain('ajoutez au fichier CSV une colonne Entité');
  });

  it('a CSV that is no values table: csv-not-values, naming its first row and the columns to give', async () => {
    const { issues, unreadable } = await load('Nom;Téléphone\nDiarra;76 00 00 00\n');
    expect(issues.map((i) => [i.code, i.sheet])).toEqual([['csv-not-values', 'Valeurs']]);
    expect(unreadable).toEqual(['kayes.csv']);
    const fr = describeIssue(issues[0], 'fr').message;
    expect(fr).toContain('Nom | Téléphone');
    expect(fr).toContain('Indicateur ; Valeur ; Période ; Entité');
  });

  it('a quote never closed: csv-malformed at the row where it opens, no value kept', async () => {
    const { issues, values } = await load(
      'Indicateur;Entité;Période;Valeur\nI1;A;2022-T3;1\nI2;A;2022-T3;"2\nI3;A;2022-T3;3\n',
    );
    expect(issues.map((i) => [i.code, i.sheet, i.row])).toEqual([['csv-malformed', 'Valeurs', 3]]);
    expect(values).toBe(0);
    expect(describeIssue(issues[0], 'fr').message).toContain("n'est jamais refermé");
  });

  it('a CSV given as the plan: csv-plan', async () => {
    const issues: Issue[] = [];
    expect(
      await readPlan(file('Code;Intitulé\nI1;x\n'), 'plan.csv', 'fr', issues, { limits: DEFAULT_LIMITS }),
    ).toBeNull();
    expect(issues.map((i) => [i.code, i.file])).toEqual([['csv-plan', 'plan.csv']]);
  });
});

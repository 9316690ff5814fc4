/**
 * Workbooks written by openpyxl and LibreOffice Calc (tests/fixtures-reader/, made by
 * scripts/fixtures/make_reader_fixtures.sh): what Excel writes must be read as Excel reads it.
 * Shared strings over 1 MiB decode intact, _xHHHH_ escapes decode, date1904 (1 or true) and ISO
 * `t="d"` cells give the right day, an impossible date is a type-error, two value sheets are an
 * error naming both.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/core/load.js';
import type { Issue } from '../../src/model/issues.js';
import { type Cell, rawText } from '../../src/workbook/cells.js';
import { readSheets } from '../../src/workbook/open.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIR = path.join(HERE, '..', 'fixtures-reader');
const PLAN = { path: path.join(DIR, 'openpyxl', 'plan.xlsx'), display: 'plan.xlsx' };

async function load(...files: string[]) {
  return loadInputs(
    PLAN,
    files.map((f) => ({ path: path.join(DIR, f), display: f })),
    'fr',
  );
}

async function cells(file: string, sheet: string): Promise<Map<string, Cell>> {
  const found = new Map<string, Cell>();
  const issues: Issue[] = [];
  await readSheets(
    path.join(DIR, file),
    file,
    (i) => issues.push(i),
    (info) =>
      info.name === sheet
        ? {
            row: (n, row) => {
              for (const [col, c] of row.entries())
                if (c) found.set(`${String.fromCharCode(64 + col)}${n}`, c);
            },
            end: () => {},
          }
        : null,
  );
  expect(issues).toEqual([]);
  return found;
}

describe('shared strings over 1 MiB (LibreOffice)', () => {
  it('decodes every string as UTF-8 intact, past the first mebibyte too', async () => {
    const values = await cells('libreoffice/big-strings.xlsx', 'Valeurs');
    for (let i = 0; i < 8000; i++) {
      expect(rawText(values.get(`E${i + 2}`) ?? null)).toBe(
        `Évaluation à Ségou — données vérifiées par l'équipe de Kayès pendant l'été, n°${i}`,
      );
    }
    expect([...values.values()].some((c) => c.t === 's' && c.v.includes('\ufffd'))).toBe(false);
  });

  it('gives the values the entity names that lie past the first mebibyte', async () => {
    const loaded = await load('libreoffice/big-strings.xlsx');
    const last = loaded.data.values.toArray().filter((v) => v.period === '2022-T4');
    expect(last.map((v) => [v.entity, v.value])).toEqual([
      ['DR Ségou', 10],
      ['DR Kayès', 11],
      ['Mairie de Ménaka', 12],
      ['ONG Tombouctou-Énergie', 13],
    ]);
  });
});

describe('dates as Excel writes them', () => {
  it('reads ISO t="d" cells (openpyxl iso_dates) as dates', async () => {
    const loaded = await load('openpyxl/iso-dates.xlsx');
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(loaded.data.submissions.map((s) => s.submittedOn)).toEqual(['2022-12-31']);
    const values = await cells('openpyxl/iso-dates.xlsx', 'Valeurs');
    expect(values.get('C2')).toEqual({ t: 'd', v: new Date(Date.UTC(2022, 10, 30, 14, 5)) });
    expect(loaded.data.values.toArray().map((v) => [v.indicator, v.value])).toEqual([
      ['I1', 40],
      ['I2', 55],
    ]);
  });

  it('reads the 1904 date system written as date1904="1" (openpyxl) and date1904="true" (LibreOffice)', async () => {
    const loaded = await load('openpyxl/date1904.xlsx', 'libreoffice/date1904.xlsx');
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(loaded.data.submissions.map((s) => [s.entity, s.submittedOn])).toEqual([
      ['DR Kayès', '2022-12-31'],
      // LibreOffice wrote this entity as rich text: two runs, one bold.
      ['DR Ségou', '2022-12-31'],
    ]);
  });

  it('reports a submission date that names no real day as type-error', async () => {
    const loaded = await load('openpyxl/impossible-date.xlsx');
    expect(loaded.issues.filter((i) => i.code === 'type-error')).toEqual([
      expect.objectContaining({
        file: 'openpyxl/impossible-date.xlsx',
        sheet: 'Rapport',
        cell: 'B4',
        value: '2022-02-30',
      }),
    ]);
  });
});

describe('escapes and sheets', () => {
  it('decodes _xHHHH_ escapes in texts, _x005F_ being a literal underscore', async () => {
    const loaded = await load('openpyxl/escapes.xlsx');
    expect(loaded.data.submissions.map((s) => s.entity)).toEqual(['Mairie de Ménaka']);
    const values = await cells('openpyxl/escapes.xlsx', 'Valeurs');
    expect(values.get('C2')).toEqual({ t: 's', v: 'code_x0020_littéral' });
    expect(values.get('C3')).toEqual({ t: 's', v: 'tab\tet\r\nretour' });
  });

  it('reports a Valeurs and a Values sheet in one workbook as duplicate-sheet, naming both', async () => {
    const loaded = await load('openpyxl/two-value-sheets.xlsx');
    expect(loaded.issues.filter((i) => i.code === 'duplicate-sheet')).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Values',
        params: { first: 'Valeurs', second: 'Values' },
      }),
    ]);
    expect(loaded.data.values.toArray().map((v) => v.value)).toEqual([5]);
  });
});

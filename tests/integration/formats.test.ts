/**
 * One content in every format ponam reads (issue 21): the .xlsx written by openpyxl, the .xls
 * and .ods LibreOffice converts it to, and CSVs exported by LibreOffice (`;` in a French locale,
 * in UTF-8 and in Windows-1252; `,` in an English one) or written by Python's csv module (`;`
 * with decimal commas, a BOM and Excel's `sep=;` line; `,`). Files and their generator:
 * scripts/fixtures/formats/make_formats.py → tests/fixtures-formats/.
 *
 * Each gives the report.json of the .xlsx byte for byte, once the data file's own name is
 * replaced and the sources (names and fingerprints) left out: figures, statuses, and the traces
 * too — each value's cell is the same A1 address in every format.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import { jsonChunks } from '../../src/report/json.js';
import { REPO } from '../helpers/cli.js';

const DIR = join(REPO, 'tests', 'fixtures-formats');
const TOOL = { name: 'ponam', version: 'test' };

/** report.json as ponam writes it, with the data file's name replaced and the sources left out. */
async function reportJson(plan: string, data: string): Promise<string> {
  const outcome = await buildReport({ plan: join(DIR, plan), data: [join(DIR, data)], tool: TOOL });
  if (!outcome.ok) throw new Error(`no report for ${data}: ${JSON.stringify(outcome.issues)}`);
  const { sources: _, ...model } = outcome.model;
  const text = [...jsonChunks({ ...model, sources: [] })].join('');
  return text
    .replaceAll(`tests/fixtures-formats/${data}`, 'DATA')
    .replaceAll(`tests/fixtures-formats/${plan}`, 'PLAN');
}

interface IndicatorJson {
  code: string;
  actual: number | null;
  rate: number | null;
  trace: { entity: string; period: string; cells: string[]; values: number[] }[];
}

describe('the long values sheet in every format', () => {
  const variants = [
    'long/valeurs.xls',
    'long/valeurs.ods',
    'long/valeurs-lo-pv.csv',
    'long/valeurs-lo-pv-1252.csv',
    'long/valeurs-lo-v.csv',
    'long/valeurs-py-pv.csv',
    'long/valeurs-py-v.csv',
  ];
  let reference = '';

  it('the .xlsx gives the figures worked out by hand', async () => {
    reference = await reportJson('plan.xlsx', 'long/valeurs.xlsx');
    const indicators = JSON.parse(reference).indicators as IndicatorJson[];
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    // I1, a sum over 2022: DR Kayes 310 + 295 + 402 + 388 = 1 395, DR Ségou 150 + 171 + 203 = 524;
    // 1 395 + 524 = 1 919 against the 2022 target 2 000: 95.95 %.
    expect(byCode.get('I1')?.actual).toBe(1919);
    expect(byCode.get('I1')?.rate).toBeCloseTo(0.9595, 10);
    // I3, a sum: 1 500 000 + 2 750 000.5 + 2.125 (`2,125` in the `;` files) = 4 250 002.625.
    expect(byCode.get('I3')?.actual).toBe(4250002.625);
    // I2, the last value of each entity, averaged: (61.125 + 47.5) / 2 = 54.3125.
    expect(byCode.get('I2')?.actual).toBe(54.3125);
    // I5, Σ numerators / Σ denominators: (45 + 33) / (60 + 50) = 70.909…%.
    expect(byCode.get('I5')?.actual).toBeCloseTo((78 / 110) * 100, 10);
    // DR Ségou's I3 value is row 14 of the sheet (row 13 of the data), column E (Valeur).
    expect(byCode.get('I3')?.trace.find((t) => t.entity === 'DR Ségou')?.cells).toEqual(['E14']);
  });

  it.each(variants)('%s gives the same report.json, traces included', async (data) => {
    expect(reference).not.toBe('');
    expect(await reportJson('plan.xlsx', data)).toBe(reference);
  });
});

describe('the wide values sheet in every format', () => {
  const variants = [
    'wide/valeurs-large.xls',
    'wide/valeurs-large.ods',
    'wide/valeurs-large-lo-pv.csv',
    'wide/valeurs-large-py-v.csv',
  ];
  let reference = '';

  it('the .xlsx gives the figures worked out by hand', async () => {
    reference = await reportJson('plan.xlsx', 'wide/valeurs-large.xlsx');
    const byCode = new Map((JSON.parse(reference).indicators as IndicatorJson[]).map((i) => [i.code, i]));
    // I3 over 2022: 1 500 000 (T1) + 2 750 000.5 (T3) for DR Kayes, 2.125 (T2) for DR Ségou.
    expect(byCode.get('I3')?.actual).toBe(4250002.625);
    // DR Kayes' T3 amount is in column E (2022-T3), row 4.
    expect(
      byCode.get('I3')?.trace.find((t) => t.entity === 'DR Kayes' && t.period === '2022-T3')?.cells,
    ).toEqual(['E4']);
  });

  it.each(variants)('%s gives the same report.json, traces included', async (data) => {
    expect(reference).not.toBe('');
    expect(await reportJson('plan.xlsx', data)).toBe(reference);
  });
});

describe('the plan in every format', () => {
  it.each(['plan.xls', 'plan.ods'])('%s gives the report.json of plan.xlsx', async (plan) => {
    const reference = await reportJson('plan.xlsx', 'long/valeurs.xlsx');
    expect(await reportJson(plan, 'long/valeurs.xlsx')).toBe(reference);
  });
});

/**
 * Reading Recommandations sheets written by openpyxl (tests/fixtures-review/make_review_fixtures.py):
 * one workbook with a Période column, one copy per quarter dated by its Rapport sheet, a plan
 * holding the sheet with English headers; and every cell problem located with what to write.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/compute/periods.js';
import { recommendationsAt } from '../../src/compute/recommendations.js';
import { loadReviewInputs } from '../../src/core/review-inputs.js';
import type { Issue } from '../../src/model/issues.js';
import { readPlan } from '../../src/workbook/plan-reader.js';
import { readRecommendations } from '../../src/workbook/recommendations-reader.js';

const DIR = path.join(import.meta.dirname, '..', 'fixtures-review');
const at = (name: string) => path.join(DIR, name);
const AXES = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];

async function read(file: string, axes: string[] | null = AXES, required = true) {
  const issues: Issue[] = [];
  const rows = await readRecommendations(file, path.basename(file), axes, 'fr', issues, { required });
  return { rows: rows ?? [], issues };
}

describe('the acceptance fixture: one workbook, a Période column, eight rows', () => {
  it('reads each row with its period, deadline (a period or a day), status, axis and cell', async () => {
    const { rows, issues } = await read(at('recommandations.xlsx'));
    expect(issues).toEqual([]);
    expect(
      rows.map((r) => [r.period, r.number, r.status, r.deadline?.label, r.deadline?.end, r.axis]),
    ).toEqual([
      ['2022-T2', 'R1', 'not-started', '2022-T3', '2022-09-30', 'A1'],
      ['2022-T2', 'R2', 'not-started', '2022-09-30', '2022-09-30', 'A3'],
      ['2022-T2', 'R3', 'done', '2022-T2', '2022-06-30', null],
      ['2022-T3', 'R1', 'in-progress', '2022-T3', '2022-09-30', 'A1'],
      ['2022-T3', 'R4', 'not-started', '2023-T2', '2023-06-30', 'A5'],
      ['2022-T3', 'R5', 'abandoned', '2022-T4', '2022-12-31', 'A8'],
      ['2022-T4', 'R1', 'in-progress', '2022-T3', '2022-09-30', 'A1'],
      ['2022-T4', 'R4', 'in-progress', '2023-T2', '2023-06-30', 'A5'],
    ]);
    expect(rows[1]).toMatchObject({
      responsible: 'MMEIA',
      comment: 'En attente des données de l’OIM',
      sheet: 'Recommandations',
      row: 3,
      cell: 'B3',
      deadline: { kind: 'date' },
    });
  });
});

describe('one copy per quarter, each dated by its Rapport sheet', () => {
  it('gives the same follow-up as the Période column', async () => {
    const quarterly: Awaited<ReturnType<typeof read>>['rows'] = [];
    for (const q of ['2022-T2', '2022-T3', '2022-T4']) {
      const { rows, issues } = await read(at(`quarterly/recommandations-${q}.xlsx`));
      expect(issues).toEqual([]);
      expect(new Set(rows.map((r) => r.period))).toEqual(new Set([q]));
      quarterly.push(...rows);
    }
    const one = (await read(at('recommandations.xlsx'))).rows;
    const P = parsePeriod('2022-T4');
    if (!P) throw new Error('period');
    const strip = (r: ReturnType<typeof recommendationsAt>) => ({
      ...r,
      items: r.items.map(({ source: _source, ...i }) => i),
    });
    expect(strip(recommendationsAt(quarterly, P))).toEqual(strip(recommendationsAt(one, P)));
  });
});

describe('the plan’s own sheet, in English', () => {
  it('reads it with the plan, undated; an axis the plan lacks is a warning and no link', async () => {
    const issues: Issue[] = [];
    const plan = await readPlan(at('plan-with-recommendations.xlsx'), 'plan.xlsx', 'en', issues);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const review = await loadReviewInputs({
      sources: { analysisFolder: null },
      plan,
      planFile: { path: at('plan-with-recommendations.xlsx'), display: 'plan.xlsx' },
      fromData: [],
      lang: 'en',
    });
    expect(review.recommendations?.map((r) => [r.number, r.status, r.axis, r.period, r.deadline])).toEqual([
      ['1', 'in-progress', 'A1', null, { label: '2023-06-30', kind: 'date', end: '2023-06-30' }],
      ['2', 'done', null, null, { label: '2023-S2', kind: 'period', end: '2023-12-31' }],
    ]);
    expect(review.issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.params.code])).toEqual([
      ['unknown-axis', 'warning', 'Recommendations', 'C3', 'A9'],
    ]);
    // The plan is a source already: no second entry for it.
    expect(review.sources).toEqual([]);
  });

  it('finds no recommendations in a plan without the sheet (null: no chapter)', async () => {
    const demo = path.join(import.meta.dirname, '..', '..', 'fixtures', 'ponam-2020-2024', 'plan.xlsx');
    const review = await loadReviewInputs({
      sources: { analysisFolder: null },
      plan: null,
      planFile: { path: demo, display: 'plan.xlsx' },
      fromData: [],
      lang: 'fr',
    });
    expect(review.recommendations).toBeNull();
    expect(review.issues).toEqual([]);
  });
});

describe('every cell problem located, with what to write', () => {
  async function workbook(
    rows: (string | number | Date | null)[][],
    name = 'Recommandations',
  ): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ponam-recs-')), 'recs.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    return file;
  }

  it('names each bad cell: a missing N°, text or status, a status, a period, a deadline', async () => {
    const file = await workbook([
      ['Suivi des recommandations de la revue 2022'],
      [],
      ['N°', 'Recommandation', 'Axe', 'Échéance', 'Statut', 'Période'],
      [null, 'Sans numéro', 'A1', '2023', 'en cours', '2022-T4'],
      ['R2', null, 'A1', '2023', 'en cours', '2022-T4'],
      ['R3', 'Sans statut', 'A1', '2023', null, '2022-T4'],
      ['R4', 'Statut inconnu', 'A1', '2023', 'presque', '2022-T4'],
      ['R5', 'Période fausse', 'A1', '2023', 'en cours', '2022-T5'],
      ['R6', 'Échéance floue', 'a1', 'bientôt', 'en cours', '2022-T4'],
      ['R7', 'Juste', 'A1', '15/03/2023', 'Implemented', '2022-T4'],
    ]);
    const { rows, issues } = await read(file);
    expect(issues.map((i) => [i.code, i.severity, i.cell, i.value ?? i.params.column])).toEqual([
      ['missing-cell', 'error', 'A4', 'N°'],
      ['missing-cell', 'error', 'B5', 'Recommandation'],
      ['missing-cell', 'error', 'E6', 'Statut'],
      ['invalid-enum', 'error', 'E7', 'presque'],
      ['invalid-period', 'error', 'F8', '2022-T5'],
      ['invalid-deadline', 'error', 'D9', 'bientôt'],
    ]);
    expect(issues.find((i) => i.code === 'invalid-enum')?.params.allowed).toBe(
      'non entamée, en cours, réalisée, abandonnée',
    );
    // Only the readable row is kept; its axis in lower case is the plan's A1.
    expect(rows.map((r) => [r.number, r.status, r.axis, r.deadline?.end])).toEqual([
      ['R7', 'done', 'A1', '2023-03-15'],
    ]);
  });

  it('asks for the sheet in a workbook named as recommendations, not in the plan', async () => {
    const file = await workbook([['a']], 'Feuil1');
    const named = await read(file, AXES, true);
    expect(named.issues.map((i) => [i.code, i.params.sheet, i.params.found])).toEqual([
      ['missing-sheet', 'Recommandations', 'Feuil1'],
    ]);
    expect((await read(file, AXES, false)).issues).toEqual([]);
  });

  it('says which required column is missing from the header', async () => {
    const file = await workbook([['N°', 'Recommandation', 'Échéance']]);
    const { issues } = await read(file);
    expect(issues.map((i) => [i.code, i.params.column])).toEqual([['missing-header', 'Statut']]);
  });
});

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { en, fr } from '../../src/i18n/template.js';
import type { Issue } from '../../src/model/issues.js';
import { buildPlanTemplate } from '../../src/template/plan-template.js';
import { xlsxBytes } from '../../src/template/write-xlsx.js';
import { aliasTable, normaliseName } from '../../src/workbook/names.js';
import { readPlan } from '../../src/workbook/plan-reader.js';
import {
  INDICATOR_COLUMNS,
  PLAN_ACTIVITY_COLUMNS,
  PLAN_KEYS,
  RESULT_COLUMNS,
  sheetRole,
  TARGET_PATTERN,
} from '../../src/workbook/vocabulary.js';
import { tempDir } from './helpers.js';

async function written(
  lang: 'fr' | 'en',
  example: boolean,
  years = { from: 2020, to: 2024 },
): Promise<string> {
  const file = path.join(tempDir(), `plan-${lang}.xlsx`);
  writeFileSync(file, await xlsxBytes(buildPlanTemplate({ lang, years, example })));
  return file;
}

describe('plan template', { timeout: 30_000 }, () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`(${lang}) names every sheet, key and column the way the reader understands them`, () => {
      const t = lang === 'fr' ? fr : en;
      expect(sheetRole(t.sheets.plan)).toBe('plan');
      expect(sheetRole(t.sheets.axes)).toBe('axes');
      expect(sheetRole(t.sheets.results)).toBe('results');
      expect(sheetRole(t.sheets.indicators)).toBe('indicators');
      expect(sheetRole(t.sheets.activities)).toBe('activities');
      expect(sheetRole(t.sheets.instructions)).toBeUndefined();
      const check = (
        table: Record<string, readonly string[]>,
        columns: Record<string, { header: string }>,
      ) => {
        const aliases = aliasTable(table);
        for (const [key, c] of Object.entries(columns))
          expect([c.header, aliases.get(normaliseName(c.header))]).toEqual([c.header, key]);
      };
      check(PLAN_KEYS, t.planKeys);
      check(RESULT_COLUMNS, t.resultColumns);
      check(INDICATOR_COLUMNS, t.indicatorColumns);
      check(PLAN_ACTIVITY_COLUMNS, t.planActivityColumns);
      expect(TARGET_PATTERN.exec(normaliseName(t.target(2027)))?.[1]).toBe('2027');
    });

    it(`(${lang}) with --example is a plan the reader accepts without an error or a warning`, async () => {
      const issues: Issue[] = [];
      const plan = await readPlan(await written(lang, true), 'plan.xlsx', lang, issues);
      expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(plan?.indicators.map((i) => [i.code, i.type, i.direction])).toEqual([
        ['I1.1.1', 'quantitative', 'increase'],
        ['I1.1.2', 'quantitative', 'increase'],
        ['I1.2.1', 'milestone', 'increase'],
        ['I2.1.1', 'quantitative', 'decrease'],
        ['I2.1.2', 'quantitative', 'increase'],
      ]);
      expect(plan?.settings.lang).toBe(lang);
      expect(plan?.activities).toHaveLength(3);
      expect(plan?.indicators[0].disaggregations.length).toBe(1);
    });
  }

  it('gives one target column per requested year, and the example follows them', async () => {
    const issues: Issue[] = [];
    const plan = await readPlan(
      await written('fr', true, { from: 2025, to: 2029 }),
      'plan.xlsx',
      'fr',
      issues,
    );
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(plan?.settings.startYear).toBe(2025);
    expect(Object.keys(plan?.indicators[0].targets ?? {})).toEqual(['2025', '2026', '2027', '2028', '2029']);
  });

  it('blank: every sheet with its headers and the default of each Plan key, drop-downs on the enumerations', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await written('fr', false));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Plan',
      'Axes',
      'Résultats',
      'Indicateurs',
      'Activités',
      'Entités',
      // The follow-up of recommendations (docs/review.md; tested in tests/review/templates.test.ts).
      'Recommandations',
      'Instructions',
    ]);
    const plan = wb.getWorksheet('Plan') as ExcelJS.Worksheet;
    const kv = new Map<string, unknown>();
    plan.eachRow((row) => kv.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(Object.fromEntries(kv)).toMatchObject({
      'Année de début': 2020,
      'Année de fin': 2024,
      Monnaie: 'FCFA',
      Langue: 'fr',
      'Méthode de calcul': 'auto',
      'Seuil en bonne voie': 80,
      'Seuil en retard': 50,
      Plafond: 100,
      'Délai de soumission': 30,
    });
    const ind = wb.getWorksheet('Indicateurs') as ExcelJS.Worksheet;
    const headers = (ind.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Cible 2020');
    expect(headers).toContain('Cible 2024');
    const model = (ind as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    const lists = Object.values(model)
      .filter((v) => v.type === 'list')
      .map((v) => String(v.formulae[0]));
    for (const list of [
      '"quantitatif,qualitatif,jalon"',
      '"hausse,baisse,maintien"',
      '"somme,dernière,moyenne,max"',
      '"annuelle,cumulée"',
    ]) {
      expect(lists).toContain(list);
    }
    expect(lists.some((l) => l.includes('nombre') && l.includes('%'))).toBe(true);
    const instructions = wb.getWorksheet('Instructions') as ExcelJS.Worksheet;
    const explained = new Set<string>();
    instructions.eachRow((row) => explained.add(`${row.getCell(1).value}|${row.getCell(2).value}`));
    for (const c of Object.values(fr.indicatorColumns))
      expect(explained.has(`Indicateurs|${c.header}`)).toBe(true);
  });
});

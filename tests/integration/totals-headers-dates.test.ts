/**
 * Workbooks as ministries write them (issues 21 and 22): totals inside the values table, hidden
 * sheets, headers on two rows, dates in words, counts typed with a thousands separator. Each case
 * is a workbook written by openpyxl and the same converted by LibreOffice
 * (scripts/fixtures/totals/make_totals.py); the rules are in docs/workbook-format.md, the README
 * (*Reporting workbook*) and docs/validate.md. Figures are worked out by hand in the comments.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/model-types.js';
import { loadInputs } from '../../src/core/load.js';
import { buildReport } from '../../src/core/report.js';
import { describeIssue } from '../../src/i18n/index.js';
import type { Issue } from '../../src/model/issues.js';
import { REPO } from '../helpers/cli.js';

const ROOT = join(REPO, 'tests', 'fixtures-totals');
const PLAN = join(ROOT, 'plan.xlsx');
const WRITERS = ['openpyxl', 'libreoffice'] as const;
const TOOL = { name: 'ponam', version: 'test' };

function at(writer: string, scenario: string, name: string): string {
  return join(ROOT, scenario, writer, name);
}

async function load(file: string, plan = PLAN) {
  const display = file.slice(ROOT.length + 1);
  const loaded = await loadInputs({ path: plan, display: 'plan.xlsx' }, [{ path: file, display }], 'fr');
  const values = loaded.data.values.toArray();
  return {
    loaded,
    display,
    values: values.map((v) => [v.indicator, v.entity, v.period, v.disaggregation, v.value, v.cell]),
    issues: loaded.issues,
    coded: (code: string) => loaded.issues.filter((i) => i.code === code),
  };
}

async function model(file: string, plan = PLAN): Promise<ReportModel> {
  const outcome = await buildReport({ plan, data: [file], lang: 'fr', tool: TOOL });
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => `${i.code} ${i.cell ?? ''}`).join('; '));
  return outcome.model;
}

const actual = (m: ReportModel, code: string) => m.indicators.find((i) => i.code === code)?.actual;
const fr = (i: Issue) => describeIssue(i, 'fr').message;
const en = (i: Issue) => describeIssue(i, 'en').message;

describe.each(WRITERS)('totals in a disaggregation column (%s)', (writer) => {
  const files = readdirSync(join(ROOT, 'sex-totals', writer)).sort();

  it('has a workbook for every label the issue names', () => {
    expect(files).toHaveLength(14);
  });

  it.each(files)('%s: the labelled row is the total of the sex breakdown, not a third sex', async (name) => {
    const file = at(writer, 'sex-totals', name);
    const m = await model(file);
    // F 400 + H 480 = 880 = the total row: the total is used (not 400 + 480 + 880 = 1 760).
    expect(actual(m, 'I1.2.1')).toBe(880);
    const ind = m.indicators.find((i) => i.code === 'I1.2.1');
    expect(ind?.breakdowns).toEqual([
      {
        dimension: 'sexe',
        parts: [
          { value: 'F', actual: 400 },
          { value: 'H', actual: 480 },
        ],
        // The parts cover the whole total: nothing left unallocated.
        unallocated: 0,
        unallocatedEntities: [],
      },
    ]);
    const { issues } = await load(file);
    expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe.each(WRITERS)('a category that is the sum of the others (%s)', (writer) => {
  it('reads an unknown sex category equal to F + H as the total, with a warning naming its cell', async () => {
    const file = at(writer, 'total-category', 'unknown.xlsx');
    // « Cumul F/H » 880 = F 400 + H 480: the total, so the actual is 880, not 1 760.
    expect(actual(await model(file), 'I1.2.1')).toBe(880);
    const { coded, display } = await load(file);
    const [found] = coded('total-category');
    expect(found).toMatchObject({
      severity: 'warning',
      file: display,
      sheet: 'Valeurs',
      cell: 'B4',
      params: { category: 'Cumul F/H', dimension: 'sexe', indicator: 'I1.2.1', parts: 'F + H', sum: 880 },
    });
    expect(fr(found)).toContain('« Cumul F/H »');
    expect(fr(found)).toContain('Écrivez « Total » si c');
    expect(en(found)).toContain('Write "Total" if it is one');
  });

  it('keeps a region equal to the sum of two others as a region: régions have no fixed list', async () => {
    const file = at(writer, 'total-category', 'regions.xlsx');
    // Kayes 100 + Mopti 200 + Sikasso 300 = 600 (Sikasso = 100 + 200 is a coincidence, not a total).
    expect(actual(await model(file), 'I1.2.1')).toBe(600);
    expect((await load(file)).coded('total-category')).toEqual([]);
  });

  it('makes no such guess for a percentage, whose parts do not add up to its total', async () => {
    const file = at(writer, 'total-category', 'percent.xlsx');
    // F 40 %, H 60 %, Mixte 50 %: three parts averaged, (40 + 60 + 50) / 3 = 50.
    expect(actual(await model(file), 'I2.1.1')).toBe(50);
    expect((await load(file)).coded('total-category')).toEqual([]);
  });
});

describe.each(WRITERS)('a total row at the bottom of the values table (%s)', (writer) => {
  const file = (name: string) => at(writer, 'total-row', name);

  it('skips `Total` in the indicator column with a notice naming its row, not an error', async () => {
    const { values, coded, issues, display } = await load(file('label.xlsx'));
    expect(values.map((v) => [v[0], v[4]])).toEqual([
      ['I1.2.1', 300],
      ['I1.2.2', 120],
    ]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const [found] = coded('total-row');
    expect(found).toMatchObject({
      severity: 'info',
      file: display,
      sheet: 'Valeurs',
      cell: 'A4',
      params: { row: 4, why: 'label', label: 'Total' },
    });
    expect(fr(found)).toContain('ligne 4');
    expect(fr(found)).toContain("indiquez son code d'indicateur");
    expect(en(found)).toContain('row 4');
  });

  it('skips a row without code whose value is a SUM formula (openpyxl keeps no result) or its result', async () => {
    const { values, coded } = await load(file('sum-formula.xlsx'));
    expect(values).toHaveLength(2);
    const [found] = coded('total-row');
    expect(found).toMatchObject({ sheet: 'Valeurs', cell: 'B4', params: { row: 4 } });
    // openpyxl saves `=SUM(B2:B3)` without a result; LibreOffice saves the result, 300 + 120 = 420.
    expect(found.params).toMatchObject(
      writer === 'openpyxl' ? { why: 'formula', formula: '=SUM(B2:B3)' } : { why: 'sum', sum: 420 },
    );
  });

  it('skips a row without code whose value is the sum of the values above (420 = 300 + 120)', async () => {
    const { values, coded } = await load(file('sum-value.xlsx'));
    expect(values).toHaveLength(2);
    expect(coded('total-row')[0]).toMatchObject({ cell: 'B4', params: { why: 'sum', sum: 420 } });
  });

  it('still refuses a value without code that is no sum: a forgotten code', async () => {
    const { coded } = await load(file('not-a-sum.xlsx'));
    // 999 ≠ 300 + 120: not a total row.
    expect(coded('total-row')).toEqual([]);
    expect(coded('missing-cell')).toMatchObject([
      { severity: 'error', sheet: 'Valeurs', cell: 'B4', params: { column: 'Indicateur' } },
    ]);
  });

  it('skips subtotals and the grand total of a table in sections', async () => {
    const { values, coded } = await load(file('subtotals.xlsx'));
    expect(values.map((v) => v[5])).toEqual(['B2', 'B3', 'B5', 'B6']);
    // 300 + 120 = 420; 5 000 + 12 = 5 012 (since the last total); 420 + 5 012 = 5 432 (all).
    expect(coded('total-row').map((i) => [i.cell, i.params.sum])).toEqual([
      ['B4', 420],
      ['B7', 5012],
      ['B8', 5432],
    ]);
  });

  it('skips a `Total` entity of a consolidated workbook: the entities are not added twice', async () => {
    const f = file('entity-total.xlsx');
    // DR Kayes 300 + DR Mopti 200 = 500, not 1 000.
    expect(actual(await model(f), 'I1.2.1')).toBe(500);
    expect((await load(f)).coded('total-row')[0]).toMatchObject({ cell: 'B4', params: { label: 'Total' } });
  });

  it('reads an entity of the plan called `Ensemble` as an entity, not a total', async () => {
    const f = file('entity-ensemble.xlsx');
    // DR Kayes 300 + Ensemble 50 = 350.
    expect(actual(await model(f), 'I1.2.1')).toBe(350);
    expect((await load(f)).coded('total-row')).toEqual([]);
  });

  it('skips a `Total` period', async () => {
    const { values, coded } = await load(file('period-total.xlsx'));
    expect(values.map((v) => [v[2], v[4]])).toEqual([
      ['2023-T1', 100],
      ['2023-T2', 150],
    ]);
    expect(coded('total-row')[0]).toMatchObject({ cell: 'B4', params: { row: 4 } });
  });

  it('skips a `TOTAL` row and a SUM row of a wide sheet', async () => {
    const { values, coded } = await load(file('wide.xlsx'));
    expect(values.map((v) => v[5])).toEqual(['B2', 'C2', 'B3', 'C3']);
    expect(coded('total-row').map((i) => i.params.row)).toEqual([4, 5]);
  });

  it('reads an indicator of the plan coded `Total` as that indicator', async () => {
    const dir = join(ROOT, 'total-row', writer, 'total-code');
    const { values, coded } = await load(join(dir, 'kayes.xlsx'), join(dir, 'plan-total-code.xlsx'));
    expect(values.map((v) => [v[0], v[4]])).toEqual([
      ['I1.2.1', 300],
      ['Total', 70],
    ]);
    expect(coded('total-row')).toEqual([]);
  });
});

describe.each(WRITERS)('hidden sheets (%s)', (writer) => {
  const file = (name: string) => at(writer, 'hidden', name);

  it('reads a hidden Valeurs sheet, with a notice that it was hidden', async () => {
    const { values, coded, issues } = await load(file('values-hidden.xlsx'));
    expect(values.map((v) => v[4])).toEqual([300]);
    expect(issues.filter((i) => i.code === 'missing-sheet')).toEqual([]);
    const [found] = coded('hidden-sheet');
    expect(found).toMatchObject({ severity: 'info', sheet: 'Valeurs', params: { read: 1 } });
    expect(fr(found)).toContain('lue quand même');
    expect(en(found)).toContain('read all the same');
  });

  it('reads a very hidden Valeurs sheet too (LibreOffice saves it as hidden)', async () => {
    const { values, coded } = await load(file('values-very-hidden.xlsx'));
    expect(values.map((v) => v[4])).toEqual([300]);
    expect(coded('hidden-sheet')[0].params).toEqual(
      writer === 'openpyxl' ? { read: 1, very: 1 } : { read: 1 },
    );
  });

  it('ignores a hidden old copy beside the visible sheet, naming the sheet read', async () => {
    const f = file('old-copy.xlsx');
    // The visible `Valeurs (2)` holds 300; the hidden `Valeurs` its old 999.
    expect(actual(await model(f), 'I1.2.1')).toBe(300);
    const [found] = (await load(f)).coded('hidden-sheet');
    expect(found).toMatchObject({ sheet: 'Valeurs', params: { twin: 'Valeurs (2)' } });
    expect(fr(found)).toContain('« Valeurs (2) » est lue à sa place');
  });

  it.each(['old-copy.ods', 'old-copy.xls'])(
    '%s (LibreOffice): the legacy reader sets the hidden old copy aside too, whatever the sheet order',
    async (name) => {
      const f = join(ROOT, 'hidden', 'legacy', name);
      // The hidden `Valeurs` (999) comes first; the visible `Valeurs (2)` (300) is read.
      expect(actual(await model(f), 'I1.2.1')).toBe(300);
      const { coded } = await load(f);
      expect(coded('duplicate-sheet')).toEqual([]);
      expect(coded('hidden-sheet')[0]).toMatchObject({ sheet: 'Valeurs', params: { twin: 'Valeurs (2)' } });
    },
  );

  it('reads a plan whose Indicateurs sheet is hidden', async () => {
    const issues: Issue[] = [];
    const loaded = await loadInputs(
      { path: file('plan-hidden.xlsx'), display: 'plan-hidden.xlsx' },
      [],
      'fr',
    );
    issues.push(...loaded.issues);
    expect(loaded.plan?.indicators.map((i) => i.code)).toEqual([
      'I1.2.1',
      'I1.2.2',
      'I2.1.1',
      'I2.1.2',
      'I2.1.3',
    ]);
    expect(issues.map((i) => [i.code, i.sheet])).toEqual([['hidden-sheet', 'Indicateurs']]);
  });
});

describe.each(WRITERS)('two header rows (%s)', (writer) => {
  const file = (name: string) => at(writer, 'two-row-header', name);

  it('reads Indicateur and Valeur merged over two rows beside Désagrégation over Sexe | Région', async () => {
    const f = file('disaggregation.xlsx');
    const { values, coded } = await load(f);
    expect(values).toEqual([
      ['I1.2.1', 'DR Kayes', '2023-T1', 'région=Kayes|sexe=F', 100, 'B3'],
      ['I1.2.1', 'DR Kayes', '2023-T1', 'région=Kayes|sexe=H', 150, 'B4'],
      ['I1.2.2', 'DR Kayes', '2023-T1', '', 40, 'B5'],
    ]);
    const [found] = coded('two-row-header');
    expect(found).toMatchObject({
      severity: 'info',
      sheet: 'Valeurs',
      row: 1,
      params: { top: 1, bottom: 2 },
    });
    expect(found.params.names).toBe('Indicateur, Valeur, Sexe, Région');
    // F 100 + H 150 = 250, rolled up from the parts (no total row).
    expect(actual(await model(f), 'I1.2.1')).toBe(250);
  });

  it('reads a group of quarters under `Réalisations 2023` as four period columns', async () => {
    const { values } = await load(file('wide.xlsx'));
    expect(values.filter((v) => v[0] === 'I1.2.1').map((v) => [v[2], v[4]])).toEqual([
      ['2023-T1', 100],
      ['2023-T2', 110],
      ['2023-T3', 120],
      ['2023-T4', 130],
    ]);
  });

  it('refuses Valeur over Hommes | Femmes, naming the rows and saying what to do', async () => {
    const { values, coded, display } = await load(file('shared.xlsx'));
    expect(values).toEqual([]);
    const [found] = coded('two-row-header');
    expect(found).toMatchObject({
      severity: 'error',
      file: display,
      sheet: 'Valeurs',
      row: 1,
      params: { top: 1, bottom: 2, why: 'shared', name: 'Valeur', columns: 'B, C', subs: 'Hommes, Femmes' },
    });
    expect(fr(found)).toContain("mettez chaque nom de colonne sur une seule ligne d'en-tête");
    expect(fr(found)).toContain('lignes 1 et 2');
    expect(en(found)).toContain('put each column name on a single header row');
  });

  it('reads a plan with `Cibles` merged over the years, and its reference date in words', async () => {
    const loaded = await loadInputs(
      { path: file('plan-two-row.xlsx'), display: 'plan-two-row.xlsx' },
      [],
      'fr',
    );
    expect(loaded.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    const first = loaded.plan?.indicators[0];
    expect(first?.targets).toEqual({ 2023: 1000, 2024: 1000, 2025: 1000 });
    expect(loaded.plan?.settings.referenceDate).toBe('2025-12-31');
  });

  it('leaves a one-row header alone: a template row with only its period, a title above', async () => {
    const prefilled = await load(file('prefilled-periods.xlsx'));
    expect(prefilled.values.map((v) => [v[2], v[4]])).toEqual([['2023-T1', 300]]);
    expect(prefilled.issues).toEqual([]);
    const titled = await load(file('title-row.xlsx'));
    expect(titled.values.map((v) => [v[3], v[4]])).toEqual([
      ['sexe=F', 100],
      ['sexe=H', 150],
    ]);
    expect(titled.issues).toEqual([]);
  });
});

describe.each(WRITERS)('submission dates (%s)', (writer) => {
  it.each([
    ['fr-words', '2023-01-12'],
    ['fr-first', '2023-03-01'],
    ['excel-short', '2023-01-12'],
    ['fr-abbrev', '2023-01-12'],
    ['fr-weekday', '2023-01-12'],
    ['en-words', '2023-01-12'],
    ['en-month-first', '2023-01-12'],
    ['figures', '2023-01-12'],
  ])('reads %s as %s', async (name, iso) => {
    const { loaded, issues } = await load(at(writer, 'dates', `${name}.xlsx`));
    expect(loaded.data.submissions[0].submittedOn).toBe(iso);
    expect(issues).toEqual([]);
  });

  it('reads 44938 in General format as 12 January 2023, with a notice naming the cell', async () => {
    const { loaded, coded, display } = await load(at(writer, 'dates', 'serial.xlsx'));
    expect(loaded.data.submissions[0].submittedOn).toBe('2023-01-12');
    const [found] = coded('date-serial');
    expect(found).toMatchObject({
      severity: 'info',
      file: display,
      sheet: 'Rapport',
      cell: 'B4',
      params: { date: '2023-01-12' },
    });
    expect(fr(found)).toContain('12/01/2023');
    expect(fr(found)).toContain('donnez-lui un format de date');
  });

  it('still refuses a month without a day, saying how to write a date', async () => {
    const { coded } = await load(at(writer, 'dates', 'no-day.xlsx'));
    const [found] = coded('type-error');
    expect(found).toMatchObject({ severity: 'error', sheet: 'Rapport', cell: 'B4' });
    expect(fr(found)).toContain('écrivez-la 12/01/2023 ou 12 janvier 2023');
  });
});

describe.each(WRITERS)('numbers typed with a separator (%s)', (writer) => {
  it('reads 1.300 and 1,250 as thousands for counts, as today for other units, saying how', async () => {
    const { values, coded } = await load(at(writer, 'counted-numbers', 'text.xlsx'));
    expect(values.map((v) => [v[0], v[4]])).toEqual([
      ['I1.2.1', 1300], // personnes: a count
      ['I1.2.2', 1250], // ménages: a count
      ['I2.1.2', 1.25], // FCFA: an amount, read as today (French decimal comma)
      ['I2.1.1', 12.5], // %
      ['I2.1.3', 1.3], // jours
    ]);
    const warnings = coded('ambiguous-number');
    expect(warnings.map((w) => [w.cell, w.severity, w.params.as])).toEqual([
      ['B2', 'warning', 'thousands'],
      ['B3', 'warning', 'thousands'],
      ['B4', 'warning', 'decimal'],
      ['B5', 'warning', 'decimal'],
      ['B6', 'warning', 'decimal'],
    ]);
    expect(fr(warnings[0])).toMatch(/lu comme 1\s300 \(séparateur de milliers : l'unité « personnes »/u);
    expect(en(warnings[1])).toContain('read as 1,250 (thousands separator: the unit "ménages"');
    expect(fr(warnings[2])).toContain('lu comme 1,25 (séparateur décimal)');
  });

  it('keeps 1.5 for a count and reads 1 300 without a warning', async () => {
    const { values, issues } = await load(at(writer, 'counted-numbers', 'whole.xlsx'));
    expect(values.map((v) => [v[0], v[4]])).toEqual([
      ['I1.2.1', 1.5],
      ['I1.2.2', 1300],
    ]);
    expect(issues).toEqual([]);
  });
});

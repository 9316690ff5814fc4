/**
 * Checks of reported values across all workbooks (docs/rules.md, "Resubmissions and double counts";
 * docs/quality.md): conflicting duplicates, periods outside the plan, disaggregations that do not
 * add up (a warning). Entity names are checked by entities.ts (tests/unit/entities.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { cellKey, checkValues } from '../../src/compute/checks.js';
import { DEFAULT_SETTINGS, type Indicator, type Plan, type ReportedValue } from '../../src/model/plan.js';
import { indicator as sharedIndicator } from '../helpers/compute.js';

function indicator(code: string, unit: string): Indicator {
  return sharedIndicator(code, {
    unit,
    targetType: 'cumulative',
    responsible: ['Kayes', 'Gao'],
    disaggregations: ['sexe'],
  });
}

const PLAN: Plan = {
  file: 'plan.xlsx',
  settings: { ...DEFAULT_SETTINGS, startYear: 2020, endYear: 2024 },
  axes: [{ code: 'A1', label: 'Axe', weight: 1 }],
  results: [{ code: 'R1', axis: 'A1', label: 'Résultat', level: null, weight: 1 }],
  indicators: [indicator('I1', 'nombre'), indicator('I2', '%')],
  activities: [],
};

function v(more: Partial<ReportedValue>): ReportedValue {
  return {
    indicator: 'I1',
    entity: 'Kayes',
    period: '2022-T3',
    value: 10,
    numerator: null,
    denominator: null,
    disaggregation: '',
    file: 'Kayes-2022-T3.xlsx',
    sheet: 'Valeurs',
    cell: 'C2',
    ...more,
  };
}

function codes(values: ReportedValue[], plan: Plan | null = PLAN): string[] {
  return checkValues(plan, values).issues.map((i) => i.code);
}

describe('checkValues', () => {
  it('finds nothing wrong with clean values', () => {
    expect(
      checkValuesIssues(PLAN, [
        v({}),
        v({ entity: 'Gao', file: 'Gao.xlsx' }),
        v({ period: '2022-T4', cell: 'C3' }),
      ]),
    ).toEqual([]);
  });

  it('reports differing values for the same indicator, entity and period across files as an error naming the first place', () => {
    const issues = checkValuesIssues(PLAN, [
      v({ value: 10 }),
      v({ value: 12, file: 'Consolidé.xlsx', sheet: 'Valeurs', cell: 'D14' }),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'conflicting-duplicate',
      severity: 'error',
      file: 'Consolidé.xlsx',
      sheet: 'Valeurs',
      cell: 'D14',
      value: '12',
    });
    expect(issues[0].params.first).toBe('Kayes-2022-T3.xlsx › Valeurs › C2');
    expect(issues[0].params.firstValue).toBe('10');
  });

  it('reports differing numerators of the same figure as a conflict', () => {
    const issues = checkValuesIssues(PLAN, [
      v({ indicator: 'I2', value: 50, numerator: 5, denominator: 10 }),
      v({ indicator: 'I2', value: 50, numerator: 10, denominator: 20, file: 'Autre.xlsx' }),
    ]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['conflicting-duplicate', 'error']]);
  });

  it('reports the same value given twice as a warning', () => {
    const issues = checkValuesIssues(PLAN, [v({}), v({ file: 'Consolidé.xlsx', cell: 'C9' })]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['duplicate-value', 'warning']]);
  });

  it('does not take different disaggregations or periods of one indicator for duplicates', () => {
    expect(
      codes([
        v({ disaggregation: 'sexe=F', value: 4 }),
        v({ disaggregation: 'sexe=M', value: 6 }),
        v({ period: '2022-T2', value: 7 }),
      ]),
    ).toEqual([]);
  });

  it('warns about a period outside the plan’s years', () => {
    const issues = checkValuesIssues(PLAN, [v({ period: '2019-T4' }), v({ period: '2025', cell: 'C3' })]);
    expect(issues.map((i) => [i.code, i.severity, i.value])).toEqual([
      ['period-outside-plan', 'warning', '2019-T4'],
      ['period-outside-plan', 'warning', '2025'],
    ]);
  });

  it('accepts the first and last years of the plan', () => {
    expect(codes([v({ period: '2020-T1' }), v({ period: '2024-T4' })])).toEqual([]);
  });

  it('warns when a total disagrees with the sum of its parts', () => {
    const issues = checkValuesIssues(PLAN, [
      v({ value: 100, cell: 'C2' }),
      v({ value: 40, disaggregation: 'sexe=F', cell: 'C3' }),
      v({ value: 50, disaggregation: 'sexe=M', cell: 'C4' }),
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'disaggregation-mismatch', severity: 'warning', cell: 'C2' });
    expect(issues[0].params).toMatchObject({ total: 100, sum: 90, dimension: 'sexe' });
  });

  it('accepts a total equal to the sum of its parts', () => {
    expect(
      codes([
        v({ value: 90 }),
        v({ value: 40, disaggregation: 'sexe=F', cell: 'C3' }),
        v({ value: 50, disaggregation: 'sexe=M', cell: 'C4' }),
      ]),
    ).toEqual([]);
  });

  it('checks each dimension of a total on its own', () => {
    const issues = checkValuesIssues(PLAN, [
      v({ value: 90 }),
      v({ value: 40, disaggregation: 'sexe=F', cell: 'C3' }),
      v({ value: 50, disaggregation: 'sexe=M', cell: 'C4' }),
      v({ value: 60, disaggregation: 'région=Kayes', cell: 'C5' }),
      v({ value: 20, disaggregation: 'région=Nioro', cell: 'C6' }),
    ]);
    expect(issues.map((i) => [i.code, i.params.dimension])).toEqual([['disaggregation-mismatch', 'région']]);
  });
});

function checkValuesIssues(...args: Parameters<typeof checkValues>) {
  return checkValues(...args).issues;
}

/** PLAN with one more indicator, I3: a level (`dernière`), to tell overlaps of flows and levels apart. */
const WITH_LEVEL: Plan = {
  ...PLAN,
  indicators: [...PLAN.indicators, { ...indicator('I3', '%'), aggregation: 'last' }],
};

function excludedCells(values: ReportedValue[], plan: Plan | null = WITH_LEVEL): string[] {
  const { excluded } = checkValues(plan, values);
  return values.filter((x) => excluded.has(cellKey(x))).map((x) => `${x.file} › ${x.cell}`);
}

describe('checkValues: values left out of the figures', () => {
  it('leaves out an identical duplicate after the first, so that 30 stays 30', () => {
    // The same row twice in one sheet: C2 is kept, C3 left out.
    expect(excludedCells([v({ value: 30, cell: 'C2' }), v({ value: 30, cell: 'C3' })])).toEqual([
      'Kayes-2022-T3.xlsx › C3',
    ]);
  });

  it('leaves out an identical duplicate of a disaggregated row, and only that one', () => {
    expect(
      excludedCells([
        v({ value: 10, disaggregation: 'sexe=F', cell: 'C2' }),
        v({ value: 10, disaggregation: 'sexe=F', cell: 'C3' }),
        v({ value: 20, disaggregation: 'sexe=H', cell: 'C4' }),
      ]),
    ).toEqual(['Kayes-2022-T3.xlsx › C3']);
  });

  it('leaves nothing out of a conflict: it is an error, the report stops', () => {
    expect(excludedCells([v({ value: 30 }), v({ value: 31, cell: 'C3' })])).toEqual([]);
  });

  it('leaves out values dated outside the plan’s years', () => {
    // PLAN runs 2020-2024.
    expect(
      excludedCells([
        v({ period: '2019-T4', cell: 'C2' }),
        v({ period: '2025-T1', cell: 'C3' }),
        v({ cell: 'C4' }),
      ]),
    ).toEqual(['Kayes-2022-T3.xlsx › C2', 'Kayes-2022-T3.xlsx › C3']);
  });

  it('checks no period against a plan when there is none', () => {
    expect(checkValues(null, [v({ period: '1999-T4' })]).issues).toEqual([]);
  });
});

describe('checkValues: overlapping periods', () => {
  it('is an error naming both cells when a flow gives T1 and S1 of one entity', () => {
    // I1 (somme): T1 in t1.xlsx C2, S1 in s1.xlsx C2: the months of T1 would be counted twice.
    const issues = checkValuesIssues(WITH_LEVEL, [
      v({ period: '2022-T1', file: 't1.xlsx', cell: 'C2' }),
      v({ period: '2022-S1', file: 's1.xlsx', cell: 'C2' }),
    ]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([['overlapping-periods', 'error']]);
    const places = [`${issues[0].file} › ${issues[0].sheet} › ${issues[0].cell}`, issues[0].params.first];
    expect(places.sort()).toEqual(['s1.xlsx › Valeurs › C2', 't1.xlsx › Valeurs › C2']);
  });

  it('finds T1 + T2 + S1 of a flow overlapping, and a month with its quarter', () => {
    const quarters = checkValuesIssues(WITH_LEVEL, [
      v({ period: '2022-T1', cell: 'C2' }),
      v({ period: '2022-T2', cell: 'C3' }),
      v({ period: '2022-S1', cell: 'C4' }),
    ]);
    expect(quarters.length).toBeGreaterThan(0);
    expect(quarters.every((i) => i.code === 'overlapping-periods' && i.severity === 'error')).toBe(true);
    const month = checkValuesIssues(WITH_LEVEL, [
      v({ period: '2022-03', cell: 'C2' }),
      v({ period: '2022-T1', cell: 'C3' }),
    ]);
    expect(month.map((i) => [i.code, i.severity])).toEqual([['overlapping-periods', 'error']]);
  });

  it('keeps the finer period of a level with a warning, and leaves the coarser out', () => {
    // I3 (dernière): 2022-01 (C2), 2022-02 (C3) and 2022-T1 (C4): the quarter goes.
    const values = [
      v({ indicator: 'I3', period: '2022-01', cell: 'C2' }),
      v({ indicator: 'I3', period: '2022-02', cell: 'C3' }),
      v({ indicator: 'I3', period: '2022-T1', cell: 'C4' }),
    ];
    const { issues } = checkValues(WITH_LEVEL, values);
    expect(issues.map((i) => [i.code, i.severity, i.cell])).toEqual([
      ['overlapping-periods', 'warning', 'C4'],
    ]);
    expect(excludedCells(values)).toEqual(['Kayes-2022-T3.xlsx › C4']);
  });

  it('leaves nothing out of overlapping flows: the error stops the report', () => {
    expect(
      excludedCells([v({ period: '2022-T1', cell: 'C2' }), v({ period: '2022-S1', cell: 'C3' })]),
    ).toEqual([]);
  });

  it('does not compare different entities, disaggregations or adjacent periods', () => {
    expect(
      codes(
        [
          v({ period: '2022-T1', cell: 'C2' }),
          v({ period: '2022-S1', entity: 'Gao', file: 'Gao.xlsx', cell: 'C2' }),
          v({ period: '2022-S1', disaggregation: 'sexe=F', cell: 'C3' }),
          v({ period: '2022-T2', cell: 'C4' }),
          v({ period: '2022-S2', cell: 'C5' }),
        ],
        WITH_LEVEL,
      ),
    ).toEqual([]);
  });

  it('takes the same period given twice for a duplicate, not an overlap', () => {
    // Labels come canonical from the reader (`2022-Q1` is read as 2022-T1).
    expect(
      codes(
        [
          v({ indicator: 'I3', period: '2022-T1' }),
          v({ indicator: 'I3', period: '2022-T1', file: 'b.xlsx' }),
        ],
        WITH_LEVEL,
      ),
    ).toEqual(['duplicate-value']);
  });
});

/**
 * Aggregation (docs/rules.md, "Aggregation over periods", "Aggregation across entities"), the cases
 * the main aggregation tests leave open: the trend's actual at each period is the actual at that
 * period (one pass or not); percentages given as numerator and denominator add up as fractions only
 * when every entity gives both; the parts of a disaggregation stand for the total only when no
 * total row is given; a breakdown counts only the parts reported up to P.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AggregationRule,
  actualAt,
  actualsOver,
  breakdownsAt,
  entityPeriodFigure,
  partsByDimensions,
} from '../../src/compute/aggregate.js';
import type { ReportedValue } from '../../src/model/plan.js';
import { p, rule } from '../helpers/compute.js';

function v(
  entity: string,
  period: string,
  value: number | null,
  more: Partial<ReportedValue> = {},
): ReportedValue {
  return {
    indicator: 'I1',
    entity,
    period,
    value,
    numerator: null,
    denominator: null,
    disaggregation: '',
    file: `${entity}.xlsx`,
    sheet: 'Valeurs',
    cell: 'C2',
    ...more,
  };
}

const QUARTERS = ['2022-T1', '2022-T2', '2022-T3', '2022-T4', '2023-T1', '2023-T2'];

describe('the trend: the actual at each period, in one pass', () => {
  const value = fc.record({
    entity: fc.constantFrom('Kayes', 'Gao', 'Mopti'),
    period: fc.constantFrom(...QUARTERS, '2022-S1', '2022'),
    value: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null, freq: 8 }),
    fraction: fc.option(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), {
      nil: null,
      freq: 3,
    }),
    disaggregation: fc.constantFrom('', '', '', 'sexe=F', 'sexe=H'),
  });
  const anyRule = fc.record({
    unit: fc.constantFrom('%', 'nombre', 'jours'),
    aggregation: fc.constantFrom('sum', 'last', 'mean', 'max'),
    entityAggregation: fc.constantFrom(null, null, 'sum', 'mean'),
  }) as fc.Arbitrary<AggregationRule>;

  it('equals the actual computed at each period on its own', () => {
    fc.assert(
      fc.property(
        anyRule,
        fc.array(value, { maxLength: 14 }),
        fc.subarray(QUARTERS, { minLength: 1 }),
        (r, given, periods) => {
          const values = given.map((g, n) =>
            v(g.entity, g.period, g.value, {
              numerator: g.fraction ? g.fraction[0] : null,
              denominator: g.fraction ? g.fraction[1] : null,
              disaggregation: g.disaggregation,
              cell: `C${n + 2}`,
            }),
          );
          const at = periods.map(p);
          expect(actualsOver(r, values, at, p)).toEqual(at.map((q) => actualAt(r, values, q, p).value));
        },
      ),
      { seed: 20_240_611, numRuns: 400 },
    );
  });

  it('has no point for no period', () => {
    expect(actualsOver(rule('nombre', 'sum'), [v('Kayes', '2022-T1', 5)], [], p)).toEqual([]);
  });

  it('keeps each entity’s latest figure of a `dernière` percentage, as numerator and denominator', () => {
    const values = [
      v('Kayes', '2022-T1', 50, { numerator: 1, denominator: 2 }),
      v('Kayes', '2022-T2', 10, { numerator: 10, denominator: 100 }),
      v('Gao', '2022-T1', 50, { numerator: 50, denominator: 100 }),
    ];
    // T1: (1 + 50) / (2 + 100) = 50 %; T2: Kayes's latest 10/100 with Gao's 50/100: 60 / 200 = 30 %.
    expect(actualsOver(rule('%', 'last'), values, [p('2022-T1'), p('2022-T2')], p)).toEqual([50, 30]);
  });

  it('keeps each entity’s first highest figure of a `max` percentage', () => {
    const values = [
      v('Kayes', '2022-T1', 50, { numerator: 1, denominator: 2 }),
      v('Kayes', '2022-T2', 50, { numerator: 100, denominator: 200 }),
      v('Kayes', '2022-T3', 20, { numerator: 20, denominator: 100 }),
      v('Gao', '2022-T1', 0, { numerator: 0, denominator: 98 }),
    ];
    // Kayes's highest, 50 %, first reached at T1 as 1/2: (1 + 0) / (2 + 98) = 1 % at every period.
    expect(actualsOver(rule('%', 'max'), values, [p('2022-T1'), p('2022-T2'), p('2022-T3')], p)).toEqual([
      1, 1, 1,
    ]);
    expect(actualAt(rule('%', 'max'), values, p('2022-T3'), p).value).toBe(1);
  });

  it('sums an entity’s fractions over its periods, and falls back to the values once one is missing', () => {
    const values = [
      v('Kayes', '2022-T1', 25, { numerator: 1, denominator: 4 }),
      v('Kayes', '2022-T2', 75, { numerator: 3, denominator: 4 }),
      v('Kayes', '2022-T3', 40),
    ];
    // T1: 1/4 = 25 %; T2: (1 + 3) / (4 + 4) = 50 %; T3: no fraction for T3, the mean (25 + 75 + 40) / 3.
    expect(actualsOver(rule('%', 'mean'), values, [p('2022-T1'), p('2022-T2'), p('2022-T3')], p)).toEqual([
      25,
      50,
      140 / 3,
    ]);
  });
});

describe('across entities', () => {
  it('names how entities were combined: a mean for what does not add up', () => {
    const values = [v('Kayes', '2022-T1', 10), v('Gao', '2022-T1', 30)];
    expect(actualAt(rule('jours', 'last'), values, p('2022-T1'), p)).toMatchObject({
      value: 20,
      across: 'mean',
    });
    expect(actualAt(rule('nombre', 'last'), values, p('2022-T1'), p)).toMatchObject({
      value: 40,
      across: 'sum',
    });
  });

  it('averages percentages when one entity gives no numerator and denominator', () => {
    const values = [v('Kayes', '2022-T1', 25, { numerator: 30, denominator: 120 }), v('Gao', '2022-T1', 50)];
    // (25 + 50) / 2, not 30 / 120.
    expect(actualAt(rule('%', 'last'), values, p('2022-T1'), p)).toMatchObject({
      value: 37.5,
      across: 'mean',
    });
  });

  it('averages the percentages as written when the denominators add up to 0', () => {
    const values = [
      v('Kayes', '2022-T1', 40, { numerator: 0, denominator: 0 }),
      v('Gao', '2022-T1', 60, { numerator: 0, denominator: 0 }),
    ];
    expect(actualAt(rule('%', 'last'), values, p('2022-T1'), p)).toMatchObject({ value: 50, across: 'mean' });
  });
});

describe('one entity’s figure for one period', () => {
  it('adds up the parts of a count when no total is given, and averages those of a rate', () => {
    const parts = [
      v('Kayes', '2022-T1', 4, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 5, { disaggregation: 'sexe=H' }),
    ];
    expect(entityPeriodFigure(parts, true).value).toBe(9);
    expect(entityPeriodFigure(parts, false).value).toBe(4.5);
  });

  it('lists the parts it came from in reading order, whatever order they came in', () => {
    const parts = [
      v('Kayes', '2022-T1', 4, { disaggregation: 'sexe=F', cell: 'C9' }),
      v('Kayes', '2022-T1', 5, { disaggregation: 'sexe=H', cell: 'C3' }),
    ];
    expect(entityPeriodFigure(parts, true).sources.map((s) => s.cell)).toEqual(['C3', 'C9']);
    expect(actualAt(rule('nombre', 'sum'), parts, p('2022-T1'), p).trace.map((s) => s.cell)).toEqual([
      'C3',
      'C9',
    ]);
  });

  it('keeps a single row’s value as written, even beside its numerator and denominator', () => {
    // 30 / 120 is 25 %, but the partner wrote 26: the figure is 26.
    const row = v('Kayes', '2022-T1', 26, { numerator: 30, denominator: 120 });
    expect(entityPeriodFigure([row], false)).toMatchObject({ value: 26, numerator: 30, denominator: 120 });
    // Across entities a percentage given as a fraction counts as Σ numerators / Σ denominators.
    expect(actualAt(rule('%', 'last'), [row], p('2022-T1'), p).value).toBe(25);
    expect(actualAt(rule('%', 'last'), [row], p('2022-T1'), p).entities).toEqual([
      { entity: 'Kayes', value: 26, valueCount: 1 },
    ]);
  });

  it('takes the total row read last when there are two, whatever order they came in', () => {
    const totals = [
      v('Kayes', '2022-T1', 7, { file: 'b.xlsx', cell: 'C2' }),
      v('Kayes', '2022-T1', 5, { file: 'a.xlsx', cell: 'C9' }),
      v('Kayes', '2022-T1', 4, { file: 'a.xlsx', cell: 'C3', disaggregation: 'sexe=F' }),
    ];
    expect(entityPeriodFigure(totals, true).value).toBe(7);
    expect(entityPeriodFigure([...totals].reverse(), true).value).toBe(7);
    expect(entityPeriodFigure([totals[1], totals[2], totals[0]], true).value).toBe(7);
  });

  it('takes the last given of two total rows read from the same cell', () => {
    const same = [v('Kayes', '2022-T1', 7), v('Kayes', '2022-T1', 5)];
    expect(entityPeriodFigure(same, true).value).toBe(5);
    expect(entityPeriodFigure([...same].reverse(), true).value).toBe(7);
  });

  it('groups only the disaggregated rows by their dimensions', () => {
    const rows = [
      v('Kayes', '2022-T1', 9),
      v('Kayes', '2022-T1', 4, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 2, { disaggregation: 'région=Kayes|sexe=F' }),
      v('Kayes', '2022-T1', 5, { disaggregation: 'sexe=H' }),
    ];
    const groups = partsByDimensions(rows);
    expect([...groups.keys()]).toEqual(['sexe', 'région|sexe']);
    expect(groups.get('sexe')?.map((r) => r.value)).toEqual([4, 5]);
  });
});

describe('breakdowns', () => {
  it('count only the parts with a value reported up to P, never the total rows', () => {
    const values = [
      v('Kayes', '2022-T1', 100),
      v('Kayes', '2022-T1', 4, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T2', null, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T3', 50, { disaggregation: 'sexe=F' }),
    ];
    // At 2022-T2: F = 4 (T2 blank, T3 after P); the total row is no part.
    expect(breakdownsAt(rule('nombre', 'sum'), values, p('2022-T2'), p)).toEqual([
      { unallocated: null, unallocatedEntities: [], dimension: 'sexe', parts: [{ value: 'F', actual: 4 }] },
    ]);
    expect(breakdownsAt(rule('nombre', 'sum'), [v('Kayes', '2022-T1', 100)], p('2022-T2'), p)).toEqual([]);
  });
});

describe('fractions given by half', () => {
  it('over periods: a numerator without its denominator is no fraction, the values are averaged', () => {
    const values = [
      v('Kayes', '2022-T1', 50, { numerator: 5, denominator: 10 }),
      v('Kayes', '2022-T2', 70, { numerator: 7, denominator: null }),
    ];
    // Mean of the values: (50 + 70) / 2 = 60; not (5 + 7) / 10 = 120 %.
    expect(actualAt(rule('%', 'mean'), values, p('2022-T2'), p).value).toBe(60);
  });

  it('across entities: Σ numerators / Σ denominators only when every entity gives both', () => {
    const values = [
      v('Kayes', '2022-T1', 50, { numerator: 5, denominator: 10 }),
      v('Gao', '2022-T1', 80, { numerator: 8, denominator: null }),
    ];
    // Gao gives no denominator: the percentages are averaged, (50 + 80) / 2 = 65.
    expect(actualAt(rule('%', 'last'), values, p('2022-T1'), p).value).toBe(65);
  });
});

describe('breakdowns across entities', () => {
  it('average the parts of a percentage, as its total is averaged', () => {
    const values = [
      v('Kayes', '2022-T1', 40, { disaggregation: 'sexe=F' }),
      v('Gao', '2022-T1', 60, { disaggregation: 'sexe=F' }),
    ];
    // A rate is averaged across entities: F = (40 + 60) / 2 = 50, not 100.
    expect(breakdownsAt(rule('%', 'last'), values, p('2022-T1'), p)).toEqual([
      { unallocated: null, unallocatedEntities: [], dimension: 'sexe', parts: [{ value: 'F', actual: 50 }] },
    ]);
  });

  it('add up the parts of a count across entities', () => {
    const values = [
      v('Kayes', '2022-T1', 40, { disaggregation: 'sexe=F' }),
      v('Gao', '2022-T1', 60, { disaggregation: 'sexe=F' }),
    ];
    expect(breakdownsAt(rule('nombre', 'sum'), values, p('2022-T1'), p)).toEqual([
      { unallocated: null, unallocatedEntities: [], dimension: 'sexe', parts: [{ value: 'F', actual: 100 }] },
    ]);
  });
});

/**
 * Aggregation of one indicator's values at period P (docs/rules.md, "Per entity and period",
 * "Aggregation over periods"): first over each entity's own periods up to P per `agrégation`, then
 * across entities (summed for counts and amounts, averaged otherwise, unless `agrégation entités`
 * says), Σnum/Σden for percentages reported with numerator and denominator, values after P ignored,
 * parts summed only when no total row is given.
 */
import { describe, expect, it } from 'vitest';
import { type AggregationRule, actualAt, actualsOver, breakdownsAt } from '../../src/compute/aggregate.js';
import type { ReportedValue } from '../../src/model/plan.js';
import { p, rule } from '../helpers/compute.js';

let row = 2;
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
    file: `${entity}-${period}.xlsx`,
    sheet: 'Valeurs',
    cell: `C${row++}`,
    ...more,
  };
}

function actual(r: AggregationRule, values: ReportedValue[], at: string): number | null {
  return actualAt(r, values, p(at), p).value;
}

describe('over an entity’s own periods', () => {
  const kayes = [v('Kayes', '2022-T1', 10), v('Kayes', '2022-T3', 30), v('Kayes', '2022-T2', 50)];

  it('sums the periods of a `somme` indicator (a flow)', () => {
    expect(actual(rule('nombre', 'sum'), kayes, '2022-T4')).toBe(90);
  });

  it('takes the latest period of a `dernière` indicator, whatever the order the values came in', () => {
    expect(actual(rule('nombre', 'last'), kayes, '2022-T4')).toBe(30);
  });

  it('averages the periods of a `moyenne` indicator', () => {
    expect(actual(rule('nombre', 'mean'), kayes, '2022-T4')).toBe(30);
  });

  it('takes the largest period value of a `max` indicator', () => {
    expect(actual(rule('nombre', 'max'), kayes, '2022-T4')).toBe(50);
  });

  it('ignores values dated after P', () => {
    expect(actual(rule('nombre', 'sum'), kayes, '2022-T2')).toBe(60);
    expect(actual(rule('nombre', 'last'), kayes, '2022-T2')).toBe(50);
    expect(actual(rule('nombre', 'max'), kayes, '2022-T1')).toBe(10);
  });

  it('has no actual when no value counts at P', () => {
    expect(actual(rule('nombre', 'sum'), kayes, '2021-T4')).toBeNull();
    expect(actual(rule('nombre', 'sum'), [], '2022-T4')).toBeNull();
  });

  it('skips empty values', () => {
    expect(
      actual(rule('nombre', 'last'), [v('Kayes', '2022-T1', 10), v('Kayes', '2022-T2', null)], '2022-T4'),
    ).toBe(10);
    expect(actual(rule('nombre', 'sum'), [v('Kayes', '2022-T1', null)], '2022-T4')).toBeNull();
  });
});

describe('across entities', () => {
  const values = [v('Kayes', '2022-T1', 10), v('Kayes', '2022-T2', 20), v('Gao', '2022-T2', 40)];

  it('sums entities when the unit is a count', () => {
    expect(actual(rule('nombre', 'sum'), values, '2022-T4')).toBe(70);
    expect(actual(rule('nombre', 'last'), values, '2022-T4')).toBe(60);
  });

  it.each(['FCFA', 'XOF', 'EUR', 'USD', 'millions de FCFA'])(
    'sums entities when the unit is the amount %j',
    (unit) => {
      expect(actual(rule(unit, 'last'), values, '2022-T4')).toBe(60);
    },
  );

  it.each(['%', 'taux', 'jours'])('averages entities when the unit is %j', (unit) => {
    expect(actual(rule(unit, 'last'), values, '2022-T4')).toBe(30);
    expect(actual(rule(unit, 'sum'), values, '2022-T4')).toBe(35);
  });

  it('averages a count when `agrégation entités` says `moyenne`', () => {
    const result = actualAt(rule('nombre', 'last', 'mean'), values, p('2022-T4'), p);
    expect(result.value).toBe(30);
    expect(result.across).toBe('mean');
  });

  it('sums a percentage when `agrégation entités` says `somme`', () => {
    const result = actualAt(rule('%', 'last', 'sum'), values, p('2022-T4'), p);
    expect(result.value).toBe(60);
    expect(result.across).toBe('sum');
  });

  it('reports each entity’s own figure beside the total', () => {
    const result = actualAt(rule('nombre', 'sum'), values, p('2022-T4'), p);
    expect(result.entities).toEqual([
      { entity: 'Gao', value: 40, valueCount: 1 },
      { entity: 'Kayes', value: 30, valueCount: 2 },
    ]);
  });

  it('lists the source values the actual came from, and only those', () => {
    const late = v('Gao', '2023-T1', 99);
    const result = actualAt(rule('nombre', 'sum'), [...values, late], p('2022-T4'), p);
    expect(result.trace.map((t) => t.cell).sort()).toEqual(values.map((t) => t.cell).sort());
    expect(result.trace).not.toContain(late);
  });
});

describe('percentages with numerator and denominator', () => {
  it('computes Σ numerators / Σ denominators across entities, not the mean of percentages', () => {
    const values = [
      v('Kayes', '2022-T2', 30, { numerator: 30, denominator: 100 }),
      v('Gao', '2022-T2', 50, { numerator: 10, denominator: 20 }),
    ];
    const result = actualAt(rule('%', 'last'), values, p('2022-T4'), p);
    expect(result.value).toBeCloseTo((40 / 120) * 100, 10);
    expect(result.value).not.toBeCloseTo(40, 5);
    expect(result.across).toBe('ratio');
  });

  it('sums numerators and denominators over a `somme` entity’s periods', () => {
    const values = [
      v('Kayes', '2022-T1', 10, { numerator: 1, denominator: 10 }),
      v('Kayes', '2022-T2', 90, { numerator: 9, denominator: 10 }),
      v('Gao', '2022-T2', 50, { numerator: 40, denominator: 80 }),
    ];
    expect(actual(rule('%', 'sum'), values, '2022-T4')).toBeCloseTo((50 / 100) * 100, 10);
  });

  it('uses only the latest numerator and denominator of a `dernière` entity', () => {
    const values = [
      v('Kayes', '2022-T1', 10, { numerator: 1, denominator: 10 }),
      v('Kayes', '2022-T2', 90, { numerator: 9, denominator: 10 }),
      v('Gao', '2022-T2', 50, { numerator: 40, denominator: 80 }),
    ];
    expect(actual(rule('%', 'last'), values, '2022-T4')).toBeCloseTo((49 / 90) * 100, 10);
  });

  it('falls back to the mean of percentages when an entity gave no numerator and denominator', () => {
    const values = [v('Kayes', '2022-T2', 30, { numerator: 30, denominator: 100 }), v('Gao', '2022-T2', 50)];
    expect(actual(rule('%', 'last'), values, '2022-T4')).toBe(40);
  });
});

describe('disaggregations', () => {
  it('uses the total row when one is given, whatever its parts say', () => {
    const values = [
      v('Kayes', '2022-T1', 40, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 100),
      v('Kayes', '2022-T1', 50, { disaggregation: 'sexe=M' }),
    ];
    expect(actual(rule('nombre', 'sum'), values, '2022-T4')).toBe(100);
  });

  it('sums the parts when no total row is given', () => {
    const values = [
      v('Kayes', '2022-T1', 40, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 50, { disaggregation: 'sexe=M' }),
    ];
    expect(actual(rule('nombre', 'sum'), values, '2022-T4')).toBe(90);
  });

  it('sums the parts of one dimension only, not every disaggregation at once', () => {
    const values = [
      v('Kayes', '2022-T1', 40, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 50, { disaggregation: 'sexe=M' }),
      v('Kayes', '2022-T1', 60, { disaggregation: 'région=Kayes' }),
      v('Kayes', '2022-T1', 30, { disaggregation: 'région=Nioro' }),
    ];
    expect(actual(rule('nombre', 'sum'), values, '2022-T4')).toBe(90);
  });

  it('computes Σnum/Σden over the parts of a percentage', () => {
    const values = [
      v('Kayes', '2022-T1', 50, { disaggregation: 'sexe=F', numerator: 5, denominator: 10 }),
      v('Kayes', '2022-T1', 10, { disaggregation: 'sexe=M', numerator: 3, denominator: 30 }),
    ];
    expect(actual(rule('%', 'last'), values, '2022-T4')).toBeCloseTo(20, 10);
  });
});

describe('mixed granularity', () => {
  const values = [
    v('Kayes', '2022-T1', 10),
    v('Kayes', '2022-T2', 20),
    v('Gao', '2022', 100),
    v('Mopti', '2022-S1', 5),
    v('Ségou', '2022-05', 1),
  ];

  it('counts a yearly report only once its year is over', () => {
    expect(actual(rule('nombre', 'sum'), values, '2022-T2')).toBe(36);
    expect(actual(rule('nombre', 'sum'), values, '2022-T3')).toBe(36);
    expect(actual(rule('nombre', 'sum'), values, '2022-T4')).toBe(136);
    expect(actual(rule('nombre', 'sum'), values, '2022')).toBe(136);
  });

  it('counts a semester at its last quarter, a month at its quarter', () => {
    expect(actual(rule('nombre', 'sum'), values, '2022-T1')).toBe(10);
    expect(actual(rule('nombre', 'sum'), values, '2022-05')).toBe(11);
  });

  it('takes an entity’s latest value across periods of different lengths', () => {
    const mixed = [v('Kayes', '2022-T4', 7), v('Kayes', '2022-S1', 3), v('Kayes', '2022-11', 9)];
    expect(actual(rule('nombre', 'last'), mixed, '2022')).toBe(7);
    expect(actual(rule('nombre', 'last'), mixed, '2022-11')).toBe(9);
  });
});

describe('extreme values', () => {
  // docs/rules.md: "no figure is ever NaN or Infinity in any output". Two values near the largest
  // double a cell can hold overflow their sum: the actual must then be null, never Infinity.
  it('never reports an infinite actual', () => {
    const values = [v('Kayes', '2022-T1', 1e308), v('Kayes', '2022-T2', 1e308)];
    const value = actual(rule('nombre', 'sum'), values, '2022-T4');
    expect(value === null || Number.isFinite(value)).toBe(true);
  });
});

describe('rules a one-line change would break', () => {
  it('averages the running mean of a `moyenne` indicator along its trend, never sums it', () => {
    const values = [v('Kayes', '2022-T1', 10), v('Kayes', '2022-T2', 30), v('Kayes', '2022-T3', 50)];
    // Mean over the periods seen so far: T1 10; T2 (10 + 30) / 2 = 20; T3 (10 + 30 + 50) / 3 = 30.
    expect(actualsOver(rule('jours', 'mean'), values, [p('2022-T1'), p('2022-T2'), p('2022-T3')], p)).toEqual(
      [10, 20, 30],
    );
  });

  it('averages the parts of an indicator that does not add up (no total row)', () => {
    const parts = [
      v('Kayes', '2022-T1', 40, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 60, { disaggregation: 'sexe=H' }),
    ];
    // A rate by sex: (40 + 60) / 2 = 50, not 100.
    expect(actual(rule('taux', 'last'), parts, '2022-T1')).toBe(50);
    // A count by sex adds up: 40 + 60.
    expect(actual(rule('nombre', 'sum'), parts, '2022-T1')).toBe(100);
  });

  it('breaks an actual down by the parts of each disaggregation, aggregated like the total', () => {
    const values = [
      v('Kayes', '2022-T1', 40, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 60, { disaggregation: 'sexe=H' }),
      v('Gao', '2022-T2', 5, { disaggregation: 'sexe=F' }),
      v('Gao', '2022-T2', 7, { disaggregation: 'région=Gao' }),
    ];
    // F: Kayes 40 + Gao 5 = 45; H: Kayes 60; région Gao: 7 (counts add up across entities).
    // Kayes gave no part by région: its values are not broken down that way.
    expect(breakdownsAt(rule('nombre', 'sum'), values, p('2022-T4'), p)).toEqual([
      {
        unallocated: null,
        unallocatedEntities: ['Kayes'],
        dimension: 'région',
        parts: [{ value: 'Gao', actual: 7 }],
      },
      {
        unallocated: null,
        unallocatedEntities: [],
        dimension: 'sexe',
        parts: [
          { value: 'F', actual: 45 },
          { value: 'H', actual: 60 },
        ],
      },
    ]);
    // Values after P are left out: at 2022-T1 only Kayes's parts.
    expect(breakdownsAt(rule('nombre', 'sum'), values, p('2022-T1'), p)).toEqual([
      {
        unallocated: null,
        unallocatedEntities: [],
        dimension: 'sexe',
        parts: [
          { value: 'F', actual: 40 },
          { value: 'H', actual: 60 },
        ],
      },
    ]);
  });
});

describe('breakdownsAt: each part of a disaggregation aggregated as the indicator is', () => {
  const at = (r: AggregationRule, values: ReportedValue[], period: string) =>
    breakdownsAt(r, values, p(period), p);

  it('sums a count part over its periods, then across entities', () => {
    const values = [
      v('Kayes', '2022-T1', 4, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T2', 6, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 10, { disaggregation: 'sexe=H' }),
      v('Gao', '2022-T1', 5, { disaggregation: 'sexe=F' }),
      v('Gao', '2022-T1', 9), // a total row: not a part
      v('Gao', '2022-T3', 100, { disaggregation: 'sexe=F' }), // after P
      v('Gao', '2022-T2', null, { disaggregation: 'sexe=H' }), // blank
    ];
    // At 2022-T2: F = Kayes (4 + 6) + Gao 5 = 15; H = Kayes 10.
    expect(at(rule('nombre', 'sum'), values, '2022-T2')).toEqual([
      {
        unallocated: null,
        unallocatedEntities: [],
        dimension: 'sexe',
        parts: [
          { value: 'F', actual: 15 },
          { value: 'H', actual: 10 },
        ],
      },
    ]);
  });

  it('averages a percentage part across entities and takes each entity’s latest for `dernière`', () => {
    const values = [
      v('Kayes', '2022-T1', 30, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T2', 40, { disaggregation: 'sexe=F' }),
      v('Gao', '2022-T2', 60, { disaggregation: 'sexe=F' }),
    ];
    // F = mean(Kayes's latest 40, Gao 60) = 50.
    expect(at(rule('%', 'last'), values, '2022-T4')).toEqual([
      { unallocated: null, unallocatedEntities: [], dimension: 'sexe', parts: [{ value: 'F', actual: 50 }] },
    ]);
  });

  it('gives one breakdown per dimension, sorted, and crossed dimensions as one', () => {
    const values = [
      v('Kayes', '2022-T1', 3, { disaggregation: 'sexe=F' }),
      v('Kayes', '2022-T1', 7, { disaggregation: 'région=Nioro' }),
      v('Kayes', '2022-T1', 2, { disaggregation: 'région=Kayes|sexe=F' }),
      v('Kayes', '2022-T1', 1, { disaggregation: 'région=Kayes|sexe=H' }),
    ];
    expect(at(rule('nombre', 'sum'), values, '2022-T1')).toEqual([
      {
        unallocated: null,
        unallocatedEntities: [],
        dimension: 'région',
        parts: [{ value: 'Nioro', actual: 7 }],
      },
      {
        unallocated: null,
        unallocatedEntities: [],
        dimension: 'région|sexe',
        parts: [
          { value: 'Kayes, F', actual: 2 },
          { value: 'Kayes, H', actual: 1 },
        ],
      },
      { unallocated: null, unallocatedEntities: [], dimension: 'sexe', parts: [{ value: 'F', actual: 3 }] },
    ]);
  });

  it('gives none without disaggregated rows', () => {
    expect(at(rule('nombre', 'sum'), [v('Kayes', '2022-T1', 5)], '2022-T1')).toEqual([]);
  });
});

describe('breakdownsAt: what part of the actual a breakdown covers', () => {
  it('gives the part not broken down, and whose it is, when parts add up to the actual', () => {
    const values = [
      v('DGME', '2025-T2', 190, { disaggregation: 'sexe=F' }),
      v('DGME', '2025-T2', 270, { disaggregation: 'sexe=H' }),
      v('OIM', '2025-T2', 380),
    ];
    // Actual: DGME 190 + 270 = 460 (its parts, no total row) + OIM 380 = 840. By sex: F 190,
    // H 270, of 460; not broken down: 840 − 460 = 380, OIM's.
    expect(breakdownsAt(rule('nombre', 'sum'), values, p('2025-T2'), p, 840)).toEqual([
      {
        dimension: 'sexe',
        parts: [
          { value: 'F', actual: 190 },
          { value: 'H', actual: 270 },
        ],
        unallocated: 380,
        unallocatedEntities: ['OIM'],
      },
    ]);
  });

  it('gives 0 when every entity broke its values down', () => {
    const values = [
      v('DGME', '2025-T2', 190, { disaggregation: 'sexe=F' }),
      v('DGME', '2025-T2', 270, { disaggregation: 'sexe=H' }),
    ];
    expect(breakdownsAt(rule('nombre', 'sum'), values, p('2025-T2'), p, 460)[0].unallocated).toBe(0);
  });

  it('gives no figure for an average, whose parts do not add up, but still names who gave none', () => {
    const values = [v('DGME', '2025-T2', 40, { disaggregation: 'sexe=F' }), v('OIM', '2025-T2', 60)];
    expect(breakdownsAt(rule('%', 'last'), values, p('2025-T2'), p, 50)[0]).toMatchObject({
      unallocated: null,
      unallocatedEntities: ['OIM'],
    });
  });
});

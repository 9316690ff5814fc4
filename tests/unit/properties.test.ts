/**
 * Properties of the computation over generated inputs (fast-check, ≥ 300 runs each):
 * - no rate, clamped rate, roll-up or coverage is ever NaN or ±Infinity
 *   (docs/rules.md: "no figure is ever NaN or Infinity in any output");
 * - the rate never falls when an increasing indicator's actual rises, the clamped rate never
 *   rises when a decreasing indicator's actual rises;
 * - every roll-up lies within [0, ceiling];
 * - every period's canonical label parses back to the same period.
 *
 * Magnitudes are kept within what a plan holds (|x| ≤ 1e12, divisors ≥ 1e-3, weights ≤ 1e6):
 * beyond that, quotients overflow and are reported as null (see rollup.test.ts for the weights).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../src/compute/model.js';
import { makePeriod, type PeriodKind, parsePeriod } from '../../src/compute/periods.js';
import { achievementRate, clampRate, type RateInput } from '../../src/compute/rate.js';
import { coverage, weightedMean } from '../../src/compute/rollup.js';
import { DEFAULT_SETTINGS, type Indicator, type Plan, type ReportedValue } from '../../src/model/plan.js';

const RUNS = { numRuns: 300 };

const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
const realistic = fc.double({ min: -1e12, max: 1e12, noNaN: true });
const ceiling = fc.double({ min: 0.01, max: 100, noNaN: true });
const weight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true }));

const rateInput = (value: fc.Arbitrary<number>): fc.Arbitrary<RateInput> =>
  fc.record({
    actual: fc.option(value, { nil: null }),
    target: fc.option(value, { nil: null }),
    baseline: fc.option(value, { nil: null }),
    direction: fc.constantFrom('increase', 'decrease', 'maintain'),
    type: fc.constantFrom('quantitative', 'qualitative', 'milestone'),
    aggregation: fc.constantFrom('sum', 'last', 'mean', 'max'),
    scale: fc.option(fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }), { nil: null }),
    method: fc.constantFrom('auto', 'ratio', 'progression'),
  });

function isFiniteOrNull(x: number | null): boolean {
  return x === null || Number.isFinite(x);
}

describe('no NaN or Infinity', () => {
  it('gives a finite rate or none, with a reason when none, for any finite inputs', () => {
    fc.assert(
      fc.property(rateInput(anyFinite), ceiling, (input, c) => {
        const r = achievementRate(input, c);
        expect(isFiniteOrNull(r.rate)).toBe(true);
        if (r.rate === null) expect(r.reason).not.toBeNull();
        const clamped = clampRate(r.rate, c);
        expect(isFiniteOrNull(clamped)).toBe(true);
        if (clamped !== null) {
          expect(clamped).toBeGreaterThanOrEqual(0);
          expect(clamped).toBeLessThanOrEqual(c);
        }
      }),
      RUNS,
    );
  });

  it('gives a finite roll-up or none for any clamped rates and weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ input: rateInput(anyFinite), weight }), { maxLength: 12 }),
        ceiling,
        (items, c) => {
          const scored = items.map(({ input, weight: w }) => ({
            score: clampRate(achievementRate(input, c).rate, c),
            weight: w,
          }));
          expect(isFiniteOrNull(weightedMean(scored))).toBe(true);
          expect(isFiniteOrNull(clampRate(weightedMean(scored), c))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('gives a finite coverage within [0, 1] for any counts', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (a, b) => {
        const [withData, count] = a <= b ? [a, b] : [b, a];
        const share = coverage(withData, count);
        expect(Number.isFinite(share)).toBe(true);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });
});

describe('monotonicity', () => {
  const sorted = fc.tuple(realistic, realistic).map(([x, y]): [number, number] => (x <= y ? [x, y] : [y, x]));

  it('never lowers the ratio of an increasing indicator when its actual rises (T > 0)', () => {
    fc.assert(
      fc.property(sorted, fc.double({ min: 1e-3, max: 1e12, noNaN: true }), ceiling, ([a1, a2], t, c) => {
        const base = {
          target: t,
          baseline: null,
          direction: 'increase',
          type: 'quantitative',
          aggregation: 'sum',
          scale: null,
          method: 'ratio',
        } as const;
        const r1 = achievementRate({ ...base, actual: a1 }, c).rate;
        const r2 = achievementRate({ ...base, actual: a2 }, c).rate;
        expect(r1).not.toBeNull();
        expect(r2).not.toBeNull();
        expect(r1 as number).toBeLessThanOrEqual(r2 as number);
      }),
      RUNS,
    );
  });

  it('never lowers the progression of an increasing indicator when its actual rises (T > B ≥ 0)', () => {
    fc.assert(
      fc.property(
        sorted,
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e12, noNaN: true }),
        ceiling,
        ([a1, a2], b, gap, c) => {
          const t = b + gap;
          fc.pre(t > b);
          const base = {
            target: t,
            baseline: b,
            direction: 'increase',
            type: 'quantitative',
            aggregation: 'last',
            scale: null,
            method: 'progression',
          } as const;
          const r1 = achievementRate({ ...base, actual: a1 }, c);
          const r2 = achievementRate({ ...base, actual: a2 }, c);
          expect(r1.method).toBe('progression');
          expect(r1.rate as number).toBeLessThanOrEqual(r2.rate as number);
        },
      ),
      RUNS,
    );
  });

  it('never raises the clamped ratio of a decreasing indicator when its actual rises (A, T ≥ 0)', () => {
    const actual = fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e12, noNaN: true }));
    fc.assert(
      fc.property(actual, actual, fc.double({ min: 0, max: 1e12, noNaN: true }), ceiling, (x, y, t, c) => {
        const [a1, a2] = x <= y ? [x, y] : [y, x];
        const base = {
          target: t,
          baseline: null,
          direction: 'decrease',
          type: 'quantitative',
          aggregation: 'sum',
          scale: null,
          method: 'ratio',
        } as const;
        const r1 = clampRate(achievementRate({ ...base, actual: a1 }, c).rate, c);
        const r2 = clampRate(achievementRate({ ...base, actual: a2 }, c).rate, c);
        expect(r1).not.toBeNull();
        expect(r2).not.toBeNull();
        expect(r1 as number).toBeGreaterThanOrEqual(r2 as number);
      }),
      RUNS,
    );
  });

  it('never raises the clamped progression of a decreasing indicator when its actual rises (B ≥ T)', () => {
    fc.assert(
      fc.property(
        sorted,
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e12, noNaN: true })),
        ceiling,
        ([a1, a2], t, gap, c) => {
          const b = t + gap;
          const base = {
            target: t,
            baseline: b,
            direction: 'decrease',
            type: 'quantitative',
            aggregation: 'last',
            scale: null,
            method: 'progression',
          } as const;
          const r1 = clampRate(achievementRate({ ...base, actual: a1 }, c).rate, c);
          const r2 = clampRate(achievementRate({ ...base, actual: a2 }, c).rate, c);
          expect(r1 as number).toBeGreaterThanOrEqual(r2 as number);
        },
      ),
      RUNS,
    );
  });
});

describe('roll-ups within [0, ceiling]', () => {
  const code = (prefix: string, n: number) => `${prefix}${n}`;

  const planArb = fc
    .record({
      axisWeights: fc.array(weight, { minLength: 1, maxLength: 3 }),
      resultAxes: fc.array(fc.tuple(fc.nat(2), weight), { minLength: 0, maxLength: 4 }),
      indicators: fc.array(
        fc.record({
          owner: fc.nat(6),
          direction: fc.constantFrom('increase', 'decrease', 'maintain'),
          type: fc.constantFrom('quantitative', 'quantitative', 'milestone', 'qualitative'),
          aggregation: fc.constantFrom('sum', 'last', 'mean', 'max'),
          targetType: fc.constantFrom('annual', 'cumulative'),
          method: fc.constantFrom(null, 'auto', 'ratio', 'progression'),
          unit: fc.constantFrom('nombre', '%', 'jours', 'FCFA'),
          baseline: fc.option(realistic, { nil: null }),
          target: fc.option(realistic, { nil: null }),
          weight,
          values: fc.array(
            fc.tuple(
              fc.constantFrom('Kayes', 'Gao'),
              fc.constantFrom('2022-T1', '2022-T3', '2022', '2023-T1'),
              realistic,
            ),
            {
              maxLength: 4,
            },
          ),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      ceiling,
    })
    .map(({ axisWeights, resultAxes, indicators, ceiling: c }) => {
      const axes = axisWeights.map((w, i) => ({ code: code('A', i), label: '', weight: w }));
      const results = resultAxes.map(([a, w], i) => ({
        code: code('R', i),
        axis: code('A', a % axes.length),
        label: '',
        level: null,
        weight: w,
      }));
      const values: ReportedValue[] = [];
      const inds: Indicator[] = indicators.map((g, i) => {
        const result = g.owner < results.length ? results[g.owner] : null;
        for (const [entity, period, value] of g.values) {
          values.push({
            indicator: code('I', i),
            entity,
            period,
            value,
            numerator: null,
            denominator: null,
            disaggregation: '',
            file: 'd.xlsx',
            sheet: 'Valeurs',
            cell: `C${values.length + 2}`,
          });
        }
        return {
          code: code('I', i),
          axis: result ? result.axis : code('A', g.owner % axes.length),
          result: result ? result.code : null,
          label: '',
          unit: g.unit,
          type: g.type,
          direction: g.direction,
          aggregation: g.aggregation,
          entityAggregation: null,
          targetType: g.targetType,
          method: g.method,
          baseline: g.baseline,
          baselineYear: null,
          targets: (g.target === null ? {} : { '2022': g.target }) as Record<string, number>,
          periodTargets: {},
          finalTarget: null,
          frequency: null,
          responsible: [],
          disaggregations: [],
          source: null,
          weight: g.weight,
          scale: null,
          at: { file: 'plan.xlsx', sheet: 'Indicateurs', cell: `A${i + 2}` },
        };
      });
      const plan: Plan = {
        file: 'plan.xlsx',
        settings: { ...DEFAULT_SETTINGS, startYear: 2022, endYear: 2023, ceiling: c },
        axes,
        results,
        indicators: inds,
        activities: [],
      };
      return { plan, values };
    });

  it('keeps every result, axis and plan rate within [0, ceiling] and every coverage within [0, 1]', () => {
    const period = parsePeriod('2022-T4');
    if (!period) throw new Error('period');
    fc.assert(
      fc.property(planArb, ({ plan, values }) => {
        const report = computeReport({
          plan,
          values,
          activities: [],
          submissions: [],
          period,
          lang: 'fr',
          issues: [],
          sources: [],
          tool: { name: 'ponam', version: 'test' },
          generatedAt: null,
        });
        const c = plan.settings.ceiling;
        for (const item of [...report.results, ...report.axes, report.plan]) {
          expect(isFiniteOrNull(item.rate)).toBe(true);
          if (item.rate !== null) {
            expect(item.rate).toBeGreaterThanOrEqual(0);
            expect(item.rate).toBeLessThanOrEqual(c);
          }
          expect(Number.isFinite(item.coverage)).toBe(true);
          expect(item.coverage).toBeGreaterThanOrEqual(0);
          expect(item.coverage).toBeLessThanOrEqual(1);
        }
        for (const i of report.indicators) {
          expect(isFiniteOrNull(i.rate)).toBe(true);
          expect(isFiniteOrNull(i.rateClamped)).toBe(true);
          expect(isFiniteOrNull(i.actual)).toBe(true);
          if (i.rateClamped !== null) {
            expect(i.rateClamped).toBeGreaterThanOrEqual(0);
            expect(i.rateClamped).toBeLessThanOrEqual(c);
          }
          for (const t of i.trend) expect(isFiniteOrNull(t.actual)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('keeps a weighted mean of scores within [0, ceiling] inside [0, ceiling]', () => {
    fc.assert(
      fc.property(
        ceiling,
        fc.array(fc.tuple(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), weight), {
          maxLength: 12,
        }),
        (c, items) => {
          const mean = clampRate(
            weightedMean(items.map(([s, w]) => ({ score: s === null ? null : s * c, weight: w }))),
            c,
          );
          if (mean !== null) {
            expect(mean).toBeGreaterThanOrEqual(0);
            expect(mean).toBeLessThanOrEqual(c);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('periods', () => {
  const MAX: Record<PeriodKind, number> = { quarter: 4, semester: 2, month: 12, year: 1 };
  const period = fc
    .tuple(
      fc.constantFrom<PeriodKind>('quarter', 'semester', 'month', 'year'),
      fc.integer({ min: 1900, max: 2200 }),
      fc.nat(),
    )
    .map(([kind, year, n]) => makePeriod(kind, year, (n % MAX[kind]) + 1));

  it('parses every canonical label back to its period', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(p.label)).toEqual(p);
      }),
      RUNS,
    );
  });

  it('parses every accepted spelling of a quarter to the same period', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 4 }), (year, q) => {
        const expected = makePeriod('quarter', year, q);
        for (const text of [`${year}-T${q}`, `${year}-Q${q}`, `T${q} ${year}`, `${year} T${q}`]) {
          expect(parsePeriod(text)).toEqual(expected);
        }
      }),
      RUNS,
    );
  });
});

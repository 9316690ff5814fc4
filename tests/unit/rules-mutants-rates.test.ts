/**
 * Edge cases of the rate, target, roll-up and status rules (docs/rules.md) that the
 * main unit tests leave open: each test pins one defined result — an exact rate with its method
 * and reason, a target and where it came from, a weighted mean — that a slip in the rule would
 * change. Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { combine, percentOf } from '../../src/compute/fractions.js';
import { indicatorAt } from '../../src/compute/indicator.js';
import { periodResolver } from '../../src/compute/model.js';
import { achievementRate, type RateInput } from '../../src/compute/rate.js';
import { weightedMean } from '../../src/compute/rollup.js';
import { asFraction, indicatorStatus, STATUSES, statusOf } from '../../src/compute/status.js';
import { type TargetFields, targetAt, yearTarget } from '../../src/compute/target.js';
import { DEFAULT_SETTINGS, type Indicator, type ReportedValue } from '../../src/model/plan.js';
import { indicator as indicatorOf, p, rateInput } from '../helpers/compute.js';

function rate(more: Partial<RateInput>, ceiling = 1) {
  return achievementRate(rateInput(more), ceiling);
}

describe('achievement rate: the cases with a stated reason', () => {
  it('maintains a target of 0 held at 0 (100 %), and names the method', () => {
    // A ≥ T: 1, whatever T is; T = 0 must not fall into the "T > 0" branch.
    expect(rate({ direction: 'maintain', actual: 0, target: 0 })).toEqual({
      rate: 1,
      method: 'maintain',
      reason: null,
    });
    // A negative level held exactly at its negative target is maintained too.
    expect(rate({ direction: 'maintain', actual: -5, target: -5 }).rate).toBe(1);
    // Below a positive target: A / T = 30 / 40.
    expect(rate({ direction: 'maintain', actual: 30, target: 40 })).toEqual({
      rate: 0.75,
      method: 'maintain',
      reason: null,
    });
  });

  it('has no ratio for an increasing indicator with a negative target (negative-value)', () => {
    expect(rate({ method: 'ratio', actual: 10, target: -20 })).toEqual({
      rate: null,
      method: 'ratio',
      reason: 'negative-value',
    });
  });

  it('gives a milestone expected at stage 0 (or below) no rate: not due, never done', () => {
    expect(rate({ type: 'milestone', actual: 0, target: 0 })).toEqual({
      rate: null,
      method: null,
      reason: 'not-due',
    });
    expect(rate({ type: 'qualitative', actual: 1, target: -1 }).reason).toBe('not-due');
    // the smallest stage above 0 is due: 1 / 0.5 = 2
    expect(rate({ type: 'qualitative', actual: 1, target: 0.5 })).toEqual({
      rate: 2,
      method: 'milestone',
      reason: null,
    });
  });

  it('counts a target equal to the baseline as reached when the actual equals it (T = B = A)', () => {
    const flat = { method: 'progression', baseline: 50, target: 50 } as const;
    expect(rate({ ...flat, actual: 50 })).toEqual({
      rate: 1,
      method: 'progression',
      reason: 'target-equals-baseline',
    });
    expect(rate({ ...flat, actual: 50, direction: 'decrease' }).rate).toBe(1);
    expect(rate({ ...flat, actual: 49 }).rate).toBe(0);
  });

  it('gives no rate, with the reason not-computable, when the division overflows', () => {
    // 1e308 / 1e-308 = Infinity: never Infinity in a report.
    expect(rate({ method: 'ratio', actual: 1e308, target: 1e-308 })).toEqual({
      rate: null,
      method: 'ratio',
      reason: 'not-computable',
    });
  });
});

describe('status bands', () => {
  it('lists the bands highest first, then no data, then not due: the order legends and counts follow', () => {
    expect(STATUSES).toEqual(['on-track', 'behind', 'critical', 'no-data', 'not-due']);
    // Each band is the status of some rate, in that order; not-due is a milestone's, by its reason.
    const t = { onTrack: 0.8, behind: 0.5 };
    expect([0.9, 0.6, 0.1, null].map((r) => statusOf(r, t))).toEqual(STATUSES.slice(0, 4));
    expect(indicatorStatus({ rate: null, reason: 'not-due' }, t)).toBe('not-due');
    expect(indicatorStatus({ rate: null, reason: 'no-target' }, t)).toBe('no-data');
    expect(indicatorStatus({ rate: 0.85, reason: null }, t)).toBe('on-track');
  });

  it('reads thresholds above 2 as percentage points and up to 2 as fractions', () => {
    expect(asFraction(80)).toBe(0.8);
    expect(asFraction(2.5)).toBe(0.025);
    expect(asFraction(0.8)).toBe(0.8);
    // A ceiling of 2 is 200 %, not 2 %.
    expect(asFraction(2)).toBe(2);
    expect(asFraction(150)).toBe(1.5);
  });
});

describe('fractions add up only when every part gives both', () => {
  it('averages the figures when one part has no numerator nor denominator', () => {
    // (25 + 50) / 2 = 37.5; the one 30 / 120 does not make the whole a ratio.
    expect(
      combine(
        [
          { value: 25, numerator: 30, denominator: 120 },
          { value: 50, numerator: null, denominator: null },
        ],
        'mean',
      ),
    ).toEqual({ value: 37.5, numerator: null, denominator: null });
  });

  it('averages the figures when a part gives only its numerator, or only its denominator', () => {
    const whole = { value: 50, numerator: 10, denominator: 20 };
    for (const half of [
      { value: 25, numerator: 30, denominator: null },
      { value: 25, numerator: null, denominator: 120 },
    ]) {
      expect(combine([half, whole], 'mean')).toEqual({ value: 37.5, numerator: null, denominator: null });
    }
  });

  it('has no percentage over a zero denominator', () => {
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(5, 0)).toBeNull();
    expect(percentOf(30, 120)).toBe(25);
  });
});

describe('weighted means leave out what cannot be weighed', () => {
  it('leaves out a score that is not a number', () => {
    expect(
      weightedMean([
        { score: Number.NaN, weight: 1 },
        { score: 0.5, weight: 1 },
      ]),
    ).toBe(0.5);
  });

  it('leaves out an item of negative weight', () => {
    // Counted, the −1 would cancel the 1: (−0.2 + 0.8) / 0.
    expect(
      weightedMean([
        { score: 0.2, weight: -1 },
        { score: 0.8, weight: 1 },
      ]),
    ).toBe(0.8);
  });

  it('weighs weights far apart without overflowing', () => {
    // (0.2 × 1e-300 + 0.8 × 1e300) / (1e-300 + 1e300) = 0.8 to 600 digits.
    expect(
      weightedMean([
        { score: 0.2, weight: 1e-300 },
        { score: 0.8, weight: 1e300 },
      ]),
    ).toBe(0.8);
  });
});

function fields(more: Partial<TargetFields>): TargetFields {
  return {
    targets: {},
    periodTargets: {},
    targetType: 'annual',
    aggregation: 'sum',
    type: 'quantitative',
    finalTarget: null,
    baseline: null,
    ...more,
  };
}

describe('targets: the cases the main tests leave open', () => {
  it('holds a staged milestone at its latest yearly target after the last one', () => {
    const staged = fields({ type: 'milestone', aggregation: 'last', targets: { '2021': 1, '2022': 3 } });
    // Due stage 1 in 2021, stage 3 in 2022: in 2024 stage 3 still holds.
    expect(yearTarget(staged, 2024, 2021)).toBe(3);
    // Before 2021 nothing has fallen due: the baseline (none) → 0.
    expect(yearTarget(staged, 2020, 2021)).toBe(0);
    expect(yearTarget({ ...staged, baseline: 1 }, 2020, 2021)).toBe(1);
  });

  it('adds up only the sub-year columns of P’s own kind', () => {
    const flow = fields({
      targets: { '2022': 100 },
      periodTargets: { '2023-S1': 999, '2023-T1': 30, '2023-T2': 40 },
    });
    // Earlier years (100) + 2023-T1 (30) + 2023-T2 (40); the semester column is another spelling.
    expect(targetAt(flow, p('2023-T2'), 2022)).toEqual({
      value: 170,
      source: 'period',
      elapsedShare: null,
      from: null,
      year: 100,
      period: '2023-T2',
    });
  });

  it('calls T_Y of a flow summed from earlier years a year target, not a final one', () => {
    const flow = fields({ targets: { '2022': 100 } });
    // T_2023 = 100 (2022's column; 2023 has none), read at a P that ends the year.
    expect(targetAt(flow, p('2023-T4'), 2022)).toEqual({
      value: 100,
      source: 'year',
      elapsedShare: null,
      from: null,
      year: 100,
      period: '2023',
    });
  });

  it('never uses a milestone’s final target for lack of yearly ones: no target at P', () => {
    const milestone = fields({ type: 'milestone', aggregation: 'last', finalTarget: 1 });
    expect(targetAt(milestone, p('2022-T2'), 2021).value).toBeNull();
    expect(targetAt(milestone, p('2022-T4'), 2021, 'year').value).toBeNull();
  });

  it('has no target at P when pro-rating overflows (absurd inputs)', () => {
    const level = fields({
      aggregation: 'last',
      targetType: 'cumulative',
      targets: { '2022': 1e308, '2023': -1e308 },
    });
    // 1e308 + 0.5 × (−1e308 − 1e308) = −Infinity: no target rather than a non-finite one.
    expect(targetAt(level, p('2023-T2'), 2022)).toEqual({
      value: null,
      source: null,
      elapsedShare: null,
      from: null,
      year: null,
      period: null,
    });
  });
});

const _at = { file: 'plan.xlsx', sheet: 'Indicateurs', cell: 'A2' };

function indicator(more: Partial<Indicator>): Indicator {
  return indicatorOf('I1', more);
}

function value(period: string, v: number): ReportedValue {
  return {
    indicator: 'I1',
    entity: 'Kayes',
    period,
    value: v,
    numerator: null,
    denominator: null,
    disaggregation: '',
    file: 'Kayes.xlsx',
    sheet: 'Valeurs',
    cell: 'B2',
  };
}

describe('an indicator’s rates against P, the year and the final target', () => {
  const settings = {
    method: DEFAULT_SETTINGS.method,
    thresholds: { onTrack: 0.8, behind: 0.5 },
    ceiling: 1,
    startYear: 2022,
    targetBasis: 'pace' as const,
  };

  it('rates a pro-rated P against its share of the year, and the year against T_Y', () => {
    const f = indicatorAt(
      indicator({}),
      [value('2022-T1', 30)],
      p('2022-T2'),
      periodResolver(),
      settings,
      100,
    );
    // Target at 2022-T2: 0 + 6/12 × 100 = 50; 30 / 50 = 60 % (behind); against T_2022: 30 / 100.
    expect(f.target).toMatchObject({ value: 50, source: 'prorated', year: 100 });
    expect(f.rate.rate).toBe(0.6);
    expect(f.rateYear).toBe(0.3);
    expect(f.rateFinal).toBe(0.3);
    expect(f.status).toBe('behind');
  });

  it('rates a P with its own column against it, and the year against T_Y', () => {
    const ind = indicator({
      aggregation: 'last',
      targetType: 'cumulative',
      periodTargets: { '2022-T2': 40 },
    });
    const f = indicatorAt(ind, [value('2022-T2', 30)], p('2022-T2'), periodResolver(), settings, 100);
    // 30 / 40 = 75 %; 30 / 100 = 30 %.
    expect(f.target).toMatchObject({ value: 40, source: 'period', year: 100 });
    expect(f.rate.rate).toBe(0.75);
    expect(f.rateYear).toBe(0.3);
  });

  it('rates a P that ends the year against T_Y alone', () => {
    const f = indicatorAt(
      indicator({}),
      [value('2022-T4', 80)],
      p('2022-T4'),
      periodResolver(),
      settings,
      200,
    );
    expect(f.target).toMatchObject({ value: 100, source: 'year' });
    expect(f.rate.rate).toBe(0.8);
    expect(f.rateYear).toBe(0.8);
    expect(f.rateFinal).toBe(0.4);
    expect(f.rateClamped).toBe(0.8);
    expect(f.status).toBe('on-track');
  });
});

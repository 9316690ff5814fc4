/**
 * Roll-ups and status (docs/rules.md, "Roll-ups", "Coverage", "Status"): weighted means of the
 * items that have data (weights default to 1, a weight of 0 excludes an item), coverage beside the
 * rate; status ≥ 80 % on track, ≥ 50 % behind, below critical, no data: not reported; thresholds
 * configurable.
 */
import { describe, expect, it } from 'vitest';
import { coverage, type IndicatorScore, rollUp, weightedMean } from '../../src/compute/rollup.js';
import { countStatuses, statusOf } from '../../src/compute/status.js';

const DEFAULT = { onTrack: 0.8, behind: 0.5 };

describe('weightedMean', () => {
  it('is the plain mean with equal weights', () => {
    expect(
      weightedMean([
        { score: 0.5, weight: 1 },
        { score: 1, weight: 1 },
      ]),
    ).toBe(0.75);
  });

  it('weighs each item by its weight', () => {
    expect(
      weightedMean([
        { score: 0.2, weight: 1 },
        { score: 1, weight: 3 },
      ]),
    ).toBeCloseTo(0.8, 12);
  });

  it('leaves out an item of weight 0', () => {
    expect(
      weightedMean([
        { score: 0, weight: 0 },
        { score: 0.6, weight: 2 },
      ]),
    ).toBe(0.6);
  });

  it('leaves out items without data', () => {
    expect(
      weightedMean([
        { score: null, weight: 5 },
        { score: 0.4, weight: 1 },
      ]),
    ).toBe(0.4);
  });

  it('has no score when no item has data', () => {
    expect(
      weightedMean([
        { score: null, weight: 1 },
        { score: null, weight: 2 },
      ]),
    ).toBeNull();
  });

  it('has no score when every weight is 0, or for an empty list', () => {
    expect(weightedMean([{ score: 0.5, weight: 0 }])).toBeNull();
    expect(weightedMean([])).toBeNull();
  });

  it('counts a score of 0 as data', () => {
    expect(
      weightedMean([
        { score: 0, weight: 1 },
        { score: 1, weight: 1 },
      ]),
    ).toBe(0.5);
  });

  // docs/rules.md: "no figure is ever NaN or Infinity in any output". Weights are only checked to
  // be ≥ 0 and finite; two huge weights overflow the running sums (Infinity / Infinity = NaN).
  it('stays a number with huge but finite weights', () => {
    expect(
      weightedMean([
        { score: 1, weight: 1e308 },
        { score: 1, weight: 1e308 },
      ]),
    ).toBe(1);
  });
});

describe('coverage', () => {
  it('is the share of items with data', () => {
    expect(coverage(3, 4)).toBe(0.75);
    expect(coverage(0, 4)).toBe(0);
    expect(coverage(4, 4)).toBe(1);
  });

  it('is 0 for no items, not NaN', () => {
    expect(coverage(0, 0)).toBe(0);
  });
});

describe('statusOf', () => {
  it('is on track at exactly 80 %', () => {
    expect(statusOf(0.8, DEFAULT)).toBe('on-track');
  });

  it('is on track above 100 %', () => {
    expect(statusOf(1.7, DEFAULT)).toBe('on-track');
  });

  it('is behind just below 80 % and at exactly 50 %', () => {
    expect(statusOf(0.79, DEFAULT)).toBe('behind');
    expect(statusOf(0.5, DEFAULT)).toBe('behind');
  });

  it('is critical just below 50 %, at 0 and below', () => {
    expect(statusOf(0.49, DEFAULT)).toBe('critical');
    expect(statusOf(0, DEFAULT)).toBe('critical');
    expect(statusOf(-0.4, DEFAULT)).toBe('critical');
  });

  it('counts a rate that is 80 % up to floating-point noise as 80 %', () => {
    expect(statusOf(0.7 + 0.1, DEFAULT)).toBe('on-track');
    expect(statusOf(0.8 - 1e-12, DEFAULT)).toBe('on-track');
  });

  it('is no-data without a rate', () => {
    expect(statusOf(null, DEFAULT)).toBe('no-data');
  });

  it('follows custom thresholds', () => {
    const strict = { onTrack: 0.9, behind: 0.6 };
    expect(statusOf(0.85, strict)).toBe('behind');
    expect(statusOf(0.9, strict)).toBe('on-track');
    expect(statusOf(0.55, strict)).toBe('critical');
    expect(statusOf(0.6, strict)).toBe('behind');
    expect(statusOf(0.45, { onTrack: 0.7, behind: 0.4 })).toBe('behind');
  });
});

describe('countStatuses', () => {
  it('counts every status, with zero for the absent ones', () => {
    expect(countStatuses(['on-track', 'critical', 'on-track', 'no-data', 'not-due'])).toEqual({
      'on-track': 2,
      behind: 0,
      critical: 1,
      'no-data': 1,
      'not-due': 1,
    });
  });
});

describe('rollUp', () => {
  const score = (code: string, more: Partial<IndicatorScore>): IndicatorScore => ({
    code,
    axis: 'A1',
    result: 'R1',
    weight: 1,
    score: null,
    status: 'no-data',
    hasData: false,
    ...more,
  });
  const plan = { axes: [{ code: 'A1', weight: 1 }], results: [{ code: 'R1', axis: 'A1', weight: 1 }] };

  it('counts in the coverage an indicator reported but not rated (no target), and rates with the others', () => {
    const r = rollUp(
      plan,
      [
        score('I1', { score: 0.6, status: 'behind', hasData: true }),
        score('I2', { hasData: true }),
        score('I3', {}),
      ],
      { thresholds: DEFAULT, ceiling: 1 },
    );
    // Coverage: 2 of 3 reported (I2 has a value but no rate); rate: I1 alone, 0.6.
    expect(r.plan).toMatchObject({ coverage: 2 / 3, withData: 2, indicatorCount: 3, rate: 0.6 });
    expect(r.results.get('R1')).toMatchObject({ coverage: 2 / 3, rate: 0.6, status: 'behind' });
  });

  it('leaves a milestone not due out of the rate and of the coverage, counted in its own bucket', () => {
    const r = rollUp(
      plan,
      [
        score('I1', { score: 0.6, status: 'behind', hasData: true }),
        // a not-due milestone already oui: a value, but nothing was due
        score('I2', { status: 'not-due', hasData: true }),
        score('I3', { status: 'not-due' }),
        score('I4', {}),
      ],
      { thresholds: DEFAULT, ceiling: 1 },
    );
    // Due: I1 and I4; with data: I1 → coverage 1 / 2. Rate: I1 alone, 0.6.
    expect(r.plan).toMatchObject({
      rate: 0.6,
      coverage: 0.5,
      withData: 1,
      indicatorCount: 4,
      status: 'behind',
    });
    expect(r.plan.statusCounts).toEqual({
      'on-track': 0,
      behind: 1,
      critical: 0,
      'no-data': 1,
      'not-due': 2,
    });
  });

  it('leaves out a not-due indicator even if a score were given for it', () => {
    const r = rollUp(
      plan,
      [
        score('I1', { score: 0.6, status: 'behind', hasData: true }),
        score('I2', { score: 0, status: 'not-due' }),
      ],
      { thresholds: DEFAULT, ceiling: 1 },
    );
    // (0.6) alone, not (0.6 + 0) / 2 = 0.3
    expect(r.plan.rate).toBe(0.6);
  });

  it('calls a roll-up whose every indicator is not due `not-due`, with no rate and nothing to cover', () => {
    const r = rollUp(
      plan,
      [score('I1', { status: 'not-due', hasData: true }), score('I2', { status: 'not-due' })],
      {
        thresholds: DEFAULT,
        ceiling: 1,
      },
    );
    // 0 due → coverage 0 / 0, given as 0 (the convention of an empty list)
    expect(r.results.get('R1')).toMatchObject({ rate: null, status: 'not-due', coverage: 0, withData: 0 });
    expect(r.plan).toMatchObject({ rate: null, status: 'not-due' });
  });

  it('calls a roll-up with a due indicator missing its value `no-data`, not `not-due`', () => {
    const r = rollUp(plan, [score('I1', { status: 'not-due' }), score('I2', {})], {
      thresholds: DEFAULT,
      ceiling: 1,
    });
    expect(r.plan).toMatchObject({ rate: null, status: 'no-data', coverage: 0 });
  });

  it('counts indicators attached to an axis directly as one more result of weight 1', () => {
    const r = rollUp(
      plan,
      [
        score('I1', { score: 1, status: 'on-track', hasData: true }),
        score('I2', { result: null, score: 0.2, hasData: true, weight: 5 }),
        score('I3', { result: null, score: 0.4, hasData: true, weight: 5 }),
      ],
      { thresholds: DEFAULT, ceiling: 1 },
    );
    // R1 = 1; loose = (0.2 + 0.4) / 2 = 0.3, weight 1; axis = (1 + 0.3) / 2 = 0.65.
    expect(r.axes.get('A1')?.rate).toBeCloseTo(0.65, 12);
  });
});

describe('what a rate leaves out, and what the weights change', () => {
  const score = (code: string, more: Partial<IndicatorScore>): IndicatorScore => ({
    code,
    axis: 'A1',
    result: 'R1',
    weight: 1,
    score: null,
    status: 'no-data',
    hasData: false,
    ...more,
  });

  it('lists the indicators a rate leaves out, with the reason: no rate, or a weight of 0', () => {
    const plan = { axes: [{ code: 'A1', weight: 1 }], results: [{ code: 'R1', axis: 'A1', weight: 1 }] };
    const r = rollUp(
      plan,
      [
        score('I1', { score: 0.9, status: 'on-track', hasData: true }),
        score('I2', { reason: 'no-data' }),
        score('I3', { hasData: true, reason: 'no-target' }),
        score('I4', { score: 0.2, status: 'critical', hasData: true, weight: 0 }),
        score('I5', {}),
      ],
      { thresholds: DEFAULT, ceiling: 1 },
    );
    const leftOut = [
      { code: 'I2', reason: 'no-data' },
      { code: 'I3', reason: 'no-target' },
      { code: 'I4', reason: 'zero-weight' },
      { code: 'I5', reason: 'no-data' },
    ];
    // A1 "on track" at 90 %: I1 alone is counted.
    expect(r.axes.get('A1')).toMatchObject({ rate: 0.9, status: 'on-track', leftOut });
    expect(r.results.get('R1')?.leftOut).toEqual(leftOut);
    expect(r.plan.leftOut).toEqual(leftOut);
  });

  it('gives beside the plan’s weighted rate the plain mean of its axes', () => {
    const plan = {
      axes: [
        { code: 'A1', weight: 2 },
        { code: 'A2', weight: 1 },
        { code: 'A3', weight: 0 },
      ],
      results: [
        { code: 'R1', axis: 'A1', weight: 1 },
        { code: 'R2', axis: 'A2', weight: 1 },
        { code: 'R3', axis: 'A3', weight: 1 },
      ],
    };
    const r = rollUp(
      plan,
      [
        score('I1', { score: 0.9, hasData: true }),
        score('I2', { axis: 'A2', result: 'R2', score: 0.6, hasData: true }),
        score('I3', { axis: 'A3', result: 'R3', score: 0.1, hasData: true }),
      ],
      { thresholds: DEFAULT, ceiling: 1 },
    );
    // Weighted: (2 × 0.9 + 1 × 0.6) / 3 = 0.8; plain: (0.9 + 0.6) / 2 = 0.75 (A3's weight 0 still excludes it).
    expect(r.plan.rate).toBeCloseTo(0.8, 12);
    expect(r.plan.unweightedRate).toBeCloseTo(0.75, 12);
  });
});

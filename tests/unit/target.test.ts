/**
 * Targets (README, "Target of a year" and "Target at P"). T_Y: `cumulée` targets are read at Y;
 * `annuelle` targets of a `somme` indicator add up from the plan's first year to Y. At a P inside
 * a year: a sub-year column for P wins; a P that ends a year uses T_Y; otherwise the target is
 * pro-rated, T_{Y−1} + f × (T_Y − T_{Y−1}) with f = months elapsed / 12, starting from the baseline
 * (levels) or 0 (flows) before the first target. Milestones and stages are never pro-rated: they
 * fall due at the end of the period their column names, so inside a year the target due at the
 * last year end passed holds (the baseline, or 0 — nothing due — before the first); a year
 * without a column keeps the latest earlier one; with no dated column there is no target, never
 * the final one. `--target-basis year` always uses T_Y. Each expected value is computed by hand
 * in the comment beside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePeriod } from '../../src/compute/periods.js';
import { finalTarget, type TargetFields, targetAt, yearTarget } from '../../src/compute/target.js';
import { p } from '../helpers/compute.js';

function ind(more: Partial<TargetFields>): TargetFields {
  return {
    targets: { '2021': 100, '2022': 250, '2023': 400 },
    periodTargets: {},
    targetType: 'cumulative',
    aggregation: 'sum',
    type: 'quantitative',
    finalTarget: null,
    baseline: null,
    ...more,
  };
}

const flowAnnual = ind({ targetType: 'annual', aggregation: 'sum' });
const flowCumulative = ind({ targetType: 'cumulative', aggregation: 'sum' });
const level = (more: Partial<TargetFields> = {}) =>
  ind({ targetType: 'cumulative', aggregation: 'last', baseline: 40, ...more });

describe('yearTarget (T_Y)', () => {
  it('reads a cumulative target at Y', () => {
    expect(yearTarget(flowCumulative, 2022, 2021)).toBe(250);
    expect(yearTarget(flowCumulative, 2023, 2021)).toBe(400);
  });

  it('adds up the annual targets of a `somme` indicator from the first year to Y', () => {
    expect(yearTarget(flowAnnual, 2021, 2021)).toBe(100);
    // 100 + 250
    expect(yearTarget(flowAnnual, 2022, 2021)).toBe(350);
    // 100 + 250 + 400
    expect(yearTarget(flowAnnual, 2023, 2021)).toBe(750);
    expect(yearTarget(flowAnnual, 2022, null)).toBe(350);
  });

  it.each(['last', 'mean', 'max'] as const)('reads the annual target of a `%s` level at Y', (aggregation) => {
    expect(yearTarget(ind({ targetType: 'annual', aggregation }), 2022, 2021)).toBe(250);
  });

  it('has none for a year without a target, nor for an indicator without targets', () => {
    expect(yearTarget(flowCumulative, 2024, 2021)).toBeNull();
    expect(yearTarget(flowAnnual, 2020, 2020)).toBeNull();
    expect(yearTarget(ind({ targets: {} }), 2022, 2021)).toBeNull();
    expect(yearTarget(ind({ targets: { '2024': 10 }, finalTarget: 10 }), 2022, 2021)).toBeNull();
  });

  it('never holds a milestone to its final target when it has no yearly target', () => {
    const milestone = ind({ type: 'milestone', targets: {}, finalTarget: 1, aggregation: 'last' });
    expect(yearTarget(milestone, 2021, 2021)).toBeNull();
    expect(yearTarget(milestone, 2023, 2021)).toBeNull();
  });

  it('makes nothing due before a milestone’s first yearly target (0), and keeps the last one after', () => {
    const milestone = ind({ type: 'milestone', targets: { '2022': 1 }, finalTarget: 1, aggregation: 'last' });
    // before 2022's column falls due: the baseline, here none → 0, nothing due
    expect(yearTarget(milestone, 2021, 2020)).toBe(0);
    expect(yearTarget(milestone, 2022, 2020)).toBe(1);
    // 2024 has no column: 2022's oui, due since, still holds
    expect(yearTarget(milestone, 2024, 2020)).toBe(1);
  });

  it('reads a milestone planned `non` (0) as its target that year, and never adds its columns up', () => {
    // a `somme` + `annuelle` milestone would add 0 + 1 + 1 = 2: a milestone is never a flow
    const written = ind({
      type: 'milestone',
      aggregation: 'sum',
      targetType: 'annual',
      targets: { '2022': 0, '2023': 1, '2024': 1 },
    });
    expect(yearTarget(written, 2022, 2022)).toBe(0);
    expect(yearTarget(written, 2023, 2022)).toBe(1);
    expect(yearTarget(written, 2024, 2022)).toBe(1);
  });
});

describe('targetAt: a period that ends a year uses T_Y', () => {
  it.each(['2022-T4', '2022-S2', '2022-12', '2022'])('at %s', (label) => {
    const t = targetAt(flowAnnual, p(label), 2021);
    // T_2022 = 100 + 250
    expect(t).toEqual({
      value: 350,
      source: 'year',
      elapsedShare: null,
      from: null,
      year: 350,
      period: '2022',
    });
  });
});

describe('targetAt: pro-rated inside a year', () => {
  it('adds f × this year’s column to the earlier years of a flow with annual targets', () => {
    // 100 (2021) + 3/12 × 250 = 162.5
    expect(targetAt(flowAnnual, p('2022-T1'), 2021)).toEqual({
      value: 162.5,
      source: 'prorated',
      elapsedShare: 0.25,
      from: 100,
      year: 350,
      period: null,
    });
    // 100 + 6/12 × 250 = 225
    expect(targetAt(flowAnnual, p('2022-S1'), 2021).value).toBe(225);
    // 100 + 9/12 × 250 = 287.5
    expect(targetAt(flowAnnual, p('2022-T3'), 2021).value).toBe(287.5);
    // 100 + 5/12 × 250 = 204.1666…
    expect(targetAt(flowAnnual, p('2022-05'), 2021).value).toBeCloseTo(204.1666667, 6);
  });

  it('starts a flow from 0 in the plan’s first year', () => {
    // 0 + 3/12 × 100 = 25
    expect(targetAt(flowAnnual, p('2021-T1'), 2021)).toMatchObject({ value: 25, from: 0, year: 100 });
    // cumulative flow: 0 + 6/12 × 100 = 50
    expect(targetAt(flowCumulative, p('2021-S1'), 2021)).toMatchObject({ value: 50, from: 0 });
  });

  it('goes linearly from the previous year’s cumulative target', () => {
    // 250 + 3/12 × (400 − 250) = 287.5
    expect(targetAt(flowCumulative, p('2023-T1'), 2021)).toMatchObject({
      value: 287.5,
      from: 250,
      year: 400,
    });
  });

  it('starts a level from its baseline before the first target', () => {
    // 40 + 3/12 × (100 − 40) = 55
    expect(targetAt(level(), p('2021-T1'), 2021)).toMatchObject({ value: 55, from: 40, source: 'prorated' });
    // 100 + 6/12 × (250 − 100) = 175
    expect(targetAt(level(), p('2022-S1'), 2021)).toMatchObject({ value: 175, from: 100 });
  });

  it('pro-rates a decreasing level downward', () => {
    // 30 + 6/12 × (10 − 30) = 20
    const days = level({ baseline: 30, targets: { '2022': 10 } });
    expect(targetAt(days, p('2022-S1'), 2022).value).toBe(20);
  });

  it('uses the latest earlier target when the year before has none', () => {
    // from 2021's 100: 100 + 3/12 × (400 − 100) = 175
    const gap = level({ targets: { '2021': 100, '2023': 400 } });
    expect(targetAt(gap, p('2023-T1'), 2021)).toMatchObject({ value: 175, from: 100 });
  });

  it('judges a level without a baseline or an earlier target against the year’s target', () => {
    const noBase = level({ baseline: null });
    expect(targetAt(noBase, p('2021-T2'), 2021)).toMatchObject({
      value: 100,
      source: 'year',
      elapsedShare: null,
    });
  });

  it('has no target at P when the year has none', () => {
    expect(targetAt(flowCumulative, p('2024-T2'), 2021)).toMatchObject({ value: null, source: null });
    // only a final target: no target at P (reason no-target in the rate)
    expect(targetAt(ind({ targets: {}, finalTarget: 500 }), p('2022-T2'), 2021).value).toBeNull();
  });
});

describe('targetAt: a target written for P wins', () => {
  it('reads a level’s sub-year column as the level expected at its end', () => {
    const t = level({ periodTargets: { '2022-T1': 130 } });
    expect(targetAt(t, p('2022-T1'), 2021)).toEqual({
      value: 130,
      source: 'period',
      elapsedShare: null,
      from: null,
      year: 250,
      period: '2022-T1',
    });
  });

  it('adds a flow’s quarterly columns of the year up to P to the earlier years', () => {
    const t = ind({
      targetType: 'annual',
      aggregation: 'sum',
      periodTargets: { '2022-T1': 40, '2022-T2': 60, '2022-S1': 90 },
    });
    // 100 (2021) + 40
    expect(targetAt(t, p('2022-T1'), 2021).value).toBe(140);
    // 100 + 40 + 60
    expect(targetAt(t, p('2022-T2'), 2021).value).toBe(200);
    // 100 + 90 (semester columns add up among themselves)
    expect(targetAt(t, p('2022-S1'), 2021).value).toBe(190);
    // no column for T3: pro-rated, 100 + 9/12 × 250 = 287.5
    expect(targetAt(t, p('2022-T3'), 2021)).toMatchObject({ value: 287.5, source: 'prorated' });
  });

  it('reads a cumulative flow’s sub-year column as the level at its end', () => {
    const t = ind({ targetType: 'cumulative', aggregation: 'sum', periodTargets: { '2022-03': 150 } });
    expect(targetAt(t, p('2022-03'), 2021).value).toBe(150);
  });
});

describe('targetAt: milestones and stages are never pro-rated', () => {
  // The usual logframe milestone: `Cible 2022: non`, `Cible 2023: oui`, `Cible 2024: oui`, plan
  // 2022-2024, baseline `non`.
  const law = ind({
    type: 'milestone',
    aggregation: 'last',
    baseline: 0,
    targets: { '2022': 0, '2023': 1, '2024': 1 },
    finalTarget: 1,
  });

  it('is not due (target 0) at 2022-T4, where the plan says `non`', () => {
    expect(targetAt(law, p('2022-T4'), 2022)).toEqual({
      value: 0,
      source: 'year',
      elapsedShare: null,
      from: null,
      year: 0,
      period: '2022',
    });
  });

  it('is not due at 2023-T1, T2, T3 and 2023-S1: the target due at the last year end passed, 2022’s non', () => {
    for (const label of ['2023-T1', '2023-T2', '2023-T3', '2023-S1', '2023-11'])
      expect(targetAt(law, p(label), 2022), label).toEqual({
        value: 0,
        source: 'due',
        elapsedShare: null,
        from: null,
        // T_2023 = oui, beside it
        year: 1,
        period: '2022',
      });
  });

  it('falls due at 2023-T4 (and 2023-S2, 2023-12, 2023): 2023’s oui', () => {
    for (const label of ['2023-T4', '2023-S2', '2023-12', '2023'])
      expect(targetAt(law, p(label), 2022), label).toMatchObject({
        value: 1,
        source: 'year',
        period: '2023',
      });
  });

  it('stays due inside the next year: at 2024-T2 the target due is 2023’s oui', () => {
    expect(targetAt(law, p('2024-T2'), 2022)).toMatchObject({
      value: 1,
      source: 'due',
      period: '2023',
      year: 1,
    });
  });

  it('holds a P inside the plan’s first year to the baseline: nothing has fallen due yet', () => {
    // 2022-T2: no column has ended by June 2022 → the baseline, non (0)
    expect(targetAt(law, p('2022-T2'), 2022)).toMatchObject({ value: 0, source: 'due', period: null });
    // without a baseline, 0 all the same: nothing is due
    expect(targetAt({ ...law, baseline: null }, p('2022-T2'), 2022)).toMatchObject({
      value: 0,
      period: null,
    });
  });

  it('makes a blank year before the first column not due, with or without a baseline', () => {
    // `Cible 2022` blank, `Cible 2023: oui` (the blank cell once rated 0 % against the final oui)
    const blank = ind({ type: 'milestone', aggregation: 'last', targets: { '2023': 1 }, finalTarget: 1 });
    expect(targetAt(blank, p('2022-T4'), 2022)).toMatchObject({
      value: 0,
      source: 'due',
      period: null,
      year: 0,
    });
    expect(targetAt(blank, p('2023-T4'), 2022)).toMatchObject({ value: 1, source: 'year' });
  });

  it('keeps the latest earlier column for a year without one (2022 oui, 2023 blank → oui at 2023-T4)', () => {
    const early = ind({ type: 'milestone', aggregation: 'last', targets: { '2022': 1 } });
    expect(targetAt(early, p('2023-T4'), 2022)).toMatchObject({
      value: 1,
      source: 'due',
      period: '2022',
      year: 1,
    });
  });

  it('has no target at P with only a final target: never held to the final target', () => {
    const final = ind({ type: 'milestone', targets: {}, finalTarget: 1, aggregation: 'last' });
    for (const label of ['2022-T1', '2022-T4', '2024'])
      expect(targetAt(final, p(label), 2021), label).toEqual({
        value: null,
        source: null,
        elapsedShare: null,
        from: null,
        year: null,
        period: null,
      });
  });

  it('reads a sub-year column for P itself, and holds it once it has ended', () => {
    const half = ind({ ...law, periodTargets: { '2023-S1': 1 } });
    // due at the end of June 2023: at 2023-S1 and 2023-T2 (both end in June) its own column holds
    expect(targetAt(half, p('2023-S1'), 2022)).toMatchObject({
      value: 1,
      source: 'period',
      period: '2023-S1',
    });
    expect(targetAt(half, p('2023-T2'), 2022)).toMatchObject({ value: 1, source: 'due', period: '2023-S1' });
    // at 2023-T3 the S1 column, ended in June, is the latest due; at 2023-T1 nothing new: 2022's non
    expect(targetAt(half, p('2023-T3'), 2022)).toMatchObject({ value: 1, source: 'due', period: '2023-S1' });
    expect(targetAt(half, p('2023-T1'), 2022)).toMatchObject({ value: 0, source: 'due', period: '2022' });
  });

  it('prefers P’s own column to its year’s when both end with P (2023-T4 column and 2023)', () => {
    const both = ind({ ...law, targets: { '2022': 0, '2023': 2 }, periodTargets: { '2023-T4': 1 } });
    expect(targetAt(both, p('2023-T4'), 2022)).toMatchObject({
      value: 1,
      source: 'period',
      period: '2023-T4',
    });
    // and the year's column over a sub-year one of another kind that ends with it, at the year
    expect(targetAt(both, p('2023'), 2022)).toMatchObject({ value: 2, source: 'year', period: '2023' });
  });

  it('uses T_Y with the `year` basis: 2023’s oui already at 2023-T1', () => {
    expect(targetAt(law, p('2023-T1'), 2022, 'year')).toMatchObject({
      value: 1,
      source: 'year',
      period: '2023',
    });
    expect(targetAt(law, p('2022-T1'), 2022, 'year')).toMatchObject({
      value: 0,
      source: 'year',
      period: '2022',
    });
  });

  it('holds a staged qualitative indicator to the stage due at the last year end passed', () => {
    const staged = ind({ type: 'qualitative', targets: { '2022': 3 }, aggregation: 'last', baseline: 1 });
    // 2022-T2, the plan's first year: nothing has fallen due, the baseline stage 1 stands
    expect(targetAt(staged, p('2022-T2'), 2021)).toMatchObject({
      value: 1,
      source: 'due',
      period: null,
      year: 3,
    });
    // 2022-T4: stage 3 falls due
    expect(targetAt(staged, p('2022-T4'), 2021)).toMatchObject({ value: 3, source: 'year' });
  });

  it('uses the whole year’s target with the `year` basis, sub-year columns unused', () => {
    const t = ind({ targetType: 'annual', aggregation: 'sum', periodTargets: { '2022-T1': 40 } });
    expect(targetAt(t, p('2022-T1'), 2021, 'year')).toMatchObject({ value: 350, source: 'year' });
    expect(targetAt(level(), p('2022-T1'), 2021, 'year')).toMatchObject({ value: 250, source: 'year' });
  });
});

describe('targetAt properties', () => {
  const years = fc.integer({ min: 2020, max: 2030 });
  const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const indicator = fc.record({
    aggregation: fc.constantFrom('sum', 'last', 'mean', 'max') as fc.Arbitrary<TargetFields['aggregation']>,
    targetType: fc.constantFrom('annual', 'cumulative') as fc.Arbitrary<TargetFields['targetType']>,
    baseline: fc.option(amount, { nil: null }),
    previous: fc.option(amount, { nil: null }),
    current: amount,
  });

  it('equals the year’s target at year end and moves monotonically with the elapsed share', () => {
    fc.assert(
      fc.property(indicator, years, (g, year) => {
        const targets: Record<string, number> = { [String(year)]: g.current };
        if (g.previous !== null) targets[String(year - 1)] = g.previous;
        const t = ind({ ...g, targets });
        const start = year - 1;
        const yearEnd = targetAt(t, makePeriod('quarter', year, 4), start).value;
        expect(yearEnd).toBe(yearTarget(t, year, start));
        const months = Array.from({ length: 12 }, (_, m) =>
          targetAt(t, makePeriod('month', year, m + 1), start),
        );
        const values = months.map((m) => m.value as number);
        for (const v of values) expect(Number.isFinite(v)).toBe(true);
        expect(values[11]).toBe(yearEnd);
        // Monotone towards T_Y: every step goes the same way as T_Y − start of the line.
        const from = months[0].from ?? values[0];
        const direction = Math.sign((yearEnd as number) - from);
        for (let m = 1; m < 12; m++)
          expect(Math.sign(values[m] - values[m - 1]) * direction).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('finalTarget', () => {
  it('is the cible finale when the plan gives one', () => {
    expect(finalTarget(ind({ finalTarget: 999 }))).toBe(999);
  });

  it('is the last year’s target of a cumulative indicator otherwise', () => {
    expect(finalTarget(ind({ targetType: 'cumulative' }))).toBe(400);
  });

  it('is the sum of the annual targets of a `somme` indicator otherwise', () => {
    // 100 + 250 + 400
    expect(finalTarget(ind({ targetType: 'annual', aggregation: 'sum' }))).toBe(750);
  });

  it('is the last year’s annual target of a level', () => {
    expect(finalTarget(ind({ targetType: 'annual', aggregation: 'last' }))).toBe(400);
  });

  it('is null when there is no target at all', () => {
    expect(finalTarget(ind({ targets: {} }))).toBeNull();
  });
});

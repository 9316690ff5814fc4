/**
 * Achievement rate (docs/rules.md, "Achievement rate"), with the choices the product contract
 * left open:
 * - progression = (A − B) / (T − B); for `baisse` (B − A) / (B − T);
 * - ratio = A / T; for `baisse` T / A;
 * - auto: progression for levels (dernière, moyenne, max) with a baseline, ratio for flows (somme);
 * - jalon/qualitatif: oui/non as 1/0, or a stage: actual / target at P; a target at P of `non`
 *   (stage 0) is not due: no rate (not-due); no target at P: no rate (no-target), never the final
 *   target nor the scale in its place;
 * - maintien: 1 when A ≥ T, else A / T;
 * - T = B under progression: 1 when the target is reached, else 0 (target-equals-baseline);
 * - a target against the direction falls back to ratio (target-against-direction);
 * - ratio with T = 0: 1 when A ≥ 0 (zero-target);
 * - decreasing ratio with A = 0: max(1, ceiling) (zero-actual);
 * - negative A or T on a decreasing ratio: null (negative-value);
 * - no target: null (no-target); progression without baseline: ratio (no-baseline);
 * - the raw rate is kept; roll-ups clamp it to [0, ceiling].
 */
import { describe, expect, it } from 'vitest';
import { achievementRate, clampRate, methodRule, type RateInput } from '../../src/compute/rate.js';
import { rateInput } from '../helpers/compute.js';

function rate(more: Partial<RateInput>, ceiling = 1) {
  return achievementRate(rateInput(more), ceiling);
}

describe('ratio', () => {
  it('rates an increasing indicator as actual over target', () => {
    expect(rate({ actual: 70, target: 200, method: 'ratio' })).toEqual({
      rate: 0.35,
      method: 'ratio',
      reason: null,
    });
  });

  it('rates a decreasing indicator as target over actual', () => {
    expect(rate({ actual: 40, target: 10, direction: 'decrease', method: 'ratio' })).toEqual({
      rate: 0.25,
      method: 'ratio',
      reason: null,
    });
  });

  it('ignores the baseline', () => {
    expect(rate({ actual: 70, target: 200, baseline: 50, method: 'ratio', aggregation: 'last' }).rate).toBe(
      0.35,
    );
  });

  it('keeps a raw rate above 1', () => {
    expect(rate({ actual: 300, target: 200, method: 'ratio' }).rate).toBe(1.5);
  });

  it('keeps a negative raw rate', () => {
    expect(rate({ actual: -20, target: 200, method: 'ratio' }).rate).toBe(-0.1);
  });
});

describe('progression', () => {
  it('rates an increasing indicator from its baseline', () => {
    expect(rate({ actual: 35, target: 60, baseline: 20, method: 'progression' })).toEqual({
      rate: 0.375,
      method: 'progression',
      reason: null,
    });
  });

  it('rates a decreasing indicator from its baseline', () => {
    expect(
      rate({ actual: 75, target: 50, baseline: 100, direction: 'decrease', method: 'progression' }),
    ).toEqual({
      rate: 0.5,
      method: 'progression',
      reason: null,
    });
  });

  it('gives a negative raw rate to an indicator that moved away from its target', () => {
    expect(rate({ actual: 10, target: 60, baseline: 20, method: 'progression' }).rate).toBe(-0.25);
    expect(
      rate({ actual: 110, target: 50, baseline: 100, direction: 'decrease', method: 'progression' }).rate,
    ).toBe(-0.2);
  });

  it('gives a raw rate above 1 to an indicator beyond its target', () => {
    expect(
      rate({ actual: 5, target: 10, baseline: 30, direction: 'decrease', method: 'progression' }).rate,
    ).toBe(1.25);
  });

  it('scores 1 when the target equals the baseline and is reached, else 0', () => {
    expect(rate({ actual: 20, target: 20, baseline: 20, method: 'progression' })).toEqual({
      rate: 1,
      method: 'progression',
      reason: 'target-equals-baseline',
    });
    expect(rate({ actual: 25, target: 20, baseline: 20, method: 'progression' }).rate).toBe(1);
    expect(rate({ actual: 19, target: 20, baseline: 20, method: 'progression' })).toEqual({
      rate: 0,
      method: 'progression',
      reason: 'target-equals-baseline',
    });
  });

  it('scores a decreasing indicator whose target equals its baseline by whether it stayed at or below it', () => {
    expect(
      rate({ actual: 15, target: 20, baseline: 20, direction: 'decrease', method: 'progression' }).rate,
    ).toBe(1);
    expect(
      rate({ actual: 21, target: 20, baseline: 20, direction: 'decrease', method: 'progression' }).rate,
    ).toBe(0);
  });

  it('falls back to ratio when the target is against the direction', () => {
    expect(rate({ actual: 45, target: 90, baseline: 100, method: 'progression' })).toEqual({
      rate: 0.5,
      method: 'ratio',
      reason: 'target-against-direction',
    });
    expect(
      rate({ actual: 40, target: 20, baseline: 10, direction: 'decrease', method: 'progression' }),
    ).toEqual({
      rate: 0.5,
      method: 'ratio',
      reason: 'target-against-direction',
    });
  });

  it('falls back to ratio when progression is asked without a baseline', () => {
    expect(rate({ actual: 30, target: 60, baseline: null, method: 'progression' })).toEqual({
      rate: 0.5,
      method: 'ratio',
      reason: 'no-baseline',
    });
  });
});

describe('auto', () => {
  it.each(['last', 'mean', 'max'] as const)(
    'uses progression for a `%s` level with a baseline',
    (aggregation) => {
      const r = rate({ actual: 35, target: 60, baseline: 20, aggregation, method: 'auto' });
      expect(r.method).toBe('progression');
      expect(r.rate).toBe(0.375);
    },
  );

  it('uses ratio for a flow (`somme`), even with a baseline', () => {
    const r = rate({ actual: 35, target: 70, baseline: 20, aggregation: 'sum', method: 'auto' });
    expect(r.method).toBe('ratio');
    expect(r.rate).toBe(0.5);
  });

  it('uses ratio for a level without a baseline, and says nothing of it', () => {
    expect(rate({ actual: 35, target: 70, baseline: null, aggregation: 'last', method: 'auto' })).toEqual({
      rate: 0.5,
      method: 'ratio',
      reason: null,
    });
  });

  it('uses the decreasing progression for a decreasing level with a baseline', () => {
    expect(
      rate({ actual: 75, target: 50, baseline: 100, direction: 'decrease', aggregation: 'last' }).rate,
    ).toBe(0.5);
  });
});

describe('special cases of ratio', () => {
  it('scores 1 for a zero target when the actual is not negative', () => {
    expect(rate({ actual: 0, target: 0, method: 'ratio' })).toEqual({
      rate: 1,
      method: 'ratio',
      reason: 'zero-target',
    });
    expect(rate({ actual: 12, target: 0, method: 'ratio' })).toEqual({
      rate: 1,
      method: 'ratio',
      reason: 'zero-target',
    });
  });

  it('scores 0 for a zero target when the actual is negative', () => {
    expect(rate({ actual: -1, target: 0, method: 'ratio' })).toEqual({
      rate: 0,
      method: 'ratio',
      reason: 'zero-target',
    });
  });

  it('scores a decreasing indicator brought down to zero at the best a roll-up can count', () => {
    expect(rate({ actual: 0, target: 10, direction: 'decrease', method: 'ratio' })).toEqual({
      rate: 1,
      method: 'ratio',
      reason: 'zero-actual',
    });
    expect(rate({ actual: 0, target: 10, direction: 'decrease', method: 'ratio' }, 1.5).rate).toBe(1.5);
    expect(rate({ actual: 0, target: 10, direction: 'decrease', method: 'ratio' }, 0.8).rate).toBe(1);
  });

  it('gives no rate to a decreasing ratio with a negative actual or target', () => {
    expect(rate({ actual: -5, target: 10, direction: 'decrease', method: 'ratio' })).toEqual({
      rate: null,
      method: 'ratio',
      reason: 'negative-value',
    });
    expect(rate({ actual: 5, target: -10, direction: 'decrease', method: 'ratio' })).toEqual({
      rate: null,
      method: 'ratio',
      reason: 'negative-value',
    });
  });

  it('rates a decreasing indicator with a zero target at 0 while the actual is above it', () => {
    expect(rate({ actual: 5, target: 0, direction: 'decrease', method: 'ratio' }).rate).toBe(0);
  });
});

describe('missing inputs', () => {
  it('has no rate and says no-data when there is no actual', () => {
    expect(rate({ actual: null })).toEqual({ rate: null, method: null, reason: 'no-data' });
    expect(rate({ actual: null, type: 'milestone' })).toEqual({
      rate: null,
      method: null,
      reason: 'no-data',
    });
  });

  it('has no rate and says no-target when there is no target', () => {
    expect(rate({ target: null })).toEqual({ rate: null, method: null, reason: 'no-target' });
    expect(rate({ target: null, baseline: 10, aggregation: 'last', method: 'progression' }).reason).toBe(
      'no-target',
    );
    expect(rate({ target: null, direction: 'maintain' }).reason).toBe('no-target');
  });
});

describe('maintien', () => {
  it('scores 1 when the actual holds at or above the target', () => {
    expect(rate({ actual: 100, target: 100, direction: 'maintain' }).rate).toBe(1);
    expect(rate({ actual: 120, target: 100, direction: 'maintain' }).rate).toBe(1);
  });

  it('scores actual over target below it', () => {
    expect(rate({ actual: 90, target: 100, direction: 'maintain' }).rate).toBe(0.9);
  });

  it('scores actual over target below it whatever the method', () => {
    expect(
      rate({
        actual: 90,
        target: 100,
        baseline: 80,
        aggregation: 'last',
        direction: 'maintain',
        method: 'progression',
      }).rate,
    ).toBe(0.9);
  });
});

describe('milestones and stages', () => {
  it('scores a milestone reached (oui) 1 and not reached (non) 0', () => {
    expect(rate({ type: 'milestone', actual: 1, target: 1 })).toEqual({
      rate: 1,
      method: 'milestone',
      reason: null,
    });
    expect(rate({ type: 'milestone', actual: 0, target: 1 })).toEqual({
      rate: 0,
      method: 'milestone',
      reason: null,
    });
  });

  it('gives a milestone without a target at P no rate (no-target), oui or non', () => {
    expect(rate({ type: 'milestone', actual: 1, target: null })).toEqual({
      rate: null,
      method: null,
      reason: 'no-target',
    });
    expect(rate({ type: 'milestone', actual: 0, target: null }).reason).toBe('no-target');
    expect(rate({ type: 'qualitative', actual: 3, target: null }).reason).toBe('no-target');
  });

  it('scores a stage reached over the stage expected', () => {
    // 3 / 4
    expect(rate({ type: 'qualitative', actual: 3, target: 4 }).rate).toBe(0.75);
  });

  it('gives a milestone whose target at P is `non` (0) no rate: not due, whatever its actual', () => {
    const notDue = { rate: null, method: null, reason: 'not-due' };
    expect(rate({ type: 'milestone', actual: 0, target: 0 })).toEqual(notDue);
    // already oui: achieved ahead of time, still no rate (nothing is due to be rated against)
    expect(rate({ type: 'milestone', actual: 1, target: 0 })).toEqual(notDue);
    // no value at all: not due comes before no-data, nothing was expected
    expect(rate({ type: 'milestone', actual: null, target: 0 })).toEqual(notDue);
    // a stage indicator at stage 0
    expect(rate({ type: 'qualitative', actual: 2, target: 0 })).toEqual(notDue);
  });

  it('never reads a quantitative target of 0 as not due', () => {
    // ratio with T = 0, A ≥ 0: 1 (zero-target)
    expect(rate({ actual: 5, target: 0, method: 'ratio' }).reason).toBe('zero-target');
  });

  it('scores a milestone whatever the method and direction', () => {
    expect(
      rate({
        type: 'milestone',
        actual: 1,
        target: 1,
        method: 'progression',
        baseline: 0,
        direction: 'decrease',
      }).rate,
    ).toBe(1);
  });
});

describe('clampRate', () => {
  it('keeps a rate within [0, ceiling]', () => {
    expect(clampRate(0.42, 1)).toBe(0.42);
    expect(clampRate(1.5, 1)).toBe(1);
    expect(clampRate(-0.3, 1)).toBe(0);
    expect(clampRate(1.5, 1.2)).toBe(1.2);
    expect(clampRate(1.1, 1.2)).toBe(1.1);
  });

  it('leaves a missing rate missing', () => {
    expect(clampRate(null, 1)).toBeNull();
  });
});

describe('the method an indicator follows, and why', () => {
  const rule = (more: Partial<Parameters<typeof methodRule>[0]>) =>
    methodRule({
      type: 'quantitative',
      direction: 'increase',
      aggregation: 'sum',
      baseline: null,
      method: 'auto',
      ...more,
    });

  it('scores a flow by ratio and a level with a baseline by progression under auto', () => {
    expect(rule({})).toEqual({ method: 'ratio', why: 'flow' });
    expect(rule({ baseline: 2850 })).toEqual({ method: 'ratio', why: 'flow' });
    expect(rule({ aggregation: 'last', baseline: 45 })).toEqual({
      method: 'progression',
      why: 'level-with-baseline',
    });
    expect(rule({ aggregation: 'max', baseline: null })).toEqual({
      method: 'ratio',
      why: 'level-without-baseline',
    });
  });

  it('follows a method set by the plan, and names milestones, stages and maintien', () => {
    expect(rule({ method: 'progression' })).toEqual({ method: 'progression', why: 'asked' });
    expect(rule({ aggregation: 'last', baseline: 3, method: 'ratio' })).toEqual({
      method: 'ratio',
      why: 'asked',
    });
    expect(rule({ type: 'milestone' })).toEqual({ method: 'milestone', why: 'milestone' });
    expect(rule({ type: 'qualitative' })).toEqual({ method: 'milestone', why: 'stages' });
    expect(rule({ direction: 'maintain', method: 'progression' })).toEqual({
      method: 'maintain',
      why: 'maintain',
    });
  });

  it('is the method the rate uses, unless a reason says otherwise', () => {
    for (const more of [
      {},
      { aggregation: 'last' as const, baseline: 40 },
      { aggregation: 'last' as const },
      { method: 'ratio' as const, aggregation: 'mean' as const, baseline: 40 },
      { direction: 'maintain' as const },
    ]) {
      const input = rateInput({ actual: 55, target: 70, ...more });
      expect(achievementRate(input, 1).method).toBe(methodRule(input).method);
    }
  });
});

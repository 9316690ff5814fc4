import type { Aggregation, Direction, IndicatorType, Method } from '../model/plan.js';

/** Why a rate is what it is, when it is not the plain formula (stable codes, in the JSON). */
export type Reason =
  | 'no-data'
  | 'no-target'
  | 'zero-target'
  | 'target-equals-baseline'
  | 'no-baseline'
  | 'target-against-direction'
  | 'zero-actual'
  | 'negative-value'
  | 'not-computable'
  | 'not-due';

export type UsedMethod = 'ratio' | 'progression' | 'milestone' | 'maintain';

/**
 * Why an indicator is scored the way it is: a milestone (oui/non) or a staged indicator, a
 * `maintien`, a method set by the plan or its indicator (`asked`), or under `auto` a flow
 * (`somme`: ratio) or a level with or without a baseline (progression, else ratio).
 */
export type MethodWhy =
  | 'milestone'
  | 'stages'
  | 'maintain'
  | 'asked'
  | 'flow'
  | 'level-with-baseline'
  | 'level-without-baseline';

/** The method an indicator's rate follows, and why: the one rule achievementRate applies. */
export function methodRule(
  input: Pick<RateInput, 'type' | 'direction' | 'aggregation' | 'baseline' | 'method'>,
): { method: UsedMethod; why: MethodWhy } {
  if (input.type !== 'quantitative')
    return { method: 'milestone', why: input.type === 'milestone' ? 'milestone' : 'stages' };
  if (input.direction === 'maintain') return { method: 'maintain', why: 'maintain' };
  if (input.method === 'progression' || input.method === 'ratio')
    return { method: input.method, why: 'asked' };
  if (input.aggregation === 'sum') return { method: 'ratio', why: 'flow' };
  return input.baseline !== null
    ? { method: 'progression', why: 'level-with-baseline' }
    : { method: 'ratio', why: 'level-without-baseline' };
}

export interface RateInput {
  actual: number | null;
  target: number | null;
  baseline: number | null;
  direction: Direction;
  type: IndicatorType;
  aggregation: Aggregation;
  method: Method;
}

export interface Rate {
  /** Raw achievement rate as a fraction: may exceed 1 or be negative; never NaN or Infinity. */
  rate: number | null;
  method: UsedMethod | null;
  reason: Reason | null;
}

/**
 * The achievement rate of one indicator (docs/rules.md, "Achievement rate"). Every case that would
 * divide by zero or lacks an input has a defined result and a reason; `ceiling` is used only
 * where the formula has no finite value (a decreasing indicator brought down to 0).
 */
export function achievementRate(input: RateInput, ceiling: number): Rate {
  const { actual: a, target: t, baseline: b, direction } = input;
  // Not due comes first: a milestone nothing is expected of yet is not missing a value.
  if (notDue(input)) return { rate: null, method: null, reason: 'not-due' };
  if (a === null) return { rate: null, method: null, reason: 'no-data' };
  if (input.type !== 'quantitative') return milestoneRate(a, t);
  if (t === null) return { rate: null, method: null, reason: 'no-target' };
  if (direction === 'maintain')
    return { rate: a >= t ? 1 : t > 0 ? Math.max(a, 0) / t : 0, method: 'maintain', reason: null };

  if (methodRule(input).method === 'progression') {
    if (b === null) return withReason(ratio(a, t, direction, ceiling), 'no-baseline');
    if (t === b)
      return {
        rate: reached(a, t, direction) ? 1 : 0,
        method: 'progression',
        reason: 'target-equals-baseline',
      };
    const against = direction === 'increase' ? t < b : t > b;
    if (against) return withReason(ratio(a, t, direction, ceiling), 'target-against-direction');
    return finite({ rate: (a - b) / (t - b), method: 'progression', reason: null });
  }
  return ratio(a, t, direction, ceiling);
}

function ratio(a: number, t: number, direction: Direction, ceiling: number): Rate {
  if (direction === 'decrease') {
    if (a < 0 || t < 0) return { rate: null, method: 'ratio', reason: 'negative-value' };
    // Brought down to zero: at or beyond any target, the best a roll-up can count.
    if (a === 0) return { rate: Math.max(1, ceiling), method: 'ratio', reason: 'zero-actual' };
    return finite({ rate: t / a, method: 'ratio', reason: null });
  }
  if (t < 0) return { rate: null, method: 'ratio', reason: 'negative-value' };
  if (t === 0) return { rate: a >= 0 ? 1 : 0, method: 'ratio', reason: 'zero-target' };
  return finite({ rate: a / t, method: 'ratio', reason: null });
}

/**
 * Milestones score oui/non as 1/0; staged indicators score the stage reached over the stage
 * expected at P (a target at P of `non` or stage 0 is not due, above). Without a target at P there
 * is no rate: never the final target, nor the scale, in its place.
 */
function milestoneRate(a: number, t: number | null): Rate {
  if (t === null) return { rate: null, method: null, reason: 'no-target' };
  return finite({ rate: a / t, method: 'milestone', reason: null });
}

/**
 * A milestone (`jalon`) or a stage (`qualitatif`) is not due at P when its target at P is `non`
 * (or stage 0): planned for later, or nothing has fallen due yet (docs/rules.md, "Not due").
 */
export function notDue(input: Pick<RateInput, 'type' | 'target'>): boolean {
  return input.type !== 'quantitative' && input.target !== null && input.target <= 0;
}

function reached(a: number, t: number, direction: Direction): boolean {
  return direction === 'decrease' ? a <= t : a >= t;
}

function withReason(r: Rate, reason: Reason): Rate {
  return { ...r, reason: r.reason ?? reason };
}

function finite(r: Rate): Rate {
  return r.rate !== null && !Number.isFinite(r.rate)
    ? { rate: null, method: r.method, reason: 'not-computable' }
    : r;
}

/** The rate a roll-up counts: the raw rate brought within [0, ceiling]. */
export function clampRate(rate: number | null, ceiling: number): number | null {
  if (rate === null) return null;
  return Math.min(Math.max(rate, 0), ceiling);
}

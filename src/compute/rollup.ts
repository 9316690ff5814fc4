import type { Settings } from '../model/plan.js';
import { clampRate, type Reason } from './rate.js';
import { countStatuses, type Status, statusOf } from './status.js';

/**
 * Weighted means for roll-ups (indicator → result → axis → plan), in the manner of Lighthouse's
 * category scoring: items without a score are left out, weights default to 1, a weight of 0
 * excludes an item, and a list with no weighted item has no score (null), never NaN.
 */
export interface Scored {
  score: number | null;
  weight: number;
}

export function weightedMean(items: readonly Scored[]): number | null {
  const counted = items.filter(
    (i) => i.score !== null && Number.isFinite(i.score) && i.weight > 0 && Number.isFinite(i.weight),
  );
  if (counted.length === 0) return null;
  // Weights are scaled by the largest so that huge weights cannot overflow the sums.
  const scale = Math.max(...counted.map((i) => i.weight));
  let sum = 0;
  let total = 0;
  for (const { score, weight } of counted) {
    sum += (score as number) * (weight / scale);
    total += weight / scale;
  }
  const mean = sum / total;
  return Number.isFinite(mean) ? mean : null;
}

/** Share of items that have data; 0 for an empty list. */
export function coverage(withData: number, count: number): number {
  return count > 0 ? withData / count : 0;
}

/** Why an indicator's rate is not counted in its result's, axis's and plan's rates. */
export type LeftOutReason = Reason | 'zero-weight';

/** What a result, an axis or the plan shows: its rate, its coverage and the statuses beneath it. */
export interface RollupFigures {
  rate: number | null;
  /** withData / (indicatorCount − statusCounts['not-due']): the indicators due at P that have a value. */
  coverage: number;
  status: Status;
  /** Every indicator beneath, not-due ones included. */
  indicatorCount: number;
  /** Indicators due at P with a value at P (a milestone not due is counted in neither term). */
  withData: number;
  statusCounts: Record<Status, number>;
  /** Its indicators the rate leaves out (no rate, or a weight of 0), and why, in plan order. */
  leftOut: { code: string; reason: LeftOutReason }[];
}

/** What a roll-up needs of each indicator. */
export interface IndicatorScore {
  code: string;
  axis: string;
  result: string | null;
  weight: number;
  /** The rate brought within [0, plafond], or null. */
  score: number | null;
  status: Status;
  hasData: boolean;
  /** Why it has no rate, when it has none (`no-data`, `no-target`…). */
  reason?: Reason | null;
}

export interface PlanRollup {
  results: Map<string, RollupFigures>;
  axes: Map<string, RollupFigures>;
  /** The plan's rate, and beside it the plain mean of its axes' rates (every weight 1, 0 still excluding). */
  plan: RollupFigures & { unweightedRate: number | null };
}

/**
 * Indicators → results → axes → plan (docs/rules.md, "Roll-ups"): a result's rate is the weighted
 * mean of its indicators that have a rate, an axis's the weighted mean of its results (indicators
 * attached to the axis directly count as one more result of weight 1), the plan's the weighted mean
 * of its axes; each rate is brought within [0, plafond]. Coverage counts the indicators with data,
 * whether or not they could be rated, among those due at P: a milestone not yet due is out of the
 * rates and of the coverage (nothing was expected of it), counted only in
 * `statusCounts['not-due']`; a roll-up whose every indicator is not due is itself `not-due`.
 */
export function rollUp(
  plan: {
    axes: readonly { code: string; weight: number }[];
    results: readonly { code: string; axis: string; weight: number }[];
  },
  indicators: readonly IndicatorScore[],
  s: Pick<Settings, 'thresholds' | 'ceiling'>,
): PlanRollup {
  const figures = (own: readonly IndicatorScore[], parts: Scored[]): RollupFigures => {
    const rate = clampRate(weightedMean(parts), s.ceiling);
    const due = own.filter((i) => i.status !== 'not-due');
    const withData = due.filter((i) => i.hasData).length;
    return {
      rate,
      coverage: coverage(withData, due.length),
      status: rate === null && own.length > 0 && due.length === 0 ? 'not-due' : statusOf(rate, s.thresholds),
      indicatorCount: own.length,
      withData,
      statusCounts: countStatuses(own.map((i) => i.status)),
      leftOut: own.flatMap((i): { code: string; reason: LeftOutReason }[] =>
        i.weight <= 0 || !Number.isFinite(i.weight)
          ? [{ code: i.code, reason: 'zero-weight' }]
          : i.score === null
            ? [{ code: i.code, reason: i.reason ?? 'no-data' }]
            : [],
      ),
    };
  };
  // A milestone not due has no rate; it is left out explicitly all the same.
  const scored = (list: readonly IndicatorScore[]): Scored[] =>
    list.map((i) => ({ score: i.status === 'not-due' ? null : i.score, weight: i.weight }));
  const results = new Map<string, RollupFigures>();
  for (const r of plan.results) {
    const own = indicators.filter((i) => i.result === r.code);
    results.set(r.code, figures(own, scored(own)));
  }
  const axes = new Map<string, RollupFigures>();
  for (const a of plan.axes) {
    const own = indicators.filter((i) => i.axis === a.code);
    const parts: Scored[] = plan.results
      .filter((r) => r.axis === a.code)
      .map((r) => ({ score: (results.get(r.code) as RollupFigures).rate, weight: r.weight }));
    const loose = own.filter((i) => i.result === null);
    if (loose.length > 0) parts.push({ score: weightedMean(scored(loose)), weight: 1 });
    axes.set(a.code, figures(own, parts));
  }
  const axisScores = plan.axes.map((a) => ({
    score: (axes.get(a.code) as RollupFigures).rate,
    weight: a.weight,
  }));
  const whole = figures(indicators, axisScores);
  const unweighted = clampRate(
    weightedMean(axisScores.map((a) => ({ score: a.score, weight: a.weight > 0 ? 1 : 0 }))),
    s.ceiling,
  );
  return { results, axes, plan: { ...whole, unweightedRate: unweighted } };
}

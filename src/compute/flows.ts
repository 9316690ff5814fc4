import type { Indicator, ReportedValue } from '../model/plan.js';
import { actualWithin } from './aggregate.js';
import { makePeriod, type Period } from './periods.js';
import { achievementRate } from './rate.js';
import { isFlow, ownYearTarget } from './target.js';

/**
 * A flow's own figures beside its cumulated ones (docs/rules.md, "A flow's year and period
 * figures"): a `somme` indicator's actual and target at P run from the plan's start (10 500 against
 * 12 000 for 2020-2022); the year's own actual, target and rate (4 285 against the plan's 4 500 for
 * 2022) and the period's own actual (1 243 in 2022-T4) say what happened in the year and in P
 * alone. Levels (`dernière`, `moyenne`, `max`), milestones and staged indicators have none: their
 * value at P is already the period's.
 */
export interface YearFigures {
  year: number;
  /** The flow of the values dated within the year, up to P; null when none is. */
  actual: number | null;
  /** The plan's own target for the year (`ownYearTarget`). */
  target: number | null;
  /** Actual against target, always a ratio: a year's own flow has no baseline to progress from. */
  rate: number | null;
}

type FlowFields = Pick<
  Indicator,
  | 'aggregation'
  | 'type'
  | 'unit'
  | 'entityAggregation'
  | 'direction'
  | 'targets'
  | 'periodTargets'
  | 'targetType'
  | 'finalTarget'
  | 'baseline'
>;

/** Whether an indicator has own figures per period: a quantitative flow. */
export function hasOwnFigures(ind: Pick<Indicator, 'aggregation' | 'type'>): boolean {
  return isFlow(ind) && ind.type === 'quantitative';
}

/** A window's own actual against its own target, as a ratio (T / A for a decreasing flow). */
export function ownRate(
  ind: Pick<Indicator, 'direction'>,
  actual: number | null,
  target: number | null,
  ceiling: number,
): number | null {
  return achievementRate(
    {
      actual,
      target,
      baseline: null,
      direction: ind.direction,
      type: 'quantitative',
      // Without a baseline the rate is a ratio whatever the aggregation and method say: these two
      // only state it.
      // Stryker disable next-line StringLiteral: equivalent without a baseline
      aggregation: 'sum',
      // Stryker disable next-line StringLiteral: equivalent without a baseline
      method: 'ratio',
    },
    ceiling,
  ).rate;
}

/** The year's own figures of a flow at P (P's year, the values dated in it up to P); null for a level. */
export function flowYear(
  ind: FlowFields,
  values: readonly ReportedValue[],
  at: Period,
  periodOf: (label: string) => Period,
  s: { startYear: number | null; ceiling: number },
): YearFigures | null {
  if (!hasOwnFigures(ind)) return null;
  const actual = actualWithin(ind, values, makePeriod('year', at.year, 1), at, periodOf);
  const target = ownYearTarget(ind, at.year, s.startYear);
  return { year: at.year, actual, target, rate: ownRate(ind, actual, target, s.ceiling) };
}

/** A flow's actual over P alone (values dated within P); null for a level or when none is. */
export function flowPeriodActual(
  ind: FlowFields,
  values: readonly ReportedValue[],
  at: Period,
  periodOf: (label: string) => Period,
): number | null {
  return hasOwnFigures(ind) ? actualWithin(ind, values, at, at, periodOf) : null;
}

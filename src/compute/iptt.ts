import type { Indicator, ReportedValue } from '../model/plan.js';
import { actualsOver, actualsWithin } from './aggregate.js';
import { hasOwnFigures, ownRate } from './flows.js';
import { type FigureSettings, rateAgainst } from './indicator.js';
import { lengthOf, makePeriod, type Period, type PeriodKind } from './periods.js';
import { ownPeriodTarget, type TargetSource, targetAt } from './target.js';

/**
 * The Indicator Performance Tracking Table (IPTT, as TolaData's): for every indicator and every
 * period of a fixed set, the target, the actual and the rate (docs/rules.md,
 * "IPTT"). The periods are the years of the plan and, inside the report's year, the periods of
 * the report's kind: its quarters (a monthly report's too: twelve months would not fit a page),
 * or its semesters; a yearly report has the years alone.
 *
 * What a cell holds depends on the indicator (`cumulative`, as TolaData's flag):
 * - a `somme` flow with `cumulée` targets (cumulative): the running total from the plan's start
 *   to the period's end, against the target at that end (the plan's cumulated figure, pro-rated
 *   inside a year as the report's target at P is);
 * - a `somme` flow with `annuelle` targets (not cumulative): the period's own flow (the values
 *   dated within it) against the plan's own target for it (`ownPeriodTarget`), as a ratio;
 * - a level, a milestone or a staged indicator (not cumulative): its value at the period's end
 *   against the target at that end, by the indicator's own method.
 * A period not ended at P shows the actual up to P (state `in-progress`) against its whole
 * target; a period after P (`future`) shows its target alone. A cell without a target (a
 * milestone not yet due that year) has no rate.
 */
export type IpttCellState = 'ended' | 'in-progress' | 'future';

export interface IpttCell {
  period: string;
  target: number | null;
  /** `prorated` marks a target that is a share of a yearly one (1 125 = 4 500 × 3/12), not the plan's figure. */
  targetSource: TargetSource | null;
  actual: number | null;
  rate: number | null;
  state: IpttCellState;
}

export interface IpttIndicator {
  code: string;
  /** Cells are running totals since the plan's start (a `somme` flow with `cumulée` targets). */
  cumulative: boolean;
  cells: IpttCell[];
}

export interface Iptt {
  /** The columns, in time order: each year after its own quarters or semesters. */
  periods: string[];
  indicators: IpttIndicator[];
}

/** The kind of the columns inside the report's year, or null for a yearly report. */
function subYearKind(at: Period): PeriodKind | null {
  if (at.kind === 'year') return null;
  return at.kind === 'semester' ? 'semester' : 'quarter';
}

/** The IPTT's periods: the plan's years (P's year at least) and the sub-year periods of P's year. */
export function ipttPeriods(at: Period, startYear: number | null, endYear: number | null): Period[] {
  const from = Math.min(startYear ?? at.year, at.year);
  const to = Math.max(endYear ?? at.year, at.year);
  const periods: Period[] = [];
  for (let y = from; y <= to; y++) periods.push(makePeriod('year', y, 1));
  const kind = subYearKind(at);
  if (kind) {
    const count = kind === 'semester' ? 2 : 4;
    for (let n = 1; n <= count; n++) periods.push(makePeriod(kind, at.year, n));
  }
  // By end; of two ending together, the shorter first: 2022-T4, then 2022.
  return periods.sort((a, b) => a.endMonth - b.endMonth || lengthOf(a) - lengthOf(b));
}

function stateAt(p: Period, at: Period): IpttCellState {
  if (p.endMonth <= at.endMonth) return 'ended';
  return p.startMonth > at.endMonth ? 'future' : 'in-progress';
}

/** One indicator's row of the IPTT. */
export function ipttIndicator(
  ind: Indicator,
  values: readonly ReportedValue[],
  periods: readonly Period[],
  at: Period,
  periodOf: (label: string) => Period,
  s: Pick<FigureSettings, 'method' | 'ceiling' | 'startYear' | 'targetBasis'>,
): IpttIndicator {
  const states = periods.map((p) => stateAt(p, at));
  // The actual counts up to P at most: a period not yet ended is read at P.
  const readAt = periods.map((p, n) => (states[n] === 'ended' ? p : at));
  if (hasOwnFigures(ind) && ind.targetType === 'annual') {
    // Every window read at P: a period not ended has only its values up to P anyway.
    const own = values.length ? actualsWithin(ind, values, periods, at, periodOf) : periods.map(() => null);
    return {
      code: ind.code,
      cumulative: false,
      cells: periods.map((p, n) => {
        const target = ownPeriodTarget(ind, p, s.startYear);
        const actual = states[n] === 'future' ? null : own[n];
        return {
          period: p.label,
          target: target.value,
          targetSource: target.source,
          actual,
          rate: ownRate(ind, actual, target.value, s.ceiling),
          state: states[n],
        };
      }),
    };
  }
  const counted = periods.flatMap((_, n) => (states[n] === 'future' ? [] : [readAt[n]]));
  const actuals = values.length ? actualsOver(ind, values, counted, periodOf) : counted.map(() => null);
  let next = 0;
  return {
    code: ind.code,
    cumulative: hasOwnFigures(ind),
    cells: periods.map((p, n) => {
      const target = targetAt(ind, p, s.startYear, s.targetBasis);
      const actual = states[n] === 'future' ? null : actuals[next++];
      return {
        period: p.label,
        target: target.value,
        targetSource: target.source,
        actual,
        // A milestone not yet due that year has no target, hence nothing to be scored against.
        rate: target.value === null ? null : rateAgainst(ind, actual, target.value, s).rate,
        state: states[n],
      };
    }),
  };
}

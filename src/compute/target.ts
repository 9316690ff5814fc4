import type { Indicator, TargetBasis } from '../model/plan.js';
import { finiteOrNull } from './fractions.js';
import { comparePeriods, endsYear, lengthOf, monthsElapsed, type Period, parsePeriod } from './periods.js';
import { isPercentUnit } from './units.js';

/**
 * What a report at P compares an indicator with (DESIGN.md, "Target at P"). A report runs every
 * quarter: a P inside a year is judged against the part of the year's target due by then, not
 * against the whole year's. Sources: `period`, a sub-year column of the plan (`Cible 2023-T1`);
 * `year`, T_Y; `prorated`, T_{Y−1} + f × (T_Y − T_{Y−1}); `final`, a milestone's final target.
 */
export type TargetSource = 'period' | 'year' | 'prorated' | 'final';

export interface TargetAtP {
  /** The target at P, the one the rate and status compare against. */
  value: number | null;
  source: TargetSource | null;
  /** f = months of P's year elapsed / 12, when pro-rated; else null. */
  elapsedShare: number | null;
  /** Where the pro-rated line starts: T_{Y−1}, the baseline (levels) or 0 (flows); null unless pro-rated. */
  from: number | null;
  /** T_Y, the target of P's year. */
  year: number | null;
}

export type TargetFields = Pick<
  Indicator,
  'targets' | 'periodTargets' | 'targetType' | 'aggregation' | 'type' | 'finalTarget' | 'baseline'
>;

const NONE: TargetAtP = { value: null, source: null, elapsedShare: null, from: null, year: null };

/** Flows (`somme`) add up over periods; levels (`dernière`, `moyenne`, `max`) are read at a date. */
export function isFlow(ind: Pick<Indicator, 'aggregation'>): boolean {
  return ind.aggregation === 'sum';
}

/** Yearly targets of a flow with `annuelle` targets add up like the flows they measure. */
function addsUp(ind: Pick<Indicator, 'aggregation' | 'targetType'>): boolean {
  return isFlow(ind) && ind.targetType === 'annual';
}

/**
 * T_Y, the target of year Y: `cumulée` targets are read at Y; for a `somme` indicator with
 * `annuelle` targets, the yearly columns from the plan's first year to Y add up.
 */
export function yearTarget(ind: TargetFields, year: number, startYear: number | null): number | null {
  if (addsUp(ind)) {
    const years = Object.keys(ind.targets).map(Number);
    if (years.length === 0) return null;
    const from = Math.min(startYear ?? Number.POSITIVE_INFINITY, ...years);
    let sum = 0;
    let any = false;
    for (let y = from; y <= year; y++) {
      const t = ind.targets[String(y)];
      if (t !== undefined) {
        sum += t;
        any = true;
      }
    }
    return any ? finiteOrNull(sum) : null;
  }
  const t = ind.targets[String(year)];
  if (t !== undefined) return t;
  if (ind.type === 'quantitative') return null;
  // A milestone's yearly targets say when it is due: before the first it has no target yet, after
  // the last the last holds; with none at all, its final target holds throughout.
  const years = Object.keys(ind.targets).map(Number);
  if (years.length === 0) return ind.finalTarget;
  const earlier = years.filter((y) => y < year);
  return earlier.length ? ind.targets[String(Math.max(...earlier))] : null;
}

/**
 * Where the line of year Y starts, for pro-rating: T_{Y−1}, the latest earlier year's target when
 * Y−1 has none, else the baseline for levels and 0 for flows. Null when a level has neither.
 */
function lineStart(ind: TargetFields, year: number, startYear: number | null): number | null {
  const earlier = Object.keys(ind.targets)
    .map(Number)
    .filter((y) => y < year);
  if (earlier.length > 0) return yearTarget(ind, Math.max(...earlier), startYear);
  return isFlow(ind) ? 0 : ind.baseline;
}

/** A target written for P itself (`Cible 2023-T1`): a flow's sub-year columns add up within the year. */
function periodTarget(ind: TargetFields, at: Period, startYear: number | null): number | null {
  const own = ind.periodTargets[at.label];
  if (own === undefined) return null;
  if (!addsUp(ind)) return own;
  // Earlier years' targets, then this year's columns of the same kind up to P.
  const before = lineStart(ind, at.year, startYear) ?? 0;
  let sum = 0;
  for (const [label, t] of Object.entries(ind.periodTargets)) {
    const p = parsePeriod(label);
    if (p && p.kind === at.kind && p.year === at.year && comparePeriods(p, at) <= 0) sum += t;
  }
  return finiteOrNull(before + sum);
}

/** The target at P, and how it was derived. */
export function targetAt(
  ind: TargetFields,
  at: Period,
  startYear: number | null,
  basis: TargetBasis = 'pace',
): TargetAtP {
  const year = yearTarget(ind, at.year, startYear);
  const yearOnly = (): TargetAtP =>
    year === null
      ? NONE
      : {
          ...NONE,
          value: year,
          year,
          source:
            ind.type !== 'quantitative' && ind.targets[String(at.year)] === undefined ? 'final' : 'year',
        };
  if (basis === 'year' || ind.type !== 'quantitative') return yearOnly();
  const own = periodTarget(ind, at, startYear);
  if (own !== null) return { ...NONE, value: own, source: 'period', year };
  if (year === null || endsYear(at)) return yearOnly();
  const from = lineStart(ind, at.year, startYear);
  // A level without a baseline or an earlier target has no line to pro-rate along.
  if (from === null) return yearOnly();
  const f = monthsElapsed(at) / 12;
  const value = finiteOrNull(from + f * (year - from));
  return value === null ? NONE : { value, source: 'prorated', elapsedShare: f, from, year };
}

/**
 * A flow's own target for year Y, the plan's figure for that year alone: its `Cible Y` when the
 * targets are `annuelle` (4 500 for 2022, where T_2022 adds 2020-2022 up to 12 000); T_Y less the
 * line's start (T_{Y−1}, or 0 before the first target) when they are `cumulée`. Null for a level,
 * whose yearly targets are already the year's own, and when the plan gives no target for Y.
 */
export function ownYearTarget(
  ind: TargetFields & Pick<Indicator, 'unit'>,
  year: number,
  startYear: number | null,
): number | null {
  if (!isFlow(ind) || ind.type !== 'quantitative') return null;
  // A percentage summed as Σ numerators / Σ denominators is a rate over its periods: the plan's
  // figure for the year is the year's own, never a difference or a sum of rates.
  if (addsUp(ind) || isPercentUnit(ind.unit)) return ind.targets[String(year)] ?? null;
  const total = ind.targets[String(year)];
  if (total === undefined) return null;
  return finiteOrNull(total - (lineStart(ind, year, startYear) ?? 0));
}

/**
 * A flow's own target for a period inside a year (a quarter, a semester, a month): the plan's
 * column for that period when the targets are `annuelle` and it has one (`Cible 2023-T1` holds
 * the quarter's flow), else the year's own target pro-rated by the period's months (4 500 × 3/12
 * for a quarter). Whatever the target basis: it says what the plan expects of that period alone.
 */
export function ownPeriodTarget(
  ind: TargetFields & Pick<Indicator, 'unit'>,
  at: Period,
  startYear: number | null,
): { value: number | null; source: TargetSource | null } {
  if (at.kind === 'year') {
    const value = ownYearTarget(ind, at.year, startYear);
    return { value, source: value === null ? null : 'year' };
  }
  const rate = isPercentUnit(ind.unit);
  const own = addsUp(ind) || rate ? ind.periodTargets[at.label] : undefined;
  if (own !== undefined) return { value: own, source: 'period' };
  const year = ownYearTarget(ind, at.year, startYear);
  if (year === null) return { value: null, source: null };
  // A rate expected over the year is expected over each of its quarters; a count is shared out.
  if (rate) return { value: year, source: 'year' };
  return { value: finiteOrNull((year * lengthOf(at)) / 12), source: 'prorated' };
}

/** The plan's end target: `cible finale`, else the last year's target. */
export function finalTarget(
  ind: Pick<Indicator, 'targets' | 'finalTarget' | 'targetType' | 'aggregation'>,
): number | null {
  if (ind.finalTarget !== null) return ind.finalTarget;
  const years = Object.keys(ind.targets)
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) return null;
  if (addsUp(ind)) return finiteOrNull(years.reduce((s, y) => s + ind.targets[String(y)], 0));
  return ind.targets[String(years[years.length - 1])];
}

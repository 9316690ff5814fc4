import type { Indicator, TargetBasis } from '../model/plan.js';
import { finiteOrNull } from './fractions.js';
import {
  comparePeriods,
  endsYear,
  lengthOf,
  makePeriod,
  monthsElapsed,
  type Period,
  parsePeriod,
} from './periods.js';
import { isPercentUnit } from './units.js';

/**
 * What a report at P compares an indicator with (docs/rules.md, "Target at P"). A report runs every
 * quarter: a P inside a year is judged against the part of the year's target due by then, not
 * against the whole year's. Sources: `period`, a sub-year column of the plan (`Cible 2023-T1`);
 * `year`, T_Y; `prorated`, T_{Y−1} + f × (T_Y − T_{Y−1}); `due`, a milestone's or a stage's target
 * that fell due before P's year ended (T_{Y−1}, an earlier column of the year) or, before its first
 * target falls due, its baseline (0 without one: nothing is due yet).
 */
export type TargetSource = 'period' | 'year' | 'prorated' | 'due';

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
  /**
   * The period of the plan's column the target at P was read from: P (`period`), Y (`year`), an
   * earlier period (`due`); null when pro-rated, when the baseline stands, or without a target.
   */
  period: string | null;
}

export type TargetFields = Pick<
  Indicator,
  'targets' | 'periodTargets' | 'targetType' | 'aggregation' | 'type' | 'finalTarget' | 'baseline'
>;

const NONE: TargetAtP = {
  value: null,
  source: null,
  elapsedShare: null,
  from: null,
  year: null,
  period: null,
};

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
 * `annuelle` targets, the yearly columns from the plan's first year to Y add up. A milestone's or
 * a stage's T_Y is the target due at Y's end (stageYear).
 */
export function yearTarget(ind: TargetFields, year: number, startYear: number | null): number | null {
  if (ind.type !== 'quantitative') return stageYear(ind, year)?.value ?? null;
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
  return ind.targets[String(year)] ?? null;
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

/** A column of the plan's targets, dated by the period it names. */
interface Column {
  period: Period;
  value: number;
}

/** Among columns that end together, the finer period first: a month, a quarter, a semester, a year. */
const FINENESS: Record<Period['kind'], number> = { month: 3, quarter: 2, semester: 1, year: 0 };

/**
 * The target of a milestone (`jalon`) or a stage indicator (`qualitatif`) due at the end of `at`
 * (docs/rules.md, "Milestones and stages"). A milestone falls due at the end of the period its
 * target names and is never pro-rated: of the columns that have ended by then, the latest holds —
 * at equal ends P's own column, then the year's, then one of P's kind, then the finer —, so a year
 * without a column keeps the latest earlier one. Before its first column falls due the baseline
 * stands, or 0 without one: nothing is due yet. Without any dated column (only a final target, or
 * none) there is no target: a milestone is never held to its final target at P.
 */
function stageDue(
  columns: readonly Column[],
  at: Period,
  baseline: number | null,
): { value: number; period: string | null } | null {
  if (columns.length === 0) return null;
  const rank = (c: Column) => [
    c.period.endMonth,
    c.period.label === at.label ? 1 : 0,
    c.period.kind === 'year' ? 1 : 0,
    c.period.kind === at.kind ? 1 : 0,
    FINENESS[c.period.kind],
  ];
  let best: Column | null = null;
  for (const c of columns) {
    if (c.period.endMonth > at.endMonth) continue;
    if (best === null || later(rank(c), rank(best))) best = c;
  }
  return best ? { value: best.value, period: best.period.label } : { value: baseline ?? 0, period: null };
}

/** Lexicographic order of two ranks: whether `a` comes after `b`. */
function later(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] > b[k];
  return false;
}

function columnsOf(targets: Readonly<Record<string, number>>, into: Column[] = []): Column[] {
  for (const [label, value] of Object.entries(targets)) {
    const period = parsePeriod(label);
    if (period) into.push({ period, value });
  }
  return into;
}

/** T_Y of a milestone or a stage: what its yearly columns make due at Y's end. */
function stageYear(ind: TargetFields, year: number) {
  return stageDue(columnsOf(ind.targets), makePeriod('year', year, 1), ind.baseline);
}

/** The target at P of a milestone or a stage: what has fallen due by P's end (T_Y with the `year` basis). */
function stageTargetAt(ind: TargetFields, at: Period, basis: TargetBasis): TargetAtP {
  const year = stageYear(ind, at.year);
  const due =
    basis === 'year'
      ? year
      : stageDue(columnsOf(ind.periodTargets, columnsOf(ind.targets)), at, ind.baseline);
  if (due === null) return NONE;
  const yearLabel = String(at.year);
  const source: TargetSource =
    due.period === null
      ? 'due'
      : due.period === at.label && at.kind !== 'year'
        ? 'period'
        : due.period === yearLabel && (basis === 'year' || endsYear(at))
          ? 'year'
          : 'due';
  return { ...NONE, value: due.value, source, year: year?.value ?? null, period: due.period };
}

/** The target at P, and how it was derived. */
export function targetAt(
  ind: TargetFields,
  at: Period,
  startYear: number | null,
  basis: TargetBasis = 'pace',
): TargetAtP {
  if (ind.type !== 'quantitative') return stageTargetAt(ind, at, basis);
  const year = yearTarget(ind, at.year, startYear);
  const yearOnly = (): TargetAtP =>
    year === null ? NONE : { ...NONE, value: year, year, source: 'year', period: String(at.year) };
  if (basis === 'year') return yearOnly();
  const own = periodTarget(ind, at, startYear);
  if (own !== null) return { ...NONE, value: own, source: 'period', year, period: at.label };
  if (year === null || endsYear(at)) return yearOnly();
  const from = lineStart(ind, at.year, startYear);
  // A level without a baseline or an earlier target has no line to pro-rate along.
  if (from === null) return yearOnly();
  const f = monthsElapsed(at) / 12;
  const value = finiteOrNull(from + f * (year - from));
  return value === null ? NONE : { ...NONE, value, source: 'prorated', elapsedShare: f, from, year };
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

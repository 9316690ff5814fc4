// About 500 lines: the actual at P in one place — the series of one entity, the figure of a
// period, the sum or mean across entities, breakdowns by place and disaggregation — because each
// step reuses the memoised series of the one before. The rules: docs/rules.md, "Per entity and
// period", "Aggregation over periods" and "Aggregation across entities".
import { comparePlaces } from '../model/cell-ref.js';
import type { Aggregation, EntityAggregation, ReportedValue } from '../model/plan.js';
import { entityKey } from './entities.js';
import { combine, type Fraction, finiteOrNull, percentOf, sum } from './fractions.js';
import { comparePeriods, countsAt, type Period, within } from './periods.js';
import { isPercentUnit, isSummableUnit } from './units.js';

/** One figure with, for percentages, the numerator and denominator it came from. */
export interface Point extends Fraction {
  sources: ReportedValue[];
}

export interface EntityActual {
  entity: string;
  /** Null only when the entity's figures overflow (absurd inputs). */
  value: number | null;
  /** How many reported values went into it. */
  valueCount: number;
}

export type AcrossEntities = EntityAggregation | 'ratio';

export interface Actual {
  value: number | null;
  across: AcrossEntities;
  entities: EntityActual[];
  /** The reported values the actual was computed from. */
  trace: ReportedValue[];
}

export interface AggregationRule {
  unit: string;
  aggregation: Aggregation;
  entityAggregation: EntityAggregation | null;
}

/** Counts and amounts add up across entities; anything else is averaged, unless the plan says otherwise. */
export function acrossEntities(rule: AggregationRule): EntityAggregation {
  return rule.entityAggregation ?? (isSummableUnit(rule.unit) ? 'sum' : 'mean');
}

export interface EntitySeries {
  entity: string;
  periods: Period[];
  points: Point[];
}

/**
 * Each entity's figure in every period it reported, in period order (entities sorted by name):
 * computed once per indicator's values and reused by every period the report looks at (P, P−1,
 * the trend, the data-quality series). Keyed by the values array itself, so a new array is a new
 * computation; the figures do not depend on the period asked for, only on which of them count.
 */
const cellsMemo = new WeakMap<
  readonly ReportedValue[],
  { periodOf: (label: string) => Period; bySummable: Map<boolean, EntitySeries[]> }
>();

function entityCells(
  values: readonly ReportedValue[],
  summable: boolean,
  periodOf: (label: string) => Period,
): EntitySeries[] {
  let memo = cellsMemo.get(values);
  // Stryker disable next-line all: a memo guard; computing the series again gives the same figures
  if (!memo || memo.periodOf !== periodOf) {
    memo = { periodOf, bySummable: new Map() };
    cellsMemo.set(values, memo);
  }
  let cells = memo.bySummable.get(summable);
  // Stryker disable next-line all: a memo guard; computing the series again gives the same figures
  if (!cells) {
    cells = computeCells(values, summable, periodOf);
    memo.bySummable.set(summable, cells);
  }
  return cells;
}

function computeCells(
  values: readonly ReportedValue[],
  summable: boolean,
  periodOf: (label: string) => Period,
  figure: (rows: readonly ReportedValue[], summable: boolean) => Point = entityPeriodFigure,
): EntitySeries[] {
  const byEntity = new Map<string, Map<string, ReportedValue[]>>();
  for (const v of values) {
    if (v.value === null) continue;
    let periods = byEntity.get(v.entity);
    if (!periods) {
      periods = new Map();
      byEntity.set(v.entity, periods);
    }
    const rows = periods.get(v.period);
    if (rows) rows.push(v);
    else periods.set(v.period, [v]);
  }
  return [...byEntity.keys()].sort().map((entity) => {
    const byPeriod = byEntity.get(entity) as Map<string, ReportedValue[]>;
    const labels = [...byPeriod.keys()].sort((x, y) => comparePeriods(periodOf(x), periodOf(y)));
    return {
      entity,
      periods: labels.map(periodOf),
      points: labels.map((label) => figure(byPeriod.get(label) as ReportedValue[], summable)),
    };
  });
}

/**
 * Each entity's figures per period up to `at`, in period order (entities sorted by name). In
 * period order, the periods that count at `at` (those ending by its end) come first.
 */
export function entitySeriesUpTo(
  values: readonly ReportedValue[],
  summable: boolean,
  at: Period,
  periodOf: (label: string) => Period,
): EntitySeries[] {
  const out: EntitySeries[] = [];
  for (const series of entityCells(values, summable, periodOf)) {
    let n = 0;
    while (n < series.periods.length && countsAt(series.periods[n], at)) n++;
    if (n === 0) continue;
    out.push(
      // Stryker disable next-line all: a series wholly counted at P is its own prefix
      n === series.periods.length
        ? series
        : { entity: series.entity, periods: series.periods.slice(0, n), points: series.points.slice(0, n) },
    );
  }
  return out;
}

function seriesUpTo(
  rule: AggregationRule,
  values: readonly ReportedValue[],
  at: Period,
  periodOf: (label: string) => Period,
): EntitySeries[] {
  return entitySeriesUpTo(values, acrossEntities(rule) === 'sum', at, periodOf);
}

/**
 * The actual of one indicator at period `at`, aggregated as DHIS2 does: first over each entity's
 * own periods up to `at` (per `aggregation`), then across entities. `values` are this indicator's
 * values; `periodOf` resolves a period label.
 */
export function actualAt(
  rule: AggregationRule,
  values: readonly ReportedValue[],
  at: Period,
  periodOf: (label: string) => Period,
): Actual {
  return actualOf(rule, seriesUpTo(rule, values, at, periodOf));
}

/**
 * The actual over the values dated within `window` that count at `at`: a flow's own figure for
 * one quarter or one year (the year's 4 285 inside 10 500 cumulated since the plan's start),
 * aggregated by the same rule as the actual. A value of a longer period that only overlaps the
 * window (a semester, for a quarter) is not the window's own and is left out. Null when no value
 * is dated within it.
 */
export function actualWithin(
  rule: AggregationRule,
  values: readonly ReportedValue[],
  window: Period,
  at: Period,
  periodOf: (label: string) => Period,
): number | null {
  return actualsWithin(rule, values, [window], at, periodOf)[0];
}

/** `actualWithin` for several windows at once, in one pass over each entity's figures. */
export function actualsWithin(
  rule: AggregationRule,
  values: readonly ReportedValue[],
  windows: readonly Period[],
  at: Period,
  periodOf: (label: string) => Period,
): (number | null)[] {
  const points: Fraction[][] = windows.map(() => []);
  for (const series of seriesUpTo(rule, values, at, periodOf)) {
    const running = windows.map(() => new Running());
    series.periods.forEach((p, k) => {
      windows.forEach((w, n) => {
        if (within(p, w)) running[n].add(series.points[k]);
      });
    });
    running.forEach((r, n) => {
      const point = r.result(rule.aggregation);
      if (point) points[n].push(point);
    });
  }
  return points.map((list) => combineEntities(rule, list).value);
}

/** The figure alone of `actualOf`, without the entities and sources behind it. */
function figureOf(rule: AggregationRule, entitySeries: readonly EntitySeries[]): number | null {
  const points: Fraction[] = [];
  for (const series of entitySeries) {
    const running = new Running();
    for (const p of series.points) running.add(p);
    points.push(running.result(rule.aggregation) as Fraction);
  }
  return combineEntities(rule, points).value;
}

/** Each entity's periods reduced per `aggregation`, then the entities combined. */
function actualOf(rule: AggregationRule, entitySeries: readonly EntitySeries[]): Actual {
  const entities: EntityActual[] = [];
  const entityPoints: Point[] = [];
  const trace: ReportedValue[] = [];
  for (const series of entitySeries) {
    const point = overPeriods(series.points, rule.aggregation);
    entityPoints.push(point);
    entities.push({
      entity: series.entity,
      value: finiteOrNull(point.value),
      valueCount: point.sources.length,
    });
    for (const s of point.sources) trace.push(s);
  }
  const { value, across } = combineEntities(rule, entityPoints);
  return { value, across, entities, trace };
}

/**
 * The actual at each of `periods` (in increasing order), in one pass over the values: each
 * entity's running aggregate moves forward period by period instead of being recomputed.
 */
export function actualsOver(
  rule: AggregationRule,
  values: readonly ReportedValue[],
  periods: readonly Period[],
  periodOf: (label: string) => Period,
): (number | null)[] {
  if (periods.length === 0) return [];
  const all = seriesUpTo(rule, values, periods[periods.length - 1], periodOf);
  const running = all.map(() => new Running());
  const cursor = all.map(() => 0);
  return periods.map((at) => {
    const points: Fraction[] = [];
    all.forEach((series, e) => {
      while (cursor[e] < series.periods.length && countsAt(series.periods[cursor[e]], at)) {
        running[e].add(series.points[cursor[e]]);
        cursor[e]++;
      }
      const point = running[e].result(rule.aggregation);
      if (point) points.push(point);
    });
    return combineEntities(rule, points).value;
  });
}

/** An entity's aggregate over the periods seen so far, for `actualsOver`. */
class Running {
  private count = 0;
  private total = 0;
  private numerator = 0;
  private denominator = 0;
  private fractions = true;
  private last: Point | null = null;
  private best: Point | null = null;

  add(p: Point): void {
    this.count++;
    this.total += p.value;
    if (p.numerator === null || p.denominator === null) this.fractions = false;
    else {
      this.numerator += p.numerator;
      this.denominator += p.denominator;
    }
    this.last = p;
    if (!this.best || p.value > this.best.value) this.best = p;
  }

  result(aggregation: Aggregation): Fraction | null {
    if (this.count === 0) return null;
    if (aggregation === 'last') return this.last;
    if (aggregation === 'max') return this.best;
    const num = this.fractions ? this.numerator : null;
    const den = this.fractions ? this.denominator : null;
    const ratio = this.fractions ? percentOf(this.numerator, this.denominator) : null;
    return {
      value: ratio ?? (aggregation === 'sum' ? this.total : this.total / this.count),
      numerator: num,
      denominator: den,
    };
  }
}

/** Across entities: Σ numerators / Σ denominators for percentages given that way, else sum or mean. */
function combineEntities(
  rule: AggregationRule,
  points: readonly Fraction[],
): { value: number | null; across: AcrossEntities } {
  const across = acrossEntities(rule);
  if (points.length === 0) return { value: null, across };
  const withFractions =
    isPercentUnit(rule.unit) && points.every((p) => p.numerator !== null && p.denominator !== null);
  if (withFractions && !rule.entityAggregation) {
    const ratio = percentOf(
      sum(points.map((p) => p.numerator as number)),
      sum(points.map((p) => p.denominator as number)),
    );
    if (ratio !== null) return { value: ratio, across: 'ratio' };
  }
  const figures = points.map((p) => p.value);
  const value = across === 'sum' ? sum(figures) : sum(figures) / figures.length;
  // Absurd inputs (1e308 + 1e308) overflow: no actual rather than Infinity.
  return { value: Number.isFinite(value) ? value : null, across };
}

/**
 * One entity's figure for one period — the one rule every figure uses (actuals, trends, quality,
 * templates' last values): the total row when there is one, else the parts of the first
 * disaggregation (sexe, région...) rolled up — summed for counts, averaged otherwise, Σ numerators
 * / Σ denominators when every part gives both. Totals that disagree with their parts are a
 * data-quality warning (checks.ts), not a computation matter.
 */
export function entityPeriodFigure(given: readonly ReportedValue[], summable: boolean): Point {
  // Stryker disable next-line all: a shortcut; the general path gives a single row the same figure
  if (given.length === 1) return pointOf(given, summable);
  const total = lastByPlace(given, (r) => r.disaggregation === '');
  if (total) return pointOf([total], summable);
  const groups = partsByDimensions(given);
  const first = groups.get([...groups.keys()].sort()[0]) as ReportedValue[];
  // In reading order, whatever order the files came in: the figure's first source is always the same.
  // Stryker disable next-line all: sorting a single row changes nothing
  return pointOf(first.length > 1 ? [...first].sort(comparePlaces) : first, summable);
}

/** The row read last (by file, sheet and cell) among those that `keep`; the last given on a tie. */
function lastByPlace(
  rows: readonly ReportedValue[],
  keep: (r: ReportedValue) => boolean = () => true,
): ReportedValue | null {
  let last: ReportedValue | null = null;
  for (const r of rows) if (keep(r) && (last === null || comparePlaces(r, last) >= 0)) last = r;
  return last;
}

/** Disaggregated rows grouped by the dimensions they give (`sexe`, `région`, `région|sexe`). */
export function partsByDimensions(rows: readonly ReportedValue[]): Map<string, ReportedValue[]> {
  const groups = new Map<string, ReportedValue[]>();
  for (const r of rows) {
    if (r.disaggregation === '') continue;
    const dims = splitDisaggregation(r.disaggregation).dimensions;
    const group = groups.get(dims);
    if (group) group.push(r);
    else groups.set(dims, [r]);
  }
  return groups;
}

/** `région=Kayes|sexe=F` → dimensions `région|sexe`, part `Kayes, F`; the few spellings are split once. */
function splitDisaggregation(disaggregation: string): { dimensions: string; part: string } {
  let split = splits.get(disaggregation);
  // Stryker disable next-line all: a cache; splitting the text again gives the same parts
  if (!split) {
    const pairs = disaggregation.split('|');
    split = {
      dimensions: pairs.map((kv) => kv.split('=')[0]).join('|'),
      part: pairs.map((kv) => kv.slice(kv.indexOf('=') + 1)).join(', '),
    };
    // Stryker disable next-line all: the cache's bound; emptying it only costs splitting again
    if (splits.size >= 10_000) splits.clear();
    splits.set(disaggregation, split);
  }
  return split;
}

const splits = new Map<string, { dimensions: string; part: string }>();

function pointOf(rows: readonly ReportedValue[], summable: boolean): Point {
  if (rows.length === 1) {
    // A single row keeps the value as written, even beside its numerator and denominator.
    const r = rows[0];
    const whole = r.numerator !== null && r.denominator !== null;
    return {
      value: r.value as number,
      numerator: whole ? r.numerator : null,
      denominator: whole ? r.denominator : null,
      sources: [r],
    };
  }
  const combined = combine(rows.map(asFraction), summable ? 'sum' : 'mean');
  return { ...combined, sources: [...rows] };
}

function asFraction(r: ReportedValue): Fraction {
  return { value: r.value as number, numerator: r.numerator, denominator: r.denominator };
}

/** An entity's periods, in order, reduced per the indicator's `agrégation`. */
function overPeriods(points: Point[], aggregation: Aggregation): Point {
  switch (aggregation) {
    case 'last':
      return points[points.length - 1];
    case 'max':
      return points.reduce((best, p) => (p.value > best.value ? p : best));
    case 'sum':
    case 'mean': {
      const running = new Running();
      const sources: ReportedValue[] = [];
      for (const p of points) {
        running.add(p);
        for (const s of p.sources) sources.push(s);
      }
      return { ...(running.result(aggregation) as Fraction), sources };
    }
  }
}

export interface BreakdownPart {
  /** The disaggregation's value (`F`, `Kayes`; `Kayes, F` across two dimensions). */
  value: string;
  actual: number | null;
}

export interface Breakdown {
  /** `sexe`, `région`, or `région|sexe` for rows disaggregated along two dimensions. */
  dimension: string;
  parts: BreakdownPart[];
  /**
   * The part of the actual the breakdown does not cover — actual − Σ parts — when parts add up to
   * the actual (summed across entities, not `max`): OIM's 380 reported without a sex breakdown
   * beside 460 broken down, of 840. Null when parts do not add up (averages, maxima).
   */
  unallocated: number | null;
  /** Entities whose values count at P but that gave no part of this breakdown, in name order. */
  unallocatedEntities: string[];
}

/**
 * The actual at P of each part of each disaggregation the partners reported (women and men,
 * regions), aggregated exactly as the indicator's total is: a part is one more indicator.
 */
export function breakdownsAt(
  rule: AggregationRule,
  values: readonly ReportedValue[],
  at: Period,
  periodOf: (label: string) => Period,
  actual: number | null = null,
): Breakdown[] {
  if (!values.some((v) => v.disaggregation !== '')) return [];
  const counted = values.filter(
    (v) => v.disaggregation !== '' && v.value !== null && countsAt(periodOf(v.period), at),
  );
  const summable = acrossEntities(rule) === 'sum';
  // A part's rows stand for its total: of several in one entity and period, the last read counts.
  const partFigure = (rows: readonly ReportedValue[]) =>
    pointOf([lastByPlace(rows) as ReportedValue], summable);
  const breakdowns: Breakdown[] = [];
  const groups = partsByDimensions(counted);
  // Who reported anything that counts at P, by entity key, as first spelled.
  const reporting = new Map<string, string>();
  for (const v of values)
    if ((v.value !== null || v.numerator !== null) && countsAt(periodOf(v.period), at)) {
      const key = entityKey(v.entity);
      const known = reporting.get(key);
      // Whatever the order of the inputs, one spelling: the first in sort order.
      if (known === undefined || v.entity < known) reporting.set(key, v.entity);
    }
  const partsAddUp = summable && rule.aggregation !== 'max' && actual !== null;
  for (const dimension of [...groups.keys()].sort()) {
    const byPart = new Map<string, ReportedValue[]>();
    for (const v of groups.get(dimension) as ReportedValue[]) {
      const part = splitDisaggregation(v.disaggregation).part;
      const rows = byPart.get(part);
      if (rows) rows.push(v);
      else byPart.set(part, [v]);
    }
    const parts = [...byPart.keys()].sort().map((value) => ({
      value,
      actual: figureOf(
        rule,
        computeCells(byPart.get(value) as ReportedValue[], summable, periodOf, partFigure),
      ),
    }));
    const broken = new Set((groups.get(dimension) as ReportedValue[]).map((v) => entityKey(v.entity)));
    breakdowns.push({
      dimension,
      parts,
      unallocated: partsAddUp ? unallocatedOf(actual as number, parts) : null,
      unallocatedEntities: [...reporting]
        .filter(([key]) => !broken.has(key))
        .map(([, name]) => name)
        .sort(),
    });
  }
  return breakdowns;
}

/** actual − Σ parts, 0 when they differ by rounding only; null when a part has no actual. */
function unallocatedOf(actual: number, parts: readonly BreakdownPart[]): number | null {
  let sum = 0;
  for (const p of parts) {
    if (p.actual === null) return null;
    sum += p.actual;
  }
  const rest = actual - sum;
  return Math.abs(rest) <= 1e-9 * Math.max(1, Math.abs(actual)) ? 0 : rest;
}

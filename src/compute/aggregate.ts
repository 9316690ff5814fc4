import type { Aggregation, EntityAggregation, ReportedValue } from '../model/plan.js';
import { comparePeriods, type Period } from './periods.js';
import { isPercentUnit, isSummableUnit } from './units.js';

/** One figure with, for percentages, the numerator and denominator it came from. */
interface Point {
  value: number;
  numerator: number | null;
  denominator: number | null;
  sources: ReportedValue[];
}

export interface EntityActual {
  entity: string;
  value: number;
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
  const across = acrossEntities(rule);
  const summable = across === 'sum';
  const byEntity = new Map<string, Map<string, ReportedValue[]>>();
  for (const v of values) {
    if (v.value === null || periodOf(v.period).endMonth > at.endMonth) continue;
    let periods = byEntity.get(v.entity);
    if (!periods) {
      periods = new Map();
      byEntity.set(v.entity, periods);
    }
    const rows = periods.get(v.period);
    if (rows) rows.push(v);
    else periods.set(v.period, [v]);
  }

  const entities: EntityActual[] = [];
  const entityPoints: Point[] = [];
  const trace: ReportedValue[] = [];
  for (const entity of [...byEntity.keys()].sort()) {
    const periods = byEntity.get(entity) as Map<string, ReportedValue[]>;
    const labels = [...periods.keys()].sort((x, y) => comparePeriods(periodOf(x), periodOf(y)));
    const points = labels.map((label) => periodPoint(periods.get(label) as ReportedValue[], summable));
    const point = overPeriods(points, rule.aggregation);
    entityPoints.push(point);
    entities.push({ entity, value: point.value, valueCount: point.sources.length });
    for (const s of point.sources) trace.push(s);
  }
  if (entityPoints.length === 0) return { value: null, across, entities, trace };

  const withFractions = isPercentUnit(rule.unit) && entityPoints.every((p) => p.numerator !== null && p.denominator !== null);
  if (withFractions && !rule.entityAggregation) {
    const num = sum(entityPoints.map((p) => p.numerator as number));
    const den = sum(entityPoints.map((p) => p.denominator as number));
    if (den !== 0) return { value: (num / den) * 100, across: 'ratio', entities, trace };
  }
  const figures = entityPoints.map((p) => p.value);
  return { value: across === 'sum' ? sum(figures) : sum(figures) / figures.length, across, entities, trace };
}

/**
 * One entity's figure for one period: the total row when there is one, else the parts of the
 * first disaggregation (sexe, région...) rolled up. Totals that disagree with their parts are a
 * data-quality warning (checks.ts), not a computation matter.
 */
function periodPoint(rows: ReportedValue[], summable: boolean): Point {
  if (rows.length === 1) return pointOf(rows, summable);
  const totals = rows.filter((r) => r.disaggregation === '');
  if (totals.length > 0) return pointOf([totals[totals.length - 1]], summable);
  const groups = partsByDimensions(rows);
  return pointOf(groups.get([...groups.keys()].sort()[0]) as ReportedValue[], summable);
}

/** Disaggregated rows grouped by the dimensions they give (`sexe`, `région`, `région|sexe`). */
export function partsByDimensions(rows: readonly ReportedValue[]): Map<string, ReportedValue[]> {
  const groups = new Map<string, ReportedValue[]>();
  for (const r of rows) {
    if (r.disaggregation === '') continue;
    const dims = r.disaggregation
      .split('|')
      .map((kv) => kv.split('=')[0])
      .join('|');
    const group = groups.get(dims);
    if (group) group.push(r);
    else groups.set(dims, [r]);
  }
  return groups;
}

function pointOf(rows: ReportedValue[], summable: boolean): Point {
  const fractions = rows.every((r) => r.numerator !== null && r.denominator !== null);
  const numerator = fractions ? sum(rows.map((r) => r.numerator as number)) : null;
  const denominator = fractions ? sum(rows.map((r) => r.denominator as number)) : null;
  let value: number;
  if (rows.length === 1) value = rows[0].value as number;
  else if (fractions && denominator) value = ((numerator as number) / denominator) * 100;
  else value = summable ? sum(rows.map((r) => r.value as number)) : sum(rows.map((r) => r.value as number)) / rows.length;
  return { value, numerator, denominator, sources: rows };
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
      const fractions = points.every((p) => p.numerator !== null && p.denominator !== null);
      const numerator = fractions ? sum(points.map((p) => p.numerator as number)) : null;
      const denominator = fractions ? sum(points.map((p) => p.denominator as number)) : null;
      const total = sum(points.map((p) => p.value));
      const value =
        aggregation === 'sum'
          ? fractions && denominator
            ? ((numerator as number) / denominator) * 100
            : total
          : fractions && denominator
            ? ((numerator as number) / denominator) * 100
            : total / points.length;
      return { value, numerator, denominator, sources: points.flatMap((p) => p.sources) };
    }
  }
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

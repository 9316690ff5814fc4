import type { Indicator, ReportedValue } from '../../model/plan.js';
import { entitySeriesUpTo } from '../aggregate.js';
import type { Period } from '../periods.js';
import { isPercentUnit, isSummableUnit } from '../units.js';

/** A value as the quality checks point at it: what, whose, when, and where it was read. */
export interface Located {
  indicator: string;
  entity: string;
  period: string;
  value: number;
  file: string;
  sheet: string;
  cell: string;
}

export interface OutOfRange extends Located {
  kind: 'percent-above-100' | 'percent-below-0' | 'negative-count';
}

/**
 * Each entity's own history of one indicator: one figure per period (the total row, else the
 * parts of the first disaggregation added up), in period order. For `somme` indicators these
 * are the per-period flows, as reported.
 */
export interface Series {
  ind: Indicator;
  points: Located[];
}

export function entitySeries(
  ind: Indicator,
  values: readonly ReportedValue[],
  at: Period,
  periodOf: (label: string) => Period,
): Series[] {
  return entitySeriesUpTo(values, isSummableUnit(ind.unit), at, periodOf).map((series) => ({
    ind,
    points: series.points.map((figure) => located(figure.sources[0], figure.value)),
  }));
}

function located(v: ReportedValue, value: number): Located {
  return {
    indicator: v.indicator,
    entity: v.entity,
    period: v.period,
    value,
    file: v.file,
    sheet: v.sheet,
    cell: v.cell,
  };
}

export function outOfRange(values: readonly ReportedValue[], byCode: Map<string, Indicator>): OutOfRange[] {
  const found: OutOfRange[] = [];
  for (const v of values) {
    const ind = byCode.get(v.indicator);
    if (ind?.type !== 'quantitative' || v.value === null) continue;
    let kind: OutOfRange['kind'] | null = null;
    if (isPercentUnit(ind.unit))
      kind = v.value > 100 ? 'percent-above-100' : v.value < 0 ? 'percent-below-0' : null;
    else if (isSummableUnit(ind.unit) && v.value < 0) kind = 'negative-count';
    if (kind) found.push({ ...located(v, v.value), kind });
  }
  return found;
}

export { compareCellRefs as cellOrder } from '../../model/cell-ref.js';

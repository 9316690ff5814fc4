import type { Indicator, ReportedValue } from '../../model/plan.js';
import { entityPeriodFigure } from '../aggregate.js';
import { comparePeriods, type Period } from '../periods.js';
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
  values: readonly ReportedValue[],
  byCode: Map<string, Indicator>,
  periodOf: (label: string) => Period,
): Series[] {
  const groups = new Map<string, ReportedValue[]>();
  for (const v of values) {
    if (!byCode.has(v.indicator) || v.value === null) continue;
    const key = `${v.indicator}\u0000${v.entity}`;
    const list = groups.get(key);
    if (list) list.push(v);
    else groups.set(key, [v]);
  }
  const out: Series[] = [];
  for (const key of [...groups.keys()].sort()) {
    const rows = groups.get(key) as ReportedValue[];
    const ind = byCode.get(rows[0].indicator) as Indicator;
    const byPeriod = new Map<string, ReportedValue[]>();
    for (const r of rows) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
    const labels = [...byPeriod.keys()].sort((a, b) => comparePeriods(periodOf(a), periodOf(b)));
    const points = labels.map((label) => {
      const figure = entityPeriodFigure(byPeriod.get(label) as ReportedValue[], isSummableUnit(ind.unit));
      return located(figure.sources[0], figure.value);
    });
    out.push({ ind, points });
  }
  return out;
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

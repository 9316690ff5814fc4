import type { ActivityReport, Indicator, ReportedValue, Settings } from '../model/plan.js';
import { actualsOver, breakdownsAt } from './aggregate.js';
import { type Comment, gatherComments } from './comments.js';
import type { IndicatorFigures } from './indicator.js';
import type { IndicatorModel, TraceGroup } from './model-types.js';
import type { Period } from './periods.js';
import { targetAt } from './target.js';

/** An indicator's details at P: who contributed, the parts of each disaggregation, comments, trend, trace. */
export function indicatorDetails(
  ind: Indicator,
  values: readonly ReportedValue[],
  f: IndicatorFigures,
  trendPeriods: readonly Period[],
  period: Period,
  periodOf: (label: string) => Period,
  s: Settings,
): Pick<IndicatorModel, 'entities' | 'breakdowns' | 'comments' | 'trend' | 'trace'> {
  const trendActuals = values.length ? actualsOver(ind, values, trendPeriods, periodOf) : [];
  return {
    entities: f.actual.entities,
    breakdowns: values.length ? breakdownsAt(ind, values, period, periodOf, f.actual.value) : [],
    // The comment's own cell, not its value's: the reader goes to what was written.
    comments: gatherComments(
      ind.code,
      values.filter((v) => v.comment).map((v) => (v.commentCell ? { ...v, cell: v.commentCell } : v)),
      period,
      periodOf,
    ),
    trend: trendActuals.map((a, k) => ({
      period: trendPeriods[k].label,
      actual: a,
      target: targetAt(ind, trendPeriods[k], s.startYear, s.targetBasis).value,
    })),
    trace: traceGroups(f.actual.trace),
  };
}

export function commentsByActivity(
  reports: readonly ActivityReport[],
  period: Period,
  periodOf: (label: string) => Period,
): Map<string, Comment[]> {
  const byActivity = new Map<string, ActivityReport[]>();
  for (const report of reports) {
    if (!report.comment || !report.period) continue;
    // The comment's own cell, not its row's first: the reader goes to what was written.
    const r = report.commentCell ? { ...report, cell: report.commentCell } : report;
    const list = byActivity.get(r.activity);
    if (list) list.push(r);
    else byActivity.set(r.activity, [r]);
  }
  return new Map([...byActivity].map(([code, list]) => [code, gatherComments(code, list, period, periodOf)]));
}

/** Source cells grouped by file, sheet, entity and period, in the order the values were used. */
export function traceGroups(values: readonly ReportedValue[]): TraceGroup[] {
  const groups = new Map<string, TraceGroup>();
  for (const v of values) {
    const key = `${v.file}\u0000${v.sheet}\u0000${v.entity}\u0000${v.period}`;
    const group = groups.get(key);
    if (group) {
      group.cells.push(v.cell);
      group.values.push(v.value);
    } else
      groups.set(key, {
        file: v.file,
        sheet: v.sheet,
        entity: v.entity,
        period: v.period,
        cells: [v.cell],
        values: [v.value],
      });
  }
  return [...groups.values()];
}

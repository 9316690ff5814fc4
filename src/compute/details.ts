import type { ActivityReport, Indicator, ReportedValue, Settings } from '../model/plan.js';
import type { TraceCell, ValueSource } from '../model/value-store.js';
import { actualsOver, breakdownsAt } from './aggregate.js';
import { type Comment, gatherComments } from './comments.js';
import type { IndicatorFigures } from './indicator.js';
import type { IndicatorModel, TraceGroup } from './model-types.js';
import type { Period } from './periods.js';
import { targetAt } from './target.js';

/** An indicator's details at P: who contributed, the parts of each disaggregation, comments, trend. */
export function indicatorDetails(
  ind: Indicator,
  values: readonly ReportedValue[],
  f: IndicatorFigures,
  trendPeriods: readonly Period[],
  period: Period,
  periodOf: (label: string) => Period,
  s: Settings,
): Pick<IndicatorModel, 'entities' | 'breakdowns' | 'comments' | 'trend'> {
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

/**
 * Above this many source cells in all, the trace leaves report.json's main document for a side
 * file (docs/json-contract.md, "Trace"): about 130 bytes a cell inline, so the main document stays
 * small enough to open in an editor, while the demo's and most plans' traces stay inline.
 */
export const TRACE_INLINE_MAX = 50_000;

/**
 * The trace of a large report, written to the side file: each indicator's source cells as
 * positions in the value source (4 bytes a cell), read back from its columns as they are written.
 */
export class TraceFile {
  constructor(
    private readonly source: ValueSource,
    private readonly parts: readonly Int32Array[],
    /** Source cells in all: the side file's lines after its header. */
    readonly cells: number,
  ) {}

  /** Every source cell, indicator after indicator (the plan's order), each in the order it was used. */
  *[Symbol.iterator](): Generator<TraceCell> {
    for (const part of this.parts) for (const position of part) yield this.source.traceAt(position);
  }
}

/**
 * Gathers each indicator's source cells as positions in the value source while the indicators are
 * computed, then hands the trace over inline (groups per indicator) when it is small, else as a
 * `TraceFile`: a million values' trace is never a million objects.
 */
export class TraceCollector {
  private readonly parts = new Map<string, Int32Array>();
  private total = 0;

  constructor(private readonly source: ValueSource) {}

  /** `used`: the values behind the indicator's figure, each one of `values` (its `valuesOf`). */
  add(code: string, values: readonly ReportedValue[], used: readonly ReportedValue[]): void {
    if (used.length === 0) return;
    const positions = this.source.positionsOf(code);
    const at = new Map<ReportedValue, number>();
    for (let k = 0; k < values.length; k++) at.set(values[k], positions[k]);
    const part = new Int32Array(used.length);
    for (let k = 0; k < used.length; k++) {
      const position = at.get(used[k]);
      if (position === undefined) throw new Error(`trace of ${code}: a value that is not the indicator's`);
      part[k] = position;
    }
    this.parts.set(code, part);
    this.total += used.length;
  }

  /** The trace of each indicator (`codes`, the plan's order): groups inline, or null and the file. */
  finish(
    codes: readonly string[],
    inlineMax = TRACE_INLINE_MAX,
  ): { of: (code: string) => TraceGroup[] | null; file: TraceFile | null } {
    if (this.total > inlineMax) {
      const parts = codes.flatMap((code) => this.parts.get(code) ?? []);
      return { of: () => null, file: new TraceFile(this.source, parts, this.total) };
    }
    return {
      of: (code) => {
        const part = this.parts.get(code);
        return part ? traceGroups(Array.from(part, (position) => this.source.traceAt(position))) : [];
      },
      file: null,
    };
  }
}

/** Source cells grouped by file, sheet, entity and period, in the order the values were used. */
export function traceGroups(values: readonly TraceCell[]): TraceGroup[] {
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

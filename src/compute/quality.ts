import type { Issue } from '../model/issues.js';
import type { Indicator, Plan, ReportedValue, Submission } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';
import { entityKey } from './entities.js';
import { countsAt, type Period } from './periods.js';
import {
  type Completeness,
  completeness,
  type Filing,
  submissionDates,
  submissionFilings,
  type Timeliness,
} from './quality/completeness.js';
import { type CumulativeDecrease, cumulativeDecreases } from './quality/cumulative.js';
import { type Outlier, outliers } from './quality/outliers.js';
import { cellOrder, entitySeries, type OutOfRange, outOfRange } from './quality/values.js';

/**
 * How far the data can be trusted: completeness, timeliness, values out of range, outliers,
 * cumulative series that go down, and the issues found while reading (disaggregations that do not
 * add up, conflicting duplicates, codes not in the plan). Pure: plain data in, findings out. Each
 * check lives in its own file under quality/; this one feeds them and gathers their findings.
 */
export * from './quality/completeness.js';
export * from './quality/cumulative.js';
export * from './quality/outliers.js';
export type { Located, OutOfRange } from './quality/values.js';

export interface IssueRef {
  file: string;
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
  severity: string;
}

export interface QualityFindings {
  completeness: Completeness;
  timeliness: Timeliness;
  outOfRange: OutOfRange[];
  outliers: Outlier[];
  cumulativeDecreases: CumulativeDecrease[];
  disaggregationMismatches: IssueRef[];
  conflictingDuplicates: IssueRef[];
  unknownCodes: IssueRef[];
}

export interface QualityInput {
  plan: Pick<Plan, 'indicators' | 'settings'>;
  values: readonly ReportedValue[] | ValueSource;
  submissions: readonly Submission[];
  issues: readonly Issue[];
  period: Period;
  periodOf: (label: string) => Period;
  /** P−1, when the report compares with it: the completeness is also given there. */
  previous?: Period | null;
}

/**
 * The checks that look at each value (out of range, outliers, cumulative decreases), and what
 * each entity reported of each indicator (for the completeness), fed one indicator at a time —
 * by computeReport as it computes each indicator, so that the values of a national database are
 * materialised once, not once per pass.
 */
export class ValueChecks {
  /**
   * Each indicator's outliers and cumulative decreases, found as it is added: its entities'
   * series (a point per value) are let go at once, not kept for the whole plan to the end.
   */
  private readonly found: { code: string; outliers: Outlier[]; decreases: CumulativeDecrease[] }[] = [];
  private readonly outside: OutOfRange[] = [];
  private readonly byCode: Map<string, Indicator>;
  /** Per indicator: the periods each entity (by its key) reported a value for, up to P. */
  readonly reported = new Map<string, Map<string, Set<string>>>();
  /** What was received, by entity (as written), period and file: each once. */
  private readonly received = new Map<string, Map<string, Set<string>>>();

  constructor(
    plan: Pick<Plan, 'indicators'>,
    private readonly period: Period,
    private readonly periodOf: (label: string) => Period,
  ) {
    this.byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  }

  add(values: readonly ReportedValue[]): void {
    const ind = values.length > 0 ? this.byCode.get(values[0].indicator) : undefined;
    // Only the plan's indicators are owed, checked and followed over time.
    if (!ind) return;
    for (const v of values) {
      if (!countsAt(this.periodOf(v.period), this.period)) continue;
      let byPeriod = this.received.get(v.entity);
      if (!byPeriod) {
        byPeriod = new Map();
        this.received.set(v.entity, byPeriod);
      }
      let files = byPeriod.get(v.period);
      if (!files) {
        files = new Set();
        byPeriod.set(v.period, files);
      }
      files.add(v.file);
    }
    const series = entitySeries(ind, values, this.period, this.periodOf);
    this.found.push({ code: ind.code, outliers: outliers(series), decreases: cumulativeDecreases(series) });
    for (const o of outOfRange(values, this.byCode))
      if (countsAt(this.periodOf(o.period), this.period)) this.outside.push(o);
    // What each entity (by its key) reported: the periods of its series, which hold every value counted at P.
    const byEntity = new Map<string, Set<string>>();
    for (const s of series) {
      const key = entityKey(s.points[0].entity);
      const periods = byEntity.get(key) ?? new Set<string>();
      for (const p of s.points) periods.add(p.period);
      byEntity.set(key, periods);
    }
    this.reported.set(ind.code, byEntity);
  }

  /** Each entity, period and file that some value came from. */
  filings(): Filing[] {
    const out: Filing[] = [];
    for (const [entity, byPeriod] of this.received)
      for (const [period, files] of byPeriod) for (const file of files) out.push({ entity, period, file });
    return out;
  }

  /** The findings by indicator code (in the order added for one code), values out of range by place. */
  findings(): { outliers: Outlier[]; cumulativeDecreases: CumulativeDecrease[]; outside: OutOfRange[] } {
    const found = [...this.found].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    const outside = [...this.outside].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || cellOrder(a.cell, b.cell),
    );
    return {
      outliers: found.flatMap((f) => f.outliers),
      cumulativeDecreases: found.flatMap((f) => f.decreases),
      outside,
    };
  }
}

export function computeQuality(input: QualityInput, checked?: ValueChecks): QualityFindings {
  let checks = checked;
  if (!checks) {
    const values = asValueSource(input.values);
    checks = new ValueChecks(input.plan, input.period, input.periodOf);
    for (const code of values.indicators()) checks.add(values.valuesOf(code));
  }
  const found = checks.findings();
  const delay = input.plan.settings.submissionDelayDays;
  const dates = submissionDates(input.submissions);
  const fromYear = input.plan.settings.startYear ?? earliestYear(input);
  const filings = [...checks.filings(), ...submissionFilings(input.submissions)];
  const completenessAt = (at: Period) =>
    completeness(input.plan, checks.reported, filings, at, fromYear, dates, delay, input.periodOf);
  const now = completenessAt(input.period);
  const before = input.previous ? completenessAt(input.previous).table : null;
  return {
    completeness: {
      ...now.table,
      // Null, not an object of nulls, where nothing was owed at P−1.
      previous:
        input.previous && before && before.rate !== null
          ? { period: input.previous.label, rate: before.rate }
          : null,
    },
    timeliness: now.timeliness,
    outOfRange: found.outside,
    outliers: found.outliers,
    cumulativeDecreases: found.cumulativeDecreases,
    disaggregationMismatches: issueRefs(input.issues, ['disaggregation-mismatch']),
    conflictingDuplicates: issueRefs(input.issues, ['conflicting-duplicate']),
    unknownCodes: issueRefs(input.issues, ['unknown-indicator', 'unknown-activity']),
  };
}

/** Without plan years, the completeness starts at the first year of the data. */
function earliestYear(input: QualityInput): number {
  let year = input.period.year;
  for (const label of asValueSource(input.values).periods())
    year = Math.min(year, input.periodOf(label).year);
  return year;
}

function issueRefs(issues: readonly Issue[], codes: string[]): IssueRef[] {
  return issues
    .filter((i) => codes.includes(i.code))
    .map((i) => ({
      file: i.file,
      sheet: i.sheet ?? null,
      cell: i.cell ?? null,
      indicator:
        typeof i.params.indicator === 'string'
          ? i.params.indicator
          : typeof i.params.code === 'string'
            ? i.params.code
            : null,
      severity: i.severity,
    }));
}

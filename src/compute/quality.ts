import type { Issue } from '../model/issues.js';
import type { Indicator, Plan, ReportedValue, Submission } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';
import { partsByDimensions } from './aggregate.js';
import { comparePeriods, makePeriod, type Period, type PeriodKind } from './periods.js';
import { isPercentUnit, isSummableUnit } from './units.js';

/**
 * How far the data can be trusted: completeness, timeliness, values out of range, outliers,
 * cumulative series that go down, and the issues found while reading (disaggregations that do not
 * add up, conflicting duplicates, codes not in the plan). Pure: plain data in, findings out.
 */

/** Modified z-score above which a value is an outlier (Iglewicz & Hoaglin). */
export const OUTLIER_THRESHOLD = 3.5;
/** Fewest points of an entity's own history for the outlier test to say anything. */
export const OUTLIER_MIN_POINTS = 4;

export type CellState = 'on-time' | 'late' | 'received' | 'missing' | 'not-expected' | 'extra';

export interface CompletenessRow {
  entity: string;
  expected: number;
  received: number;
  rate: number | null;
  cells: { period: string; state: CellState }[];
}

export interface Completeness {
  /** Columns of the matrix: the quarters of the plan up to P. */
  periods: string[];
  rows: CompletenessRow[];
  expected: number;
  received: number;
  /** received / expected, a fraction; null when nothing was expected. */
  rate: number | null;
}

export interface SubmissionTimeliness {
  file: string;
  entity: string | null;
  period: string;
  submittedOn: string;
  deadline: string;
  daysLate: number;
  onTime: boolean;
}

export interface Timeliness {
  delayDays: number;
  submissions: SubmissionTimeliness[];
  /** Submissions without a date or a period: timeliness unknown. */
  undated: number;
  onTime: number;
  late: number;
  rate: number | null;
}

interface Located {
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

export interface Outlier extends Located {
  median: number;
  score: number;
  points: number;
}

export interface CumulativeDecrease extends Located {
  previousPeriod: string;
  previous: number;
}

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
}

/**
 * The checks that look at each value (out of range, outliers, cumulative decreases), fed one
 * indicator at a time — by computeReport as it computes each indicator, so that the values of a
 * national database are materialised once, not once per pass.
 */
export class ValueChecks {
  private readonly series: Series[] = [];
  private readonly outside: OutOfRange[] = [];
  private readonly byCode: Map<string, Indicator>;

  constructor(
    plan: Pick<Plan, 'indicators'>,
    private readonly period: Period,
    private readonly periodOf: (label: string) => Period,
  ) {
    this.byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  }

  add(values: readonly ReportedValue[]): void {
    const counted = values.filter(
      (v) => v.value !== null && this.periodOf(v.period).endMonth <= this.period.endMonth,
    );
    for (const s of entitySeries(counted, this.byCode, this.periodOf)) this.series.push(s);
    for (const o of outOfRange(counted, this.byCode)) this.outside.push(o);
  }

  findings(): { series: Series[]; outside: OutOfRange[] } {
    const series = [...this.series].sort((a, b) =>
      a.ind.code < b.ind.code ? -1 : a.ind.code > b.ind.code ? 1 : 0,
    );
    const outside = [...this.outside].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || cellOrder(a.cell, b.cell),
    );
    return { series, outside };
  }
}

export function computeQuality(input: QualityInput, checked?: ValueChecks): QualityFindings {
  let checks = checked;
  if (!checks) {
    const values = asValueSource(input.values);
    checks = new ValueChecks(input.plan, input.period, input.periodOf);
    for (const code of values.indicators()) checks.add(values.valuesOf(code));
  }
  const { series, outside } = checks.findings();
  return {
    completeness: completeness(input),
    timeliness: timeliness(
      input.submissions,
      input.plan.settings.submissionDelayDays,
      input.period,
      input.periodOf,
    ),
    outOfRange: outside,
    outliers: outliers(series),
    cumulativeDecreases: cumulativeDecreases(series),
    disaggregationMismatches: issueRefs(input.issues, ['disaggregation-mismatch']),
    conflictingDuplicates: issueRefs(input.issues, ['conflicting-duplicate']),
    unknownCodes: issueRefs(input.issues, ['unknown-indicator', 'unknown-activity']),
  };
}

// ─── completeness ──────────────────────────────────────────────────────────────────────────────

const FREQUENCIES: [RegExp, PeriodKind][] = [
  [/^(semestri|semi|half|biannu|bi-annu|s$)/, 'semester'],
  [/^(annu|year|a$|y$)/, 'year'],
  [/^(trimestri|quarter|t$|q$)/, 'quarter'],
];

/** `trimestrielle`/`quarterly` → quarter, `semestrielle` → semester, `annuelle` → year; default quarter. */
export function frequencyKind(frequency: string | null): PeriodKind {
  const f = normalise(frequency ?? '');
  for (const [pattern, kind] of FREQUENCIES) if (pattern.test(f)) return kind;
  return 'quarter';
}

/** Periods of one kind from the start of `fromYear` that end on or before P ends. */
export function periodsUpTo(kind: PeriodKind, fromYear: number, to: Period): Period[] {
  const out: Period[] = [];
  const perYear = kind === 'quarter' ? 4 : kind === 'semester' ? 2 : kind === 'month' ? 12 : 1;
  for (let year = fromYear; year <= to.year; year++) {
    for (let index = 1; index <= perYear; index++) {
      const p = makePeriod(kind, year, index);
      if (p.endMonth <= to.endMonth) out.push(p);
    }
  }
  return out;
}

function completeness(input: QualityInput): Completeness {
  const { plan, period, periodOf } = input;
  const fromYear = plan.settings.startYear ?? earliestYear(input, period);
  const quarters = periodsUpTo('quarter', fromYear, period);
  // Each responsible entity, under the plan's spelling, with the kinds of period it owes.
  const kinds = new Map<string, Set<PeriodKind>>();
  const spelling = new Map<string, string>();
  for (const ind of plan.indicators) {
    for (const name of ind.responsible) {
      const key = normalise(name);
      if (!spelling.has(key)) spelling.set(key, name);
      const set = kinds.get(key) ?? new Set<PeriodKind>();
      set.add(frequencyKind(ind.frequency));
      kinds.set(key, set);
    }
  }
  // What each entity sent: the periods of its values and of its Rapport sheets, and when.
  const sent = new Map<string, Map<string, string | null>>();
  const keyOf = new Map<string, string>();
  const mark = (entity: string | null, label: string | null, on: string | null) => {
    if (!entity || !label) return;
    let key = keyOf.get(entity);
    if (key === undefined) {
      key = normalise(entity);
      keyOf.set(entity, key);
    }
    const periods = sent.get(key) ?? new Map<string, string | null>();
    const before = periods.get(label);
    if (before === undefined || (on !== null && (before === null || on < before))) periods.set(label, on);
    sent.set(key, periods);
  };
  for (const s of input.submissions) mark(s.entity, s.period, s.submittedOn);
  for (const [entity, period] of asValueSource(input.values).entityPeriods()) mark(entity, period, null);

  const delay = plan.settings.submissionDelayDays;
  const rows: CompletenessRow[] = [];
  let expectedAll = 0;
  let receivedAll = 0;
  for (const [key, owed] of [...kinds].sort((a, b) =>
    cmp(spelling.get(a[0]) ?? '', spelling.get(b[0]) ?? ''),
  )) {
    const mine = [...(sent.get(key) ?? new Map<string, string | null>())]
      .map(([label, on]) => ({ p: periodOf(label), on }))
      .filter((x) => x.p.endMonth <= period.endMonth);
    const expected = [...owed].flatMap((kind) => periodsUpTo(kind, fromYear, period));
    let received = 0;
    const stateOf = new Map<string, CellState>();
    for (const e of expected) {
      // The report due at the end of an expected period is the one that ends with it: a 2022-T2
      // report answers for 2022-S1, a 2022-T4 report (or a 2022 one) for the year 2022.
      const within = mine.filter((x) => x.p.startMonth >= e.startMonth && x.p.endMonth === e.endMonth);
      const column = quarterEnding(e.endMonth);
      let state: CellState = 'missing';
      if (within.length > 0) {
        received++;
        const dates = within.map((x) => x.on).filter((d): d is string => d !== null);
        state =
          dates.length === 0 ? 'received' : dates.sort()[0] <= deadlineOf(e, delay) ? 'on-time' : 'late';
      }
      stateOf.set(column, worse(stateOf.get(column), state));
    }
    for (const x of mine) {
      const column = quarterEnding(x.p.endMonth);
      if (!stateOf.has(column)) stateOf.set(column, 'extra');
    }
    expectedAll += expected.length;
    receivedAll += received;
    rows.push({
      entity: spelling.get(key) ?? key,
      expected: expected.length,
      received,
      rate: expected.length ? received / expected.length : null,
      cells: quarters.map((q) => ({ period: q.label, state: stateOf.get(q.label) ?? 'not-expected' })),
    });
  }
  return {
    periods: quarters.map((q) => q.label),
    rows,
    expected: expectedAll,
    received: receivedAll,
    rate: expectedAll ? receivedAll / expectedAll : null,
  };
}

const STATE_RANK: Record<CellState, number> = {
  missing: 5,
  late: 4,
  received: 3,
  'on-time': 2,
  extra: 1,
  'not-expected': 0,
};

function worse(a: CellState | undefined, b: CellState): CellState {
  return a === undefined || STATE_RANK[b] > STATE_RANK[a] ? b : a;
}

function quarterEnding(endMonth: number): string {
  const year = Math.floor(endMonth / 12);
  return makePeriod('quarter', year, Math.floor((endMonth - year * 12) / 3) + 1).label;
}

function earliestYear(input: QualityInput, period: Period): number {
  let year = period.year;
  for (const label of asValueSource(input.values).periods())
    year = Math.min(year, input.periodOf(label).year);
  return year;
}

// ─── timeliness ────────────────────────────────────────────────────────────────────────────────

/** The last day a report on `period` is on time: the period's last day plus `delayDays`. */
export function deadlineOf(period: Period, delayDays: number): string {
  const next = period.endMonth + 1;
  const firstDayAfter = Date.UTC(Math.floor(next / 12), next % 12, 1);
  return isoDay(firstDayAfter + (delayDays - 1) * DAY);
}

const DAY = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayNumber(iso: string): number {
  return Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY,
  );
}

function timeliness(
  submissions: readonly Submission[],
  delayDays: number,
  at: Period,
  periodOf: (label: string) => Period,
): Timeliness {
  const rows: SubmissionTimeliness[] = [];
  let undated = 0;
  for (const s of submissions) {
    if (s.period && periodOf(s.period).endMonth > at.endMonth) continue;
    if (!s.period || !s.submittedOn) {
      undated++;
      continue;
    }
    const deadline = deadlineOf(periodOf(s.period), delayDays);
    const daysLate = Math.max(0, dayNumber(s.submittedOn) - dayNumber(deadline));
    rows.push({
      file: s.file,
      entity: s.entity,
      period: s.period,
      submittedOn: s.submittedOn,
      deadline,
      daysLate,
      onTime: daysLate === 0,
    });
  }
  const onTime = rows.filter((r) => r.onTime).length;
  return {
    delayDays,
    submissions: rows,
    undated,
    onTime,
    late: rows.length - onTime,
    rate: rows.length ? onTime / rows.length : null,
  };
}

function cellOrder(a: string, b: string): number {
  const row = (c: string) => Number(/\d+$/.exec(c)?.[0] ?? 0);
  return row(a) - row(b) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

// ─── values ────────────────────────────────────────────────────────────────────────────────────

function outOfRange(values: readonly ReportedValue[], byCode: Map<string, Indicator>): OutOfRange[] {
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

/**
 * Modified z-score of each point: 0.6745·(x − median) / MAD. When more than half the points are
 * equal (MAD = 0) the mean absolute deviation stands in, scaled so both agree on normal data
 * (0.7979 = √(2/π)), as IBM SPSS does; when every point is equal there is no outlier.
 */
export function modifiedZScores(xs: readonly number[]): number[] {
  const m = median(xs);
  const deviations = xs.map((x) => Math.abs(x - m));
  const mad = median(deviations);
  if (mad > 0) return xs.map((x) => (0.6745 * (x - m)) / mad);
  const meanAd = deviations.reduce((s, d) => s + d, 0) / xs.length;
  if (meanAd === 0) return xs.map(() => 0);
  return xs.map((x) => (x - m) / (1.2533 * meanAd));
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function outliers(all: readonly Series[]): Outlier[] {
  const found: Outlier[] = [];
  for (const series of all) {
    if (series.ind.type !== 'quantitative' || series.points.length < OUTLIER_MIN_POINTS) continue;
    const xs = series.points.map((p) => p.value);
    const m = median(xs);
    modifiedZScores(xs).forEach((score, n) => {
      if (Math.abs(score) > OUTLIER_THRESHOLD) {
        found.push({
          ...series.points[n],
          median: m,
          score: Math.round(score * 100) / 100,
          points: xs.length,
        });
      }
    });
  }
  return found;
}

/** For `dernière` indicators with cumulative targets, each reported value should not fall below the last. */
function cumulativeDecreases(all: readonly Series[]): CumulativeDecrease[] {
  const found: CumulativeDecrease[] = [];
  for (const { ind, points } of all) {
    if (ind.aggregation !== 'last' || ind.targetType !== 'cumulative' || ind.direction === 'decrease')
      continue;
    for (let n = 1; n < points.length; n++) {
      const before = points[n - 1];
      if (points[n].value < before.value)
        found.push({ ...points[n], previousPeriod: before.period, previous: before.value });
    }
  }
  return found;
}

/**
 * Each entity's own history of one indicator: one figure per period (the total row, else the
 * parts of the first disaggregation added up), in period order. For `somme` indicators these
 * are the per-period flows, as reported.
 */
interface Series {
  ind: Indicator;
  points: Located[];
}

function entitySeries(
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
    const points = labels.map((label) =>
      periodFigure(byPeriod.get(label) as ReportedValue[], isSummableUnit(ind.unit)),
    );
    out.push({ ind, points: points.filter((p): p is Located => p !== null) });
  }
  return out;
}

function periodFigure(rows: ReportedValue[], summable: boolean): Located | null {
  const total = rows.find((r) => r.disaggregation === '');
  if (total) return located(total, total.value as number);
  const groups = partsByDimensions(rows);
  const first = groups.get([...groups.keys()].sort()[0]);
  if (!first) return null;
  const sum = first.reduce((s, r) => s + (r.value as number), 0);
  return located(first[0], summable ? sum : sum / first.length);
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

function normalise(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { Issue } from '../model/issues.js';
import type { Indicator, Plan, ReportedValue, Submission } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';
import { entityPeriodFigure } from './aggregate.js';
import { entityKey } from './entities.js';
import { comparePeriods, countsAt, type Period, type PeriodKind, periodsUpTo } from './periods.js';
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

/**
 * A cell of the completeness matrix (one entity, one period): `complete` when every indicator the
 * entity owes for the period was reported, `partial` when some were, `missing` when none was;
 * a complete or partial report is also `on-time` or `late` when its submission date is known.
 */
export type CellState = 'on-time' | 'late' | 'received' | 'partial' | 'missing' | 'not-expected';

export interface CompletenessCell {
  period: string;
  state: CellState;
  /** Indicators the entity owes for this period, and how many of them it reported. */
  expected: number;
  filled: number;
}

export interface CompletenessRow {
  entity: string;
  /** Indicator × period values owed up to P, and those reported. */
  expected: number;
  received: number;
  rate: number | null;
  /** Reports (entity × period) owed up to P, and those that hold at least one owed value. */
  reportsExpected: number;
  reportsReceived: number;
  cells: CompletenessCell[];
}

export interface Completeness {
  /** Columns of the matrix: every period owed by some entity up to P, of every kind, finer first. */
  periods: string[];
  rows: CompletenessRow[];
  expected: number;
  received: number;
  /** received / expected, a fraction; null when nothing was expected. */
  rate: number | null;
  reportsExpected: number;
  reportsReceived: number;
  /** The rate at P−1, when there is a P−1 to compare with. */
  previous: { period: string; rate: number | null } | null;
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

/** Timeliness of the reports received (the same reports the completeness counts). */
export interface Timeliness {
  delayDays: number;
  /** Each received report whose submission date is known. */
  submissions: SubmissionTimeliness[];
  /** Received reports without a submission date: timeliness unknown. */
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
  private readonly series: Series[] = [];
  private readonly outside: OutOfRange[] = [];
  private readonly byCode: Map<string, Indicator>;
  /** Per indicator: the periods each entity (by its key) reported a value for, up to P. */
  readonly reported = new Map<string, Map<string, Set<string>>>();

  constructor(
    plan: Pick<Plan, 'indicators'>,
    private readonly period: Period,
    private readonly periodOf: (label: string) => Period,
  ) {
    this.byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  }

  add(values: readonly ReportedValue[]): void {
    const counted = values.filter((v) => v.value !== null && countsAt(this.periodOf(v.period), this.period));
    for (const s of entitySeries(counted, this.byCode, this.periodOf)) this.series.push(s);
    for (const o of outOfRange(counted, this.byCode)) this.outside.push(o);
    for (const v of counted) {
      let byEntity = this.reported.get(v.indicator);
      if (!byEntity) {
        byEntity = new Map();
        this.reported.set(v.indicator, byEntity);
      }
      const key = entityKey(v.entity);
      const periods = byEntity.get(key);
      if (periods) periods.add(v.period);
      else byEntity.set(key, new Set([v.period]));
    }
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
  const delay = input.plan.settings.submissionDelayDays;
  const dates = submissionDates(input.submissions);
  const now = completeness(input, checks.reported, input.period, dates, delay);
  const before = input.previous
    ? completeness(input, checks.reported, input.previous, dates, delay).table
    : null;
  return {
    completeness: {
      ...now.table,
      previous: input.previous && before ? { period: input.previous.label, rate: before.rate } : null,
    },
    timeliness: now.timeliness,
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
  [/^(mensu|month|m$)/, 'month'],
  [/^(trimestri|quarter|t$|q$)/, 'quarter'],
];

/** `trimestrielle`/`quarterly` → quarter, `semestrielle` → semester, `annuelle` → year, `mensuelle` → month; default quarter. */
export function frequencyKind(frequency: string | null): PeriodKind {
  const f = entityKey(frequency ?? '');
  for (const [pattern, kind] of FREQUENCIES) if (pattern.test(f)) return kind;
  return 'quarter';
}

/** Display order of the matrix's columns: by end, the finer period first (T1, T2, S1, …, T4, S2, 2022). */
function columnOrder(a: Period, b: Period): number {
  return a.endMonth - b.endMonth || b.startMonth - a.startMonth;
}

/** Earliest submission date per file's entity and period, as the Rapport sheets give them. */
interface Dated {
  entity: string;
  period: string;
  on: string;
  file: string;
}

function submissionDates(submissions: readonly Submission[]): Dated[] {
  return submissions
    .filter((s): s is Submission & { entity: string; period: string; submittedOn: string } =>
      Boolean(s.entity && s.period && s.submittedOn),
    )
    .map((s) => ({ entity: entityKey(s.entity), period: s.period, on: s.submittedOn, file: s.file }));
}

/**
 * Completeness at indicator level (DESIGN.md, "Data quality"): each responsible entity owes, for
 * each indicator it answers for, one value per period of the indicator's frequency up to P; a
 * value reported for that period or a finer one inside it fills it. An entity that filled 3 of
 * the 6 indicators it owes for 2022-T3 is at 50 % there. A report (entity × period) is received
 * when it holds at least one owed value; its timeliness is that of the earliest submission date
 * given for it.
 */
function completeness(
  input: QualityInput,
  reported: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
  at: Period,
  dates: readonly Dated[],
  delay: number,
): { table: Omit<Completeness, 'previous'>; timeliness: Timeliness } {
  const { plan, periodOf } = input;
  const fromYear = plan.settings.startYear ?? earliestYear(input, at);
  const spelling = new Map<string, string>();
  // owed[entity][period label] = [indicators owed, indicators filled]
  const owed = new Map<string, Map<string, [number, number]>>();
  const columns = new Map<string, Period>();
  for (const ind of plan.indicators) {
    const periods = periodsUpTo(frequencyKind(ind.frequency), fromYear, at);
    for (const name of ind.responsible) {
      const key = entityKey(name);
      if (!spelling.has(key)) spelling.set(key, name);
      const mine = [...(reported.get(ind.code)?.get(key) ?? [])].map(periodOf).filter((p) => countsAt(p, at));
      let cells = owed.get(key);
      if (!cells) {
        cells = new Map();
        owed.set(key, cells);
      }
      for (const q of periods) {
        columns.set(q.label, q);
        const cell = cells.get(q.label) ?? [0, 0];
        cell[0]++;
        if (mine.some((p) => p.startMonth >= q.startMonth && p.endMonth <= q.endMonth)) cell[1]++;
        cells.set(q.label, cell);
      }
    }
  }
  const ordered = [...columns.values()].sort(columnOrder);
  const rows: CompletenessRow[] = [];
  const reports: SubmissionTimeliness[] = [];
  let undated = 0;
  let expectedAll = 0;
  let receivedAll = 0;
  let reportsExpectedAll = 0;
  let reportsReceivedAll = 0;
  for (const key of [...owed.keys()].sort((a, b) => cmp(spelling.get(a) ?? a, spelling.get(b) ?? b))) {
    const cellsOf = owed.get(key) as Map<string, [number, number]>;
    let expected = 0;
    let received = 0;
    let reportsExpected = 0;
    let reportsReceived = 0;
    const cells: CompletenessCell[] = ordered.map((q) => {
      const cell = cellsOf.get(q.label);
      if (!cell) return { period: q.label, state: 'not-expected', expected: 0, filled: 0 };
      const [owes, filled] = cell;
      expected += owes;
      received += filled;
      reportsExpected++;
      if (filled === 0) return { period: q.label, state: 'missing', expected: owes, filled };
      reportsReceived++;
      const on = earliestDate(dates, key, q, periodOf);
      let state: CellState = filled < owes ? 'partial' : 'received';
      if (on) {
        const deadline = deadlineOf(q, delay);
        const daysLate = Math.max(0, dayNumber(on.on) - dayNumber(deadline));
        reports.push({
          file: on.file,
          entity: spelling.get(key) ?? key,
          period: q.label,
          submittedOn: on.on,
          deadline,
          daysLate,
          onTime: daysLate === 0,
        });
        if (state === 'received') state = daysLate === 0 ? 'on-time' : 'late';
      } else undated++;
      return { period: q.label, state, expected: owes, filled };
    });
    expectedAll += expected;
    receivedAll += received;
    reportsExpectedAll += reportsExpected;
    reportsReceivedAll += reportsReceived;
    rows.push({
      entity: spelling.get(key) ?? key,
      expected,
      received,
      rate: expected ? received / expected : null,
      reportsExpected,
      reportsReceived,
      cells,
    });
  }
  const onTime = reports.filter((r) => r.onTime).length;
  return {
    table: {
      periods: ordered.map((q) => q.label),
      rows,
      expected: expectedAll,
      received: receivedAll,
      rate: expectedAll ? receivedAll / expectedAll : null,
      reportsExpected: reportsExpectedAll,
      reportsReceived: reportsReceivedAll,
    },
    timeliness: {
      delayDays: delay,
      submissions: reports,
      undated,
      onTime,
      late: reports.length - onTime,
      rate: reports.length ? onTime / reports.length : null,
    },
  };
}

/** The earliest date an entity submitted a report for `q` (a report on q, or on a finer period ending with it). */
function earliestDate(
  dates: readonly Dated[],
  entity: string,
  q: Period,
  periodOf: (label: string) => Period,
): Dated | null {
  let best: Dated | null = null;
  for (const d of dates) {
    if (d.entity !== entity) continue;
    const p = periodOf(d.period);
    if (p.startMonth < q.startMonth || p.endMonth !== q.endMonth) continue;
    if (!best || d.on < best.on || (d.on === best.on && d.file < best.file)) best = d;
  }
  return best;
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

/**
 * When more than half an entity's history equals its median (MAD = 0) the history has too little
 * spread to call a value aberrant from the z-score alone: a 1 against a run of 0 is ordinary for a
 * small count. Such a value is an outlier only when it also lies further from the median than the
 * median lies from zero (500 in a run of 10 does; 2 in a run of 1 does not).
 */
function farFromMedian(x: number, m: number): boolean {
  return m !== 0 && Math.abs(x - m) > Math.abs(m);
}

function outliers(all: readonly Series[]): Outlier[] {
  const found: Outlier[] = [];
  for (const series of all) {
    if (series.ind.type !== 'quantitative' || series.points.length < OUTLIER_MIN_POINTS) continue;
    const xs = series.points.map((p) => p.value);
    const m = median(xs);
    const spread = median(xs.map((x) => Math.abs(x - m))) > 0;
    modifiedZScores(xs).forEach((score, n) => {
      if (Math.abs(score) > OUTLIER_THRESHOLD && (spread || farFromMedian(xs[n], m))) {
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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

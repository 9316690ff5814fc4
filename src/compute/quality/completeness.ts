import type { Plan } from '../../model/plan.js';
import type { Period } from '../periods.js';
import { type Dated, expectedReports, type Filing, type ReportTimeliness } from './reports.js';

export {
  type Dated,
  deadlineOf,
  type Filing,
  frequencyKind,
  type ReportTimeliness,
  reportingKind,
  submissionDates,
  submissionFilings,
} from './reports.js';

/**
 * Completeness and timeliness of the reports (docs/quality.md), both read from the one list of
 * expected reports of quality/reports.ts: the matrix's cells are those reports, the timeliness
 * counts the same ones, the late reports by entity are drawn from them.
 */
/**
 * A cell of the completeness matrix: one report of one entity. `missing` when nothing was
 * received for it; received, `partial` when some values owed there are missing, else `on-time`,
 * `late` or `received` (no submission date). A partial report has its timeliness too.
 */
export type CellState = 'on-time' | 'late' | 'received' | 'partial' | 'missing' | 'not-expected';

export interface CompletenessCell {
  period: string;
  state: CellState;
  /** Values the entity owes in this report, and how many of them it reported. */
  expected: number;
  filled: number;
  /** The files received for this report; empty when missing or not expected. */
  files: string[];
  /** Of a received report: on time, late or undated; null when missing or not expected. */
  timeliness: ReportTimeliness | null;
  submittedOn: string | null;
  /** The last day it was on time; null when not expected. */
  deadline: string | null;
  /** Days after the deadline (0 on time) of a dated received report, else null. */
  daysLate: number | null;
}

export interface CompletenessRow {
  entity: string;
  /** Indicator × period values owed up to P, and those reported. */
  expected: number;
  received: number;
  rate: number | null;
  /** Reports (entity × reporting period) owed up to P, those received, and of those the incomplete ones. */
  reportsExpected: number;
  reportsReceived: number;
  reportsPartial: number;
  cells: CompletenessCell[];
}

export interface Completeness {
  /** Columns of the matrix: every reporting period of some entity up to P, finer first. */
  periods: string[];
  rows: CompletenessRow[];
  expected: number;
  received: number;
  /** received / expected, a fraction; null when nothing was expected. */
  rate: number | null;
  reportsExpected: number;
  reportsReceived: number;
  reportsPartial: number;
  /** The rate at P−1, when there is a P−1 with values to compare with and something was owed there; else null. */
  previous: { period: string; rate: number | null } | null;
}

export interface SubmissionTimeliness {
  /** The file whose date times the report. */
  file: string;
  entity: string | null;
  period: string;
  submittedOn: string;
  deadline: string;
  /** Days after the deadline; 0 when on time. */
  daysLate: number;
  onTime: boolean;
}

/** An entity's late reports: the rows of the late-reports table, and what the key findings cite. */
export interface LateEntity {
  entity: string;
  /** Its received reports that are dated, and of those the late ones. */
  dated: number;
  late: number;
  /** The longest delay, in days after the deadline. */
  maxDaysLate: number;
  reports: { period: string; daysLate: number }[];
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
  /** Entities with a late report, the most late reports first, then the longest delay, then by name. */
  lateByEntity: LateEntity[];
}

/** Display order of the matrix's columns: by end, the finer period first (T1, T2, S1, …, T4, S2, 2022). */
function columnOrder(a: Period, b: Period): number {
  return a.endMonth - b.endMonth || b.startMonth - a.startMonth;
}

/**
 * Completeness at indicator level: each responsible entity owes, for each indicator it answers
 * for, one value per period of the indicator's frequency up to P, due in one of its reports
 * (quality/reports.ts); an entity that filled 3 of the 6 values owed in its 2022-T3 report is at
 * 50 % there. Timeliness over the same received reports.
 */
export function completeness(
  plan: Pick<Plan, 'indicators'>,
  reported: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
  filings: readonly Filing[],
  at: Period,
  fromYear: number,
  dates: readonly Dated[],
  delay: number,
  periodOf: (label: string) => Period,
): { table: Omit<Completeness, 'previous'>; timeliness: Timeliness } {
  const entities = expectedReports(plan.indicators, reported, filings, dates, at, fromYear, delay, periodOf);
  const columns = new Map<string, Period>();
  for (const e of entities) for (const r of e.reports) columns.set(r.period.label, r.period);
  const ordered = [...columns.values()].sort(columnOrder);
  const rows: CompletenessRow[] = [];
  const submissions: SubmissionTimeliness[] = [];
  const lateByEntity: LateEntity[] = [];
  let undated = 0;
  for (const e of entities) {
    const own = new Map(e.reports.map((r) => [r.period.label, r]));
    const late: LateEntity = { entity: e.entity, dated: 0, late: 0, maxDaysLate: 0, reports: [] };
    const cells = ordered.map((q): CompletenessCell => {
      const r = own.get(q.label);
      if (!r) return notExpected(q.label);
      const received = r.files.length > 0;
      if (r.timeliness === 'undated') undated++;
      if (r.submittedOn !== null && r.daysLate !== null && r.datedBy !== null) {
        submissions.push({
          file: r.datedBy,
          entity: e.entity,
          period: q.label,
          submittedOn: r.submittedOn,
          deadline: r.deadline,
          daysLate: r.daysLate,
          onTime: r.daysLate === 0,
        });
        late.dated++;
        if (r.daysLate > 0) {
          late.late++;
          late.maxDaysLate = Math.max(late.maxDaysLate, r.daysLate);
          late.reports.push({ period: q.label, daysLate: r.daysLate });
        }
      }
      const state: CellState = !received
        ? 'missing'
        : r.filled < r.expected
          ? 'partial'
          : r.timeliness === 'undated'
            ? 'received'
            : (r.timeliness as 'on-time' | 'late');
      return {
        period: q.label,
        state,
        expected: r.expected,
        filled: r.filled,
        files: r.files,
        timeliness: r.timeliness,
        submittedOn: r.submittedOn,
        deadline: r.deadline,
        daysLate: r.daysLate,
      };
    });
    if (late.late > 0) lateByEntity.push(late);
    const expected = e.reports.reduce((n, r) => n + r.expected, 0);
    const received = e.reports.reduce((n, r) => n + r.filled, 0);
    rows.push({
      entity: e.entity,
      expected,
      received,
      rate: expected ? received / expected : null,
      reportsExpected: e.reports.length,
      reportsReceived: e.reports.filter((r) => r.files.length > 0).length,
      reportsPartial: cells.filter((c) => c.state === 'partial').length,
      cells,
    });
  }
  const total = (pick: (r: CompletenessRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const expected = total((r) => r.expected);
  const received = total((r) => r.received);
  const onTime = submissions.filter((s) => s.onTime).length;
  return {
    table: {
      periods: ordered.map((q) => q.label),
      rows,
      expected,
      received,
      rate: expected ? received / expected : null,
      reportsExpected: total((r) => r.reportsExpected),
      reportsReceived: total((r) => r.reportsReceived),
      reportsPartial: total((r) => r.reportsPartial),
    },
    timeliness: {
      delayDays: delay,
      submissions,
      undated,
      onTime,
      late: submissions.length - onTime,
      rate: submissions.length ? onTime / submissions.length : null,
      lateByEntity: lateByEntity.sort(
        (a, b) => b.late - a.late || b.maxDaysLate - a.maxDaysLate || (a.entity < b.entity ? -1 : 1),
      ),
    },
  };
}

function notExpected(period: string): CompletenessCell {
  return {
    period,
    state: 'not-expected',
    expected: 0,
    filled: 0,
    files: [],
    timeliness: null,
    submittedOn: null,
    deadline: null,
    daysLate: null,
  };
}

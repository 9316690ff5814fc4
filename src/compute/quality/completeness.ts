import type { Plan, Submission } from '../../model/plan.js';
import { entityKey } from '../entities.js';
import { countsAt, type Period, type PeriodKind, periodsUpTo, within } from '../periods.js';

/**
 * Completeness and timeliness of the reports (DESIGN.md, "Data quality"), at indicator level:
 * what each responsible entity owes, period by period, against what it reported and when.
 */
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
  /** The rate at P−1, when there is a P−1 with values to compare with and something was owed there; else null. */
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
export interface Dated {
  entity: string;
  period: string;
  on: string;
  file: string;
}

export function submissionDates(submissions: readonly Submission[]): Dated[] {
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
export function completeness(
  plan: Pick<Plan, 'indicators'>,
  reported: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
  at: Period,
  fromYear: number,
  dates: readonly Dated[],
  delay: number,
  periodOf: (label: string) => Period,
): { table: Omit<Completeness, 'previous'>; timeliness: Timeliness } {
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
        if (mine.some((p) => within(p, q))) cell[1]++;
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

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

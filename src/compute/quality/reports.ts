import type { Indicator, Submission } from '../../model/plan.js';
import { entityKey } from '../entities.js';
import { countsAt, type Period, type PeriodKind, periodEndingAt, periodsUpTo, within } from '../periods.js';

/**
 * What a **report** is, once for every part of the report that counts reports (docs/quality.md,
 * "Reports: one definition"): what one entity sends for one of its reporting periods — a file
 * received for that entity and period. The key findings, the completeness by entity and by period,
 * the timeliness and the annex's Quality sheet all read the reports built here, so they cannot
 * disagree.
 *
 * - An entity **reports at the pace of the finest frequency it owes**: quarterly when it answers
 *   for at least one quarterly indicator, yearly when it only owes yearly values. Its expected
 *   reports are the periods of that kind from the plan's first year up to P: a ministry that owes
 *   quarterly, half-yearly and yearly values sends 4 reports a year, not 4 + 2 + 1.
 * - A value owed for a longer period (a semester, a year) is **due in the report of the period
 *   that ends with it**: the first half-year's in the T2 report, the year's in the T4 report.
 * - A report is **received** when a file brought something of that entity for that period: a
 *   value for a period ending within it, or a `Rapport` sheet naming the entity and such a period.
 *   Received, it holds the values owed there that were reported (`filled` of `expected`).
 * - Its **submission date** is the earliest `Date de soumission` of a file whose period lies within
 *   the report's and ends with it; without one the report is undated.
 */
export type ReportTimeliness = 'on-time' | 'late' | 'undated';

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

/** Finer first: an entity that owes quarterly and yearly values reports quarterly. */
const FINENESS: PeriodKind[] = ['month', 'quarter', 'semester', 'year'];

/** The frequency an entity reports at: the finest of the frequencies it owes. */
export function reportingKind(kinds: Iterable<PeriodKind>): PeriodKind {
  let best = FINENESS.length - 1;
  for (const k of kinds) best = Math.min(best, FINENESS.indexOf(k));
  return FINENESS[best];
}

/** The report (of an entity reporting at `kind`) that a value or file for `period` belongs to: the one its end falls in. */
export function reportPeriodOf(kind: PeriodKind, period: Period): Period {
  return periodEndingAt(kind, period.endMonth);
}

/** Something received from an entity for a period: a value, or a file's `Rapport` sheet. */
export interface Filing {
  /** The entity as written; matched by entityKey. */
  entity: string;
  period: string;
  file: string;
}

/** A file's submission date, with the entity and period its `Rapport` sheet names. */
export interface Dated {
  /** entityKey of the entity. */
  entity: string;
  period: string;
  on: string;
  file: string;
}

/** Submission dates, from the files whose `Rapport` sheet names an entity, a period and a date. */
export function submissionDates(submissions: readonly Submission[]): Dated[] {
  return submissions
    .filter((s): s is Submission & { entity: string; period: string; submittedOn: string } =>
      Boolean(s.entity && s.period && s.submittedOn),
    )
    .map((s) => ({ entity: entityKey(s.entity), period: s.period, on: s.submittedOn, file: s.file }));
}

/** The files whose `Rapport` sheet names their entity and period: received for that entity and period. */
export function submissionFilings(submissions: readonly Submission[]): Filing[] {
  return submissions
    .filter((s): s is Submission & { entity: string; period: string } => Boolean(s.entity && s.period))
    .map((s) => ({ entity: s.entity, period: s.period, file: s.file }));
}

/** One expected report of one entity, as computed at P. */
export interface ExpectedReport {
  period: Period;
  /** Values owed in this report (indicator × the period it is owed for), and those reported. */
  expected: number;
  filled: number;
  /** Files received for it, sorted; empty when it was not received. */
  files: string[];
  submittedOn: string | null;
  /** The file whose date times it (the earliest dated one). */
  datedBy: string | null;
  deadline: string;
  /** Days after the deadline (0 when on time); null when undated or not received. */
  daysLate: number | null;
  timeliness: ReportTimeliness | null;
}

export interface EntityReports {
  /** The entity as the plan first spells it. */
  entity: string;
  kind: PeriodKind;
  reports: ExpectedReport[];
}

/**
 * Every report each responsible entity owes up to `at`, what it holds and when it came.
 * @param reported per indicator, the periods each entity (by entityKey) reported a value for
 * @param filings what was received, per entity and period (values and `Rapport` sheets)
 */
export function expectedReports(
  indicators: readonly Pick<Indicator, 'code' | 'frequency' | 'responsible'>[],
  reported: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<string>>>,
  filings: readonly Filing[],
  dates: readonly Dated[],
  at: Period,
  fromYear: number,
  delay: number,
  periodOf: (label: string) => Period,
): EntityReports[] {
  const spelling = new Map<string, string>();
  const owes = new Map<string, { ind: string; kind: PeriodKind }[]>();
  for (const ind of indicators) {
    const kind = frequencyKind(ind.frequency);
    for (const name of ind.responsible) {
      const key = entityKey(name);
      if (!spelling.has(key)) spelling.set(key, name);
      const list = owes.get(key) ?? [];
      list.push({ ind: ind.code, kind });
      owes.set(key, list);
    }
  }
  // Files received per entity, by the end month of the period they were received for.
  const received = new Map<string, { period: Period; file: string }[]>();
  for (const f of filings) {
    const period = periodOf(f.period);
    if (!countsAt(period, at)) continue;
    const key = entityKey(f.entity);
    const list = received.get(key) ?? [];
    list.push({ period, file: f.file });
    received.set(key, list);
  }
  const out: EntityReports[] = [];
  for (const [key, owed] of owes) {
    const kind = reportingKind(owed.map((o) => o.kind));
    const reports = periodsUpTo(kind, fromYear, at).map(
      (q): ExpectedReport => ({
        period: q,
        expected: 0,
        filled: 0,
        files: [],
        submittedOn: null,
        datedBy: null,
        deadline: deadlineOf(q, delay),
        daysLate: null,
        timeliness: null,
      }),
    );
    const slot = new Map(reports.map((r) => [r.period.endMonth, r]));
    const inSlot = (p: Period) => slot.get(reportPeriodOf(kind, p).endMonth);
    for (const { ind, kind: owedKind } of owed) {
      const mine = [...(reported.get(ind)?.get(key) ?? [])].map(periodOf).filter((p) => countsAt(p, at));
      for (const q of periodsUpTo(owedKind, fromYear, at)) {
        const r = inSlot(q);
        if (!r) continue;
        r.expected++;
        if (mine.some((p) => within(p, q))) r.filled++;
      }
    }
    for (const f of received.get(key) ?? []) {
      const r = inSlot(f.period);
      if (r && !r.files.includes(f.file)) r.files.push(f.file);
    }
    for (const r of reports) {
      if (r.files.length === 0) continue;
      r.files.sort(cmp);
      const on = earliestDate(dates, key, r.period, periodOf);
      if (on) {
        r.submittedOn = on.on;
        r.datedBy = on.file;
        r.daysLate = Math.max(0, dayNumber(on.on) - dayNumber(r.deadline));
        r.timeliness = r.daysLate === 0 ? 'on-time' : 'late';
      } else r.timeliness = 'undated';
    }
    out.push({ entity: spelling.get(key) ?? key, kind, reports });
  }
  return out.sort((a, b) => cmp(a.entity, b.entity));
}

/** The earliest date an entity gave for report `q` (a file on q, or on a finer period ending with it). */
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
    if (!within(p, q) || p.endMonth !== q.endMonth) continue;
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

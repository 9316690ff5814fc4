import type { Activity, ActivityReport, ActivityStatus, Plan } from '../model/plan.js';
import { finiteOrNull, sum } from './fractions.js';
import { countsAt, type Period } from './periods.js';

/**
 * Physical and financial execution of the plan's activities at period P, per the convention of
 * Mali's government action-plan reviews: activities réalisées / activities planned for the
 * period (42 of 60 due done = 70 %), and disbursed / planned budget. An activity is **due** at P
 * when the plan's `Fin` (a year or a period) ends on or before P; without a `Fin` it counts as
 * due, as every activity does in a plan that gives none. Pure: plan activities and reports in,
 * figures out.
 */
export type ExecutionReason = 'no-activities' | 'nothing-due' | 'no-budget' | 'zero-budget';

export interface Execution {
  /** Every activity of the plan (for the axis: of the axis). */
  planned: number;
  /** Activities due by P (`Fin` on or before P, or no `Fin`): what the physical rate counts. */
  due: number;
  /** Activities with a `Fin` in the plan: 0 when the plan gives no schedule (then all are due). */
  scheduled: number;
  /** Done, all of them; of those, the due ones and the ones done before they were due. */
  done: number;
  doneDue: number;
  doneAhead: number;
  inProgress: number;
  notStarted: number;
  abandoned: number;
  /** Planned activities with no status reported up to P: counted as planned, not done. */
  notReported: number;
  /** doneDue / due, a fraction; null when nothing is planned or nothing is due yet. */
  physicalRate: number | null;
  physicalReason: ExecutionReason | null;
  /** Mean of the latest progress of the activities that have one, as a fraction. */
  meanProgress: number | null;
  /** Σ planned budget of the activities that give one; null when none does. */
  budget: number | null;
  /** Σ disbursed up to P; null only when the sum overflows (absurd inputs). */
  disbursed: number | null;
  /** disbursed / budget (the plan's whole budget); null when the budget is missing or zero. */
  financialRate: number | null;
  financialReason: ExecutionReason | null;
  /**
   * The budget planned up to the end of P's year (Σ of the `Budget <year>` columns up to it), when
   * every budgeted activity gives its budget by year; else null.
   */
  budgetToDate: number | null;
  /** disbursed / budgetToDate; null without a budget to date (or a zero one). */
  financialRateToDate: number | null;
}

export interface ActivityExecution {
  code: string;
  label: string;
  axis: string | null;
  result: string | null;
  /** When the plan schedules it (`Début`, `Fin`): period labels, or null. */
  start: string | null;
  end: string | null;
  /** Due by P: its `Fin` ends on or before P, or it has none. */
  due: boolean;
  /** Latest status reported up to P, or null when none was. */
  status: ActivityStatus | null;
  /** Latest progress up to P, a fraction (0.45 for 45 %). */
  progress: number | null;
  budget: number | null;
  /** Σ of its yearly budgets up to P's year, when the plan gives them by year; else null. */
  budgetToDate: number | null;
  /** Σ disbursed up to P; null only when the sum overflows (absurd inputs). */
  disbursed: number | null;
  financialRate: number | null;
  /** Latest period with a report up to P. */
  lastPeriod: string | null;
  reportCount: number;
}

/** The axis an activity belongs to: through its result, else its own `axe` column. */
export function activityAxis(
  activity: Pick<Activity, 'result' | 'axis'>,
  resultAxis: ReadonlyMap<string, string>,
): string | null {
  if (activity.result !== null) {
    const axis = resultAxis.get(activity.result);
    if (axis !== undefined) return axis;
  }
  return activity.axis;
}

/**
 * Each planned activity as of P: the status and progress of its latest report up to P (later
 * files win a tie), and what was disbursed in all its reports up to P.
 */
export function activitiesAt(
  plan: Pick<Plan, 'activities' | 'results'>,
  reports: readonly ActivityReport[],
  at: Period,
  periodOf: (label: string) => Period,
): ActivityExecution[] {
  const resultAxis = new Map(plan.results.map((r) => [r.code, r.axis]));
  const byActivity = new Map<string, ActivityReport[]>();
  for (const r of reports) {
    if (!r.period || !countsAt(periodOf(r.period), at)) continue;
    const list = byActivity.get(r.activity);
    if (list) list.push(r);
    else byActivity.set(r.activity, [r]);
  }
  return plan.activities.map((a) => {
    const own = byActivity.get(a.code) ?? [];
    // Latest last: by end, then the finer period (a December report after the yearly one), then
    // file and cell, so that no order of the inputs changes which report holds the status.
    const ordered = [...own].sort((x, y) => {
      const a = periodOf(x.period);
      const b = periodOf(y.period);
      return (
        a.endMonth - b.endMonth ||
        a.startMonth - b.startMonth ||
        cmp(x.file, y.file) ||
        cmp(x.sheet, y.sheet) ||
        cmp(x.cell, y.cell)
      );
    });
    let status: ActivityStatus | null = null;
    let progress: number | null = null;
    let disbursed = 0;
    for (const r of ordered) {
      if (r.status !== null) status = r.status;
      if (r.progress !== null) progress = r.progress;
      if (r.disbursed !== null) disbursed += r.disbursed;
    }
    const implied =
      progress !== null ? progress / 100 : status === 'done' ? 1 : status === 'not-started' ? 0 : null;
    const end = a.end ?? null;
    return {
      code: a.code,
      label: a.label,
      axis: activityAxis(a, resultAxis),
      result: a.result,
      start: a.start ?? null,
      end,
      due: end === null || countsAt(periodOf(end), at),
      status,
      progress: implied,
      budget: a.budget,
      budgetToDate: a.budgets ? budgetUpTo(a.budgets, at.year) : null,
      disbursed: finiteOrNull(disbursed),
      financialRate: a.budget ? finiteOrNull(disbursed / a.budget) : null,
      lastPeriod: ordered.length ? ordered[ordered.length - 1].period : null,
      reportCount: ordered.length,
    };
  });
}

/** Σ of the yearly budgets of the years up to `year`. */
function budgetUpTo(budgets: Readonly<Record<string, number>>, year: number): number | null {
  return finiteOrNull(
    sum(Object.entries(budgets).flatMap(([y, amount]) => (Number(y) <= year ? [amount] : []))),
  );
}

/** Execution of a set of activities (one axis's, or the whole plan's). */
export function executionOf(activities: readonly ActivityExecution[]): Execution {
  const count = (s: ActivityStatus | null) => activities.filter((a) => a.status === s).length;
  const planned = activities.length;
  const done = count('done');
  const due = activities.filter((a) => a.due).length;
  const doneDue = activities.filter((a) => a.due && a.status === 'done').length;
  const progresses = activities.filter((a) => a.progress !== null).map((a) => a.progress as number);
  const budgets = activities.filter((a) => a.budget !== null).map((a) => a.budget as number);
  const budget = budgets.length ? finiteOrNull(sum(budgets)) : null;
  const spent = activities.map((a) => a.disbursed);
  const disbursed = spent.some((d) => d === null) ? null : finiteOrNull(sum(spent as number[]));
  const financialReason: ExecutionReason | null =
    budget === null ? 'no-budget' : budget === 0 ? 'zero-budget' : null;
  const budgeted = activities.filter((a) => a.budget !== null);
  const budgetToDate =
    budgeted.length > 0 && budgeted.every((a) => a.budgetToDate !== null)
      ? finiteOrNull(sum(budgeted.map((a) => a.budgetToDate as number)))
      : null;
  return {
    planned,
    due,
    scheduled: activities.filter((a) => a.end !== null).length,
    done,
    doneDue,
    doneAhead: done - doneDue,
    inProgress: count('in-progress'),
    notStarted: count('not-started'),
    abandoned: count('abandoned'),
    notReported: count(null),
    physicalRate: due ? doneDue / due : null,
    physicalReason: planned === 0 ? 'no-activities' : due === 0 ? 'nothing-due' : null,
    meanProgress: progresses.length ? sum(progresses) / progresses.length : null,
    budget,
    disbursed,
    financialRate:
      financialReason || disbursed === null ? null : finiteOrNull(disbursed / (budget as number)),
    financialReason,
    budgetToDate,
    financialRateToDate: budgetToDate && disbursed !== null ? finiteOrNull(disbursed / budgetToDate) : null,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

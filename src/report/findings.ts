import type { IndicatorModel, ReportModel, RollupModel } from '../compute/model.js';
import { parsePeriod } from '../compute/periods.js';
import type { Status } from '../compute/status.js';
import { direction } from './changes.js';

/**
 * The key findings of a report: which figures deserve a sentence, in which order. Pure data in,
 * data out — codes, rates, counts and the kind of sentence —, so that the HTML, the PDF and the
 * Word document word the same findings from the language catalogue (`findings` in src/i18n), through
 * one view (findings-view.ts). Nothing here invents text or reads a clock: the same model gives
 * the same findings.
 *
 * A new kind of sentence is one more member of `Finding`, one more case in `findingViews`
 * (findings-view.ts) and one more wording in each catalogue.
 */
export interface Named {
  code: string;
  label: string;
  rate: number | null;
  status: Status;
}

export type Finding =
  | {
      kind: 'plan';
      rate: number | null;
      status: Status;
      withData: number;
      indicatorCount: number;
      /** Milestones not due at P: out of the rate and of `indicatorCount`'s due share. */
      notDue: number;
      /** The axes weighing other than 1, and the plain mean of the axes' rates beside the weighted one. */
      weights: { code: string; weight: number }[];
      unweightedRate: number | null;
    }
  | {
      kind: 'plan-change';
      rate: number | null;
      previousRate: number | null;
      previousPeriod: string;
      status: Status;
      previousStatus: Status;
      /** Compared with a report published earlier (`--compare`), not with P−1 computed today. */
      published: boolean;
    }
  | {
      kind: 'status-changes';
      since: string;
      published: boolean;
      count: number;
      improved: number;
      worsened: number;
      /** Past figures revised since the published report; null when not compared with one. */
      revisions: number | null;
    }
  | { kind: 'axes-in-difficulty'; axes: Named[]; axisCount: number }
  | { kind: 'axes-all-on-track'; axisCount: number }
  | { kind: 'indicators-in-difficulty'; indicators: Named[]; total: number }
  | { kind: 'never-reported'; indicators: { code: string; label: string }[] }
  | { kind: 'reports-missing-at-period'; period: string; entities: string[] }
  | {
      kind: 'reports-incomplete-at-period';
      period: string;
      entities: { entity: string; filled: number; expected: number }[];
    }
  | {
      kind: 'partners-missing';
      entities: { entity: string; missing: number; expected: number }[];
      total: number;
    }
  | {
      kind: 'partners-late';
      entities: { entity: string; late: number; maxDaysLate: number }[];
      late: number;
      dated: number;
    }
  | {
      kind: 'execution';
      period: string;
      planned: number;
      /** Activities due by P, done among them, done ahead of time; whether the plan says when each is due. */
      due: number;
      doneDue: number;
      doneAhead: number;
      scheduled: boolean;
      physicalRate: number | null;
      budget: number | null;
      /** The plan's years, which its total budget covers. */
      startYear: number | null;
      endYear: number | null;
      budgetToDate: number | null;
      disbursed: number | null;
      financialRate: number | null;
      financialRateToDate: number | null;
    };

/** How many items a finding lists before it says "and N others". */
export const MAX_LISTED = 5;

const DIFFICULTY: Partial<Record<Status, number>> = { critical: 0, behind: 1 };

/** Critical before behind, then the lowest rate first, then by code: worst first, deterministic. */
export function worstFirst<T extends { code: string; rate: number | null; status: Status }>(items: T[]): T[] {
  return items
    .filter((x) => DIFFICULTY[x.status] !== undefined)
    .sort(
      (a, b) =>
        (DIFFICULTY[a.status] ?? 9) - (DIFFICULTY[b.status] ?? 9) ||
        (a.rate ?? 0) - (b.rate ?? 0) ||
        compare(a.code, b.code),
    );
}

export function keyFindings(model: ReportModel): Finding[] {
  const found: Finding[] = [];
  const plan = model.plan;
  found.push({
    kind: 'plan',
    rate: plan.rate,
    status: plan.status,
    withData: plan.withData,
    indicatorCount: plan.indicatorCount,
    notDue: plan.statusCounts['not-due'],
    weights: model.axes.filter((a) => a.weight !== 1).map((a) => ({ code: a.code, weight: a.weight })),
    unweightedRate: plan.unweightedRate,
  });
  if (plan.previous) {
    found.push({
      kind: 'plan-change',
      rate: plan.rate,
      previousRate: plan.previous.rate,
      previousPeriod: plan.previous.period,
      status: plan.status,
      previousStatus: plan.previous.status,
      published: model.changes.against === 'published-report',
    });
  }
  const ch = model.changes;
  if (ch.period !== null) {
    const moves = ch.statusChanges.map((x) => direction(x.from, x.to));
    found.push({
      kind: 'status-changes',
      since: ch.period,
      published: ch.against === 'published-report',
      count: ch.statusChanges.length,
      improved: moves.filter((d) => d > 0).length,
      worsened: moves.filter((d) => d < 0).length,
      revisions: ch.against === 'published-report' ? ch.revisions.length : null,
    });
  }

  const axes = worstFirst(model.axes.map(named));
  if (axes.length > 0) found.push({ kind: 'axes-in-difficulty', axes, axisCount: model.axes.length });
  else if (model.axes.length > 0 && model.axes.every((a) => a.status === 'on-track'))
    found.push({ kind: 'axes-all-on-track', axisCount: model.axes.length });

  const indicators = worstFirst(model.indicators.map(named));
  if (indicators.length > 0)
    found.push({
      kind: 'indicators-in-difficulty',
      indicators: indicators.slice(0, MAX_LISTED),
      total: indicators.length,
    });

  const never = model.indicators.filter(neverReported);
  if (never.length > 0)
    found.push({ kind: 'never-reported', indicators: never.map((i) => ({ code: i.code, label: i.label })) });

  found.push(...partnerFindings(model));

  const e = model.plan.execution;
  if (e && e.planned > 0)
    found.push({
      kind: 'execution',
      period: model.period,
      planned: e.planned,
      due: e.due,
      doneDue: e.doneDue,
      doneAhead: e.doneAhead,
      scheduled: e.scheduled > 0,
      physicalRate: e.physicalRate,
      budget: e.budget,
      startYear: model.plan.startYear,
      endYear: model.plan.endYear,
      budgetToDate: e.budgetToDate,
      disbursed: e.disbursed,
      financialRate: e.financialRate,
      financialRateToDate: e.financialRateToDate,
    });
  return found;
}

function named(x: RollupModel | IndicatorModel): Named {
  return { code: x.code, label: x.label, rate: x.rate, status: x.status };
}

/**
 * No value at all up to P: not a missing rate for a reason such as a missing target. A milestone
 * not yet due is not listed: nothing was expected of it so far.
 */
export function neverReported(i: IndicatorModel): boolean {
  // A trace in the side file (null here) has cells only where an entity is counted.
  return i.status !== 'not-due' && i.actual === null && i.entities.length === 0 && !i.trace?.length;
}

/**
 * Who did not send the report of P (or sent it incomplete), who misses the most reports, who
 * sends late: every count is read from the completeness and timeliness tables of the model, the
 * tables the data-quality section shows (one report = one entity × reporting period, see
 * src/compute/quality/reports.ts).
 */
function partnerFindings(model: ReportModel): Finding[] {
  const found: Finding[] = [];
  const c = model.quality.completeness;
  const at = parsePeriod(model.period);
  // P's own reports: each entity's report whose period ends with P (its quarter, or its year…).
  const endsAtP = (label: string) => at !== null && parsePeriod(label)?.endMonth === at.endMonth;
  const missing = new Map<string, string[]>();
  const incomplete = new Map<string, { entity: string; filled: number; expected: number }[]>();
  for (const row of c.rows)
    for (const cell of row.cells) {
      if (!endsAtP(cell.period)) continue;
      if (cell.state === 'missing')
        missing.set(cell.period, [...(missing.get(cell.period) ?? []), row.entity]);
      if (cell.state === 'partial')
        incomplete.set(cell.period, [
          ...(incomplete.get(cell.period) ?? []),
          { entity: row.entity, filled: cell.filled, expected: cell.expected },
        ]);
    }
  for (const [period, entities] of [...missing].sort(byPeriod))
    found.push({ kind: 'reports-missing-at-period', period, entities });
  for (const [period, entities] of [...incomplete].sort(byPeriod))
    found.push({ kind: 'reports-incomplete-at-period', period, entities });
  // Reports (entity × period), the one count of reports of the data-quality section.
  const short = c.rows
    .filter((r) => r.reportsReceived < r.reportsExpected)
    .map((r) => ({
      entity: r.entity,
      missing: r.reportsExpected - r.reportsReceived,
      expected: r.reportsExpected,
    }))
    .sort((a, b) => b.missing - a.missing || compare(a.entity, b.entity));
  if (short.length > 0)
    found.push({ kind: 'partners-missing', entities: short.slice(0, MAX_LISTED), total: short.length });

  // The late reports by entity, in the order of their table.
  const t = model.quality.timeliness;
  if (t.lateByEntity.length > 0)
    found.push({
      kind: 'partners-late',
      entities: t.lateByEntity
        .slice(0, MAX_LISTED)
        .map((e) => ({ entity: e.entity, late: e.late, maxDaysLate: e.maxDaysLate })),
      late: t.late,
      dated: t.onTime + t.late,
    });
  return found;
}

/** Findings of several report periods (a year report, quarterly and yearly reporters): the shorter first. */
function byPeriod([a]: [string, unknown], [b]: [string, unknown]): number {
  const x = parsePeriod(a);
  const y = parsePeriod(b);
  return (y?.startMonth ?? 0) - (x?.startMonth ?? 0) || compare(a, b);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

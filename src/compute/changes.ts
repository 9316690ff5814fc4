import type { Status } from './status.js';
import type { TargetSource } from './target.js';

/**
 * What changed since the previous period (docs/rules.md, "Previous period and changes"): every
 * figure is computed at P−1 from the same inputs, or read from a report published earlier
 * (`--compare`), and the report lists the statuses that changed and, against a published report,
 * the past figures that partners have revised since.
 */
export interface Previous {
  period: string;
  rate: number | null;
  status: Status;
}

export interface IndicatorPrevious extends Previous {
  actual: number | null;
  target: number | null;
  /**
   * Where that target came from (`prorated`: 4,75 agreements is a share of the year's target, not
   * a figure of the plan); null when a published report does not say.
   */
  targetSource: TargetSource | null;
}

/**
 * A change of rate since P−1 explained: the change of the actual and of the target beside the
 * change in points, and which of them moved. A rate can fall while nothing declined: 5 agreements
 * at T3 and at T4 lose 14,3 points because the target rose from a pro-rated 4,75 to 5.
 */
export interface IndicatorChange {
  /** rate − previous rate (fractions: −0.143 is −14,3 points); null when either is missing. */
  rate: number | null;
  /** actual − previous actual, in the indicator's unit; null when either is missing. */
  actual: number | null;
  /** target − previous target; null when either is missing. */
  target: number | null;
  /**
   * What moved: `actual` (the target stayed), `target` (the actual stayed: the change of rate
   * comes from the target alone), `both`, or `neither`. A figure that appears or disappears
   * (null on one side) moved.
   */
  moved: 'actual' | 'target' | 'both' | 'neither';
}

export type ChangeLevel = 'plan' | 'axis' | 'result' | 'indicator';

export interface StatusChange {
  level: ChangeLevel;
  code: string;
  label: string;
  from: Status;
  to: Status;
  rateFrom: number | null;
  rateTo: number | null;
}

/** A figure of a past period that differs from what the published report said. */
export interface Revision {
  indicator: string;
  period: string;
  before: number | null;
  after: number | null;
}

export interface Changes {
  against: 'previous-period' | 'published-report';
  /** P−1, or the published report's period; null when there is nothing to compare with. */
  period: string | null;
  /** The published report compared with (`--compare`), as given. */
  file: string | null;
  statusChanges: StatusChange[];
  revisions: Revision[];
}

/** A report published earlier, reduced to what a comparison reads (its JSON, any schema version). */
export interface PublishedReport {
  file: string;
  period: string;
  planCode: string;
  plan: { rate: number | null; status: Status };
  axes: { code: string; rate: number | null; status: Status }[];
  results: { code: string; rate: number | null; status: Status }[];
  indicators: {
    code: string;
    actual: number | null;
    target: number | null;
    /** Given by reports of schema version 3 and later. */
    targetSource?: TargetSource | null;
    rate: number | null;
    status: Status;
    trend: { period: string; actual: number | null }[];
  }[];
}

interface Compared {
  level: ChangeLevel;
  code: string;
  label: string;
  rate: number | null;
  status: Status;
  previous: Previous | null;
}

/** Every figure whose status differs from its previous one, plan first, then axes, results, indicators. */
export function statusChanges(items: readonly Compared[]): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const i of items) {
    if (!i.previous || i.previous.status === i.status) continue;
    changes.push({
      level: i.level,
      code: i.code,
      label: i.label,
      from: i.previous.status,
      to: i.status,
      rateFrom: i.previous.rate,
      rateTo: i.rate,
    });
  }
  return changes;
}

/**
 * The past figures a published report gave that today's inputs no longer give: for each indicator,
 * each period of its published trend (up to the published period) compared with the same period
 * of today's trend.
 */
export function revisions(
  published: PublishedReport,
  trends: ReadonlyMap<string, readonly { period: string; actual: number | null }[]>,
): Revision[] {
  const found: Revision[] = [];
  for (const ind of published.indicators) {
    const now = trends.get(ind.code);
    if (!now) continue;
    const byPeriod = new Map(now.map((p) => [p.period, p.actual]));
    for (const point of ind.trend) {
      if (!byPeriod.has(point.period)) continue;
      const after = byPeriod.get(point.period) ?? null;
      if (!same(point.actual, after))
        found.push({ indicator: ind.code, period: point.period, before: point.actual, after });
    }
  }
  return found;
}

/** The change of an indicator since P−1, or null when there is no P−1 to compare with. */
export function indicatorChange(
  now: { actual: number | null; target: number | null; rate: number | null },
  previous: IndicatorPrevious | null,
): IndicatorChange | null {
  if (!previous) return null;
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  const actualMoved = !same(now.actual, previous.actual);
  const targetMoved = !same(now.target, previous.target);
  return {
    rate: delta(now.rate, previous.rate),
    actual: delta(now.actual, previous.actual),
    target: delta(now.target, previous.target),
    moved: actualMoved ? (targetMoved ? 'both' : 'actual') : targetMoved ? 'target' : 'neither',
  };
}

/** Equal as published: JSON keeps 17 significant digits, sums may differ in the last bits. */
function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

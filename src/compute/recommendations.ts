import { type Issue, issue } from '../model/issues.js';
import {
  RECOMMENDATION_STATUSES,
  type RecommendationRow,
  type RecommendationStatus,
} from '../model/recommendations.js';
import { countsAt, dayAfter, type Period, parsePeriod, previousPeriod } from './periods.js';

/**
 * The follow-up of recommendations at the report period P, from the rows of the
 * `Recommandations` sheets (docs/review.md). Pure: rows and periods in, figures out.
 *
 * - The state of a recommendation at P is its latest row dated up to P (a row dated after P is
 *   not yet known at P); an undated row holds at every period, until a dated one replaces it.
 * - Overdue at P: its deadline's last day is before P's last day, and it is neither done nor
 *   abandoned (a deadline of `2022-T3` is overdue at `2022-T4`, not at `2022-T3`).
 * - Changes since P−1 (the period of the same kind before P): a status that differs from the
 *   state at P−1, or a recommendation that had no row up to P−1. They are only computed when some
 *   row is dated up to P−1 (there is a history); otherwise `previousPeriod` is null.
 */
export interface RecommendationModel {
  number: string;
  text: string;
  axis: string | null;
  responsible: string | null;
  /** The deadline as written (`2023-T2`, `2023-06-30`), its kind and its last day; null when none. */
  deadline: string | null;
  deadlineKind: 'period' | 'date' | null;
  deadlineEnd: string | null;
  status: RecommendationStatus;
  comment: string | null;
  /** The period of the row the state comes from; null for an undated row. */
  updated: string | null;
  overdue: boolean;
  /** The state at P−1; null when it had no row then, or when there is no history. */
  previous: { status: RecommendationStatus; overdue: boolean } | null;
  /** `new`: no row up to P−1; `status`: its status changed since P−1; null: neither (or no history). */
  change: 'new' | 'status' | null;
  source: { file: string; sheet: string; row: number; cell: string };
}

export type StatusCounts = Record<RecommendationStatus, number>;

export interface RecommendationsModel {
  period: string;
  /** P−1, when some row is dated up to it; null: no history to compare with. */
  previousPeriod: string | null;
  count: number;
  counts: StatusCounts;
  overdue: number;
  /** The same figures at P−1; null without history. */
  previous: { count: number; counts: StatusCounts; overdue: number } | null;
  /** Every change since P−1, in the order of the recommendations. */
  changes: {
    number: string;
    kind: 'new' | 'status';
    from: RecommendationStatus | null;
    to: RecommendationStatus;
  }[];
  items: RecommendationModel[];
}

const CLOSED: ReadonlySet<RecommendationStatus> = new Set(['done', 'abandoned']);

export function recommendationsAt(rows: readonly RecommendationRow[], period: Period): RecommendationsModel {
  const before = previousPeriod(period);
  const now = statesAt(rows, period);
  const history = rows.some((r) => {
    const p = r.period ? parsePeriod(r.period) : null;
    return p !== null && countsAt(p, before);
  });
  const then = history ? statesAt(rows, before) : null;
  const items: RecommendationModel[] = [...now.values()].sort(byNumber).map((r) => {
    const was = then?.get(r.number) ?? null;
    const previous = was ? { status: was.status, overdue: isOverdue(was, before) } : null;
    return {
      number: r.number,
      text: r.text,
      axis: r.axis,
      responsible: r.responsible,
      deadline: r.deadline?.label ?? null,
      deadlineKind: r.deadline?.kind ?? null,
      deadlineEnd: r.deadline?.end ?? null,
      status: r.status,
      comment: r.comment,
      updated: r.period,
      overdue: isOverdue(r, period),
      previous,
      change: then === null ? null : !was ? 'new' : was.status !== r.status ? 'status' : null,
      source: { file: r.file, sheet: r.sheet, row: r.row, cell: r.cell },
    };
  });
  const thenItems = then ? [...then.values()] : null;
  return {
    period: period.label,
    previousPeriod: then ? before.label : null,
    count: items.length,
    counts: countStatuses(items),
    overdue: items.filter((i) => i.overdue).length,
    previous: thenItems
      ? {
          count: thenItems.length,
          counts: countStatuses(thenItems),
          overdue: thenItems.filter((r) => isOverdue(r, before)).length,
        }
      : null,
    changes: items
      .filter((i) => i.change !== null)
      .map((i) => ({
        number: i.number,
        kind: i.change as 'new' | 'status',
        from: i.previous?.status ?? null,
        to: i.status,
      })),
    items,
  };
}

/** Each recommendation's latest row up to `at`; an undated row stands until a dated one replaces it. */
function statesAt(rows: readonly RecommendationRow[], at: Period): Map<string, RecommendationRow> {
  const states = new Map<string, { row: RecommendationRow; end: number }>();
  for (const row of rows) {
    const p = row.period ? parsePeriod(row.period) : null;
    if (p && !countsAt(p, at)) continue;
    // Undated rows rank below every dated one.
    const end = p ? p.endMonth : Number.NEGATIVE_INFINITY;
    const held = states.get(row.number);
    if (!held || end >= held.end) states.set(row.number, { row, end });
  }
  return new Map([...states].map(([k, v]) => [k, v.row]));
}

/** Past its deadline at the end of `at`, and still open (not done, not abandoned). */
export function isOverdue(row: Pick<RecommendationRow, 'deadline' | 'status'>, at: Period): boolean {
  if (!row.deadline || CLOSED.has(row.status)) return false;
  return row.deadline.end < lastDay(at);
}

/** The last day of a period, ISO (`2022-09-30` for `2022-T3`). */
export function lastDay(period: Period): string {
  const next = new Date(`${dayAfter(period)}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() - 1);
  return next.toISOString().slice(0, 10);
}

function countStatuses(items: readonly { status: RecommendationStatus }[]): StatusCounts {
  const counts = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const i of items) counts[i.status]++;
  return counts;
}

/** `2` before `10`, `R2` before `R10`: numbers as people number them. */
function byNumber(a: { number: string }, b: { number: string }): number {
  return COLLATOR.compare(a.number, b.number);
}
const COLLATOR = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Rows of the same recommendation for the same period (or both undated), across every sheet
 * read: the same content twice is one row (a warning says the second is ignored); two different
 * contents cannot both be the state at that period (an error naming both places).
 */
export function checkRecommendations(rows: readonly RecommendationRow[]): {
  rows: RecommendationRow[];
  issues: Issue[];
} {
  const kept: RecommendationRow[] = [];
  const issues: Issue[] = [];
  const seen = new Map<string, RecommendationRow>();
  for (const row of rows) {
    const key = `${row.number.toLowerCase()}\u0000${row.period ?? ''}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, row);
      kept.push(row);
      continue;
    }
    const same = sameContent(first, row);
    issues.push(
      issue(
        'duplicate-recommendation',
        same ? 'warning' : 'error',
        { file: row.file, sheet: row.sheet, cell: row.cell },
        {
          number: row.number,
          period: row.period ?? '—',
          first: `${first.file} › ${first.sheet} › ${first.cell}`,
          ...(same ? { same: 1 } : {}),
        },
      ),
    );
  }
  return { rows: kept, issues };
}

function sameContent(a: RecommendationRow, b: RecommendationRow): boolean {
  return (
    a.text === b.text &&
    a.axis === b.axis &&
    a.responsible === b.responsible &&
    (a.deadline?.label ?? null) === (b.deadline?.label ?? null) &&
    a.status === b.status &&
    a.comment === b.comment
  );
}

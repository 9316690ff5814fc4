import { comparePeriods, countsAt, latestPeriod, type Period } from './periods.js';

/**
 * The period a report is drawn at, or why there is none (README, `ponam report`, option `--period`):
 * - a period asked outside the plan's years is refused (`outside-plan`, a usage error);
 * - no value at all in the data (only a plan, blank templates): `no-values`;
 * - a period asked that no value counts at (every value is of a later period): `period-without-values`,
 *   with the periods the data cover;
 * - otherwise the period asked, or else the latest the values give — of two that end together
 *   (a year and its last quarter), the shorter, whose start is later (`2024-T4` before `2024`).
 * A value counts at a period when it ends by the period's end (`countsAt`).
 */
export type PeriodChoice =
  | { ok: true; period: Period }
  | { ok: false; problem: 'outside-plan'; asked: Period; from: number; to: number }
  | { ok: false; problem: 'no-values' }
  | { ok: false; problem: 'period-without-values'; asked: Period; covered: Period[] };

/** Pure: `present` are the periods of the values read, in any order and with repeats. */
export function resolvePeriod(
  requested: Period | null,
  present: readonly Period[],
  plan: { startYear: number | null; endYear: number | null },
): PeriodChoice {
  const { startYear: from, endYear: to } = plan;
  if (requested && from !== null && to !== null && (requested.year < from || requested.year > to))
    return { ok: false, problem: 'outside-plan', asked: requested, from, to };
  const latest = latestPeriod(present);
  if (!latest) return { ok: false, problem: 'no-values' };
  if (!requested) return { ok: true, period: latest };
  if (!present.some((p) => countsAt(p, requested)))
    return {
      ok: false,
      problem: 'period-without-values',
      asked: requested,
      covered: distinctSorted(present),
    };
  return { ok: true, period: requested };
}

function distinctSorted(periods: readonly Period[]): Period[] {
  const byLabel = new Map(periods.map((p) => [p.label, p]));
  return [...byLabel.values()].sort(comparePeriods);
}

import type { Thresholds } from '../model/plan.js';
import { type Status, Status as StatusSchema } from '../model/report-schema.js';
import type { Rate } from './rate.js';

/**
 * An indicator's or a roll-up's standing at P: by its rate against the thresholds; `no-data`
 * without a rate; `not-due` for a milestone nothing is expected of yet (README, "Target at P"),
 * and for a result, an axis or the plan whose every indicator is not due. The statuses are listed
 * once, in the JSON contract's schema (model/report-schema.ts).
 */
export type { Status } from '../model/report-schema.js';

/** Status bands, highest first: the single table templates and charts read colours from. */
export const STATUSES: readonly Status[] = StatusSchema.options;

export function statusOf(rate: number | null, thresholds: Thresholds): Status {
  if (rate === null) return 'no-data';
  // Rounded so that 0.7999999999 from floating arithmetic counts as the 80 % it displays as.
  const r = Math.round(rate * 1e9) / 1e9;
  if (r >= thresholds.onTrack) return 'on-track';
  if (r >= thresholds.behind) return 'behind';
  return 'critical';
}

/** An indicator's status: `not-due` when its rate says so, else by its rate. */
export function indicatorStatus(rate: Pick<Rate, 'rate' | 'reason'>, thresholds: Thresholds): Status {
  return rate.reason === 'not-due' ? 'not-due' : statusOf(rate.rate, thresholds);
}

export function countStatuses(statuses: Iterable<Status>): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const s of statuses) counts[s]++;
  return counts;
}

/**
 * A milestone not due at P whose actual already reaches its final target: achieved ahead of time.
 * Shown as such; still out of the roll-ups, which count only what is due.
 */
export function achievedAhead(i: { status: Status; rateFinal: number | null }): boolean {
  return i.status === 'not-due' && i.rateFinal !== null && i.rateFinal >= 1;
}

/** Thresholds and ceilings in percentage points (80) or as fractions (0.8); ≤ 2 is read as a fraction. */
export function asFraction(n: number): number {
  return n > 2 ? n / 100 : n;
}

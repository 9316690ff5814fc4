import type { Thresholds } from '../model/plan.js';

export type Status = 'on-track' | 'behind' | 'critical' | 'no-data';

/** Status bands, highest first: the single table templates and charts read colours from. */
export const STATUSES: readonly Status[] = ['on-track', 'behind', 'critical', 'no-data'];

export function statusOf(rate: number | null, thresholds: Thresholds): Status {
  if (rate === null) return 'no-data';
  // Rounded so that 0.7999999999 from floating arithmetic counts as the 80 % it displays as.
  const r = Math.round(rate * 1e9) / 1e9;
  if (r >= thresholds.onTrack) return 'on-track';
  if (r >= thresholds.behind) return 'behind';
  return 'critical';
}

export function countStatuses(statuses: Iterable<Status>): Record<Status, number> {
  const counts: Record<Status, number> = { 'on-track': 0, behind: 0, critical: 0, 'no-data': 0 };
  for (const s of statuses) counts[s]++;
  return counts;
}

/** Thresholds and ceilings in percentage points (80) or as fractions (0.8); ≤ 2 is read as a fraction. */
export function asFraction(n: number): number {
  return n > 2 ? n / 100 : n;
}

/**
 * Weighted means for roll-ups (indicator → result → axis → plan), in the manner of Lighthouse's
 * category scoring: items without a score are left out, weights default to 1, a weight of 0
 * excludes an item, and a list with no weighted item has no score (null), never NaN.
 */
export interface Scored {
  score: number | null;
  weight: number;
}

export function weightedMean(items: readonly Scored[]): number | null {
  let sum = 0;
  let total = 0;
  for (const { score, weight } of items) {
    if (score === null || !(weight > 0) || !Number.isFinite(weight)) continue;
    sum += score * weight;
    total += weight;
  }
  return total > 0 ? sum / total : null;
}

/** Share of items that have data; 0 for an empty list. */
export function coverage(withData: number, count: number): number {
  return count > 0 ? withData / count : 0;
}

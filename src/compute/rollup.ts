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
  const counted = items.filter(
    (i) => i.score !== null && Number.isFinite(i.score) && i.weight > 0 && Number.isFinite(i.weight),
  );
  if (counted.length === 0) return null;
  // Weights are scaled by the largest so that huge weights cannot overflow the sums.
  const scale = Math.max(...counted.map((i) => i.weight));
  let sum = 0;
  let total = 0;
  for (const { score, weight } of counted) {
    sum += (score as number) * (weight / scale);
    total += weight / scale;
  }
  const mean = sum / total;
  return Number.isFinite(mean) ? mean : null;
}

/** Share of items that have data; 0 for an empty list. */
export function coverage(withData: number, count: number): number {
  return count > 0 ? withData / count : 0;
}

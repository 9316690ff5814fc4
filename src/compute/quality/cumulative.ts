import type { Located, Series } from './values.js';

export interface CumulativeDecrease extends Located {
  previousPeriod: string;
  previous: number;
}

/** For `dernière` indicators with cumulative targets, each reported value should not fall below the last. */
export function cumulativeDecreases(all: readonly Series[]): CumulativeDecrease[] {
  const found: CumulativeDecrease[] = [];
  for (const { ind, points } of all) {
    if (ind.aggregation !== 'last' || ind.targetType !== 'cumulative' || ind.direction === 'decrease')
      continue;
    for (let n = 1; n < points.length; n++) {
      const before = points[n - 1];
      if (points[n].value < before.value)
        found.push({ ...points[n], previousPeriod: before.period, previous: before.value });
    }
  }
  return found;
}

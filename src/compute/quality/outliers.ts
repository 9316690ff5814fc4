import type { Located, Series } from './values.js';

/** Modified z-score above which a value is an outlier (Iglewicz & Hoaglin). */
export const OUTLIER_THRESHOLD = 3.5;
/** Fewest points of an entity's own history for the outlier test to say anything. */
export const OUTLIER_MIN_POINTS = 4;

export interface Outlier extends Located {
  median: number;
  score: number;
  points: number;
}

/**
 * Modified z-score of each point: 0.6745·(x − median) / MAD. When more than half the points are
 * equal (MAD = 0) the mean absolute deviation stands in, scaled so both agree on normal data
 * (0.7979 = √(2/π)), as IBM SPSS does; when every point is equal there is no outlier.
 */
export function modifiedZScores(xs: readonly number[]): number[] {
  const m = median(xs);
  const deviations = xs.map((x) => Math.abs(x - m));
  const mad = median(deviations);
  if (mad > 0) return xs.map((x) => (0.6745 * (x - m)) / mad);
  const meanAd = deviations.reduce((s, d) => s + d, 0) / xs.length;
  if (meanAd === 0) return xs.map(() => 0);
  return xs.map((x) => (x - m) / (1.2533 * meanAd));
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * When more than half an entity's history equals its median (MAD = 0) the history has too little
 * spread to call a value aberrant from the z-score alone: a 1 against a run of 0 is ordinary for a
 * small count. Such a value is an outlier only when it also lies further from the median than the
 * median lies from zero (500 in a run of 10 does; 2 in a run of 1 does not).
 */
function farFromMedian(x: number, m: number): boolean {
  return m !== 0 && Math.abs(x - m) > Math.abs(m);
}

export function outliers(all: readonly Series[]): Outlier[] {
  const found: Outlier[] = [];
  for (const series of all) {
    if (series.ind.type !== 'quantitative' || series.points.length < OUTLIER_MIN_POINTS) continue;
    const xs = series.points.map((p) => p.value);
    const scores = modifiedZScores(xs);
    // A history whose figures overflow the arithmetic (absurd inputs) says nothing of outliers.
    if (!scores.every(Number.isFinite)) continue;
    const m = median(xs);
    const spread = median(xs.map((x) => Math.abs(x - m))) > 0;
    scores.forEach((score, n) => {
      if (Math.abs(score) > OUTLIER_THRESHOLD && (spread || farFromMedian(xs[n], m))) {
        found.push({
          ...series.points[n],
          median: m,
          score: Math.round(score * 100) / 100,
          points: xs.length,
        });
      }
    });
  }
  return found;
}

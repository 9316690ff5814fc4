import type { Indicator } from '../model/plan.js';
import type { Period } from './periods.js';

/**
 * The target an indicator is compared with at period P (DESIGN.md, "Target at P"):
 * `cumulative` targets are read at P's year; `annual` targets of a summed (`sum`) indicator add up
 * over the plan years up to P's year; other annual targets are read at P's year.
 */
export function targetAt(
  ind: Pick<Indicator, 'targets' | 'targetType' | 'aggregation' | 'type' | 'finalTarget'>,
  at: Period,
  startYear: number | null,
): number | null {
  const year = at.year;
  if (ind.targetType === 'annual' && ind.aggregation === 'sum') {
    const years = Object.keys(ind.targets).map(Number);
    if (years.length === 0) return null;
    const from = Math.min(startYear ?? Number.POSITIVE_INFINITY, ...years);
    let sum = 0;
    let any = false;
    for (let y = from; y <= year; y++) {
      const t = ind.targets[String(y)];
      if (t !== undefined) {
        sum += t;
        any = true;
      }
    }
    return any ? sum : null;
  }
  const t = ind.targets[String(year)];
  if (t !== undefined) return t;
  // Milestones often carry only a final target (`oui`): it is the target throughout.
  if (ind.type !== 'quantitative') return ind.finalTarget;
  return null;
}

/** The plan's end target: `cible finale`, else the last year's target. */
export function finalTarget(
  ind: Pick<Indicator, 'targets' | 'finalTarget' | 'targetType' | 'aggregation'>,
): number | null {
  if (ind.finalTarget !== null) return ind.finalTarget;
  const years = Object.keys(ind.targets)
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) return null;
  if (ind.targetType === 'annual' && ind.aggregation === 'sum')
    return years.reduce((s, y) => s + ind.targets[String(y)], 0);
  return ind.targets[String(years[years.length - 1])];
}

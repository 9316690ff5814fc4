import { entityKey } from '../compute/entities.js';
import type { Activity, Indicator, Plan } from '../model/plan.js';

/** Every entity the plan names, as first spelled: indicator responsibles, then activity ones. */
export function planEntities(plan: Pick<Plan, 'indicators' | 'activities'>): string[] {
  const seen = new Map<string, string>();
  for (const name of [
    ...plan.indicators.flatMap((i) => i.responsible),
    ...plan.activities.flatMap((a) => a.responsible),
  ]) {
    const key = entityKey(name);
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()];
}

export interface EntityScope {
  /** The entity as the plan spells it (or as given, when the plan names none). */
  entity: string;
  indicators: Indicator[];
  activities: Activity[];
}

/**
 * What one entity reports: the indicators naming it in `responsables` (all of them when the plan
 * names no responsible at all), and likewise for activities. Null when the plan names entities
 * and this is none of them.
 */
export function entityScope(
  plan: Pick<Plan, 'indicators' | 'activities' | 'entities'>,
  name: string,
): EntityScope | null {
  const key = entityKey(name);
  // An entity the plan lists (sheet Entités) may report although no Responsables cell names it.
  const known = [...planEntities(plan), ...(plan.entities ?? []).map((e) => e.name)];
  const spelled = known.find((e) => entityKey(e) === key);
  if (known.length > 0 && !spelled) return null;
  const mine = (responsible: string[]) => responsible.some((r) => entityKey(r) === key);
  const anyIndicatorNamed = plan.indicators.some((i) => i.responsible.length > 0);
  const anyActivityNamed = plan.activities.some((a) => a.responsible.length > 0);
  return {
    entity: spelled ?? name.trim(),
    indicators: anyIndicatorNamed ? plan.indicators.filter((i) => mine(i.responsible)) : plan.indicators,
    activities: anyActivityNamed ? plan.activities.filter((a) => mine(a.responsible)) : plan.activities,
  };
}

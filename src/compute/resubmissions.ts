import type { Submission } from '../model/plan.js';
import { entityKey } from './entities.js';

/** A report replaced by a later submission of the same entity and period. */
export interface Superseded {
  file: string;
  by: string;
  entity: string;
  period: string;
  earlier: string;
  later: string;
}

/**
 * Resubmissions (docs/rules.md, "Resubmissions and double counts"): when workbooks carry the same
 * entity and period in their `Rapport` sheet and each has a `Date de soumission`, the latest
 * replaces the earlier ones for that entity × period. Reports that share the latest date, or lack
 * one, replace nothing: duplicates among them are judged value by value, as before.
 */
export function supersededSubmissions(submissions: readonly Submission[]): Superseded[] {
  const groups = new Map<string, Submission[]>();
  for (const s of submissions) {
    if (!s.entity || !s.period || !s.submittedOn) continue;
    const key = `${entityKey(s.entity)}\u0000${s.period}`;
    const list = groups.get(key);
    if (list) list.push(s);
    else groups.set(key, [s]);
  }
  const found: Superseded[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const latest = list.reduce(
      (max, s) => ((s.submittedOn as string) > max ? (s.submittedOn as string) : max),
      '',
    );
    const winners = list.filter((s) => s.submittedOn === latest).sort((a, b) => cmp(a.file, b.file));
    for (const s of list) {
      if (s.submittedOn === latest) continue;
      found.push({
        file: s.file,
        by: winners[0].file,
        entity: s.entity as string,
        period: s.period as string,
        earlier: s.submittedOn as string,
        later: latest,
      });
    }
  }
  return found.sort((a, b) => cmp(a.file, b.file));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { type Issue, issue } from '../model/issues.js';
import type { Plan, PlanEntity } from '../model/plan.js';

/**
 * Entity names as partners type them ("DR Kayes", "dr  kayes", "DR Kayès") name one entity: the
 * key compares names case-, accent- and space-insensitively. The one rule for every comparison
 * of entity names (plan responsibles, reported values, completeness, templates).
 */
const MAX_KEYS = 10_000;
const keys = new Map<string, string>();

export function entityKey(name: string): string {
  // A few dozen names come back on every value: each is normalised once.
  let key = keys.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** Words a partner adds or leaves out without naming another entity (« DR de Kayes »). */
const LINKING_WORDS = new Set(['de', 'du', 'des', 'd', 'la', 'le', 'les', 'l', 'of', 'the', 'for']);

/** Long forms written for a short one: « Direction régionale de Kayes » is « DR Kayes ». */
const LONG_FORMS: [RegExp, string][] = [
  [/\bdirections? regionales?\b/g, 'dr'],
  [/\bdirections? nationales?\b/g, 'dn'],
  [/\bdirections? generales?\b/g, 'dg'],
  [/\bregional directorates?\b/g, 'dr'],
];

/**
 * A looser key, for telling a misspelling from a new entity: besides case, accents and spaces it
 * ignores punctuation, linking words (« de », « du », « of »), the spacing between words and the
 * long form of « DR » (« Direction régionale »). Two names with the same loose key but different
 * keys are one entity written two ways (docs/validate.md, `unknown-entity`).
 */
export function looseEntityKey(name: string): string {
  // « D.R. » is « DR »: initials are joined before punctuation becomes spaces.
  let k = entityKey(name)
    .replace(/(?<=(?:^|[^\p{L}])\p{L})\.\s*(?=\p{L}(?:[^\p{L}]|$))/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const [form, short] of LONG_FORMS) k = k.replace(form, short);
  return k
    .split(' ')
    .filter((w) => w && !LINKING_WORDS.has(w))
    .join('');
}

type ListedEntity = Pick<PlanEntity, 'name' | 'aliases'>;

/** What a name found in the data is, against the entities the plan knows. */
export type EntityMatch =
  /** One of the known names (up to case, accents and spaces). */
  | { kind: 'known'; name: string }
  /** An alias of a listed entity: read as that entity. */
  | { kind: 'alias'; name: string }
  /**
   * Not known. `close`: the same name written otherwise (loose key), surely a misspelling;
   * `suggestion`: the nearest known name when one is plausible.
   */
  | { kind: 'unknown'; close: boolean; suggestion: string | null };

/**
 * The entities a run knows and how names found in the workbooks map to them. When the plan or
 * the configuration lists its entities (`listed`), a name neither listed nor an alias is an
 * error; otherwise the plan's `Responsables` are the list, and only a name that is one of them
 * written otherwise is an error (a new name far from all of them may be a new partner: warning).
 */
export class EntityDirectory {
  readonly listed: boolean;
  /** Known names, as the plan spells them, in the order given. */
  readonly names: string[];
  private readonly byKey = new Map<string, string>();
  private readonly aliasOf = new Map<string, string>();
  private readonly byLoose = new Map<string, string>();
  private readonly memo = new Map<string, EntityMatch>();

  constructor(listed: readonly ListedEntity[], responsibles: readonly string[]) {
    this.listed = listed.length > 0;
    this.names = [];
    const add = (name: string) => {
      const key = entityKey(name);
      if (!key || this.byKey.has(key) || this.aliasOf.has(key)) return;
      this.byKey.set(key, name);
      this.names.push(name);
    };
    for (const e of listed) add(e.name);
    for (const e of listed)
      for (const alias of e.aliases) {
        const key = entityKey(alias);
        const canonical = this.byKey.get(entityKey(e.name));
        if (key && canonical && !this.byKey.has(key) && !this.aliasOf.has(key))
          this.aliasOf.set(key, canonical);
      }
    if (!this.listed) for (const r of responsibles) add(r);
    for (const name of this.names) this.byLoose.set(looseEntityKey(name), name);
    for (const [key, canonical] of this.aliasOf)
      if (!this.byLoose.has(looseEntityKey(key))) this.byLoose.set(looseEntityKey(key), canonical);
  }

  /** No name to check against: a plan without `Responsables` nor `Entités`. */
  get empty(): boolean {
    return this.names.length === 0;
  }

  match(name: string): EntityMatch {
    let found = this.memo.get(name);
    if (found === undefined) {
      found = this.find(name);
      if (this.memo.size < MAX_KEYS) this.memo.set(name, found);
    }
    return found;
  }

  /** The canonical name of a known name or alias, else the name as given. */
  canonical(name: string): string {
    const m = this.match(name);
    return m.kind === 'unknown' ? name : m.name;
  }

  private find(name: string): EntityMatch {
    const key = entityKey(name);
    const known = this.byKey.get(key);
    if (known !== undefined) return { kind: 'known', name: known };
    const alias = this.aliasOf.get(key);
    if (alias !== undefined) return { kind: 'alias', name: alias };
    const loose = looseEntityKey(name);
    const same = loose ? this.byLoose.get(loose) : undefined;
    if (same !== undefined) return { kind: 'unknown', close: true, suggestion: same };
    return { kind: 'unknown', close: false, suggestion: this.nearest(loose) };
  }

  /** The known name nearest to a loose key, when it is near enough to be a plausible misspelling. */
  private nearest(loose: string): string | null {
    if (!loose) return null;
    let best: string | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const [other, name] of this.byLoose) {
      const d = editDistance(loose, other);
      if (d < bestDistance || (d === bestDistance && best !== null && name < best)) {
        bestDistance = d;
        best = name;
      }
    }
    if (best !== null && bestDistance <= Math.max(1, Math.floor(loose.length / 4))) return best;
    // « Kayes » for « DR Kayes »: one name inside the other.
    const inside = [...this.byLoose].filter(
      ([other]) =>
        Math.min(other.length, loose.length) >= 4 && (other.includes(loose) || loose.includes(other)),
    );
    return inside.length === 1 ? inside[0][1] : null;
  }
}

/**
 * Edit distance counting an exchange of two neighbouring letters as one edit (« Kaeys » is one
 * edit from « Kayes »): the optimal string alignment distance.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/** A name or alias given to two entities of a list: the second mention, and the entity it already names. */
export interface EntityClash {
  entity: string;
  name: string;
  other: string;
  /** 'name' when the clash is on the second entity's own name, else its aliases' index. */
  index: number | 'name';
}

/** Names and aliases of a list must each name one entity (an alias may not be another's name). */
export function entityClashes(listed: readonly ListedEntity[]): EntityClash[] {
  const owner = new Map<string, string>();
  const clashes: EntityClash[] = [];
  // Names first: an alias that is another entity's name is the alias's fault, wherever it comes.
  const mentions: { entity: string; name: string; index: number | 'name' }[] = [
    ...listed.map((e) => ({ entity: e.name, name: e.name, index: 'name' as const })),
    ...listed.flatMap((e) => e.aliases.map((name, index) => ({ entity: e.name, name, index }))),
  ];
  for (const { entity, name, index } of mentions) {
    const key = entityKey(name);
    const other = owner.get(key);
    if (other === undefined) owner.set(key, entity);
    else if (entityKey(other) !== entityKey(entity)) clashes.push({ entity, name, other, index });
  }
  return clashes;
}

/** Where a name was found in the data: the `Rapport` sheet's cell, or a row that carries it. */
export interface EntityMention {
  file: string;
  entity: string;
  sheet?: string;
  cell?: string;
}

/**
 * What the data's entity names say, once per file and name: an alias is read as its entity (a
 * notice, `entity-alias`); a name the plan does not know is `unknown-entity` — an error when the
 * plan lists its entities or when the name is a known one written otherwise, so that no figure
 * is computed under a misspelt name; a warning when it may be a new partner. With a suggestion
 * whenever a known name is near.
 */
export function entityIssues(directory: EntityDirectory, mentions: Iterable<EntityMention>): Issue[] {
  const issues: Issue[] = [];
  if (directory.empty) return issues;
  const seen = new Set<string>();
  for (const m of mentions) {
    const key = `${m.file}\u0000${m.entity}`;
    if (!m.entity || seen.has(key)) continue;
    seen.add(key);
    const found = directory.match(m.entity);
    if (found.kind === 'known') continue;
    const at = { file: m.file, sheet: m.sheet, cell: m.cell };
    if (found.kind === 'alias') {
      issues.push(issue('entity-alias', 'info', at, { entity: m.entity, canonical: found.name }, m.entity));
      continue;
    }
    const error = directory.listed || found.close;
    issues.push(
      issue(
        'unknown-entity',
        error ? 'error' : 'warning',
        at,
        {
          entity: m.entity,
          listed: directory.listed ? 1 : 0,
          close: found.close ? 1 : 0,
          ...(found.suggestion ? { suggestion: found.suggestion } : {}),
        },
        m.entity,
      ),
    );
  }
  return issues;
}

/**
 * The plan's entities with the configuration's (`entities`: name → aliases): a name the plan
 * lists takes the configuration's aliases too, another is added. A configuration alias that is
 * already another entity's name or alias is a `duplicate-code` error (located at the plan's file).
 */
export function withConfiguredEntities(
  plan: Pick<Plan, 'file' | 'entities'>,
  configured: Readonly<Record<string, readonly string[]>> | undefined,
): { entities: PlanEntity[]; issues: Issue[] } {
  const entities = (plan.entities ?? []).map((e) => ({ ...e, aliases: [...e.aliases] }));
  if (!configured) return { entities, issues: [] };
  // The sheet reader has reported the clashes inside the plan's own list: only the configuration's are new.
  const fromConfig = new Set<string>();
  for (const [name, aliases] of Object.entries(configured)) {
    const same = entities.find((e) => entityKey(e.name) === entityKey(name));
    if (same) same.aliases.push(...aliases);
    else entities.push({ name, aliases: [...aliases], type: null, region: null, at: null });
    for (const n of [name, ...aliases]) fromConfig.add(entityKey(n));
  }
  const issues = entityClashes(entities)
    .filter((c) => fromConfig.has(entityKey(c.name)))
    .map((c) =>
      issue('duplicate-code', 'error', { file: plan.file }, { code: c.name, entity: c.other }, c.name),
    );
  return { entities, issues };
}

/**
 * The plan's own entity names against its list: when the plan lists its entities, every name in
 * `Responsables` (indicators and activities) must be listed or an alias — an alias is replaced by
 * its entity, an unknown name is an `unknown-entity` error at the `Responsables` cell.
 */
export function resolvePlanEntities<P extends Pick<Plan, 'indicators' | 'activities'>>(
  plan: P,
  directory: EntityDirectory,
): { plan: P; issues: Issue[] } {
  if (!directory.listed) return { plan, issues: [] };
  const issues: Issue[] = [];
  const resolve = (names: string[], at: { file: string; sheet: string; cell: string }): string[] =>
    names.map((name) => {
      const found = directory.match(name);
      if (found.kind !== 'unknown') return found.name;
      issues.push(
        issue(
          'unknown-entity',
          'error',
          at,
          {
            entity: name,
            listed: 1,
            inPlan: 1,
            close: found.close ? 1 : 0,
            ...(found.suggestion ? { suggestion: found.suggestion } : {}),
          },
          name,
        ),
      );
      return name;
    });
  return {
    plan: {
      ...plan,
      indicators: plan.indicators.map((i) => ({
        ...i,
        responsible: resolve(i.responsible, { ...i.at, cell: i.responsibleCell ?? i.at.cell }),
      })),
      activities: plan.activities.map((a) => ({ ...a, responsible: resolve(a.responsible, a.at) })),
    },
    issues,
  };
}

import { aliasTable, normaliseName } from './names.js';
import type { SheetRole } from './vocabulary.js';
import {
  AGGREGATION_NAMES,
  AXIS_COLUMNS,
  DATA_ACTIVITY_COLUMNS,
  DIRECTION_NAMES,
  ENTITY_AGGREGATION_NAMES,
  ENTITY_COLUMNS,
  INDICATOR_COLUMNS,
  METHOD_NAMES,
  PLAN_ACTIVITY_COLUMNS,
  PLAN_KEYS,
  RECOMMENDATION_COLUMNS,
  RECOMMENDATION_STATUS_NAMES,
  REPORT_KEYS,
  REPORT_TYPE_NAMES,
  RESULT_COLUMNS,
  SHEETS,
  STATUS_NAMES,
  TARGET_BASIS_NAMES,
  TARGET_TYPE_NAMES,
  TYPE_NAMES,
  VALUE_COLUMNS,
  YES_NO_NAMES,
} from './vocabulary.js';

/** The closed lists whose values may be spelled otherwise (`"status.done": ["Exécutée"]`). */
export const LIST_NAMES = {
  type: TYPE_NAMES,
  direction: DIRECTION_NAMES,
  aggregation: AGGREGATION_NAMES,
  entityAggregation: ENTITY_AGGREGATION_NAMES,
  targetType: TARGET_TYPE_NAMES,
  targetBasis: TARGET_BASIS_NAMES,
  reportType: REPORT_TYPE_NAMES,
  method: METHOD_NAMES,
  status: STATUS_NAMES,
  yesNo: YES_NO_NAMES,
  recommendationStatus: RECOMMENDATION_STATUS_NAMES,
};
type Lists = typeof LIST_NAMES;

/** Column tables by the sheet role a configuration names them with (`indicators.baseline`). */
const TABLES = {
  plan: PLAN_KEYS,
  axes: AXIS_COLUMNS,
  results: RESULT_COLUMNS,
  indicators: INDICATOR_COLUMNS,
  activities: PLAN_ACTIVITY_COLUMNS,
  entities: ENTITY_COLUMNS,
  dataActivities: DATA_ACTIVITY_COLUMNS,
  report: REPORT_KEYS,
  values: VALUE_COLUMNS,
  recommendations: RECOMMENDATION_COLUMNS,
};
type Tables = typeof TABLES;
const TABLES_OF_ROLE: Record<SheetRole, (keyof Tables)[]> = {
  plan: ['plan'],
  axes: ['axes'],
  results: ['results'],
  indicators: ['indicators'],
  activities: ['activities', 'dataActivities'],
  entities: ['entities'],
  report: ['report'],
  values: ['values'],
  recommendations: ['recommendations'],
};

/**
 * Every name a run accepts: ponam's own (above), plus the aliases of a project configuration, so a
 * ministry's `Matrice des indicateurs` or `Niveau initial` is read without editing its workbooks.
 */
export interface Vocabulary {
  sheets: Record<SheetRole, readonly string[]>;
  columns: { [T in keyof Tables]: { [K in keyof Tables[T]]: readonly string[] } };
  lists: { [L in keyof Lists]: Map<string, keyof Lists[L]> };
  sheetRole(name: string): SheetRole | undefined;
}

function build(
  sheets: Vocabulary['sheets'],
  columns: Vocabulary['columns'],
  lists: { [L in keyof Lists]: Record<string, readonly string[]> },
): Vocabulary {
  const sheetTable = aliasTable(sheets);
  return {
    sheets,
    columns,
    lists: Object.fromEntries(
      Object.entries(lists).map(([k, v]) => [k, aliasTable(v)]),
    ) as Vocabulary['lists'],
    sheetRole: (name) => sheetTable.get(normaliseName(name)),
  };
}

export const DEFAULT_VOCABULARY: Vocabulary = build(SHEETS, TABLES, LIST_NAMES);

/** A configuration's aliases, as its schema holds them (src/model/config.ts). */
export interface AliasInput {
  sheets?: Partial<Record<SheetRole, string[]>>;
  columns?: Record<string, string[]>;
  values?: Record<string, string[]>;
}

/** The default vocabulary with a configuration's aliases added (they must pass `aliasProblems`). */
export function vocabularyWith(aliases: AliasInput | undefined): Vocabulary {
  if (!aliases) return DEFAULT_VOCABULARY;
  const sheets = { ...SHEETS } as Record<SheetRole, readonly string[]>;
  for (const [role, more] of Object.entries(aliases.sheets ?? {}))
    sheets[role as SheetRole] = [...sheets[role as SheetRole], ...(more ?? [])];
  const columns = Object.fromEntries(Object.entries(TABLES).map(([t, cols]) => [t, { ...cols }])) as Record<
    string,
    Record<string, readonly string[]>
  >;
  for (const [key, more] of Object.entries(aliases.columns ?? {})) {
    const [role, field] = key.split('.');
    for (const table of TABLES_OF_ROLE[role as SheetRole] ?? [])
      if (field in columns[table]) columns[table][field] = [...columns[table][field], ...more];
  }
  const lists = Object.fromEntries(
    Object.entries(LIST_NAMES).map(([l, names]) => [l, { ...names }]),
  ) as Record<string, Record<string, readonly string[]>>;
  for (const [key, more] of Object.entries(aliases.values ?? {})) {
    const [list, value] = key.split('.');
    if (lists[list]?.[value]) lists[list][value] = [...lists[list][value], ...more];
  }
  return build(
    sheets,
    columns as Vocabulary['columns'],
    lists as { [L in keyof Lists]: Record<string, readonly string[]> },
  );
}

export interface AliasProblem {
  /** JSON path in the configuration (`/aliases/columns/indicators.baseline/0`). */
  path: string;
  name: string;
  /** What the name already is (the sheet `values`, the column `indicators.code`), or null: an unknown key. */
  other: { kind: 'sheet' | 'column' | 'value'; name: string } | null;
}

/**
 * Aliases that cannot be used: a role, field, list or value ponam does not have, or a name that is
 * already another one's (a sheet alias `Valeurs` for the indicators, a column alias `Code` for a
 * baseline): reading would become ambiguous.
 */
export function aliasProblems(aliases: AliasInput | undefined): AliasProblem[] {
  if (!aliases) return [];
  const problems: AliasProblem[] = [];
  const sheetOwner = new Map<string, string>();
  for (const [role, names] of Object.entries(SHEETS))
    for (const n of names) sheetOwner.set(normaliseName(n), role);
  for (const [role, names] of Object.entries(aliases.sheets ?? {})) {
    (names ?? []).forEach((name, i) => {
      const path = `/aliases/sheets/${role}/${i}`;
      const owner = sheetOwner.get(normaliseName(name));
      if (owner && owner !== role) problems.push({ path, name, other: { kind: 'sheet', name: owner } });
      else sheetOwner.set(normaliseName(name), role);
    });
  }
  // Each name's owner: ponam's own names first, then each alias of the file as it comes.
  const columnOwner = new Map<string, string>();
  for (const [t, columns] of Object.entries(TABLES))
    for (const [field, spellings] of Object.entries(columns as Record<string, readonly string[]>))
      for (const n of spellings) columnOwner.set(`${t}\u0000${normaliseName(n)}`, field);
  for (const [key, names] of Object.entries(aliases.columns ?? {})) {
    const [role, field] = key.split('.');
    const tables = (TABLES_OF_ROLE[role as SheetRole] ?? []).filter((t) => field in TABLES[t]);
    if (tables.length === 0) {
      problems.push({ path: `/aliases/columns/${key}`, name: key, other: null });
      continue;
    }
    names.forEach((name, i) => {
      for (const t of tables) {
        const owner = columnOwner.get(`${t}\u0000${normaliseName(name)}`);
        if (owner !== undefined && owner !== field)
          problems.push({
            path: `/aliases/columns/${key}/${i}`,
            name,
            other: { kind: 'column', name: `${role}.${owner}` },
          });
        else columnOwner.set(`${t}\u0000${normaliseName(name)}`, field);
      }
    });
  }
  const valueOwner = new Map<string, string>();
  for (const [list, values] of Object.entries(
    LIST_NAMES as Record<string, Record<string, readonly string[]>>,
  ))
    for (const [value, spellings] of Object.entries(values))
      for (const n of spellings) valueOwner.set(`${list}\u0000${normaliseName(n)}`, value);
  for (const [key, names] of Object.entries(aliases.values ?? {})) {
    const [list, value] = key.split('.');
    const known = (LIST_NAMES as Record<string, Record<string, readonly string[]>>)[list];
    if (!known || !(value in known)) {
      problems.push({ path: `/aliases/values/${key}`, name: key, other: null });
      continue;
    }
    names.forEach((name, i) => {
      const owner = valueOwner.get(`${list}\u0000${normaliseName(name)}`);
      if (owner !== undefined && owner !== value)
        problems.push({
          path: `/aliases/values/${key}/${i}`,
          name,
          other: { kind: 'value', name: `${list}.${owner}` },
        });
      else valueOwner.set(`${list}\u0000${normaliseName(name)}`, value);
    });
  }
  return problems;
}

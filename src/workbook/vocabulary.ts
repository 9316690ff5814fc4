import { type Period, parsePeriod } from '../compute/periods.js';
import type {
  ActivityStatus,
  Aggregation,
  Direction,
  EntityAggregation,
  IndicatorType,
  Method,
  ReportType,
  TargetBasis,
  TargetType,
} from '../model/plan.js';
import { aliasTable, normaliseName } from './names.js';

/**
 * Every name the reader accepts, French canonical name first (used in messages and templates),
 * then English and common variants. Matching is case- and accent-insensitive (names.ts).
 */
export const SHEETS = {
  plan: ['Plan', 'Paramètres', 'Settings', 'Configuration'],
  axes: ['Axes', 'Axes stratégiques', 'Strategic axes', 'Axe'],
  results: ['Résultats', 'Results', 'Résultat', 'Result', 'Effets', 'Outcomes'],
  indicators: ['Indicateurs', 'Indicators', 'Indicateur', 'Cadre logique', 'Logframe', 'Cadre de mesure'],
  activities: ['Activités', 'Activities', 'Activité', 'Actions'],
  report: ['Rapport', 'Report', 'Informations', 'Info'],
  values: ['Valeurs', 'Values', 'Données', 'Data', 'Réalisations'],
} as const;

export type SheetRole = keyof typeof SHEETS;
const SHEET_TABLE = aliasTable(SHEETS);

export function sheetRole(name: string): SheetRole | undefined {
  return SHEET_TABLE.get(normaliseName(name));
}

export const PLAN_KEYS = {
  code: ['Code', 'Code du plan', 'Plan code'],
  title: ['Titre', 'Intitulé', 'Title', 'Nom', 'Name'],
  country: ['Pays', 'Country'],
  startYear: ['Année de début', 'Début', 'Start year', 'Start'],
  endYear: ['Année de fin', 'Fin', 'End year', 'End'],
  referenceDate: ['Date de référence', 'Référence date', 'Reference date'],
  currency: ['Monnaie', 'Devise', 'Currency'],
  lang: ['Langue', 'Language'],
  method: ['Méthode de calcul', 'Méthode', 'Method', 'Calculation method'],
  thresholds: ['Seuils', 'Thresholds'],
  onTrack: ['Seuil en bonne voie', 'Seuil bonne voie', 'On-track threshold', 'On track threshold'],
  behind: ['Seuil en retard', 'Seuil retard', 'Behind threshold'],
  ceiling: ['Plafond', 'Ceiling', 'Cap'],
  submissionDelayDays: ['Délai de soumission', 'Délai de transmission', 'Submission delay'],
  targetBasis: ['Base des cibles', 'Base de comparaison', 'Target basis'],
  reportTitle: ['Titre du rapport', 'Report title'],
  subtitle: ['Sous-titre', 'Sous-titre du rapport', 'Subtitle'],
  institution: ['Institution', 'Ministère', 'Structure de tutelle', 'Ministry', 'Organisation'],
  author: ['Auteur', 'Auteurs', 'Rédigé par', 'Author', 'Authors', 'Prepared by'],
  reportType: ['Type de rapport', 'Report type'],
} as const;

export const AXIS_COLUMNS = {
  code: ['Code', 'Code axe', 'Axe', 'Axis code', 'Axis'],
  label: ['Intitulé', 'Libellé', "Intitulé de l'axe", 'Label', 'Title', 'Name', 'Description'],
  weight: ['Poids', 'Weight', 'Pondération'],
} as const;

export const RESULT_COLUMNS = {
  code: ['Code', 'Code résultat', 'Result code', 'Résultat', 'Result'],
  axis: ['Axe', 'Axis', 'Code axe', 'Axe stratégique'],
  label: ['Intitulé', 'Libellé', 'Intitulé du résultat', 'Label', 'Title', 'Name', 'Description'],
  level: ['Niveau', 'Level', 'Type'],
  weight: ['Poids', 'Weight', 'Pondération'],
} as const;

export const INDICATOR_COLUMNS = {
  code: ['Code', 'Code indicateur', 'Indicator code', 'ID', 'Réf', 'Ref'],
  axis: ['Axe', 'Axis', 'Code axe', 'Axe stratégique', 'Strategic axis'],
  result: ['Résultat', 'Result', 'Code résultat', 'Result code', 'Effet', 'Outcome', 'Output'],
  label: [
    'Intitulé',
    'Libellé',
    "Intitulé de l'indicateur",
    "Libellé de l'indicateur",
    'Indicateur',
    'Indicator',
    'Label',
    'Name',
    'Title',
  ],
  unit: ['Unité', 'Unit', 'Unité de mesure', 'Unit of measure'],
  type: ['Type', "Type d'indicateur", 'Indicator type', 'Nature'],
  direction: [
    'Sens',
    'Direction',
    'Sens de variation',
    'Tendance souhaitée',
    'Polarity',
    'Desired direction',
  ],
  aggregation: [
    'Agrégation',
    'Aggregation',
    'Agrégation temporelle',
    "Mode d'agrégation",
    'Time aggregation',
  ],
  entityAggregation: [
    'Agrégation entités',
    'Agrégation entre entités',
    'Entity aggregation',
    'Aggregation across entities',
  ],
  targetType: ['Type de cible', 'Target type', 'Nature de la cible'],
  method: ['Méthode de calcul', 'Méthode', 'Method', 'Calculation method'],
  baseline: [
    'Valeur de référence',
    'Référence',
    'Situation de référence',
    'Valeur de base',
    'Baseline',
    'Baseline value',
  ],
  baselineYear: ['Année de référence', 'Année de base', 'Baseline year'],
  finalTarget: ['Cible finale', 'Valeur cible finale', 'Final target', 'End target'],
  frequency: ['Fréquence', 'Périodicité', 'Fréquence de collecte', 'Frequency'],
  responsible: [
    'Responsables',
    'Responsable',
    'Entités responsables',
    'Structures responsables',
    'Responsible',
    'Reporting entities',
  ],
  disaggregations: ['Désagrégations', 'Désagrégation', 'Ventilation', 'Disaggregations', 'Disaggregation'],
  source: [
    'Source',
    'Sources',
    'Source de vérification',
    'Sources de vérification',
    'Moyens de vérification',
    'Means of verification',
    'Data source',
  ],
  weight: ['Poids', 'Weight', 'Pondération'],
  scale: ['Échelle', 'Scale', "Nombre d'étapes", 'Stages'],
  target: [] as string[],
} as const;

/**
 * `Cible 2022`, and targets of periods inside a year: `Cible 2023-T1`, `Cible 2023-S1`,
 * `Cible 2023-03`, `Target Q1 2023` (names are normalised first: `cible 2023 t1`).
 */
export const TARGET_PATTERN =
  /^(?:cible|target|objectif|valeur cible)\s*(\d{4}(?: (?:[tqsh] ?\d{1,2}|\d{1,2}))?|[tqsh] ?\d \d{4})$/;
export const BUDGET_PATTERN = /^(?:budget|budget prevu|planned budget)\s*(\d{4})$/;

export const PLAN_ACTIVITY_COLUMNS = {
  code: ['Code', 'Code activité', 'Activity code', 'ID'],
  result: ['Résultat', 'Result', 'Code résultat'],
  axis: ['Axe', 'Axis'],
  label: ['Intitulé', 'Libellé', 'Activité', 'Activity', 'Label', 'Description'],
  responsible: ['Responsable', 'Responsables', 'Responsible', 'Structure responsable'],
  budget: ['Budget prévu', 'Budget', 'Budget total', 'Planned budget', 'Coût', 'Coût total', 'Cost'],
  yearBudget: [] as string[],
} as const;

export const REPORT_KEYS = {
  entity: ['Entité', 'Entity', 'Structure', 'Partenaire', 'Organisation', 'Reporting entity'],
  period: ['Période', 'Period', 'Trimestre', 'Quarter'],
  submittedOn: ['Date de soumission', 'Date de transmission', 'Submission date', 'Date'],
} as const;

export const VALUE_COLUMNS = {
  indicator: ['Indicateur', 'Code indicateur', 'Code', 'Indicator', 'Indicator code'],
  value: ['Valeur', 'Value', 'Réalisation', 'Valeur réalisée', 'Valeur atteinte', 'Actual'],
  period: ['Période', 'Period', 'Trimestre', 'Quarter'],
  entity: ['Entité', 'Entity', 'Structure', 'Partenaire', 'Organisation'],
  numerator: ['Numérateur', 'Numerator'],
  denominator: ['Dénominateur', 'Denominator'],
  source: ['Source', 'Source de vérification'],
  comment: ['Commentaire', 'Commentaires', 'Comment', 'Comments', 'Observations', 'Remarques'],
  /** The year of a wide sheet's `T1`…`T4` columns, row by row. */
  year: ['Année', 'Year', 'Exercice'],
  /** Wide sheets: one column per period (`valueAt` + the period, see `periodColumn`). */
  valueAt: [] as string[],
} as const;

/** Words that may stand before a period in a wide sheet's header (`Réalisation T1 2022`). */
const VALUE_PREFIXES = [
  'realisation',
  'realisations',
  'realise',
  'realisee',
  'realises',
  'realisees',
  'valeur',
  'valeurs',
  'valeur realisee',
  'valeur atteinte',
  'resultat',
  'value',
  'values',
  'actual',
  'actuals',
  'achieved',
];

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/**
 * The period a wide sheet's column holds, from its (normalised) header: `2022 t1`, `t1 2022`,
 * `2022 q1`, `realisation t1 2022`, `valeur 2022 t1` (a note in parentheses is already gone),
 * `s1 2023`, `mars 2023`, `2023 03`, `2023`. A quarter or semester without a year (`t1`) gives
 * `T1`, whose year comes from the `Rapport` period or an `Année` column. Null for any other header.
 */
export function periodColumn(name: string): string | null {
  let rest = name;
  for (const prefix of VALUE_PREFIXES) {
    if (rest.startsWith(`${prefix} `)) {
      rest = rest.slice(prefix.length + 1);
      break;
    }
  }
  let m = /^([a-z]+) (\d{4})$/.exec(rest);
  if (m && MONTHS[m[1]] !== undefined) return `${m[2]}-${String(MONTHS[m[1]]).padStart(2, '0')}`;
  m = /^(\d{4}) (\d{1,2})$/.exec(rest);
  if (m) return label(parsePeriod(`${m[1]}-${m[2]}`));
  m = /^(\d{1,2}) (\d{4})$/.exec(rest);
  if (m) return label(parsePeriod(`${m[2]}-${m[1]}`));
  m = /^([tqsh]) ?(\d)$/.exec(rest);
  if (m) {
    const kind = m[1] === 's' || m[1] === 'h' ? 'S' : 'T';
    const max = kind === 'S' ? 2 : 4;
    const n = Number(m[2]);
    return n >= 1 && n <= max ? `${kind}${n}` : null;
  }
  if (/^(\d{4}( ?[tqsh] ?\d)?|[tqsh] ?\d \d{4})$/.test(rest)) return label(parsePeriod(rest));
  return null;
}

function label(p: Period | null): string | null {
  return p ? p.label : null;
}

export const DATA_ACTIVITY_COLUMNS = {
  activity: ['Activité', 'Code activité', 'Code', 'Activity', 'Activity code'],
  period: ['Période', 'Period'],
  entity: ['Entité', 'Entity', 'Structure'],
  status: ['Statut', 'Status', 'État', 'Etat'],
  progress: ['Avancement', "Taux d'avancement", 'Progress', 'Taux de réalisation'],
  disbursed: [
    'Montant décaissé',
    'Décaissé',
    'Décaissement',
    'Décaissements',
    'Disbursed',
    'Amount disbursed',
  ],
  comment: ['Commentaire', 'Comment', 'Observations'],
} as const;

/** Common disaggregation dimensions, recognised as columns of `Valeurs` without being declared. */
export const DISAGGREGATIONS = {
  sexe: ['Sexe', 'Sex', 'Genre', 'Gender'],
  région: ['Région', 'Region'],
  âge: ['Âge', 'Age', "Tranche d'âge", 'Age group'],
  milieu: ['Milieu', 'Zone', 'Urbain/rural'],
  nationalité: ['Nationalité', 'Nationality'],
  cercle: ['Cercle', 'District'],
} as const;

const TYPE_NAMES: Record<IndicatorType, readonly string[]> = {
  quantitative: ['quantitatif', 'quantitative', 'quanti', 'numérique', 'numeric'],
  qualitative: ['qualitatif', 'qualitative', 'quali', 'étapes', 'stages'],
  milestone: ['jalon', 'milestone', 'oui/non', 'yes/no', 'binaire', 'binary'],
};
export const INDICATOR_TYPES = aliasTable(TYPE_NAMES);
const DIRECTION_NAMES: Record<Direction, readonly string[]> = {
  increase: [
    'hausse',
    'augmentation',
    'croissant',
    'croissance',
    'increase',
    'up',
    'higher',
    'positif',
    '+',
    '↑',
  ],
  decrease: [
    'baisse',
    'diminution',
    'décroissant',
    'réduction',
    'decrease',
    'down',
    'lower',
    'négatif',
    '-',
    '↓',
  ],
  maintain: ['maintien', 'stable', 'maintenir', 'maintain', 'constant'],
};
export const DIRECTIONS = aliasTable(DIRECTION_NAMES);
const AGGREGATION_NAMES: Record<Aggregation, readonly string[]> = {
  sum: ['somme', 'sum', 'cumul', 'total', 'addition'],
  last: ['dernière', 'dernier', 'dernière valeur', 'last', 'latest', 'last value'],
  mean: ['moyenne', 'mean', 'average', 'avg'],
  max: ['max', 'maximum', 'plus haute valeur'],
};
export const AGGREGATIONS = aliasTable(AGGREGATION_NAMES);
const ENTITY_AGGREGATION_NAMES: Record<EntityAggregation, readonly string[]> = {
  sum: ['somme', 'sum', 'total'],
  mean: ['moyenne', 'mean', 'average'],
};
export const ENTITY_AGGREGATIONS = aliasTable(ENTITY_AGGREGATION_NAMES);
const TARGET_TYPE_NAMES: Record<TargetType, readonly string[]> = {
  annual: ['annuelle', 'annuel', 'annual', 'yearly', 'par an'],
  cumulative: ['cumulée', 'cumulé', 'cumulative', 'cumulated', 'cumul'],
};
export const TARGET_TYPES = aliasTable(TARGET_TYPE_NAMES);
const TARGET_BASIS_NAMES: Record<TargetBasis, readonly string[]> = {
  pace: ['prorata', 'pro rata', 'au prorata', 'rythme', 'pace', 'prorated', 'pro-rated'],
  year: ['annuelle', 'annuel', 'année', 'cible annuelle', 'year', 'yearly', 'annual', 'whole year'],
};
export const TARGET_BASES = aliasTable(TARGET_BASIS_NAMES);
const REPORT_TYPE_NAMES: Record<ReportType, readonly string[]> = {
  quarterly: ['trimestriel', 'rapport trimestriel', 'quarterly', 'quarterly report'],
  semester: ['semestriel', 'rapport semestriel', 'semester', 'semi-annual', 'half-yearly'],
  monthly: ['mensuel', 'rapport mensuel', 'monthly', 'monthly report'],
  annual: ['annuel', 'rapport annuel', 'annual', 'annual report', 'yearly'],
  'mid-term': [
    'revue à mi-parcours',
    'mi-parcours',
    'évaluation à mi-parcours',
    'mid-term',
    'mid-term review',
    'midterm review',
  ],
  final: ['final', 'finale', 'évaluation finale', 'bilan final', 'final evaluation', 'final review'],
};
export const REPORT_TYPES = aliasTable(REPORT_TYPE_NAMES);
const METHOD_NAMES: Record<Method, readonly string[]> = {
  auto: ['auto', 'automatique', 'automatic'],
  ratio: ['ratio', 'taux', 'rapport'],
  progression: ['progression', 'progress', 'progrès', 'distance'],
};
export const METHODS = aliasTable(METHOD_NAMES);
const STATUS_NAMES: Record<ActivityStatus, readonly string[]> = {
  'not-started': [
    'non démarrée',
    'non démarré',
    'non demarree',
    'pas démarrée',
    'not started',
    'à démarrer',
    'planifiée',
  ],
  'in-progress': ['en cours', 'in progress', 'ongoing', 'en cours de réalisation', 'démarrée'],
  done: ['réalisée', 'réalisé', 'terminée', 'terminé', 'achevée', 'done', 'completed', 'complete'],
  abandoned: ['abandonnée', 'abandonné', 'annulée', 'abandoned', 'cancelled', 'canceled', 'dropped'],
};
export const ACTIVITY_STATUSES = aliasTable(STATUS_NAMES);
const YES_NO_NAMES: Record<'yes' | 'no', readonly string[]> = {
  yes: ['oui', 'yes', 'o', 'y', 'vrai', 'true', 'réalisé', 'réalisée', 'adopté', 'adoptée', 'done', 'x'],
  no: ['non', 'no', 'n', 'faux', 'false', 'non réalisé', 'non réalisée', 'not done'],
};
export const YES_NO = aliasTable(YES_NO_NAMES);

/** French canonical spellings of each enumeration, for "allowed values" in messages. */
export const ALLOWED = {
  type: ['quantitatif', 'qualitatif', 'jalon'],
  direction: ['hausse', 'baisse', 'maintien'],
  aggregation: ['somme', 'dernière', 'moyenne', 'max'],
  entityAggregation: ['somme', 'moyenne'],
  targetType: ['annuelle', 'cumulée'],
  method: ['auto', 'ratio', 'progression'],
  targetBasis: ['prorata', 'annuelle'],
  reportType: ['trimestriel', 'semestriel', 'mensuel', 'annuel', 'revue à mi-parcours', 'final'],
  status: ['non démarrée', 'en cours', 'réalisée', 'abandonnée'],
  lang: ['fr', 'en'],
} as const;

// ─── a run's vocabulary: the names above, plus a configuration's aliases ─────────────────────────

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
};
type Lists = typeof LIST_NAMES;

/** Column tables by the sheet role a configuration names them with (`indicators.baseline`). */
const TABLES = {
  plan: PLAN_KEYS,
  axes: AXIS_COLUMNS,
  results: RESULT_COLUMNS,
  indicators: INDICATOR_COLUMNS,
  activities: PLAN_ACTIVITY_COLUMNS,
  dataActivities: DATA_ACTIVITY_COLUMNS,
  report: REPORT_KEYS,
  values: VALUE_COLUMNS,
};
type Tables = typeof TABLES;
const TABLES_OF_ROLE: Record<SheetRole, (keyof Tables)[]> = {
  plan: ['plan'],
  axes: ['axes'],
  results: ['results'],
  indicators: ['indicators'],
  activities: ['activities', 'dataActivities'],
  report: ['report'],
  values: ['values'],
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

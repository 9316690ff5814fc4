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
import type { RecommendationStatus } from '../model/recommendations.js';
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
  entities: ['Entités', 'Entities', 'Entités de rapportage', 'Reporting entities'],
  report: ['Rapport', 'Report', 'Informations', 'Info'],
  values: ['Valeurs', 'Values', 'Données', 'Data', 'Réalisations'],
  recommendations: [
    'Recommandations',
    'Recommendations',
    'Suivi des recommandations',
    'Recommendations follow-up',
    'Recommandation',
  ],
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
 * `Cible 2023-03`, `Target Q1 2023` (names are normalised first: `cible 2023 t1`). The plural
 * (`Cibles 2023`) is what a two-row header gives when `Cibles` is merged over the years.
 */
export const TARGET_PATTERN =
  /^(?:cibles?|targets?|objectifs?|valeurs? cibles?)\s*(\d{4}(?: (?:[tqsh] ?\d{1,2}|\d{1,2}))?|[tqsh] ?\d \d{4})$/;
export const BUDGET_PATTERN = /^(?:budget|budget prevu|planned budget)\s*(\d{4})$/;

export const PLAN_ACTIVITY_COLUMNS = {
  code: ['Code', 'Code activité', 'Activity code', 'ID'],
  result: ['Résultat', 'Result', 'Code résultat'],
  axis: ['Axe', 'Axis'],
  label: ['Intitulé', 'Libellé', 'Activité', 'Activity', 'Label', 'Description'],
  responsible: ['Responsable', 'Responsables', 'Responsible', 'Structure responsable'],
  budget: ['Budget prévu', 'Budget', 'Budget total', 'Planned budget', 'Coût', 'Coût total', 'Cost'],
  start: ['Début', 'Date de début', 'Période de début', 'Start', 'Start date', 'Start period'],
  end: ['Fin', 'Date de fin', 'Période de fin', 'Échéance', 'End', 'End date', 'End period', 'Due'],
  yearBudget: [] as string[],
} as const;

/** The plan's `Entités` sheet: the reporting entities and the other names each is written under. */
export const ENTITY_COLUMNS = {
  name: ['Entité', 'Nom', 'Entity', 'Name', 'Structure', 'Nom de l’entité', "Nom de l'entité"],
  aliases: ['Alias', 'Aliases', 'Autres noms', 'Autres appellations', 'Other names', 'Also written'],
  type: ['Type', "Type d'entité", 'Entity type', 'Catégorie', 'Category'],
  region: ['Région', 'Region', 'Zone'],
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

/** The `Recommandations` sheet (plan workbook, or a workbook of its own): docs/review.md. */
export const RECOMMENDATION_COLUMNS = {
  number: ['N°', 'No', 'Numéro', 'Number', 'Réf', 'Ref', 'Code', 'ID'],
  text: ['Recommandation', 'Recommendation', 'Intitulé', 'Libellé', 'Description'],
  axis: ['Axe', 'Axis', 'Code axe', 'Axe stratégique', 'Strategic axis'],
  responsible: ['Responsable', 'Responsables', 'Responsible', 'Structure responsable', 'Owner'],
  deadline: ['Échéance', 'Délai', 'Date limite', 'Date butoir', 'Deadline', 'Due date', 'Due'],
  status: ['Statut', 'Status', 'État', 'Etat', 'Niveau de mise en œuvre'],
  comment: ['Commentaire', 'Commentaires', 'Comment', 'Comments', 'Observations'],
  period: ['Période', 'Period', 'Trimestre', 'Quarter', 'Situation au', 'As of'],
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

/**
 * Known categories of a disaggregation dimension. A category of `sexe` or `milieu` that is neither
 * one of these nor a total label, and whose value equals the sum of two or more other categories
 * of the same row group, is read as the breakdown's total (with a `total-category` warning).
 * Dimensions without a list here (région, cercle...) have open categories: no such guess is made.
 */
export const DISAGGREGATION_CATEGORIES: Partial<Record<keyof typeof DISAGGREGATIONS, readonly string[]>> = {
  sexe: [
    'F',
    'H',
    'M',
    'Femmes',
    'Femme',
    'Hommes',
    'Homme',
    'Féminin',
    'Masculin',
    'Filles',
    'Fille',
    'Garçons',
    'Garçon',
    'Female',
    'Male',
    'Women',
    'Woman',
    'Men',
    'Man',
    'Girls',
    'Boys',
    'Autre',
    'Other',
    'Non précisé',
    'Non spécifié',
    'Non renseigné',
    'Inconnu',
    'Unknown',
    'Not specified',
  ],
  milieu: ['Urbain', 'Rural', 'Périurbain', 'Semi-urbain', 'Urban', 'Peri-urban', 'Semi-urban'],
};

/**
 * Labels of a total. In a disaggregation column (`Sexe` = `Total`, `H+F`), the row is the total of
 * its breakdown (used instead of the parts; a total that disagrees with them is a warning). In the
 * indicator, entity or period column of `Valeurs`, the row is a total row of the table: skipped
 * with a `total-row` notice (ponam computes totals itself). Matched without case, accents, spaces
 * or punctuation (`H + F`, `TOTAL GÉNÉRAL`, `Sous total`), see `totalLabelKey`; a cell holding only
 * dashes (`-`, `—`) is a total in a disaggregation column too.
 */
export const TOTAL_LABELS = [
  'Total',
  'Total général',
  'Totaux',
  'Sous-total',
  'Grand total',
  'Somme',
  'Ensemble',
  'Tous',
  'Toutes',
  'Les deux sexes',
  'Deux sexes',
  'Hommes et femmes',
  'Femmes et hommes',
  'H+F',
  'F+H',
  'M+F',
  'F+M',
  'Both sexes',
  'Both',
  'All',
  'All sexes',
  'Overall',
  'Sum',
  'Subtotal',
  'Sub-total',
] as const;

/** A total label's key: accents, case, spaces and punctuation other than `+` dropped. */
export function totalLabelKey(text: string): string {
  const bare = text.replace(/\s*\([^)]*\)\s*$/, '');
  return (bare.trim() === '' ? text : bare)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+]/g, '');
}

const TOTAL_KEYS = new Set(TOTAL_LABELS.map(totalLabelKey));

/** Whether a cell's text names a total (`Total`, `Total général`, `H + F`, `Both sexes`...). */
export function isTotalLabel(text: string): boolean {
  return TOTAL_KEYS.has(totalLabelKey(text));
}

/**
 * Month names in dates written in words (`12 janvier 2023`, `12-janv.-23`, `Jan 12, 2023`) and in
 * wide sheets' period headers (`mars 2023`): full names and the abbreviations Excel and people
 * write, French and English, matched without case, accents or a final dot.
 */
export const MONTH_NAMES: Record<number, readonly string[]> = {
  1: ['janvier', 'janv', 'jan', 'january'],
  2: ['février', 'févr', 'fév', 'fevr', 'fev', 'february', 'feb'],
  3: ['mars', 'mar', 'march'],
  4: ['avril', 'avr', 'april', 'apr'],
  5: ['mai', 'may'],
  6: ['juin', 'june', 'jun'],
  7: ['juillet', 'juil', 'july', 'jul'],
  8: ['août', 'aout', 'august', 'aug'],
  9: ['septembre', 'sept', 'sep', 'september'],
  10: ['octobre', 'oct', 'october'],
  11: ['novembre', 'nov', 'november'],
  12: ['décembre', 'déc', 'dec', 'december'],
};

/** Weekday names that may stand before a date written in words (`mardi 12 janvier 2023`). */
export const WEEKDAY_NAMES = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lun',
  'mar',
  'mer',
  'jeu',
  'ven',
  'sam',
  'dim',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const;

export const TYPE_NAMES: Record<IndicatorType, readonly string[]> = {
  quantitative: ['quantitatif', 'quantitative', 'quanti', 'numérique', 'numeric'],
  qualitative: ['qualitatif', 'qualitative', 'quali', 'étapes', 'stages'],
  milestone: ['jalon', 'milestone', 'oui/non', 'yes/no', 'binaire', 'binary'],
};
export const INDICATOR_TYPES = aliasTable(TYPE_NAMES);
export const DIRECTION_NAMES: Record<Direction, readonly string[]> = {
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
export const AGGREGATION_NAMES: Record<Aggregation, readonly string[]> = {
  sum: ['somme', 'sum', 'cumul', 'total', 'addition'],
  last: ['dernière', 'dernier', 'dernière valeur', 'last', 'latest', 'last value'],
  mean: ['moyenne', 'mean', 'average', 'avg'],
  max: ['max', 'maximum', 'plus haute valeur'],
};
export const AGGREGATIONS = aliasTable(AGGREGATION_NAMES);
export const ENTITY_AGGREGATION_NAMES: Record<EntityAggregation, readonly string[]> = {
  sum: ['somme', 'sum', 'total'],
  mean: ['moyenne', 'mean', 'average'],
};
export const ENTITY_AGGREGATIONS = aliasTable(ENTITY_AGGREGATION_NAMES);
export const TARGET_TYPE_NAMES: Record<TargetType, readonly string[]> = {
  annual: ['annuelle', 'annuel', 'annual', 'yearly', 'par an'],
  cumulative: ['cumulée', 'cumulé', 'cumulative', 'cumulated', 'cumul'],
};
export const TARGET_TYPES = aliasTable(TARGET_TYPE_NAMES);
export const TARGET_BASIS_NAMES: Record<TargetBasis, readonly string[]> = {
  pace: ['prorata', 'pro rata', 'au prorata', 'rythme', 'pace', 'prorated', 'pro-rated'],
  year: ['annuelle', 'annuel', 'année', 'cible annuelle', 'year', 'yearly', 'annual', 'whole year'],
};
export const TARGET_BASES = aliasTable(TARGET_BASIS_NAMES);
export const REPORT_TYPE_NAMES: Record<ReportType, readonly string[]> = {
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
export const METHOD_NAMES: Record<Method, readonly string[]> = {
  auto: ['auto', 'automatique', 'automatic'],
  ratio: ['ratio', 'taux', 'rapport'],
  progression: ['progression', 'progress', 'progrès', 'distance'],
};
export const METHODS = aliasTable(METHOD_NAMES);
export const STATUS_NAMES: Record<ActivityStatus, readonly string[]> = {
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
export const RECOMMENDATION_STATUS_NAMES: Record<RecommendationStatus, readonly string[]> = {
  'not-started': [
    'non entamée',
    'non entamé',
    'pas entamée',
    'non démarrée',
    'non commencée',
    'not started',
    'not yet started',
    'pending',
  ],
  'in-progress': [
    'en cours',
    'en cours de mise en œuvre',
    'partiellement réalisée',
    'in progress',
    'ongoing',
    'partially implemented',
  ],
  done: [
    'réalisée',
    'réalisé',
    'mise en œuvre',
    'mise en oeuvre',
    'terminée',
    'achevée',
    'done',
    'implemented',
    'completed',
    'complete',
  ],
  abandoned: [
    'abandonnée',
    'abandonné',
    'annulée',
    'abandoned',
    'dropped',
    'cancelled',
    'canceled',
    'withdrawn',
  ],
};
export const RECOMMENDATION_STATUSES = aliasTable(RECOMMENDATION_STATUS_NAMES);
export const YES_NO_NAMES: Record<'yes' | 'no', readonly string[]> = {
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
  recommendationStatus: ['non entamée', 'en cours', 'réalisée', 'abandonnée'],
  lang: ['fr', 'en'],
} as const;

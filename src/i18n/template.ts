/**
 * Every word the template workbooks show, in French and English. Sheet names, headers and enum
 * spellings must be ones the reader accepts (src/workbook/vocabulary.ts); the tests check that
 * each of them maps back to the key it stands for.
 *
 * Over 400 lines on purpose: the templates' half of the two catalogues (fr and en side by side,
 * typed alike), kept together so that a header changed in one language is seen in the other.
 */
import {
  ALLOWED,
  type PLAN_ACTIVITY_COLUMNS,
  type PLAN_KEYS,
  type RESULT_COLUMNS,
} from '../workbook/vocabulary.js';

type PlanKey = Exclude<keyof typeof PLAN_KEYS, 'thresholds'>;
export type IndicatorColumn =
  | 'code'
  | 'axis'
  | 'result'
  | 'label'
  | 'unit'
  | 'type'
  | 'direction'
  | 'aggregation'
  | 'entityAggregation'
  | 'targetType'
  | 'method'
  | 'baseline'
  | 'baselineYear'
  | 'finalTarget'
  | 'frequency'
  | 'responsible'
  | 'disaggregations'
  | 'source'
  | 'weight'
  | 'scale';
export type ValueColumn = 'indicator' | 'value' | 'numerator' | 'denominator' | 'source' | 'comment';
export type HelpColumn = 'label' | 'unit' | 'lastValue' | 'lastPeriod';
export type ActivityColumn = 'activity' | 'period' | 'status' | 'progress' | 'disbursed' | 'comment';

/** A column explained on the Instructions sheet. */
export interface ColumnHelp {
  header: string;
  help: string;
  example: string;
}

export interface TemplateStrings {
  sheets: {
    plan: string;
    axes: string;
    results: string;
    indicators: string;
    activities: string;
    entities: string;
    report: string;
    values: string;
    instructions: string;
  };
  key: string;
  value: string;
  planKeys: Record<PlanKey, ColumnHelp>;
  axisColumns: Record<'code' | 'label' | 'weight', ColumnHelp>;
  resultColumns: Record<Exclude<keyof typeof RESULT_COLUMNS, never>, ColumnHelp>;
  indicatorColumns: Record<IndicatorColumn, ColumnHelp>;
  target: (year: number | string) => string;
  targetHelp: ColumnHelp;
  planActivityColumns: Record<Exclude<keyof typeof PLAN_ACTIVITY_COLUMNS, 'yearBudget' | 'axis'>, ColumnHelp>;
  /** The plan's optional `Entités` sheet: the reporting entities and the other names each goes by. */
  entityColumns: Record<'name' | 'aliases' | 'type' | 'region', ColumnHelp>;
  enums: {
    type: readonly string[];
    direction: readonly string[];
    aggregation: readonly string[];
    entityAggregation: readonly string[];
    targetType: readonly string[];
    method: readonly string[];
    status: readonly string[];
    level: readonly string[];
    yesNo: readonly [string, string];
    lang: readonly string[];
  };
  suggestions: { unit: readonly string[]; frequency: readonly string[]; disaggregations: readonly string[] };
  reportKeys: { entity: string; period: string; submittedOn: string };
  valueColumns: Record<ValueColumn, ColumnHelp>;
  helpColumns: Record<HelpColumn, ColumnHelp>;
  activityColumns: Record<ActivityColumn, ColumnHelp> & { label: ColumnHelp; budget: ColumnHelp };
  /** Known categories of a disaggregation, by canonical dimension (DISAGGREGATIONS). */
  categories: Record<string, readonly string[]>;
  total: string;
  instructions: {
    title: string;
    planIntro: readonly string[];
    reportIntro: (entity: string, period: string) => readonly string[];
    /** The wide layout's first line: the year's matrix, filled period by period and resent each time. */
    wideIntro: (entity: string, year: string) => string;
    /** A wide layout's column of one period. */
    periodColumn: (period: string) => ColumnHelp;
    columns: { sheet: string; column: string; help: string; example: string };
  };
  prompts: {
    title: string;
    count: string;
    percent: string;
    milestone: (yes: string, no: string) => string;
    stage: (max: number | null) => string;
    free: string;
    numerator: string;
    denominator: string;
    date: string;
    status: string;
    progress: string;
    disbursed: string;
    errorTitle: string;
    notNegative: string;
    percentRange: string;
    yesNo: (yes: string, no: string) => string;
    stageRange: (max: number) => string;
    dateError: string;
    listError: string;
    suggestion: string;
    year: string;
  };
  extraRows: string;
  /** Prefix given to a help header that would otherwise mean something to the reader. */
  helpPrefix: string;
  /** File-name stem used when an entity name has no usable character. */
  unnamed: string;
}

const h = (header: string, help: string, example: string | number = ''): ColumnHelp => ({
  header,
  help,
  example: String(example),
});

export const fr: TemplateStrings = {
  sheets: {
    plan: 'Plan',
    axes: 'Axes',
    results: 'Résultats',
    indicators: 'Indicateurs',
    activities: 'Activités',
    entities: 'Entités',
    report: 'Rapport',
    values: 'Valeurs',
    instructions: 'Instructions',
  },
  key: 'Clé',
  value: 'Valeur',
  planKeys: {
    code: h('Code', 'Code court du plan, repris dans les rapports.', 'PONAM'),
    title: h('Titre', 'Intitulé complet du plan.', "Plan d'actions de la PONAM 2020-2024"),
    country: h('Pays', 'Pays du plan.', 'Mali'),
    startYear: h(
      'Année de début',
      'Première année du plan (par défaut : la plus petite année des cibles).',
      2020,
    ),
    endYear: h(
      'Année de fin',
      'Dernière année du plan (par défaut : la plus grande année des cibles).',
      2024,
    ),
    referenceDate: h('Date de référence', 'Date de la situation de référence (facultatif).', '31/12/2019'),
    currency: h('Monnaie', 'Monnaie des budgets et décaissements (par défaut FCFA).', 'FCFA'),
    lang: h('Langue', 'Langue du rapport : fr ou en (par défaut fr).', 'fr'),
    method: h(
      'Méthode de calcul',
      'auto (défaut), ratio (A / C) ou progression ((A − R) / (C − R)).',
      'auto',
    ),
    onTrack: h(
      'Seuil en bonne voie',
      'Taux (en %) à partir duquel un indicateur est « en bonne voie » (défaut 80). La clé Seuils, « 80 / 50 », donne les deux seuils à la fois.',
      80,
    ),
    behind: h(
      'Seuil en retard',
      'Taux (en %) à partir duquel un indicateur est « en retard » ; en dessous il est « critique » (défaut 50).',
      50,
    ),
    ceiling: h('Plafond', 'Plafond des taux dans les agrégations, en % (défaut 100).', 100),
    submissionDelayDays: h(
      'Délai de soumission',
      'Nombre de jours après la fin d’une période pour remettre un rapport à temps (défaut 30).',
      30,
    ),
    targetBasis: h(
      'Base des cibles',
      'prorata (défaut) : en cours d’année, la cible est la part de la cible annuelle due à la fin de la période ; annuelle : toujours la cible de l’année entière.',
      'prorata',
    ),
    reportTitle: h(
      'Titre du rapport',
      'Titre de la couverture du rapport (par défaut : le titre du plan).',
      '',
    ),
    subtitle: h('Sous-titre', 'Sous-titre de la couverture (facultatif).', ''),
    institution: h('Institution', 'Institution qui publie le rapport (facultatif).', 'Ministère'),
    author: h('Auteur', 'Auteur ou service qui rédige le rapport (facultatif).', ''),
    reportType: h(
      'Type de rapport',
      'trimestriel, semestriel, mensuel, annuel, revue à mi-parcours ou final (par défaut : d’après la période).',
      '',
    ),
  },
  axisColumns: {
    code: h('Code', 'Code de l’axe stratégique (obligatoire, unique).', 'A1'),
    label: h('Intitulé', 'Intitulé de l’axe.', 'Protéger et sécuriser les migrants'),
    weight: h('Poids', 'Poids de l’axe dans le taux du plan (défaut 1).', 1),
  },
  resultColumns: {
    code: h('Code', 'Code du résultat (obligatoire, unique).', 'R1.1'),
    axis: h('Axe', 'Code de l’axe auquel le résultat appartient.', 'A1'),
    label: h('Intitulé', 'Intitulé du résultat.', 'Les migrants vulnérables sont assistés'),
    level: h('Niveau', 'impact, effet ou extrant.', 'effet'),
    weight: h('Poids', 'Poids du résultat dans le taux de l’axe (défaut 1).', 1),
  },
  indicatorColumns: {
    code: h('Code', 'Code de l’indicateur (obligatoire, unique) : les rapports le citent.', 'I1.1.1'),
    axis: h('Axe', 'Code de l’axe ; une cellule vide reprend celle du dessus.', 'A1'),
    result: h('Résultat', 'Code du résultat ; une cellule vide reprend celle du dessus.', 'R1.1'),
    label: h('Intitulé', 'Intitulé de l’indicateur.', 'Nombre de migrants assistés'),
    unit: h(
      'Unité',
      'nombre, %, FCFA, jours, oui/non… Les nombres et montants s’additionnent entre entités, les autres unités se moyennent.',
      'nombre',
    ),
    type: h('Type', 'quantitatif, qualitatif (étapes) ou jalon (oui/non).', 'quantitatif'),
    direction: h('Sens', 'hausse, baisse ou maintien : le sens souhaité.', 'hausse'),
    aggregation: h(
      'Agrégation',
      'Cumul des périodes d’une entité : somme (flux), dernière, moyenne ou max.',
      'somme',
    ),
    entityAggregation: h(
      'Agrégation entités',
      'somme ou moyenne entre entités (par défaut selon l’unité).',
      '',
    ),
    targetType: h(
      'Type de cible',
      'annuelle (cible de l’année) ou cumulée (niveau à atteindre à la fin de l’année).',
      'cumulée',
    ),
    method: h('Méthode de calcul', 'auto, ratio ou progression ; vide : celle du plan.', ''),
    baseline: h('Valeur de référence', 'Valeur de la situation de référence (oui/non pour un jalon).', 2850),
    baselineYear: h('Année de référence', 'Année de la valeur de référence.', 2019),
    finalTarget: h('Cible finale', 'Cible de fin de plan.', 21000),
    frequency: h('Fréquence', 'Trimestrielle, Semestrielle ou Annuelle.', 'Trimestrielle'),
    responsible: h(
      'Responsables',
      'Entités qui rapportent l’indicateur, séparées par « ; ». Chacune reçoit son classeur de rapport.',
      'OIM; DR Kayes',
    ),
    disaggregations: h(
      'Désagrégations',
      'Ventilations demandées, séparées par « ; » : sexe, région, âge, milieu…',
      'sexe',
    ),
    source: h('Source', 'Source de vérification.', 'Registres des centres'),
    weight: h('Poids', 'Poids de l’indicateur dans le taux du résultat (défaut 1).', 1),
    scale: h('Échelle', 'Pour un indicateur qualitatif : nombre d’étapes (une valeur de 3 sur 4).', ''),
  },
  target: (year) => `Cible ${year}`,
  targetHelp: h(
    'Cible <année>',
    'Cible de chaque année du plan. Un jalon : non les années avant son échéance, oui l’année où il est dû (et après).',
    3500,
  ),
  planActivityColumns: {
    code: h('Code', 'Code de l’activité (obligatoire, unique).', 'AC1.1.1'),
    result: h('Résultat', 'Code du résultat auquel l’activité contribue.', 'R1.1'),
    label: h('Intitulé', 'Intitulé de l’activité.', 'Équipement de centres d’accueil'),
    responsible: h('Responsable', 'Entité chargée de l’activité.', 'OIM'),
    budget: h('Budget prévu', 'Budget total prévu, dans la monnaie du plan.', 450000000),
    start: h('Début', 'Facultatif : année ou période où l’activité doit commencer (2021, 2021-T3).', 2021),
    end: h(
      'Fin',
      'Facultatif : année ou période où l’activité doit être achevée (2022, 2022-T2). L’exécution physique compte les activités échues à la période du rapport ; sans Fin, l’activité est comptée comme due.',
      2022,
    ),
  },
  entityColumns: {
    name: h(
      'Entité',
      'Facultatif. Nom d’une entité qui rend compte, tel que les Responsables l’écrivent. Si la feuille est remplie, tout autre nom dans les rapports (ni listé, ni alias) est une erreur : aucun chiffre n’est calculé sous un nom mal écrit. Vide : les Responsables servent de liste.',
      'DR Kayes',
    ),
    aliases: h(
      'Alias',
      'Autres noms de la même entité, séparés par ; ou | : leurs valeurs comptent pour l’entité.',
      'DR de Kayes; Direction régionale de Kayes',
    ),
    type: h('Type', 'Facultatif : ministère, direction régionale, partenaire…', 'direction régionale'),
    region: h('Région', 'Facultatif.', 'Kayes'),
  },
  enums: {
    // The reader's own canonical spellings: a drop-down offers exactly what it accepts.
    type: ALLOWED.type,
    direction: ALLOWED.direction,
    aggregation: ALLOWED.aggregation,
    entityAggregation: ALLOWED.entityAggregation,
    targetType: ALLOWED.targetType,
    method: ALLOWED.method,
    status: ALLOWED.status,
    level: ['impact', 'effet', 'extrant'],
    yesNo: ['oui', 'non'],
    lang: ['fr', 'en'],
  },
  suggestions: {
    unit: ['nombre', '%', 'FCFA', 'jours', 'oui/non', 'étape'],
    frequency: ['Trimestrielle', 'Semestrielle', 'Annuelle', 'Mensuelle'],
    disaggregations: ['sexe', 'région', 'âge', 'milieu', 'sexe; région'],
  },
  reportKeys: { entity: 'Entité', period: 'Période', submittedOn: 'Date de soumission' },
  valueColumns: {
    indicator: h('Indicateur', 'Code de l’indicateur (ne pas modifier).', 'I1.1.1'),
    value: h(
      'Valeur',
      'La valeur de la période : un nombre, un % en points (45 pour 45 %), ou oui/non pour un jalon.',
      780,
    ),
    numerator: h('Numérateur', 'Pour un % : le numérateur (facultatif, avec le dénominateur).', 45),
    denominator: h('Dénominateur', 'Pour un % : le dénominateur.', 100),
    source: h('Source', 'Source de la valeur (facultatif).', 'Registres'),
    comment: h('Commentaire', 'Commentaire libre (facultatif).', ''),
  },
  helpColumns: {
    label: h('Intitulé', 'Aide : intitulé de l’indicateur (colonne verrouillée).', ''),
    unit: h('Unité', 'Aide : unité attendue.', 'nombre'),
    lastValue: h('Dernière valeur', 'Aide : la dernière valeur déclarée par l’entité.', 760),
    lastPeriod: h('Dernière période', 'Aide : la période de cette dernière valeur.', '2022-T3'),
  },
  activityColumns: {
    activity: h('Activité', 'Code de l’activité (ne pas modifier).', 'AC1.1.1'),
    label: h('Intitulé', 'Aide : intitulé de l’activité.', ''),
    budget: h('Budget prévu', 'Aide : budget total prévu.', ''),
    period: h('Période', 'Période du rapport (pré-remplie).', '2023-T1'),
    status: h(
      'Statut',
      'non démarrée, en cours, réalisée ou abandonnée, à la fin de la période.',
      'en cours',
    ),
    progress: h('Avancement (%)', 'Avancement physique à la fin de la période, de 0 à 100.', 60),
    disbursed: h('Montant décaissé', 'Montant décaissé pendant la période (pas le cumul).', 12500000),
    comment: h('Commentaire', 'Commentaire libre.', ''),
  },
  categories: { sexe: ['H', 'F'], milieu: ['Urbain', 'Rural'] },
  total: 'Total',
  instructions: {
    title: 'Mode d’emploi',
    planIntro: [
      'Ce classeur est le cadre logique lu par ponam. Seule la feuille Indicateurs est obligatoire.',
      'Les noms de feuilles et d’en-têtes doivent rester tels quels (la casse et les accents ne comptent pas). Les colonnes en plus sont ignorées.',
      'Les listes déroulantes donnent les valeurs acceptées. Vérifiez le classeur avec : ponam validate --plan plan.xlsx',
    ],
    wideIntro: (entity, year) =>
      `Matrice de suivi ${year} de ${entity} : une colonne par période. Remplissez la colonne de la période écoulée, indiquez la date de soumission (feuille Rapport) et renvoyez le fichier : il remplace l’envoi précédent.`,
    periodColumn: (period) =>
      h(
        period,
        `La valeur de ${period} : un nombre, un % en points (45 pour 45 %), ou oui/non pour un jalon ; vide si pas encore connue.`,
        780,
      ),
    reportIntro: (entity, period) => [
      `Rapport de ${entity} pour la période ${period}.`,
      'Remplissez seulement les cellules jaunes : Valeur (et Numérateur / Dénominateur pour un %), Source, Commentaire ; dans Activités : Statut, Avancement, Montant décaissé.',
      'Les colonnes grises sont une aide et sont verrouillées (protection sans mot de passe). Ne renommez ni les feuilles ni les en-têtes.',
      'Ligne « Total » : la valeur d’ensemble. Laissez-la vide si vous remplissez chaque catégorie (H, F) : ponam fait la somme. Si vous remplissez les deux, le total doit égaler la somme.',
      'Une valeur laissée vide compte comme non rapportée. Pour une ventilation non prévue (région…), utilisez les lignes libres en bas de la feuille Valeurs.',
      'Remplissez la date de soumission dans la feuille Rapport, puis renvoyez le fichier sans changer son nom.',
    ],
    columns: { sheet: 'Feuille', column: 'Colonne', help: 'Explication', example: 'Exemple' },
  },
  prompts: {
    title: 'Valeur de la période',
    count: 'Un nombre positif ou nul (ex. 780). Pas de texte ni d’unité.',
    percent: 'Un pourcentage en points, de 0 à 100 (45 pour 45 %).',
    milestone: (yes, no) => `Choisissez ${yes} ou ${no} dans la liste.`,
    stage: (max) => (max === null ? 'L’étape atteinte (un nombre).' : `L’étape atteinte, de 0 à ${max}.`),
    free: 'Ligne libre : indiquez le code, la catégorie et la valeur.',
    numerator: 'Numérateur du pourcentage (facultatif).',
    denominator: 'Dénominateur du pourcentage (facultatif).',
    date: 'Date de remise du rapport (jj/mm/aaaa).',
    status: 'Choisissez le statut dans la liste.',
    progress: 'Avancement en %, de 0 à 100.',
    disbursed: 'Montant décaissé pendant la période, positif ou nul.',
    errorTitle: 'Valeur refusée',
    notNegative: 'Saisissez un nombre positif ou nul, sans texte.',
    percentRange: 'Saisissez un nombre de 0 à 100.',
    yesNo: (yes, no) => `Choisissez ${yes} ou ${no}.`,
    stageRange: (max) => `Saisissez une étape de 0 à ${max}.`,
    dateError: 'Saisissez une date (jj/mm/aaaa).',
    listError: 'Choisissez une valeur de la liste.',
    suggestion: 'Choisissez dans la liste ou saisissez une autre valeur.',
    year: 'Saisissez une année sur 4 chiffres.',
  },
  extraRows: 'Lignes libres',
  helpPrefix: 'Aide -',
  unnamed: 'entite',
};

export const en: TemplateStrings = {
  sheets: {
    plan: 'Plan',
    axes: 'Axes',
    results: 'Results',
    indicators: 'Indicators',
    activities: 'Activities',
    entities: 'Entities',
    report: 'Report',
    values: 'Values',
    instructions: 'Instructions',
  },
  key: 'Key',
  value: 'Value',
  planKeys: {
    code: h('Code', 'Short code of the plan, shown in reports.', 'PONAM'),
    title: h('Title', 'Full title of the plan.', 'PONAM action plan 2020-2024'),
    country: h('Country', 'Country of the plan.', 'Mali'),
    startYear: h('Start year', 'First year of the plan (default: the smallest target year).', 2020),
    endYear: h('End year', 'Last year of the plan (default: the largest target year).', 2024),
    referenceDate: h('Reference date', 'Date of the baseline situation (optional).', '2019-12-31'),
    currency: h('Currency', 'Currency of budgets and disbursements (default FCFA).', 'FCFA'),
    lang: h('Language', 'Language of the report: fr or en (default fr).', 'en'),
    method: h('Method', 'auto (default), ratio (A / T) or progression ((A − B) / (T − B)).', 'auto'),
    onTrack: h(
      'On-track threshold',
      'Rate (in %) from which an indicator is on track (default 80). The key Thresholds, "80 / 50", gives both at once.',
      80,
    ),
    behind: h(
      'Behind threshold',
      'Rate (in %) from which an indicator is behind; below it, critical (default 50).',
      50,
    ),
    ceiling: h('Ceiling', 'Ceiling of rates in roll-ups, in % (default 100).', 100),
    submissionDelayDays: h(
      'Submission delay',
      'Days after the end of a period within which a report is on time (default 30).',
      30,
    ),
    targetBasis: h(
      'Target basis',
      'prorata (default): within a year, the target is the share of the yearly target due at the end of the period; annuelle: always the whole year’s target.',
      'prorata',
    ),
    reportTitle: h('Report title', 'Title on the report’s cover (default: the plan’s title).', ''),
    subtitle: h('Subtitle', 'Subtitle on the cover (optional).', ''),
    institution: h('Institution', 'Institution publishing the report (optional).', 'Ministry'),
    author: h('Author', 'Author or unit writing the report (optional).', ''),
    reportType: h(
      'Report type',
      'quarterly, semester, monthly, annual, mid-term or final (default: from the period).',
      '',
    ),
  },
  axisColumns: {
    code: h('Code', 'Code of the strategic axis (required, unique).', 'A1'),
    label: h('Label', 'Title of the axis.', 'Protect migrants'),
    weight: h('Weight', 'Weight of the axis in the plan rate (default 1).', 1),
  },
  resultColumns: {
    code: h('Code', 'Code of the result (required, unique).', 'R1.1'),
    axis: h('Axis', 'Code of the axis the result belongs to.', 'A1'),
    label: h('Label', 'Title of the result.', 'Vulnerable migrants are assisted'),
    level: h('Level', 'impact, outcome or output.', 'outcome'),
    weight: h('Weight', 'Weight of the result in the axis rate (default 1).', 1),
  },
  indicatorColumns: {
    code: h('Code', 'Code of the indicator (required, unique): reports quote it.', 'I1.1.1'),
    axis: h('Axis', 'Code of the axis; a blank cell repeats the one above.', 'A1'),
    result: h('Result', 'Code of the result; a blank cell repeats the one above.', 'R1.1'),
    label: h('Label', 'Title of the indicator.', 'Number of migrants assisted'),
    unit: h(
      'Unit',
      'number, %, FCFA, days, yes/no… Counts and amounts add up across entities; other units are averaged.',
      'number',
    ),
    type: h('Type', 'quantitative, qualitative (stages) or milestone (yes/no).', 'quantitative'),
    direction: h('Direction', 'increase, decrease or maintain: the desired direction.', 'increase'),
    aggregation: h('Aggregation', 'How an entity’s periods combine: sum (flows), last, mean or max.', 'sum'),
    entityAggregation: h('Entity aggregation', 'sum or mean across entities (default: from the unit).', ''),
    targetType: h(
      'Target type',
      'annual (the year’s target) or cumulative (level to reach by the end of the year).',
      'cumulative',
    ),
    method: h('Method', 'auto, ratio or progression; blank: the plan’s.', ''),
    baseline: h('Baseline', 'Baseline value (yes/no for a milestone).', 2850),
    baselineYear: h('Baseline year', 'Year of the baseline value.', 2019),
    finalTarget: h('Final target', 'Target at the end of the plan.', 21000),
    frequency: h('Frequency', 'Quarterly, Half-yearly or Yearly.', 'Quarterly'),
    responsible: h(
      'Responsible',
      'Entities that report the indicator, separated by ";". Each one gets its reporting workbook.',
      'IOM; DR Kayes',
    ),
    disaggregations: h('Disaggregations', 'Breakdowns asked for, separated by ";": sex, region, age…', 'sex'),
    source: h('Source', 'Means of verification.', 'Centre registers'),
    weight: h('Weight', 'Weight of the indicator in the result rate (default 1).', 1),
    scale: h('Scale', 'For a qualitative indicator: the number of stages (a value of 3 out of 4).', ''),
  },
  target: (year) => `Target ${year}`,
  targetHelp: h(
    'Target <year>',
    'Target of each plan year. A milestone: no for the years before it is due, yes for the year it is due (and after).',
    3500,
  ),
  planActivityColumns: {
    code: h('Code', 'Code of the activity (required, unique).', 'AC1.1.1'),
    result: h('Result', 'Code of the result the activity contributes to.', 'R1.1'),
    label: h('Label', 'Title of the activity.', 'Equip reception centres'),
    responsible: h('Responsible', 'Entity in charge of the activity.', 'IOM'),
    budget: h('Planned budget', 'Total planned budget, in the plan currency.', 450000000),
    start: h('Start', 'Optional: year or period the activity is planned to start (2021, 2021-Q3).', 2021),
    end: h(
      'End',
      'Optional: year or period the activity is due to be completed (2022, 2022-Q2). Physical execution counts the activities due by the report period; without an end, an activity counts as due.',
      2022,
    ),
  },
  entityColumns: {
    name: h(
      'Entity',
      'Optional. Name of an entity that reports, as Responsible writes it. When the sheet is filled, any other name in the reports (neither listed nor an alias) is an error: no figure is computed under a misspelt name. Empty: the Responsible column is the list.',
      'DR Kayes',
    ),
    aliases: h(
      'Aliases',
      'Other names of the same entity, separated by ; or |: their values count for the entity.',
      'DR de Kayes; Regional Directorate of Kayes',
    ),
    type: h('Type', 'Optional: ministry, regional directorate, partner…', 'regional directorate'),
    region: h('Region', 'Optional.', 'Kayes'),
  },
  enums: {
    type: ['quantitative', 'qualitative', 'milestone'],
    direction: ['increase', 'decrease', 'maintain'],
    aggregation: ['sum', 'last', 'mean', 'max'],
    entityAggregation: ['sum', 'mean'],
    targetType: ['annual', 'cumulative'],
    method: ['auto', 'ratio', 'progression'],
    status: ['not started', 'in progress', 'done', 'abandoned'],
    level: ['impact', 'outcome', 'output'],
    yesNo: ['yes', 'no'],
    lang: ['fr', 'en'],
  },
  suggestions: {
    unit: ['number', '%', 'FCFA', 'USD', 'days', 'yes/no', 'stage'],
    frequency: ['Quarterly', 'Half-yearly', 'Yearly', 'Monthly'],
    disaggregations: ['sex', 'region', 'age', 'zone', 'sex; region'],
  },
  reportKeys: { entity: 'Entity', period: 'Period', submittedOn: 'Submission date' },
  valueColumns: {
    indicator: h('Indicator', 'Code of the indicator (do not change).', 'I1.1.1'),
    value: h(
      'Value',
      'The value for the period: a number, a % in points (45 for 45 %), or yes/no for a milestone.',
      780,
    ),
    numerator: h('Numerator', 'For a %: the numerator (optional, with the denominator).', 45),
    denominator: h('Denominator', 'For a %: the denominator.', 100),
    source: h('Source', 'Source of the value (optional).', 'Registers'),
    comment: h('Comment', 'Free comment (optional).', ''),
  },
  helpColumns: {
    label: h('Label', 'Help: title of the indicator (locked column).', ''),
    unit: h('Unit', 'Help: expected unit.', 'number'),
    lastValue: h('Last value', 'Help: the last value the entity reported.', 760),
    lastPeriod: h('Last period', 'Help: the period of that last value.', '2022-T3'),
  },
  activityColumns: {
    activity: h('Activity', 'Code of the activity (do not change).', 'AC1.1.1'),
    label: h('Label', 'Help: title of the activity.', ''),
    budget: h('Planned budget', 'Help: total planned budget.', ''),
    period: h('Period', 'Reporting period (filled in).', '2023-T1'),
    status: h(
      'Status',
      'not started, in progress, done or abandoned, at the end of the period.',
      'in progress',
    ),
    progress: h('Progress (%)', 'Physical progress at the end of the period, 0 to 100.', 60),
    disbursed: h('Amount disbursed', 'Amount disbursed during the period (not the running total).', 12500000),
    comment: h('Comment', 'Free comment.', ''),
  },
  categories: { sexe: ['M', 'F'], milieu: ['Urban', 'Rural'] },
  total: 'Total',
  instructions: {
    title: 'How to fill this workbook',
    planIntro: [
      'This workbook is the logframe ponam reads. Only the Indicators sheet is required.',
      'Keep the sheet and header names as they are (case and accents do not matter). Extra columns are ignored.',
      'Drop-down lists give the accepted values. Check the workbook with: ponam validate --plan plan.xlsx',
    ],
    wideIntro: (entity, year) =>
      `${year} tracking matrix of ${entity}: one column per period. Fill in the column of the period just ended, give the submission date (Report sheet) and send the file again: it replaces the previous one.`,
    periodColumn: (period) =>
      h(
        period,
        `The value for ${period}: a number, a % in points (45 for 45 %), or yes/no for a milestone; blank while unknown.`,
        780,
      ),
    reportIntro: (entity, period) => [
      `Report of ${entity} for the period ${period}.`,
      'Fill in the yellow cells only: Value (and Numerator / Denominator for a %), Source, Comment; in Activities: Status, Progress, Amount disbursed.',
      'Grey columns are help and are locked (protection without a password). Do not rename sheets or headers.',
      '"Total" row: the overall value. Leave it blank when you fill each category (M, F): ponam adds them up. If you fill both, the total must equal the sum.',
      'A value left blank counts as not reported. For a breakdown not foreseen (region…), use the free rows at the bottom of the Values sheet.',
      'Fill in the submission date on the Report sheet, then send the file back without renaming it.',
    ],
    columns: { sheet: 'Sheet', column: 'Column', help: 'Explanation', example: 'Example' },
  },
  prompts: {
    title: 'Value for the period',
    count: 'A number, zero or more (e.g. 780). No text or unit.',
    percent: 'A percentage in points, 0 to 100 (45 for 45 %).',
    milestone: (yes, no) => `Pick ${yes} or ${no} from the list.`,
    stage: (max) => (max === null ? 'The stage reached (a number).' : `The stage reached, 0 to ${max}.`),
    free: 'Free row: give the code, the category and the value.',
    numerator: 'Numerator of the percentage (optional).',
    denominator: 'Denominator of the percentage (optional).',
    date: 'Date the report is sent (yyyy-mm-dd).',
    status: 'Pick the status from the list.',
    progress: 'Progress in %, 0 to 100.',
    disbursed: 'Amount disbursed during the period, zero or more.',
    errorTitle: 'Value refused',
    notNegative: 'Enter a number, zero or more, without text.',
    percentRange: 'Enter a number from 0 to 100.',
    yesNo: (yes, no) => `Pick ${yes} or ${no}.`,
    stageRange: (max) => `Enter a stage from 0 to ${max}.`,
    dateError: 'Enter a date.',
    listError: 'Pick a value from the list.',
    suggestion: 'Pick from the list or type another value.',
    year: 'Enter a 4-digit year.',
  },
  extraRows: 'Free rows',
  helpPrefix: 'Help -',
  unnamed: 'entity',
};

/** The template strings of a language: the `template` part of its catalogue (fr.ts, en.ts). */
export function templateStrings(lang: 'fr' | 'en'): TemplateStrings {
  return lang === 'en' ? en : fr;
}

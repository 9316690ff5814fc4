import type { IssueCode, IssueParams } from '../model/issues.js';

type Message = (p: IssueParams) => string;

/** Every string a French reader sees: issue messages, report labels, reasons. */
export const fr = {
  locale: 'fr-FR',
  severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
  issues: {
    'file-not-found': () => 'fichier introuvable',
    'file-empty': () => 'le fichier est vide (0 octet)',
    'not-xlsx': (p) =>
      `ce n'est pas un classeur Excel .xlsx (${p.detail}) ; ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx`,
    'file-truncated': () =>
      'le classeur est tronqué ou endommagé (téléchargement interrompu ?) ; demandez un nouvel envoi du fichier',
    'file-encrypted': () =>
      'le classeur est protégé par un mot de passe ; retirez le mot de passe (Fichier › Informations › Protéger le classeur) et renvoyez-le',
    'legacy-xls': () => 'ancien format Excel 97-2003 (.xls) ; enregistrez-le au format .xlsx',
    'ods-file': () => 'classeur OpenDocument (.ods) ; enregistrez-le au format Excel .xlsx',
    'file-too-large': (p) =>
      p.what === 'uncompressed'
        ? `classeur trop volumineux une fois décompressé (${p.size} octets, limite ${p.limit}) ; relevez la limite avec --max-uncompressed-size si c'est voulu`
        : `fichier trop volumineux (${p.size} octets, limite ${p.limit}) ; relevez la limite avec --max-file-size si c'est voulu`,
    'file-unreadable': (p) => `classeur illisible : ${p.detail}`,
    'missing-sheet': (p) => `feuille « ${p.sheet} » introuvable ; feuilles présentes : ${p.found}`,
    'missing-header': (p) =>
      `colonne « ${p.column} » introuvable dans l'en-tête ; en-têtes trouvés : ${p.found}`,
    'duplicate-header': (p) => `colonne en double (déjà en ${p.first}) : seule la première est lue`,
    'no-data': () => 'la feuille ne contient aucune ligne de données',
    'hidden-sheet': () => 'feuille masquée : ignorée',
    'too-many-rows': (p) =>
      `plus de ${p.limit} lignes : lecture interrompue ; relevez la limite avec --max-rows si c'est voulu`,
    'type-error': (p) =>
      `« ${p.value} » n'est pas ${p.expected === 'date' ? 'une date' : p.expected === 'integer' ? 'un nombre entier' : 'un nombre'} (colonne ${p.column})`,
    'missing-cell': (p) =>
      p.indicator
        ? `valeur manquante pour l'indicateur ${p.indicator} : compté comme non renseigné`
        : `cellule « ${p.column} » vide`,
    'invalid-enum': (p) =>
      `« ${p.value} » n'est pas une valeur admise pour ${p.column} ; valeurs admises : ${p.allowed}`,
    'invalid-period': (p) =>
      `« ${p.value} » n'est pas une période valide (attendu : 2022-T3, 2022-S1, 2022-03 ou 2022)`,
    'excel-error': (p) =>
      `la cellule contient l'erreur Excel ${p.value}${p.column ? ` (colonne ${p.column})` : ''}`,
    'formula-without-result': () =>
      'formule enregistrée sans résultat calculé ; ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le à nouveau',
    'percent-out-of-range': (p) => `pourcentage hors de 0-100 (${p.value}) pour ${p.indicator}`,
    'negative-count': (p) =>
      `valeur négative (${p.value}) pour ${p.indicator}, qui est un effectif ou un montant`,
    'ambiguous-number': (p) =>
      `« ${p.value} » est ambigu ; lu comme ${p.read}. Écrivez-le sans séparateur de milliers pour lever le doute`,
    'duplicate-code': (p) => `le code ${p.code} apparaît deux fois ; seule la première ligne est lue`,
    'unknown-indicator': (p) => `indicateur ${p.code} absent du plan`,
    'unknown-entity': (p) => `entité « ${p.entity} » absente des responsables du plan`,
    'unknown-result': (p) => `résultat ${p.code} (indicateur ${p.indicator}) absent de la feuille Résultats`,
    'unknown-axis': (p) => `axe ${p.code} (${p.indicator}) absent de la feuille Axes`,
    'unknown-activity': (p) => `activité ${p.code} absente du plan`,
    'conflicting-duplicate': (p) =>
      `valeur ${p.value} en conflit avec ${p.firstValue} déjà donnée en ${p.first} pour ${p.indicator}, ${p.entity}, ${p.period}`,
    'duplicate-value': (p) =>
      `doublon de ${p.first} (${p.indicator}, ${p.entity}, ${p.period}), même valeur : ignoré`,
    'period-outside-plan': (p) => `période ${p.period} hors du plan (${p.from}-${p.to})`,
    'missing-target': (p) => `pas de cible pour ${p.indicator} en ${p.years}`,
    'missing-period': () =>
      'période absente : indiquez-la dans la feuille Rapport (Période) ou dans une colonne Période',
    'missing-entity': (p) =>
      `entité absente : les valeurs sont attribuées à « ${p.entity} » (nom du fichier)`,
    'disaggregation-mismatch': (p) =>
      `le total ${p.total} de ${p.indicator} ne correspond pas à la somme de ses ventilations par ${p.dimension} (${p.sum})`,
    'invalid-setting': (p) =>
      `valeur invalide pour ${p.column}${p.value !== undefined ? ` (« ${p.value} »)` : ''} : ${p.expected}`,
    'no-indicators': () => 'aucun indicateur dans la feuille Indicateurs',
    'not-a-regular-file': () =>
      "ce n'est pas un fichier ordinaire (tube, périphérique ou socket) : il n'est pas lu ; indiquez le chemin d'un classeur .xlsx",
    'invalid-cell-ref': (p) =>
      `référence de cellule « ${p.value} » hors de la grille d'Excel (A1 à XFD1048576) ou mal formée : la feuille n'est lue que jusque-là ; ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le à nouveau`,
    'duplicate-sheet': (p) =>
      `deux feuilles pour le même usage : « ${p.first} » et « ${p.second} » ; seule « ${p.first} » est lue. Regroupez les lignes dans une seule feuille ou renommez l'autre`,
  } satisfies Record<IssueCode, Message>,
  suggestion: (s: string) => `vouliez-vous dire ${s} ?`,
  status: {
    'on-track': 'En bonne voie',
    behind: 'En retard',
    critical: 'Critique',
    'no-data': 'Non renseigné',
  },
  statusSymbol: { 'on-track': '●', behind: '◐', critical: '○', 'no-data': '–' },
  reasons: {
    'no-data': 'aucune valeur rapportée à cette période',
    'no-target': "pas de cible pour l'année de la période",
    'zero-target': 'cible nulle : atteinte dès que la valeur est positive ou nulle',
    'target-equals-baseline': 'cible égale à la référence : 100 % si la cible est atteinte, 0 % sinon',
    'no-baseline': 'pas de valeur de référence : méthode ratio utilisée',
    'target-against-direction': 'cible contraire au sens attendu : méthode ratio utilisée',
    'zero-actual': 'valeur ramenée à zéro : cible dépassée',
    'negative-value': 'valeur ou cible négative : taux non calculable',
    'not-computable': 'valeurs hors des limites du calcul : taux non calculable',
  },
  methods: { ratio: 'ratio', progression: 'progression', milestone: 'jalon', maintain: 'maintien' },
  directions: { increase: 'hausse', decrease: 'baisse', maintain: 'maintien' },
  aggregations: { sum: 'somme', last: 'dernière', mean: 'moyenne', max: 'max' },
  across: { sum: 'somme', mean: 'moyenne', ratio: 'Σ numérateurs / Σ dénominateurs' },
  targetTypes: { annual: 'annuelle', cumulative: 'cumulée' },
  yes: 'oui',
  no: 'non',
  pdf: {
    browserNotFound: 'aucun navigateur Chrome, Chromium ou Edge trouvé pour produire le PDF',
    browserMissingAt: (path: string, from: string) =>
      `navigateur introuvable : ${path} (indiqué par ${from})`,
    tried: 'Chemins essayés :',
    install:
      'Installez-en un (Linux : apt-get install chromium ; Windows : Microsoft Edge est déjà présent ; sinon Google Chrome), ou indiquez son chemin avec --browser CHEMIN ou la variable PONAM_BROWSER.',
    failed: (detail: string) => `le navigateur n'a pas pu produire le PDF : ${detail}`,
    failedHint: 'vérifiez le navigateur indiqué (--browser) ou relancez avec --debug',
    timeout: (seconds: number) => `le PDF n'a pas été produit en ${seconds} s`,
  },
  report: {
    title: 'Rapport de suivi',
    subtitle: 'Revue à mi-parcours du plan d’actions',
    period: 'Période',
    country: 'Pays',
    generatedAt: 'Généré le',
    contents: 'Sommaire',
    summary: 'Résumé exécutif',
    planRate: 'Taux de réalisation global',
    coverage: 'Couverture',
    coverageOf: (withData: number, count: number) => `${withData} indicateurs renseignés sur ${count}`,
    statusCounts: 'Indicateurs par statut',
    axesTable: 'Réalisation par axe stratégique',
    axis: 'Axe',
    result: 'Résultat',
    indicator: 'Indicateur',
    code: 'Code',
    label: 'Intitulé',
    unit: 'Unité',
    baseline: 'Référence',
    target: 'Cible',
    finalTarget: 'Cible finale',
    actual: 'Réalisé',
    rate: 'Taux',
    status: 'Statut',
    weight: 'Poids',
    indicators: 'Indicateurs',
    noData: 'n.d.',
    overAchieved: 'dépassement de la cible',
    trend: 'Évolution trimestrielle',
    chartPlan: 'Ensemble du plan',
    chartRates: 'Taux de réalisation du plan et des axes, avec les seuils de statut',
    chartStatuses: 'Nombre d’indicateurs par statut',
    page: 'Page',
    methodology: 'Annexe méthodologique',
    sources: 'Fichiers sources',
    quality: 'Qualité des données',
    issuesTitle: 'Anomalies relevées',
    noIssues: 'Aucune anomalie relevée.',
    file: 'Fichier',
    sheet: 'Feuille',
    cell: 'Cellule',
    message: 'Message',
    severity: 'Gravité',
    methodIntro:
      "Les chiffres de ce rapport sont calculés à partir des classeurs listés en fin de document. Chaque valeur réalisée peut être retracée jusqu'à sa cellule d'origine (fichier JSON, champ trace).",
    formulas: 'Formules',
    formulaProgression:
      'Progression : (R − B) / (C − B), où R est le réalisé, B la référence et C la cible ; pour un indicateur en baisse, (B − R) / (B − C).',
    formulaRatio: 'Ratio : R / C ; pour un indicateur en baisse, C / R.',
    formulaAuto:
      'Méthode « auto » : progression pour les niveaux (dernière, moyenne, max) ayant une référence, ratio pour les flux (somme).',
    formulaMilestone:
      'Jalons : oui = 100 %, non = 0 % ; indicateurs à étapes : étape atteinte / étape attendue.',
    formulaAggregation:
      "Agrégation : d'abord sur les périodes de chaque entité (somme, dernière, moyenne ou max), puis entre entités (somme pour les effectifs et montants, moyenne sinon ; Σ numérateurs / Σ dénominateurs pour les pourcentages rapportés ainsi).",
    formulaTargets:
      "Cibles : les cibles cumulées sont lues à l'année de la période ; les cibles annuelles d'un indicateur sommé s'additionnent jusqu'à cette année.",
    formulaRollup:
      'Agrégation des taux : taux bornés à [0, plafond] ; un résultat est la moyenne pondérée de ses indicateurs renseignés, un axe celle de ses résultats, le plan celle de ses axes.',
    settings: 'Paramètres',
    method: 'Méthode de calcul',
    thresholds: 'Seuils',
    thresholdsText: (onTrack: string, behind: string) =>
      `en bonne voie ≥ ${onTrack}, en retard ≥ ${behind}, critique en dessous`,
    ceiling: 'Plafond',
    exclusions: 'Exclusions et cas particuliers',
    noExclusions: 'Aucun indicateur exclu.',
    sha256: 'SHA-256',
    role: 'Rôle',
    roles: { plan: 'plan', data: 'données' },
    colon: '\u00a0: ',
    settingMethods: {
      auto: 'auto (progression pour les niveaux avec référence, ratio pour les flux)',
      ratio: 'ratio',
      progression: 'progression',
    },
    reason: 'Motif',
  },
  execution: {
    title: 'Exécution physique et financière',
    intro:
      'Activités du plan à la période du rapport : statut et avancement de leur dernier rapport, montants décaissés cumulés.',
    physicalTable: 'Exécution physique par axe stratégique',
    financialTable: 'Exécution financière par axe stratégique',
    chart: 'Taux d’exécution physique et financière par axe',
    plan: 'Ensemble du plan',
    planned: 'Prévues',
    done: 'Réalisées',
    inProgress: 'En cours',
    notStarted: 'Non démarrées',
    abandoned: 'Abandonnées',
    notReported: 'Non renseignées',
    physicalRate: 'Exécution physique',
    meanProgress: 'Avancement moyen',
    budget: 'Budget prévu',
    disbursed: 'Décaissé',
    financialRate: 'Exécution financière',
    none: 'Le plan ne liste aucune activité.',
    reasons: {
      'no-activities': 'aucune activité prévue',
      'no-budget': 'budget prévu non renseigné',
      'zero-budget': 'budget prévu nul',
    },
    statuses: {
      'not-started': 'non démarrée',
      'in-progress': 'en cours',
      done: 'réalisée',
      abandoned: 'abandonnée',
    },
    formulaPhysical:
      'Exécution physique : activités réalisées / activités prévues ; le statut de chaque activité est celui de son dernier rapport jusqu’à la période, une activité sans rapport compte comme prévue et non réalisée. Avancement moyen : moyenne du dernier avancement connu (réalisée sans avancement = 100 %, non démarrée = 0 %).',
    formulaFinancial:
      'Exécution financière : Σ montants décaissés jusqu’à la période / Σ budgets prévus ; non calculée (n.d.) quand le budget est absent ou nul.',
  },
  quality: {
    summary: 'Synthèse des contrôles',
    check: 'Contrôle',
    result: 'Résultat',
    completeness: 'Complétude',
    completenessText: (received: number, expected: number) =>
      `${received} rapports reçus sur ${expected} attendus`,
    timeliness: 'Promptitude',
    timelinessText: (onTime: number, dated: number, days: number) =>
      `${onTime} rapports datés sur ${dated} reçus dans les ${days} jours suivant la fin de période`,
    outOfRange: 'Valeurs hors limites',
    outliers: 'Valeurs aberrantes',
    cumulativeDecreases: 'Séries cumulées en baisse',
    disaggregationMismatches: 'Ventilations incohérentes avec le total',
    conflictingDuplicates: 'Doublons contradictoires',
    unknownCodes: 'Codes absents du plan',
    count: (n: number) => (n === 0 ? 'aucune' : n === 1 ? '1 constatée' : `${n} constatées`),
    matrix: 'Complétude des rapports par entité et par période',
    entity: 'Entité',
    rate: 'Taux',
    legend: 'Légende :',
    states: {
      'on-time': 'reçu à temps',
      late: 'reçu en retard',
      received: 'reçu (date inconnue)',
      missing: 'attendu, non reçu',
      'not-expected': 'non attendu',
      extra: 'reçu, non attendu',
    },
    stateSymbols: { 'on-time': '●', late: '◐', received: '✓', missing: '✗', 'not-expected': '', extra: '+' },
    lateTitle: 'Rapports transmis en retard',
    submittedOn: 'Soumis le',
    deadline: 'Échéance',
    daysLate: 'Jours de retard',
    outliersTitle: 'Valeurs aberrantes (score z modifié)',
    median: 'Médiane',
    score: 'Score z',
    value: 'Valeur',
    previous: 'Précédente',
    kind: 'Nature',
    kinds: {
      'percent-above-100': 'pourcentage > 100',
      'percent-below-0': 'pourcentage < 0',
      'negative-count': 'effectif ou montant négatif',
    },
    location: 'Emplacement',
    formulaCompleteness:
      'Complétude : rapports reçus / rapports attendus ; chaque responsable d’un indicateur doit un rapport par période de sa fréquence (trimestrielle par défaut, semestrielle, annuelle) depuis le début du plan jusqu’à la période du rapport.',
    formulaTimeliness: (days: number) =>
      `Promptitude : un rapport est à temps s’il est soumis au plus tard ${days} jours après la fin de sa période.`,
    formulaOutliers:
      'Valeurs aberrantes : score z modifié 0,6745 · (x − médiane) / MAD de l’historique propre à l’entité (au moins 4 périodes ; flux par période pour les indicateurs sommés), signalé au-delà de 3,5 en valeur absolue (Iglewicz et Hoaglin).',
    formulaCumulative:
      'Séries cumulées : une valeur d’un indicateur « dernière » à cible cumulée inférieure à la précédente de la même entité est signalée.',
  },
  annex: {
    sheets: {
      summary: 'Résumé',
      axes: 'Axes',
      results: 'Résultats',
      indicators: 'Indicateurs',
      activities: 'Activités',
      quality: 'Qualité',
      sources: 'Sources',
    },
    key: 'Élément',
    value: 'Valeur',
    planCode: 'Code du plan',
    planTitle: 'Titre',
    indicatorCount: 'Indicateurs',
    withData: 'Indicateurs renseignés',
    lastPeriod: 'Dernière période',
    severity: 'Gravité',
    detail: 'Détail',
  },
};

export type Catalogue = typeof fr;

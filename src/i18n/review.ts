/**
 * What the officer's analysis, the recommendations' follow-up and the mid-term review add to the
 * report, in French and English (typed alike: a key missing in English fails the build). Kept
 * apart from fr.ts and en.ts so that both languages of these parts are read side by side; the
 * catalogues expose it as `review`.
 */
import type { ColumnHelp } from './template.js';

type Counted = { one: string; other: string };

const help = (header: string, text: string, example: string): ColumnHelp => ({ header, help: text, example });

export const fr = {
  analysis: {
    context: 'Contexte',
    methodology: 'Méthodologie',
    /** In the monitoring report, after ponam's own method text. */
    methodologyNotes: 'Précisions méthodologiques de l’équipe',
    conclusions: 'Conclusions',
    lessons: 'Leçons apprises',
    /** Over the officer's text in an axis's chapter, under the computed figures. */
    axis: 'Analyse',
    /** A review chapter the officer has not written yet. */
    missing: (heading: string, file: string | null) =>
      `Section à rédiger : ajoutez un titre « # ${heading} » et son texte à ${file ?? 'analyse.md'} (voir docs/review.md).`,
  },
  recommendations: {
    title: 'Suivi des recommandations',
    reviewTitle: 'Recommandations et suivi de leur mise en œuvre',
    statuses: {
      'not-started': 'non entamée',
      'in-progress': 'en cours',
      done: 'réalisée',
      abandoned: 'abandonnée',
    },
    statusCounts: {
      'not-started': { one: 'non entamée', other: 'non entamées' } as Counted,
      'in-progress': { one: 'en cours', other: 'en cours' } as Counted,
      done: { one: 'réalisée', other: 'réalisées' } as Counted,
      abandoned: { one: 'abandonnée', other: 'abandonnées' } as Counted,
    },
    nouns: {
      recommendation: { one: 'recommandation suivie', other: 'recommandations suivies' } as Counted,
      overdue: { one: 'en retard sur son échéance', other: 'en retard sur leur échéance' } as Counted,
      change: { one: 'changement', other: 'changements' } as Counted,
    },
    intro: (p: { count: string; period: string; byStatus: string; overdue: string }) =>
      `${p.count} à ${p.period} : ${p.byStatus} ; ${p.overdue}.`,
    none: (period: string) => `Aucune recommandation suivie à ${period}.`,
    noSheet:
      'Aucune recommandation n’est suivie : ajoutez une feuille Recommandations au classeur du plan, ou nommez un classeur de suivi avec --recommendations (voir docs/review.md).',
    noneOverdue: 'aucune en retard sur son échéance',
    changes: (since: string, count: string) => `Depuis ${since} : ${count}.`,
    noChanges: (since: string) => `Aucun changement depuis ${since}.`,
    noHistory: (since: string) =>
      `Pas de situation à ${since} pour comparer : une colonne Période (ou une copie du classeur par trimestre) permet de suivre les changements d’une période à l’autre.`,
    countsTable: 'Recommandations par statut',
    overdueTable: (period: string) => `Recommandations en retard sur leur échéance à ${period}`,
    changesTable: (since: string) => `Changements depuis ${since}`,
    listTable: 'Toutes les recommandations, par statut',
    number: 'N°',
    recommendation: 'Recommandation',
    axis: 'Axe',
    responsible: 'Responsable',
    deadline: 'Échéance',
    status: 'Statut',
    count: 'Nombre',
    at: (period: string) => `À ${period}`,
    updated: 'Situation au',
    undated: 'non datée',
    before: 'Avant',
    now: 'Maintenant',
    isNew: 'nouvelle',
    overdueNote: 'dépassée',
    total: 'Total',
    comment: 'Commentaire',
  },
  review: {
    summary: 'Résumé exécutif',
    summaryIntro:
      'Les constats que les chiffres de la période établissent, puis les conclusions de l’équipe de suivi-évaluation.',
    summaryConclusions: 'Conclusions de l’équipe',
    limitations: 'Méthode et limites',
    limitationsIntro: (period: string) =>
      `Les chiffres de cette revue sont calculés par ponam à partir du cadre logique et des rapports périodiques reçus, selon les règles de l’annexe méthodologique. Ce qu’ils couvrent, et ce qui leur manque, à ${period} :`,
    officerMethod: 'Démarche de l’équipe',
    limits: {
      coverage: 'Couverture des indicateurs',
      coverageValue: (withData: string, count: string) => `${withData} indicateurs renseignés sur ${count}`,
      neverReported: 'Indicateurs jamais renseignés',
      noRate: 'Indicateurs sans taux',
      noRateValue: 'voir l’annexe méthodologique',
      completeness: 'Complétude des données',
      completenessValue: (values: string, expected: string, reports: string, expectedReports: string) =>
        `${values} valeurs reçues sur ${expected} attendues ; ${reports} rapports sur ${expectedReports}`,
      timeliness: 'Promptitude des rapports',
      prorated: 'Cibles proratisées',
      proratedValue: (count: string, period: string) =>
        `${count} indicateurs jugés à ${period} contre une part de la cible de l’année`,
      notProrated: 'aucune : chaque indicateur est jugé contre la cible de l’année',
      missingReports: 'Rapports de la période non reçus',
      none: 'aucun',
      issues: 'Anomalies relevées dans les classeurs',
      issuesValue: (errors: string, warnings: string) => `${errors} erreurs, ${warnings} avertissements`,
    },
    axes: 'Constats par axe stratégique',
    axesIntro:
      'Pour chaque axe : ses chiffres — taux, statut, couverture, indicateurs par résultat, activités —, puis l’analyse de l’équipe.',
    effectiveness: 'Efficacité : atteinte des résultats',
    efficiency: 'Efficience : exécution physique et financière',
    logframe: 'Annexe A — Cadre logique',
    logframeIntro:
      'Le cadre logique du plan, tel que le classeur du plan le donne : chaque axe, ses résultats (avec leur niveau) et leurs indicateurs, avec leur valeur de référence, leur cible finale, leur source de vérification, leur fréquence de collecte et les entités qui les renseignent.',
    logframeTable: (axis: string) => `Cadre logique de l’axe ${axis}`,
    periodTables: 'Annexe B — Suivi des indicateurs par période (IPTT)',
    quality: 'Annexe C — Qualité des données',
    methodology: 'Annexe D — Méthodologie',
    sources: 'Annexe E — Fichiers sources',
    /** A result's heading in the logframe: `Résultat · effet`. */
    result: 'Résultat',
    source: 'Source de vérification',
    frequency: 'Fréquence',
    reporters: 'Qui renseigne',
    defaultFrequency: 'trimestrielle (par défaut)',
  },
  annex: {
    analysisSheet: 'Analyse',
    recommendationsSheet: 'Recommandations',
    section: 'Section',
    text: 'Texte',
    overdue: 'En retard',
    previousStatus: 'Statut précédent',
    change: 'Changement',
    changes: { new: 'nouvelle', status: 'statut changé' },
    file: 'Fichier',
    sheet: 'Feuille',
    cell: 'Cellule',
    count: 'Recommandations suivies',
    overdueCount: 'Recommandations en retard',
  },
  options: {
    kind: 'structure du rapport : suivi (rapport de suivi, par défaut) ou revue (revue à mi-parcours)',
    analysis: 'analyse de l’équipe (Markdown) ; par défaut analyse.md du dossier du projet s’il existe',
    recommendations: 'classeurs (ou dossiers) de suivi des recommandations, feuille Recommandations',
    date: 'date inscrite sur la couverture (2025-03-15, ou en toutes lettres)',
    templateAnalyse:
      'le squelette de l’analyse de l’équipe (analyse.md), chaque axe pré-rempli de ses constats calculés',
    analyseLang: 'langue des titres et des notes (fr ou en) ; par défaut celle du plan, sinon fr',
    analyseOut:
      'fichier à écrire (par défaut analyse.md à côté de ponam.config.json, sinon dans le dossier courant)',
    kindPlaceholder: '<suivi|revue>',
  },
  errors: {
    analysisMissing: (path: string) => `analyse introuvable : ${path}`,
    analysisNotFile: (path: string) =>
      `${path} n’est pas un fichier : l’analyse est un fichier Markdown (.md)`,
    analysisHint:
      'indiquez le fichier de l’analyse (--analysis analyse.md, ou "analysis" dans ponam.config.json), ou écrivez-en un avec « ponam template analyse »',
    analysisTooLarge: (path: string, mb: number) =>
      `${path} : plus de ${mb} Mo ; une analyse est un texte de quelques pages (les images n’y sont pas reprises)`,
    analysisNotText: (path: string) =>
      `${path} n’est pas un texte UTF-8 : enregistrez-le en texte brut, encodage UTF-8 (Bloc-notes : Enregistrer sous › Encodage UTF-8)`,
    analysisExists: (path: string) => `${path} existe déjà : ponam ne remplace pas une analyse existante`,
  },
  /** The `Recommandations` sheet `ponam template plan` writes: names the reader accepts (vocabulary.ts). */
  templateSheet: {
    name: 'Recommandations',
    columns: {
      number: help(
        'N°',
        'Numéro de la recommandation (obligatoire) : le même d’une période à l’autre.',
        'R1',
      ),
      text: help(
        'Recommandation',
        'Le texte de la recommandation (obligatoire).',
        'Tenir le comité de pilotage chaque semestre',
      ),
      axis: help('Axe', 'Code de l’axe du plan qu’elle concerne (facultatif).', 'A1'),
      responsible: help('Responsable', 'L’entité chargée de la mettre en œuvre.', 'DGME'),
      deadline: help('Échéance', 'Une date (31/12/2023) ou une période (2023-T4, 2023-S2, 2023).', '2023-T4'),
      status: help(
        'Statut',
        'non entamée, en cours, réalisée ou abandonnée, à la période de la ligne (obligatoire).',
        'en cours',
      ),
      comment: help('Commentaire', 'Où en est la mise en œuvre (facultatif).', 'Termes de référence validés'),
      period: help(
        'Période',
        'La période à laquelle la ligne donne la situation (2023-T2). Ajoutez une ligne par recommandation et par période pour suivre son évolution ; sans période, la ligne vaut pour toute période.',
        '2023-T2',
      ),
    },
    statuses: ['non entamée', 'en cours', 'réalisée', 'abandonnée'] as readonly string[],
    statusPrompt: 'Choisissez le statut à la période de la ligne.',
    deadlinePrompt: 'Une date (jj/mm/aaaa) ou une période (2023-T4, 2023-S2, 2023).',
    /** Example rows (`--example`): the deadline is a period of the plan's first year (`S2` → `2020-S2`). */
    example: [
      [
        'R1',
        'Tenir le comité de pilotage chaque semestre',
        'A1',
        'Cellule de suivi',
        'S2',
        'en cours',
        'Première réunion tenue',
      ],
      ['R2', 'Publier les chiffres de chaque trimestre', 'A2', 'Cellule de suivi', 'T4', 'non entamée', null],
    ] as readonly (readonly (string | null)[])[],
  },
  /** The skeleton `ponam template analyse` writes: Markdown comments the report leaves out. */
  skeleton: {
    intro: (period: string) =>
      `Analyse de l’équipe de suivi-évaluation pour ${period}, lue par « ponam report » (voir docs/review.md).
Écrivez sous chaque titre ; les titres reconnus sont ceux ci-dessous (ou leurs équivalents anglais) et un titre par axe, par son code.
Ce qui est écrit dans un commentaire comme celui-ci ne paraît pas dans le rapport, ni une section laissée vide.
Mise en forme : paragraphes séparés par une ligne vide, *italique*, **gras**, listes (- ou 1.), tableaux simples, liens [texte](https://…).`,
    context: 'Le contexte de la période : événements, réformes, sécurité, financements…',
    methodology:
      'Ce que l’équipe a fait en plus des chiffres : missions, entretiens, ateliers, sources consultées.',
    axis: (period: string) =>
      `Constats calculés par ponam à ${period}, point de départ à réécrire : expliquez-les, nuancez-les, complétez-les.`,
    conclusions: 'Les conclusions de l’équipe : ce que les constats veulent dire pour la suite du plan.',
    lessons: 'Ce que la mise en œuvre a appris : ce qui a marché, ce qui est à éviter.',
    axisFacts: (p: { rate: string; status: string; coverage: string }) =>
      `Taux de réalisation : ${p.rate} (${p.status}) ; couverture : ${p.coverage}.`,
  },
};

export type ReviewStrings = typeof fr;

export const en: ReviewStrings = {
  analysis: {
    context: 'Context',
    methodology: 'Methodology',
    methodologyNotes: 'The team’s notes on method',
    conclusions: 'Conclusions',
    lessons: 'Lessons learned',
    axis: 'Analysis',
    missing: (heading: string, file: string | null) =>
      `Section to write: add a heading "# ${heading}" and its text to ${file ?? 'analyse.md'} (see docs/review.md).`,
  },
  recommendations: {
    title: 'Follow-up of recommendations',
    reviewTitle: 'Recommendations and the follow-up of their implementation',
    statuses: {
      'not-started': 'not started',
      'in-progress': 'in progress',
      done: 'done',
      abandoned: 'abandoned',
    },
    statusCounts: {
      'not-started': { one: 'not started', other: 'not started' },
      'in-progress': { one: 'in progress', other: 'in progress' },
      done: { one: 'done', other: 'done' },
      abandoned: { one: 'abandoned', other: 'abandoned' },
    },
    nouns: {
      recommendation: { one: 'recommendation followed up', other: 'recommendations followed up' },
      overdue: { one: 'past its deadline', other: 'past their deadline' },
      change: { one: 'change', other: 'changes' },
    },
    intro: (p: { count: string; period: string; byStatus: string; overdue: string }) =>
      `${p.count} at ${p.period}: ${p.byStatus}; ${p.overdue}.`,
    none: (period: string) => `No recommendation followed up at ${period}.`,
    noSheet:
      'No recommendation is followed up: add a Recommendations sheet to the plan workbook, or name a follow-up workbook with --recommendations (see docs/review.md).',
    noneOverdue: 'none past its deadline',
    changes: (since: string, count: string) => `Since ${since}: ${count}.`,
    noChanges: (since: string) => `No change since ${since}.`,
    noHistory: (since: string) =>
      `No state at ${since} to compare with: a Period column (or one copy of the workbook per quarter) lets the changes be followed from one period to the next.`,
    countsTable: 'Recommendations by status',
    overdueTable: (period: string) => `Recommendations past their deadline at ${period}`,
    changesTable: (since: string) => `Changes since ${since}`,
    listTable: 'Every recommendation, by status',
    number: 'No.',
    recommendation: 'Recommendation',
    axis: 'Axis',
    responsible: 'Responsible',
    deadline: 'Deadline',
    status: 'Status',
    count: 'Number',
    at: (period: string) => `At ${period}`,
    updated: 'As of',
    undated: 'undated',
    before: 'Before',
    now: 'Now',
    isNew: 'new',
    overdueNote: 'passed',
    total: 'Total',
    comment: 'Comment',
  },
  review: {
    summary: 'Executive summary',
    summaryIntro:
      'What the figures of the period establish, then the conclusions of the monitoring and evaluation team.',
    summaryConclusions: 'The team’s conclusions',
    limitations: 'Method and limitations',
    limitationsIntro: (period: string) =>
      `The figures of this review are computed by ponam from the logframe and the periodic reports received, by the rules of the methodology annex. What they cover, and what they lack, at ${period}:`,
    officerMethod: 'The team’s approach',
    limits: {
      coverage: 'Indicator coverage',
      coverageValue: (withData: string, count: string) => `${withData} of ${count} indicators reported`,
      neverReported: 'Indicators never reported',
      noRate: 'Indicators without a rate',
      noRateValue: 'see the methodology annex',
      completeness: 'Data completeness',
      completenessValue: (values: string, expected: string, reports: string, expectedReports: string) =>
        `${values} of ${expected} expected values received; ${reports} of ${expectedReports} reports`,
      timeliness: 'Timeliness of reports',
      prorated: 'Pro-rated targets',
      proratedValue: (count: string, period: string) =>
        `${count} indicators judged at ${period} against a share of the year’s target`,
      notProrated: 'none: every indicator is judged against the year’s target',
      missingReports: 'Reports of the period not received',
      none: 'none',
      issues: 'Issues found in the workbooks',
      issuesValue: (errors: string, warnings: string) => `${errors} errors, ${warnings} warnings`,
    },
    axes: 'Findings by strategic axis',
    axesIntro:
      'For each axis: its figures — rate, status, coverage, indicators by result, activities —, then the team’s analysis.',
    effectiveness: 'Effectiveness: achievement of results',
    efficiency: 'Efficiency: physical and financial execution',
    logframe: 'Annex A — Logframe',
    logframeIntro:
      'The plan’s logframe as its workbook gives it: each axis, its results (with their level) and their indicators, with their baseline, final target, means of verification, collection frequency and the entities that report them.',
    logframeTable: (axis: string) => `Logframe of axis ${axis}`,
    periodTables: 'Annex B — Indicator tracking by period (IPTT)',
    quality: 'Annex C — Data quality',
    methodology: 'Annex D — Methodology',
    sources: 'Annex E — Source files',
    result: 'Result',
    source: 'Means of verification',
    frequency: 'Frequency',
    reporters: 'Reported by',
    defaultFrequency: 'quarterly (default)',
  },
  annex: {
    analysisSheet: 'Analysis',
    recommendationsSheet: 'Recommendations',
    section: 'Section',
    text: 'Text',
    overdue: 'Past deadline',
    previousStatus: 'Previous status',
    change: 'Change',
    changes: { new: 'new', status: 'status changed' },
    file: 'File',
    sheet: 'Sheet',
    cell: 'Cell',
    count: 'Recommendations followed up',
    overdueCount: 'Recommendations past their deadline',
  },
  options: {
    kind: 'structure of the report: monitoring (the default) or review (mid-term review)',
    analysis: 'the team’s analysis (Markdown); by default analyse.md in the project folder when there is one',
    recommendations: 'workbooks (or folders) following up recommendations, sheet Recommendations',
    date: 'date shown on the cover (2025-03-15, or in words)',
    templateAnalyse:
      'the skeleton of the team’s analysis (analyse.md), each axis pre-filled with its computed findings',
    analyseLang: 'language of the headings and notes (fr or en); default: the plan’s, else fr',
    analyseOut: 'file to write (default: analyse.md beside ponam.config.json, else in the current folder)',
    kindPlaceholder: '<monitoring|review>',
  },
  errors: {
    analysisMissing: (path: string) => `analysis not found: ${path}`,
    analysisNotFile: (path: string) => `${path} is not a file: the analysis is a Markdown file (.md)`,
    analysisHint:
      'name the analysis file (--analysis analyse.md, or "analysis" in ponam.config.json), or write one with "ponam template analyse"',
    analysisTooLarge: (path: string, mb: number) =>
      `${path}: more than ${mb} MB; an analysis is a text of a few pages (images are not carried over)`,
    analysisNotText: (path: string) =>
      `${path} is not UTF-8 text: save it as plain text, UTF-8 encoding (Notepad: Save as › Encoding UTF-8)`,
    analysisExists: (path: string) => `${path} already exists: ponam does not replace an existing analysis`,
  },
  templateSheet: {
    name: 'Recommendations',
    columns: {
      number: help(
        'No.',
        'Number of the recommendation (required): the same from one period to the next.',
        'R1',
      ),
      text: help(
        'Recommendation',
        'The text of the recommendation (required).',
        'Hold the steering committee every half-year',
      ),
      axis: help('Axis', 'Code of the plan’s axis it is about (optional).', 'A1'),
      responsible: help('Responsible', 'The entity in charge of implementing it.', 'DGME'),
      deadline: help('Deadline', 'A date (2023-12-31) or a period (2023-Q4, 2023-H2, 2023).', '2023-Q4'),
      status: help(
        'Status',
        'not started, in progress, done or abandoned, at the row’s period (required).',
        'in progress',
      ),
      comment: help('Comment', 'Where implementation stands (optional).', 'Terms of reference approved'),
      period: help(
        'Period',
        'The period the row gives the state at (2023-Q2). Add one row per recommendation and period to follow it over time; without a period, the row holds at any period.',
        '2023-Q2',
      ),
    },
    statuses: ['not started', 'in progress', 'done', 'abandoned'],
    statusPrompt: 'Choose the status at the row’s period.',
    deadlinePrompt: 'A date (yyyy-mm-dd) or a period (2023-Q4, 2023-H2, 2023).',
    example: [
      [
        'R1',
        'Hold the steering committee every half-year',
        'A1',
        'Monitoring unit',
        'H2',
        'in progress',
        'First meeting held',
      ],
      ['R2', 'Publish the figures of every quarter', 'A2', 'Monitoring unit', 'Q4', 'not started', null],
    ],
  },
  skeleton: {
    intro: (period: string) =>
      `The monitoring and evaluation team's analysis for ${period}, read by "ponam report" (see docs/review.md).
Write under each heading; the headings recognised are the ones below (or their French equivalents) and one heading per axis, by its code.
What is written in a comment like this one does not appear in the report, nor does a section left empty.
Formatting: paragraphs separated by a blank line, *italics*, **bold**, lists (- or 1.), simple tables, links [text](https://…).`,
    context: 'The context of the period: events, reforms, security, funding…',
    methodology: 'What the team did besides the figures: missions, interviews, workshops, sources consulted.',
    axis: (period: string) =>
      `Findings computed by ponam at ${period}, a starting point to rewrite: explain them, qualify them, complete them.`,
    conclusions: 'The team’s conclusions: what the findings mean for the rest of the plan.',
    lessons: 'What implementation has taught: what worked, what to avoid.',
    axisFacts: (p: { rate: string; status: string; coverage: string }) =>
      `Achievement rate: ${p.rate} (${p.status}); coverage: ${p.coverage}.`,
  },
};

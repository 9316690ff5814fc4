// Over 400 lines on purpose: the French catalogue, one table of every string a reader sees
// (report, CLI, issues); its type is the contract en.ts must fill, key by key.
import type { IssueCode, IssueParams } from '../model/issues.js';
import { fr as reviewFr } from './review.js';
import { fr as templateFr } from './template.js';

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
      p.expected === 'yes-no'
        ? `« ${p.value} » n'est pas une réponse admise (colonne ${p.column}) ; attendu : oui / non`
        : `« ${p.value} » n'est pas ${p.expected === 'date' ? 'une date' : p.expected === 'integer' ? 'un nombre entier' : 'un nombre'} (colonne ${p.column})`,
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
    'unknown-axis': (p) =>
      p.recommendation
        ? `l'axe ${p.code} de la recommandation ${p.recommendation} n'est pas un axe du plan : la recommandation est listée sans lien vers un axe ; corrigez le code`
        : `axe ${p.code} (${p.indicator}) absent de la feuille Axes`,
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
      p.expected === 'milestone-target'
        ? `« ${p.value} » n'est pas une cible de jalon (colonne ${p.column}) ; attendu : oui, ou l'étape visée`
        : `valeur invalide pour ${p.column}${p.value !== undefined ? ` (« ${p.value} »)` : ''} : ${p.expected}`,
    'no-indicators': () => 'aucun indicateur dans la feuille Indicateurs',
    'overlapping-periods': (p) =>
      p.flow
        ? `la période ${p.period} chevauche ${p.other} (déjà en ${p.first}) pour ${p.indicator}, ${p.entity} : les mêmes mois seraient comptés deux fois ; gardez une seule des deux déclarations`
        : `la période ${p.period} chevauche ${p.other} (en ${p.first}) pour ${p.indicator}, ${p.entity} : la période la plus fine (${p.other}) est retenue, celle-ci est écartée`,
    resubmission: (p) =>
      `rapport remplacé par ${p.by}, soumis plus tard (${p.later} contre ${p.earlier}) pour ${p.entity}, ${p.period} : ses valeurs et activités sont écartées`,
    'plan-in-data': () =>
      'ce classeur est un plan (feuille Indicateurs, pas de feuille Valeurs) : ignoré parmi les données',
    'own-output': () => 'ce classeur est une annexe produite par ponam : ignoré parmi les données',
    'mixed-layout': (p) =>
      `la feuille mélange une colonne Valeur (${p.value}) et des colonnes de périodes (${p.periods}) : gardez l'une des deux présentations`,
    'duplicate-period-column': (p) =>
      `« ${p.value} » est une deuxième colonne pour la période de « ${p.firstName} » (${p.first}) : gardez-en une`,
    'axis-mismatch': (p) =>
      `l'indicateur ${p.indicator} est rattaché à l'axe ${p.axis}, mais son résultat ${p.result} appartient à l'axe ${p.resultAxis} ; corrigez l'axe ou le résultat`,
    'not-a-regular-file': () =>
      "ce n'est pas un fichier ordinaire (tube, périphérique ou socket) : il n'est pas lu ; indiquez le chemin d'un classeur .xlsx",
    'invalid-cell-ref': (p) =>
      `référence de cellule « ${p.value} » hors de la grille d'Excel (A1 à XFD1048576) ou mal formée : la feuille n'est lue que jusque-là ; ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le à nouveau`,
    'duplicate-sheet': (p) =>
      `deux feuilles pour le même usage : « ${p.first} » et « ${p.second} » ; seule « ${p.first} » est lue. Regroupez les lignes dans une seule feuille ou renommez l'autre`,
    'unknown-heading': (p) =>
      p.axis
        ? `« ${p.heading} » : ${p.axis} n'est pas un axe du plan (axes : ${p.axes}) ; le texte de cette section n'est pas repris dans le rapport. Corrigez le code de l'axe`
        : `« ${p.heading} » n'est pas une section que le rapport connaît ; son texte n'est pas repris. Titres admis : ${p.known} (ou leurs équivalents anglais)`,
    'duplicate-heading': (p) =>
      `la section « ${p.heading} » apparaît deux fois : les deux textes sont mis bout à bout ; regroupez-les sous un seul titre`,
    'text-outside-section': () =>
      "texte placé avant le premier titre de section : il n'est pas repris dans le rapport ; placez-le sous un titre (# Contexte, # Conclusions…)",
    'unsupported-markdown': (p) =>
      p.what === 'image'
        ? `image non reprise dans le rapport (seul son texte de remplacement « ${p.detail} » est affiché) ; joignez-la au rapport Word si elle est nécessaire`
        : `lien « ${p.detail} » non repris : seuls les liens http(s) et mailto sont actifs, le texte du lien est affiché sans lien`,
    'duplicate-recommendation': (p) =>
      p.same
        ? `la recommandation ${p.number} figure déjà en ${p.first} pour ${p.period}, à l'identique : cette ligne est ignorée`
        : `la recommandation ${p.number} figure déjà en ${p.first} pour ${p.period}, avec un autre contenu : gardez une seule ligne par recommandation et par période (ajoutez une colonne Période pour en suivre l'évolution)`,
    'invalid-deadline': (p) =>
      `« ${p.value} » n'est pas une échéance (colonne ${p.column}) ; écrivez une date (31/12/2023) ou une période (2023-T4, 2023-S2, 2023)`,
  } satisfies Record<IssueCode, Message>,
  suggestion: (s: string) => `vouliez-vous dire ${s} ?`,
  /** The workbooks `ponam template` writes: sheet names, headers, help, lists, instructions. */
  template: templateFr,
  /** The officer's analysis, the recommendations' follow-up, the mid-term review (src/i18n/review.ts). */
  review: reviewFr,
  config: {
    unreadable: (file: string, why: string) => `configuration ${file} illisible (${why})`,
    syntax: (file: string, at: string) =>
      `${file} n’est pas un JSON valide : erreur de syntaxe en ${at} (ligne:colonne)`,
    syntaxHint: 'vérifiez les virgules et les guillemets ; les commentaires // et /* */ sont admis',
    schemaHint:
      'les clés admises et leur forme sont décrites dans ponam.schema.json et le README (Configuration)',
    unknownKey: (file: string, path: string, suggestion: string | null) =>
      `${file} : clé inconnue ${path}${suggestion ? ` ; vouliez-vous dire « ${suggestion} » ?` : ''}`,
    invalid: (file: string, path: string, why: string) => `${file} : valeur invalide en ${path} (${why})`,
    missingFile: (file: string, path: string, target: string) =>
      `${file} : ${path} désigne « ${target} », introuvable (les chemins sont relatifs au fichier de configuration)`,
    logoMissing: (file: string) => `logo « ${file} » introuvable`,
    logoTooLarge: (file: string, mb: number) =>
      `logo « ${file} » trop lourd (plus de ${mb} Mo) : choisissez une image plus petite`,
    logoNotImage: (file: string) => `logo « ${file} » : ce n’est pas une image PNG, JPEG ou SVG`,
    unknownAlias: (file: string, path: string) =>
      `${file} : ${path} ne désigne aucun rôle, champ ou valeur de ponam`,
    aliasHint:
      'les rôles et les champs sont ceux de docs/workbook-format.md (par exemple indicators.baseline, status.done)',
    expected: {
      type: (type: string) =>
        `attendu : ${({ string: 'un texte', number: 'un nombre', array: 'une liste', object: 'un objet { … }', boolean: 'true ou false' } as Record<string, string>)[type] ?? type}`,
      oneOf: (list: string) => `attendu : l’une des valeurs ${list}`,
      union: 'attendu : un texte ou une liste de textes',
      atLeast: (n: string) => `attendu : au moins ${n}`,
      atMost: (n: string) => `attendu : au plus ${n}`,
      format: 'attendu : rôle.champ (indicators.baseline) ou liste.valeur (status.done)',
      period: 'attendu : une période comme 2022-T3, 2022-S1, 2022-03 ou 2022',
      key: 'clé inconnue',
    },
    collision: (
      file: string,
      path: string,
      name: string,
      kind: 'sheet' | 'column' | 'value',
      other: string,
    ) =>
      `${file} : l’alias « ${name} » en ${path} est déjà le nom de ${{ sheet: 'la feuille', column: 'la colonne', value: 'la valeur' }[kind]} ${other}`,
  },
  /** Why a report could not be computed from valid inputs (usage errors of `report`). */
  run: {
    periodOutsidePlan: (p: string, from: number, to: number) =>
      `la période ${p} est hors des années du plan (${from}-${to})`,
    periodWithinPlan: (from: number, to: number) => `choisissez une période entre ${from} et ${to}`,
    compareUnreadable: (file: string, why: string) => `--compare ${file} : rapport JSON illisible (${why})`,
    compareExpected: 'donnez le report.json d’un rapport publié par ponam',
    compareOtherPlan: (file: string, code: string, plan: string) =>
      `--compare ${file} porte sur le plan ${code}, pas sur ${plan}`,
    compareAfter: (file: string, period: string, at: string) =>
      `--compare ${file} est un rapport de ${period}, postérieur à la période ${at}`,
    compareEarlier: 'comparez avec un rapport publié avant la période du rapport',
  },
  status: {
    'on-track': 'En bonne voie',
    behind: 'En retard',
    critical: 'Critique',
    'no-data': 'Non renseigné',
  },
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
    logoAlt: (who: string) => `Logo : ${who}`,
    title: 'Rapport de suivi',
    reportTypes: {
      quarterly: 'Rapport trimestriel',
      semester: 'Rapport semestriel',
      monthly: 'Rapport mensuel',
      annual: 'Rapport annuel',
      'mid-term': 'Revue à mi-parcours',
      final: 'Rapport final',
    },
    periodWords: {
      quarter: (n: number, year: number) => `T${n} ${year}`,
      semester: (n: number, year: number) => `${n === 1 ? '1er' : `${n}e`} semestre ${year}`,
      month: (month: string, year: number) => `${month} ${year}`,
      year: (year: number) => String(year),
      months: [
        'janvier',
        'février',
        'mars',
        'avril',
        'mai',
        'juin',
        'juillet',
        'août',
        'septembre',
        'octobre',
        'novembre',
        'décembre',
      ],
    },
    dateFormat: {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    } as Intl.DateTimeFormatOptions,
    nouns: {
      lateReport: { one: 'rapport en retard', other: 'rapports en retard' },
      missingReport: { one: 'rapport manquant', other: 'rapports manquants' },
      datedReport: { one: 'rapport daté', other: 'rapports datés' },
      day: { one: 'jour', other: 'jours' },
      plannedActivity: { one: 'activité prévue', other: 'activités prévues' },
      dataWorkbook: { one: 'classeur de données', other: 'classeurs de données' },
      file: { one: 'fichier', other: 'fichiers' },
    },
    pointForms: { one: 'pt', other: 'pts' },
    period: 'Période',
    country: 'Pays',
    author: 'Auteur',
    generatedAt: 'Date du rapport',
    contents: 'Sommaire',
    findingsTitle: 'Constats clés',
    findingsIntro:
      'Ce qui ressort des chiffres de la période, du plus important au détail ; chaque constat renvoie aux tableaux du rapport.',
    findings: {
      plan: (p: { rate: string; status: string; withData: string; count: string }) =>
        `Taux de réalisation global du plan : ${p.rate}, statut « ${p.status} » (${p.withData} indicateurs renseignés sur ${p.count}).`,
      planChange: (p: {
        period: string;
        change: string;
        before: string;
        after: string;
        statusBefore: string | null;
        statusAfter: string;
        published: boolean;
      }) =>
        `${p.published ? `Depuis le rapport publié de ${p.period}` : `Depuis ${p.period}`} : ${p.change} (${p.before} → ${p.after})${p.statusBefore ? ` ; statut passé de « ${p.statusBefore} » à « ${p.statusAfter} »` : ''}.`,
      statusChanges: (p: {
        since: string;
        published: boolean;
        count: string;
        one: boolean;
        none: boolean;
        /** Formatted counts; null when none moved that way. */
        improved: string | null;
        worsened: string | null;
        section: string;
        revisions: { count: string; one: boolean; none: boolean } | null;
      }) => {
        const lead = p.published ? `Par rapport au rapport publié de ${p.since}` : `Depuis ${p.since}`;
        const changed = p.none
          ? `${lead}, aucun statut n’a changé.`
          : `${lead}, ${p.count} ${p.one ? 'statut a changé' : 'statuts ont changé'}${moves(p.improved && `${p.improved} en progrès`, p.worsened && `${p.worsened} en recul`, ' : ', ', ')} (liste dans « ${p.section} »).`;
        const revised =
          p.revisions === null
            ? ''
            : p.revisions.none
              ? ' Aucune valeur des périodes passées n’a été révisée depuis.'
              : p.revisions.one
                ? ` ${p.revisions.count} valeur d’une période passée a été révisée depuis.`
                : ` ${p.revisions.count} valeurs de périodes passées ont été révisées depuis.`;
        return changed + revised;
      },
      axesInDifficulty: (n: string, total: string, one: boolean) =>
        one
          ? `${n} axe sur ${total} est critique ou en retard :`
          : `${n} axes sur ${total} sont critiques ou en retard, du plus éloigné de sa cible au plus proche :`,
      axesAllOnTrack: (n: string, one: boolean) =>
        one ? "L'axe du plan est en bonne voie." : `Les ${n} axes du plan sont en bonne voie.`,
      indicatorsInDifficulty: (total: string, listed: string, one: boolean) =>
        one
          ? `${total} indicateur est critique ou en retard :`
          : total === listed
            ? `${total} indicateurs sont critiques ou en retard, du plus éloigné de sa cible au plus proche :`
            : `${total} indicateurs sont critiques ou en retard ; les ${listed} plus éloignés de leur cible (tous figurent dans les sections des axes) :`,
      neverReported: (n: string, one: boolean) =>
        one
          ? `${n} indicateur n’a encore jamais été renseigné :`
          : `${n} indicateurs n’ont encore jamais été renseignés :`,
      reportsMissingAtPeriod: (n: string, one: boolean, period: string, entities: string) =>
        one
          ? `Rapport de ${period} non reçu : ${entities}.`
          : `Rapports de ${period} non reçus de ${n} entités : ${entities}.`,
      partnersMissing: (n: string, one: boolean, more: boolean) =>
        one
          ? `${n} entité n’a pas transmis tous les rapports attendus depuis le début du plan :`
          : `${n} entités n’ont pas transmis tous les rapports attendus depuis le début du plan${more ? ' ; les plus en défaut' : ''} :`,
      partnerMissing: (entity: string, missing: string, expected: string) =>
        `${entity} : ${missing} sur ${expected}`,
      partnersLate: (late: string, dated: string, delay: string, one: boolean) =>
        `Sur ${dated}, ${late} ${one ? 'a été soumis' : 'ont été soumis'} plus de ${delay} après la fin de ${one ? 'sa' : 'leur'} période :`,
      partnerLate: (entity: string, late: string, worst: string) => `${entity} : ${late}, jusqu’à ${worst}`,
      execution: (p: {
        done: string;
        planned: string;
        physical: string;
        disbursed: string | null;
        budget: string | null;
        financial: string;
        onePlanned: boolean;
      }) =>
        `Exécution physique : ${p.done} sur ${p.planned} ${p.onePlanned ? 'réalisée' : 'réalisées'} (${p.physical}) ; exécution financière : ${
          p.budget === null
            ? 'budget prévu non renseigné'
            : `${p.disbursed} décaissés sur ${p.budget} prévus (${p.financial})`
        }.`,
    },
    changes: {
      title: (since: string) => `Changements depuis ${since}`,
      introPrevious: (since: string, at: string) =>
        `Les chiffres de ${at} sont comparés à ceux de ${since}, calculés à partir des mêmes classeurs (sans les valeurs datées après ${since}). Chaque statut qui a changé est listé ci-dessous, du plan aux indicateurs, avec le taux avant et après.`,
      introPublished: (since: string, file: string) =>
        `Les chiffres sont comparés à ceux du rapport publié pour ${since} (${file}). Chaque statut qui a changé depuis ce rapport est listé ci-dessous, du plan aux indicateurs, avec le taux avant et après ; puis les valeurs de périodes passées que les partenaires ont corrigées depuis.`,
      statusTable: (since: string) => `Statuts qui ont changé depuis ${since}`,
      levels: { plan: 'Plan', axis: 'Axes', result: 'Résultats', indicator: 'Indicateurs' },
      rateAt: (period: string) => `Taux ${period}`,
      statusAt: (period: string) => `Statut ${period}`,
      none: (since: string) => `Aucun statut n’a changé depuis ${since}.`,
      revisionsTable: (since: string) => `Valeurs passées révisées depuis le rapport de ${since}`,
      published: 'Valeur publiée',
      now: 'Valeur actuelle',
      difference: 'Écart',
      noRevisions: 'Aucune valeur des périodes passées n’a été révisée depuis ce rapport.',
    },
    summary: 'Résumé exécutif',
    planRate: 'Taux de réalisation global',
    coverage: 'Couverture',
    coverageOf: (withData: string, count: string) => `${withData} indicateurs renseignés sur ${count}`,
    statusCounts: 'Indicateurs par statut',
    indicatorCount: 'Indicateurs',
    axesTable: 'Réalisation par axe stratégique',
    indicatorsTable: (axis: string) => `Indicateurs de l’axe ${axis}, par résultat`,
    activitiesTable: (axis: string) => `Activités de l’axe ${axis}`,
    entityTable: (code: string) => `${code} : réalisé par entité`,
    breakdownTable: (dimension: string) => `Réalisé par ${dimension}`,
    comments: 'Commentaires des partenaires',
    directIndicators: 'Indicateurs rattachés directement à l’axe',
    entity: 'Entité',
    rateBar: 'Taux en barre',
    axis: 'Axe',
    result: 'Résultat',
    indicator: 'Indicateur',
    code: 'Code',
    label: 'Intitulé',
    unit: 'Unité',
    unitNote: (unit: string) => `unité\u00a0: ${unit}`,
    baseline: 'Référence',
    target: 'Cible',
    finalTarget: 'Cible finale',
    finalTargetShort: 'finale',
    targetAt: (period: string) => `Cible ${period}`,
    targetOfYear: (year: string) => `Cible ${year}`,
    targetNotes: {
      period: (period: string) => `cible de ${period}`,
      year: (year: string) => `cible ${year}`,
      notProrated: 'non proratisée',
      final: 'cible finale',
    },
    actual: 'Réalisé',
    rate: 'Taux',
    changeSince: (period: string) => `Évolution depuis ${period}`,
    total: 'Total',
    share: 'Part',
    shareBar: 'Part en barre',
    change: 'Évolution',
    status: 'Statut',
    weight: 'Poids',
    indicators: 'Indicateurs',
    noData: 'n.d.',
    overAchieved: 'cible dépassée',
    trendCaption: (code: string) => `${code} : réalisé (trait plein) et cible (tirets) par trimestre`,
    chartPlan: 'Ensemble du plan',
    chartRates: 'Taux de réalisation du plan et des axes, avec les seuils de statut',
    chartStatuses: 'Nombre d’indicateurs par statut',
    page: 'Page',
    methodology: 'Annexe méthodologique',
    sources: 'Fichiers sources',
    sourcesTable: 'Fichiers lus pour ce rapport',
    sourcesIntro: (data: string, folder: string) =>
      `Ce rapport a été calculé à partir du plan et de ${data}${folder ? `, rangés sous ${folder} (les emplacements cités dans le rapport partent de ce dossier)` : ''}. L’empreinte — les 12 premiers caractères du SHA-256 du fichier — l’identifie : un fichier modifié, même d’une cellule, change d’empreinte. Les empreintes SHA-256 complètes figurent dans l’annexe Excel (feuille Sources) et le fichier JSON du rapport.`,
    shortHash: 'Empreinte',
    quality: 'Qualité des données',
    issuesTitle: 'Anomalies relevées à la lecture des classeurs',
    noIssues: 'Aucune anomalie relevée.',
    file: 'Fichier',
    sheet: 'Feuille',
    cell: 'Cellule',
    message: 'Message',
    severity: 'Gravité',
    method: {
      intro:
        'Les chiffres de ce rapport sont calculés à partir du plan (cadre logique) et des rapports périodiques reçus, listés à la fin du document. Chaque valeur réalisée renvoie à la cellule du classeur d’où elle vient (fichier, feuille, cellule) ; les anomalies sont situées de la même façon.',
      settingMethod: 'Méthode de calcul',
      settingDelay: 'Délai de soumission',
      settingBasis: 'Base des cibles',
      basis: {
        pace: 'au rythme de l’année (cible proratisée en cours d’année)',
        year: 'année entière (cible de toute l’année, même en cours d’année)',
      },
      ratesTitle: 'Taux de réalisation d’un indicateur',
      ratio:
        'Méthode « ratio » : le réalisé divisé par la cible. Exemple : 840 personnes formées pour une cible de 1 000 donnent 84 %. Pour un indicateur qui doit baisser, c’est la cible divisée par le réalisé.',
      progression:
        'Méthode « progression » : le chemin parcouru depuis la valeur de référence, rapporté au chemin prévu, soit (réalisé − référence) / (cible − référence). Exemple : un taux passé de 40 % (référence) à 55 % pour une cible de 70 % donne 15 / 30 = 50 %. Pour un indicateur qui doit baisser, (référence − réalisé) / (référence − cible).',
      auto: (method: string) =>
        `Méthode retenue pour ce rapport : ${method}. Un flux (nombre de personnes assistées, montant décaissé) se mesure en ratio ; un niveau (taux, effectif à une date) avec une valeur de référence se mesure en progression.`,
      milestone:
        'Jalons (oui/non) : oui vaut 100 %, non vaut 0 %. Indicateurs à étapes : étape atteinte / étape attendue.',
      raw: 'Le taux d’un indicateur est affiché tel quel : il peut dépasser 100 % (▲ cible dépassée) ou être négatif quand la situation s’éloigne de la cible.',
      targetsTitle: 'Cibles',
      targetAtPace:
        'Un rapport en cours d’année ne compare pas quelques mois de réalisations à la cible de toute l’année : le réalisé est comparé à la cible à la période du rapport. C’est, dans cet ordre, la cible que le plan donne pour la période elle-même (colonnes « Cible 2023-T1 », « Cible 2023-S1 » ou « Cible 2023-03 ») ; en fin d’année (T4, 2e semestre, décembre ou l’année), la cible de l’année ; sinon la part de la cible de l’année due à la fin de la période, au prorata des mois écoulés : cible de l’année précédente + (cible de l’année − cible de l’année précédente) × mois écoulés / 12. Exemple : un flux dont les cibles des années précédentes totalisent 800 et dont la cible de 2023 est de 1 000 a pour cible à T1 2023 : 800 + 1 000 × 3/12 = 1 050. Avant la première cible du plan, le calcul part de la valeur de référence pour un niveau et de 0 pour un flux. Les jalons et les indicateurs à étapes ne sont jamais proratisés. Sous chaque cible, le tableau de l’axe dit d’où elle vient ; la cible de l’année figure à côté.',
      targetAtYear:
        'Base des cibles de ce rapport : l’année entière. Le réalisé est comparé à la cible de toute l’année de la période, même en cours d’année (option --target-basis year, ou « Base des cibles » du plan) ; les cibles infra-annuelles du plan ne sont pas utilisées. En cours d’année, les taux sont donc plus bas que le rythme prévu.',
      targets:
        'La cible d’une année : une cible « cumulée » est lue telle quelle dans la colonne de l’année ; pour un flux dont les cibles sont annuelles, les cibles des années du plan jusqu’à cette année s’additionnent.',
      finalTarget:
        'La cible finale (fin du plan) est indiquée en petit sous la cible, pour situer le chemin qui reste ; les taux par rapport à la cible de l’année et à la cible finale figurent aussi dans l’annexe Excel et le fichier JSON.',
      aggregationTitle: 'Agrégation des valeurs et des taux',
      overPeriods:
        'Les valeurs d’une entité sont d’abord regroupées sur ses périodes jusqu’à celle du rapport, selon l’agrégation de l’indicateur : somme (flux), dernière valeur, moyenne ou maximum.',
      acrossEntities:
        'Puis les entités sont réunies : leurs effectifs et montants s’additionnent, les taux et moyennes se moyennent ; un pourcentage rapporté avec numérateur et dénominateur est recalculé (somme des numérateurs / somme des dénominateurs), jamais moyenné.',
      rollup: (ceiling: string) =>
        `Le taux d’un résultat est la moyenne pondérée des taux de ses indicateurs renseignés, celui d’un axe la moyenne pondérée de ses résultats, celui du plan la moyenne pondérée de ses axes (poids 1 sauf indication du plan). Dans ces moyennes, chaque taux est ramené entre 0 et ${ceiling}, pour qu’un dépassement ne masque pas un retard ailleurs.`,
      coverage:
        'La couverture est la part des indicateurs qui ont au moins une valeur : un taux calculé sur peu d’indicateurs se lit avec prudence.',
      statusesTitle: 'Statuts',
      statuses: (p: {
        onTrack: string;
        behind: string;
        symbols: Record<'on-track' | 'behind' | 'critical' | 'no-data', string>;
        words: Record<'on-track' | 'behind' | 'critical' | 'no-data', string>;
      }) =>
        `${p.symbols['on-track']} ${p.words['on-track']} : taux d’au moins ${p.onTrack} ; ${p.symbols.behind} ${p.words.behind} : au moins ${p.behind} ; ${p.symbols.critical} ${p.words.critical} : moins de ${p.behind} ; ${p.symbols['no-data']} ${p.words['no-data']} : aucune valeur ou taux non calculable. Chaque statut est donné par un symbole, un mot et une couleur.`,
      executionTitle: 'Exécution physique et financière',
      physical:
        'Exécution physique : activités réalisées / activités prévues. Chaque activité a le statut de son dernier rapport jusqu’à la période ; une activité sans rapport compte comme prévue et non réalisée. L’avancement moyen est la moyenne du dernier avancement connu (réalisée sans pourcentage = 100 %, non démarrée = 0 %).',
      financial:
        'Exécution financière : montants décaissés jusqu’à la période / budget prévu. Elle n’est pas calculée (n.d.) quand le budget prévu manque ou est nul.',
      qualityTitle: 'Qualité des données',
      completeness:
        'Complétude : chaque entité responsable d’un indicateur en doit une valeur par période de la fréquence de l’indicateur (trimestrielle par défaut, semestrielle, mensuelle ou annuelle), du début du plan à la période du rapport. La complétude est la part de ces valeurs reçues : une entité qui a renseigné 3 des 6 indicateurs qu’elle doit pour un trimestre est à 50 % pour ce trimestre, pas à 100 %. Un rapport (une entité, une période) est reçu s’il contient au moins une valeur due, incomplet s’il en manque (« 3/6 » dans les tableaux par année).',
      timeliness: (delay: string) =>
        `Promptitude : un rapport reçu est à temps si sa date de soumission (feuille Rapport) tombe au plus tard ${delay} après la fin de sa période ; rapports à temps + en retard + sans date = rapports reçus. Le taux porte sur les rapports datés.`,
      outliers:
        'Valeurs aberrantes : une valeur très éloignée de l’historique de la même entité pour le même indicateur (au moins 4 périodes), au sens du score z modifié d’Iglewicz et Hoaglin (au-delà de 3,5). Quand cet historique varie trop peu pour en juger (plus de la moitié de ses valeurs égales), une valeur n’est signalée que si elle s’écarte de la médiane de plus que la médiane elle-même : un 1 parmi des 0 n’est pas aberrant. Elle est signalée pour vérification, jamais corrigée ni écartée.',
      cumulative:
        'Séries cumulées : pour un indicateur dont la valeur s’accumule, une valeur inférieure à la précédente de la même entité est signalée.',
    },
    settings: 'Paramètres',
    thresholds: 'Seuils des statuts',
    thresholdsText: (onTrack: string, behind: string) =>
      `en bonne voie ≥ ${onTrack}, en retard ≥ ${behind}, critique en dessous`,
    ceiling: 'Plafond des taux dans les moyennes',
    exclusions: 'Indicateurs sans taux, et pourquoi',
    noExclusions: 'Tous les indicateurs ont un taux.',
    sha256: 'SHA-256',
    role: 'Rôle',
    roles: { plan: 'plan', data: 'données', analysis: 'analyse', recommendations: 'recommandations' },
    colon: '\u00a0: ',
    settingMethods: {
      auto: 'automatique (progression pour les niveaux avec référence, ratio pour les flux)',
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
    notReportedOne: 'non renseignée',
    activity: 'Activité',
    progress: 'Avancement',
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
  },
  quality: {
    summary: 'Synthèse des contrôles',
    check: 'Contrôle',
    result: 'Résultat',
    detail: 'Détail',
    none: 'aucun',
    nouns: {
      case: { one: 'cas', other: 'cas' },
      receivedReport: { one: 'rapport reçu', other: 'rapports reçus' },
      expected: { one: 'attendu', other: 'attendus' },
      receivedValue: { one: 'valeur reçue', other: 'valeurs reçues' },
      expectedValue: { one: 'attendue', other: 'attendues' },
      partialReport: { one: 'incomplet', other: 'incomplets' },
      onTime: { one: 'à temps', other: 'à temps' },
      late: { one: 'en retard', other: 'en retard' },
      undated: { one: 'sans date de soumission', other: 'sans date de soumission' },
      indicator: { one: 'indicateur renseigné', other: 'indicateurs renseignés' },
      day: { one: 'jour', other: 'jours' },
    },
    completeness: 'Complétude',
    completenessText: (p: {
      values: string;
      expectedValues: string;
      reports: string;
      expectedReports: string;
      partial: string | null;
    }) =>
      `${p.values} sur ${p.expectedValues} (une par indicateur, entité responsable et période) ; ${p.reports} sur ${p.expectedReports}${p.partial ? `, dont ${p.partial}` : ''} (un rapport par entité et par période)`,
    rateAt: (period: string, rate: string) => `${period} : ${rate}`,
    timeliness: 'Promptitude',
    timelinessText: (p: {
      received: string;
      onTime: string;
      late: string;
      undated: string | null;
      delay: string;
    }) =>
      `Sur ${p.received} : ${p.onTime}, ${p.late}${p.undated ? `, ${p.undated} (hors calcul)` : ''} ; délai ${p.delay} après la fin de la période`,
    receivedOf: (received: string, expected: string) => `${received}/${expected}`,
    entitiesTable: 'Complétude par entité, du début du plan à la période du rapport',
    reportsReceived: 'Rapports reçus',
    reportsPartial: 'dont incomplets',
    valuesReceived: 'Valeurs reçues',
    partialOf: (filled: string, expected: string) => `reçu en partie : ${filled} sur ${expected}`,
    partialSymbol: 'n/m',
    outOfRange: 'Valeurs hors limites',
    outliers: 'Valeurs aberrantes',
    cumulativeDecreases: 'Séries cumulées en baisse',
    disaggregationMismatches: 'Ventilations incohérentes avec le total',
    conflictingDuplicates: 'Doublons contradictoires',
    unknownCodes: 'Codes absents du plan',
    matrix: (year: string) => `Rapports de ${year}, par entité et par période`,
    entity: 'Entité',
    rate: 'Taux',
    legend: 'Légende :',
    states: {
      'on-time': 'reçu à temps',
      late: 'reçu en retard',
      received: 'reçu (date inconnue)',
      missing: 'attendu, non reçu',
      'not-expected': 'non attendu',
      partial: 'reçu en partie (n indicateurs renseignés sur m attendus)',
    },
    lateTitle:
      'Rapports reçus en retard, par entité (le détail des dates est dans l’annexe Excel, feuille Qualité)',
    datedReports: 'Rapports datés',
    lateReports: 'En retard',
    worstDelay: 'Plus long retard',
    latePeriods: 'Périodes (jours de retard)',
    lateBy: (period: string, days: string) => `${period.replace(/ /g, '\u00a0')}\u00a0(${days})`,
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
  },
  annex: {
    sheets: {
      summary: 'Résumé',
      axes: 'Axes',
      results: 'Résultats',
      indicators: 'Indicateurs',
      entities: 'Entités',
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
    rateYear: 'Taux / cible de l’année',
    rateFinal: 'Taux / cible finale',
    previousRate: 'Taux précédent',
    previousStatus: 'Statut précédent',
    valueCount: 'Valeurs rapportées',
  },
  /** What only the Word report says: its headings beside the HTML's, its footer, its properties. */
  docx: {
    indicatorDetails: 'Évolution, ventilations et commentaires par indicateur',
    activities: 'Activités',
    description:
      'Rapport produit par ponam à partir des classeurs du plan : les chiffres viennent des classeurs ; pour les corriger, corrigez les classeurs et relancez ponam.',
  },
  /** Everything the command line says: help, usage errors, failures (src/cli). */
  cli: {
    program:
      'Transforme les classeurs Excel d’un plan d’action national (plan et rapports périodiques) en chiffres vérifiés et en rapport',
    titles: {
      'Usage:': 'Utilisation :',
      'Arguments:': 'Arguments :',
      'Options:': 'Options :',
      'Commands:': 'Commandes :',
      'Global Options:': 'Options générales :',
    } as Record<string, string>,
    usage: '[options]',
    usageCommand: '[options] [commande]',
    byDefault: (value: string) => `(par défaut : ${value})`,
    help: 'afficher cette aide',
    helpCommand: 'afficher l’aide d’une commande',
    version: 'afficher le numéro de version',
    placeholders: {
      file: '<fichier>',
      files: '<chemins...>',
      dir: '<dossier>',
      path: '<chemin>',
      list: '<liste>',
      period: '<période>',
      text: '<texte>',
      name: '<nom>',
      seconds: '<secondes>',
      number: '<n>',
      megabytes: '<Mo>',
      percent: '<pourcent>',
      years: '<début-fin>',
      thresholds: '<enBonneVoie,enRetard>',
      format: '<format>',
      command: '[commande]',
      paths: '[chemins...]',
    },
    commands: {
      init: 'écrire un ponam.config.json de départ pour ce dossier (plan et rapports trouvés)',
      report: 'plan + classeurs de rapport → rapport (modèle JSON, HTML, PDF, annexe xlsx)',
      demo: 'lancer `report` sur l’exemple PONAM 2020-2024 fourni (écrit dans out/)',
      validate:
        'vérifier le plan et/ou des classeurs de rapport ; code de sortie 0 valide, 1 invalide, 2 exécution impossible',
      template: 'écrire un plan vierge, ou des classeurs de rapport pré-remplis d’après un plan',
      templatePlan: 'un plan vierge (cadre logique) avec listes déroulantes et instructions',
      templateReport:
        'un classeur de rapport pour une entité et une période (ou un par entité), pré-rempli d’après le plan',
    },
    options: {
      layout:
        'long (défaut) : une ligne par valeur ; wide : la matrice de suivi annuelle, une ligne par indicateur et une colonne par période de l’année',
      forceConfig: 'remplacer un ponam.config.json existant',
      initLang: 'langue du rapport inscrite dans la configuration (fr ou en)',
      plan: 'classeur du plan (cadre logique)',
      config: 'configuration du projet (par défaut ./ponam.config.json s’il existe)',
      validatePlan: 'classeur du plan (cadre logique) auquel confronter les données',
      data: 'classeurs de rapport, ou dossiers qui les contiennent',
      paths: 'autres classeurs de rapport ou dossiers',
      validatePaths:
        'classeurs ou dossiers ; un classeur avec une feuille Indicateurs et sans feuille Valeurs est le plan',
      period: 'période du rapport (2022-T4, 2022-S1, 2022-12, 2022) ; par défaut la dernière des données',
      format: (list: string) => `formats séparés par des virgules : ${list}`,
      validateFormat: (list: string) => `sortie : ${list}`,
      out: 'dossier de sortie',
      lang: 'langue du rapport et des messages (fr ou en) ; par défaut celle du plan, sinon fr',
      messagesLang: 'langue des messages (fr ou en)',
      method: 'méthode du taux de réalisation : auto, ratio ou progression (remplace celle du plan)',
      thresholds: 'seuils de statut en %, par ex. 80,50 (remplacent ceux du plan)',
      ceiling: 'plafond des taux dans les agrégations, par ex. 100 (remplace celui du plan)',
      targetBasis:
        'cible à la période : pace (au prorata de l’année écoulée) ou year (cible de l’année entière)',
      compare: 'rapport JSON publié plus tôt, auquel comparer les chiffres',
      title: 'titre de la page de couverture',
      subtitle: 'sous-titre de la page de couverture',
      author: 'auteur indiqué sur la couverture',
      institution: 'institution indiquée sur la couverture',
      strict: 'les avertissements comptent comme des erreurs',
      timestamp:
        'inscrire l’heure de production dans le rapport (les fichiers diffèrent alors d’une exécution à l’autre)',
      browser: 'exécutable Chrome, Chromium ou Edge pour le PDF',
      pdfTimeout: 'délai maximal du PDF en secondes ; le navigateur est arrêté au-delà',
      quiet: 'n’afficher que les erreurs',
      noColor: 'pas de couleurs dans les messages',
      debug: 'afficher la pile d’appels des erreurs internes',
      maxWarnings: 'invalide au-delà de ce nombre d’avertissements',
      maxFileSize: 'taille maximale d’un classeur, en mégaoctets',
      maxUncompressedSize: 'taille maximale d’un classeur une fois décompressé, en mégaoctets',
      maxRows: 'nombre maximal de lignes lues dans une feuille',
      templatePlanOut: 'classeur à écrire (.xlsx)',
      templateLang: 'langue des noms de feuilles, en-têtes et listes (fr ou en)',
      templateReportLang: 'langue du classeur (fr ou en) ; par défaut celle du plan, sinon fr',
      years: 'années du plan, une colonne « Cible <année> » chacune',
      example: 'remplir un petit plan d’exemple',
      force: 'remplacer un fichier existant (sinon refusé)',
      entity: 'entité, telle que nommée dans la colonne Responsables du plan',
      allEntities: 'un classeur par entité responsable ; --out est alors un dossier',
      templatePeriod: 'période du rapport (2023-T1, 2023-S1, 2023-03, 2023)',
      templateReportOut: 'classeur à écrire, ou dossier avec --all-entities',
      templateData:
        'classeurs de rapport antérieurs ou dossiers, pour montrer la dernière valeur de chaque indicateur',
    },
    /** What a valid value of each option looks like, for usage errors. */
    expect: {
      lang: 'fr ou en',
      format: (list: string) => `une liste parmi : ${list}`,
      validateFormat: (list: string) => `un format parmi : ${list}`,
      method: 'auto, ratio ou progression',
      targetBasis: 'pace ou year',
      thresholds: 'deux nombres comme 80,50',
      ceiling: 'un nombre positif comme 100 ou 120',
      maxWarnings: 'un nombre entier, 0 ou plus',
      maxFileSize: 'un nombre positif de mégaoctets',
      maxUncompressedSize: 'un nombre positif de mégaoctets',
      maxRows: 'un nombre entier positif',
      pdfTimeout: 'un nombre positif de secondes',
      years: 'deux années comme 2025-2029',
      period: '2022-T3, 2022-S1, 2022-03 ou 2022',
      text: 'un texte non vide',
      kind: 'suivi ou revue (aussi monitoring ou review)',
    } as Record<string, string | ((list: string) => string)>,
    errors: {
      prefix: 'ponam :',
      badOption: (flag: string, value: string, expected: string) =>
        `${flag} : « ${value} » n'est pas accepté ; attendu : ${expected}`,
      unknownOption: (flag: string) => `option inconnue : ${flag}`,
      unknownCommand: (name: string) => `commande inconnue : ${name}`,
      didYouMean: (list: string) => `vouliez-vous dire ${list} ?`,
      missingOption: (flag: string) => `option obligatoire manquante : ${flag}`,
      optionNeedsValue: (flag: string) => `l'option ${flag} attend une valeur`,
      missingArgument: (name: string) => `argument obligatoire manquant : ${name}`,
      excessArguments: (command: string, got: string) =>
        `${command} n'accepte pas d'argument en plus des options (reçu : ${got})`,
      conflicting: (a: string, b: string) => `${a} et ${b} ne peuvent pas être utilisées ensemble`,
      noCommand: (list: string) => `indiquez une commande : ${list}`,
      seeHelp: (command: string) => `lancez « ${command} --help » pour voir les options`,
      entityOrAll: 'indiquez --entity NOM ou --all-entities',
      noData: 'aucun classeur de rapport indiqué',
      noDataHint: 'ajoutez --data FICHIER|DOSSIER (ou listez-les après les options)',
      noWorkbook: 'aucun classeur indiqué',
      noWorkbookHint: 'ponam validate [--plan plan.xlsx] FICHIER|DOSSIER...',
      folderWithoutWorkbook: (path: string) => `aucun classeur (.xlsx) dans le dossier ${path}`,
      folderWithoutWorkbookHint: 'vérifiez le chemin, ou enregistrez les classeurs au format .xlsx',
      planIsFolder: (path: string) => `--plan attend un classeur, pas un dossier : ${path}`,
      planIsFolderHint: (example: string) => `indiquez le fichier du plan, par exemple --plan ${example}`,
      planNotFile: (path: string) => `--plan ne désigne pas un fichier ordinaire : ${path}`,
      morePlans: (list: string) => `plusieurs classeurs de plan donnés : ${list}`,
      morePlansHint: 'vérifiez un plan à la fois, ou désignez-le avec --plan',
      outIsFile: (path: string) => `--out doit être un dossier, or ${path} est un fichier`,
      outIsFileHint: 'choisissez un autre dossier avec --out (il est créé s’il n’existe pas)',
      outIsFolder: (path: string) => `--out doit nommer un classeur .xlsx, or ${path} est un dossier`,
      outIsFolderHint: (example: string) => `par exemple --out ${example}`,
      outHoldsInput: (out: string, input: string) =>
        `le dossier de sortie ${out} contient un des classeurs lus (${input}) : ponam n’écrit jamais parmi ses entrées`,
      outHoldsInputHint: 'choisissez un dossier de sortie à part, par exemple --out rapport',
      outIsInput: (path: string) =>
        `${path} est un des classeurs lus : ponam n’écrit jamais sur ses entrées, même avec --force`,
      outIsInputHint: 'choisissez un autre nom avec --out',
      folder: (path: string, code: string) =>
        code === 'EACCES' || code === 'EPERM'
          ? `impossible de lire le dossier ${path} : permission refusée`
          : `impossible de lire le dossier ${path} (${code})`,
      folderHint: 'vérifiez le chemin et les droits du dossier',
      emptyPath: 'un chemin vide a été donné parmi les classeurs',
      emptyPathHint: 'vérifiez les guillemets et les variables de la commande',
      exists: (path: string) => `${path} existe déjà : ponam ne remplace pas un classeur existant`,
      existMany: (count: number, list: string) =>
        `${count} classeurs existent déjà (${list}) : aucun n’a été écrit`,
      existsHint: 'ajoutez --force pour le remplacer, ou choisissez un autre nom avec --out',
      existManyHint: 'ajoutez --force pour les remplacer, ou choisissez un autre dossier avec --out',
      write: {
        EACCES: (path: string) => `impossible d’écrire ${path} : permission refusée`,
        EPERM: (path: string) => `impossible d’écrire ${path} : opération non permise`,
        EROFS: (path: string) => `impossible d’écrire ${path} : le disque est en lecture seule`,
        ENOSPC: (path: string) => `impossible d’écrire ${path} : le disque est plein`,
        EDQUOT: (path: string) => `impossible d’écrire ${path} : quota disque dépassé`,
        ENAMETOOLONG: (path: string) => `impossible d’écrire ${path} : nom de fichier trop long`,
        ENOTDIR: (path: string) =>
          `impossible d’écrire ${path} : un élément du chemin est un fichier, pas un dossier`,
        EISDIR: (path: string) => `impossible d’écrire ${path} : c’est un dossier`,
        EEXIST: (path: string) => `impossible d’écrire ${path} : un fichier porte déjà ce nom`,
        other: (path: string, code: string) => `impossible d’écrire ${path} (${code})`,
      } as Record<string, (path: string, code: string) => string>,
      writeHint: 'choisissez un dossier où vous pouvez écrire, avec --out',
      invalidPeriod: (value: string) => `période invalide : « ${value} »`,
      invalidPeriodHint: 'utilisez 2023-T1, 2023-S1, 2023-03 ou 2023',
      periodOutsidePlan: (period: string, from: number, to: number) =>
        `la période ${period} est hors des années du plan (${from}-${to})`,
      periodOutsidePlanHint: (from: number, to: number) => `choisissez une période de ${from} à ${to}`,
      notAnEntity: (name: string) => `« ${name} » n’est pas une entité du plan`,
      notAnEntityHint: (list: string) => `entités nommées dans le plan : ${list}`,
      noEntities: 'le plan ne nomme aucune entité responsable (colonne Responsables)',
      noEntitiesHint: 'indiquez l’entité avec --entity NOM',
      compareNotFound: (path: string) => `rapport à comparer introuvable : ${path}`,
      internal: (message: string) => `erreur interne : ${message}`,
      internalHint: 'relancez avec --debug pour voir le détail, et signalez-la avec la commande lancée',
      interrupted: (signal: string) => `interrompu (${signal}) : aucun fichier partiel n’a été laissé`,
      pdfTimeoutHint: (seconds: number) =>
        `le navigateur a été arrêté ; relancez avec --pdf-timeout ${seconds} pour lui laisser plus de temps`,
    },
    init: {
      exists: (file: string) => `${file} existe déjà : ponam ne remplace pas une configuration existante`,
      existsHint: 'ajoutez --force pour la remplacer',
      written: (plans: number, data: number) =>
        `configuration écrite : ${plans === 1 ? 'plan trouvé' : plans === 0 ? 'aucun plan trouvé (renseignez "plan")' : `${plans} plans trouvés (choisissez-en un)`}, ${data === 0 ? 'aucun rapport trouvé (renseignez "data")' : `${data} ${data === 1 ? 'emplacement' : 'emplacements'} de rapports`} ; lancez ensuite « ponam report »`,
      header:
        'Configuration de ponam pour ce dossier : « ponam report » et « ponam validate » la lisent. Les chemins sont relatifs à ce fichier ; les options de la ligne de commande priment.',
      plan: 'Le classeur du plan (cadre logique)',
      severalPlans: (list: string) => `plusieurs plans trouvés : ${list}`,
      data: 'Les classeurs de rapport, ou les dossiers qui les contiennent (parcourus en entier)',
      period: 'La période du rapport ; sans elle, la dernière période des données',
      format: 'Les formats écrits : html, json, pdf, xlsx, docx',
      out: 'Le dossier où écrire le rapport (hors des dossiers de données)',
      cover: 'La couverture du rapport',
      aliases:
        'Les noms propres à vos classeurs (voir docs/workbook-format.md), par exemple "sheets": {"indicators": ["Matrice des indicateurs"]}, "columns": {"indicators.baseline": ["Niveau initial"]}',
    },
    outcome: {
      reportNotWritten: 'Rapport non produit : corrigez les erreurs ci-dessus.',
      reportNotWrittenNoList: 'Rapport non produit : le plan n’a pas pu être lu.',
      templateNotWritten: 'Aucun modèle écrit : corrigez le plan.',
      strict: (warnings: number) =>
        `--strict : ${warnings === 1 ? 'l’avertissement compte' : `les ${warnings} avertissements comptent`} comme des erreurs.`,
      maxWarnings: (warnings: number, max: number) =>
        `${warnings} avertissement${warnings > 1 ? 's' : ''}, plus que --max-warnings ${max} : classeurs refusés.`,
      noPlan:
        'Aucun plan donné : codes, entités et périodes non vérifiés par rapport au plan (ajoutez --plan plan.xlsx).',
      summary: (files: number, errors: number, warnings: number) =>
        `${files} fichier${files > 1 ? 's' : ''} vérifié${files > 1 ? 's' : ''} : ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}`,
      unreadable: (count: number) =>
        `${count} fichier${count > 1 ? 's' : ''} illisible${count > 1 ? 's' : ''} comme classeur .xlsx`,
      more: (count: number, code: string) => `… et ${count} autre${count > 1 ? 's' : ''} ${code}`,
      moreTitle: (count: number, code: string) => `${count} autres ${code} non listés`,
      validWorkbook: 'classeur valide',
      row: 'ligne',
    },
  },
};

export type Catalogue = typeof fr;

/** A list of moves after a lead (`: 2 en progrès, 1 en recul`), or nothing when none is given. */
function moves(a: string | null, b: string | null, lead: string, sep: string): string {
  const parts = [a, b].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? lead + parts.join(sep) : '';
}

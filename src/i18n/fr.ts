// Over 400 lines on purpose: the French catalogue, one table of every string a reader sees
// (report, CLI, issues); its type is the contract en.ts must fill, key by key.

import { ambiguousPeriod } from '../compute/periods.js';
import type { Status } from '../compute/status.js';
import type { IssueCode, IssueParams } from '../model/issues.js';
import { fr as reviewFr } from './review.js';
import { fr as templateFr } from './template.js';

type Message = (p: IssueParams) => string;

const FR_NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 9 });
/** A figure of a message as a French reader writes it (`1 250`, `1,25`). */
const frNumber = (n: string | number | undefined) =>
  typeof n === 'number' ? FR_NUMBER.format(n) : String(n);
/** `2023-01-12` → `12/01/2023`. */
const frDate = (iso: string | number | undefined) => String(iso).split('-').reverse().join('/');
function frAmbiguous(value: string, quarter: string | null, month: string): string {
  return `« ${value} » est ambigu : écrivez ${quarter ? `${quarter} pour un trimestre, ` : ''}${month} pour un mois`;
}

/** What a file that is no workbook looks like (`NotWorkbook` in src/workbook/zip-probe.ts). */
const KINDS: Record<string, string> = {
  pdf: 'un document PDF',
  html: 'une page HTML ou XML',
  rtf: 'un document RTF',
  image: 'une image',
  csv: 'un fichier texte de valeurs (CSV ?) sans l’extension .csv',
  text: 'un fichier texte',
  docx: 'un document Word (.docx)',
  pptx: 'une présentation PowerPoint (.pptx)',
  xlsb: 'un classeur Excel binaire (.xlsb), format que ponam ne lit pas',
  odt: 'un document texte OpenDocument (.odt)',
  odp: 'une présentation OpenDocument (.odp)',
  doc: 'un document Word 97-2003 (.doc)',
  ppt: 'une présentation PowerPoint 97-2003 (.ppt)',
  ole: 'un fichier Office qui ne contient aucun classeur',
  zip: 'une archive (zip ou autre)',
  unknown: 'un fichier d’un type inconnu',
};

/** What to do with it, by kind. */
function kindAdvice(kind: unknown): string {
  if (kind === 'csv')
    return 'renommez-le avec l’extension .csv, ou ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx';
  if (kind === 'zip') return 'décompressez-la et donnez les classeurs qu’elle contient';
  if (kind === 'xlsb' || kind === 'html' || kind === 'text')
    return 'ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx';
  return 'demandez à l’expéditeur le classeur lui-même (.xlsx, .xls, .ods ou un .csv de valeurs)';
}

const kindOf = (p: IssueParams) => KINDS[String(p.detail)] ?? KINDS.unknown;

const RE_SAVE =
  'enregistrez-le au format .xlsx dans Excel ou LibreOffice : ponam lit un .xlsx ligne à ligne, sans cette limite';

/** Every string a French reader sees: issue messages, report labels, reasons. */
export const fr = {
  locale: 'fr-FR',
  severity: { error: 'erreur', warning: 'avertissement', info: 'info' },
  issues: {
    'file-not-found': () => 'fichier introuvable',
    'file-empty': () => 'le fichier est vide (0 octet)',
    'not-xlsx': (p) =>
      `ce n'est pas un classeur : c'est ${kindOf(p)}. ponam lit les classeurs .xlsx, .xls et .ods, et les valeurs en .csv ; ${kindAdvice(p.detail)}`,
    'file-truncated': () =>
      'le classeur est tronqué ou endommagé (téléchargement interrompu ?) ; demandez un nouvel envoi du fichier',
    'file-encrypted': () =>
      'le classeur est protégé par un mot de passe ; retirez le mot de passe (Fichier › Informations › Protéger le classeur) et renvoyez-le',
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
    'hidden-sheet': (p) =>
      p.read
        ? p.very
          ? "feuille « très masquée » (invisible même par Afficher) : lue quand même ; vérifiez son contenu avec l'auteur du classeur"
          : "feuille masquée : lue quand même ; affichez-la (clic droit sur un onglet › Afficher) pour vérifier ce qu'elle contient"
        : p.twin
          ? `feuille masquée : ignorée, la feuille visible « ${p.twin} » est lue à sa place`
          : 'feuille masquée : ignorée',
    'too-many-rows': (p) =>
      `plus de ${p.limit} lignes : lecture interrompue ; relevez la limite avec --max-rows si c'est voulu`,
    'type-error': (p) =>
      p.expected === 'yes-no'
        ? `« ${p.value} » n'est pas une réponse admise (colonne ${p.column}) ; attendu : oui / non`
        : p.expected === 'date'
          ? `« ${p.value} » n'est pas une date (colonne ${p.column}) ; écrivez-la 12/01/2023 ou 12 janvier 2023`
          : `« ${p.value} » n'est pas ${p.expected === 'integer' ? 'un nombre entier' : 'un nombre'} (colonne ${p.column})`,
    'missing-cell': (p) =>
      p.indicator
        ? `valeur manquante pour l'indicateur ${p.indicator} : compté comme non renseigné`
        : `cellule « ${p.column} » vide`,
    'invalid-enum': (p) =>
      `« ${p.value} » n'est pas une valeur admise pour ${p.column} ; valeurs admises : ${p.allowed}`,
    'invalid-period': (p) => {
      const ambiguous = ambiguousPeriod(String(p.value ?? ''));
      return ambiguous
        ? frAmbiguous(String(p.value), ambiguous.quarter, ambiguous.month)
        : `« ${p.value} » n'est pas une période valide (attendu : 2022-T3, 2022-S1, 2022-03 ou 2022)`;
    },
    'excel-error': (p) =>
      `la cellule contient l'erreur Excel ${p.value}${p.column ? ` (colonne ${p.column})` : ''}`,
    'formula-without-result': () =>
      'formule enregistrée sans résultat calculé ; ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le à nouveau',
    'percent-out-of-range': (p) => `pourcentage hors de 0-100 (${p.value}) pour ${p.indicator}`,
    'negative-count': (p) =>
      `valeur négative (${p.value}) pour ${p.indicator}, qui est un effectif ou un montant`,
    'ambiguous-number': (p) =>
      `« ${p.value} » est ambigu ; lu comme ${frNumber(p.read)} (${p.as === 'thousands' ? `séparateur de milliers${p.unit ? ` : l'unité « ${p.unit} » se compte en nombres entiers` : ''}` : 'séparateur décimal'}). Écrivez-le sans séparateur de milliers pour lever le doute`,
    'duplicate-code': (p) =>
      p.entity
        ? `« ${p.code} » désigne déjà l'entité « ${p.entity} » : un nom ou un alias ne peut désigner qu'une entité ; retirez-le de l'une des deux`
        : `le code ${p.code} apparaît deux fois ; seule la première ligne est lue`,
    'unknown-indicator': (p) => `indicateur ${p.code} absent du plan`,
    'unknown-entity': (p) =>
      p.inPlan
        ? `entité « ${p.entity} » des Responsables absente de la feuille Entités (ni nom, ni alias) : corrigez le nom, ou ajoutez-la à la feuille Entités`
        : p.listed
          ? `entité « ${p.entity} » inconnue : ni dans la liste des entités du plan (feuille Entités, ou entities de la configuration), ni un de leurs alias ; aucun chiffre n'est calculé sous ce nom. Corrigez le nom, ou ajoutez-le comme alias de son entité`
          : p.close
            ? `entité « ${p.entity} » absente des Responsables du plan : c'est « ${p.suggestion} » écrit autrement, et ses valeurs seraient comptées comme une autre entité. Corrigez le nom ; s'il s'agit bien d'une autre entité, ajoutez-la aux Responsables du plan (ou listez les entités et leurs alias dans une feuille Entités)`
            : `entité « ${p.entity} » absente des Responsables du plan : ses valeurs sont comptées à part, sous ce nom ; vérifiez l'orthographe, ou ajoutez-la au plan`,
    'unknown-result': (p) =>
      `résultat ${p.code} (indicateur ${p.indicator}) absent de la feuille ${p.list ?? 'Résultats'}`,
    'unknown-axis': (p) =>
      p.recommendation
        ? `l'axe ${p.code} de la recommandation ${p.recommendation} n'est pas un axe du plan : la recommandation est listée sans lien vers un axe ; corrigez le code`
        : `axe ${p.code} (${p.indicator}) absent de la feuille ${p.list ?? 'Axes'}`,
    'unknown-activity': (p) => `activité ${p.code} absente du plan`,
    'conflicting-duplicate': (p) =>
      `valeur ${p.value} en conflit avec ${p.firstValue} déjà donnée en ${p.first} pour ${p.indicator}, ${p.entity}, ${p.period} ; ${
        p.elsewhere
          ? 'si l’un des deux classeurs corrige l’autre, renseignez la Date de soumission (feuille Rapport) de chacun, la plus récente pour la correction : elle remplacera l’autre envoi ; sinon corrigez ou supprimez l’une des deux valeurs'
          : 'gardez une seule des deux lignes'
      }`,
    'duplicate-value': (p) =>
      `doublon de ${p.first} (${p.indicator}, ${p.entity}, ${p.period}), même valeur : ignoré`,
    'period-outside-plan': (p) => `période ${p.period} hors du plan (${p.from}-${p.to})`,
    'missing-target': (p) => `pas de cible pour ${p.indicator} en ${p.years}`,
    'missing-period': (p): string =>
      p.format === 'csv'
        ? 'période absente : ajoutez au fichier CSV une colonne Période (2022-T3, 2022-S1, 2022-03 ou 2022)'
        : 'période absente : indiquez-la dans la feuille Rapport (Période) ou dans une colonne Période',
    'missing-entity': (p) =>
      `entité absente : les valeurs sont attribuées à « ${p.entity} » (nom du fichier)${p.format === 'csv' ? ' ; ajoutez au fichier CSV une colonne Entité' : ''}`,
    'disaggregation-mismatch': (p) =>
      `le total ${p.total} de ${p.indicator} ne correspond pas à la somme de ses ventilations par ${p.dimension} (${p.sum})`,
    'invalid-setting': (p) =>
      `valeur invalide pour ${p.column}${p.value !== undefined ? ` (« ${p.value} »)` : ''} : ${p.expected}`,
    'no-indicators': (p) => `aucun indicateur dans la feuille ${p.list ?? 'Indicateurs'}`,
    'milestone-never-due': (p) =>
      `${p.stage ? 'l’indicateur à étapes' : 'le jalon'} ${p.indicator} n’est jamais dû : toutes ses cibles, cible finale comprise, sont ${p.stage ? 'à l’étape 0' : '« non »'}, il ne sera donc jamais évalué ; écrivez ${p.stage ? 'l’étape visée' : '« oui »'} dans la colonne de l’année où il est dû (Cible <année>) ou dans Cible finale`,
    'overlapping-periods': (p) =>
      p.flow
        ? `la période ${p.period} chevauche ${p.other} (déjà en ${p.first}) pour ${p.indicator}, ${p.entity} : les mêmes mois seraient comptés deux fois ; gardez une seule des deux déclarations`
        : `la période ${p.period} chevauche ${p.other} (en ${p.first}) pour ${p.indicator}, ${p.entity} : la période la plus fine (${p.other}) est retenue, celle-ci est écartée`,
    resubmission: (p) =>
      `rapport remplacé par ${p.by}, soumis plus tard (${p.later} contre ${p.earlier}) pour ${p.entity}, ${p.period} : ses valeurs et activités sont écartées`,
    'plan-in-data': () =>
      'ce classeur est un plan (feuille Indicateurs, pas de feuille Valeurs) : ignoré parmi les données',
    'own-output': (p): string =>
      p.kind === 'report'
        ? 'ce fichier est un rapport produit par ponam (une exécution précédente, écrite dans ce dossier) : ignoré parmi les données'
        : 'ce classeur est une annexe produite par ponam : ignoré parmi les données',
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
    'entity-alias': (p) =>
      `« ${p.entity} » est un alias de « ${p.canonical} » (liste des entités du plan) : ses valeurs et activités sont comptées pour « ${p.canonical} »`,
    'read-limit': (p): string =>
      p.what === 'time'
        ? `lecture interrompue après ${p.limit} s (classeur trop lourd ou endommagé) ; ${RE_SAVE}`
        : p.what === 'memory'
          ? `la lecture demande plus de ${p.limit} Mo de mémoire ; ${RE_SAVE}`
          : `plus de ${p.limit} cellules remplies une fois les lignes et colonnes répétées déroulées ; ${RE_SAVE}`,
    'csv-not-values': (p) =>
      `ce fichier CSV n'est pas un tableau de valeurs : aucune ligne d'en-tête nommant la colonne Indicateur dans les 20 premières lignes (première ligne : ${p.found}). Un CSV de valeurs a les colonnes de la feuille Valeurs sur sa première ligne : Indicateur ; Valeur ; Période ; Entité, séparées par « ; » ou « , »`,
    'csv-malformed': (p): string =>
      p.reason === 'quote'
        ? 'un guillemet (") ouvert à cette ligne n\'est jamais refermé : le reste du fichier ne peut pas être découpé en colonnes ; corrigez-le, ou enregistrez à nouveau le fichier depuis Excel ou LibreOffice'
        : p.reason === 'record-size'
          ? "une ligne de plus de 4 millions de caractères : ce n'est pas un tableau de valeurs ; enregistrez à nouveau le fichier depuis Excel ou LibreOffice"
          : 'fichier CSV mal formé à cette ligne ; enregistrez-le à nouveau depuis Excel ou LibreOffice',
    'csv-plan': (): string =>
      'un fichier CSV ne peut pas être le plan : le plan est un classeur de plusieurs feuilles (Indicateurs, et Plan, Axes, Résultats…) ; donnez le classeur du plan (.xlsx, .xls ou .ods)',
    'skipped-file': (p): string =>
      p.reason === 'lock-file'
        ? "fichier de verrouillage laissé par Excel ou LibreOffice pendant qu'un classeur est ouvert : ignoré. Si ce classeur est encore ouvert, enregistrez-le et fermez-le pour que vos dernières modifications soient lues"
        : p.reason === 'system-file'
          ? 'fichier système (.DS_Store, Thumbs.db…), pas un rapport : ignoré'
          : p.reason === 'hidden'
            ? "fichier caché (son nom commence par un point) : ignoré. S'il contient un rapport, retirez le point du début de son nom"
            : `ce n'est pas un classeur (${KINDS[String(p.detail)] ?? KINDS.unknown}) : ignoré. ${p.detail === 'zip' ? 'Décompressez-la dans le dossier pour que ses classeurs soient lus' : p.detail === 'xlsb' ? 'Enregistrez-le au format .xlsx dans Excel pour qu’il soit lu' : "S'il contient un rapport, demandez le classeur lui-même (.xlsx, .xls, .ods ou un .csv de valeurs)"}`,
    'duplicate-sheet': (p) =>
      `deux feuilles pour le même usage : « ${p.first} » et « ${p.second} » ; seule « ${p.first} » est lue. Regroupez les lignes dans une seule feuille ou renommez l'autre`,
    'two-row-header': (p) =>
      p.why
        ? `en-tête sur deux lignes (lignes ${p.top} et ${p.bottom}) : « ${p.name} » couvre plusieurs colonnes (${p.columns}) dont les sous-titres (${p.subs}) ne sont pas des noms de colonne ; mettez chaque nom de colonne sur une seule ligne d'en-tête (une ligne par catégorie avec une colonne Sexe, par exemple)`
        : `en-tête sur deux lignes (lignes ${p.top} et ${p.bottom}) lu comme une seule : ${p.names}`,
    'total-row': (p) =>
      `ligne ${p.row} : ligne de total du tableau (${p.why === 'label' ? `« ${p.label} »` : p.why === 'formula' ? `formule ${p.formula}` : `${frNumber(p.sum)}, somme des valeurs au-dessus`}), ignorée : ponam calcule les totaux lui-même. Si c'est une valeur à compter, indiquez son code d'indicateur`,
    'total-category': (p) =>
      `« ${p.category} » n'est pas une catégorie connue de ${p.dimension} et vaut la somme des autres (${p.parts} = ${frNumber(p.sum)}) : lu comme le total de ${p.indicator}. Écrivez « Total » si c'en est un, sinon corrigez la catégorie ou la valeur`,
    'date-serial': (p) =>
      `le nombre ${p.value} est lu comme la date du ${frDate(p.date)} (colonne ${p.column} ; la cellule a perdu son format de date) ; donnez-lui un format de date pour lever le doute`,
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
  // A name of several words is quoted (an entity: vouliez-vous dire « DR Kayes » ?), a code is not.
  /** `2025-2`: a quarter or a month? Refused wherever a period is given (docs/validate.md). */
  periodAmbiguous: (value: string, quarter: string | null, month: string) =>
    frAmbiguous(value, quarter, month),
  suggestion: (s: string) => (/\s/.test(s) ? `vouliez-vous dire « ${s} » ?` : `vouliez-vous dire ${s} ?`),
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
    entityCollision: (file: string, path: string, name: string, other: string) =>
      `${file} : « ${name} » en ${path} désigne déjà l’entité « ${other} » ; un nom ou un alias ne peut désigner qu’une entité`,
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
    compareNotFound: (file: string) => `--compare ${file} : fichier introuvable`,
    compareNotJson: (file: string) =>
      `--compare ${file} : ce n’est pas un report.json de ponam (le fichier n’est pas du JSON)`,
    compareNotReport: (file: string, field: string) =>
      `--compare ${file} : ce n’est pas un report.json de ponam (champ « ${field} » absent ou invalide)`,
    compareExpected:
      'donnez le report.json d’un rapport publié par ponam (écrit avec --format json), par exemple rapport-2024-T3/report.json',
    compareVersion: (file: string, version: string, known: readonly string[]) =>
      `--compare ${file} : report.json de la version de schéma « ${version} », que cette version de ponam ne lit pas (elle lit les versions ${known.slice(0, -1).join(', ')} et ${known.at(-1)})`,
    compareVersionFix:
      'comparez avec un report.json écrit par cette version de ponam ou une plus ancienne, ou mettez ponam à jour',
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
    'not-due': 'Non échu',
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
    'not-due': 'jalon pas encore dû à cette période (cible « non » ou rien d’échu) : hors des moyennes',
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
      plan: (p: {
        rate: string;
        status: string;
        withData: string;
        count: string;
        notDue: { n: string; one: boolean } | null;
        weights: string | null;
      }) =>
        `Taux de réalisation global du plan : ${p.rate}, statut « ${p.status} » (${p.withData} ${singular(p.withData) ? 'indicateur renseigné' : 'indicateurs renseignés'} sur ${p.count}${p.notDue === null ? '' : ` échus ; ${p.notDue.n} ${p.notDue.one ? 'non échu, hors' : 'non échus, hors'} du taux`}${p.weights ? ` ; ${p.weights}` : ''}).`,
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
      reportsIncompleteAtPeriod: (n: string, one: boolean, period: string) =>
        one
          ? `Rapport de ${period} reçu incomplet :`
          : `Rapports de ${period} reçus incomplets de ${n} entités :`,
      partnerIncomplete: (entity: string, filled: string, expected: string) =>
        `${entity} : ${filled} sur ${expected}`,
      partnersLate: (late: string, dated: string, delay: string, one: boolean) =>
        `Sur ${dated}, ${late} ${one ? 'est arrivé' : 'sont arrivés'} après l’échéance (${delay} après la fin de la période) ; retards comptés à partir de l’échéance :`,
      partnerLate: (entity: string, late: string, worst: string) =>
        `${entity} : ${late}, jusqu’à ${worst} après l’échéance`,
      execution: (p: {
        /** Activities done among those due, and the due ones (`activités échues à T4 2022`). */
        done: string;
        oneDone: boolean;
        due: string;
        oneDue: boolean;
        physical: string;
        /** The plan gives when activities are due (`Fin`); false: every activity is counted. */
        scheduled: boolean;
        /** Done before they were due; activities not yet due; null when none. */
        ahead: string | null;
        oneAhead: boolean;
        notDue: string | null;
        oneNotDue: boolean;
        period: string;
        disbursed: string | null;
        budget: string | null;
        /** `2020-2024`, the plan's years; null when unknown. */
        years: string | null;
        financial: string;
        /** The budget planned up to the end of P's year, its year and the rate against it; null when not given by year. */
        toDate: { budget: string; year: string; rate: string } | null;
      }) => {
        const physical = p.scheduled
          ? `Exécution physique : ${p.done} ${p.oneDone ? 'activité réalisée' : 'activités réalisées'} sur ${p.due} ${p.oneDue ? 'échue' : 'échues'} à ${p.period} (${p.physical})${p.ahead ? `, ${p.ahead} ${p.oneAhead ? 'autre réalisée' : 'autres réalisées'} en avance` : ''}${p.notDue ? ` ; ${p.notDue} ${p.oneNotDue ? 'activité pas encore échue' : 'activités pas encore échues'}` : ''}`
          : `Exécution physique : ${p.done} ${p.oneDone ? 'activité réalisée' : 'activités réalisées'} sur ${p.due} ${p.oneDue ? 'activité' : 'activités'} du plan (${p.physical}), toutes comptées comme dues faute de période de fin (colonne Fin des activités du plan)`;
        const financial =
          p.budget === null
            ? 'budget prévu non renseigné'
            : `${p.disbursed} décaissés jusqu’à ${p.period}, soit ${p.financial} du budget total du plan${p.years ? ` pour ${p.years}` : ''} (${p.budget})${p.toDate ? ` et ${p.toDate.rate} du budget prévu jusqu’à fin ${p.toDate.year} (${p.toDate.budget})` : ''}`;
        return `${physical} ; exécution financière : ${financial}.`;
      },
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
    coverageOf: (withData: string, count: string, notDue: string | null) =>
      notDue === null
        ? `${withData} ${singular(withData) ? 'indicateur renseigné' : 'indicateurs renseignés'} sur ${count}`
        : `indicateurs échus renseignés : ${withData} sur ${count} ; non échus : ${notDue}`,
    statusCounts: 'Indicateurs par statut',
    indicatorCount: 'Indicateurs',
    axesTable: 'Réalisation par axe stratégique',
    indicatorsTable: (axis: string) => `Indicateurs de l’axe ${axis}, par résultat`,
    activitiesTable: (axis: string) => `Activités de l’axe ${axis}`,
    entityTable: (code: string) => `${code} : réalisé par entité`,
    breakdownTable: (dimension: string) => `Réalisé par ${dimension}`,
    unallocated: 'Non ventilé',
    unallocatedOf: (entities: string) => `valeurs sans cette ventilation : ${entities}`,
    comments: 'Commentaires des partenaires',
    /** How each indicator is scored, under its rate: the method and why (under `auto`). */
    methodWhy: {
      flow: 'ratio · flux',
      'level-with-baseline': 'progression · niveau',
      'level-without-baseline': 'ratio · niveau sans référence',
      asked: (method: string) => `${method} · choisie au plan`,
      milestone: 'jalon oui/non',
      stages: 'étape atteinte / attendue',
      maintain: 'maintien',
    },
    weightNote: (weight: string) => `poids ${weight}`,
    methodNoteLabel: (method: string) => `taux : ${method}`,
    leftOut: 'Non comptés dans le taux',
    leftOutItem: (code: string, reason: string) => `${code} (${reason})`,
    withoutNote: (items: string) => `sans ${items}`,
    zeroWeight: 'poids 0',
    /** Why an indicator is not counted in a rate, in a word or two (the reasons in full are in the annex). */
    leftOutReasons: {
      'no-data': 'sans donnée',
      'no-target': 'sans cible',
      'negative-value': 'non calculable',
      'not-computable': 'non calculable',
      'not-due': 'non échu',
    } as Partial<Record<string, string>>,
    indicatorsNote: (p: {
      onTrack: string;
      behind: string;
      ceiling: string;
      symbols: { onTrack: string; behind: string; critical: string };
    }) =>
      `Taux : méthode sous chaque intitulé (ratio = réalisé / cible ; progression = (réalisé − référence) / (cible − référence)). Statut : ${p.symbols.onTrack} ≥ ${p.onTrack}, ${p.symbols.behind} ≥ ${p.behind}, ${p.symbols.critical} en dessous. Résultats, axes, plan : moyennes pondérées des taux plafonnés à ${p.ceiling} (poids 1 sauf mention).`,
    planWeights: (p: { weights: string; unweighted: string }) =>
      `moyenne pondérée des axes, ${p.weights} ; sans pondération : ${p.unweighted}`,
    planUnweighted: 'moyenne des axes, chacun de poids 1',
    axisWeight: (code: string, weight: string) => `${code} poids ${weight}`,
    commentsIntro:
      'Commentaires des partenaires : sous chaque indicateur et à la fin de chaque axe, les plus récents d’abord ; un même texte d’une même entité n’est donné qu’une fois, avec les périodes où il a été écrit ; un commentaire qui cite une date postérieure à la période où il a été écrit est signalé (⚠), pour vérification.',
    commentSpan: (first: string, last: string, count: string) =>
      `écrit de ${first} à ${last}, ${count} périodes`,
    commentLaterDate: (date: string, period: string) =>
      `cite « ${date} », date postérieure à ${period} où il a été écrit : à vérifier`,
    dimensions: {} as Record<string, string>,
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
      due: (period: string) => `échue fin ${period}`,
      notYetDue: 'rien d’échu encore',
      baseline: 'référence, rien d’échu encore',
    },
    achievedAhead: 'atteint en avance',
    /**
     * What each figure of an indicator's row covers (README, "The report"): a flow's target and
     * actual run from the plan's first year (`cumulée 2020-2022`), a level's target is the plan's
     * figure for the year; the year's and the period's own figures stand under them.
     */
    spans: {
      /**
       * From the plan's first year to P: `2020-2022` at a year's end (a non-breaking hyphen: a
       * narrow column never splits the span), `2020 – T3 2022` inside one.
       */
      years: (from: string, to: string) => `${from}\u2011${to}`,
      upTo: (from: string, period: string) => `${from} – ${period}`,
      sinceJanuary: (year: string) => `depuis janvier ${year}`,
      cumulatedTarget: (span: string) => `cumulée ${span}`,
      cumulatedActual: (span: string) => `cumulé ${span}`,
      meanActual: (span: string) => `moyenne ${span}`,
      maxActual: (span: string) => `maximum ${span}`,
      prorated: 'au prorata',
      proratedValue: (value: string) => `${value} au prorata`,
      notProrated: (year: string) => `cible ${year}, non proratisée`,
      yearTarget: (year: string, value: string) => `${year}\u00a0: ${value}`,
      ofWhich: (period: string, value: string) => `${period}\u00a0: ${value}`,
      yearRate: (year: string, rate: string) => `${year}\u00a0: ${rate}`,
    },
    finalProgress: 'Vers la cible finale',
    finalProgressNote: (elapsed: string) => `à ${elapsed} du temps`,
    timeElapsed: 'Temps écoulé du plan',
    timeElapsedNote: (from: string, to: string, period: string) =>
      `plan ${from}-${to}, à la fin de ${period}`,
    /** The IPTT annex (Indicator Performance Tracking Table). */
    iptt: {
      title: 'Annexe : tableau de suivi des indicateurs (IPTT)',
      intro: (years: string, subYears: string | null) =>
        `Pour chaque indicateur, la cible, le réalisé et le taux de chaque période : les années du plan (${years})${subYears ? ` et ${subYears}` : ''}, puis, dans la colonne du plan, la cible finale, le réalisé à ce jour et le progrès vers la cible finale.`,
      reading:
        'Un indicateur cumulatif (un flux dont les cibles sont cumulées) donne à chaque période le total depuis le début du plan, face à la cible cumulée à la fin de la période. Un flux à cibles annuelles donne le flux de la période seule, face à la cible du plan pour cette période ; quand le plan n’en donne pas pour un trimestre, c’est la part de la cible de l’année (au prorata des mois). Un niveau ou un jalon donne sa valeur à la fin de la période, face à la cible de ce moment. Une période en cours donne le réalisé à la date du rapport, face à toute sa cible ; une période à venir, sa cible seule. Un jalon n’a pas de taux avant l’année où il est dû.',
      subYears: (kind: string, year: string) => `les ${kind} de ${year}`,
      kinds: { quarter: 'trimestres', semester: 'semestres' },
      table: (axis: string, label: string) => `IPTT de l’axe ${axis} : ${label}`,
      measure: 'Mesure',
      plan: (years: string | null) => (years ? `Plan ${years}` : 'Plan'),
      target: 'Cible',
      actual: 'Réalisé',
      rate: '%',
      cumulative: (year: string) => `cumulatif (total depuis ${year})`,
      perPeriod: 'non cumulatif (flux de chaque période)',
      level: 'non cumulatif (valeur en fin de période)',
      baseline: (value: string, year: string | null) => `référence ${value}${year ? ` (${year})` : ''}`,
      inProgress: (period: string) => `à ${period}`,
    },
    /** Why a rate changed since P−1: what the actual and the target did. */
    moves: {
      actualUnchanged: (value: string) => `réalisé inchangé (${value})`,
      onlyTarget: (from: string, to: string) => `seule la cible a bougé\u00a0: ${from} → ${to}`,
      actualBy: (delta: string) => `réalisé ${delta}`,
      actualFromTo: (from: string, to: string) => `réalisé\u00a0: ${from} → ${to}`,
      targetBy: (delta: string) => `cible ${delta}`,
      targetFromTo: (from: string, to: string) => `cible\u00a0: ${from} → ${to}`,
      targetUnchanged: 'cible inchangée',
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
    replacedBy: (file: string) => `remplacé par ${file} : ne compte pas`,
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
        `Méthode retenue pour ce rapport : ${method}. Un flux (nombre de personnes assistées, montant décaissé) se mesure en ratio ; un niveau (taux, effectif à une date) avec une valeur de référence se mesure en progression ; un niveau sans référence, en ratio. Sous l’intitulé de chaque indicateur, le tableau de l’axe dit la méthode de son taux et pourquoi : « ratio · flux », « progression · niveau », « ratio · niveau sans référence », ou « choisie au plan » quand le plan ou l’indicateur fixe la méthode.`,
      milestone:
        'Jalons (oui/non) : oui vaut 100 %, non vaut 0 %. Indicateurs à étapes : étape atteinte / étape attendue.',
      notDue: (symbol: string, word: string) =>
        `Un jalon (ou une étape) est dû à la fin de la période que nomme sa cible — une année, ou une colonne infra-annuelle — et n’est jamais proratisé : en cours d’année, il est jugé sur la cible échue à la dernière fin d’année passée. Tant que sa cible à la période est « non » (ou l’étape 0), ou qu’aucune cible n’est encore échue, il est « ${word} » (${symbol}) : pas de taux, hors des moyennes et de la couverture, compté à part parmi les statuts ; s’il est déjà atteint, le tableau l’indique (« atteint en avance »). Exemple : « Cible 2022 : non », « Cible 2023 : oui » — non échu au T4 2022 et aux T1 à T3 2023, évalué au T4 2023. Sans aucune cible annuelle (seulement une cible finale), un jalon n’a pas de taux : il n’est jamais jugé sur sa cible finale en cours de plan.`,
      maintain:
        'Indicateurs « maintien » (une situation à conserver, par exemple un taux de satisfaction de 60 % chaque année) : 100 % tant que le réalisé atteint la cible, sinon réalisé / cible. La valeur de référence n’y entre pas : il n’y a pas de chemin à parcourir, seulement un niveau à tenir.',
      raw: 'Le taux d’un indicateur est affiché tel quel : il peut dépasser 100 % (▲ cible dépassée) ou être négatif quand la situation s’éloigne de la cible.',
      targetsTitle: 'Cibles',
      targetAtPace:
        'Un rapport en cours d’année ne compare pas quelques mois de réalisations à la cible de toute l’année : le réalisé est comparé à la cible à la période du rapport. C’est, dans cet ordre, la cible que le plan donne pour la période elle-même (colonnes « Cible 2023-T1 », « Cible 2023-S1 » ou « Cible 2023-03 ») ; en fin d’année (T4, 2e semestre, décembre ou l’année), la cible de l’année ; sinon la part de la cible de l’année due à la fin de la période, au prorata des mois écoulés : cible de l’année précédente + (cible de l’année − cible de l’année précédente) × mois écoulés / 12. Exemple : un flux dont les cibles des années précédentes totalisent 800 et dont la cible de 2023 est de 1 000 a pour cible à T1 2023 : 800 + 1 000 × 3/12 = 1 050. Avant la première cible du plan, le calcul part de la valeur de référence pour un niveau et de 0 pour un flux. Les jalons et les indicateurs à étapes ne sont jamais proratisés. Sous chaque cible, le tableau de l’axe dit d’où elle vient ; la cible de l’année figure à côté.',
      targetAtYear:
        'Base des cibles de ce rapport : l’année entière. Le réalisé est comparé à la cible de toute l’année de la période, même en cours d’année (option --target-basis year, ou « Base des cibles » du plan) ; les cibles infra-annuelles du plan ne sont pas utilisées. En cours d’année, les taux sont donc plus bas que le rythme prévu.',
      targets:
        'La cible d’une année : une cible « cumulée » est lue telle quelle dans la colonne de l’année ; pour un flux dont les cibles sont annuelles, les cibles des années du plan jusqu’à cette année s’additionnent.',
      spans:
        'Chaque cible et chaque réalisé disent ce qu’ils couvrent. Un flux (une somme sur les périodes : personnes assistées, montants) est cumulé depuis la première année du plan : sa cible et son réalisé se lisent « cumulée 2020-2022 », et sous eux figurent la cible que le plan donne pour l’année seule (pour des cibles annuelles, la colonne de l’année ; pour des cibles cumulées, l’écart avec l’année précédente), le réalisé de l’année seule et celui de la période seule, puis le taux de l’année (réalisé de l’année / cible de l’année). Un niveau (dernière valeur, moyenne, maximum) a pour cible celle que le plan donne pour l’année, ou une part de celle-ci marquée « au prorata » ; une cible au prorata n’est jamais présentée comme un chiffre du plan.',
      finalTarget:
        'La colonne « Vers la cible finale » donne le progrès vers la cible de fin du plan (le taux par rapport à elle, par la méthode de l’indicateur), à lire à côté de la part du temps du plan écoulée à la fin de la période (mois écoulés / mois du plan, en tête de la colonne). Les cibles d’un plan ne suivent pas toujours le temps pas à pas : le statut se juge sur la cible à la période, pas sur cette comparaison.',
      changes:
        'Sous l’évolution d’un taux depuis la période précédente figurent l’évolution du réalisé et celle de la cible : un taux peut baisser sans que rien n’ait reculé, quand la cible a avancé (au prorata du temps) et que le réalisé n’a pas bougé ; le tableau le dit alors en toutes lettres.',
      iptt: 'Le tableau de suivi des indicateurs (IPTT), en annexe, donne pour chaque indicateur la cible, le réalisé et le taux de chaque année du plan et de chaque trimestre de l’année du rapport. Un indicateur cumulatif (flux à cibles cumulées) y donne des totaux depuis le début du plan ; un flux à cibles annuelles, le flux de chaque période face à la cible du plan pour elle ; un niveau ou un jalon, sa valeur en fin de période.',
      aggregationTitle: 'Agrégation des valeurs et des taux',
      overPeriods:
        'Les valeurs d’une entité sont d’abord regroupées sur ses périodes jusqu’à celle du rapport, selon l’agrégation de l’indicateur : somme (flux), dernière valeur, moyenne ou maximum.',
      acrossEntities:
        'Puis les entités sont réunies : leurs effectifs et montants s’additionnent, les taux et moyennes se moyennent ; un pourcentage rapporté avec numérateur et dénominateur est recalculé (somme des numérateurs / somme des dénominateurs), jamais moyenné.',
      rollup: (ceiling: string) =>
        `Le taux d’un résultat est la moyenne pondérée des taux de ses indicateurs renseignés, celui d’un axe la moyenne pondérée de ses résultats, celui du plan la moyenne pondérée de ses axes (poids 1 sauf indication du plan). Dans ces moyennes, chaque taux est ramené entre 0 et ${ceiling}, pour qu’un dépassement ne masque pas un retard ailleurs.`,
      coverage:
        'La couverture est la part des indicateurs échus qui ont au moins une valeur : un taux calculé sur peu d’indicateurs se lit avec prudence. Les jalons non échus n’y entrent pas, puisque rien n’en était encore attendu. Un taux d’axe ou de résultat ne compte que ses indicateurs qui ont un taux : ceux qu’il laisse de côté sont nommés à côté de lui (« Non comptés dans le taux »), avec la raison.',
      weights: (p: { weights: string | null; unweighted: string }) =>
        p.weights
          ? `Poids de ce plan (ceux qui ne valent pas 1) : ${p.weights}. Ils sont aussi indiqués à côté des taux qu’ils touchent. Sans aucune pondération des axes, le taux du plan serait de ${p.unweighted}.`
          : `Tous les poids de ce plan valent 1 : chaque indicateur compte autant dans son résultat, chaque résultat dans son axe, chaque axe dans le plan.`,
      statusesTitle: 'Statuts',
      statuses: (p: {
        onTrack: string;
        behind: string;
        symbols: Record<Status, string>;
        words: Record<Status, string>;
      }) =>
        `${p.symbols['on-track']} ${p.words['on-track']} : taux d’au moins ${p.onTrack} ; ${p.symbols.behind} ${p.words.behind} : au moins ${p.behind} ; ${p.symbols.critical} ${p.words.critical} : moins de ${p.behind} ; ${p.symbols['no-data']} ${p.words['no-data']} : aucune valeur ou taux non calculable ; ${p.symbols['not-due']} ${p.words['not-due']} : jalon dont rien n’est encore attendu. Chaque statut est donné par un symbole, un mot et une couleur.`,
      executionTitle: 'Exécution physique et financière',
      physical:
        'Exécution physique : activités réalisées parmi celles échues / activités échues à la période. Une activité est échue quand la période de fin que lui donne le plan (colonne Fin de la feuille Activités : une année ou une période) est passée ; sans Fin, elle est comptée comme échue, comme toutes celles d’un plan qui ne donne pas de Fin. Une activité réalisée avant son échéance est comptée à part (« en avance »). Chaque activité a le statut de son dernier rapport jusqu’à la période ; une activité sans rapport compte comme non réalisée. L’avancement moyen est la moyenne du dernier avancement connu (réalisée sans pourcentage = 100 %, non démarrée = 0 %).',
      financial:
        'Exécution financière : montants décaissés jusqu’à la période / budget total prévu par le plan pour toute sa durée ; quand le plan donne les budgets par année (colonnes « Budget 2022 »…), aussi / budget prévu jusqu’à la fin de l’année de la période. Elle n’est pas calculée (n.d.) quand le budget prévu manque ou est nul.',
      qualityTitle: 'Qualité des données',
      completeness:
        'Complétude : chaque entité responsable d’un indicateur en doit une valeur par période de la fréquence de l’indicateur (trimestrielle par défaut, semestrielle, mensuelle ou annuelle), du début du plan à la période du rapport. La complétude est la part de ces valeurs reçues. Un rapport est ce qu’une entité envoie pour une de ses périodes : elle rapporte au rythme de la plus fréquente de ses obligations (trimestriel si elle doit au moins un indicateur trimestriel), et les valeurs d’une période plus longue (un semestre, l’année) sont dues dans le rapport de la période qui la termine (le 2e trimestre, le 4e trimestre). Un rapport est reçu quand un fichier est arrivé pour cette entité et cette période ; incomplet quand il y manque des valeurs dues (« 3/6 » dans les tableaux par année : 3 valeurs renseignées sur 6 dues). Les constats clés, les tableaux de complétude, la promptitude et l’annexe Excel comptent tous ces mêmes rapports.',
      timeliness: (delay: string) =>
        `Promptitude : un rapport reçu est à temps si sa date de soumission (feuille Rapport) tombe au plus tard à l’échéance, ${delay} après la fin de sa période ; sinon il est en retard, et son retard se compte en jours après l’échéance (pas après la fin de la période). Rapports à temps + en retard + sans date = rapports reçus. Le taux porte sur les rapports datés.`,
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
    introDue: (period: string) =>
      `L’exécution physique rapporte les activités réalisées parmi celles échues à ${period} (dont la période de fin, colonne Fin du plan, est passée ; une activité sans Fin est comptée comme échue) au nombre d’activités échues ; celles réalisées avant leur échéance sont comptées à part.`,
    introUndated:
      'Le plan ne donne pas la période de fin des activités (colonne Fin de la feuille Activités) : l’exécution physique les compte toutes comme dues, y compris celles qui ne le sont peut-être pas encore.',
    introFinancial: (period: string, years: string | null) =>
      `L’exécution financière rapporte les montants décaissés jusqu’à ${period} au budget total prévu par le plan${years ? ` pour ${years}` : ''}, et au budget prévu jusqu’à la fin de l’année quand le plan le donne par année.`,
    due: (period: string) => `Échues à ${period}`,
    doneDue: 'Réalisées (échues)',
    dueShort: 'Échues',
    aheadNote: (n: string) => `+${n} en avance`,
    physicalNote: (period: string) =>
      `Échues : activités dont la période de fin (colonne Fin du plan) est passée à ${period}, ou sans Fin. Exécution physique = réalisées parmi les échues / échues ; « en avance » : réalisées avant d’être échues. En cours, non démarrées, abandonnées, non renseignées : toutes les activités prévues.`,
    budgetTotal: (years: string | null) => (years ? `Budget total prévu (${years})` : 'Budget total prévu'),
    budgetToDate: (year: string) => `Budget prévu jusqu’à fin ${year}`,
    disbursedTo: (period: string) => `Décaissé jusqu’à ${period}`,
    financialRateTotal: 'Exécution financière (budget total)',
    financialRateToDate: (year: string) => `Exécution financière (budget à fin ${year})`,
    physicalRateDue: 'Exécution physique (réalisées / échues)',
    schedule: 'Période prévue',
    scheduleNote: (span: string, due: string) => `prévue ${span} · ${due}`,
    notDue: 'pas encore échue',
    dueSince: 'échue',
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
      'nothing-due': 'aucune activité échue',
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
      indicator: { one: 'valeur renseignée', other: 'valeurs renseignées' },
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
      `${p.values} sur ${p.expectedValues} (une par indicateur, entité responsable et période) ; ${p.reports} sur ${p.expectedReports}${p.partial ? `, dont ${p.partial}` : ''} (un rapport : ce qu’une entité envoie pour une de ses périodes de rapportage)`,
    rateAt: (period: string, rate: string) => `${period} : ${rate}`,
    timeliness: 'Promptitude',
    timelinessText: (p: {
      received: string;
      onTime: string;
      late: string;
      undated: string | null;
      delay: string;
    }) =>
      `Sur ${p.received} : ${p.onTime}, ${p.late}${p.undated ? `, ${p.undated} (hors calcul)` : ''} ; échéance ${p.delay} après la fin de la période, retards comptés à partir de l’échéance`,
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
    resubmissions: 'Rapports remplacés par une nouvelle soumission',
    resubmissionsText: (replaced: string) =>
      `${replaced} : seules les valeurs et activités de la soumission la plus récente comptent (même entité et période, date de soumission plus tardive) ; la ponctualité retient la première date`,
    resubmissionsTitle: 'Rapports remplacés (resoumissions) : ces fichiers ne comptent plus',
    replaced: 'Rapport remplacé',
    replacedBy: 'Remplacé par',
    replacedOn: (earlier: string, later: string) => `soumis le ${earlier}, remplacé le ${later}`,
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
      partial:
        'reçu en partie (n valeurs renseignées sur m attendues ; le symbole devant dit s’il est arrivé à temps)',
    },
    lateTitle:
      'Rapports reçus en retard, par entité (le détail des dates est dans l’annexe Excel, feuille Qualité)',
    datedReports: 'Rapports datés',
    lateReports: 'En retard',
    worstDelay: 'Plus long retard (jours après l’échéance)',
    latePeriods: 'Périodes (jours après l’échéance)',
    lateBy: (period: string, days: string) => `${period.replace(/ /g, '\u00a0')}\u00a0(${days})`,
    submittedOn: 'Soumis le',
    deadline: 'Échéance',
    daysLate: 'Jours après l’échéance',
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
      iptt: 'IPTT',
      ipttLong: 'IPTT par période',
    },
    key: 'Élément',
    value: 'Valeur',
    planCode: 'Code du plan',
    planTitle: 'Titre',
    indicatorCount: 'Indicateurs',
    withData: 'Indicateurs renseignés',
    notDue: 'Indicateurs non échus',
    lastPeriod: 'Dernière période',
    severity: 'Gravité',
    detail: 'Détail',
    rateYear: 'Taux / cible de l’année',
    rateFinal: 'Taux / cible finale',
    previousRate: 'Taux précédent',
    previousStatus: 'Statut précédent',
    statusChanges: (since: string) => `Statuts qui ont changé depuis ${since}`,
    valueCount: 'Valeurs rapportées',
    /** The Indicateurs sheet: what each figure covers, the year's and the period's own, the change explained. */
    measure: 'Réalisé et cible',
    measures: {
      cumulated: (span: string) => `cumulés ${span}`,
      level: 'niveau à la période',
      mean: (span: string) => `moyenne ${span}`,
      max: (span: string) => `maximum ${span}`,
    },
    targetAtP: (period: string) => `Cible à ${period}`,
    actualAtP: (period: string) => `Réalisé à ${period}`,
    yearTargetOwn: (year: string) => `Cible ${year} (du plan pour l’année)`,
    yearActualOwn: (year: string) => `Réalisé ${year}`,
    yearRateOwn: (year: string) => `Taux ${year}`,
    periodActualOwn: (period: string) => `Réalisé ${period} seul`,
    timeElapsed: 'Temps écoulé du plan',
    changeRate: 'Évolution du taux (points)',
    changeActual: 'Évolution du réalisé',
    changeTarget: 'Évolution de la cible',
    changeMoved: 'Ce qui a bougé',
    moved: {
      actual: 'le réalisé',
      target: 'la cible seule (réalisé inchangé)',
      both: 'le réalisé et la cible',
      neither: 'rien',
    },
    /** The IPTT sheets. */
    cumulative: 'Cumulatif',
    period: 'Période',
    periodKind: 'Type de période',
    periodKinds: { quarter: 'trimestre', semester: 'semestre', month: 'mois', year: 'année' },
    state: 'État de la période',
    states: { ended: 'terminée', 'in-progress': 'en cours', future: 'à venir' },
    target: 'Cible',
    prorated: 'Cible au prorata',
    actual: 'Réalisé',
    rate: 'Taux',
    finalTarget: 'Cible finale',
    actualNow: (period: string) => `Réalisé à ${period}`,
    finalRate: 'Progrès vers la cible finale',
    ofPeriod: (period: string, what: string) => `${period} ${what}`,
    start: 'Début',
    end: 'Fin',
  },
  /** What only the Word report says: its headings beside the HTML's, its footer, its properties. */
  docx: {
    indicatorDetails: 'Évolution, ventilations et commentaires par indicateur',
    activities: 'Activités',
    tocNote:
      'Word inscrit les numéros de page de ce sommaire à l’ouverture du document (répondre « Oui » quand il propose de mettre à jour les champs) ; dans LibreOffice : Outils › Mettre à jour › Tout actualiser.',
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
      report: 'plan + classeurs de rapport → rapport (HTML, PDF, Word docx, annexe xlsx, modèle JSON)',
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
      forceOut:
        'supprimer de --out les sorties de ponam d’une autre période que ce rapport ne remplace pas (sinon refusé)',
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
      otherPeriodOutputs: (out: string, list: string, period: string) =>
        `le dossier de sortie ${out} contient des sorties de ponam d’une autre période, que ce rapport de ${period} laisserait à côté des siennes : ${list}`,
      otherPeriodOutputsHint: (formats: string) =>
        `ajoutez --force pour les supprimer (ponam ne supprime que ses propres sorties), choisissez un autre dossier avec --out, ou demandez aussi ces formats (--format ${formats})`,
      entityOrAll: 'indiquez --entity NOM ou --all-entities',
      configNoPlan: (file: string, at: { line: number; text: string } | null) =>
        at
          ? `aucun plan : la clé "plan" de ${file} est en commentaire (ligne ${at.line} : ${at.text})`
          : `aucun plan : ${file} n’a pas de clé "plan", et --plan n’est pas donné`,
      configNoPlanHint: (file: string, line: number | null) =>
        line
          ? `écrivez le chemin du plan à la ligne ${line} de ${file}, sans les // du début (par exemple "plan": "plan.xlsx",), ou donnez --plan FICHIER`
          : `ajoutez "plan": "plan.xlsx" à ${file} (le chemin du plan, relatif au fichier), ou donnez --plan FICHIER`,
      configNoData: (file: string, at: { line: number; text: string } | null) =>
        at
          ? `aucun classeur de rapport : la clé "data" de ${file} est en commentaire (ligne ${at.line} : ${at.text})`
          : `aucun classeur de rapport : ${file} n’a pas de clé "data", et aucun n’est donné sur la ligne de commande`,
      configNoDataHint: (file: string, line: number | null) =>
        line
          ? `écrivez les dossiers des rapports à la ligne ${line} de ${file}, sans les // du début (par exemple "data": ["rapports"],), ou listez-les après les options`
          : `ajoutez "data": ["rapports"] à ${file} (les dossiers des rapports), ou listez-les après les options`,
      noData: 'aucun classeur de rapport indiqué',
      noDataHint: 'ajoutez --data FICHIER|DOSSIER (ou listez-les après les options)',
      noWorkbook: 'aucun classeur indiqué',
      noWorkbookHint: 'ponam validate [--plan plan.xlsx] FICHIER|DOSSIER...',
      folderWithoutWorkbook: (path: string, skipped: string) =>
        `aucun classeur (.xlsx, .xls, .ods) ni fichier de valeurs (.csv) dans le dossier ${path}${skipped ? ` ; fichiers ignorés : ${skipped}` : ''}`,
      folderWithoutWorkbookHint:
        'vérifiez le chemin ; les fichiers d’un autre type (PDF, Word, texte…) ne sont pas lus : demandez les classeurs eux-mêmes',
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
        ENOENT: (path: string) =>
          `impossible d’écrire ${path} : le système n’y permet de créer ni fichier ni dossier (système de fichiers spécial, ou dossier disparu entre-temps)`,
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
      written: (file: string, plan: string | null, data: number) =>
        `${file} écrit : ${plan ? `plan ${plan}` : 'plan à choisir'}, ${data === 0 ? 'aucun rapport trouvé' : `${data} ${data === 1 ? 'emplacement' : 'emplacements'} de rapports`}`,
      noPlanFound: (file: string, line: number) =>
        `aucun plan trouvé : écrivez le chemin du plan à la clé "plan" de ${file} (ligne ${line}, sans les // du début)`,
      plansFound: (list: string, file: string, line: number) =>
        `plusieurs plans trouvés (${list}) : choisissez-en un à la clé "plan" de ${file} (ligne ${line}, sans les // du début)`,
      noDataFound: (file: string, line: number) =>
        `aucun rapport rempli trouvé : écrivez les dossiers des rapports à la clé "data" de ${file} (ligne ${line}, sans les // du début)`,
      blankLeftOut: (where: string, count: number) =>
        `${where} : ${count === 1 ? 'un modèle vierge' : `${count} modèles vierges`} (aucune valeur saisie), ${count === 1 ? 'laissé' : 'laissés'} hors de "data" ; ajoutez l’emplacement une fois les rapports remplis`,
      blankComment: (list: string) =>
        `Laissés de côté, car ils ne contiennent que des modèles vierges (aucune valeur) : ${list}`,
      next: 'lancez ensuite « ponam report »',
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
      noValues: (files: number, skipped: number) =>
        `Rapport non produit : aucune valeur dans les données (${files} classeur${files > 1 ? 's' : ''} donné${files > 1 ? 's' : ''}${skipped > 0 ? `, dont ${skipped} ignoré${skipped > 1 ? 's' : ''} : plan ou annexe de ponam` : ''}). Donnez avec --data les rapports reçus, remplis (colonne Valeur).`,
      periodWithoutValues: (period: string, covered: string, quarter: string | null) =>
        `Rapport non produit : aucune valeur ne compte à la période ${period}${quarter ? ` (un mois ; le trimestre qui le contient s'écrit ${quarter})` : ''} — une valeur compte à partir de la fin de sa période ; les données couvrent ${covered}. Choisissez --period parmi ces périodes ou après.`,
      periodsRange: (first: string, last: string, count: number) => `${first} à ${last} (${count} périodes)`,
      strict: (warnings: number) =>
        `--strict : ${warnings === 1 ? 'l’avertissement compte comme une erreur' : `les ${warnings} avertissements comptent comme des erreurs`}.`,
      maxWarnings: (warnings: number, max: number) =>
        `${warnings} avertissement${warnings > 1 ? 's' : ''}, plus que --max-warnings ${max} : classeurs refusés.`,
      removedOutput: (path: string, period: string) =>
        `supprimé (--force) : ${path}, du rapport de ${period}`,
      configuredPlan: (config: string, plan: string) =>
        `Classeurs vérifiés d’après le plan de ${config} : ${plan} (un plan nommé sur la ligne de commande serait vérifié comme plan, à sa place).`,
      noPlan:
        'Aucun plan donné : codes, entités et périodes non vérifiés par rapport au plan (ajoutez --plan plan.xlsx).',
      summary: (files: number, errors: number, warnings: number) =>
        `${files} fichier${files > 1 ? 's' : ''} vérifié${files > 1 ? 's' : ''} : ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}`,
      unreadable: (count: number) =>
        `${count} fichier${count > 1 ? 's' : ''} illisible${count > 1 ? 's' : ''} comme classeur .xlsx`,
      more: (count: number, code: string) => `… et ${count} autre${count > 1 ? 's' : ''} ${code}`,
      moreTitle: (count: number, code: string) =>
        count === 1 ? `1 autre ${code} non listé` : `${count} autres ${code} non listés`,
      validWorkbook: 'classeur valide',
      row: 'ligne',
    },
  },
};

export type Catalogue = typeof fr;

/** French takes the singular for 0 and 1 (`0 indicateur renseigné`, `1 indicateur renseigné`). */
function singular(formatted: string): boolean {
  return formatted === '0' || formatted === '1';
}

/** A list of moves after a lead (`: 2 en progrès, 1 en recul`), or nothing when none is given. */
function moves(a: string | null, b: string | null, lead: string, sep: string): string {
  const parts = [a, b].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? lead + parts.join(sep) : '';
}

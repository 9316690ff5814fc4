/**
 * The hostile corpus (issue 13): what a partner's file or a command line can hold, one case per
 * class and its neighbours. tests/hostile/hostile.test.ts runs each through the built binary in
 * its own folder and checks, besides what the case says:
 *   - the exit code; no stack trace; a non-zero exit prints at least one line;
 *   - no raw ESC (or other control character) anywhere, and no line starting with `::` except
 *     ponam's own annotations;
 *   - the inputs unchanged (sha256 before and after), no temporary file left anywhere;
 *   - a bound on wall time and peak memory (generous: CI machines are slow).
 * Files are made by tests/hostile/files.ts; `{dir}` in arguments is the case's folder.
 * Messages are checked in French (the default) and, where a case gives one, in English
 * (`LC_ALL=en_US.UTF-8`).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as f from './files.js';

export type Maker = () => Promise<Buffer> | Buffer | string;

export interface HostileCase {
  name: string;
  class: 'overwrite' | 'text-is-data' | 'limits' | 'sentence' | 'language' | 'options' | 'reader';
  /** Files made before the run, by path inside the case's folder; all are inputs checked unchanged. */
  files?: Record<string, Maker | string>;
  /** Anything else to prepare (folders, links, permissions), after the files. */
  setup?: (dir: string) => void;
  args: string[];
  env?: Record<string, string>;
  /** The exit code; several when the reader branch may still change which one (see the case). */
  exit: number | number[];
  /** What the output (stdout and stderr together) must match, in French; `en` when run in English too. */
  says?: RegExp[];
  en?: RegExp[];
  /** What it must not match. */
  never?: RegExp[];
  /** Paths that may change (written on purpose); every other file made is an input kept intact. */
  writes?: string[];
  /** Further checks on the folder once the run is over. */
  check?: (dir: string, out: { stdout: string; stderr: string }) => void;
  /** Raw ESC allowed in the output (a case about FORCE_COLOR). */
  colours?: boolean;
  /** Runs as an unprivileged user when the tests run as root (permissions are moot for root). */
  unprivileged?: boolean;
  seconds?: number;
  megabytes?: number;
}

const validate = (...args: string[]) => ['validate', '--plan', 'plan.xlsx', ...args];
const report = (...args: string[]) => ['report', '--plan', 'plan.xlsx', '--data', 'data', ...args];

/** 120 characters of Arabic: 240 bytes in UTF-8, two names sharing their first 110. */
const LONG_ARABIC = 'وزارة الداخلية والأمن '.repeat(6).slice(0, 110);
export const LONG_NAMES = [
  `${LONG_ARABIC}ـــ الشمال`.padEnd(120, 'ش'),
  `${LONG_ARABIC}ـــ الجنوب`.padEnd(120, 'ج'),
];

export const CASES: HostileCase[] = [
  // ---- Never overwrite a person's workbook -------------------------------------------------
  {
    name: 'template plan refuses an existing file and says --force exists',
    class: 'overwrite',
    files: { 'plan.xlsx': f.plan },
    args: ['template', 'plan', '--out', 'plan.xlsx'],
    exit: 2,
    says: [/plan\.xlsx existe déjà/, /--force/],
    en: [/plan\.xlsx already exists/, /--force/],
  },
  {
    name: 'template plan --force replaces an existing file',
    class: 'overwrite',
    files: { 'old.xlsx': 'not a workbook' },
    args: ['template', 'plan', '--out', 'old.xlsx', '--force'],
    exit: 0,
    writes: ['old.xlsx'],
    says: [/old\.xlsx/],
  },
  {
    name: 'template plan --out on a folder',
    class: 'overwrite',
    setup: (dir) => mkdirSync(join(dir, 'plans')),
    args: ['template', 'plan', '--out', 'plans'],
    exit: 2,
    says: [/--out doit nommer un classeur \.xlsx, or plans est un dossier/],
    en: [/--out must name an \.xlsx workbook, but plans is a folder/],
  },
  {
    name: "template report refuses a partner's filled report",
    class: 'overwrite',
    files: { 'plan.xlsx': f.plan, 'kayes.xlsx': () => f.goodData() },
    args: [
      'template',
      'report',
      '--plan',
      'plan.xlsx',
      '--entity',
      'DR Kayes',
      '--period',
      '2022-T3',
      '--out',
      'kayes.xlsx',
    ],
    exit: 2,
    says: [/kayes\.xlsx existe déjà/, /--force/],
    en: [/kayes\.xlsx already exists/],
  },
  {
    name: 'template report --all-entities writes nothing when one file exists',
    class: 'overwrite',
    files: { 'plan.xlsx': f.plan, 'modeles/OIM-2022-T3.xlsx': () => f.goodData('OIM') },
    args: [
      'template',
      'report',
      '--plan',
      'plan.xlsx',
      '--all-entities',
      '--period',
      '2022-T3',
      '--out',
      'modeles',
    ],
    exit: 2,
    says: [/OIM-2022-T3\.xlsx existe déjà/],
    check: (dir) => expectFiles(join(dir, 'modeles'), ['OIM-2022-T3.xlsx']),
  },
  {
    name: 'template report never writes over the plan, even with --force',
    class: 'overwrite',
    files: { 'plan.xlsx': f.plan },
    args: [
      'template',
      'report',
      '--plan',
      'plan.xlsx',
      '--entity',
      'OIM',
      '--period',
      '2022-T3',
      '--out',
      'plan.xlsx',
      '--force',
    ],
    exit: 2,
    says: [/plan\.xlsx est un des classeurs lus/],
    en: [/plan\.xlsx is one of the workbooks read/],
  },
  {
    name: 'report refuses an --out folder holding its data',
    class: 'overwrite',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: report('--out', 'data'),
    exit: 2,
    says: [/le dossier de sortie data contient un des classeurs lus \(data\/kayes\.xlsx\)/],
    en: [/the output folder data holds one of the workbooks read/],
    check: (dir) => expectFiles(join(dir, 'data'), ['kayes.xlsx']),
  },
  {
    name: 'report refuses an --out folder holding its inputs further down',
    class: 'overwrite',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: report('--out', '.'),
    exit: 2,
    says: [/contient un des classeurs lus/],
  },
  {
    name: 'report refuses an --out that is a link to the data folder',
    class: 'overwrite',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    setup: (dir) => symlinkSync(join(dir, 'data'), join(dir, 'sortie')),
    args: report('--out', 'sortie'),
    exit: 2,
    says: [/contient un des classeurs lus/],
  },
  {
    name: 'a data folder that cannot be listed',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    setup: (dir) => {
      mkdirSync(join(dir, 'data', 'prive'));
      chmodSync(join(dir, 'data', 'prive'), 0o000);
    },
    args: report('--out', 'out'),
    unprivileged: true,
    exit: 2,
    says: [/impossible de lire le dossier data\/prive : permission refusée/],
    en: [/cannot read the folder data\/prive: permission denied/],
  },
  {
    name: 'report refuses an --out that is a file',
    class: 'overwrite',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData(), 'notes.txt': 'mes notes' },
    args: report('--out', 'notes.txt'),
    exit: 2,
    says: [/--out doit être un dossier, or notes\.txt est un fichier/],
    en: [/--out must be a folder, but notes\.txt is a file/],
  },
  {
    name: 'report --out below a file',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData(), 'notes.txt': 'mes notes' },
    args: report('--out', 'notes.txt/rapport'),
    exit: 2,
    says: [/un élément du chemin est un fichier/],
    en: [/part of the path is a file/],
  },
  {
    name: 'report --out in a read-only folder',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    setup: (dir) => {
      mkdirSync(join(dir, 'lecture'));
      chmodSync(join(dir, 'lecture'), 0o555);
    },
    args: report('--out', 'lecture/rapport'),
    unprivileged: true,
    exit: 2,
    says: [/impossible d’écrire lecture\/rapport : permission refusée/, /--out/],
    en: [/cannot write lecture\/rapport: permission denied/],
  },
  {
    // Node's recursive mkdir retried forever there (issue 22): one level at a time, it ends at once.
    name: 'report --out where the system refuses a folder (/proc on Linux)',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: report('--out', '/proc/ponam-rapport/2025-T1'),
    exit: 2,
    seconds: 10,
    says: [
      /impossible d’écrire \/proc\/ponam-rapport\/2025-T1 : le système n’y permet de créer ni fichier ni dossier/,
      /--out/,
    ],
    en: [/cannot write \/proc\/ponam-rapport\/2025-T1: the system lets no file or folder be created there/],
  },
  {
    name: 'template report --all-entities --out where the system refuses a folder',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan },
    args: [
      'template',
      'report',
      '--plan',
      'plan.xlsx',
      '--period',
      '2022-T1',
      '--all-entities',
      '--out',
      '/proc/ponam-modeles',
    ],
    exit: 2,
    seconds: 10,
    says: [
      /impossible d’écrire \/proc\/ponam-modeles : le système n’y permet de créer ni fichier ni dossier/,
    ],
    en: [/cannot write \/proc\/ponam-modeles: the system lets no file or folder be created there/],
  },
  {
    name: 'template plan --out a file where the system refuses one (/proc)',
    class: 'sentence',
    args: ['template', 'plan', '--out', '/proc/ponam-plan.xlsx'],
    exit: 2,
    seconds: 10,
    says: [
      /impossible d’écrire \/proc\/ponam-plan\.xlsx : le système n’y permet de créer ni fichier ni dossier/,
    ],
    en: [/cannot write \/proc\/ponam-plan\.xlsx: the system lets no file or folder be created there/],
  },
  {
    name: 'report --out below a device (/dev/null)',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: report('--out', '/dev/null/rapport'),
    exit: 2,
    seconds: 10,
    says: [/impossible d’écrire \/dev\/null\/rapport : un élément du chemin est un fichier/],
    en: [/cannot write \/dev\/null\/rapport: part of the path is a file/],
  },

  // ---- Text is data -------------------------------------------------------------------------
  ...(['text', 'json', 'junit', 'github'] as const).map(
    (format): HostileCase => ({
      name: `a cell holding a newline, ::error:: and ESC, in validate --format ${format}`,
      class: 'text-is-data',
      files: { 'plan.xlsx': f.plan, 'kayes.xlsx': f.injected },
      args: validate('kayes.xlsx', '--format', format),
      exit: 1,
      // In JSON the backslashes of the escapes are themselves escaped.
      says: [/12\\+n::error::x/, /#\\+x23\[error\]y \\+u202eabc/],
      never: [/##\[error\]/],
    }),
  ),
  {
    name: "a cell holding a newline, ::error:: and ESC, in report's listing",
    class: 'text-is-data',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': f.injected },
    args: report('--out', 'out'),
    exit: 1,
    says: [/12\\n::error::x/, /Rapport non produit/],
    en: [/No report written/],
    check: (dir) => expectFiles(dir, ['data', 'plan.xlsx']),
  },
  {
    // The reader of the main branch refuses the reference as malformed XML (exit 2); the new
    // reader decodes it into a real ESC (exit 1, a type error quoting it escaped).
    name: 'ESC as an XML character reference',
    class: 'text-is-data',
    files: { 'plan.xlsx': f.plan, 'refs.xlsx': () => f.escapedRef('&#x1b;[31mred&#10;::error::ref') },
    args: validate('refs.xlsx'),
    exit: [1, 2],
  },
  {
    name: 'ESC as OOXML _x001B_',
    class: 'text-is-data',
    files: { 'plan.xlsx': f.plan, 'refs.xlsx': () => f.escapedRef('_x001B_[2J_x000A_::error::x001b') },
    args: validate('refs.xlsx'),
    exit: [1, 2],
  },
  {
    name: 'a file name holding ESC, a newline and ::error::',
    class: 'text-is-data',
    files: { 'plan.xlsx': f.plan, 'a\x1b[2Jb\n::error::c.xlsx': f.injected },
    args: validate('a\x1b[2Jb\n::error::c.xlsx', '--format', 'github'),
    exit: 1,
    says: [/a\\x1b\[2Jb\\n::error::c\.xlsx/],
  },
  {
    name: 'an entity and a sheet-level value holding ESC and a newline',
    class: 'text-is-data',
    files: { 'plan.xlsx': f.plan, 'names.xlsx': f.hostileNames },
    args: validate('names.xlsx'),
    exit: 1,
    says: [/Kayes(\\x1b)?\[2J\\n::error::entity/],
  },
  {
    name: '--entity holding ESC',
    class: 'text-is-data',
    files: { 'plan.xlsx': f.plan },
    args: [
      'template',
      'report',
      '--plan',
      'plan.xlsx',
      '--entity',
      'X\x1b]0;titre\x07',
      '--period',
      '2022-T3',
      '--out',
      'x.xlsx',
    ],
    exit: 2,
    says: [/X\\x1b\]0;titre\\x07/, /n’est pas une entité du plan/],
    en: [/is not an entity of the plan/],
  },
  {
    name: 'PONAM_BROWSER holding ESC',
    class: 'text-is-data',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: report('--out', 'out', '--format', 'pdf'),
    env: { PONAM_BROWSER: '/nulle/part\x1b]0;x\x07\n::error::b' },
    exit: 2,
    says: [/\/nulle\/part\\x1b\]0;x\\x07\\n::error::b/],
    writes: ['out'],
  },
  {
    name: 'an option value holding ESC',
    class: 'text-is-data',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: report('--out', 'out', '--format', '\x1b[2J\n::error::f'),
    exit: 2,
    says: [/--format : « \\x1b\[2J\\n::error::f » n'est pas accepté/, /html, json, pdf, xlsx/],
    en: [/--format: '\\x1b\[2J\\n::error::f' is not accepted/],
  },
  {
    name: 'an unknown option holding ESC',
    class: 'text-is-data',
    args: ['validate', '--\x1b[2Jx'],
    exit: 2,
    says: [/option inconnue : --\\x1b\[2Jx/],
    en: [/unknown option: --\\x1b\[2Jx/],
  },

  // ---- Limits -------------------------------------------------------------------------------
  {
    name: 'a 60 kB string in a thousand cells, validate --format json',
    class: 'limits',
    files: { 'plan.xlsx': f.plan, 'echo.xlsx': () => f.echoed() },
    args: validate('echo.xlsx', '--format', 'json'),
    exit: 1,
    check: (_dir, out) => {
      if (out.stdout.length > 1_000_000) throw new Error(`printed ${out.stdout.length} bytes`);
      const json = JSON.parse(out.stdout) as {
        issues: { message: string; value: string | null }[];
        omitted: { count: number }[];
      };
      if (json.issues.length > 60) throw new Error(`${json.issues.length} issues listed`);
      if (!json.issues.every((i) => i.message.length < 300 && (i.value ?? '').length <= 80))
        throw new Error('a message or value is not cut');
      if (!json.omitted.some((o) => o.count >= 900)) throw new Error('the issues left out are not counted');
    },
  },
  {
    name: 'a 60 kB string in a thousand cells, validate text',
    class: 'limits',
    files: { 'plan.xlsx': f.plan, 'echo.xlsx': () => f.echoed() },
    args: validate('echo.xlsx'),
    exit: 1,
    says: [/… et 950 autres type-error/, /x…/],
    en: [/… and 950 more type-error/],
    check: (_dir, out) => {
      if (out.stdout.length > 200_000) throw new Error(`printed ${out.stdout.length} bytes`);
    },
  },
  {
    name: 'a 60 kB string in a thousand cells, validate --format github',
    class: 'limits',
    files: { 'plan.xlsx': f.plan, 'echo.xlsx': () => f.echoed() },
    args: validate('echo.xlsx', '--format', 'github'),
    exit: 1,
    says: [/^::error file=echo\.xlsx,title=type-error::950 autres type-error non listés$/m],
  },

  // ---- A sentence for every failure -----------------------------------------------------------
  {
    name: 'report --plan on an empty folder named like a workbook',
    class: 'sentence',
    files: { 'data/kayes.xlsx': () => f.goodData() },
    setup: (dir) => mkdirSync(join(dir, 'vide.xlsx')),
    args: ['report', '--plan', 'vide.xlsx', '--data', 'data', '--out', 'out'],
    exit: 2,
    says: [/--plan attend un classeur, pas un dossier : vide\.xlsx/],
    en: [/--plan takes a workbook, not a folder: vide\.xlsx/],
    never: [/corrigez les erreurs ci-dessus/],
  },
  {
    name: 'report --plan on a folder of workbooks is refused, not the first one taken',
    class: 'sentence',
    files: { 'plans/a.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: ['report', '--plan', 'plans/', '--data', 'data', '--out', 'out'],
    exit: 2,
    says: [/--plan attend un classeur, pas un dossier/],
  },
  {
    name: 'template report --plan on a folder',
    class: 'sentence',
    files: { 'plans/a.xlsx': f.plan },
    args: [
      'template',
      'report',
      '--plan',
      'plans',
      '--entity',
      'OIM',
      '--period',
      '2022-T3',
      '--out',
      'x.xlsx',
    ],
    exit: 2,
    says: [/--plan attend un classeur, pas un dossier : plans/],
  },
  {
    name: 'report --data on a folder without workbooks',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'data/lisez-moi.txt': 'rien' },
    args: report('--out', 'out'),
    exit: 2,
    says: [
      /aucun classeur \(\.xlsx, \.xls, \.ods\) ni fichier de valeurs \(\.csv\) dans le dossier data ; fichiers ignorés : data\/lisez-moi\.txt/,
    ],
    en: [
      /no workbook \(\.xlsx, \.xls, \.ods\) nor values file \(\.csv\) in the folder data; files skipped: data\/lisez-moi\.txt/,
    ],
  },
  {
    name: 'template report --all-entities with long non-Latin names that collide once cut',
    class: 'sentence',
    files: { 'plan.xlsx': () => f.planWithEntities(LONG_NAMES) },
    args: [
      'template',
      'report',
      '--plan',
      'plan.xlsx',
      '--all-entities',
      '--period',
      '2022-T3',
      '--out',
      'modeles',
    ],
    exit: 0,
    writes: ['modeles'],
    check: (dir) => {
      const names = listFiles(join(dir, 'modeles'));
      if (names.length !== 2) throw new Error(`expected two templates, got ${names.join(', ')}`);
      for (const n of names)
        if (Buffer.byteLength(n) > 200) throw new Error(`name of ${Buffer.byteLength(n)} bytes`);
    },
  },
  {
    name: 'template report --period outside the plan',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan },
    args: [
      'template',
      'report',
      '--plan',
      'plan.xlsx',
      '--entity',
      'OIM',
      '--period',
      '2030-T1',
      '--out',
      'x.xlsx',
    ],
    exit: 2,
    says: [/la période 2030-T1 est hors des années du plan \(2021-2023\)/],
    en: [/the period 2030-T1 is outside the plan's years \(2021-2023\)/],
  },
  {
    name: 'validate -q --max-warnings 2 with three warnings says why',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'w.xlsx': f.threeWarnings },
    args: validate('w.xlsx', '-q', '--max-warnings', '2'),
    exit: 1,
    says: [/avertissements, plus que --max-warnings 2/],
    en: [/warnings, more than --max-warnings 2/],
  },
  {
    name: 'validate --strict says that warnings count as errors',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'w.xlsx': f.threeWarnings },
    args: validate('w.xlsx', '--strict'),
    exit: 1,
    says: [/--strict : les \d+ avertissements comptent comme des erreurs/],
    en: [/--strict: the \d+ warnings count as errors/],
  },
  {
    name: 'validate --strict --format json says why on stderr',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'w.xlsx': f.threeWarnings },
    args: validate('w.xlsx', '--strict', '--format', 'json', '-q'),
    exit: 1,
    says: [/--strict/],
  },
  {
    name: 'report --strict with warnings only',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan, 'data/w.xlsx': f.threeWarnings },
    args: report('--out', 'out', '--strict', '-q'),
    exit: 1,
    says: [/--strict : les \d+ avertissements comptent/, /Rapport non produit/],
  },
  {
    name: 'no command',
    class: 'sentence',
    args: [],
    exit: 2,
    says: [/indiquez une commande : report, demo, template, init, validate/],
    en: [/name a command: report, demo, template, init, validate/],
  },
  {
    name: 'an empty path among the workbooks (a shell variable left unset)',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan },
    args: validate(''),
    exit: 2,
    says: [/un chemin vide a été donné parmi les classeurs/],
    en: [/an empty path was given among the workbooks/],
  },
  {
    name: 'a missing file given as data',
    class: 'sentence',
    files: { 'plan.xlsx': f.plan },
    args: validate('absent.xlsx'),
    exit: 2,
    says: [/absent\.xlsx/, /fichier introuvable/],
  },

  // ---- One language -------------------------------------------------------------------------
  {
    name: 'a missing required option',
    class: 'language',
    args: ['report', '--data', 'x'],
    exit: 2,
    says: [/ponam : option obligatoire manquante : --plan/, /ponam report --help/],
    en: [/ponam: required option missing: --plan/],
  },
  {
    name: 'an unknown option, with did-you-mean',
    class: 'language',
    args: ['report', '--plan', 'p.xlsx', '--fromat', 'json'],
    exit: 2,
    says: [/option inconnue : --fromat \(vouliez-vous dire --format \?\)/],
    en: [/unknown option: --fromat \(did you mean --format\?\)/],
  },
  {
    name: 'an unknown command, with did-you-mean',
    class: 'language',
    args: ['valider'],
    exit: 2,
    says: [/commande inconnue : valider \(vouliez-vous dire validate \?\)/],
    en: [/unknown command: valider \(did you mean validate\?\)/],
  },
  {
    name: 'an option without its value',
    class: 'language',
    args: ['validate', 'x.xlsx', '--format'],
    exit: 2,
    says: [/l'option --format attend une valeur/],
    en: [/option --format needs a value/],
  },
  {
    name: 'an argument too many',
    class: 'language',
    args: ['template', 'plan', '--out', 'x.xlsx', 'en-trop'],
    exit: 2,
    says: [/n'accepte pas d'argument en plus des options \(reçu : en-trop\)/],
    en: [/takes no argument besides its options \(got: en-trop\)/],
  },
  {
    name: '--entity and --all-entities together',
    class: 'language',
    args: [
      'template',
      'report',
      '--plan',
      'p.xlsx',
      '--entity',
      'A',
      '--all-entities',
      '--period',
      '2022-T1',
      '--out',
      'o',
    ],
    exit: 2,
    says: [/--entity et --all-entities ne peuvent pas être utilisées ensemble/],
    en: [/--entity and --all-entities cannot be used together/],
  },
  {
    name: '--max-rows 0 names --max-rows',
    class: 'options',
    args: ['validate', 'x.xlsx', '--max-rows', '0'],
    exit: 2,
    says: [/--max-rows : « 0 » n'est pas accepté ; attendu : un nombre entier positif/],
    en: [/--max-rows: '0' is not accepted; expected a positive whole number/],
    never: [/maxRows/],
  },
  {
    name: 'option values are case-insensitive: --lang EN, --format JSON',
    class: 'options',
    files: { 'plan.xlsx': f.plan, 'kayes.xlsx': () => f.goodData() },
    args: validate('kayes.xlsx', '--lang', 'EN', '--format', 'JSON'),
    exit: 0,
    says: [/"schemaVersion"/],
  },
  {
    name: 'report --format PDF,Json is accepted',
    class: 'options',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: report('--out', 'out', '--format', 'Json'),
    exit: 0,
    writes: ['out'],
    says: [/out\/report\.json/],
  },
  {
    name: 'an invalid --period names the option',
    class: 'options',
    files: { 'plan.xlsx': f.plan, 'data/kayes.xlsx': () => f.goodData() },
    args: report('--out', 'out', '--period', '2022-T9'),
    exit: 2,
    says: [/--period : « 2022-T9 » n'est pas accepté ; attendu : 2022-T3/],
    en: [/--period: '2022-T9' is not accepted; expected 2022-T3/],
  },
];

/**
 * The reader's cases (zip limits, cell references, non-regular files, DOCTYPE, duplicate
 * sheets): done on the reader branch, checked by tests/hostile/reader.test.ts once it lands.
 */
export const READER_CASES: HostileCase[] = [
  {
    name: 'a zip whose directory lies about the inflated size',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'bomb.xlsx': () => f.lyingZip(64) },
    args: validate('bomb.xlsx', '--max-uncompressed-size', '1'),
    exit: 2,
    says: [/file-too-large/],
    megabytes: 250,
  },
  {
    name: 'a cell reference beyond XFD',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'xfd.xlsx': f.beyondXfd },
    args: validate('xfd.xlsx'),
    exit: 1,
    says: [/invalid-cell-ref/],
    seconds: 10,
  },
  {
    name: 'a FIFO given as a data workbook',
    class: 'reader',
    files: { 'plan.xlsx': f.plan },
    setup: (dir) => makeFifo(join(dir, 'fifo.xlsx')),
    args: validate('fifo.xlsx'),
    exit: 2,
    says: [/not-a-regular-file/],
    seconds: 10,
  },
  {
    name: '/dev/zero given as a data workbook',
    class: 'reader',
    files: { 'plan.xlsx': f.plan },
    args: validate('/dev/zero'),
    exit: 2,
    says: [/not-a-regular-file/],
    seconds: 10,
  },
  {
    name: 'a DOCTYPE in a worksheet',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'doctype.xlsx': f.withDoctype },
    args: validate('doctype.xlsx'),
    exit: 2,
  },
  {
    name: 'two sheets with the same name',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'twice.xlsx': f.duplicateSheets },
    args: validate('twice.xlsx'),
    exit: 1,
    says: [/duplicate-sheet/],
  },

  // Legacy workbooks (issue 21), read by SheetJS in a thread with time and memory limits.
  {
    name: 'an .xls cut at 60 % of its length',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'data/cut.xls': f.truncatedXls },
    args: report('--out', 'out'),
    exit: 2,
    says: [/data\/cut\.xls/, /le classeur est tronqué ou endommagé/, /demandez un nouvel envoi/],
    en: [/the workbook is truncated or damaged/],
    seconds: 15,
  },
  {
    name: 'an .xls whose sheets claim four billion rows and its strings two billion',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'huge.xls': f.hugeDimensionsXls },
    args: validate('huge.xls', '--format', 'json'),
    // The claims are not believed: the cells present are read, and the report is sound.
    exit: 0,
    check: (_dir, out) => {
      const json = JSON.parse(out.stdout) as { files: { path: string; valid: boolean }[] };
      if (!json.files.find((x) => x.path === 'huge.xls')?.valid)
        throw new Error('huge.xls not read as valid');
    },
    seconds: 15,
    megabytes: 400,
  },
  {
    name: 'an .xls whose container says its workbook stream is 4 GB',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'stream.xls': f.hugeStreamXls },
    args: validate('stream.xls'),
    exit: 2,
    says: [/stream\.xls/, /file-truncated/],
    seconds: 15,
  },
  {
    name: 'an .xls with a 20 000-cell formula chain and a formula 2 500 parentheses deep',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'deep.xls': f.deepFormulaXls },
    args: validate('deep.xls'),
    // Formulas are not evaluated: their saved results are read (the sheet Calculs has no role).
    exit: 0,
    seconds: 30,
  },
  {
    name: 'an .ods of 700 bytes repeating a row of 16 384 filled cells a million times',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'data/repeats.ods': f.repeatedRowsOds },
    args: report('--out', 'out'),
    exit: 2,
    says: [/data\/repeats\.ods/, /read-limit/, /enregistrez-le au format \.xlsx/],
    en: [/save it as \.xlsx/],
    seconds: 15,
    megabytes: 400,
  },
  {
    name: 'an .ods whose directory lies about the inflated size of content.xml',
    class: 'reader',
    files: { 'plan.xlsx': f.plan, 'lying.ods': f.lyingOds },
    args: validate('lying.ods', '--max-uncompressed-size', '1'),
    exit: 2,
    says: [/file-too-large/],
    seconds: 15,
    megabytes: 250,
  },
  {
    name: 'a folder holding a lock file, a PDF and a CSV besides the workbooks',
    class: 'reader',
    files: {
      'plan.xlsx': f.plan,
      'data/kayes.xlsx': () => f.goodData(),
      'data/~$kayes.xlsx': 'verrou',
      'data/oim.pdf': '%PDF-1.7\n',
      'data/segou.csv': 'Indicateur;Entité;Période;Valeur\nI1;OIM;2022-T2;12\n',
    },
    args: report('--out', 'out', '--format', 'json'),
    exit: 0,
    writes: ['out'],
    says: [
      /data\/~\$kayes\.xlsx\n\s+info\s+fichier de verrouillage/,
      /data\/oim\.pdf\n\s+info\s+ce n'est pas un classeur \(un document PDF\)/,
      /out\/report\.json/,
    ],
    en: [/lock file left by Excel or LibreOffice/, /not a workbook \(a PDF document\): skipped/],
  },
];

function listFiles(dir: string): string[] {
  return readdirSync(dir).sort();
}

function expectFiles(dir: string, names: string[]): void {
  const found = listFiles(dir);
  if (JSON.stringify(found) !== JSON.stringify([...names].sort()))
    throw new Error(`${dir} holds ${found.join(', ')}, expected ${names.join(', ')}`);
}

function makeFifo(path: string): void {
  execFileSync('mkfifo', [path]);
  writeFileSync(`${path}.note`, 'a FIFO, never opened for reading by ponam');
}

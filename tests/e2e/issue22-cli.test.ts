/**
 * Issue 22, the command line's contract where a run used to look fine and was not, through the
 * built binary (`npm test` builds first): every message is checked in French (the default) and
 * in English (`LC_ALL=en_US.UTF-8`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ponam, REPO, tempDir } from '../helpers/cli.js';
import { smallData, smallPlan, writeWorkbook } from '../helpers/workbooks.js';
import { findBrowser, skipWithoutBrowser } from '../pdf/find-browser.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

type Lang = 'fr' | 'en';

/** The binary in `cwd`, with a clean locale: French, or English through LC_ALL. */
function run(args: string[], cwd: string, lang: Lang = 'fr') {
  return ponam(args, { cwd, lang, timeout: 120_000 });
}

const scratch: string[] = [];
function dir(prefix: string): string {
  const d = tempDir(`ponam-22-${prefix}-`);
  scratch.push(d);
  return d;
}
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

describe('validate: every output format agrees with the exit code', () => {
  let d: string;
  beforeAll(async () => {
    d = dir('formats');
    await writeWorkbook(join(d, 'plan.xlsx'), smallPlan());
    // I2's value left blank: one missing-cell warning (Valeurs › B3), no error.
    await writeWorkbook(
      join(d, 'kayes.xlsx'),
      smallData('DR Kayes', '2022-T2', [
        ['I1', 40],
        ['I2', ''],
      ]),
    );
  });
  const validate = (extra: string[], lang: Lang = 'fr') =>
    run(['validate', '--plan', 'plan.xlsx', 'kayes.xlsx', ...extra], d, lang);

  it.each([
    ['--max-warnings', '0'],
    ['--strict', ''],
  ] as const)('%s: the JUnit file fails where the exit code does (1), and says why', (flag, value) => {
    for (const lang of ['fr', 'en'] as const) {
      const r = validate([flag, ...(value ? [value] : []), '--format', 'junit'], lang);
      expect(r.code).toBe(1);
      const suite = /<testsuite name="kayes\.xlsx" tests="(\d+)" failures="(\d+)"/.exec(r.stdout);
      expect(suite?.slice(1)).toEqual(['1', '1']);
      expect(r.stdout).toMatch(/<testsuites name="ponam validate" tests="\d+" failures="1" errors="0">/);
      expect(r.stdout).toMatch(
        /<testcase classname="kayes\.xlsx" name="missing-cell kayes\.xlsx › Valeurs › B3">/,
      );
      const why =
        flag === '--strict'
          ? lang === 'fr'
            ? '--strict : l’avertissement compte comme une erreur.'
            : '--strict: the warning counts as an error.'
          : lang === 'fr'
            ? '1 avertissement, plus que --max-warnings 0 : classeurs refusés.'
            : '1 warning, more than --max-warnings 0: workbooks refused.';
      expect(r.stdout).toContain(why);
    }
  });

  it('under the limit the same warning passes everywhere: JUnit, JSON, GitHub and exit 0', () => {
    const junit = validate(['--max-warnings', '1', '--format', 'junit']);
    expect(junit.code).toBe(0);
    expect(junit.stdout).toMatch(/<testsuite name="kayes\.xlsx" tests="1" failures="0"/);
    expect(junit.stdout).toContain('<system-out>warning missing-cell');
    const json = validate(['--max-warnings', '1', '--format', 'json']);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as { valid: boolean; files: { path: string; valid: boolean }[] };
    expect(out.valid).toBe(true);
    expect(out.files.find((f) => f.path === 'kayes.xlsx')?.valid).toBe(true);
    const github = validate(['--max-warnings', '1', '--format', 'github']);
    expect(github.code).toBe(0);
    expect(github.stdout).toMatch(/^::warning file=kayes\.xlsx,title=missing-cell \(Valeurs › B3\)::/m);
  });

  it('over the limit, JSON says the file and the run are invalid, as the exit code does', () => {
    const r = validate(['--max-warnings', '0', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { valid: boolean; files: { path: string; valid: boolean }[] };
    expect(out.valid).toBe(false);
    expect(out.files.find((f) => f.path === 'kayes.xlsx')?.valid).toBe(false);
    expect(out.files.find((f) => f.path === 'plan.xlsx')?.valid).toBe(true);
  });

  it('over the limit, the GitHub annotation of a failing warning is an error', () => {
    for (const lang of ['fr', 'en'] as const) {
      const r = validate(['--max-warnings', '0', '--format', 'github'], lang);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^::error file=kayes\.xlsx,title=missing-cell \(Valeurs › B3\)::/m);
      expect(r.stdout).not.toMatch(/^::warning/m);
      expect(r.stdout).toContain(
        lang === 'fr' ? 'plus que --max-warnings 0 : classeurs refusés.' : 'more than --max-warnings 0',
      );
    }
  });
});

describe('--lang accepts fr or en only: anything else is a usage error, whatever the command', () => {
  const d = () => dir('lang');
  it.each([
    [['--lang', 'de', '--help'], 'ponam'],
    [['--lang=de', '--version'], 'ponam'],
    [['validate', '--lang', 'de', 'plan.xlsx'], 'ponam validate'],
    [['report', '--lang', 'DE'], 'ponam report'],
    [['template', 'plan', '--out', 'x.xlsx', '--lang', 'es'], 'ponam template plan'],
  ])('%j exits 2, naming fr and en, in the language of the locale', (args, command) => {
    const cwd = d();
    const value = args.find((a) => /^(de|DE|es)$/.test(a)) ?? 'de';
    const fr = run(args, cwd, 'fr');
    expect(fr.code).toBe(2);
    expect(fr.stdout).toBe('');
    expect(fr.stderr).toContain(`ponam : --lang : « ${value} » n'est pas accepté ; attendu : fr ou en`);
    expect(fr.stderr).toContain(`lancez « ${command} --help » pour voir les options`);
    const en = run(args, cwd, 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`--lang: '${value}' is not accepted; expected fr or en`);
    expect(en.stderr).toContain(`run '${command} --help' to see the options`);
  });

  it('--lang en and --lang FR still work', () => {
    expect(run(['--lang', 'en', '--version'], dir('lang-ok')).code).toBe(0);
    expect(run(['--lang', 'FR', '--help'], dir('lang-ok')).stdout).toContain('Utilisation');
  });
});

describe('the top-level help lists every report format, docx included', () => {
  it.each(['fr', 'en'] as const)('%s', (lang) => {
    const r = run(['--help'], dir('help'), lang);
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      lang === 'fr'
        ? 'rapport (HTML, PDF, Word docx, annexe xlsx, modèle JSON)'
        : 'report (HTML, PDF, Word docx, xlsx annex, JSON model)',
    );
  });
});

describe('--compare given something else than a report.json says so, naming the file', () => {
  let d: string;
  beforeAll(async () => {
    d = dir('compare');
    await writeWorkbook(join(d, 'plan.xlsx'), smallPlan());
    mkdirSync(join(d, 'data'));
    await writeWorkbook(join(d, 'data', 'kayes.xlsx'), smallData('DR Kayes', '2022-T2', [['I1', 40]]));
    writeFileSync(join(d, 'notes.json'), '{"period": "2022-T1"}');
  });
  const compare = (file: string, lang: Lang) =>
    run(['report', '--plan', 'plan.xlsx', '--data', 'data', '--out', 'out', '--compare', file], d, lang);

  it('a workbook (not JSON at all): no « Unexpected token »', () => {
    const fr = compare('plan.xlsx', 'fr');
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain(
      '--compare plan.xlsx : ce n’est pas un report.json de ponam (le fichier n’est pas du JSON)',
    );
    expect(fr.stderr).toContain('donnez le report.json d’un rapport publié par ponam');
    expect(fr.stderr).not.toMatch(/Unexpected|token|JSON\.parse/);
    const en = compare('plan.xlsx', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--compare plan.xlsx: not a ponam report.json (the file is not JSON)');
    expect(en.stderr).not.toMatch(/Unexpected|token/);
  });

  it('JSON that is not a report, and a file that does not exist', () => {
    expect(compare('notes.json', 'fr').stderr).toContain(
      '--compare notes.json : ce n’est pas un report.json de ponam (champ « schemaVersion » absent ou invalide)',
    );
    expect(compare('notes.json', 'en').stderr).toContain(
      "--compare notes.json: not a ponam report.json (field 'schemaVersion' missing or invalid)",
    );
    const missing = compare('absent.json', 'fr');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--compare absent.json : fichier introuvable');
    expect(compare('absent.json', 'en').stderr).toContain('--compare absent.json: file not found');
  });
});

describe('validate in a configured folder: a workbook named is classified by its content', () => {
  let d: string;
  beforeAll(async () => {
    d = dir('classify');
    await writeWorkbook(join(d, 'plan.xlsx'), smallPlan());
    mkdirSync(join(d, 'rapports'));
    await writeWorkbook(join(d, 'rapports', 'kayes.xlsx'), smallData('DR Kayes', '2022-T2', [['I1', 40]]));
    // A second, blank plan: the Indicateurs sheet holds only its header.
    await writeWorkbook(join(d, 'plan-blank.xlsx'), { Indicateurs: [smallPlan().Indicateurs[0]] });
    writeFileSync(join(d, 'ponam.config.json'), '{ "plan": "plan.xlsx", "data": ["rapports"] }\n');
  });
  interface Files {
    valid: boolean;
    files: { path: string; role: string; valid: boolean }[];
    issues: { code: string; file: string }[];
  }
  const json = (args: string[]) => {
    const r = run(['validate', ...args, '--format', 'json'], d);
    return { code: r.code, out: JSON.parse(r.stdout) as Files };
  };

  it('a plan named is validated as a plan, not as data against the configured plan (exit 1: no indicator)', () => {
    const { code, out } = json(['plan-blank.xlsx']);
    expect(code).toBe(1);
    expect(out.files.map((f) => [f.path, f.role, f.valid])).toEqual([['plan-blank.xlsx', 'plan', false]]);
    expect(out.issues.map((i) => [i.code, i.file])).toContainEqual(['no-indicators', 'plan-blank.xlsx']);
  });

  it('data named are checked against the configured plan, and the text output says which', () => {
    const { code, out } = json(['rapports/kayes.xlsx']);
    expect(code).toBe(0);
    expect(out.files.map((f) => [f.path, f.role])).toEqual([
      ['plan.xlsx', 'plan'],
      ['rapports/kayes.xlsx', 'data'],
    ]);
    expect(run(['validate', 'rapports/kayes.xlsx'], d, 'fr').stdout).toContain(
      'Classeurs vérifiés d’après le plan de ponam.config.json : plan.xlsx',
    );
    expect(run(['validate', 'rapports/kayes.xlsx'], d, 'en').stdout).toContain(
      'Workbooks checked against the plan of ponam.config.json: plan.xlsx',
    );
  });

  it('nothing named: the configured plan and data, without that line', () => {
    const r = run(['validate'], d);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 fichiers vérifiés : 0 erreur');
    expect(r.stdout).not.toContain('d’après le plan de');
  });

  it('--plan names the plan: a plan among the workbooks named is data, skipped with a notice', () => {
    const { code, out } = json(['--plan', 'plan.xlsx', 'plan-blank.xlsx']);
    expect(code).toBe(0);
    expect(out.files.map((f) => [f.path, f.role])).toEqual([
      ['plan.xlsx', 'plan'],
      ['plan-blank.xlsx', 'data'],
    ]);
    expect(out.issues.map((i) => i.code)).toEqual(['plan-in-data']);
  });
});

describe('ponam init leaves blank templates out of data, and points at what is left to fill in', () => {
  let d: string;
  let init: ReturnType<typeof run>;
  let config: string;
  beforeAll(async () => {
    d = dir('init');
    await writeWorkbook(join(d, 'plan.xlsx'), smallPlan());
    mkdirSync(join(d, 'rapports'));
    await writeWorkbook(join(d, 'rapports', 'kayes.xlsx'), smallData('DR Kayes', '2022-T2', [['I1', 40]]));
    // modeles/: the partners' blank templates, as ponam writes them (DR Kayes and OIM).
    const made = run(
      [
        'template',
        'report',
        '--plan',
        'plan.xlsx',
        '--period',
        '2022-T2',
        '--all-entities',
        '--out',
        'modeles',
      ],
      d,
    );
    expect(made.code, made.stderr).toBe(0);
    // recus/: one template filled in and sent back, one still blank.
    mkdirSync(join(d, 'recus'));
    await writeWorkbook(join(d, 'recus', 'oim.xlsx'), smallData('OIM', '2022-T2', [['I1', 25]]));
    const blank = run(
      [
        'template',
        'report',
        '--plan',
        'plan.xlsx',
        '--period',
        '2022-T2',
        '--entity',
        'DR Kayes',
        '--out',
        'recus/kayes-vierge.xlsx',
      ],
      d,
    );
    expect(blank.code, blank.stderr).toBe(0);
    init = run(['init'], d);
    config = readFileSync(join(d, 'ponam.config.json'), 'utf8');
  });

  it('data names the filled reports only: rapports and recus/oim.xlsx, not modeles nor the blank one', () => {
    expect(init.code, init.stderr).toBe(0);
    expect(config).toMatch(/^ {2}"data": \["rapports", "recus\/oim\.xlsx"\],$/m);
    expect(config).toContain(
      '// Laissés de côté, car ils ne contiennent que des modèles vierges (aucune valeur) : modeles/, recus/kayes-vierge.xlsx',
    );
    expect(init.stderr).toContain(
      'modeles/ : 2 modèles vierges (aucune valeur saisie), laissés hors de "data"',
    );
    expect(init.stderr).toContain(
      'recus/kayes-vierge.xlsx : un modèle vierge (aucune valeur saisie), laissé hors de "data"',
    );
  });

  it('says the same in English', () => {
    const en = dir('init-en');
    const copy = run(
      [
        'template',
        'report',
        '--plan',
        join(d, 'plan.xlsx'),
        '--period',
        '2022-T2',
        '--all-entities',
        '--out',
        'modeles',
      ],
      en,
      'en',
    );
    expect(copy.code, copy.stderr).toBe(0);
    const r = run(['init'], en, 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('modeles/: 2 blank templates (no value entered), left out of "data"');
    expect(r.stderr).toContain(
      'no filled report found: write the reports\' folders at the "data" key of ponam.config.json (line',
    );
    expect(r.stderr).toContain(
      'no plan found: write the plan\'s path at the "plan" key of ponam.config.json (line 5',
    );
  });

  it('the next ponam report reads no template: no warning, no template among the sources', () => {
    const r = run(['report', '--format', 'json'], d);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('missing-cell');
    const report = JSON.parse(readFileSync(join(d, 'out', 'report.json'), 'utf8')) as {
      sources: { path: string }[];
    };
    expect(report.sources.map((s) => s.path)).toEqual(['plan.xlsx', 'rapports/kayes.xlsx', 'recus/oim.xlsx']);
  });

  it("$schema is portable: a relative path to the running ponam's schema, never an absolute one", () => {
    const schema = /"\$schema": "([^"]+)"/.exec(config)?.[1] ?? '';
    expect(schema).not.toMatch(/^(\/|[A-Za-z]:)/);
    expect(existsSync(resolve(d, schema)), schema).toBe(true);
    expect(resolve(d, schema)).toBe(join(REPO, 'ponam.schema.json'));
  });

  it('$schema is ./node_modules/ponam/ponam.schema.json when ponam is installed in the folder', () => {
    const project = dir('init-npm');
    mkdirSync(join(project, 'node_modules', 'ponam'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'ponam', 'ponam.schema.json'), '{}');
    expect(run(['init'], project).code).toBe(0);
    expect(readFileSync(join(project, 'ponam.config.json'), 'utf8')).toContain(
      '"$schema": "./node_modules/ponam/ponam.schema.json",',
    );
  });
});

describe('a configured folder without a plan: the error names the configuration, its key and its line', () => {
  let d: string;
  beforeAll(async () => {
    d = dir('two-plans');
    await writeWorkbook(join(d, 'plan-2021.xlsx'), smallPlan());
    await writeWorkbook(join(d, 'plan-2024.xlsx'), smallPlan());
    mkdirSync(join(d, 'rapports'));
    await writeWorkbook(join(d, 'rapports', 'kayes.xlsx'), smallData('DR Kayes', '2022-T2', [['I1', 40]]));
  });

  it('init with two plans says to choose one at the "plan" key of ponam.config.json, line 5', () => {
    const fr = run(['init'], d);
    expect(fr.code).toBe(0);
    const config = readFileSync(join(d, 'ponam.config.json'), 'utf8');
    expect(config.split('\n')[4]).toBe(
      '  // "plan": "plan-2021.xlsx", // plusieurs plans trouvés : plan-2021.xlsx, plan-2024.xlsx',
    );
    expect(fr.stderr).toContain(
      'plusieurs plans trouvés (plan-2021.xlsx, plan-2024.xlsx) : choisissez-en un à la clé "plan" de ponam.config.json (ligne 5, sans les // du début)',
    );
    const en = run(['init', '--force'], d, 'en');
    expect(en.stderr).toContain(
      'several plans found (plan-2021.xlsx, plan-2024.xlsx): choose one at the "plan" key of ponam.config.json (line 5, without the leading //)',
    );
  });

  it('report, then template report: exit 2 naming ponam.config.json and its line 5, not « --plan manquante »', () => {
    run(['init', '--force'], d);
    for (const args of [
      ['report'],
      ['template', 'report', '--entity', 'OIM', '--period', '2022-T2', '--out', 'oim.xlsx'],
    ]) {
      const fr = run(args, d);
      expect(fr.code).toBe(2);
      expect(fr.stderr).not.toContain('option obligatoire manquante');
      expect(fr.stderr).toContain(
        'ponam : aucun plan : la clé "plan" de ponam.config.json est en commentaire (ligne 5 : // "plan": "plan-2021.xlsx", // plusieurs plans trouvés : plan-2021.xlsx, plan-2024.xlsx)',
      );
      expect(fr.stderr).toContain(
        'écrivez le chemin du plan à la ligne 5 de ponam.config.json, sans les // du début',
      );
      const en = run(args, d, 'en');
      expect(en.code).toBe(2);
      expect(en.stderr).toContain(
        'ponam: no plan: the "plan" key of ponam.config.json is commented out (line 5:',
      );
      expect(en.stderr).toContain(
        "write the plan's path on line 5 of ponam.config.json, without the leading //",
      );
    }
  });

  it('a configuration without the key at all says to add it; no data key likewise', () => {
    const bare = dir('bare-config');
    writeFileSync(join(bare, 'ponam.config.json'), '{ "lang": "fr" }\n');
    const noPlan = run(['report'], bare);
    expect(noPlan.code).toBe(2);
    expect(noPlan.stderr).toContain(
      'aucun plan : ponam.config.json n’a pas de clé "plan", et --plan n’est pas donné',
    );
    expect(noPlan.stderr).toContain('ajoutez "plan": "plan.xlsx" à ponam.config.json');
    expect(run(['report'], bare, 'en').stderr).toContain(
      'no plan: ponam.config.json has no "plan" key, and --plan is not given',
    );
    const noData = run(['report', '--plan', join(d, 'plan-2021.xlsx')], bare);
    expect(noData.code).toBe(2);
    expect(noData.stderr).toContain('aucun classeur de rapport : ponam.config.json n’a pas de clé "data"');
    expect(run(['report', '--plan', join(d, 'plan-2021.xlsx')], bare, 'en').stderr).toContain(
      'no reporting workbook: ponam.config.json has no "data" key',
    );
  });
});

describe('--out holding ponam outputs of another period: refused without --force, cleared with it', () => {
  let d: string;
  const report = (period: string, formats: string, extra: string[] = [], lang: Lang = 'fr') =>
    run(
      [
        'report',
        '--plan',
        'plan.xlsx',
        '--data',
        'data',
        '--period',
        period,
        '--format',
        formats,
        '--out',
        'out',
        ...extra,
      ],
      d,
      lang,
    );
  beforeAll(async () => {
    d = dir('out-periods');
    await writeWorkbook(join(d, 'plan.xlsx'), smallPlan());
    mkdirSync(join(d, 'data'));
    await writeWorkbook(join(d, 'data', 'kayes-T1.xlsx'), smallData('DR Kayes', '2022-T1', [['I1', 40]]));
    await writeWorkbook(join(d, 'data', 'kayes-T2.xlsx'), smallData('DR Kayes', '2022-T2', [['I1', 30]]));
  });
  const inOut = () => readdirSync(join(d, 'out')).sort();

  it('a T1 report (json, xlsx, docx), then T2 in html: exit 2 naming each T1 file, nothing written', () => {
    expect(report('2022-T1', 'json,xlsx,docx').code).toBe(0);
    writeFileSync(join(d, 'out', 'notes.txt'), 'mes notes');
    const fr = report('2022-T2', 'html');
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain(
      'ponam : le dossier de sortie out contient des sorties de ponam d’une autre période, que ce rapport de 2022-T2 laisserait à côté des siennes : out/report.json (2022-T1), out/annexe.xlsx (2022-T1), out/report.docx (2022-T1)',
    );
    expect(fr.stderr).toContain(
      'ajoutez --force pour les supprimer (ponam ne supprime que ses propres sorties), choisissez un autre dossier avec --out, ou demandez aussi ces formats (--format html,json,xlsx,docx)',
    );
    const en = report('2022-T2', 'html', [], 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      'ponam: the output folder out holds ponam outputs of another period, which this 2022-T2 report would leave beside its own: out/report.json (2022-T1), out/annexe.xlsx (2022-T1), out/report.docx (2022-T1)',
    );
    expect(en.stderr).toContain('add --force to remove them (ponam removes only its own outputs)');
    expect(inOut()).toEqual(['annexe.xlsx', 'notes.txt', 'report.docx', 'report.json']);
  });

  it('the same period with fewer formats, or another period with every format again: written, no word', () => {
    const same = report('2022-T1', 'html');
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toBe('');
    expect(inOut()).toEqual(['annexe.xlsx', 'notes.txt', 'report.docx', 'report.html', 'report.json']);
    const all = report('2022-T2', 'html,json,xlsx,docx');
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(d, 'out', 'report.json'), 'utf8')).period).toBe('2022-T2');
  });

  it('--force removes ponam’s own outputs of the other period only, and says so; a person’s files stay', async () => {
    expect(report('2022-T1', 'json,xlsx,docx,html').code).toBe(0);
    // A Word report saved since by a person (its properties no longer ponam's) is theirs now.
    const docx = join(d, 'out', 'report.docx');
    await rewriteZipEntry(docx, 'docProps/core.xml', (xml) =>
      xml.replace(
        '<cp:lastModifiedBy>ponam</cp:lastModifiedBy>',
        '<cp:lastModifiedBy>Aminata</cp:lastModifiedBy>',
      ),
    );
    const fr = report('2022-T2', 'html', ['--force']);
    expect(fr.code, fr.stderr).toBe(0);
    expect(fr.stderr).toContain('supprimé (--force) : out/report.json, du rapport de 2022-T1');
    expect(fr.stderr).toContain('supprimé (--force) : out/annexe.xlsx, du rapport de 2022-T1');
    expect(fr.stderr).not.toContain('report.docx');
    expect(inOut()).toEqual(['notes.txt', 'report.docx', 'report.html']);
    // English.
    expect(report('2022-T1', 'json', ['--force'], 'en').code).toBe(0);
    const en = report('2022-T2', 'html', ['--force'], 'en');
    expect(en.stderr).toContain('removed (--force): out/report.json, of the 2022-T1 report');
  });
});

/** Rewrites one entry of a zip (a .docx) the way an editor saving the file would, through Python's zipfile. */
async function rewriteZipEntry(path: string, entry: string, edit: (text: string) => string): Promise<void> {
  const script = `
import sys, zipfile, shutil
path, entry, text = sys.argv[1], sys.argv[2], sys.stdin.read()
tmp = path + '.tmp'
with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        dst.writestr(item, text.encode('utf-8') if item.filename == entry else src.read(item.filename))
shutil.move(tmp, path)
`;
  const current = spawnSync(
    '/usr/bin/python3',
    [
      '-c',
      'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8"), end="")',
      path,
      entry,
    ],
    { encoding: 'utf8' },
  );
  expect(current.status, current.stderr).toBe(0);
  const r = spawnSync('/usr/bin/python3', ['-c', script, path, entry], {
    input: edit(current.stdout),
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
}

const browser = findBrowser();
const noBrowser = skipWithoutBrowser(
  browser,
  'tests/e2e/issue22-cli.test.ts (a PDF of another period in --out)',
);

describe.skipIf(noBrowser)('a PDF of another period in --out is told by its title', () => {
  it('refused without --force, removed with it', async () => {
    const d = dir('out-pdf');
    await writeWorkbook(join(d, 'plan.xlsx'), smallPlan());
    mkdirSync(join(d, 'data'));
    await writeWorkbook(join(d, 'data', 'kayes.xlsx'), smallData('DR Kayes', '2022-T1', [['I1', 40]]));
    await writeWorkbook(join(d, 'data', 'kayes-T2.xlsx'), smallData('DR Kayes', '2022-T2', [['I1', 30]]));
    const base = [
      'report',
      '--plan',
      'plan.xlsx',
      '--data',
      'data',
      '--out',
      'out',
      '--browser',
      browser ?? '',
    ];
    const t1 = run([...base, '--period', '2022-T1', '--format', 'pdf'], d);
    expect(t1.code, t1.stderr).toBe(0);
    const t2 = run([...base, '--period', '2022-T2', '--format', 'html'], d, 'en');
    expect(t2.code).toBe(2);
    expect(t2.stderr).toContain(
      'which this 2022-T2 report would leave beside its own: out/report.pdf (2022-T1)',
    );
    const forced = run([...base, '--period', '2022-T2', '--format', 'html', '--force'], d);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain('supprimé (--force) : out/report.pdf, du rapport de 2022-T1');
    expect(readdirSync(join(d, 'out'))).toEqual(['report.html']);
  });
});

describe('--out is checked by making it before anything is read, and nothing is left when the run stops', () => {
  it('a report stopped by an error in the data leaves no empty --out folder behind', async () => {
    const d = dir('probe');
    await writeWorkbook(join(d, 'plan.xlsx'), smallPlan());
    mkdirSync(join(d, 'data'));
    await writeWorkbook(join(d, 'data', 'kayes.xlsx'), smallData('DR Kayes', '2022-T2', [['I1', 'douze']]));
    const r = run(['report', '--plan', 'plan.xlsx', '--data', 'data', '--out', 'sorties/2022-T2'], d);
    expect(r.code).toBe(1);
    expect(existsSync(join(d, 'sorties'))).toBe(false);
  });
});

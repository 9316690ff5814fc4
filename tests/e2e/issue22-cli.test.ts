/**
 * Issue 22, the command line's contract where a run used to look fine and was not, through the
 * built binary (`npm test` builds first): every message is checked in French (the default) and
 * in English (`LC_ALL=en_US.UTF-8`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, tempDir } from '../helpers/cli.js';
import { smallData, smallPlan, writeWorkbook } from '../helpers/workbooks.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

type Lang = 'fr' | 'en';

/** The binary in `cwd`, with a clean locale: French, or English through LC_ALL. */
function run(args: string[], cwd: string, lang: Lang = 'fr') {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^(LC_ALL|LC_MESSAGES|LANG|LANGUAGE|NO_COLOR|FORCE_COLOR|CI)$/.test(k))
      env[k] = v;
  Object.assign(env, lang === 'en' ? { LC_ALL: 'en_US.UTF-8' } : { LANG: 'fr_FR.UTF-8' }, { NO_COLOR: '1' });
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
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

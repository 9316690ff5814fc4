import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ponam, tempDir } from '../helpers/cli.js';
import { smallData, smallPlan, writeWorkbook } from '../helpers/workbooks.js';

/** Runs the binary with a clean locale: French unless `env` says otherwise. */
function run(args: string[], env: Record<string, string> = {}, cwd?: string) {
  return ponam(args, { cwd, env: { LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env } });
}

/** Words commander prints when left to itself, none of which may reach a French reader. */
const ENGLISH = /\b(Usage:|Options:|Commands:|Arguments:|display help|output the version|default:|error:)/;

describe('one language on the command line', () => {
  it('ponam --help is French by default and English with --lang en or an English locale', () => {
    const fr = run(['--help']);
    expect(fr.code).toBe(0);
    expect(fr.stdout).toMatch(/^Utilisation : ponam/);
    expect(fr.stdout).toMatch(/Commandes :/);
    expect(fr.stdout).not.toMatch(ENGLISH);
    for (const en of [run(['--help', '--lang', 'en']), run(['--help'], { LANG: 'en_US.UTF-8' })]) {
      expect(en.code).toBe(0);
      expect(en.stdout).toMatch(/^Usage: ponam/);
      expect(en.stdout).toMatch(/show this help/);
    }
  });

  it('ponam report --help is French by default and English with --lang en', () => {
    const fr = run(['report', '--help']);
    expect(fr.stdout).toMatch(/--plan <fichier>\s+classeur du plan/);
    // The default may be wrapped onto the next line by commander.
    expect(fr.stdout).toMatch(/\(par défaut :\s+html,json\)/);
    expect(fr.stdout).not.toMatch(ENGLISH);
    const en = run(['report', '--help', '--lang', 'EN']);
    expect(en.stdout).toMatch(/--plan <file>\s+plan workbook/);
    expect(en.stdout).toMatch(/\(default:\s+html,json\)/);
  });

  it('every command’s help is French by default', () => {
    for (const cmd of [['validate'], ['template'], ['template', 'plan'], ['template', 'report'], ['demo']]) {
      const r = run([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout, cmd.join(' ')).not.toMatch(ENGLISH);
    }
  });

  it('LC_ALL wins over LANG', () => {
    expect(run(['report'], { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }).stderr).toMatch(
      /option obligatoire manquante/,
    );
    expect(run(['report'], { LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' }).stderr).toMatch(
      /required option missing/,
    );
  });
});

describe('inputs and options', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir('ponam-cli-');
    mkdirSync(join(dir, 'rapports'));
    await writeWorkbook(join(dir, 'plan.xlsx'), smallPlan());
    await writeWorkbook(
      join(dir, 'rapports', 'kayes.xlsx'),
      smallData('DR Kayes', '2022-T2', [
        ['I1', 60],
        ['I2', 55],
      ]),
    );
    await writeWorkbook(
      join(dir, 'rapports', 'oim.xlsx'),
      smallData('OIM', '2022-T2', [
        ['I1', 40],
        ['I2', 45],
      ]),
    );
  });
  const report = (out: string, ...data: string[]) =>
    run(['report', '--plan', 'plan.xlsx', '--format', 'json', '--out', out, '--data', ...data], {}, dir);

  it('gives the same bytes whatever the order of the inputs', () => {
    expect(report('a', 'rapports/kayes.xlsx', 'rapports/oim.xlsx').code).toBe(0);
    expect(report('b', 'rapports/oim.xlsx', 'rapports/kayes.xlsx').code).toBe(0);
    expect(readFileSync(join(dir, 'a', 'report.json'))).toEqual(readFileSync(join(dir, 'b', 'report.json')));
  });

  it('reads a file reached twice once: a folder and a file in it', () => {
    expect(report('c', 'rapports', 'rapports/kayes.xlsx', './rapports/kayes.xlsx').code).toBe(0);
    expect(report('d', 'rapports').code).toBe(0);
    const c = JSON.parse(readFileSync(join(dir, 'c', 'report.json'), 'utf8'));
    expect(c.sources.map((s: { path: string }) => s.path)).toEqual([
      'plan.xlsx',
      'rapports/kayes.xlsx',
      'rapports/oim.xlsx',
    ]);
    expect(readFileSync(join(dir, 'c', 'report.json'))).toEqual(readFileSync(join(dir, 'd', 'report.json')));
  });

  it('accepts the report options the core takes, in any case, and names a bad value', () => {
    const ok = run(
      [
        'report',
        '--plan',
        'plan.xlsx',
        '--data',
        'rapports',
        '--format',
        'JSON',
        '--out',
        'e',
        '--target-basis',
        'YEAR',
        '--title',
        'Revue',
        '--subtitle',
        'T2',
        '--author',
        'Cellule S&E',
        '--institution',
        'Ministère',
        '--compare',
        'c/report.json',
      ],
      {},
      dir,
    );
    expect(ok.code, ok.stderr).toBe(0);
    const bad = run(
      ['report', '--plan', 'plan.xlsx', '--data', 'rapports', '--out', 'f', '--target-basis', 'month'],
      {},
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--target-basis : « month » n'est pas accepté ; attendu : pace ou year/);
  });

  it('refuses --compare inside --out: the earlier report would be replaced', () => {
    const r = run(
      ['report', '--plan', 'plan.xlsx', '--data', 'rapports', '--out', 'c', '--compare', 'c/report.json'],
      {},
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/contient un des classeurs lus \(c\/report\.json\)/);
  });

  it('colours with FORCE_COLOR, never with NO_COLOR', () => {
    const args = ['validate', '--plan', 'plan.xlsx', 'absent.xlsx'];
    expect(run(args, { NO_COLOR: '', FORCE_COLOR: '1' }, dir).stdout).toContain('\x1b[');
    expect(run(args, { NO_COLOR: '1', FORCE_COLOR: '1' }, dir).stdout).not.toContain('\x1b[');
    expect(run([...args, '--no-color'], { NO_COLOR: '', FORCE_COLOR: '1' }, dir).stdout).not.toContain(
      '\x1b[',
    );
  });

  it('ends quietly when its output is closed early (| head)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --help | head -1`], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'fr_FR.UTF-8' },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

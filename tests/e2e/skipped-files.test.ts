/**
 * The CLI contract of files not read (issue 21): `validate` names each in every format (a
 * `<skipped>` test in JUnit, `"skipped": true` in JSON, a `::notice` for GitHub), `report`
 * prints the notices and keeps them in the report's quality section, and a lock file named by a
 * shell glob no longer stops a report. Through the built binary: what is tested is what is printed
 * and written, and the exit codes.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ponam, REPO, tempDir } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 120_000 });

const FORMATS = join(REPO, 'tests', 'fixtures-formats');
let dir = '';

beforeAll(() => {
  dir = tempDir('ponam-skipped-');
  cpSync(join(FORMATS, 'plan.xlsx'), join(dir, 'plan.xlsx'));
  mkdirSync(join(dir, 'rapports'));
  cpSync(join(FORMATS, 'long', 'valeurs.xls'), join(dir, 'rapports', 'kayes.xls'));
  writeFileSync(join(dir, 'rapports', '~$kayes.xls'), 'verrou');
  writeFileSync(join(dir, 'rapports', 'notes.txt'), 'à relire');
  writeFileSync(join(dir, 'rapports', '.DS_Store'), 'macOS');
});

describe('validate names every file it does not read', () => {
  it('json: the file is listed, skipped and valid, with its skipped-file notice', () => {
    const run = ponam(['validate', '--plan', 'plan.xlsx', 'rapports', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      files: { path: string; skipped: boolean; valid: boolean; readable: boolean }[];
      issues: { code: string; file: string; severity: string; message: string }[];
    };
    expect(out.files.map((f) => [f.path, f.skipped, f.valid])).toEqual([
      ['plan.xlsx', false, true],
      ['rapports/kayes.xls', false, true],
      ['rapports/notes.txt', true, true],
      ['rapports/~$kayes.xls', true, true],
    ]);
    expect(out.issues.map((i) => [i.code, i.file, i.severity, i.message.slice(0, 40)])).toEqual([
      ['skipped-file', 'rapports/notes.txt', 'info', "ce n'est pas un classeur (un fichier tex"],
      ['skipped-file', 'rapports/~$kayes.xls', 'info', 'fichier de verrouillage laissé par Excel'],
    ]);
  });

  it('junit: a skipped test with the reason, never "valid workbook"', () => {
    const run = ponam(['validate', '--plan', 'plan.xlsx', 'rapports', '--format', 'junit', '--lang', 'en'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /<testsuite name="rapports\/~\$kayes\.xls" tests="1" failures="0" errors="0" skipped="1">\n {4}<testcase classname="rapports\/~\$kayes\.xls" name="skipped-file">\n {6}<skipped message="lock file left by Excel or LibreOffice/,
    );
    expect(run.stdout).toMatch(/<skipped message="not a workbook \(a text file\): skipped\./);
  });

  it('github: a notice per file', () => {
    const run = ponam(['validate', '--plan', 'plan.xlsx', 'rapports', '--format', 'github'], { cwd: dir });
    expect(run.stdout).toMatch(
      /^::notice file=rapports\/notes\.txt,title=skipped-file::rapports\/notes\.txt: ce n'est pas un classeur \(un fichier texte\)/m,
    );
    expect(run.stdout).toMatch(/^::notice file=rapports\/~\$kayes\.xls,title=skipped-file::/m);
  });

  it('text: a line each, system files (.DS_Store) passed over', () => {
    const run = ponam(['validate', '--plan', 'plan.xlsx', 'rapports'], { cwd: dir });
    expect(run.stdout).toContain(
      "rapports/notes.txt\n  info  ce n'est pas un classeur (un fichier texte) : ignoré",
    );
    expect(run.stdout).not.toContain('DS_Store');
  });
});

describe('report names them too', () => {
  it('prints each notice, writes the report, and lists them in its quality section', () => {
    const run = ponam(
      ['report', '--plan', 'plan.xlsx', '--data', 'rapports', '--out', 'out', '--format', 'json,html'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/rapports\/~\$kayes\.xls\n {2}info {2}fichier de verrouillage/);
    expect(run.stderr).toMatch(/rapports\/notes\.txt\n {2}info {2}ce n'est pas un classeur/);
    const json = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as {
      quality: { issues: { code: string; file: string }[] };
      sources: { path: string }[];
      indicators: { code: string; actual: number | null }[];
    };
    expect(json.quality.issues.map((i) => [i.code, i.file])).toEqual([
      ['skipped-file', 'rapports/notes.txt'],
      ['skipped-file', 'rapports/~$kayes.xls'],
    ]);
    // Sources are the files read; the .xls's values are in the figures (I1: 1 919, see formats.test.ts).
    expect(json.sources.map((s) => s.path)).toEqual(['plan.xlsx', 'rapports/kayes.xls']);
    expect(json.indicators.find((i) => i.code === 'I1')?.actual).toBe(1919);
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toContain('fichier de verrouillage laissé par Excel ou LibreOffice');
  });

  it('a lock file named by a shell glob (rapports/*) is a notice, not a refusal', () => {
    const run = ponam(
      [
        'report',
        '--plan',
        'plan.xlsx',
        '--out',
        'glob',
        '--format',
        'json',
        'rapports/kayes.xls',
        'rapports/~$kayes.xls',
      ],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('fichier de verrouillage');
    expect(run.stderr).not.toMatch(/CSV/);
  });
});

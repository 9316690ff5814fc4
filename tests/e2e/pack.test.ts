import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/cli.js';
import { skipWithout } from '../helpers/tools.js';

/**
 * Issue 17: the packed package installs and runs as a user gets it. `npm pack` (its `prepack`
 * builds dist/; here dist/ is already built by `npm test`, so the pack runs no script and
 * cannot race the other tests' binary), then a global install into a temporary prefix with
 * scripts disabled, then `ponam` run from another folder. The package itself declares no
 * install-time script (npm 11 warns about `prepare` on a tarball install: there is none).
 */
const npm = !skipWithout(['npm'], 'the packed package, installed globally');

describe.skipIf(!npm)('the packed package, installed globally', () => {
  let prefix: string;
  let elsewhere: string;
  let bin: string;
  const env = () => ({
    ...process.env,
    PATH: `${join(prefix, 'bin')}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    NO_COLOR: '1',
    LANG: 'fr_FR.UTF-8',
    LC_ALL: '',
  });

  beforeAll(() => {
    const dir = tempDir('ponam-pack-');
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--json'], {
      cwd: REPO,
      encoding: 'utf8',
    });
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info.files.map((f) => f.path);
    expect(files).toContain('dist/cli/index.js');
    expect(files).toContain('bin/ponam.js');
    expect(files).toContain('LICENSE');
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('tests/'))).toBe(false);
    prefix = join(dir, 'prefix');
    const install = spawnSync(
      'npm',
      [
        'install',
        '-g',
        '--prefix',
        prefix,
        '--ignore-scripts',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        join(dir, info.filename),
      ],
      { cwd: dir, encoding: 'utf8', timeout: 200_000 },
    );
    expect(install.status, install.stderr).toBe(0);
    bin = join(prefix, 'bin', 'ponam');
    elsewhere = tempDir('ponam-elsewhere-');
  });

  it('declares no script that an install would run', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const name of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[name], name).toBeUndefined();
    expect(pkg.scripts.prepack).toMatch(/build/);
  });

  it('runs ponam --version from another folder', () => {
    const r = spawnSync(bin, ['--version'], { cwd: elsewhere, encoding: 'utf8', env: env() });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });

  it('runs ponam demo from another folder, writing there', () => {
    const r = spawnSync(bin, ['demo'], { cwd: elsewhere, encoding: 'utf8', env: env(), timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(elsewhere, 'out')).sort()).toEqual(['report.html', 'report.json']);
  });

  it('runs ponam validate on the bundled example from another folder', () => {
    const example = join(prefix, 'lib', 'node_modules', 'ponam', 'fixtures', 'ponam-2020-2024');
    expect(existsSync(join(example, 'plan.xlsx'))).toBe(true);
    const r = spawnSync(bin, ['validate', '--plan', join(example, 'plan.xlsx'), join(example, 'data')], {
      cwd: elsewhere,
      encoding: 'utf8',
      env: env(),
      timeout: 120_000,
    });
    expect([0, 1], r.stdout + r.stderr).toContain(r.status);
    expect(r.stdout).toMatch(/fichiers vérifiés/);
  });
});

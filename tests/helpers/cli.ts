import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'ponam.js');
export const DEMO = join(REPO, 'fixtures', 'ponam-2020-2024');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary (`npm test` builds first) as a user would. */
export function ponam(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'ponam-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * The one harness for the tests that run the built binary (`npm test` builds first): where it is
 * and how it is started. Every test that spawns `bin/ponam.js` goes through `ponam`, `ponamAsync`
 * or `ponamSpawn`; those that must build their own command line (a wrapper such as
 * /usr/bin/time, another user) take it from `ponamArgv`.
 *
 * Spawn the binary only to test the CLI contract (exit codes, messages, files written); test
 * figures in-process (tests/helpers/in-process.ts).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'ponam.js');
export const DEMO = join(REPO, 'fixtures', 'ponam-2020-2024');

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Why the process could not be started or was stopped (a time-out). */
  error?: Error;
}

export interface PonamOptions {
  /** Where the binary runs; the repository by default. */
  cwd?: string;
  /**
   * A clean locale: the locale variables (and CI) of the test's environment are dropped, then
   * French through LANG or English through LC_ALL. Without it the environment is passed as is.
   */
  lang?: 'fr' | 'en';
  /** Added over the environment (after NO_COLOR=1 and the locale). */
  env?: Record<string, string>;
  /** Node flags before the binary (`--max-old-space-size=128`). */
  node?: string[];
  /** Milliseconds; 180 000 by default. */
  timeout?: number;
  /** Written to the binary's standard input. */
  input?: string;
}

const LOCALE = /^(LC_ALL|LC_MESSAGES|LANG|LANGUAGE|NO_COLOR|FORCE_COLOR|CI)$/;

/** The arguments after `node`: its flags, the binary, then ARGS. */
export function ponamArgv(args: readonly string[], node: readonly string[] = []): string[] {
  return [...node, BIN, ...args];
}

/** The environment the binary runs with: no colour, and the locale asked for. */
export function ponamEnv(options: Pick<PonamOptions, 'lang' | 'env'> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !(options.lang && LOCALE.test(k))) env[k] = v;
  env.NO_COLOR = '1';
  if (options.lang === 'en') env.LC_ALL = 'en_US.UTF-8';
  else if (options.lang === 'fr') env.LANG = 'fr_FR.UTF-8';
  return { ...env, ...options.env };
}

/** Runs the built binary as a user would, and waits for it. */
export function ponam(args: readonly string[], options: PonamOptions = {}): Run {
  const r = spawnSync(process.execPath, ponamArgv(args, options.node), {
    cwd: options.cwd ?? REPO,
    encoding: 'utf8',
    env: ponamEnv(options),
    timeout: options.timeout ?? 180_000,
    maxBuffer: 256 * 1024 * 1024,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

/** Starts the built binary and returns at once (signals, concurrent runs). */
export function ponamSpawn(args: readonly string[], options: Omit<PonamOptions, 'input'> = {}): ChildProcess {
  return spawn(process.execPath, ponamArgv(args, options.node), {
    cwd: options.cwd ?? REPO,
    env: ponamEnv(options),
    ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
  });
}

/** At most two runs at a time (two cores), so that a file can start all its runs in `beforeAll`. */
const LIMIT = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<void> {
  if (running < LIMIT) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** `ponam` without blocking the test's thread; `ms` is the run's wall-clock time. */
export async function ponamAsync(
  args: readonly string[],
  options: Omit<PonamOptions, 'input'> = {},
): Promise<Run & { ms: number }> {
  await slot();
  const started = Date.now();
  try {
    return await new Promise((resolve, reject) => {
      const child = ponamSpawn(args, { timeout: 180_000, ...options });
      let stdout = '';
      let stderr = '';
      child.stdout?.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
      });
      child.stderr?.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
      });
      child.on('error', reject);
      child.on('close', (code, signal) =>
        resolve({ code, signal, stdout, stderr, ms: Date.now() - started }),
      );
    });
  } finally {
    release();
  }
}

export function tempDir(prefix = 'ponam-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

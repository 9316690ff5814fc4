import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BIN } from '../helpers/cli.js';
import type { HostileCase } from './cases.js';
import { put } from './files.js';

/** A stack trace line as Node prints it. */
export const STACK = /\n\s+at .+\(?.+:\d+:\d+\)?/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly those characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const TIME = '/usr/bin/time';

export interface Outcome {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident memory of the run, when /usr/bin/time is there to measure it. */
  megabytes: number | null;
  /** Input files changed, or new files left where the case writes none. */
  changed: string[];
  left: string[];
}

export async function prepare(c: HostileCase): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'ponam-hostile-'));
  chmodSync(dir, 0o755);
  for (const [path, make] of Object.entries(c.files ?? {}))
    put(join(dir, path), typeof make === 'string' ? make : await make());
  c.setup?.(dir);
  return dir;
}

/** Runs a case in its folder, in French or English, and measures it from outside. */
export function run(c: HostileCase, dir: string, lang: 'fr' | 'en'): Outcome {
  const before = snapshot(dir);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (
      v !== undefined &&
      !/^(LC_ALL|LC_MESSAGES|LANG|LANGUAGE|NO_COLOR|FORCE_COLOR|CI|PONAM_BROWSER)$/.test(k)
    )
      env[k] = v;
  Object.assign(env, lang === 'en' ? { LC_ALL: 'en_US.UTF-8' } : { LANG: 'fr_FR.UTF-8' });
  if (!c.colours) env.NO_COLOR = '1';
  Object.assign(env, c.env ?? {});
  const timeFile = join(mkdtempSync(join(tmpdir(), 'ponam-time-')), 'time');
  writeFileSync(timeFile, '');
  chmodSync(join(timeFile, '..'), 0o777);
  chmodSync(timeFile, 0o666);
  const measured = existsSync(TIME);
  const command = measured
    ? [TIME, '-f', '%M %e', '-o', timeFile, process.execPath, BIN, ...c.args]
    : [process.execPath, BIN, ...c.args];
  const asUser = c.unprivileged && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const started = performance.now();
  const r = spawnSync(command[0], command.slice(1), {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: (c.seconds ?? 20) * 3000,
    maxBuffer: 256 * 1024 * 1024,
    ...asUser,
  });
  const wall = (performance.now() - started) / 1000;
  const [kb, secs] = measured ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number) : [];
  const after = snapshot(dir);
  const writes = (path: string) => (c.writes ?? []).some((w) => path === w || path.startsWith(`${w}/`));
  const changed = [...before]
    .filter(([path, hash]) => !writes(path) && after.get(path) !== hash)
    .map(([p]) => p);
  const left = [...after.keys()].filter(
    (path) => (!before.has(path) && !writes(path)) || /\.tmp$/.test(path),
  );
  return {
    code: r.status,
    signal: r.signal,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    seconds: Number.isFinite(secs) ? (secs as number) : wall,
    megabytes: Number.isFinite(kb) ? (kb as number) / 1024 : null,
    changed,
    left,
  };
}

/** Not root, or root able to run the binary as user 65534 (what `unprivileged` cases need). */
export function canRunUnprivileged(): boolean {
  if (process.getuid?.() !== 0) return true;
  const probe = spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534, encoding: 'utf8' });
  return probe.status === 0;
}

/** Every file below `dir` with its sha256 (FIFOs and other special files by kind only). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      out.set(relative(dir, d), 'unreadable folder');
      return;
    }
    for (const name of names) {
      const full = join(d, name);
      const s = lstatSync(full);
      const rel = relative(dir, full);
      if (s.isDirectory()) walk(full);
      else if (s.isFile()) out.set(rel, createHash('sha256').update(readFileSync(full)).digest('hex'));
      else out.set(rel, s.isSymbolicLink() ? 'link' : 'special');
    }
  };
  walk(dir);
  return out;
}

/** The checks every case shares; returns what failed, as sentences (empty: all good). */
export function commonProblems(c: HostileCase, o: Outcome): string[] {
  const problems: string[] = [];
  const all = `${o.stdout}\n${o.stderr}`;
  const exits = Array.isArray(c.exit) ? c.exit : [c.exit];
  if (o.code === null || !exits.includes(o.code))
    problems.push(`exit ${o.code} (signal ${o.signal}), expected ${exits.join(' or ')}`);
  if (STACK.test(all)) problems.push('a stack trace was printed');
  if (o.code !== 0 && all.trim() === '') problems.push('a failing run printed nothing');
  if (!c.colours && CONTROL.test(all))
    problems.push(`a raw control character: ${JSON.stringify(all.match(CONTROL)?.[0])}`);
  for (const line of all.split('\n'))
    if (/^\s*::/.test(line) && !/^::(error|warning|notice) file=[^\s]*,title=[^:]*::/.test(line))
      problems.push(`a line starts with '::' that is no annotation of ponam: ${line.slice(0, 120)}`);
  if (o.changed.length) problems.push(`inputs changed: ${o.changed.join(', ')}`);
  if (o.left.length) problems.push(`files left: ${o.left.join(', ')}`);
  if (o.seconds > (c.seconds ?? 20)) problems.push(`took ${o.seconds} s`);
  if (o.megabytes !== null && o.megabytes > (c.megabytes ?? 400))
    problems.push(`peaked at ${o.megabytes.toFixed(0)} MB`);
  return problems;
}

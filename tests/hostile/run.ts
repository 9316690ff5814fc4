import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BIN, ponamArgv, REPO } from '../helpers/cli.js';
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
  // As root, a permission case runs as user 65534, from a copy of the binary it can reach if need be.
  const asNobody = c.unprivileged === true && process.getuid?.() === 0;
  const node = asNobody ? unprivilegedCommand() : [process.execPath, ...ponamArgv([])];
  const command = measured ? [TIME, '-f', '%M %e', '-o', timeFile, ...node, ...c.args] : [...node, ...c.args];
  const asUser = asNobody ? { uid: NOBODY, gid: NOBODY } : {};
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

const NOBODY = 65534;
let nobodyCommand: string[] | null = null;
let nobodyCopy: string | null = null;

/** Removes the copy `unprivilegedCommand` made, if any (call it in `afterAll`). */
export function removeUnprivilegedCopy(): void {
  if (nobodyCopy) rmSync(nobodyCopy, { recursive: true, force: true });
  nobodyCopy = null;
  nobodyCommand = null;
}

/** Whether user 65534 can run `node [BIN] --version`. */
function nobodyRuns(command: readonly string[]): boolean {
  const probe = spawnSync(command[0], [...command.slice(1), '--version'], {
    uid: NOBODY,
    gid: NOBODY,
    cwd: tmpdir(),
    encoding: 'utf8',
  });
  return probe.status === 0;
}

/**
 * Node and the binary as user 65534 (nobody) can run them, for the permission cases when the
 * tests run as root (permissions are moot for root). Where nobody cannot reach the checkout — a
 * clone under /root, as in CI — what the binary needs at run time (bin, dist, templates,
 * package.json, node_modules, and Node itself if need be) is copied to a temporary folder it can
 * reach: hard links where the file system allows, copies otherwise; `removeUnprivilegedCopy`
 * removes it.
 * Never skipped: a machine where even that copy cannot run as nobody fails the cases.
 */
export function unprivilegedCommand(): string[] {
  if (nobodyCommand) return nobodyCommand;
  const here = [process.execPath, BIN];
  if (nobodyRuns(here)) {
    nobodyCommand = here;
    return here;
  }
  const root = mkdtempSync(join(tmpdir(), 'ponam-nobody-'));
  nobodyCopy = root;
  chmodSync(root, 0o755);
  const copy = (from: string, to: string) => {
    // -L: node_modules may be a link to a folder nobody cannot reach either.
    const linked = spawnSync('cp', ['-RL', '--link', from, to], { encoding: 'utf8' });
    if (linked.status === 0) return;
    rmSync(to, { recursive: true, force: true });
    const copied = spawnSync('cp', ['-RL', from, to], { encoding: 'utf8' });
    if (copied.status !== 0) throw new Error(`cannot copy ${from} for user ${NOBODY}: ${copied.stderr}`);
  };
  for (const part of ['bin', 'dist', 'templates', 'package.json', 'node_modules'])
    if (existsSync(join(REPO, part))) copy(join(REPO, part), join(root, part));
  spawnSync('chmod', ['-R', 'a+rX', root]);
  let node = process.execPath;
  if (!nobodyRuns([node])) {
    node = join(root, 'node');
    copy(process.execPath, node);
    chmodSync(node, 0o755);
  }
  const command = [node, join(root, 'bin', 'ponam.js')];
  if (!nobodyRuns(command))
    throw new Error(
      `running as root, user ${NOBODY} can run neither ${BIN} nor its copy in ${root}: the permission cases cannot run`,
    );
  nobodyCommand = command;
  return command;
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

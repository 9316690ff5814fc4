import { type ChildProcess, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ponamSpawn, tempDir } from '../helpers/cli.js';
import { browserRequired, findBrowser, skipWithoutBrowser } from '../pdf/find-browser.js';
import { goodData, plan, put } from './files.js';
import { STACK } from './run.js';

/**
 * Signals and children (issue 13): SIGTERM and SIGINT stop the real work with 143 and 130, leave
 * no half file and no browser behind; a browser that hangs is killed at the time limit (exit 2,
 * a sentence). The fake browser is a shell script that ignores every signal and sleeps.
 */
interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function start(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<Finished> } {
  const started = performance.now();
  const child = ponamSpawn(args, { cwd, env: { LANG: 'fr_FR.UTF-8', LC_ALL: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  const done = new Promise<Finished>((resolve) =>
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr, seconds: (performance.now() - started) / 1000 }),
    ),
  );
  return { child, done };
}

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  args: string;
}

/** Running processes, with parent, group and command line: from /proc on Linux (slim CI images lack `ps`), else `ps`. */
function processes(): Proc[] {
  if (existsSync('/proc/self/stat')) return fromProc();
  const out = spawnSync('ps', ['-eo', 'pid=,ppid=,pgid=,args='], { encoding: 'utf8' }).stdout ?? '';
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), pgid: Number(m[3]), args: m[4] }));
}

function fromProc(): Proc[] {
  const found: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses: read after the last ')'.
      const [, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      found.push({ pid: Number(name), ppid: Number(ppid), pgid: Number(pgid), args });
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}

async function waitFor<T>(find: () => T | undefined, seconds: number): Promise<T | undefined> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

const alive = (marker: string) => processes().filter((p) => p.args.includes(marker));

describe('signals and a browser that hangs', () => {
  let dir: string;
  let fake: string;
  beforeAll(async () => {
    dir = tempDir('ponam-signals-');
    put(join(dir, 'plan.xlsx'), await plan());
    put(join(dir, 'data', 'kayes.xlsx'), await goodData());
    // A unique name: `ps` then tells this test's fake browser from any other.
    fake = join(dir, `fake-browser-${process.pid}.sh`);
    writeFileSync(fake, "#!/bin/sh\ntrap '' TERM INT HUP\nsleep 1000\n");
    chmodSync(fake, 0o755);
  });
  afterAll(() => {
    for (const p of alive(fake)) process.kill(p.pid, 'SIGKILL');
  });

  const pdfArgs = (out: string, timeout: string) => [
    'report',
    '--plan',
    'plan.xlsx',
    '--data',
    'data',
    '--out',
    out,
    '--format',
    'html,pdf',
    '--browser',
    fake,
    '--pdf-timeout',
    timeout,
  ];

  /** No process left in the group the fake browser led (the script and its `sleep`). */
  const groupGone = (pgid: number) =>
    waitFor(() => (processes().some((p) => p.pgid === pgid) ? undefined : true), 5);

  it('kills a hanging browser at the time limit: exit 2, a sentence, no process left', async () => {
    const { child, done } = start(pdfArgs('out-timeout', '3'), dir);
    const browser = await waitFor(() => alive(fake).find((p) => p.ppid === child.pid), 30);
    expect(browser, 'the fake browser never started').toBeDefined();
    // The script and its `sleep`, both to be killed.
    const both = await waitFor(
      () => (processes().filter((p) => p.pgid === browser?.pgid).length >= 2 ? true : undefined),
      10,
    );
    expect(both).toBe(true);
    const r = await done;
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/le PDF n'a pas été produit en 3 s/);
    expect(r.stderr).toMatch(/le navigateur a été arrêté ; relancez avec --pdf-timeout 6/);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.seconds).toBeLessThan(20);
    expect(await groupGone(browser?.pgid as number)).toBe(true);
    expect(readdirSync(join(dir, 'out-timeout'))).toEqual(['report.html']);
  });

  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const) {
    it(`${signal} while the browser starts: exit ${code}, no PDF, no browser, no temporary file`, async () => {
      const out = `out-${signal}`;
      const { child, done } = start(pdfArgs(out, '120'), dir);
      const browser = await waitFor(() => alive(fake).find((p) => p.ppid === child.pid), 30);
      expect(browser, 'the fake browser never started').toBeDefined();
      child.kill(signal);
      const r = await done;
      expect(r.code, r.stderr).toBe(code);
      expect(r.stderr).toMatch(new RegExp(`interrompu \\(${signal}\\)`));
      expect(r.stderr).not.toMatch(STACK);
      expect(await groupGone(browser?.pgid as number)).toBe(true);
      const left = existsSync(join(dir, out)) ? readdirSync(join(dir, out)) : [];
      expect(left.filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
    });
  }
});

const browser = findBrowser();
const skip = skipWithoutBrowser(browser, 'SIGTERM during a real PDF run');

describe.skipIf(skip)('SIGTERM during a real PDF run', () => {
  it('stops with 143, writes no PDF and leaves no browser process', async () => {
    if (!browser)
      throw new Error(`${browserRequired ? 'PONAM_REQUIRE_BROWSER=1 and n' : 'N'}o browser found`);
    const dir = tempDir('ponam-sigterm-');
    const { child, done } = start(['demo', '--format', 'pdf', '--out', 'out', '--browser', browser], dir);
    // The browser is puppeteer's child, leader of its own process group.
    const launched = await waitFor(
      () =>
        processes().find((p) => p.ppid === child.pid && p.pid === p.pgid && /ponam-browser-/.test(p.args)),
      90,
    );
    expect(launched, 'the browser never started').toBeDefined();
    child.kill('SIGTERM');
    const r = await done;
    expect(r.code, r.stderr).toBe(143);
    const group = launched?.pgid as number;
    expect(await waitFor(() => (processes().some((p) => p.pgid === group) ? undefined : true), 5)).toBe(true);
    const left = existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : [];
    expect(left.filter((f) => f.endsWith('.pdf') || f.endsWith('.tmp'))).toEqual([]);
  });
});

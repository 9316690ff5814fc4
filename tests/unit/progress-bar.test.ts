import { Chalk } from 'chalk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CliContext } from '../../src/cli/context.js';
import { startProgressBar } from '../../src/cli/progress-bar.js';

function context(isTTY: boolean, quiet = false): CliContext {
  return {
    lang: 'fr',
    stdout: () => {},
    stderr: () => {},
    annotations: () => {},
    color: new Chalk({ level: 0 }),
    quiet,
    isTTY,
  };
}

describe('the progress bar of long runs', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  function run(ctx: CliContext, wanted = true): string {
    vi.useFakeTimers();
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const { listener, stop } = startProgressBar(ctx, wanted);
    vi.advanceTimersByTime(1500);
    listener?.file(0, 2, 'Kayes-2022-T3.xlsx');
    vi.advanceTimersByTime(200); // redrawn at most ten times a second
    listener?.sheet(50, 100);
    stop();
    return written.join('');
  }

  it('draws on a terminal after a second, then clears its line', () => {
    vi.stubEnv('CI', '');
    const out = run(context(true));
    expect(out).toContain(' 25 %  1/2  Kayes-2022-T3.xlsx');
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('stays silent off a terminal, with --quiet, in CI and for machine-readable output', () => {
    vi.stubEnv('CI', '');
    expect(run(context(false))).toBe('');
    expect(run(context(true, true))).toBe('');
    expect(run(context(true), false)).toBe('');
    vi.stubEnv('CI', 'true');
    expect(run(context(true))).toBe('');
  });
});

import type { ProgressListener } from '../core/load.js';
import { escapeText } from '../i18n/escape.js';
import type { CliContext } from './context.js';

/**
 * A progress bar on stderr for long runs: only on a terminal, never with --quiet, in CI
 * (`CI` set) or for machine-readable output, and only once a run has lasted a second.
 * Returns the listener to hand to the reading, and the function that removes the bar.
 */
export function startProgressBar(
  ctx: CliContext,
  wanted: boolean,
): { listener: ProgressListener | undefined; stop: () => void } {
  if (!wanted || !ctx.isTTY || ctx.quiet || process.env.CI) return { listener: undefined, stop: () => {} };
  const started = Date.now();
  let drawnAt = 0;
  let shown = false;
  let index = 0;
  let count = 1;
  let name = '';
  let within = 0;
  const draw = () => {
    const now = Date.now();
    if (now - started < 1000 || now - drawnAt < 100) return;
    drawnAt = now;
    shown = true;
    const fraction = Math.min((index + within) / count, 1);
    const width = 24;
    const filled = Math.round(fraction * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const escaped = escapeText(name);
    const file = escaped.length > 40 ? `…${escaped.slice(-39)}` : escaped;
    process.stderr.write(
      `\r${bar} ${String(Math.floor(fraction * 100)).padStart(3)} %  ${index + 1}/${count}  ${file}\x1b[K`,
    );
  };
  const listener: ProgressListener = {
    file(i, c, n) {
      index = i;
      count = Math.max(c, 1);
      name = n;
      within = 0;
      draw();
    },
    sheet(read, size) {
      within = size > 0 ? Math.min(read / size, 1) : 0;
      draw();
    },
  };
  return {
    listener,
    stop: () => {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

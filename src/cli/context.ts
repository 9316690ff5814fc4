import { Chalk, type ChalkInstance } from 'chalk';
import { guardLines } from '../i18n/escape.js';
import type { Lang } from '../i18n/index.js';

/** What every command needs from its surroundings: streams, language, and whether to colour or chatter. */
export interface CliContext {
  lang: Lang;
  /** A line (or block) of text on stdout; lines that would start with `::` are guarded (src/i18n/escape.ts). */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** ponam's own GitHub annotations, the only lines allowed to start with `::`. */
  annotations: (text: string) => void;
  color: ChalkInstance;
  quiet: boolean;
  isTTY: boolean;
}

export interface ContextOptions {
  lang: Lang;
  color?: boolean;
  quiet?: boolean;
  /** The stream the coloured text goes to: colour follows that stream being a terminal. */
  colorStream?: 'stdout' | 'stderr';
}

export function makeContext(opts: ContextOptions): CliContext {
  const stream = opts.colorStream === 'stdout' ? process.stdout : process.stderr;
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return {
    lang: opts.lang,
    stdout: (text) => process.stdout.write(line(guardLines(text))),
    stderr: (text) => process.stderr.write(line(guardLines(text))),
    annotations: (text) => process.stdout.write(line(text)),
    color: new Chalk({ level: colorLevel(opts.color, Boolean(stream.isTTY), process.env) }),
    quiet: Boolean(opts.quiet),
    isTTY: Boolean(process.stderr.isTTY),
  };
}

/**
 * `--no-color` first, then `NO_COLOR` (set and not empty), then `FORCE_COLOR` (`0`/`false` off,
 * `2`/`3` more colours, anything else on), then colour only on a terminal that is not `dumb`.
 * `NO_COLOR` wins over `FORCE_COLOR`: a person who asked for no colour gets none.
 */
export function colorLevel(flag: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    const v = force.trim().toLowerCase();
    if (v === '0' || v === 'false') return 0;
    if (v === '2') return 2;
    if (v === '3') return 3;
    return 1;
  }
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}

import { Chalk, type ChalkInstance } from 'chalk';

/** What every command needs from its surroundings: streams and whether to colour or chatter. */
export interface CliContext {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  color: ChalkInstance;
  quiet: boolean;
  isTTY: boolean;
}

export function makeContext(opts: { color?: boolean; quiet?: boolean }): CliContext {
  const isTTY = Boolean(process.stderr.isTTY);
  const wantsColor = opts.color !== false && !process.env.NO_COLOR && isTTY && process.env.TERM !== 'dumb';
  return {
    stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    color: new Chalk({ level: wantsColor ? 1 : 0 }),
    quiet: Boolean(opts.quiet),
    isTTY,
  };
}

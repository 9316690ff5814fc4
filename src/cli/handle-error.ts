import { displayPath, FolderError } from '../core/inputs.js';
import { WriteError } from '../core/write.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue } from '../i18n/index.js';
import { PonamError, UsageError } from '../model/errors.js';
import type { CliContext } from './context.js';
import { wordProblem } from './problems.js';

export { EXIT } from '../model/exit.js';

import { EXIT } from '../model/exit.js';

/**
 * The one place where a failure becomes a message and an exit code (2): known errors print their
 * sentence and what to do, a failed write names the path and the system's reason, anything
 * unexpected prints one line and how to see more. `--debug` adds the stack in every case.
 * Every line is escaped: a message may quote a path or an option value.
 */
export function handleError(error: unknown, ctx: CliContext, debug: boolean): number {
  const t = catalogue(ctx.lang).cli.errors;
  const say = (message: string, hint?: string) => {
    ctx.stderr(`${ctx.color.red(t.prefix)} ${escapeLines(message)}`);
    if (hint) ctx.stderr(`  ${escapeLines(hint)}`);
  };
  if (error instanceof PonamError) say(error.message, error.suggestion);
  else if (error instanceof UsageError) {
    const worded = wordProblem(error.problem, ctx.lang);
    say(worded.message, worded.hint);
  } else if (error instanceof WriteError) {
    const sentence = t.write[error.reason] ?? t.write.other;
    say(
      sentence(displayPath(error.path), error.reason),
      error.reason === 'EEXIST' ? t.existsHint : t.writeHint,
    );
  } else if (error instanceof FolderError) say(t.folder(displayPath(error.path), error.reason), t.folderHint);
  else {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    say(t.internal(message), debug ? undefined : t.internalHint);
  }
  if (debug && error instanceof Error && error.stack) ctx.stderr(escapeLines(error.stack));
  return EXIT.failure;
}

/** Escapes each line, keeping the line breaks ponam itself put in a message (a list of paths tried). */
export function escapeLines(text: string): string {
  return text.split('\n').map(escapeText).join('\n');
}

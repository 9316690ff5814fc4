import { PonamError } from '../model/errors.js';
import type { CliContext } from './context.js';

export const EXIT = { ok: 0, invalid: 1, failure: 2 } as const;

/**
 * The one place where a failure becomes a message and an exit code. Known errors print their
 * message and suggestion; anything unexpected prints one line and how to see the stack.
 */
export function handleError(error: unknown, ctx: CliContext, debug: boolean): number {
  if (error instanceof PonamError) {
    ctx.stderr(`${ctx.color.red('ponam:')} ${error.message}`);
    if (error.suggestion) ctx.stderr(`  ${error.suggestion}`);
    return EXIT.failure;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  ctx.stderr(`${ctx.color.red('ponam: internal error:')} ${message}`);
  if (debug && error instanceof Error && error.stack) ctx.stderr(error.stack);
  else ctx.stderr('  rerun with --debug to see the details, and report it with the command you ran');
  return EXIT.failure;
}

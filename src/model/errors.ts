/**
 * Errors that stop the tool, each with a stable code, a message for the user and, where one
 * exists, what to do about it. Handled in one place (src/cli/handle-error.ts).
 */
export type ErrorCode = 'usage' | 'input' | 'browser-not-found' | 'browser-failed' | 'output';

export class PonamError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly suggestion?: string,
  ) {
    super(message);
    this.name = 'PonamError';
  }
}

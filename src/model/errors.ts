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

/**
 * A refusal of the command line found below the CLI (its paths, its period, the report compared
 * with): what went wrong and its parameters, never a sentence. The CLI words it in the user's
 * language (src/cli/problems.ts) and exits 2, as for any `usage` PonamError. Paths are as shown
 * to the user (relative to the current folder, `/` separators), not yet escaped.
 */
export type UsageProblem =
  | { code: 'plan-is-folder'; path: string }
  | { code: 'plan-not-file'; path: string }
  | { code: 'empty-path' }
  | { code: 'folder-without-workbook'; path: string; files: string[] }
  | { code: 'no-workbook' }
  | { code: 'more-plans'; paths: string[] }
  | { code: 'out-is-file'; path: string }
  | { code: 'out-holds-input'; out: string; input: string }
  | { code: 'target-is-input'; path: string }
  | { code: 'target-is-folder'; path: string; example: string }
  | { code: 'target-not-file'; path: string }
  | { code: 'targets-exist'; paths: string[] }
  | { code: 'period-outside-plan'; period: string; from: number; to: number }
  | { code: 'compare-other-plan'; file: string; planCode: string; plan: string }
  | { code: 'compare-after'; file: string; period: string; at: string };

export class UsageError extends Error {
  constructor(readonly problem: UsageProblem) {
    super(problem.code);
    this.name = 'UsageError';
  }
}

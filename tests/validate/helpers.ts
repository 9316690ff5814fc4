import { REPO, ponam as runPonam } from '../helpers/cli.js';

export { REPO };

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary from the repository root, with no colour. */
export function ponam(args: readonly string[], cwd = REPO): Run {
  const r = runPonam(args, { cwd, env: { FORCE_COLOR: '0' }, timeout: 120_000 });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonIssue {
  code: string;
  severity: string;
  file: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  value: string | null;
  message: string;
  suggestion: string | null;
}

export interface ValidateJson {
  schemaVersion: string;
  valid: boolean;
  totals: { files: number; errors: number; warnings: number; infos: number };
  files: {
    path: string;
    role: string;
    valid: boolean;
    readable: boolean;
    errors: number;
    warnings: number;
    infos: number;
  }[];
  issues: JsonIssue[];
}

/** A stack trace line as Node prints it. */
export const STACK = /\n\s+at .+\(?.+:\d+:\d+\)?/;

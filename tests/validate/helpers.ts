import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(REPO, 'bin', 'ponam.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary from the repository root, with no colour. */
export function ponam(args: readonly string[], cwd = REPO): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
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

import { sortIssues } from '../../model/issues.js';
import { type IssueJson, issueJson } from '../../report/json.js';
import { countBySeverity, type ValidationResult } from './result.js';

/** Bumped only when a field changes meaning or disappears (docs/validate.md, "json"). */
export const VALIDATE_SCHEMA_VERSION = '1.0';

export interface ValidateJson {
  schemaVersion: string;
  valid: boolean;
  totals: { files: number; errors: number; warnings: number; infos: number };
  files: {
    path: string;
    role: 'plan' | 'data';
    valid: boolean;
    readable: boolean;
    errors: number;
    warnings: number;
    infos: number;
  }[];
  issues: IssueJson[];
}

export function formatJson(result: ValidationResult, valid: boolean): string {
  const out: ValidateJson = {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    valid,
    totals: { files: result.files.length, ...countBySeverity(result.issues) },
    files: result.files.map((f) => ({
      path: f.path,
      role: f.role,
      valid: f.valid,
      readable: !f.unreadable,
      errors: f.errors,
      warnings: f.warnings,
      infos: f.infos,
    })),
    issues: sortIssues(result.issues).map((i) => issueJson(i, result.lang)),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

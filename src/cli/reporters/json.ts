import { countBySeverity, type ValidationResult } from '../../core/validation.js';
import { cutText, terminalSafeJson } from '../../i18n/escape.js';
import { type IssueJson, issueJson } from '../../report/json.js';
import { limitIssues, type Omitted } from './budget.js';

/**
 * Bumped only when a field changes meaning or disappears (docs/validate.md, "json"); 1.1 added
 * `omitted` (the output budget) and cut `value` to 80 characters.
 */
export const VALIDATE_SCHEMA_VERSION = '1.1';

export interface ValidateJson {
  schemaVersion: string;
  valid: boolean;
  totals: { files: number; errors: number; warnings: number; infos: number };
  files: {
    path: string;
    role: 'plan' | 'data' | 'analysis' | 'recommendations';
    valid: boolean;
    readable: boolean;
    /** Not read on purpose (a lock file, a file of another kind, a plan among the data): see its notice. */
    skipped: boolean;
    errors: number;
    warnings: number;
    infos: number;
  }[];
  issues: IssueJson[];
  /** Issues left out by the output budget, counted per file and code. */
  omitted: Omitted[];
}

export function formatJson(result: ValidationResult, valid: boolean): string {
  const { shown, omitted } = limitIssues(result.issues);
  const out: ValidateJson = {
    schemaVersion: VALIDATE_SCHEMA_VERSION,
    valid,
    totals: { files: result.files.length, ...countBySeverity(result.issues) },
    files: result.files.map((f) => ({
      path: f.path,
      role: f.role,
      valid: f.valid,
      readable: !f.unreadable,
      skipped: f.skipped,
      errors: f.errors,
      warnings: f.warnings,
      infos: f.infos,
    })),
    issues: shown.map((i) => {
      const json = issueJson(i, result.lang);
      return json.value === null ? json : { ...json, value: cutText(json.value) };
    }),
    omitted,
  };
  return `${terminalSafeJson(JSON.stringify(out, null, 2))}\n`;
}

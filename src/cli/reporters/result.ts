import type { Lang } from '../../i18n/index.js';
import type { Issue } from '../../model/issues.js';

/** What `validate` found, as every reporter receives it: one entry per input file, then the issues. */
export interface ValidationResult {
  lang: Lang;
  files: FileResult[];
  issues: Issue[];
  /** Warnings count as failures (`--strict`). */
  strict: boolean;
}

export interface FileResult {
  path: string;
  role: 'plan' | 'data';
  valid: boolean;
  /** The file could not be read as a workbook at all. */
  unreadable: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

export function countBySeverity(issues: readonly Issue[]): {
  errors: number;
  warnings: number;
  infos: number;
} {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const i of issues) {
    if (i.severity === 'error') errors++;
    else if (i.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

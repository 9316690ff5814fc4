/**
 * A problem found in the inputs, located down to the cell. Messages are not stored here: they
 * are written from `code` and `params` in the user's language (src/i18n), so that one run can
 * speak French or English.
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The file could not be read as a workbook at all: `validate` exits 2 (the tool could not run on
 * it), not 1. With `too-many-rows`, the one structure problem that stops the reading.
 */
export const FILE_CODES = [
  'file-not-found',
  'file-empty',
  'not-xlsx',
  'file-truncated',
  'file-encrypted',
  'file-too-large',
  'file-unreadable',
  'not-a-regular-file',
  // added with the .xls, .ods and .csv readers (issue 21)
  'read-limit',
  'csv-not-values',
  'csv-malformed',
  'csv-plan',
] as const;

export const ISSUE_CODES = [
  ...FILE_CODES,
  // structure
  'missing-sheet',
  'missing-header',
  'duplicate-header',
  'no-data',
  'hidden-sheet',
  'too-many-rows',
  // cell
  'type-error',
  'missing-cell',
  'invalid-enum',
  'invalid-period',
  'excel-error',
  'formula-without-result',
  'percent-out-of-range',
  'negative-count',
  'ambiguous-number',
  // semantic
  'duplicate-code',
  'unknown-indicator',
  'unknown-entity',
  'unknown-result',
  'unknown-axis',
  'unknown-activity',
  'conflicting-duplicate',
  'duplicate-value',
  'period-outside-plan',
  'missing-target',
  'missing-period',
  'missing-entity',
  'disaggregation-mismatch',
  'invalid-setting',
  'no-indicators',
  // a milestone planned `non` for every period (issue 21)
  'milestone-never-due',
  // quarterly truth (issue 10)
  'overlapping-periods',
  'resubmission',
  'plan-in-data',
  'own-output',
  'axis-mismatch',
  // wide Valeurs sheets (issue 14)
  'mixed-layout',
  'duplicate-period-column',
  // added with the byte reader (src/workbook/xlsx): file level, structure, structure
  'invalid-cell-ref',
  'duplicate-sheet',
  // totals, headers and dates as ministries write them (issue 21): structure, structure, cell, cell
  'two-row-header',
  'total-row',
  'total-category',
  'date-serial',
  // entities the plan lists (issue 22)
  'entity-alias',
  // files of a data folder that are not read (issue 21)
  'skipped-file',
  // the officer's analysis (analyse.md) and the recommendations' follow-up (issue 24)
  'unknown-heading',
  'duplicate-heading',
  'text-outside-section',
  'unsupported-markdown',
  'duplicate-recommendation',
  'invalid-deadline',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/**
 * Notices that a file was not read at all (a lock file, a file that is no workbook, a plan or
 * an annex among the data): infos, but every output shows them — `report`'s listing and its
 * quality section as well as `validate` — so that nothing is left out without a line.
 */
export const SKIP_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'skipped-file',
  'plan-in-data',
  'own-output',
]);

export type IssueParams = Record<string, string | number>;

export interface Issue {
  code: IssueCode;
  severity: Severity;
  file: string;
  sheet?: string;
  /** A1 address of the cell, when the problem is in one cell. */
  cell?: string;
  /** 1-based row, when the problem is a whole row. */
  row?: number;
  /** The raw value as found, for the reader to recognise it. */
  value?: string;
  params: IssueParams;
}

export interface Location {
  file: string;
  sheet?: string;
  cell?: string;
  row?: number;
}

export function issue(
  code: IssueCode,
  severity: Severity,
  at: Location,
  params: IssueParams = {},
  value?: string,
): Issue {
  const found: Issue = { code, severity, file: at.file, params };
  if (at.sheet !== undefined) found.sheet = at.sheet;
  if (at.cell !== undefined) found.cell = at.cell;
  if (at.row !== undefined) found.row = at.row;
  if (value !== undefined) found.value = value;
  return found;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Stable order: by file, sheet, row, column, then severity and code. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      cmp(a.sheet ?? '', b.sheet ?? '') ||
      rowOf(a) - rowOf(b) ||
      cmp(colOf(a), colOf(b)) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.code, b.code),
  );
}

function rowOf(i: Issue): number {
  if (i.row !== undefined) return i.row;
  const m = i.cell ? /\d+$/.exec(i.cell) : null;
  return m ? Number(m[0]) : 0;
}

function colOf(i: Issue): string {
  const m = i.cell ? /^[A-Z]+/.exec(i.cell) : null;
  return m ? m[0].padStart(3, ' ') : '';
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

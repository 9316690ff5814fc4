/**
 * One row of a `Recommandations` sheet as read (src/workbook/recommendations-reader.ts): a
 * recommendation's state as of a period, from the plan workbook or a workbook of its own. The
 * same `number` comes back row after row as the recommendation is followed up (each quarter's
 * copy of the workbook, or a `Période` column); src/compute/recommendations.ts takes the state
 * at the report's period. docs/review.md describes the sheet.
 */
export const RECOMMENDATION_STATUSES = ['not-started', 'in-progress', 'done', 'abandoned'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

export interface Deadline {
  /** As the report shows it: a period's canonical label (`2023-T2`) or an ISO day (`2023-06-30`). */
  label: string;
  kind: 'period' | 'date';
  /** The deadline's last day, ISO: a period's last day, or the day itself. */
  end: string;
}

export interface RecommendationRow {
  /** `N°` as written (`3`, `R3`, `2.1`), trimmed: the key that ties a recommendation's rows together. */
  number: string;
  text: string;
  /** The plan's axis code, or null (none given, or not an axis of the plan: a warning said so). */
  axis: string | null;
  responsible: string | null;
  deadline: Deadline | null;
  status: RecommendationStatus;
  comment: string | null;
  /** The period this row gives the state at (its `Période`, else its workbook's `Rapport` sheet); null: undated. */
  period: string | null;
  file: string;
  sheet: string;
  row: number;
  /** The `N°` cell (A1), where a problem of the row is located. */
  cell: string;
}

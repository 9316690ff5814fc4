import type { ReportModel } from '../compute/model.js';
import { describeIssue, type Lang } from '../i18n/index.js';
import { type Issue, sortIssues } from '../model/issues.js';

/** An issue as the JSON outputs carry it: location, raw value, and the message in the run's language. */
export interface IssueJson {
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

export function issueJson(found: Issue, lang: Lang): IssueJson {
  const { message, suggestion } = describeIssue(found, lang);
  return {
    code: found.code,
    severity: found.severity,
    file: found.file,
    sheet: found.sheet ?? null,
    cell: found.cell ?? null,
    row: found.row ?? null,
    value: found.value ?? null,
    message,
    suggestion,
  };
}

/** The JSON contract (docs/json-contract.md): the model as computed, with issues spelled out. */
export function renderJson(model: ReportModel): string {
  const out = { ...model, quality: { ...model.quality, issues: sortIssues(model.quality.issues).map((i) => issueJson(i, model.lang)) } };
  return `${JSON.stringify(out, null, 2)}\n`;
}

import { type Issue, type Severity, sortIssues } from '../../model/issues.js';

/**
 * An output budget: at most `MAX_PER_FILE_AND_CODE` issues listed for each file and issue code,
 * the rest counted ("… et 950 autres type-error"). With values cut to 80 characters in messages
 * (src/i18n/escape.ts) this bounds what one workbook can make ponam print: a 17 KB file that
 * repeats a 60 kB string in a thousand cells gives 50 short lines, not 120 MB. Totals and exit
 * codes always count every issue. docs/validate.md, "Output budget".
 */
export const MAX_PER_FILE_AND_CODE = 50;

export interface Omitted {
  file: string;
  code: Issue['code'];
  severity: Severity;
  count: number;
}

export interface Budgeted {
  /** Sorted (src/model/issues.ts), the first ones of each file and code. */
  shown: Issue[];
  /** Per file and code, how many were left out; in the order of the files and codes shown. */
  omitted: Omitted[];
}

export function limitIssues(issues: readonly Issue[], max = MAX_PER_FILE_AND_CODE): Budgeted {
  const counts = new Map<string, number>();
  const omitted = new Map<string, Omitted>();
  const shown: Issue[] = [];
  for (const i of sortIssues(issues)) {
    const key = `${i.file}\u0000${i.code}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= max) {
      shown.push(i);
      continue;
    }
    const left = omitted.get(key);
    if (left) {
      left.count++;
      // The group is as grave as its gravest issue left out.
      if (i.severity === 'error') left.severity = 'error';
    } else omitted.set(key, { file: i.file, code: i.code, severity: i.severity, count: 1 });
  }
  return { shown, omitted: [...omitted.values()] };
}

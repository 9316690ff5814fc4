import { type Period, parsePeriod } from '../compute/periods.js';
import { catalogue, type Lang } from '../i18n/index.js';

/**
 * Periods as a reader says them: `T4 2022`, `1er semestre 2023`, `mars 2023`, `2023` in French,
 * `Q4 2022`, `H1 2023`, `March 2023` in English. The JSON keeps the canonical `2022-T4`; every
 * period a reader sees in the HTML, the PDF or a chart goes through here.
 */
export function periodInWords(label: string, lang: Lang): string {
  const p = parsePeriod(label);
  return p ? periodWords(p, lang) : label;
}

export function periodWords(p: Period, lang: Lang): string {
  const w = catalogue(lang).report.periodWords;
  switch (p.kind) {
    case 'quarter':
      return w.quarter(p.index, p.year);
    case 'semester':
      return w.semester(p.index, p.year);
    case 'month':
      return w.month(w.months[p.index - 1], p.year);
    default:
      return w.year(p.year);
  }
}

export const REPORT_TYPES = ['quarterly', 'semester', 'monthly', 'annual', 'mid-term', 'final'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** The kind of report a period calls for, when the cover does not say: a quarter's is quarterly. */
export function reportTypeOf(label: string): ReportType {
  const kind = parsePeriod(label)?.kind;
  return kind === 'quarter'
    ? 'quarterly'
    : kind === 'semester'
      ? 'semester'
      : kind === 'month'
        ? 'monthly'
        : 'annual';
}

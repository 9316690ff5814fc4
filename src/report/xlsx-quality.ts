import type { ReportModel } from '../compute/model.js';
import { catalogue, describeIssue, type Lang } from '../i18n/index.js';
import { SKIP_CODES, sortIssues } from '../model/issues.js';
import { formatter } from './format.js';
import type { ShownPaths } from './paths.js';
import type { Cell } from './xlsx-sheet.js';

/**
 * The rows of the annex's Quality sheet: every warning and error with its cell, then each missing
 * or partial report of the completeness matrix, each late submission, each value out of range,
 * outlier and cumulative decrease not already listed as an issue.
 */
export function qualityRows(model: ReportModel, lang: Lang, paths: ShownPaths): Cell[][] {
  const c = catalogue(lang);
  const q = model.quality;
  const t = c.quality;
  const f = formatter(lang);
  const warning = c.severity.warning;
  const rows: Cell[][] = [];
  const issueCells = new Set<string>();
  for (const i of sortIssues(q.issues)) {
    if (i.severity === 'info' && !SKIP_CODES.has(i.code)) continue;
    issueCells.add(`${i.file}\u0000${i.sheet}\u0000${i.cell}`);
    const indicator = typeof i.params.indicator === 'string' ? i.params.indicator : null;
    const entity = typeof i.params.entity === 'string' ? i.params.entity : null;
    const period = typeof i.params.period === 'string' ? i.params.period : null;
    rows.push([
      i.code,
      c.severity[i.severity],
      indicator,
      entity,
      period,
      i.value ?? null,
      paths.text(describeIssue(i, lang).message),
      paths.shown(i.file),
      i.sheet,
      i.cell,
    ]);
  }
  for (const s of q.resubmissions ?? [])
    rows.push([
      t.resubmissions,
      c.severity.info,
      null,
      s.entity,
      s.period,
      null,
      `${t.replacedBy} ${paths.shown(s.by)} · ${t.replacedOn(s.earlier, s.later)}`,
      paths.shown(s.file),
      null,
      null,
    ]);
  for (const row of q.completeness.rows) {
    for (const cell of row.cells) {
      if (cell.state === 'missing' || cell.state === 'partial')
        rows.push([
          t.completeness,
          warning,
          null,
          row.entity,
          cell.period,
          null,
          cell.state === 'missing'
            ? t.states.missing
            : t.partialOf(f.count(cell.filled, t.nouns.indicator), f.number(cell.expected)),
          cell.files.length > 0 ? cell.files.map((x) => paths.shown(x)).join(', ') : null,
          null,
          null,
        ]);
    }
  }
  for (const s of q.timeliness.submissions) {
    if (!s.onTime) {
      rows.push([
        t.timeliness,
        warning,
        null,
        s.entity,
        s.period,
        s.daysLate,
        `${t.deadline} ${s.deadline} · ${t.submittedOn} ${s.submittedOn} · ${t.daysLate} ${s.daysLate}`,
        paths.shown(s.file),
        null,
        null,
      ]);
    }
  }
  /** A value found by one check: where it is, and what the check says of it. */
  const located = (
    check: string,
    v: {
      indicator: string;
      entity: string;
      period: string;
      value: number;
      file: string;
      sheet: string | null;
      cell: string | null;
    },
    detail: string,
  ) =>
    rows.push([
      check,
      warning,
      v.indicator,
      v.entity,
      v.period,
      v.value,
      detail,
      paths.shown(v.file),
      v.sheet,
      v.cell,
    ]);
  for (const o of q.outOfRange)
    if (!issueCells.has(`${o.file}\u0000${o.sheet}\u0000${o.cell}`))
      located(t.outOfRange, o, t.kinds[o.kind]);
  // Figures inside a sentence follow the language, as everywhere: `Score z −3,78`.
  for (const o of q.outliers)
    located(t.outliers, o, `${t.median} ${f.number(o.median)} · ${t.score} ${f.signed(o.score)}`);
  for (const d of q.cumulativeDecreases)
    located(t.cumulativeDecreases, d, `${t.previous} ${f.number(d.previous)} (${d.previousPeriod})`);
  return rows;
}

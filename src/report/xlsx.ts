import ExcelJS from 'exceljs';
import type { Execution } from '../compute/execution.js';
import type { ReportModel, RollupModel } from '../compute/model.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { shownPaths } from './paths.js';
import { periodInWords } from './periods.js';
import { qualityRows } from './xlsx-quality.js';
import { reviewSheets, reviewSummary } from './xlsx-review.js';
import {
  type Cell,
  type Column,
  filter,
  format,
  type Kind,
  rowHeight,
  safeText,
  sheet,
  table,
  typed,
} from './xlsx-sheet.js';

export { safeText };

/**
 * The evaluation annex: the report's tables as a workbook consultants can filter and paste.
 * Numbers are stored as numbers with a number format, never as formatted text; labels that a
 * spreadsheet could read as a formula are neutralised (CSV/formula injection, OWASP).
 */
/**
 * @param options.cwd the folder paths are shown relative to (default: the current folder): like
 *   the HTML, the annex never shows this machine's absolute paths; the JSON keeps them
 */
export async function renderXlsx(
  model: ReportModel,
  lang: Lang,
  options: { cwd?: string } = {},
): Promise<Uint8Array> {
  const paths = shownPaths(
    model.sources.map((s) => s.path),
    options.cwd ?? process.cwd(),
    model.changes.file ? [model.changes.file] : [],
  );
  const c = catalogue(lang);
  const r = c.report;
  const e = c.execution;
  const a = c.annex;
  const wb = new ExcelJS.Workbook();
  wb.creator = `${model.tool.name} ${model.tool.version}`;
  // A fixed date unless the run asked for a timestamp: same inputs, same annex content.
  const stamp = new Date(model.generatedAt ?? '2000-01-01T00:00:00Z');
  wb.created = stamp;
  wb.modified = stamp;

  const status = (s: keyof typeof c.status) => c.status[s];
  const exec = model.plan.execution;
  const year = Number.parseInt(model.period, 10);

  // Summary: one item per row, each value in its own number format.
  const summary: [string, Cell, Kind][] = [
    [a.planCode, model.plan.code, 'text'],
    [a.planTitle, model.plan.title, 'text'],
    [r.country, model.plan.country, 'text'],
    [r.period, model.period, 'text'],
    [r.planRate, model.plan.rate, 'rate'],
    [r.status, status(model.plan.status), 'text'],
    [r.coverage, model.plan.coverage, 'rate'],
    [a.indicatorCount, model.plan.indicatorCount, 'count'],
    [a.withData, model.plan.withData, 'count'],
  ];
  if (exec) {
    summary.push(
      [e.planned, exec.planned, 'count'],
      [e.done, exec.done, 'count'],
      [e.physicalRate, exec.physicalRate, 'rate'],
      [e.meanProgress, exec.meanProgress, 'rate'],
      [`${e.budget} (${model.plan.currency})`, exec.budget, 'amount'],
      [`${e.disbursed} (${model.plan.currency})`, exec.disbursed, 'amount'],
      [e.financialRate, exec.financialRate, 'rate'],
    );
  }
  summary.push(
    [c.quality.completeness, model.quality.completeness.rate, 'rate'],
    [c.quality.timeliness, model.quality.timeliness.rate, 'rate'],
    ...reviewSummary(model, lang),
  );
  const summaryColumns: Column[] = [
    { header: a.key, width: 36, kind: 'text' },
    { header: a.value, width: 48, kind: 'text' },
  ];
  const { ws: summarySheet } = sheet(wb, a.sheets.summary, summaryColumns);
  for (const [label, value, kind] of summary) {
    const row = summarySheet.addRow([label === '' ? null : safeText(label), typed(value)]);
    format(row.getCell(2), value, kind);
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = rowHeight([label, typeof value === 'string' ? value : null], summaryColumns);
  }
  filter(wb, summarySheet, 2);

  // The columns axes and results share: weight, rate, coverage, status, indicator counts.
  const rollupColumns: Column[] = [
    { header: r.weight, width: 8, kind: 'value' },
    { header: r.rate, width: 10, kind: 'rate' },
    { header: r.coverage, width: 12, kind: 'rate' },
    { header: r.status, width: 16, kind: 'text' },
    { header: a.indicatorCount, width: 12, kind: 'count' },
    { header: a.withData, width: 12, kind: 'count' },
  ];
  const rollupCells = (x: RollupModel): Cell[] => [
    x.weight,
    x.rate,
    x.coverage,
    status(x.status),
    x.indicatorCount,
    x.withData,
  ];
  const execColumns: Column[] = [
    { header: e.planned, width: 10, kind: 'count' },
    { header: e.done, width: 10, kind: 'count' },
    { header: e.inProgress, width: 10, kind: 'count' },
    { header: e.notStarted, width: 12, kind: 'count' },
    { header: e.abandoned, width: 12, kind: 'count' },
    { header: e.notReported, width: 13, kind: 'count' },
    { header: e.physicalRate, width: 14, kind: 'rate' },
    { header: e.meanProgress, width: 14, kind: 'rate' },
    { header: `${e.budget} (${model.plan.currency})`, width: 18, kind: 'amount' },
    { header: `${e.disbursed} (${model.plan.currency})`, width: 18, kind: 'amount' },
    { header: e.financialRate, width: 14, kind: 'rate' },
  ];
  const execCells = (x: Execution | null | undefined): Cell[] =>
    x
      ? [
          x.planned,
          x.done,
          x.inProgress,
          x.notStarted,
          x.abandoned,
          x.notReported,
          x.physicalRate,
          x.meanProgress,
          x.budget,
          x.disbursed,
          x.financialRate,
        ]
      : [];
  table(
    wb,
    a.sheets.axes,
    [
      { header: r.code, width: 8, kind: 'text' },
      { header: r.label, width: 48, kind: 'text' },
      ...rollupColumns,
      ...(exec ? execColumns : []),
    ],
    model.axes.map((x) => [x.code, x.label, ...rollupCells(x), ...execCells(x.execution)]),
  );
  table(
    wb,
    a.sheets.results,
    [
      { header: r.code, width: 8, kind: 'text' },
      { header: r.axis, width: 8, kind: 'text' },
      { header: r.label, width: 48, kind: 'text' },
      ...rollupColumns,
    ],
    model.results.map((x) => [x.code, x.axis, x.label, ...rollupCells(x)]),
  );
  table(
    wb,
    a.sheets.indicators,
    [
      { header: r.code, width: 10, kind: 'text' },
      { header: r.axis, width: 8, kind: 'text' },
      { header: r.result, width: 10, kind: 'text' },
      { header: r.indicator, width: 48, kind: 'text' },
      { header: r.unit, width: 12, kind: 'text' },
      { header: r.baseline, width: 12, kind: 'value' },
      { header: r.targetAt(periodInWords(model.period, lang)), width: 12, kind: 'value' },
      { header: r.targetOfYear(String(year)), width: 12, kind: 'value' },
      { header: r.finalTarget, width: 12, kind: 'value' },
      { header: r.actual, width: 12, kind: 'value' },
      { header: r.rate, width: 10, kind: 'rate' },
      { header: a.rateYear, width: 12, kind: 'rate' },
      { header: a.rateFinal, width: 12, kind: 'rate' },
      { header: r.status, width: 16, kind: 'text' },
      { header: a.previousRate, width: 12, kind: 'rate' },
      { header: a.previousStatus, width: 16, kind: 'text' },
      { header: r.reason, width: 40, kind: 'text' },
    ],
    model.indicators.map((i) => [
      i.code,
      i.axis,
      i.result,
      i.label,
      i.unit,
      i.baseline,
      i.target,
      i.targetYear,
      i.finalTarget,
      i.actual,
      i.rate,
      i.rateYear,
      i.rateFinal,
      status(i.status),
      i.previous ? i.previous.rate : null,
      i.previous ? status(i.previous.status) : null,
      i.reason ? c.reasons[i.reason] : null,
    ]),
  );
  table(
    wb,
    a.sheets.entities,
    [
      { header: r.code, width: 10, kind: 'text' },
      { header: r.indicator, width: 48, kind: 'text' },
      { header: r.unit, width: 12, kind: 'text' },
      { header: c.quality.entity, width: 36, kind: 'text' },
      { header: r.actual, width: 16, kind: 'value' },
      { header: a.valueCount, width: 12, kind: 'count' },
    ],
    model.indicators.flatMap((i) =>
      i.entities.map((e) => [i.code, i.label, i.unit, e.entity, e.value, e.valueCount] as Cell[]),
    ),
  );
  if (exec) {
    table(
      wb,
      a.sheets.activities,
      [
        { header: r.code, width: 10, kind: 'text' },
        { header: r.axis, width: 8, kind: 'text' },
        { header: r.result, width: 10, kind: 'text' },
        { header: r.label, width: 48, kind: 'text' },
        { header: r.status, width: 14, kind: 'text' },
        { header: e.meanProgress, width: 12, kind: 'rate' },
        { header: `${e.budget} (${model.plan.currency})`, width: 18, kind: 'amount' },
        { header: `${e.disbursed} (${model.plan.currency})`, width: 18, kind: 'amount' },
        { header: e.financialRate, width: 14, kind: 'rate' },
        { header: a.lastPeriod, width: 12, kind: 'text' },
      ],
      model.activities.map((x) => [
        x.code,
        x.axis,
        x.result,
        x.label,
        x.status ? e.statuses[x.status] : e.notReported,
        x.progress,
        x.budget,
        x.disbursed,
        x.financialRate,
        x.lastPeriod,
      ]),
    );
  }
  // The recommendations' follow-up and the officer's analysis (src/report/xlsx-review.ts).
  reviewSheets(wb, model, lang, paths);
  table(
    wb,
    a.sheets.quality,
    [
      { header: c.quality.check, width: 30, kind: 'text' },
      { header: a.severity, width: 14, kind: 'text' },
      { header: r.indicator, width: 12, kind: 'text' },
      { header: c.quality.entity, width: 18, kind: 'text' },
      { header: r.period, width: 10, kind: 'text' },
      { header: c.quality.value, width: 12, kind: 'value' },
      { header: a.detail, width: 60, kind: 'text' },
      { header: r.file, width: 36, kind: 'text' },
      { header: r.sheet, width: 12, kind: 'text' },
      { header: r.cell, width: 8, kind: 'text' },
    ],
    qualityRows(model, lang, paths),
  );
  table(
    wb,
    a.sheets.sources,
    [
      { header: r.file, width: 48, kind: 'text' },
      { header: r.role, width: 10, kind: 'text' },
      { header: r.sha256, width: 68, kind: 'text' },
    ],
    model.sources.map((s) => [paths.shown(s.path), r.roles[s.role], s.sha256]),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

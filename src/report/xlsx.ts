import ExcelJS from 'exceljs';
import type { Execution } from '../compute/execution.js';
import type { IndicatorModel, ReportModel, RollupModel } from '../compute/model.js';
import { achievedAhead } from '../compute/status.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { yearsOf } from './findings-view.js';
import { formatter } from './format.js';
import { annexValue, ipttSheets, type SheetView } from './iptt-view.js';
import { leftOutText, methodNote } from './method-notes.js';
import { shownPaths } from './paths.js';
import { periodInWords } from './periods.js';
import { spanWords } from './targets.js';
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
  const pct = formatter(lang).percent;
  const periodWords = periodInWords(model.period, lang);
  const plannedYears = yearsOf(model.plan.startYear, model.plan.endYear);
  const toDate = exec !== null && exec.budgetToDate !== null;

  // Summary: one item per row, each value in its own number format.
  const summary: [string, Cell, Kind][] = [
    [a.planCode, model.plan.code, 'text'],
    [a.planTitle, model.plan.title, 'text'],
    [r.country, model.plan.country, 'text'],
    [r.period, model.period, 'text'],
    [r.planRate, model.plan.rate, 'rate'],
    [a.previousRate, model.plan.previous?.rate ?? null, 'rate'],
    // Method in sight: how the plan's rate is weighted, and the thresholds behind the statuses.
    [`${r.planRate} (${r.planUnweighted})`, model.plan.unweightedRate, 'rate'],
    [r.status, status(model.plan.status), 'text'],
    [a.previousStatus, model.plan.previous ? status(model.plan.previous.status) : null, 'text'],
    // The count the report's "changes since P−1" sentence gives; each change is a row below whose
    // status differs from its previous one (sheets Axes, Résultats, Indicateurs).
    ...(model.changes.period
      ? [
          [
            a.statusChanges(periodInWords(model.changes.period, lang)),
            model.changes.statusChanges.length,
            'count',
          ] as [string, Cell, Kind],
        ]
      : []),
    [r.method.settingMethod, r.settingMethods[model.settings.method], 'text'],
    [
      r.thresholds,
      r.thresholdsText(pct(model.settings.thresholds.onTrack), pct(model.settings.thresholds.behind)),
      'text',
    ],
    [r.ceiling, model.settings.ceiling, 'rate'],
    [r.coverage, model.plan.coverage, 'rate'],
    [a.timeElapsed, model.plan.timeElapsed ?? null, 'rate'],
    [a.indicatorCount, model.plan.indicatorCount, 'count'],
    [a.withData, model.plan.withData, 'count'],
    [a.notDue, model.plan.statusCounts['not-due'], 'count'],
  ];
  if (exec) {
    summary.push(
      [e.planned, exec.planned, 'count'],
      [e.due(periodWords), exec.due, 'count'],
      [e.done, exec.done, 'count'],
      [e.doneDue, exec.doneDue, 'count'],
      [e.physicalRateDue, exec.physicalRate, 'rate'],
      [e.meanProgress, exec.meanProgress, 'rate'],
      [`${e.budgetTotal(plannedYears)} (${model.plan.currency})`, exec.budget, 'amount'],
      ...(toDate
        ? [
            [`${e.budgetToDate(String(year))} (${model.plan.currency})`, exec.budgetToDate, 'amount'] as [
              string,
              Cell,
              Kind,
            ],
          ]
        : []),
      [`${e.disbursedTo(periodWords)} (${model.plan.currency})`, exec.disbursed, 'amount'],
      [e.financialRateTotal, exec.financialRate, 'rate'],
      ...(toDate
        ? [[e.financialRateToDate(String(year)), exec.financialRateToDate, 'rate'] as [string, Cell, Kind]]
        : []),
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
    { header: a.notDue, width: 12, kind: 'count' },
    { header: r.leftOut, width: 30, kind: 'text' },
    { header: a.previousRate, width: 12, kind: 'rate' },
    { header: a.previousStatus, width: 16, kind: 'text' },
  ];
  const rollupCells = (x: RollupModel): Cell[] => [
    x.weight,
    x.rate,
    x.coverage,
    status(x.status),
    x.indicatorCount,
    x.withData,
    x.statusCounts['not-due'],
    leftOutText(x.leftOut, lang),
    x.previous ? x.previous.rate : null,
    x.previous ? status(x.previous.status) : null,
  ];
  const execColumns: Column[] = [
    { header: e.planned, width: 10, kind: 'count' },
    { header: e.due(periodWords), width: 12, kind: 'count' },
    { header: e.done, width: 10, kind: 'count' },
    { header: e.doneDue, width: 12, kind: 'count' },
    { header: e.inProgress, width: 10, kind: 'count' },
    { header: e.notStarted, width: 12, kind: 'count' },
    { header: e.abandoned, width: 12, kind: 'count' },
    { header: e.notReported, width: 13, kind: 'count' },
    { header: e.physicalRateDue, width: 14, kind: 'rate' },
    { header: e.meanProgress, width: 14, kind: 'rate' },
    { header: `${e.budgetTotal(plannedYears)} (${model.plan.currency})`, width: 18, kind: 'amount' },
    ...(toDate
      ? [
          {
            header: `${e.budgetToDate(String(year))} (${model.plan.currency})`,
            width: 18,
            kind: 'amount' as const,
          },
        ]
      : []),
    { header: `${e.disbursedTo(periodWords)} (${model.plan.currency})`, width: 18, kind: 'amount' },
    { header: e.financialRateTotal, width: 14, kind: 'rate' },
    ...(toDate ? [{ header: e.financialRateToDate(String(year)), width: 14, kind: 'rate' as const }] : []),
  ];
  const execCells = (x: Execution | null | undefined): Cell[] =>
    x
      ? [
          x.planned,
          x.due,
          x.done,
          x.doneDue,
          x.inProgress,
          x.notStarted,
          x.abandoned,
          x.notReported,
          x.physicalRate,
          x.meanProgress,
          x.budget,
          ...(toDate ? [x.budgetToDate] : []),
          x.disbursed,
          x.financialRate,
          ...(toDate ? [x.financialRateToDate] : []),
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
  const at = periodInWords(model.period, lang);
  const yearText = String(year);
  const v = (i: IndicatorModel, n: number | null) => annexValue(i, n, lang);
  const flow = (i: IndicatorModel) => i.aggregation === 'sum' && i.type === 'quantitative';
  // The span in words; a sheet's cell does not wrap, a plain hyphen reads better there.
  const span = (spanWords(model.plan.startYear, model.period, lang) ?? '').replace(/\u2011/g, '-');
  const measure = (i: IndicatorModel): string =>
    flow(i)
      ? a.measures.cumulated(span)
      : i.type === 'quantitative' && i.aggregation === 'mean'
        ? a.measures.mean(span)
        : i.type === 'quantitative' && i.aggregation === 'max'
          ? a.measures.max(span)
          : a.measures.level;
  table(
    wb,
    a.sheets.indicators,
    [
      { header: r.code, width: 10, kind: 'text' },
      { header: r.axis, width: 8, kind: 'text' },
      { header: r.result, width: 10, kind: 'text' },
      { header: r.indicator, width: 48, kind: 'text' },
      { header: r.unit, width: 12, kind: 'text' },
      { header: a.measure, width: 18, kind: 'text' },
      { header: r.baseline, width: 12, kind: 'value' },
      { header: a.targetAtP(at), width: 12, kind: 'value' },
      { header: r.finalTarget, width: 12, kind: 'value' },
      { header: a.actualAtP(at), width: 12, kind: 'value' },
      { header: r.rate, width: 10, kind: 'rate' },
      { header: a.periodActualOwn(at), width: 12, kind: 'value' },
      { header: a.yearActualOwn(yearText), width: 12, kind: 'value' },
      { header: a.yearTargetOwn(yearText), width: 14, kind: 'value' },
      { header: a.yearRateOwn(yearText), width: 10, kind: 'rate' },
      { header: a.rateFinal, width: 12, kind: 'rate' },
      { header: r.status, width: 16, kind: 'text' },
      { header: a.previousRate, width: 12, kind: 'rate' },
      { header: a.previousStatus, width: 16, kind: 'text' },
      { header: a.changeRate, width: 12, kind: 'value' },
      { header: a.changeActual, width: 12, kind: 'value' },
      { header: a.changeTarget, width: 12, kind: 'value' },
      { header: a.changeMoved, width: 22, kind: 'text' },
      { header: r.reason, width: 40, kind: 'text' },
      // Method in sight: how the rate is computed, and the indicator's weight.
      { header: r.method.settingMethod, width: 24, kind: 'text' },
      { header: r.weight, width: 8, kind: 'value' },
    ],
    model.indicators.map((i) => [
      i.code,
      i.axis,
      i.result,
      i.label,
      i.unit,
      measure(i),
      v(i, i.baseline),
      v(i, i.target),
      v(i, i.finalTarget),
      v(i, i.actual),
      i.rate,
      i.periodActual,
      i.year?.actual ?? null,
      // The plan's own figure for the year: a flow's own target, a level's T_Y.
      i.year ? i.year.target : v(i, i.targetYear),
      i.year ? i.year.rate : i.rateYear,
      i.rateFinal,
      achievedAhead(i) ? `${status(i.status)} (${r.achievedAhead})` : status(i.status),
      i.previous ? i.previous.rate : null,
      i.previous ? status(i.previous.status) : null,
      // Points, as the report shows them: −14.3 for a rate down from 114.3 % to 100 %.
      i.change?.rate == null ? null : Math.round(i.change.rate * 1000) / 10,
      i.type === 'quantitative' ? (i.change?.actual ?? null) : null,
      i.type === 'quantitative' ? (i.change?.target ?? null) : null,
      i.change ? a.moved[i.change.moved] : null,
      i.reason ? c.reasons[i.reason] : null,
      methodNote(i, lang),
      i.weight,
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
      i.entities.map((e) => [i.code, i.label, i.unit, e.entity, v(i, e.value), e.valueCount] as Cell[]),
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
        { header: a.start, width: 10, kind: 'text' },
        { header: a.end, width: 10, kind: 'text' },
        { header: e.due(periodWords), width: 12, kind: 'text' },
        { header: r.status, width: 14, kind: 'text' },
        { header: e.meanProgress, width: 12, kind: 'rate' },
        { header: `${e.budget} (${model.plan.currency})`, width: 18, kind: 'amount' },
        ...(toDate
          ? [
              {
                header: `${e.budgetToDate(String(year))} (${model.plan.currency})`,
                width: 18,
                kind: 'amount' as const,
              },
            ]
          : []),
        { header: `${e.disbursedTo(periodWords)} (${model.plan.currency})`, width: 18, kind: 'amount' },
        { header: e.financialRate, width: 14, kind: 'rate' },
        { header: a.lastPeriod, width: 12, kind: 'text' },
      ],
      model.activities.map((x) => [
        x.code,
        x.axis,
        x.result,
        x.label,
        x.start,
        x.end,
        x.due ? e.dueSince : e.notDue,
        x.status ? e.statuses[x.status] : e.notReported,
        x.progress,
        x.budget,
        ...(toDate ? [x.budgetToDate] : []),
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
  // The IPTT, from its view (src/report/iptt-view.ts): one row per indicator, and one per indicator and period.
  const iptt = ipttSheets(model, lang);
  for (const x of [iptt.wide, iptt.long] as SheetView<unknown>[])
    table(
      wb,
      x.name,
      x.columns.map(({ header, width, kind }) => ({ header, width, kind })),
      x.rows.map((row) => x.columns.map((col) => col.value(row))),
      x.frozenColumns,
    );
  table(
    wb,
    a.sheets.sources,
    [
      { header: r.file, width: 48, kind: 'text' },
      { header: r.role, width: 10, kind: 'text' },
      { header: r.sha256, width: 68, kind: 'text' },
      { header: c.quality.replacedBy, width: 48, kind: 'text' },
    ],
    model.sources.map((s) => [
      paths.shown(s.path),
      r.roles[s.role],
      s.sha256,
      s.supersededBy ? paths.shown(s.supersededBy) : null,
    ]),
  );
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

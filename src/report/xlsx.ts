import ExcelJS from 'exceljs';
import type { Execution } from '../compute/execution.js';
import type { ReportModel, RollupModel } from '../compute/model.js';
import { catalogue, describeIssue, type Lang } from '../i18n/index.js';
import { sortIssues } from '../model/issues.js';
import { formatter } from './format.js';
import { type ShownPaths, shownPaths } from './paths.js';
import { periodInWords } from './periods.js';

/**
 * The evaluation annex: the report's tables as a workbook consultants can filter and paste.
 * Numbers are stored as numbers with a number format, never as formatted text; labels that a
 * spreadsheet could read as a formula are neutralised (CSV/formula injection, OWASP).
 */
type Kind = 'text' | 'rate' | 'amount' | 'count' | 'value';

interface Column {
  header: string;
  width: number;
  kind: Kind;
}

type Cell = string | number | null | undefined;

const FORMATS: Record<Exclude<Kind, 'text' | 'value'>, string> = {
  rate: '0.0%',
  amount: '#,##0',
  count: '0',
};

/** Text a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) gets a leading quote. */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

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

function qualityRows(model: ReportModel, lang: Lang, paths: ShownPaths): Cell[][] {
  const c = catalogue(lang);
  const q = model.quality;
  const t = c.quality;
  const f = formatter(lang);
  const warning = c.severity.warning;
  const rows: Cell[][] = [];
  const issueCells = new Set<string>();
  for (const i of sortIssues(q.issues)) {
    if (i.severity === 'info') continue;
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
          null,
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
        `${t.deadline} ${s.deadline} · ${t.submittedOn} ${s.submittedOn}`,
        paths.shown(s.file),
        null,
        null,
      ]);
    }
  }
  for (const o of q.outOfRange) {
    if (issueCells.has(`${o.file}\u0000${o.sheet}\u0000${o.cell}`)) continue;
    rows.push([
      t.outOfRange,
      warning,
      o.indicator,
      o.entity,
      o.period,
      o.value,
      t.kinds[o.kind],
      paths.shown(o.file),
      o.sheet,
      o.cell,
    ]);
  }
  for (const o of q.outliers) {
    rows.push([
      t.outliers,
      warning,
      o.indicator,
      o.entity,
      o.period,
      o.value,
      `${t.median} ${o.median} · ${t.score} ${o.score}`,
      paths.shown(o.file),
      o.sheet,
      o.cell,
    ]);
  }
  for (const d of q.cumulativeDecreases) {
    rows.push([
      t.cumulativeDecreases,
      warning,
      d.indicator,
      d.entity,
      d.period,
      d.value,
      `${t.previous} ${d.previous} (${d.previousPeriod})`,
      paths.shown(d.file),
      d.sheet,
      d.cell,
    ]);
  }
  return rows;
}

/** Wider than this (in character widths), a sheet prints in landscape. */
const PORTRAIT_MAX_WIDTH = 100;
/** Points per line of wrapped text (Calibri 11) and characters per unit of column width, roughly. */
const LINE_HEIGHT = 15;
const CHARS_PER_WIDTH = 1.15;

/**
 * Each sheet prints on A4, as wide as one page (as many pages tall as it takes), in landscape
 * when it is wide, with its header row repeated on every page.
 */
function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  asked: Column[],
): { ws: ExcelJS.Worksheet; columns: Column[] } {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  // A header wraps between words, never inside one: each column is at least as wide as its longest word.
  const columns = asked.map((col) => ({
    ...col,
    width: Math.max(col.width, ...col.header.split(/\s+/).map((w) => Math.ceil(w.length * 1.1) + 1)),
  }));
  ws.columns = columns.map((col) => ({ width: col.width }));
  const width = columns.reduce((sum, col) => sum + col.width, 0);
  ws.pageSetup = {
    paperSize: 9,
    orientation: width > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: '&C&P / &N' };
  const header = ws.addRow(columns.map((col) => safeText(col.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.height = rowHeight(
    columns.map((col) => col.header),
    columns,
  );
  return { ws, columns };
}

/** The height a row needs for its wrapped text: the longest cell in lines of its column's width. */
function rowHeight(values: Cell[], columns: Column[]): number {
  let lines = 1;
  values.forEach((value, n) => {
    if (typeof value !== 'string' || !columns[n]) return;
    const perLine = Math.max(1, Math.floor(columns[n].width * CHARS_PER_WIDTH));
    const wrapped = value
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, wrapped);
  });
  return lines * LINE_HEIGHT;
}

/**
 * An autofilter over the header and every data row. LibreOffice keeps a sheet's filter on save
 * only when the workbook names its range `_xlnm._FilterDatabase` (as Excel does); exceljs writes
 * the filter but not the name, so the names are added to the workbook's defined names here.
 */
function filter(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, columns: number): void {
  const last = Math.max(ws.rowCount, 1);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: columns } };
  const range = `'${ws.name.replace(/'/g, "''")}'!$A$1:$${columnLetter(columns)}$${last}`;
  filterNames(wb).push({
    name: '_xlnm._FilterDatabase',
    localSheetId: wb.worksheets.indexOf(ws),
    ranges: [range],
  });
}

interface DefinedName {
  name: string;
  localSheetId: number;
  ranges: string[];
}

const FILTER_NAMES = new WeakMap<ExcelJS.Workbook, DefinedName[]>();

/**
 * exceljs (4.4) builds the workbook's defined names from `wb.definedNames.model`, which cannot
 * hold a sheet-local name; the filter names are appended to what that getter returns.
 */
function filterNames(wb: ExcelJS.Workbook): DefinedName[] {
  let names = FILTER_NAMES.get(wb);
  if (names) return names;
  const own: DefinedName[] = [];
  names = own;
  FILTER_NAMES.set(wb, own);
  const definedNames = wb.definedNames as unknown as object;
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(definedNames), 'model');
  Object.defineProperty(definedNames, 'model', {
    configurable: true,
    get() {
      return [...(inherited?.get?.call(this) ?? []), ...own];
    },
    set(value: unknown) {
      inherited?.set?.call(this, value);
    },
  });
  return own;
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Columns this wide hold prose (labels, messages): their text wraps in the cell. */
const WRAP_FROM_WIDTH = 30;

function table(wb: ExcelJS.Workbook, name: string, asked: Column[], rows: Cell[][]): void {
  const { ws, columns } = sheet(wb, name, asked);
  for (const values of rows) {
    const row = ws.addRow(values.map(typed));
    for (const [n, col] of columns.entries()) {
      format(row.getCell(n + 1), values[n], col.kind);
      if (col.width >= WRAP_FROM_WIDTH) row.getCell(n + 1).alignment = { vertical: 'top', wrapText: true };
      else row.getCell(n + 1).alignment = { vertical: 'top' };
    }
    row.height = rowHeight(values, columns);
  }
  filter(wb, ws, columns.length);
}

function typed(value: Cell): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return safeText(value);
}

function format(cell: ExcelJS.Cell, value: Cell, kind: Kind): void {
  if (typeof value !== 'number') return;
  if (kind === 'value' || kind === 'text') cell.numFmt = Number.isInteger(value) ? '#,##0' : '#,##0.00';
  else cell.numFmt = FORMATS[kind];
}

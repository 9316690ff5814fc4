import type ExcelJS from 'exceljs';

// How the annex writes a sheet: typed cells with number formats, text that a spreadsheet would
// evaluate neutralised, columns sized to their content, A4 print set-up, autofilters that
// LibreOffice keeps. renderXlsx (xlsx.ts) says what goes in each sheet.

export type Kind = 'text' | 'rate' | 'amount' | 'count' | 'value';

export interface Column {
  header: string;
  width: number;
  kind: Kind;
}

export type Cell = string | number | null | undefined;

const FORMATS: Record<Exclude<Kind, 'text' | 'value'>, string> = {
  rate: '0.0%',
  amount: '#,##0',
  count: '0',
};

/** Text a spreadsheet would evaluate (`=`, `+`, `-`, `@`, tab, CR first) gets a leading quote. */
export function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
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
export function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  asked: Column[],
  frozenColumns = 0,
): { ws: ExcelJS.Worksheet; columns: Column[] } {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: frozenColumns, ySplit: 1 }] });
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
export function rowHeight(values: Cell[], columns: Column[]): number {
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
export function filter(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, columns: number): void {
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

export function table(
  wb: ExcelJS.Workbook,
  name: string,
  asked: Column[],
  rows: Cell[][],
  frozenColumns = 0,
): void {
  const { ws, columns } = sheet(wb, name, asked, frozenColumns);
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

export function typed(value: Cell): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return safeText(value);
}

export function format(cell: ExcelJS.Cell, value: Cell, kind: Kind): void {
  if (typeof value !== 'number') return;
  if (kind === 'value' || kind === 'text') cell.numFmt = Number.isInteger(value) ? '#,##0' : '#,##0.00';
  else cell.numFmt = FORMATS[kind];
}

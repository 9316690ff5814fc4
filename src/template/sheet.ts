import type ExcelJS from 'exceljs';

/**
 * Layout shared by the template workbooks: header row, column widths, frozen header, print setup,
 * data validations and protection. Excel refuses (and "repairs") a file whose validation titles
 * or messages are too long, so every text goes through the limits below.
 */
const LIMITS = { title: 32, message: 255, list: 255 } as const;

export const FILL = {
  header: 'FF1F4E79',
  help: 'FFEDEDED',
  input: 'FFFFF2CC',
} as const;

export interface ColumnSpec {
  header: string;
  width: number;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function writeHeader(ws: ExcelJS.Worksheet, columns: readonly ColumnSpec[], row = 1): void {
  const header = ws.getRow(row);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL.header } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    ws.getColumn(i + 1).width = c.width;
  });
  header.height = 30;
  ws.views = [
    { state: 'frozen', xSplit: 0, ySplit: row, topLeftCell: `A${row + 1}`, activeCell: `A${row + 1}` },
  ];
}

/** Landscape, one page wide, header row repeated on every page. */
export function makePrintable(ws: ExcelJS.Worksheet, headerRow = 1): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
  };
}

/** Sheet protection without a password: it guards against slips, not against a determined user. */
export async function protectSheet(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    formatCells: false,
    insertRows: false,
    deleteRows: false,
    sort: false,
    autoFilter: false,
  });
}

export function shade(cell: ExcelJS.Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

export function unlock(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
  shade(cell, FILL.input);
}

interface Messages {
  prompt?: string;
  promptTitle?: string;
  error?: string;
  errorTitle?: string;
}

function messages(m: Messages): Partial<ExcelJS.DataValidation> {
  return {
    ...(m.prompt ? { showInputMessage: true, prompt: clip(m.prompt, LIMITS.message) } : {}),
    ...(m.promptTitle ? { promptTitle: clip(m.promptTitle, LIMITS.title) } : {}),
    ...(m.error ? { showErrorMessage: true, error: clip(m.error, LIMITS.message) } : {}),
    ...(m.errorTitle ? { errorTitle: clip(m.errorTitle, LIMITS.title) } : {}),
  };
}

/** An inline drop-down list; `strict: false` lets other values through with a warning. */
export function listValidation(
  values: readonly string[],
  m: Messages,
  strict = true,
): ExcelJS.DataValidation {
  const formula = `"${values.map((v) => v.replace(/"/g, '""')).join(',')}"`;
  if (formula.length > LIMITS.list) throw new Error(`drop-down list too long for Excel: ${formula}`);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    ...messages(m),
    showErrorMessage: true,
    errorStyle: strict ? 'stop' : 'information',
  } as ExcelJS.DataValidation;
}

/** A drop-down list read from a range of another sheet (`'Axes'!$A$2:$A$200`). */
export function rangeListValidation(
  sheet: string,
  column: string,
  lastRow: number,
  m: Messages,
): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`'${sheet.replace(/'/g, "''")}'!$${column}$2:$${column}$${lastRow}`],
    ...messages(m),
    showErrorMessage: true,
    errorStyle: 'warning',
  } as ExcelJS.DataValidation;
}

export function decimalValidation(
  min: number | null,
  max: number | null,
  m: Messages,
): ExcelJS.DataValidation {
  const range: Pick<ExcelJS.DataValidation, 'operator' | 'formulae'> =
    min !== null && max !== null
      ? { operator: 'between', formulae: [min, max] }
      : min !== null
        ? { operator: 'greaterThanOrEqual', formulae: [min] }
        : { operator: 'lessThanOrEqual', formulae: [max ?? Number.MAX_SAFE_INTEGER] };
  return {
    type: 'decimal',
    allowBlank: true,
    ...range,
    ...messages(m),
    errorStyle: 'stop',
  } as ExcelJS.DataValidation;
}

export function wholeValidation(min: number, max: number, m: Messages): ExcelJS.DataValidation {
  return {
    type: 'whole',
    allowBlank: true,
    operator: 'between',
    formulae: [min, max],
    ...messages(m),
    errorStyle: 'stop',
  } as ExcelJS.DataValidation;
}

export function dateValidation(m: Messages): ExcelJS.DataValidation {
  return {
    type: 'date',
    allowBlank: true,
    operator: 'greaterThan',
    formulae: [new Date(Date.UTC(2000, 0, 1))],
    ...messages(m),
    errorStyle: 'stop',
  } as ExcelJS.DataValidation;
}

/** A message with no rule: shows the prompt when the cell is selected. */
export function promptOnly(m: Messages): ExcelJS.DataValidation {
  return { type: 'any', allowBlank: true, formulae: [], ...messages(m) } as unknown as ExcelJS.DataValidation;
}

/** Applies a validation to `A2:A500`-style ranges of a column. */
export function validateColumn(
  ws: ExcelJS.Worksheet,
  column: number,
  firstRow: number,
  lastRow: number,
  rule: ExcelJS.DataValidation,
): void {
  const letter = ws.getColumn(column).letter;
  addValidation(ws, `${letter}${firstRow}:${letter}${lastRow}`, rule);
}

function addValidation(ws: ExcelJS.Worksheet, address: string, rule: ExcelJS.DataValidation): void {
  (
    ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations.add(address, rule);
}

/**
 * Collects per-cell validations and writes them as non-overlapping column ranges. exceljs merges
 * per-cell validations itself but orders addresses as text (H10 before H2) and can emit
 * overlapping ranges, which Excel then offers to "repair".
 */
export class Validations {
  private readonly byColumn = new Map<number, Map<number, ExcelJS.DataValidation>>();

  set(cell: ExcelJS.Cell, rule: ExcelJS.DataValidation): void {
    const col = Number(cell.col);
    let rows = this.byColumn.get(col);
    if (!rows) {
      rows = new Map();
      this.byColumn.set(col, rows);
    }
    rows.set(Number(cell.row), rule);
  }

  apply(ws: ExcelJS.Worksheet): void {
    for (const [col, rows] of this.byColumn) {
      const sorted = [...rows.keys()].sort((a, b) => a - b);
      let start = sorted[0];
      for (let i = 0; i < sorted.length; i++) {
        const row = sorted[i];
        const next = sorted[i + 1];
        const rule = rows.get(row) as ExcelJS.DataValidation;
        const continues = next === row + 1 && JSON.stringify(rows.get(next)) === JSON.stringify(rule);
        if (continues) continue;
        const letter = ws.getColumn(col).letter;
        addValidation(ws, start === row ? `${letter}${row}` : `${letter}${start}:${letter}${row}`, rule);
        start = next;
      }
    }
  }
}

/** Points per line of 11-point text, as Excel and LibreOffice lay it out. */
const LINE_HEIGHT = 15;

/**
 * Lines a text takes in a wrapped cell `width` characters wide (Excel's column width unit), each
 * paragraph on its own lines. An estimate from the length: slightly generous, so that a label
 * is never cut, which matters more than a blank line.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.05) - 2);
  return text
    .split(/\r?\n/)
    .reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(Array.from(paragraph).length / perLine)), 0);
}

/**
 * Gives a row the height of its tallest wrapped cell. exceljs writes no height by itself, and
 * LibreOffice then draws a long label over the rows below it; an explicit height is read the
 * same way by Excel, LibreOffice and openpyxl.
 */
export function fitRowHeight(
  row: ExcelJS.Row,
  cells: readonly (readonly [string | null | undefined, number])[],
): void {
  const lines = Math.max(1, ...cells.map(([text, width]) => (text ? wrappedLines(text, width) : 1)));
  if (lines > 1) row.height = Math.max(row.height ?? 0, lines * LINE_HEIGHT);
}

/** Thousands separators (shown in the reader's locale by the spreadsheet), decimals only when there are some. */
export function numberFormat(value: unknown): string | undefined {
  if (typeof value !== 'number') return undefined;
  return Number.isInteger(value) ? '#,##0' : '#,##0.0##';
}

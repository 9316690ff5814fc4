import ExcelJS from 'exceljs';
import { PonamError } from '../model/errors.js';
import { type Cell, toCell } from './cells.js';

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

/** Receives a sheet's non-empty rows in order; `cells[col]` is 1-based, holes are empty cells. */
export interface RowSink {
  row(rowNumber: number, cells: (Cell | null)[]): void;
  end(): void;
}

/**
 * Streams every worksheet of an .xlsx file through exceljs' streaming reader (constant memory
 * whatever the row count), asking `pick` which sheets to read. Returns the sheets found, in
 * workbook order, so that a missing sheet can be reported with the list of those that exist.
 */
export async function streamWorkbook(file: string, pick: (sheet: SheetInfo) => RowSink | null): Promise<SheetInfo[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const seen: SheetInfo[] = [];
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as WorksheetStream;
      const info = describeSheet(reader, ws);
      seen.push(info);
      const sink = pick(info);
      if (!sink) {
        for await (const _row of ws) {
          // drained: the zip stream only moves on once this sheet has been read
        }
        continue;
      }
      for await (const row of ws) {
        const cells: (Cell | null)[] = [];
        let any = false;
        row.eachCell({ includeEmpty: false }, (c, col) => {
          const cell = toCell(c.value, c.numFmt);
          if (cell) {
            cells[col] = cell;
            any = true;
          }
        });
        if (any) sink.row(row.number, cells);
      }
      sink.end();
    }
  } catch (error) {
    if (error instanceof PonamError) throw error;
    throw new PonamError('input', (error as Error).message);
  }
  const order = sheetOrder(reader);
  return order ? seen.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0)) : seen;
}

interface WorksheetStream extends AsyncIterable<ExcelJS.Row> {
  id: string | number;
  name: string;
  state?: string;
}

interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
}

/**
 * The sheet's name and visibility. exceljs matches a sheet file to its name only when the
 * relationship target is relative (`worksheets/sheet1.xml`); openpyxl writes it absolute
 * (`/xl/worksheets/sheet1.xml`), which leaves the default `Sheet1`: resolved again here.
 */
function describeSheet(reader: unknown, ws: WorksheetStream): SheetInfo {
  const internals = reader as ReaderInternals;
  let { name, state } = ws;
  if (name === `Sheet${ws.id}`) {
    const target = `worksheets/sheet${ws.id}.xml`;
    const rel = internals.workbookRels?.find((r) => r.Target.replace(/^\/?(xl\/)?/, '') === target);
    const sheet = rel && internals.model?.sheets?.find((s) => s.rId === rel.Id);
    if (sheet) {
      name = sheet.name;
      state = sheet.state;
    }
  }
  return { name, hidden: state === 'hidden' || state === 'veryHidden' };
}

function sheetOrder(reader: unknown): Map<string, number> | null {
  const sheets = (reader as { model?: { sheets?: { name: string }[] } }).model?.sheets;
  return sheets ? new Map(sheets.map((s, i) => [s.name, i])) : null;
}

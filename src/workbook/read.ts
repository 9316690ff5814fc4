import ExcelJS from 'exceljs';
import { PonamError } from '../model/errors.js';
import { type Cell, toCell } from './cells.js';
import { type Manifest, workbookManifest } from './sheet-names.js';

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
 *
 * exceljs' zip iteration now and then loses an entry of the archive (a worksheet, the shared
 * strings, the styles or xl/workbook.xml). The workbook's manifest is read ahead from the zip:
 * it names the sheets whatever exceljs lost, and a sheet never emitted is read again in another
 * pass (sheets already handed to `pick` are skipped, so no row is delivered twice).
 */
export async function streamWorkbook(
  file: string,
  pick: (sheet: SheetInfo) => RowSink | null,
  maxRows: number = Number.POSITIVE_INFINITY,
): Promise<SheetInfo[]> {
  const manifest = await workbookManifest(file);
  const emitted = new Set<string>();
  const seen: SheetInfo[] = [];
  let order: Map<string, number> | null = null;
  for (let attempt = 1; ; attempt++) {
    const stall = stallGuard();
    try {
      const pass = streamPass(file, manifest, maxRows, (info) => {
        if (emitted.has(info.name)) return null;
        emitted.add(info.name);
        seen.push(info);
        return pick(info);
      });
      order = await Promise.race([pass, stall.promise]);
    } catch (error) {
      if (!(error instanceof LostEntry) || attempt >= MAX_PASSES) throw rethrown(error);
      continue;
    } finally {
      stall.done();
    }
    const complete = !manifest || manifest.sheets.every((s) => emitted.has(s.name));
    if (complete || attempt >= MAX_PASSES) break;
  }
  return order ? seen.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0)) : seen;
}

const MAX_PASSES = 5;

/**
 * On some damaged zips exceljs waits for a stream event that never comes: nothing is left to
 * run and Node would exit silently, with code 0, half-way through. Reads still pending when the
 * event loop runs dry are failed instead, and the run goes on to the next file.
 */
const pendingReads = new Set<(error: Error) => void>();
let stallHookInstalled = false;

function stallGuard(): { promise: Promise<never>; done: () => void } {
  if (!stallHookInstalled) {
    stallHookInstalled = true;
    process.on('beforeExit', () => {
      for (const fail of pendingReads)
        fail(new PonamError('input', 'the zip archive is damaged: reading stopped before its end'));
      pendingReads.clear();
    });
  }
  let fail: (error: Error) => void = () => {};
  const promise = new Promise<never>((_, reject) => {
    fail = reject;
  });
  promise.catch(() => {});
  pendingReads.add(fail);
  return { promise, done: () => pendingReads.delete(fail) };
}

class LostEntry extends Error {}

function rethrown(error: unknown): Error {
  if (error instanceof PonamError || error instanceof TooManyRows) return error;
  if (error instanceof LostEntry)
    return new PonamError('input', 'the zip archive could not be read completely');
  return new PonamError('input', (error as Error).message);
}

async function streamPass(
  file: string,
  manifest: Manifest | null,
  maxRows: number,
  pick: (sheet: SheetInfo) => RowSink | null,
): Promise<Map<string, number> | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  const parsed = new Set<string>();
  (reader as unknown as NodeJS.EventEmitter).on('entry', (entry: { type?: string }) => {
    if (entry.type) parsed.add(entry.type);
  });
  const internals = reader as unknown as ReaderInternals;
  if (manifest) {
    internals.model = { sheets: manifest.sheets };
    internals.workbookRels = manifest.rels;
    internals.properties = { model: { date1904: manifest.date1904 } };
  }
  for await (const worksheet of reader) {
    // Worksheets read before the shared strings or styles would come out with wrong values.
    if (manifest?.entries.has('xl/sharedStrings.xml') && !parsed.has('shared-strings')) throw new LostEntry();
    if (manifest?.entries.has('xl/styles.xml') && !parsed.has('styles')) throw new LostEntry();
    const ws = worksheet as unknown as WorksheetStream;
    const info = describeSheet(reader, ws);
    const sink = pick(info);
    let rows = 0;
    if (!sink) {
      for await (const _row of ws) {
        // drained: the zip stream only moves on once this sheet has been read
        if (++rows > maxRows) throw new TooManyRows(info.name, maxRows);
      }
      continue;
    }
    for await (const row of ws) {
      if (++rows > maxRows) throw new TooManyRows(info.name, maxRows);
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
  return sheetOrder(reader);
}

/** A sheet longer than the row limit: reading stops there (a flag can raise the limit). */
export class TooManyRows extends Error {
  constructor(
    readonly sheet: string,
    readonly limit: number,
  ) {
    super(`sheet ${sheet} has more than ${limit} rows`);
    this.name = 'TooManyRows';
  }
}

interface WorksheetStream extends AsyncIterable<ExcelJS.Row> {
  id: string | number;
  name: string;
  state?: string;
}

interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
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

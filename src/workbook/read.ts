import { posix } from 'node:path';
import ExcelJS from 'exceljs';
import { PonamError } from '../model/errors.js';
import type { Cell } from './cells.js';
import { parseSheet, type SheetContext } from './sheet-parser.js';
import { openZip, type ZipEntry } from './zip.js';

export interface SheetInfo {
  name: string;
  hidden: boolean;
}

/** Receives a sheet's non-empty rows in order; `cells[col]` is 1-based, holes are empty cells. */
export interface RowSink {
  row(rowNumber: number, cells: (Cell | null)[]): void;
  end(): void;
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

/** The parts of exceljs' streaming WorkbookReader that parse one entry each. */
interface ReaderParts {
  model?: { sheets?: { name: string; id: number; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(stream: AsyncIterable<unknown>): Promise<void>;
  _parseWorkbook(stream: AsyncIterable<unknown>): Promise<void>;
  _parseSharedStrings(stream: AsyncIterable<unknown>): AsyncIterable<unknown>;
  _parseStyles(stream: AsyncIterable<unknown>): Promise<void>;
  sharedStrings?: unknown[];
  styles?: { getStyleModel(id: number): { numFmt?: string } | null };
  properties?: { model?: { date1904?: boolean } };
}

/**
 * Streams the worksheets of an .xlsx file row by row (constant memory whatever the row count),
 * in workbook order, asking `pick` which sheets to read. The zip is opened through its central
 * directory (zip.ts) and its parts are handed to exceljs' own parsers in the order they depend
 * on each other — relationships, workbook, shared strings, styles, then each worksheet — so that
 * no sheet is read before the strings and number formats it refers to.
 */
export async function streamWorkbook(
  file: string,
  pick: (sheet: SheetInfo) => RowSink | null,
  maxRows: number = Number.POSITIVE_INFINITY,
): Promise<SheetInfo[]> {
  const stall = stallGuard();
  try {
    return await Promise.race([readWorkbook(file, pick, maxRows), stall.promise]);
  } catch (error) {
    if (error instanceof PonamError || error instanceof TooManyRows) throw error;
    throw new PonamError('input', (error as Error).message);
  } finally {
    stall.done();
  }
}

/**
 * On some damaged zips a stream waits for an event that never comes: nothing is left to run and
 * Node would exit silently, with code 0, half-way through. Reads still pending when the event
 * loop runs dry are failed instead, and the run goes on to the next file.
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

async function readWorkbook(
  file: string,
  pick: (sheet: SheetInfo) => RowSink | null,
  maxRows: number,
): Promise<SheetInfo[]> {
  const entries = await openZip(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as ReaderParts;
  const part = (path: string) => entries.get(path);
  const rels = part('xl/_rels/workbook.xml.rels');
  const workbook = part('xl/workbook.xml');
  if (!workbook) throw new PonamError('input', 'xl/workbook.xml is missing');
  if (rels) await reader._parseRels(chunks(rels));
  await reader._parseWorkbook(chunks(workbook));
  const strings = part('xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(chunks(strings))) void _;
  const styles = part('xl/styles.xml');
  if (styles) await reader._parseStyles(chunks(styles));

  const sheets = reader.model?.sheets ?? [];
  const seen: SheetInfo[] = [];
  for (const sheet of sheets) {
    const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target;
    const entry = target ? part(resolveTarget(target)) : undefined;
    const info = { name: sheet.name, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden' };
    seen.push(info);
    const sink = entry ? pick(info) : null;
    if (!entry || !sink) continue;
    await readRows(reader, entry, info.name, sink, maxRows);
  }
  return seen;
}

async function readRows(
  reader: ReaderParts,
  entry: ZipEntry,
  name: string,
  sink: RowSink,
  maxRows: number,
): Promise<void> {
  let rows = 0;
  const context: SheetContext = {
    sharedStrings: reader.sharedStrings ?? [],
    numFmt: (style) => reader.styles?.getStyleModel(style)?.numFmt,
    date1904: Boolean(reader.properties?.model?.date1904),
  };
  await parseSheet(entry.stream(), entry.uncompressedSize, context, sink, () => {
    if (++rows > maxRows) throw new TooManyRows(name, maxRows);
  });
}

function chunks(entry: ZipEntry): AsyncIterable<unknown> {
  return entry.stream();
}

/** Relationship targets are relative to `xl/` (`worksheets/sheet1.xml`) or absolute (`/xl/…`, openpyxl). */
function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
}

import { readFileSync } from 'node:fs';
import { type Cell, toCell } from './cells.js';
import { scanOds } from './ods-scan.js';
import { type ReadFailure, WorkbookDamaged } from './read-errors.js';
import { serialToDate } from './xlsx/dates.js';
import { UncompressedTooLarge } from './xlsx/errors.js';
import { numberFormat } from './xlsx/number-formats.js';
import type { NotWorkbook } from './zip-probe.js';

/**
 * Legacy Excel 97-2003 (.xls, BIFF) and OpenDocument (.ods) workbooks, read through SheetJS
 * Community Edition (`@e965/xlsx`, loaded only when such a file appears), into the same cells the
 * .xlsx reader gives (cells.ts): numbers with their date or percent format, text, booleans,
 * Excel errors, each at its row and column, so that every later step — tables, coercion, traces
 * — is the one of .xlsx. Runs inside the reading thread of sheetjs.ts (time and memory limits);
 * every failure is returned as plain data (`ReadFailure`), never thrown across the thread.
 */
export interface LegacyRequest {
  path: string;
  format: 'xls' | 'ods';
  maxRows: number;
  maxUncompressedBytes: number;
  /** Cells the thread's memory can hold, checked on an .ods before it is parsed (ods-scan.ts). */
  maxCells: number;
  /** Only the sheets' names and states, no cell (to tell a plan from a report). */
  namesOnly: boolean;
}

export type LegacyRow = [row: number, cells: (Cell | null)[]];

export interface LegacySheet {
  name: string;
  hidden: boolean;
  rows: LegacyRow[];
  /** A cell beyond XFD1048576 (a crafted .ods): the sheet is read up to it. */
  invalidRef?: string;
}

export type LegacyOutcome = { ok: true; sheets: LegacySheet[] } | { ok: false; failure: ReadFailure };

/** Error values by their BIFF code ([MS-XLS] 2.5.97.2 BErr). */
const ERRORS: Record<number, string> = {
  0: '#NULL!',
  7: '#DIV/0!',
  15: '#VALUE!',
  23: '#REF!',
  29: '#NAME?',
  36: '#NUM!',
  42: '#N/A',
  43: '#GETTING_DATA',
};

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const FILEPASS = 0x002f;
const EOF = 0x000a;
const BOF = 0x0809;
const BIFF8 = 0x0600;
const WORKBOOK_NAME = Buffer.from('Book', 'utf16le');

type SheetJs = typeof import('@e965/xlsx');
let sheetjs: Promise<SheetJs> | null = null;

let codePages: Promise<void> | null = null;

function loadSheetJs(): Promise<SheetJs> {
  sheetjs ??= import('@e965/xlsx');
  return sheetjs;
}

/**
 * The code page tables (a second of loading), only for an Excel 5/95 workbook: it stores text in
 * the workbook's code page (Windows-1252 in France), where Excel 97 and later store Unicode.
 */
function loadCodePages(xlsx: SheetJs): Promise<void> {
  codePages ??= import('@e965/xlsx/dist/cpexcel.full.mjs').then((tables) => xlsx.set_cptable(tables));
  return codePages;
}

export async function parseLegacy(req: LegacyRequest): Promise<LegacyOutcome> {
  try {
    return { ok: true, sheets: await parse(req) };
  } catch (error) {
    return { ok: false, failure: asFailure(error) };
  }
}

class Refused extends Error {
  constructor(readonly failure: ReadFailure) {
    super(failure.type);
  }
}

function asFailure(error: unknown): ReadFailure {
  if (error instanceof Refused) return error.failure;
  if (error instanceof UncompressedTooLarge)
    return { type: 'too-large', inflated: error.inflated, limit: error.limit };
  if (
    error instanceof RangeError &&
    /call stack|allocation|Invalid array length|Invalid string length/i.test(error.message)
  )
    return { type: 'limit', what: 'memory', limit: 0 };
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return { type: 'encrypted' };
  return { type: 'damaged', detail: message.split('\n')[0].slice(0, 200) };
}

async function parse(req: LegacyRequest): Promise<LegacySheet[]> {
  const outline =
    req.format === 'ods'
      ? await scanOds(req.path, {
          budget: { used: 0, limit: req.maxUncompressedBytes },
          maxRows: req.maxRows,
          maxCells: req.namesOnly ? Number.POSITIVE_INFINITY : req.maxCells,
          drainOthers: !req.namesOnly,
        })
      : null;
  if (outline?.stopped?.what === 'rows')
    throw new Refused({ type: 'too-many-rows', sheet: outline.stopped.sheet, limit: req.maxRows });
  if (outline?.stopped?.what === 'cells')
    throw new Refused({ type: 'limit', what: 'cells', limit: req.maxCells });
  if (outline && req.namesOnly)
    return outline.sheets.map((s) => ({ name: s.name, hidden: s.hidden, rows: [] }));

  const xlsx = await loadSheetJs();
  const bytes = readFileSync(req.path);
  if (req.format === 'xls' && checkContainer(xlsx, bytes) < BIFF8) await loadCodePages(xlsx);
  const book = quietly(() =>
    xlsx.read(bytes, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
      // A formula matters only where it has no result: .xls always saves one, an .ods may not.
      cellFormula: req.format === 'ods',
      sheetStubs: req.format === 'ods',
      bookSheets: req.namesOnly,
    }),
  );
  const states = book.Workbook?.Sheets ?? [];
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  return book.SheetNames.map((name, i) => {
    const hidden = outline ? (outline.sheets[i]?.hidden ?? false) : Number(states[i]?.Hidden ?? 0) > 0;
    const sheet: LegacySheet = { name, hidden, rows: [] };
    if (!req.namesOnly) readRows(book.Sheets[name], sheet, date1904, req.maxRows);
    return sheet;
  });
}

/**
 * What the CFB container holds, before SheetJS parses it: a workbook stream (`Workbook`, or
 * `Book` for Excel 5/95), and no FILEPASS record in its globals — a password-protected .xls is
 * refused with the message of every encrypted file, not a decryption error. Returns the BIFF
 * version of its first BOF record (0x0600 for Excel 97 and later).
 */
function checkContainer(xlsx: SheetJs, bytes: Buffer): number {
  let container: { FileIndex: { name: string; content?: Uint8Array }[] };
  try {
    container = xlsx.CFB.read(bytes, { type: 'buffer' });
  } catch (error) {
    throw new WorkbookDamaged(error instanceof Error ? error.message : String(error));
  }
  const streams = new Map(container.FileIndex.map((e) => [e.name, e]));
  if (streams.has('EncryptionInfo') || streams.has('EncryptedPackage'))
    throw new Refused({ type: 'encrypted' });
  const workbook = streams.get('Workbook') ?? streams.get('Book');
  // Named but empty: its sectors could not be followed (a size or a chain that lies).
  if (workbook && !workbook.content?.length) throw new WorkbookDamaged('the workbook stream is empty');
  if (!workbook?.content) {
    // The directory names a workbook stream the container parser dropped: damaged, not a Word file.
    if (bytes.includes(WORKBOOK_NAME)) throw new WorkbookDamaged('the workbook stream cannot be read');
    const detail: NotWorkbook = streams.has('WordDocument')
      ? 'doc'
      : streams.has('PowerPoint Document')
        ? 'ppt'
        : 'ole';
    throw new Refused({ type: 'not-a-workbook', detail });
  }
  const stream = Buffer.from(workbook.content);
  if (hasFilePass(stream)) throw new Refused({ type: 'encrypted' });
  return stream.length >= 6 && stream.readUInt16LE(0) === BOF ? stream.readUInt16LE(4) : 0;
}

/** A FILEPASS record among the workbook globals (from the first BOF to its EOF). */
function hasFilePass(stream: Buffer): boolean {
  for (let p = 0; p + 4 <= stream.length; ) {
    const type = stream.readUInt16LE(p);
    if (type === FILEPASS) return true;
    if (type === EOF) return false;
    if (p > 0 && type === BOF) return false;
    p += 4 + stream.readUInt16LE(p + 2);
  }
  return false;
}

/** SheetJS writes notes on console.error (an .ods number format it cannot translate): kept quiet. */
function quietly<T>(run: () => T): T {
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => {};
  try {
    return run();
  } finally {
    Object.assign(console, saved);
  }
}

interface SheetJsCell {
  t: string;
  v?: unknown;
  z?: string | number;
  f?: string;
  w?: string;
}

/**
 * The rows of a dense SheetJS sheet as the .xlsx reader hands them over: 1-based row numbers and
 * columns, empty rows left out. Only the cells present are visited (the sheet's declared range
 * may lie: a DIMENSIONS record can claim four billion rows).
 */
function readRows(ws: unknown, sheet: LegacySheet, date1904: boolean, maxRows: number): void {
  const data = ((ws as { '!data'?: (SheetJsCell | undefined)[][] } | undefined)?.['!data'] ?? []) as (
    | (SheetJsCell | undefined)[]
    | undefined
  )[];
  let count = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (!row) continue;
    const cells: (Cell | null)[] = [];
    let any = false;
    for (let c = 0; c < row.length; c++) {
      const cell = toLegacyCell(row[c], date1904);
      if (!cell) continue;
      if (r >= MAX_ROW || c >= MAX_COL) {
        sheet.invalidRef = `R${r + 1}C${c + 1}`;
        return;
      }
      cells[c + 1] = cell;
      any = true;
    }
    if (!any) continue;
    if (++count > maxRows) throw new Refused({ type: 'too-many-rows', sheet: sheet.name, limit: maxRows });
    sheet.rows.push([r + 1, cells]);
  }
}

/** One SheetJS cell as cells.ts has it: the same rules of dates and percentages as the .xlsx reader. */
export function toLegacyCell(cell: SheetJsCell | undefined, date1904: boolean): Cell | null {
  if (!cell) return null;
  switch (cell.t) {
    case 'n': {
      const v = cell.v;
      if (typeof v !== 'number') return null;
      if (!Number.isFinite(v)) return { t: 'e', v: '#NUM!' };
      const format = numberFormat(typeof cell.z === 'string' ? cell.z : undefined);
      if (format.date) {
        const date = serialToDate(v, date1904);
        if (date === null) return { t: 's', v: '1900-02-29' };
        return Number.isNaN(date.getTime()) ? { t: 'e', v: '#VALUE!' } : { t: 'd', v: date };
      }
      return { t: 'n', v, percent: format.percent };
    }
    case 's':
      return typeof cell.v === 'string' ? toCell(cell.v, undefined) : null;
    case 'b':
      return { t: 'b', v: Boolean(cell.v) };
    case 'e':
      return { t: 'e', v: (typeof cell.v === 'number' ? ERRORS[cell.v] : undefined) ?? cell.w ?? '#VALUE!' };
    case 'd':
      return cell.v instanceof Date && !Number.isNaN(cell.v.getTime()) ? { t: 'd', v: cell.v } : null;
    case 'z':
      return cell.f ? { t: 'f', formula: cell.f } : null;
    default:
      return null;
  }
}

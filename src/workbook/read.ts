import { PonamError } from '../model/errors.js';
import type { Cell } from './cells.js';
import { parseSheet, type SheetSetup } from './sheet-parser.js';
import { InvalidCellRef, XmlRefused } from './xlsx/errors.js';
import { PLAIN } from './xlsx/number-formats.js';
import { SharedStrings } from './xlsx/shared-strings.js';
import { parseStyles } from './xlsx/styles-part.js';
import { parseRelationships, parseWorkbook } from './xlsx/workbook-part.js';
import { BadXml } from './xlsx/xml-text.js';
import { openZip, type ZipArchive } from './zip.js';

export interface SheetInfo {
  name: string;
  /** Hidden or very hidden (`veryHidden`: not even listed by Excel's Unhide). */
  hidden: boolean;
  veryHidden?: boolean;
}

/**
 * Chooses the sink of a sheet, or null to skip it; `all` lists every sheet of the workbook, in
 * order, so that a choice may depend on the others (a hidden sheet beside a visible one); a
 * reader that cannot list them first leaves it out.
 */
export type SheetPick = (sheet: SheetInfo, all?: readonly SheetInfo[]) => RowSink | null;

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

export interface ReadOptions {
  /** Uncompressed bytes the file may yield, counted as it is inflated (all parts together). */
  maxUncompressedBytes?: number;
  /**
   * Told of a cell reference outside XFD1048576; the sheet's reading stops there (its sink is
   * ended) and the other sheets are read. Without it, the reference is thrown.
   */
  onInvalidRef?(error: InvalidCellRef): void;
  /** Told how far a worksheet's reading has gone (bytes of XML read, out of its size): the progress bar. */
  onProgress?: SheetProgress;
}

export type SheetProgress = (read: number, size: number) => void;

const WORKBOOK = 'xl/workbook.xml';

/**
 * Streams the worksheets of an .xlsx file row by row (constant memory whatever the row count),
 * in workbook order, asking `pick` which sheets to read. The parts are read in the order they
 * depend on each other — workbook, its relationships, shared strings, styles, then each chosen
 * worksheet — so that no sheet is read before the strings and number formats it refers to.
 * Failures are typed (xlsx/errors.ts, TooManyRows, PonamError for a zip without a workbook).
 */
export async function streamWorkbook(
  file: string,
  pick: SheetPick,
  maxRows: number = Number.POSITIVE_INFINITY,
  options: ReadOptions = {},
): Promise<SheetInfo[]> {
  const budget = { used: 0, limit: options.maxUncompressedBytes ?? Number.POSITIVE_INFINITY };
  const zip = await openZip(file, budget);
  const workbookEntry = zip.find(WORKBOOK);
  if (!workbookEntry) throw new PonamError('input', `${WORKBOOK} is missing`);
  const workbook = parsePart(WORKBOOK, await workbookEntry.buffer(), parseWorkbook);
  const relsPath = 'xl/_rels/workbook.xml.rels';
  const rels = await readPart(zip, relsPath, parseRelationships);
  const strings = (await readPart(zip, 'xl/sharedStrings.xml', SharedStrings.parse)) ?? SharedStrings.empty();
  const formats = (await readPart(zip, 'xl/styles.xml', parseStyles)) ?? [];

  const all: SheetInfo[] = workbook.sheets.map((sheet) => ({
    name: sheet.name,
    hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
    ...(sheet.state === 'veryHidden' ? { veryHidden: true } : {}),
  }));
  const seen: SheetInfo[] = [];
  for (const [i, sheet] of workbook.sheets.entries()) {
    const target = rels?.get(sheet.relId);
    const entry = target ? zip.find(target) : undefined;
    const info = all[i];
    seen.push(info);
    const sink = entry ? pick(info, all) : null;
    if (!entry || !sink) continue;
    let rows = 0;
    const setup: SheetSetup = {
      sheet: info.name,
      sharedCell: (i) => strings.cell(i),
      format: (style) => formats[style] ?? PLAIN,
      date1904: workbook.date1904,
    };
    try {
      await parseSheet(
        entry.chunks(),
        entry.uncompressedSize,
        setup,
        sink,
        () => {
          if (++rows > maxRows) throw new TooManyRows(info.name, maxRows);
        },
        options.onProgress,
      );
    } catch (error) {
      if (!(error instanceof InvalidCellRef) || !options.onInvalidRef) throw error;
      options.onInvalidRef(error);
      sink.end();
    }
  }
  return seen;
}

async function readPart<T>(zip: ZipArchive, path: string, parse: (buf: Buffer) => T): Promise<T | null> {
  const entry = zip.find(path);
  return entry ? parsePart(path, await entry.buffer(), parse) : null;
}

function parsePart<T>(path: string, buf: Buffer, parse: (buf: Buffer) => T): T {
  try {
    return parse(buf);
  } catch (error) {
    if (error instanceof BadXml) throw new XmlRefused(path, error.message);
    throw error;
  }
}

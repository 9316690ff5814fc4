import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { progressSheet } from '../core/progress.js';
import { type Cell, toCell } from './cells.js';
import type { RowSink } from './read.js';

const require = createRequire(import.meta.url);
const excelUtils = require('exceljs/lib/utils/utils') as {
  isDateFmt(fmt: string | undefined): boolean;
  excelToDate(serial: number, date1904: boolean): Date;
};

/** What a sheet's cells need from the rest of the workbook, as exceljs parsed it. */
export interface SheetContext {
  sharedStrings: unknown[];
  /** The number format of a cell style index. */
  numFmt(styleIndex: number): string | undefined;
  date1904: boolean;
}

interface Format {
  date: boolean;
  numFmt: string | undefined;
}

/**
 * Reads a worksheet's XML straight into ponam cells, row by row: the SAX events of `<row>`,
 * `<c r= t= s=>`, `<v>`, `<f>` and `<is><t>` and nothing else. exceljs' own worksheet reader
 * builds a Row and a Cell object per cell (with style and address objects); on a national
 * database that is most of the reading time, and none of it is needed here. Values are read
 * exactly as exceljs reads them: shared strings and rich text, inline strings (every run, where
 * exceljs keeps only the last), booleans, errors, formulas with their cached result, dates from
 * the cell's number format, percentages kept as fractions with their format.
 */
export async function parseSheet(
  stream: Readable,
  size: number,
  context: SheetContext,
  sink: RowSink,
  onRow?: () => void,
): Promise<void> {
  const parser = new SaxesParser();
  const formats = new Map<number, Format>();
  const formatOf = (style: number): Format => {
    let f = formats.get(style);
    if (!f) {
      const numFmt = context.numFmt(style);
      f = { date: excelUtils.isDateFmt(numFmt), numFmt };
      formats.set(style, f);
    }
    return f;
  };

  let inData = false;
  let rowNumber = 0;
  let cells: (Cell | null)[] = [];
  let any = false;
  let col = 0;
  let type: string | undefined;
  let style = 0;
  let text: string | null = null;
  let value: string | null = null;
  let formula: string | null = null;
  let target: 'v' | 'f' | 't' | null = null;
  let error: Error | null = null;

  parser.on('error', (e) => {
    error = e;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    switch (tag.name) {
      case 'sheetData':
        inData = true;
        break;
      case 'row': {
        if (!inData) break;
        const r = tag.attributes.r;
        rowNumber = r ? Number(r) : rowNumber + 1;
        cells = [];
        any = false;
        col = 0;
        break;
      }
      case 'c': {
        if (!inData) break;
        const ref = tag.attributes.r;
        col = ref ? columnNumber(ref) : col + 1;
        type = tag.attributes.t;
        style = tag.attributes.s ? Number(tag.attributes.s) : 0;
        value = null;
        formula = null;
        text = null;
        break;
      }
      case 'v':
        target = 'v';
        value = '';
        break;
      case 'f':
        target = 'f';
        formula = '';
        break;
      case 't':
        // Inline strings: every run of `<is><r><t>` adds up.
        target = 't';
        if (text === null) text = '';
        break;
    }
  });
  parser.on('text', (chunk: string) => {
    if (target === 'v') value += chunk;
    else if (target === 'f') formula += chunk;
    else if (target === 't') text += chunk;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    switch (tag.name) {
      case 'v':
      case 'f':
      case 't':
        target = null;
        break;
      case 'c': {
        if (!inData) break;
        const cell = makeCell();
        if (cell) {
          cells[col] = cell;
          any = true;
        }
        break;
      }
      case 'row':
        if (!inData) break;
        onRow?.();
        if (any) sink.row(rowNumber, cells);
        break;
      case 'sheetData':
        inData = false;
        break;
    }
  });

  function makeCell(): Cell | null {
    const format = style ? formatOf(style) : NO_FORMAT;
    if (formula !== null && (value === null || value === '') && text === null) return { t: 'f', formula };
    switch (type) {
      case 's': {
        const shared = value === null ? undefined : context.sharedStrings[Number(value)];
        return toCell(shared, undefined);
      }
      case 'inlineStr':
        return toCell(text ?? value ?? '', undefined);
      case 'str':
        return toCell(value ?? text ?? '', undefined);
      case 'b':
        return value === null ? null : { t: 'b', v: Number(value) !== 0 };
      case 'e':
        return value === null ? null : { t: 'e', v: value };
      default: {
        if (value === null || value === '') return null;
        const n = Number(value);
        if (!Number.isFinite(n)) return { t: 'e', v: value };
        if (format.date) return toCell(excelUtils.excelToDate(n, context.date1904), undefined);
        return toCell(n, format.numFmt);
      }
    }
  }

  stream.setEncoding('utf8'); // decodes characters split across chunks
  let read = 0;
  for await (const chunk of stream) {
    parser.write(chunk as string);
    if (error) throw error;
    read += (chunk as string).length;
    progressSheet(read, size);
  }
  parser.close();
  if (error) throw error;
  sink.end();
}

const NO_FORMAT: Format = { date: false, numFmt: undefined };

/** `BC12` → 55. */
function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

// Over 400 lines on purpose: this is the worksheet tokenizer, the hot loop of every read (a
// million cells go through it). Rows, cells, values and their formats are scanned by one class
// over one buffer so that V8 keeps the loop monomorphic and inlines its helpers; split across
// modules, the same code measured slower (see the byte constants below).
import { address, type Cell, toCell } from './cells.js';
import type { RowSink } from './read.js';
import { parseIsoDate, serialToDate } from './xlsx/dates.js';
import { InvalidCellRef, XmlRefused } from './xlsx/errors.js';
import { Attributes, ascii, isNamed, Markup, MarkupKind, readMarkup, xmlStart } from './xlsx/markup.js';
import { type NumberFormat, PLAIN } from './xlsx/number-formats.js';
import { BadXml, decodeEscapes, decodeText } from './xlsx/xml-text.js';

/** What a sheet's cells need from the rest of the workbook. */
export interface SheetSetup {
  /** The sheet's name, for error messages. */
  sheet: string;
  /** The cell of shared string `i` (null when it is blank or missing). */
  sharedCell(i: number): Cell | null;
  /** The number format of a cell style index (`s`). */
  format(style: number): NumberFormat;
  date1904: boolean;
}

/** Excel's grid: XFD1048576. */
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;
/** A carried-over element shorter than this is finished on a copy of itself and this many bytes. */
const BRIDGE = 4096;
/** One element (a cell with its inline text, a tag, a comment) longer than this is refused. */
const MAX_ELEMENT = 16 * 1024 * 1024;

// The bytes the tokenizer compares, declared here rather than imported from markup.ts: module-local
// constants are folded into the hot loop, imported ones cost 5–8 % of the reader's time
// (farm-bench on the 200k openpyxl workbook).
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const SHEET_DATA = ascii('sheetData');
const ROW = ascii('row');
const R_PH = ascii('rPh');
const R = 0x72;
const S = 0x73;
const T = 0x74;
const V = 0x76;
const F = 0x66;
const C = 0x63;

enum Type {
  Number = 0,
  Shared = 1,
  Str = 2,
  Inline = 3,
  Bool = 4,
  Error = 5,
  Date = 6,
}

/**
 * Reads a worksheet's XML, fed as chunks of bytes in any sizes, straight into ponam cells, row by
 * row. It looks at `<sheetData>`, `<row r>`, `<c r t s>` and their `<v>`, `<f>` and `<is>…<t>`
 * and at nothing else, and makes a string only for text a cell holds: numbers are read from the
 * bytes, shared strings are looked up by index. A chunk may end anywhere (inside a tag, inside a
 * UTF-8 character): the unfinished element waits for the next chunk.
 *
 * Values are those exceljs gives (see tests/reader/oracle.test.ts for the few corrections):
 * shared strings, inline strings (every run), rich text, booleans, errors, formulas with their
 * cached result (a formula without one is `{t:'f'}`), ISO dates (`t="d"`), dates from the cell's
 * number format (1900 or 1904 system), percentages kept as fractions with their format.
 */
export class SheetScanner {
  private readonly m = new Markup();
  private readonly cm = new Markup();
  private readonly attrs = new Attributes();
  private readonly formats: NumberFormat[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes to gather before trying an unfinished element again (so that a long one costs O(n)). */
  private waitFor = 0;
  private started = false;
  private finished = false;
  private inData = false;
  private inRow = false;
  private rowNumber = 0;
  private col = 0;
  private cells: (Cell | null)[] = [];
  private any = false;
  // The cell being read.
  private type = Type.Number;
  private style = 0;
  private vStart = -1;
  private vEnd = -1;
  private vText: string | null = null;
  private fStart = -1;
  private fEnd = -1;
  private fText: string | null = null;
  private inline: string | null = null;
  /** A single-run inline string read by the fast path: its raw bytes. */
  private inlineStart = -1;
  private inlineEnd = -1;
  private readonly texts = new TextCells();
  private readonly numbers: [Cell[], Cell[]] = [[], []];
  // Result of `content()`: a raw byte range, or decoded text when it held CDATA or comments.
  private textStart = 0;
  private textEnd = 0;
  private text: string | null = null;

  constructor(
    private readonly setup: SheetSetup,
    private readonly sink: RowSink,
    private readonly onRow?: () => void,
  ) {}

  write(chunk: Buffer): void {
    if (this.finished || chunk.length === 0) return;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= this.waitFor) this.scanPending(false);
  }

  /** The last chunk has been written: the sheet must be complete. */
  end(): void {
    if (!this.finished) {
      this.scanPending(true);
      if (this.pendingBytes > 0 || this.inData)
        throw new XmlRefused(this.setup.sheet, 'the worksheet ends in the middle of its data');
    }
    this.sink.end();
  }

  private scanPending(final: boolean): void {
    try {
      this.scanPendingBytes(final);
    } catch (error) {
      if (error instanceof BadXml) throw new XmlRefused(this.setup.sheet, error.message);
      throw error;
    }
  }

  private scanPendingBytes(final: boolean): void {
    let buf: Buffer;
    let stop: number;
    const [carry, chunk] = this.pending;
    if (this.pending.length === 2 && carry.length < BRIDGE && chunk.length > 2 * BRIDGE) {
      // The element cut at the end of the last chunk is finished on a copy of its bytes and the
      // start of this chunk; the rest of this chunk is then read where it lies (no copy of it).
      const bridge = Buffer.concat([carry, chunk.subarray(0, BRIDGE)]);
      const stopped = this.scan(bridge, 0, false);
      if (this.finished) {
        this.clear();
        return;
      }
      if (stopped >= carry.length) {
        buf = chunk;
        stop = this.scan(chunk, stopped - carry.length, final);
      } else {
        buf = Buffer.concat(this.pending, this.pendingBytes);
        stop = this.scan(buf, stopped, final);
      }
    } else {
      buf = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
      stop = this.scan(buf, 0, final);
    }
    if (this.finished || stop >= buf.length) {
      this.clear();
      return;
    }
    const rest = buf.length - stop;
    if (rest > MAX_ELEMENT)
      throw new XmlRefused(this.setup.sheet, `an element longer than ${MAX_ELEMENT} bytes`);
    // Copied, so that the large chunk it came from can be freed.
    this.pending = [Buffer.from(buf.subarray(stop))];
    this.pendingBytes = rest;
    this.waitFor = Math.min(rest * 2, MAX_ELEMENT + 1);
  }

  private clear(): void {
    this.pending = [];
    this.pendingBytes = 0;
    this.waitFor = 0;
  }

  /** Reads the complete elements of `buf` from `pos`; returns where the first unfinished one starts. */
  private scan(buf: Buffer, from: number, final: boolean): number {
    const m = this.m;
    let pos = from;
    if (!this.started) {
      if (buf.length < 3 && !final) return 0;
      pos = xmlStart(buf);
      this.started = true;
    }
    const len = buf.length;
    while (pos < len) {
      const lt = find(buf, LT, pos);
      if (lt < 0) return len;
      if (this.inData && lt + 2 < len && buf[lt + 1] === C && isTagEnd(buf[lt + 2])) {
        const end = this.readCell(buf, lt + 2);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      if (!readMarkup(buf, lt, m)) return lt;
      if (m.kind === MarkupKind.Open) {
        if (!this.inData) {
          if (!m.selfClosing && isNamed(buf, m, SHEET_DATA)) this.inData = true;
        } else if (m.nameEnd - m.nameStart === 1 && buf[m.nameStart] === C) {
          // A prefixed `<x:c>`.
          const end = this.readCell(buf, m.nameEnd);
          if (end < 0) return lt;
          pos = end;
          continue;
        } else if (isNamed(buf, m, ROW)) this.openRow(buf, m);
      } else if (m.kind === MarkupKind.Close && this.inData) {
        if (isNamed(buf, m, ROW)) this.closeRow();
        else if (isNamed(buf, m, SHEET_DATA)) {
          // Nothing after the data matters (merged cells, formatting, page setup).
          this.inData = false;
          this.finished = true;
          return len;
        }
      }
      pos = m.end;
    }
    return len;
  }

  private openRow(buf: Buffer, m: Markup): void {
    let r = -1;
    const a = this.attrs.of(buf, m);
    while (a.next()) {
      if (a.nameEnd - a.nameStart === 1 && buf[a.nameStart] === R && !a.prefixed) {
        if (a.valueEnd > a.valueStart) r = this.rowRef(buf, a.valueStart, a.valueEnd);
      }
    }
    this.rowNumber = r > 0 ? r : this.rowNumber + 1;
    if (this.rowNumber > MAX_ROW) throw new InvalidCellRef(this.setup.sheet, String(this.rowNumber));
    this.col = 0;
    this.cells = [];
    this.any = false;
    this.inRow = true;
    if (m.selfClosing) this.closeRow();
  }

  private closeRow(): void {
    if (!this.inRow) return;
    this.inRow = false;
    this.onRow?.();
    if (this.any) this.sink.row(this.rowNumber, this.cells);
  }

  /** A row number: 1 to 1 048 576, digits only. */
  private rowRef(buf: Buffer, start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9 || (i === start && d === 0) || n > MAX_ROW) return this.badRef(buf, start, end);
      n = n * 10 + d;
    }
    return n > MAX_ROW ? this.badRef(buf, start, end) : n;
  }

  /** The column of a cell reference (`BC12` → 55): letters then a row number, within XFD1048576. */
  private columnRef(buf: Buffer, start: number, end: number): number {
    let col = 0;
    let i = start;
    for (; i < end; i++) {
      let b = buf[i];
      if (b >= 0x61 && b <= 0x7a) b -= 0x20;
      if (b < 0x41 || b > 0x5a) break;
      col = col * 26 + (b - 0x40);
      if (col > MAX_COLUMN) return this.badRef(buf, start, end);
    }
    if (i === start || i === end) return this.badRef(buf, start, end);
    this.rowRef(buf, i, end);
    return col;
  }

  private badRef(buf: Buffer, start: number, end: number): never {
    throw new InvalidCellRef(this.setup.sheet, buf.toString('utf8', start, Math.min(end, start + 40)));
  }

  /**
   * Reads the cell whose attributes start at `from` (just after `<c`) up to its end tag and stores
   * it in the row; returns the index after it, or -1 when it does not end within `buf`.
   */
  private readCell(buf: Buffer, from: number): number {
    let col = -1;
    let type = Type.Number;
    let style = 0;
    let i = from;
    let selfClosing = false;
    // The attributes, in one pass (`r`, `t` and `s` are the only ones that matter). Bytes are
    // never read past the end of `buf`: such a read would throw the optimised code away.
    const len = buf.length;
    for (;;) {
      while (i < len && buf[i] <= 0x20) i++;
      if (i >= len) return -1;
      let b = buf[i];
      if (b === GT) {
        i++;
        break;
      }
      if (b === SLASH) {
        if (i + 1 >= len) return -1;
        if (buf[i + 1] !== GT) throw new BadXml('a "/" inside a cell tag');
        i += 2;
        selfClosing = true;
        break;
      }
      const nameStart = i;
      while (i < len && b !== EQ && b > 0x20 && b !== GT && b !== SLASH) b = ++i < len ? buf[i] : 0;
      const nameEnd = i;
      while (i < len && buf[i] <= 0x20) i++;
      if (i >= len) return -1;
      if (buf[i] !== EQ || nameEnd === nameStart) throw new BadXml('an attribute without a value');
      i++;
      while (i < len && buf[i] <= 0x20) i++;
      if (i >= len) return -1;
      const quote = buf[i];
      if (quote !== QUOT && quote !== APOS) throw new BadXml('an attribute value without quotes');
      const valueStart = i + 1;
      const valueEnd = find(buf, quote, valueStart);
      if (valueEnd < 0) return -1;
      if (nameEnd - nameStart === 1) {
        const n = buf[nameStart];
        if (n === R) {
          if (valueEnd > valueStart) col = this.columnRef(buf, valueStart, valueEnd);
        } else if (n === T) type = cellType(buf, valueStart, valueEnd);
        else if (n === S) style = styleIndex(buf, valueStart, valueEnd);
      }
      i = valueEnd + 1;
    }
    const end = selfClosing ? i : this.readChildren(buf, i, type);
    if (end < 0) return -1;
    col = col > 0 ? col : this.col + 1;
    if (col > MAX_COLUMN) throw new InvalidCellRef(this.setup.sheet, address(col, this.rowNumber));
    this.col = col;
    if (!this.inRow || selfClosing) return end;
    this.type = type;
    this.style = style;
    const cell = this.makeCell(buf);
    if (cell) {
      this.cells[col] = cell;
      this.any = true;
    }
    return end;
  }

  /** The children of `<c>`: `<v>`, `<f>`, `<is>` with its `<t>` runs (phonetic runs left out). */
  private readChildren(buf: Buffer, from: number, type: Type): number {
    this.vStart = -1;
    this.vText = null;
    this.fStart = -1;
    this.fText = null;
    this.inline = null;
    this.inlineStart = -1;
    // The usual shapes, `<v>…</v></c>` and `<is><t>…</t></is></c>`, are read without the general loop.
    const len = buf.length;
    if (from + 3 <= len && buf[from] === LT && buf[from + 1] === V && buf[from + 2] === GT) {
      const lt = find(buf, LT, from + 3);
      if (
        lt > 0 &&
        lt + 8 <= len &&
        buf[lt + 1] === SLASH &&
        buf[lt + 2] === V &&
        buf[lt + 3] === GT &&
        buf[lt + 4] === LT &&
        buf[lt + 5] === SLASH &&
        buf[lt + 6] === C &&
        buf[lt + 7] === GT
      ) {
        this.vStart = from + 3;
        this.vEnd = lt;
        return lt + 8;
      }
    } else if (
      from + 7 <= len &&
      buf[from] === LT &&
      buf[from + 1] === 0x69 && // i
      buf[from + 2] === S &&
      buf[from + 3] === GT &&
      buf[from + 4] === LT &&
      buf[from + 5] === T &&
      buf[from + 6] === GT
    ) {
      const lt = find(buf, LT, from + 7);
      // `</t></is></c>`
      if (
        lt > 0 &&
        lt + 13 <= len &&
        buf[lt + 1] === SLASH &&
        buf[lt + 2] === T &&
        buf[lt + 3] === GT &&
        buf[lt + 4] === LT &&
        buf[lt + 5] === SLASH &&
        buf[lt + 6] === 0x69 &&
        buf[lt + 7] === S &&
        buf[lt + 8] === GT &&
        buf[lt + 9] === LT &&
        buf[lt + 10] === SLASH &&
        buf[lt + 11] === C &&
        buf[lt + 12] === GT
      ) {
        this.inlineStart = from + 7;
        this.inlineEnd = lt;
        return lt + 13;
      }
    }
    const m = this.cm;
    let depth = 0;
    let phonetic = 0;
    let pos = from;
    for (;;) {
      const lt = find(buf, LT, pos);
      if (lt < 0 || !readMarkup(buf, lt, m)) return -1;
      pos = m.end;
      const short = m.nameEnd - m.nameStart === 1 ? buf[m.nameStart] : 0;
      if (m.kind === MarkupKind.Close) {
        if (depth > 0) depth--;
        else if (short === C) return m.end;
        else if (isNamed(buf, m, R_PH)) phonetic--;
        continue;
      }
      if (m.kind !== MarkupKind.Open) continue;
      if (depth === 0 && (short === V || short === F || (short === T && phonetic === 0))) {
        const escapes = short === T || (short === V && (type === Type.Str || type === Type.Inline));
        if (m.selfClosing) {
          this.textStart = this.textEnd = 0;
          this.text = '';
        } else {
          pos = this.content(buf, m.end, escapes);
          if (pos < 0) return -1;
        }
        if (short === V) {
          this.vStart = this.textStart;
          this.vEnd = this.textEnd;
          this.vText = this.text;
        } else if (short === F) {
          this.fStart = this.textStart;
          this.fEnd = this.textEnd;
          this.fText = this.text;
        } else {
          this.inline =
            (this.inline ?? '') + (this.text ?? decodeText(buf, this.textStart, this.textEnd, true));
        }
      } else if (!m.selfClosing) {
        if (depth === 0 && isNamed(buf, m, R_PH)) phonetic++;
        else if (depth > 0 || !isRunContainer(buf, m)) depth++;
      }
    }
  }

  /**
   * The text of an element from `from` (just after its start tag) to its end tag: a byte range in
   * `textStart`/`textEnd`, or, when it holds CDATA, comments or child elements, decoded text in
   * `text`. Returns the index after the end tag, or -1 when it is not within `buf`.
   */
  private content(buf: Buffer, from: number, escapes: boolean): number {
    const lt = find(buf, LT, from);
    if (lt < 0 || lt + 1 >= buf.length) return -1;
    if (buf[lt + 1] === SLASH) {
      const gt = find(buf, GT, lt + 2);
      if (gt < 0) return -1;
      this.textStart = from;
      this.textEnd = lt;
      this.text = null;
      return gt + 1;
    }
    const m = this.cm;
    let text = '';
    let depth = 0;
    let pos = from;
    for (;;) {
      const next = buf.indexOf(LT, pos);
      if (next < 0) return -1;
      if (next > pos) text += decodeText(buf, pos, next, false);
      if (!readMarkup(buf, next, m)) return -1;
      pos = m.end;
      if (m.kind === MarkupKind.CData) text += buf.toString('utf8', m.dataStart, m.dataEnd);
      else if (m.kind === MarkupKind.Open && !m.selfClosing) depth++;
      else if (m.kind === MarkupKind.Close) {
        if (depth === 0) break;
        depth--;
      }
    }
    this.textStart = this.textEnd = 0;
    this.text = escapes ? decodeEscapes(text) : text;
    return pos;
  }

  private makeCell(buf: Buffer): Cell | null {
    const hasV = this.vStart >= 0 || this.vText !== null;
    const emptyV = !hasV || (this.vText === null ? this.vEnd === this.vStart : this.vText === '');
    const hasF = this.fStart >= 0 || this.fText !== null;
    if (hasF && emptyV && this.inline === null)
      return { t: 'f', formula: this.fText ?? decodeText(buf, this.fStart, this.fEnd, false) };
    switch (this.type) {
      case Type.Shared:
        return emptyV ? null : this.setup.sharedCell(this.vNumber(buf));
      case Type.Inline:
        if (this.inlineStart >= 0) return this.texts.cell(buf, this.inlineStart, this.inlineEnd);
        if (this.inline === null && hasV && this.vText === null)
          return this.texts.cell(buf, this.vStart, this.vEnd);
        return toCell(this.inline ?? (hasV ? this.vString(buf, true) : ''), undefined);
      case Type.Str:
        if (hasV && this.vText === null) return this.texts.cell(buf, this.vStart, this.vEnd);
        return toCell(hasV ? this.vString(buf, true) : (this.inline ?? ''), undefined);
      case Type.Bool:
        return hasV ? { t: 'b', v: this.vNumber(buf) !== 0 } : null;
      case Type.Error:
        return hasV ? { t: 'e', v: this.vString(buf, false) } : null;
      case Type.Date: {
        if (emptyV) return null;
        const text = this.vString(buf, false);
        const date = parseIsoDate(text);
        return date ? { t: 'd', v: date } : { t: 's', v: text };
      }
      default: {
        if (emptyV) return null;
        const n = this.vNumber(buf);
        if (!Number.isFinite(n)) return { t: 'e', v: this.vString(buf, false) };
        const format = this.style > 0 ? this.formatOf(this.style) : PLAIN;
        if (format.date) {
          const date = serialToDate(n, this.setup.date1904);
          if (date === null) return { t: 's', v: '1900-02-29' };
          return Number.isNaN(date.getTime()) ? { t: 'e', v: '#VALUE!' } : { t: 'd', v: date };
        }
        return this.numberCell(n, format.percent);
      }
    }
  }

  private formatOf(style: number): NumberFormat {
    let format = this.formats[style];
    if (format === undefined) {
      format = this.setup.format(style);
      this.formats[style] = format;
    }
    return format;
  }

  /** Small whole numbers repeat on every row: one cell each is enough. */
  private numberCell(n: number, percent: boolean): Cell {
    if (!(n >= 0 && n < 1024 && Number.isInteger(n)) || Object.is(n, -0)) return { t: 'n', v: n, percent };
    const known = this.numbers[percent ? 1 : 0];
    let cell = known[n];
    if (cell === undefined) {
      cell = { t: 'n', v: n, percent };
      known[n] = cell;
    }
    return cell;
  }

  private vString(buf: Buffer, escapes: boolean): string {
    return this.vText ?? decodeText(buf, this.vStart, this.vEnd, escapes);
  }

  /** `Number()` of the value's text, without making a string for plain decimals. */
  private vNumber(buf: Buffer): number {
    if (this.vText === null) {
      const n = decimalAt(buf, this.vStart, this.vEnd);
      if (!Number.isNaN(n)) return n;
    }
    return Number(this.vString(buf, false));
  }
}

/**
 * The index of `byte` from `from`, or -1. Cell values and attributes are a few bytes long: a loop
 * here costs less than a call into Buffer.indexOf.
 */
function find(buf: Buffer, byte: number, from: number): number {
  const len = buf.length;
  for (let i = from; i < len; i++) if (buf[i] === byte) return i;
  return -1;
}

const INLINE_STR = ascii('inlineStr');
function startsWith(buf: Buffer, at: number, bytes: Uint8Array): boolean {
  if (at + bytes.length > buf.length) return false;
  for (let k = 0; k < bytes.length; k++) if (buf[at + k] !== bytes[k]) return false;
  return true;
}

function isTagEnd(b: number | undefined): boolean {
  return b === 0x20 || b === GT || b === SLASH || b === 0x0a || b === 0x0d || b === 0x09;
}

const CACHE_SLOTS = 4096;
const CACHE_MAX_BYTES = 64;

/**
 * The cells of short texts (codes, entity names, periods), found by their raw bytes: a text that
 * repeats on every row of a sheet is decoded once. Texts are decoded with `_xHHHH_` escapes.
 */
class TextCells {
  private readonly keys: (Buffer | undefined)[] = new Array(CACHE_SLOTS);
  private readonly cells: (Cell | null)[] = new Array(CACHE_SLOTS);

  cell(buf: Buffer, start: number, end: number): Cell | null {
    const n = end - start;
    if (n > CACHE_MAX_BYTES) return toCell(decodeText(buf, start, end, true), undefined);
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    const slot = (h >>> 0) & (CACHE_SLOTS - 1);
    const key = this.keys[slot];
    if (key !== undefined && key.length === n) {
      let same = true;
      for (let k = 0; k < n; k++) {
        if (key[k] !== buf[start + k]) {
          same = false;
          break;
        }
      }
      if (same) return this.cells[slot];
    }
    const cell = toCell(decodeText(buf, start, end, true), undefined);
    this.keys[slot] = Buffer.from(buf.subarray(start, end));
    this.cells[slot] = cell;
    return cell;
  }
}

/** `<r>` (a rich-text run) and `<is>` hold the `<t>` elements of an inline string. */
function isRunContainer(buf: Buffer, m: Markup): boolean {
  const n = m.nameEnd - m.nameStart;
  return (
    (n === 1 && buf[m.nameStart] === R) ||
    (n === 2 && buf[m.nameStart] === 0x69 && buf[m.nameStart + 1] === S)
  );
}

const POW10 = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
  1e20, 1e21, 1e22,
];

/**
 * A plain decimal (`-12`, `3.25`) read from bytes, or NaN for anything else (exponents, spaces,
 * more than 15 digits), which the caller hands to `Number()`. With at most 15 digits the mantissa
 * is exact and 10^k (k ≤ 22) too, so the one division rounds exactly as `Number()` does.
 */
function decimalAt(buf: Buffer, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (buf[i] === 0x2d) {
    negative = true;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const b = buf[i];
    if (b === 0x2e && fraction < 0) {
      fraction = 0;
      continue;
    }
    const d = b - 0x30;
    if (d < 0 || d > 9) return Number.NaN;
    mantissa = mantissa * 10 + d;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  const n = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
  return negative ? -n : n;
}

function cellType(buf: Buffer, start: number, end: number): Type {
  const n = end - start;
  const b = buf[start];
  if (n === 1) {
    if (b === S) return Type.Shared;
    if (b === 0x62) return Type.Bool;
    if (b === 0x65) return Type.Error;
    if (b === 0x64) return Type.Date;
    return Type.Number;
  }
  if (n === 3 && b === S && buf[start + 1] === T && buf[start + 2] === R) return Type.Str;
  if (n === 9 && b === 0x69 && buf[start + 1] === 0x6e && startsWith(buf, start, INLINE_STR))
    return Type.Inline;
  return Type.Number;
}

/** A style index: digits only; anything else is the default style. */
function styleIndex(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9 || n > 1e9) return 0;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Reads a worksheet from a stream of byte chunks (a Readable or any async iterable of Buffers)
 * into `sink`. `size` is the XML's length in bytes, for the progress bar.
 */
export async function parseSheet(
  chunks: AsyncIterable<Buffer>,
  size: number,
  setup: SheetSetup,
  sink: RowSink,
  onRow?: () => void,
  onProgress?: (read: number, size: number) => void,
): Promise<void> {
  const scanner = new SheetScanner(setup, sink, onRow);
  let read = 0;
  for await (const chunk of chunks) {
    scanner.write(chunk);
    read += chunk.length;
    onProgress?.(read, size);
  }
  scanner.end();
}

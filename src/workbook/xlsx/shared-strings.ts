import type { Cell } from '../cells.js';
import { XmlRefused } from './errors.js';
import { ascii, isNamed, type Markup, walkXml } from './markup.js';
import { BadXml, decodeText } from './xml-text.js';

const SI = ascii('si');
const T = ascii('t');
const R_PH = ascii('rPh');

/**
 * `xl/sharedStrings.xml`, read once as bytes: one pass records where the text of each `<si>` lies
 * (its `<t>`, or the `<t>` of each rich-text run `<r>`; phonetic runs `<rPh>` are not part of the
 * value), and a string is decoded the first time a cell refers to it. The whole part is decoded
 * as UTF-8 in one piece, so a character is never cut between two chunks.
 */
export class SharedStrings {
  /** Per string, its first and one-past-last piece in `pieces`. */
  private readonly first: Uint32Array;
  /** Pieces of text: start, end, and whether it is a CDATA section (not entity-decoded). */
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  private readonly cdata: Uint8Array;
  private readonly cells: (Cell | null | undefined)[];
  readonly count: number;

  private constructor(
    private readonly buf: Buffer,
    index: Index,
  ) {
    this.count = index.strings;
    this.first = index.first.subarray(0, index.strings + 1);
    this.starts = index.starts.subarray(0, index.pieces);
    this.ends = index.ends.subarray(0, index.pieces);
    this.cdata = index.cdata.subarray(0, index.pieces);
    this.cells = new Array(index.strings);
  }

  static parse(buf: Buffer): SharedStrings {
    const index = new Index();
    let inSi = false;
    let phonetic = 0;
    let inT = false;
    walkXml(buf, {
      open(b: Buffer, m: Markup) {
        if (isNamed(b, m, SI)) {
          inSi = true;
          phonetic = 0;
        } else if (inSi && isNamed(b, m, R_PH)) phonetic++;
        else if (inSi && phonetic === 0 && isNamed(b, m, T)) inT = true;
      },
      close(b: Buffer, m: Markup) {
        if (isNamed(b, m, SI)) {
          index.endString();
          inSi = false;
        } else if (isNamed(b, m, R_PH)) phonetic--;
        else if (isNamed(b, m, T)) inT = false;
      },
      text(_b: Buffer, start: number, end: number, cdata: boolean) {
        if (inT && phonetic === 0) index.piece(start, end, cdata);
      },
    });
    return new SharedStrings(buf, index);
  }

  static empty(): SharedStrings {
    return new SharedStrings(Buffer.alloc(0), new Index());
  }

  /** The string at `i`, or undefined when there is none. */
  text(i: number): string | undefined {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) return undefined;
    let s = '';
    for (let p = this.first[i]; p < this.first[i + 1]; p++) {
      s += this.cdata[p]
        ? this.buf.toString('utf8', this.starts[p], this.ends[p])
        : decodeText(this.buf, this.starts[p], this.ends[p], true);
    }
    return s;
  }

  /** The cell of a `t="s"` cell holding index `i`: decoded once, shared by every cell that uses it. */
  cell(i: number): Cell | null {
    const known = this.cells[i];
    if (known !== undefined) return known;
    let s: string | undefined;
    try {
      s = this.text(i);
    } catch (error) {
      if (error instanceof BadXml) throw new XmlRefused('xl/sharedStrings.xml', error.message);
      throw error;
    }
    if (s === undefined) return null;
    const cell: Cell | null = s.trim() === '' ? null : { t: 's', v: s };
    this.cells[i] = cell;
    return cell;
  }
}

/** Growing typed arrays of string and piece boundaries. */
class Index {
  strings = 0;
  pieces = 0;
  first = new Uint32Array(64);
  starts = new Uint32Array(64);
  ends = new Uint32Array(64);
  cdata = new Uint8Array(64);

  piece(start: number, end: number, cdata: boolean): void {
    if (this.pieces === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
      const c = new Uint8Array(this.cdata.length * 2);
      c.set(this.cdata);
      this.cdata = c;
    }
    this.starts[this.pieces] = start;
    this.ends[this.pieces] = end;
    this.cdata[this.pieces] = cdata ? 1 : 0;
    this.pieces++;
  }

  endString(): void {
    if (this.strings + 2 > this.first.length) this.first = grow(this.first);
    this.strings++;
    this.first[this.strings] = this.pieces;
  }
}

function grow(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

import { BadXml } from './xml-text.js';

/**
 * One piece of XML markup read straight from bytes: a start or end tag, a comment, a processing
 * instruction or a CDATA section. Nothing is turned into a string: names and attributes stay
 * byte ranges until someone asks for one. One object is reused for every piece.
 */
export class Markup {
  kind: MarkupKind = MarkupKind.Open;
  /** Index just after the closing `>`. */
  end = 0;
  /** The local name (after any `prefix:`). */
  nameStart = 0;
  nameEnd = 0;
  /** Attributes of a start tag: the bytes between the name and `>` or `/>`. */
  attrStart = 0;
  attrEnd = 0;
  selfClosing = false;
  /** Content of a CDATA section. */
  dataStart = 0;
  dataEnd = 0;
}

export enum MarkupKind {
  Open = 1,
  Close = 2,
  Comment = 3,
  Instruction = 4,
  CData = 5,
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const QUOT = 0x22;
const APOS = 0x27;
const EQ = 0x3d;

const COMMENT_END = Buffer.from('-->');
const CDATA_START = Buffer.from('<![CDATA[');
const CDATA_END = Buffer.from(']]>');
const PI_END = Buffer.from('?>');

/**
 * Reads the markup that starts at `buf[lt]` (a `<`) into `m`. Returns false when it does not end
 * within `buf` (the caller waits for more bytes). A DOCTYPE or any other declaration is refused:
 * it is how entity bombs and external entities get in, and no SpreadsheetML part needs one.
 */
export function readMarkup(buf: Buffer, lt: number, m: Markup): boolean {
  const limit = buf.length;
  if (lt + 1 >= limit) return false;
  const next = buf[lt + 1];
  if (next === BANG) return readDeclaration(buf, lt, m);
  if (next === QUESTION) {
    const close = buf.indexOf(PI_END, lt + 2);
    if (close < 0) return false;
    m.kind = MarkupKind.Instruction;
    m.end = close + 2;
    return true;
  }
  const closing = next === SLASH;
  let i = closing ? lt + 2 : lt + 1;
  const nameFrom = i;
  let local = i;
  for (; i < limit; i++) {
    const c = buf[i];
    if (c <= 0x20 || c === GT || c === SLASH) break;
    if (c === COLON) local = i + 1;
    else if (c === LT || c === QUOT || c === APOS || c === EQ) throw new BadXml('a "<" that starts no tag');
  }
  if (i >= limit) return false;
  if (i === nameFrom || local === i) throw new BadXml('a tag without a name');
  m.nameStart = local;
  m.nameEnd = i;
  m.attrStart = i;
  // To the closing `>`, skipping quoted attribute values (they may hold a `>`).
  for (; i < limit; i++) {
    const c = buf[i];
    if (c === GT) break;
    if (c === QUOT || c === APOS) {
      const q = buf.indexOf(c, i + 1);
      if (q < 0) return false;
      i = q;
    } else if (c === LT) throw new BadXml('a tag that does not end before the next one');
  }
  if (i >= limit) return false;
  m.end = i + 1;
  m.selfClosing = !closing && buf[i - 1] === SLASH;
  m.attrEnd = m.selfClosing ? i - 1 : i;
  m.kind = closing ? MarkupKind.Close : MarkupKind.Open;
  return true;
}

function readDeclaration(buf: Buffer, lt: number, m: Markup): boolean {
  const limit = buf.length;
  if (lt + 3 < limit && buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
    const close = buf.indexOf(COMMENT_END, lt + 4);
    if (close < 0) return false;
    m.kind = MarkupKind.Comment;
    m.end = close + 3;
    return true;
  }
  const known = Math.min(limit - lt, CDATA_START.length);
  if (buf.compare(CDATA_START, 0, known, lt, lt + known) === 0) {
    if (known < CDATA_START.length) return false;
    const close = buf.indexOf(CDATA_END, lt + CDATA_START.length);
    if (close < 0) return false;
    m.kind = MarkupKind.CData;
    m.dataStart = lt + CDATA_START.length;
    m.dataEnd = close;
    m.end = close + 3;
    return true;
  }
  if (limit - lt < 4) return false;
  throw new BadXml('a DOCTYPE or entity declaration (refused: a workbook never needs one)');
}

/**
 * Walks the attributes of a start tag: `next()` moves to the following one and exposes its name
 * (local part) and raw value as byte ranges.
 */
export class Attributes {
  private pos = 0;
  private end = 0;
  private buf: Buffer = Buffer.alloc(0);
  nameStart = 0;
  nameEnd = 0;
  /** Where the name's prefix starts (== nameStart when there is none). */
  qnameStart = 0;
  valueStart = 0;
  valueEnd = 0;

  of(buf: Buffer, m: Markup): this {
    this.buf = buf;
    this.pos = m.attrStart;
    this.end = m.attrEnd;
    return this;
  }

  next(): boolean {
    const { buf, end } = this;
    let i = this.pos;
    while (i < end && buf[i] <= 0x20) i++;
    if (i >= end) return false;
    this.qnameStart = i;
    let local = i;
    while (i < end && buf[i] !== EQ && buf[i] > 0x20) {
      if (buf[i] === COLON) local = i + 1;
      i++;
    }
    this.nameStart = local;
    this.nameEnd = i;
    while (i < end && buf[i] <= 0x20) i++;
    if (buf[i] !== EQ || i === this.qnameStart) throw new BadXml('an attribute without a value');
    i++;
    while (i < end && buf[i] <= 0x20) i++;
    const q = buf[i];
    if (q !== QUOT && q !== APOS) throw new BadXml('an attribute value without quotes');
    const close = buf.indexOf(q, i + 1);
    if (close < 0 || close >= end) throw new BadXml('an attribute value without its closing quote');
    this.valueStart = i + 1;
    this.valueEnd = close;
    this.pos = close + 1;
    return true;
  }

  /** Whether the current attribute has a prefix (`r:id`, `xml:space`). */
  get prefixed(): boolean {
    return this.nameStart !== this.qnameStart;
  }

  nameIs(name: Uint8Array): boolean {
    return bytesAre(this.buf, this.nameStart, this.nameEnd, name);
  }
}

/** Whether `buf[start, end)` holds exactly `name` (ASCII). */
export function bytesAre(buf: Buffer, start: number, end: number, name: Uint8Array): boolean {
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (buf[start + k] !== name[k]) return false;
  return true;
}

/** Whether the tag's local name is `name`. */
export function isNamed(buf: Buffer, m: Markup, name: Uint8Array): boolean {
  return bytesAre(buf, m.nameStart, m.nameEnd, name);
}

export const ascii = (s: string): Uint8Array => Buffer.from(s, 'latin1');

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Where the XML starts: after a UTF-8 byte-order mark. UTF-16 parts are refused. */
export function xmlStart(buf: Buffer): number {
  if (buf.length >= 3 && buf.compare(BOM, 0, 3, 0, 3) === 0) return 3;
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)))
    throw new BadXml('XML in UTF-16 (only UTF-8 is read)');
  return 0;
}

/** Receives the events of `walkXml`: self-closing tags give `open` then `close`. */
export interface XmlVisitor {
  open(buf: Buffer, m: Markup): void;
  close(buf: Buffer, m: Markup): void;
  /** Character data between tags (`raw`: entities not decoded) or a CDATA section's content. */
  text?(buf: Buffer, start: number, end: number, cdata: boolean): void;
}

/**
 * Walks a whole small part (workbook, relationships, styles, shared strings), checking that tags
 * nest properly as an XML parser would.
 */
export function walkXml(buf: Buffer, visit: XmlVisitor): void {
  const m = new Markup();
  const open: number[] = [];
  let pos = xmlStart(buf);
  let rooted = false;
  while (pos < buf.length) {
    const lt = buf.indexOf(LT, pos);
    const textEnd = lt < 0 ? buf.length : lt;
    if (textEnd > pos && open.length > 0) visit.text?.(buf, pos, textEnd, false);
    if (lt < 0) break;
    if (!readMarkup(buf, lt, m)) throw new BadXml('the XML ends in the middle of a tag');
    pos = m.end;
    switch (m.kind) {
      case MarkupKind.Open:
        if (open.length === 0 && rooted) throw new BadXml('more than one root element');
        rooted = true;
        visit.open(buf, m);
        if (m.selfClosing) visit.close(buf, m);
        else open.push(m.nameStart, m.nameEnd);
        break;
      case MarkupKind.Close: {
        const nameEnd = open.pop();
        const nameStart = open.pop();
        if (
          nameStart === undefined ||
          nameEnd === undefined ||
          buf.compare(buf, nameStart, nameEnd, m.nameStart, m.nameEnd) !== 0
        )
          throw new BadXml('an end tag that closes no open element');
        visit.close(buf, m);
        break;
      }
      case MarkupKind.CData:
        if (open.length > 0) visit.text?.(buf, m.dataStart, m.dataEnd, true);
        break;
    }
  }
  if (open.length > 0 || !rooted) throw new BadXml('the XML ends before its root element is closed');
}

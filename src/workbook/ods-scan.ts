import { StringDecoder } from 'node:string_decoder';
import { WorkbookDamaged } from './read-errors.js';
import { type InflateBudget, openZip } from './zip.js';

/**
 * The outline of an OpenDocument spreadsheet, from one streaming pass over `content.xml` (no
 * cell is parsed): its sheets in order, which are hidden (a table style with
 * `table:display="false"`), and how many rows and cells a reader would hold once the repeats are
 * unrolled. An .ods says `table:number-rows-repeated="1048571"` and
 * `table:number-columns-repeated="16384"` in a few bytes: a 10 kB file may stand for 17 billion
 * cells, which a reader building every cell (SheetJS) would never finish. Counting them first
 * turns that file into a clear refusal at once.
 */
export interface OdsOutline {
  sheets: { name: string; hidden: boolean; rows: number }[];
  /** Cells holding something (a value, a formula, text), repeats unrolled. */
  cells: number;
  /** Set when the scan stopped at a limit: the sheet past `maxRows`, or the cells past `maxCells`. */
  stopped?: { what: 'rows'; sheet: string } | { what: 'cells' };
}

export interface OdsScanLimits {
  /** Inflated bytes counted across the parts read. */
  budget?: InflateBudget;
  maxRows?: number;
  maxCells?: number;
  /** Also inflate every other part, so that the budget covers what a reader would inflate. */
  drainOthers?: boolean;
}

/** Longer than this without a `>`, a tag is not a tag: the file is damaged (or built to hurt). */
const MAX_TAG = 1 << 20;
const TAG = /<(\/?)(?:[\w.-]+:)?([\w.-]+)([^<>]*?)(\/?)>/g;
const ATTRIBUTE = /(?:[\w.-]+:)?([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export async function scanOds(path: string, limits: OdsScanLimits = {}): Promise<OdsOutline> {
  const zip = await openZip(path, limits.budget);
  const content = zip.find('content.xml');
  if (!content) throw new WorkbookDamaged('content.xml is missing');
  const scan = new Scanner(
    limits.maxRows ?? Number.POSITIVE_INFINITY,
    limits.maxCells ?? Number.POSITIVE_INFINITY,
  );
  const decoder = new StringDecoder('utf8');
  let carry = '';
  for await (const chunk of content.chunks()) {
    carry = scan.feed(carry + decoder.write(chunk));
    if (carry.length > MAX_TAG) throw new WorkbookDamaged('content.xml holds a tag that never ends');
    if (scan.outline.stopped) return scan.outline;
  }
  scan.feed(carry + decoder.end());
  if (limits.drainOthers)
    for (const [name, entry] of zip) if (name !== 'content.xml') for await (const _ of entry.chunks());
  return scan.outline;
}

class Scanner {
  readonly outline: OdsOutline = { sheets: [], cells: 0 };
  private readonly hiddenStyles = new Set<string>();
  private style: string | null = null;
  private rowRepeat = 1;
  private rowCells = 0;
  private sheet: OdsOutline['sheets'][number] | null = null;

  constructor(
    private readonly maxRows: number,
    private readonly maxCells: number,
  ) {}

  /** Handles every whole tag of `text`; returns what follows the last one (a tag cut by the chunk). */
  feed(text: string): string {
    TAG.lastIndex = 0;
    let end = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      end = TAG.lastIndex;
      this.tag(m[1] === '/', m[2], m[3], m[4] === '/');
      if (this.outline.stopped) return '';
    }
    const rest = text.slice(end);
    const open = rest.lastIndexOf('<');
    return open >= 0 ? rest.slice(open) : '';
  }

  private tag(closing: boolean, name: string, attributes: string, selfClosing: boolean): void {
    if (closing) {
      if (name === 'table-row') this.endRow();
      else if (name === 'style') this.style = null;
      else if (name === 'table') this.sheet = null;
      return;
    }
    switch (name) {
      case 'style': {
        const a = attrs(attributes);
        this.style = a.family === 'table' ? (a.name ?? null) : null;
        if (selfClosing) this.style = null;
        return;
      }
      case 'table-properties':
        if (this.style !== null && attrs(attributes).display === 'false') this.hiddenStyles.add(this.style);
        return;
      case 'table': {
        const a = attrs(attributes);
        // A table inside a cell (a drawing's data) is not a sheet.
        if (this.sheet !== null) return;
        this.sheet = { name: a.name ?? '', hidden: this.hiddenStyles.has(a['style-name'] ?? ''), rows: 0 };
        this.outline.sheets.push(this.sheet);
        return;
      }
      case 'table-row':
        this.rowRepeat = repeat(attrs(attributes)['number-rows-repeated']);
        this.rowCells = 0;
        if (selfClosing) this.endRow();
        return;
      case 'table-cell':
      case 'covered-table-cell': {
        // An empty cell is written self-closing; anything else may hold text, a value or a formula.
        const a = attrs(attributes);
        if (!selfClosing || 'value-type' in a || 'formula' in a)
          this.rowCells += repeat(a['number-columns-repeated']);
        return;
      }
    }
  }

  private endRow(): void {
    if (this.rowCells === 0 || !this.sheet) return;
    this.sheet.rows += this.rowRepeat;
    this.outline.cells += this.rowRepeat * this.rowCells;
    this.rowCells = 0;
    if (this.sheet.rows > this.maxRows) this.outline.stopped = { what: 'rows', sheet: this.sheet.name };
    else if (this.outline.cells > this.maxCells) this.outline.stopped = { what: 'cells' };
  }
}

function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(text); m; m = ATTRIBUTE.exec(text)) out[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  return out;
}

function repeat(value: string | undefined): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

function decodeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|quot|apos|amp));/gi, (whole, hex, dec, named) => {
    if (hex || dec) {
      const code = Number.parseInt(hex ?? dec, hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[named as 'lt'];
  });
}

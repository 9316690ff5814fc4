import { Attributes, ascii, isNamed, type Markup, walkXml } from './markup.js';
import { formatCode, type NumberFormat, numberFormat, PLAIN } from './number-formats.js';
import { decodeAttribute } from './xml-text.js';

const NUM_FMT = ascii('numFmt');
const NUM_FMT_ID = ascii('numFmtId');
const FORMAT_CODE = ascii('formatCode');
const CELL_XFS = ascii('cellXfs');
const XF = ascii('xf');

/**
 * `xl/styles.xml`: the number format of each cell style (`s` attribute of a cell, an index into
 * `cellXfs`), from the workbook's own `numFmts` or the built-in ids. Fonts, fills and borders are
 * not read.
 */
export function parseStyles(buf: Buffer): NumberFormat[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  const a = new Attributes();
  let inCellXfs = false;
  let depth = 0;
  walkXml(buf, {
    open(b: Buffer, m: Markup) {
      if (inCellXfs) {
        depth++;
        if (depth === 1 && isNamed(b, m, XF)) {
          let id = 0;
          for (a.of(b, m); a.next(); ) if (a.nameIs(NUM_FMT_ID)) id = toId(b, a);
          ids.push(id);
        }
      } else if (isNamed(b, m, CELL_XFS)) {
        inCellXfs = !m.selfClosing;
        depth = 0;
      } else if (isNamed(b, m, NUM_FMT)) {
        let id = Number.NaN;
        let code: string | undefined;
        for (a.of(b, m); a.next(); ) {
          if (a.nameIs(NUM_FMT_ID)) id = toId(b, a);
          else if (a.nameIs(FORMAT_CODE)) code = decodeAttribute(b, a.valueStart, a.valueEnd);
        }
        if (code !== undefined && Number.isInteger(id)) custom.set(id, code);
      }
    },
    close(b: Buffer, m: Markup) {
      if (!inCellXfs) return;
      if (depth === 0 && isNamed(b, m, CELL_XFS)) inCellXfs = false;
      else depth--;
    },
  });
  return ids.map((id) => (id === 0 ? PLAIN : numberFormat(formatCode(id, custom))));
}

function toId(b: Buffer, a: Attributes): number {
  const n = Number.parseInt(decodeAttribute(b, a.valueStart, a.valueEnd), 10);
  return Number.isFinite(n) ? n : 0;
}

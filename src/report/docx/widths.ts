import { type Cell, type CellKind, type Column, noteLines, type TableView } from '../table.js';

/**
 * Column widths of a Word table, worked out from what its cells hold, so that figures, codes and
 * statuses never wrap and the text columns share the room left: Word's own autofit is not used,
 * because LibreOffice and Word autofit differently, and fixed widths look the same in both.
 *
 * Widths are in twips (1/20 pt). Text is measured by its length in characters times an average
 * width a little generous for Arial, so that the wider fonts LibreOffice substitutes still fit.
 */

/** Kinds whose text never wraps: a figure, a code, a date, a status, a hash, a symbol. */
const NO_WRAP: ReadonlySet<CellKind> = new Set(['number', 'code', 'date', 'status', 'hash', 'state']);

/** Headers are bold: wider by this much. */
const BOLD = 1.1;
/** A cell's left and right margins (twips)... */
export const CELL_MARGIN = 70;
/** ... and a symbol's (a cell of the completeness matrix), whose header is set vertically. */
export const NARROW_MARGIN = 30;
/** Room for rounding and for LibreOffice's own cell spacing. */
const SLACK = 40;
/** A text column never gets narrower than this (ems) unless the page forces it. */
const MIN_TEXT = 5;
/** ... a label column than this... */
const MIN_LABEL = 12;
/** ... and asks no more than this: past it, a label wraps. */
const MAX_TEXT = 27;
/** Notes under a figure wrap between words; they ask this much at most. */
const MAX_NOTE = 9;
/** A word longer than this may be broken rather than widen its column further. */
const MAX_WORD = 12;
/** The advance of a fixed-width font (Consolas 0.55, DejaVu Sans Mono 0.6). */
const MONO = 0.61;
/** Hashes are set this much smaller than the table's text. */
export const HASH_SCALE = 0.82;
/** A line of text set vertically takes its height across the column. */
const LINE = 1.3;

export interface TableLayout {
  /** The columns laid out: decorative ones (drawn bars) are left out of a Word table. */
  columns: number[];
  widths: number[];
  /** Font size in half-points, smaller than asked when the table is wide. */
  size: number;
}

/** The columns a Word table shows: those that are only drawn in HTML (bars) are left out. */
export function shownColumns(table: TableView): number[] {
  return table.columns.flatMap((c, n) => (c.decorative ? [] : [n]));
}

/**
 * @param available the width of the page's text, or of the room the table is given
 * @param size the font size asked, in half-points
 * @param smallest the smallest font size a wide table may take
 */
export function layoutTable(
  table: TableView,
  available: number,
  size: number,
  smallest: number,
): TableLayout {
  const columns = shownColumns(table);
  const rows = [...table.groups.flatMap((g) => g.rows), ...(table.foot ?? [])];
  const asked = columns.map((n) => measure(table.columns[n], rows.map((r) => r.cells[n]).filter(isCell)));
  let current = size;
  const padding = columns.map((n) => 2 * (vertical(table.columns[n]) ? NARROW_MARGIN : CELL_MARGIN) + SLACK);
  // An em at `at` half-points is `at * 10` twips.
  const twips = (ems: number, at: number, i: number) => Math.ceil(ems * at * 10) + padding[i];
  const fits = (at: number) => asked.reduce((s, a, i) => s + twips(a.min, at, i), 0) <= available;
  while (current > smallest && !fits(current)) current -= 1;
  const min = asked.map((a, i) => twips(a.min, current, i));
  const want = asked.map((a, i) => twips(a.want, current, i));
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMin >= available) {
    // Even in the smallest print the columns do not fit: each gives up the same share.
    return { columns, widths: min.map((w) => Math.floor((w * available) / sumMin)), size: current };
  }
  const widths = [...min];
  let room = available - sumMin;
  // Figures, codes and statuses get what they ask first, then the text columns share what is left.
  for (const wraps of [false, true]) {
    const which = asked.flatMap((a, i) => (a.wraps === wraps ? [i] : []));
    const asks = which.reduce((s, i) => s + (want[i] - widths[i]), 0);
    if (asks <= 0) continue;
    const share = Math.min(1, room / asks);
    for (const i of which) {
      const more = Math.floor((want[i] - widths[i]) * share);
      widths[i] += more;
      room -= more;
    }
  }
  // A table with a label column takes the whole width, the label the room left; a short table
  // of figures (a breakdown, the statuses) stays as narrow as its content.
  const wide = columns.flatMap((n, i) => (table.columns[n].wide ? [i] : []));
  for (const i of wide) widths[i] += Math.floor(room / wide.length);
  return { columns, widths, size: current };
}

function isCell(c: Cell | undefined): c is Cell {
  return c !== undefined;
}

/**
 * A column of symbols (the completeness matrix's states): its header is set bottom to top, so
 * that twenty periods fit across a portrait page.
 */
export function vertical(column: Column): boolean {
  return column.kind === 'state';
}

/** What a column asks, in ems: `min` below which its content would wrap badly, `want` to show it on one line. */
function measure(column: Column, cells: Cell[]): { min: number; want: number; wraps: boolean } {
  const widest = (widths: number[]) => Math.max(0, ...widths);
  // A figure, a code, a status never wraps: all of it counts; text wraps between words.
  const whole = cells.map((c) => textWidth(c, mainText(c)));
  const unbroken = cells.map((c, n) =>
    NO_WRAP.has(c.kind) ? whole[n] : widest(words(mainText(c)).map((w) => textWidth(c, w))),
  );
  const notes = cells.flatMap(noteLines);
  const note = Math.min(widest(notes.map(ems)), MAX_NOTE);
  const noteWord = Math.min(widest(notes.flatMap(words).map(ems)), MAX_NOTE);
  // A vertical header takes the width of one line.
  const headerMin = vertical(column) ? LINE : widest(words(column.header).map(ems)) * BOLD;
  const headerWant = vertical(column) ? LINE : Math.min(ems(column.header) * BOLD, Math.max(headerMin, 8));
  if (NO_WRAP.has(column.kind)) {
    const min = Math.max(widest(unbroken), headerMin, noteWord);
    return { min, want: Math.max(min, widest(whole), headerWant, note), wraps: false };
  }
  const longest = Math.max(widest(whole), widest(notes.map(ems)));
  const floor = column.wide ? MIN_LABEL : MIN_TEXT;
  const min = Math.max(Math.min(widest(unbroken), MAX_WORD), headerMin, Math.min(floor, longest));
  return { min, want: Math.max(min, Math.min(longest, MAX_TEXT), headerWant), wraps: true };
}

/** A cell's text as set: codes and hashes in a fixed-width font, hashes smaller, strong text bold. */
function textWidth(c: Cell, text: string): number {
  const fixed = c.kind === 'code' || c.kind === 'hash';
  return (
    (fixed ? text.length * MONO : ems(text)) * (c.kind === 'hash' ? HASH_SCALE : 1) * (c.strong ? BOLD : 1)
  );
}

/**
 * A text's width in ems, from the advances of DejaVu Sans (the widest font the document may be
 * shown in: LibreOffice's stand-in for Arial on a machine without it).
 */
export function ems(text: string): number {
  let width = 0;
  for (const ch of text) width += advance(ch);
  return width;
}

function advance(ch: string): number {
  if (ch === '\u202f' || ch === '\u2009') return 0.2;
  if (ch === ' ' || ch === '\u00a0') return 0.32;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[.,:;'’!|]/.test(ch)) return 0.34;
  if (/[ijlftrI()[\]-]/.test(ch)) return 0.38;
  if (/[mwMW%]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.72;
  if (/[a-zàâäçéèêëîïôöùûüÿœ]/.test(ch)) return 0.6;
  // Symbols (● ⊙ ▲ ✓), capitals with accents, anything else: a wide letter.
  return 0.78;
}

/** What a cell shows on its first line: symbol, text, sign. */
export function mainText(c: Cell): string {
  return [c.symbol, c.text, c.mark?.symbol].filter((x) => x !== undefined && x !== '').join(' ');
}

function words(s: string): string[] {
  return s.split(/[\s/›]+/).filter(Boolean);
}

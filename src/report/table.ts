import type { CellState } from '../compute/quality.js';
import type { Status } from '../compute/status.js';

/**
 * Every table of the report as data: columns and rows of cells already formatted, with their
 * kind (which decides alignment and wrapping) and, where it applies, their status. The HTML
 * renderer lays these out and a Word renderer can lay out the same ones, so that a test compares
 * the tables of two renderings through this model, never through scraped markup.
 */
export type CellKind =
  /** Free text that may wrap between words: labels, messages. */
  | 'text'
  /** A code (`I1.1.2`, `A3`): never wraps. */
  | 'code'
  /** A figure: right-aligned, tabular digits, never wraps. */
  | 'number'
  /** A day or a period: never wraps. */
  | 'date'
  /** Symbol + word of a status: never wraps. */
  | 'status'
  /** A file location (`data/Kayes.xlsx › Valeurs › B4`): may break after a separator. */
  | 'path'
  /** A short or whole SHA-256. */
  | 'hash'
  /** A cell of the completeness matrix: one symbol. */
  | 'state';

export interface Cell {
  text: string;
  kind: CellKind;
  /** The status symbol (`●`) drawn before the word; screen readers skip it and read the word. */
  symbol?: string;
  status?: Status;
  state?: CellState;
  /** A second line in small print (the final target under the target, a reason under a label). */
  note?: string;
  /** More lines in small print under the note (a flow's own figures for the year and the period). */
  notes?: string[];
  /** The notes may wrap between their words (a target's derivation), never inside a figure. */
  wrapNote?: boolean;
  /** A wrapping note of words only (a rate's method): as narrow as its longest word. */
  narrowNote?: boolean;
  /** A link inside the report (`#axe-3`). */
  href?: string;
  strong?: boolean;
  /** A sign after the figure, with its meaning for screen readers (`▲` target exceeded). */
  mark?: { symbol: string; label: string };
  /** What a state cell's symbol means (`DR Kayes · T3 2022 · attendu, non reçu`), read instead of it. */
  title?: string;
}

export interface Column {
  header: string;
  /** A line in small print under the header (`60 % du temps écoulé`). */
  note?: string;
  kind: CellKind;
  /** A header read by screen readers but not shown (the column of bars). */
  hiddenHeader?: boolean;
  /** The column that takes the room the others leave (a label, a message). */
  wide?: boolean;
  /** A column only drawn (bars, from `Row.bar`), that a text renderer such as Word may leave out. */
  decorative?: boolean;
}

export interface Row {
  cells: Cell[];
  status?: Status;
  /**
   * Bar length in % of its track (the rates of the axes, the shares of an actual's parts): drawn,
   * also given as text beside it; in the status's colour when it has one, else the accent.
   */
  bar?: { width: number; status?: Status };
  detail?: RowDetail;
}

/** What an indicator shows under its row: its trend, its breakdowns, the partners' comments. */
export interface RowDetail {
  charts: ChartView[];
  tables: TableView[];
  comments: CommentView[];
}

export interface RowGroup {
  /** A heading row inside the table (a result inside an axis's table of indicators). */
  heading?: {
    code: string;
    text: string;
    /** Words after the text, in normal print, that may wrap (what an IPTT's indicator is: cumulative or not). */
    detail?: string;
    /** Figures after the text, kept on one line (a result's rate). */
    note?: string;
    status?: Status;
    symbol?: string;
    statusText?: string;
  };
  rows: Row[];
}

export interface TableView {
  id: string;
  caption: string;
  columns: Column[];
  groups: RowGroup[];
  /** Totals, repeated under the table on every page. */
  foot?: Row[];
  /** The first cell of each row names it (`<th scope="row">`). */
  rowHeaders: boolean;
  /** Kept on one page in print when it is short enough. */
  compact?: boolean;
  /**
   * A long list of short rows (the source files): the HTML lays it out as lists in columns; a
   * renderer may as well give it as a table.
   */
  list?: boolean;
  /** Footnotes under the table: how its figures were obtained (methods, thresholds, weights). */
  notes?: string[];
}

export interface ChartView {
  id: string;
  /** Trusted SVG markup drawn by src/report/charts.ts; text inside is escaped there. */
  svg: string;
  caption: string;
}

export interface CommentView {
  /** The indicator or activity it is about. */
  code: string;
  entity: string;
  /** The latest period it was written for, in words. */
  period: string;
  /** When the same text was written for several periods: their span, in words; else null. */
  span: string | null;
  text: string;
  location: string;
  /** It names a date after a period it was written for: that, in words; else null. */
  flag: string | null;
}

/** A table of one group without heading. */
export function simpleTable(
  id: string,
  caption: string,
  columns: Column[],
  rows: Row[],
  options: { rowHeaders?: boolean; foot?: Row[]; compact?: boolean } = {},
): TableView {
  return {
    id,
    caption,
    columns,
    groups: [{ rows }],
    rowHeaders: options.rowHeaders ?? false,
    ...(options.foot ? { foot: options.foot } : {}),
    ...(options.compact ? { compact: true } : {}),
  };
}

export function rowsOf(table: TableView): Row[] {
  return table.groups.flatMap((g) => g.rows);
}

/** A cell's lines in small print: its note, then its further notes. */
export function noteLines(c: Cell): string[] {
  return [...(c.note ? [c.note] : []), ...(c.notes ?? []).filter((n) => n !== '')];
}

/** Each table's cells as plain text, row by row: what two renderers must both show. */
export function tableText(table: TableView): string[][] {
  const line = (r: Row) =>
    r.cells.map((c) =>
      [c.symbol, c.text, c.mark?.symbol, ...noteLines(c)]
        .filter((x) => x !== undefined && x !== '')
        .join(' '),
    );
  return [
    table.columns.map((c) => (c.note ? `${c.header} ${c.note}` : c.header)),
    ...table.groups.flatMap((g) => [
      ...(g.heading ? [[g.heading.code, g.heading.text]] : []),
      ...g.rows.map(line),
    ]),
    ...(table.foot ?? []).map(line),
  ];
}

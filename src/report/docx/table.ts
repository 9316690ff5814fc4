import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  type ITableCellBorders,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { CELL_STYLES } from '../statuses.js';
import {
  type Cell,
  type CellKind,
  type Column,
  noteLines,
  type Row,
  type RowGroup,
  type TableView,
} from '../table.js';
import { COLOUR, hex, SIZE, TABLE_TEXT, TEXT_WIDTH } from './look.js';
import { code, internalLink, run, statusColour } from './text.js';
import { CELL_MARGIN, ems, HASH_SCALE, layoutTable, NARROW_MARGIN, vertical } from './widths.js';

/**
 * A table of the view as a real Word table: its caption above it (Word's Caption style), a header
 * row repeated on every page, no row split across pages, figures right-aligned, statuses as
 * symbol + word + colour. The layout decisions of print live here, as html.ts keeps those of the
 * browser: which rows stay together, how wide each column is.
 */

/** A table this short is kept on one page, with its caption. */
const KEEP_WHOLE_ROWS = 12;
/** Rows a page break may not separate at the start and at the end of a longer table: no lone row. */
const KEEP_EDGE_ROWS = 2;
/** The smallest print a wide table is set in (half-points). */
const SMALLEST = 13;

const ALIGN: Record<CellKind, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  text: AlignmentType.LEFT,
  code: AlignmentType.LEFT,
  number: AlignmentType.RIGHT,
  date: AlignmentType.LEFT,
  status: AlignmentType.LEFT,
  path: AlignmentType.LEFT,
  hash: AlignmentType.LEFT,
  state: AlignmentType.CENTER,
};

export const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
export const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule } as const;

/** Borders of a layout table (figures, cover details): none, or a light rule between rows. */
export function layoutBorders(betweenRows: typeof NONE | typeof RULE = NONE) {
  return {
    top: NONE,
    bottom: NONE,
    left: NONE,
    right: NONE,
    insideHorizontal: betweenRows,
    insideVertical: NONE,
  };
}
const STRONG_RULE = { style: BorderStyle.SINGLE, size: 8, color: COLOUR.ink } as const;
const MARGINS = { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN } as const;
const NARROW = { top: 40, bottom: 40, left: NARROW_MARGIN, right: NARROW_MARGIN } as const;

export interface TableOptions {
  /** The room the table is given, in twips (the page's text width unless told). */
  width?: number;
  /** Font size asked, in half-points. */
  size?: number;
  /** Keep each group's rows on one page (a group's heading always goes with its first row). */
  keepGroups?: boolean;
}

export function wordTable(table: TableView, options: TableOptions = {}): (Paragraph | Table)[] {
  const layout = layoutTable(table, options.width ?? TEXT_WIDTH, options.size ?? SIZE.table, SMALLEST);
  const size = layout.size;
  const noteSize = Math.max(SMALLEST - 1, size - 3);
  const column = (i: number): Column => table.columns[layout.columns[i]];
  const cellOf = (row: Row, i: number): Cell | undefined => row.cells[layout.columns[i]];
  const width = (i: number) => ({ size: layout.widths[i], type: WidthType.DXA });
  const span = layout.columns.length;

  // Vertical headers need the row as tall as the longest of them: LibreOffice does not grow it.
  const tallest = Math.max(
    0,
    ...layout.columns.map((_, i) => (vertical(column(i)) ? ems(column(i).header) : 0)),
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    keepNext: true,
    ...(tallest > 0
      ? { height: { value: Math.ceil(tallest * size * 10) + 200, rule: HeightRule.ATLEAST } }
      : {}),
    children: layout.columns.map((_, i) => {
      const up = vertical(column(i));
      return new TableCell({
        width: width(i),
        margins: up ? NARROW : MARGINS,
        // A column of symbols has its header set bottom to top, in normal weight as the HTML's.
        ...(up
          ? {
              textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT,
              verticalAlign: VerticalAlignTable.CENTER,
            }
          : { verticalAlign: VerticalAlignTable.BOTTOM }),
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.band },
        borders: { bottom: STRONG_RULE },
        children: [
          new Paragraph({
            style: TABLE_TEXT,
            alignment: up ? AlignmentType.LEFT : ALIGN[column(i).kind],
            children: [run(column(i).header, { bold: !up, size })],
          }),
          ...(column(i).note
            ? [
                new Paragraph({
                  style: TABLE_TEXT,
                  alignment: ALIGN[column(i).kind],
                  children: [run(column(i).note as string, { size: noteSize, color: COLOUR.muted })],
                }),
              ]
            : []),
        ],
      });
    }),
  });

  const bodyRow = (row: Row, keepNext: boolean, foot: boolean): TableRow =>
    new TableRow({
      cantSplit: true,
      keepNext,
      children: layout.columns.map((_, i) => {
        const cell = cellOf(row, i);
        const state = cell?.state ? CELL_STYLES[cell.state] : null;
        const borders: ITableCellBorders = foot ? { top: STRONG_RULE } : {};
        return new TableCell({
          width: width(i),
          margins: vertical(column(i)) ? NARROW : MARGINS,
          verticalAlign: VerticalAlignTable.TOP,
          borders,
          ...(state?.background
            ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(state.background) } }
            : {}),
          children: cell
            ? cellParagraphs(cell, column(i), size, noteSize, foot)
            : [new Paragraph({ style: TABLE_TEXT, children: [] })],
        });
      }),
    });

  const headingRow = (heading: NonNullable<RowGroup['heading']>): TableRow =>
    new TableRow({
      cantSplit: true,
      keepNext: true,
      children: [
        new TableCell({
          columnSpan: span,
          margins: MARGINS,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.band },
          children: [new Paragraph({ style: TABLE_TEXT, children: headingRuns(heading, size) })],
        }),
      ],
    });

  const count =
    table.groups.reduce((n, g) => n + g.rows.length + (g.heading ? 1 : 0), 0) + (table.foot ?? []).length;
  const whole = table.compact === true || count <= KEEP_WHOLE_ROWS;
  // Row n kept with row n + 1: all of a short table; the first and the last rows of a long one.
  const keep = (n: number) =>
    n < count - 1 && (whole || n < KEEP_EDGE_ROWS - 1 || n >= count - KEEP_EDGE_ROWS);
  const rows: TableRow[] = [header];
  let n = 0;
  for (const group of table.groups) {
    if (group.heading) {
      rows.push(headingRow(group.heading));
      n++;
    }
    // A group kept whole (an indicator's target, actual and % in the IPTT): each row with the next.
    for (const [k, row] of group.rows.entries())
      rows.push(bodyRow(row, keep(n++) || (options.keepGroups === true && k < group.rows.length - 1), false));
  }
  for (const row of table.foot ?? []) rows.push(bodyRow(row, keep(n++), true));

  const total = layout.widths.reduce((a, b) => a + b, 0);
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [run(table.caption)] }),
    new Table({
      rows,
      width: { size: total, type: WidthType.DXA },
      columnWidths: layout.widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: STRONG_RULE,
        bottom: STRONG_RULE,
        left: NONE,
        right: NONE,
        insideHorizontal: RULE,
        insideVertical: NONE,
      },
    }),
    ...(table.notes ?? []).map(
      (note) =>
        new Paragraph({
          style: TABLE_TEXT,
          spacing: { before: 60, after: 120 },
          children: [run(note, { size: noteSize, color: COLOUR.muted })],
        }),
    ),
  ];
}

/** A result's row inside an axis's table: code and label, then its rate and status. */
function headingRuns(h: NonNullable<RowGroup['heading']>, size: number): ParagraphChild[] {
  const color = statusColour(h.status);
  return [
    ...(h.code ? [code(`${h.code} `, { bold: true, size })] : []),
    run(h.text, { bold: true, size }),
    ...(h.detail ? [run(`   ${h.detail}`, { size })] : []),
    ...(h.note ? [run(`   ${h.note}`, { size })] : []),
    ...(h.statusText
      ? [
          run(`   ${h.symbol ? `${h.symbol}\u00a0` : ''}${h.statusText}`, {
            size,
            bold: true,
            ...(color ? { color } : {}),
          }),
        ]
      : []),
  ];
}

function cellParagraphs(
  cell: Cell,
  column: Column,
  size: number,
  noteSize: number,
  foot: boolean,
): Paragraph[] {
  const alignment = ALIGN[cell.kind] ?? ALIGN[column.kind];
  const color = cell.state ? hex(CELL_STYLES[cell.state].colour) : statusColour(cell.status);
  const style = {
    size,
    bold: cell.strong === true || (foot && cell.kind === 'text'),
    ...(color ? { color } : {}),
  };
  const fixed = cell.kind === 'code' || cell.kind === 'hash';
  const textSize = cell.kind === 'hash' ? Math.round(size * HASH_SCALE) : size;
  // A status is one run, symbol and word: `● En bonne voie`, in its colour.
  const shown = cell.symbol && !fixed ? `${cell.symbol}\u00a0${cell.text}` : cell.text;
  const text = fixed ? code(shown, { ...style, size: textSize }) : run(shown, style);
  const children: ParagraphChild[] = [
    ...(cell.symbol && fixed ? [run(`${cell.symbol}\u00a0`, style)] : []),
    ...(cell.text ? [cell.href?.startsWith('#') ? internalLink(cell.href, [text]) : text] : []),
    ...(cell.mark ? [run(`\u00a0${cell.mark.symbol}`, style)] : []),
  ];
  const paragraphs = [new Paragraph({ style: TABLE_TEXT, alignment, children })];
  // Notes are lines in small print: the final target, a reason, an axis's label under its code.
  for (const note of noteLines(cell))
    paragraphs.push(
      new Paragraph({
        style: TABLE_TEXT,
        alignment,
        children: [run(note, { size: noteSize, color: cell.kind === 'code' ? COLOUR.ink : COLOUR.muted })],
      }),
    );
  return paragraphs;
}

import {
  BorderStyle,
  ExternalHyperlink,
  type FileChild,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { AnalysisTable, Block, Inline } from '../../model/analysis.js';
import { COLOUR, FONT, SIZE, TEXT_WIDTH } from './look.js';
import { bullet, run } from './text.js';

/**
 * The officer's text (src/model/analysis.ts) as Word paragraphs, lists and tables: the same blocks
 * the HTML lays out (templates/partials/rich-text.hbs), with Word's own heading styles, bullets,
 * bold and italics, and links that open in a browser. Text is the file's, never markup.
 */
export function heading(level: 1 | 2 | 3, children: string | ParagraphChild[]): Paragraph {
  const h = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1];
  return new Paragraph({
    heading: h,
    // Each chapter starts a page, as in the body (src/report/docx/body.ts) and the printed HTML.
    pageBreakBefore: level === 1,
    children: typeof children === 'string' ? [run(children)] : children,
  });
}

interface Style {
  italics?: boolean;
  bold?: boolean;
  /** Left indent in twips (a quotation). */
  indent?: number;
}

/** @param base the heading level of the part the blocks are in (1: a chapter, 2: a part of one) */
export function richBlocks(
  blocks: readonly Block[],
  base: number,
  style: Style = {},
  listLevel = 0,
): FileChild[] {
  return blocks.flatMap((b): FileChild[] => {
    if ('paragraph' in b) return [paragraph(inlines(b.paragraph, style), style)];
    if ('heading' in b) {
      const level = base + b.heading.level;
      const children = inlines(b.heading.children, {});
      return level <= 3
        ? [
            new Paragraph({
              heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1],
              keepNext: true,
              children,
            }),
          ]
        : [
            new Paragraph({
              keepNext: true,
              spacing: { before: 160 },
              children: inlines(b.heading.children, { bold: true }),
            }),
          ];
    }
    if ('list' in b) return list(b.list, base, style, listLevel);
    if ('table' in b) return [mdTable(b.table), new Paragraph({ spacing: { after: 0 }, children: [] })];
    if ('quote' in b)
      return richBlocks(
        b.quote,
        base,
        { ...style, italics: true, indent: (style.indent ?? 0) + 567 },
        listLevel,
      );
    return b.preformatted.split(/\r?\n/).map(
      (line) =>
        new Paragraph({
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.band },
          spacing: { before: 0, after: 0 },
          ...(style.indent ? { indent: { left: style.indent } } : {}),
          children: [new TextRun({ text: line || ' ', font: FONT.code, size: SIZE.table })],
        }),
    );
  });
}

function paragraph(children: ParagraphChild[], style: Style): Paragraph {
  return new Paragraph({ children, ...(style.indent ? { indent: { left: style.indent } } : {}) });
}

/** Bullets for an unordered list (two levels deep, as the report's own), `1.` for an ordered one. */
function list(
  l: { ordered: boolean; start: number; items: Block[][] },
  base: number,
  style: Style,
  level: number,
): FileChild[] {
  return l.items.flatMap((item, n) => {
    const [first, ...rest] = item;
    const lead = first && 'paragraph' in first ? inlines(first.paragraph, style) : [];
    const head = l.ordered
      ? new Paragraph({
          indent: { left: 360 * (level + 1) + (style.indent ?? 0), hanging: 360 },
          children: [run(`${l.start + n}.\u00a0`), ...lead],
        })
      : bullet(lead, Math.min(level, 1));
    const more = first && 'paragraph' in first ? rest : item;
    return [
      head,
      ...richBlocks(more, base, { ...style, indent: (style.indent ?? 0) + 360 * (level + 1) }, level + 1),
    ];
  });
}

const CELL_RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule } as const;
const HEAD_RULE = { style: BorderStyle.SINGLE, size: 8, color: COLOUR.ink } as const;

/** A simple table of the analysis: the header row repeated on every page, rows never split. */
function mdTable(t: AnalysisTable): Table {
  const columns = Math.max(1, t.head.length);
  const width = Math.floor(TEXT_WIDTH / columns);
  const cell = (children: Inline[], n: number, head: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.band } } : {}),
      borders: { top: CELL_RULE, bottom: head ? HEAD_RULE : CELL_RULE, left: CELL_RULE, right: CELL_RULE },
      children: [
        new Paragraph({
          alignment: t.align[n] === 'right' ? 'right' : t.align[n] === 'center' ? 'center' : 'left',
          children: inlines(children, head ? { bold: true } : {}, SIZE.table),
        }),
      ],
    });
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.head.map((c, n) => cell(c, n, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, n) => cell(c, n, false)) })),
    ],
  });
}

/** Inlines as runs: bold, italics, code in a fixed font, links to the web (underlined, in the accent colour). */
export function inlines(items: readonly Inline[], style: Style, size?: number): ParagraphChild[] {
  const base = {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(size ? { size } : {}),
  };
  return items.flatMap((x): ParagraphChild[] => {
    if ('text' in x) return [run(x.text, base)];
    if ('emphasis' in x) return inlines(x.emphasis, { ...style, italics: true }, size);
    if ('strong' in x) return inlines(x.strong, { ...style, bold: true }, size);
    if ('code' in x) return [new TextRun({ ...base, text: x.code, font: FONT.code })];
    if ('break' in x) return [new TextRun({ break: 1 })];
    return [
      new ExternalHyperlink({
        link: x.link.url,
        children: linkRuns(x.link.children, base),
      }),
    ];
  });
}

function linkRuns(items: readonly Inline[], base: object): TextRun[] {
  return items.flatMap((x): TextRun[] => {
    const text = 'text' in x ? x.text : 'code' in x ? x.code : null;
    if (text !== null) return [new TextRun({ ...base, text, color: COLOUR.accent, underline: {} })];
    if ('emphasis' in x) return linkRuns(x.emphasis, { ...base, italics: true });
    if ('strong' in x) return linkRuns(x.strong, { ...base, bold: true });
    return [];
  });
}

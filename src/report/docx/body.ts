import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  type FileChild,
  HeadingLevel,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  WidthType,
} from 'docx';
import { catalogue } from '../../i18n/index.js';
import type { FindingView } from '../findings-view.js';
import { CELL_STYLES } from '../statuses.js';
import type { ChartView, CommentView, Row, TableView } from '../table.js';
import type { AxisView, FactView, ReportView } from '../view.js';
import { imageRun, type Picture } from './image.js';
import { COLOUR, LANDSCAPE_TEXT_WIDTH, SIZE, TEXT_WIDTH } from './look.js';
import { analysisPart, REVIEW_ENTRIES, REVIEW_PARTS } from './review.js';
import { layoutBorders, wordTable } from './table.js';
import { bookmark, bullet, code, factRuns, run, small, statusColour, statusRuns } from './text.js';
import { type Fact, isChart, isComment, isFact, isObject, isProse, isTable } from './walk.js';

/**
 * The body of the Word report, from the view and in its order: the contents (Word's TOC field),
 * then one part per key of the view, each starting with a Heading 1. The parts the HTML template
 * lays out are laid out here the same way; anything else the view holds (a part added after this
 * file was written, a field added to a part) is laid out by its shape (src/report/docx/walk.ts),
 * where the view puts it, so the Word report never silently drops what the HTML shows.
 */
export interface Pictures {
  charts: ReadonlyMap<ChartView, Picture>;
  logo: { run: ParagraphChild } | null;
}

interface Ctx {
  view: ReportView;
  pictures: Pictures;
}

type Part = (ctx: Ctx) => FileChild[];

/** Keys of the view that are no part of the body: the cover is its own page, `toc` becomes Word's contents, `charts` repeats the summary's. */
const NOT_PARTS = new Set([
  'lang',
  't',
  'title',
  'period',
  'periodCode',
  'generatedAt',
  'cover',
  'toc',
  'charts',
]);

const PARTS: Record<string, Part> = {
  // The officer's analysis, the recommendations and the review's parts (src/report/docx/review.ts).
  ...Object.fromEntries(
    Object.entries(REVIEW_PARTS).map(([key, part]) => [key, (ctx: Ctx) => part(ctx.view)]),
  ),
  findings: findingsPart,
  summary: summaryPart,
  axes: (ctx) => ctx.view.axes.flatMap((a) => axisPart(a, ctx)),
  execution: executionPart,
  quality: qualityPart,
  methodology: methodologyPart,
  iptt: ipttPart,
  sources: sourcesPart,
};

/** A run of the body on pages of one orientation: the IPTT's wide tables get landscape pages of their own. */
export interface BodySection {
  landscape: boolean;
  children: FileChild[];
}

/** Parts of the view laid out on landscape pages. */
const LANDSCAPE_PARTS = new Set(['iptt']);

export function body(view: ReportView, pictures: Pictures): BodySection[] {
  const ctx: Ctx = { view, pictures };
  const sections: BodySection[] = [
    {
      landscape: false,
      children: [
        new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, children: [run(view.t.contents)] }),
        new TableOfContents(view.t.contents, { hyperlink: true, headingStyleRange: '1-1' }),
        // LibreOffice does not update fields on opening: the reader is told how to get the page numbers.
        new Paragraph({
          spacing: { before: 200 },
          children: [
            run(catalogue(view.lang).docx.tocNote, { size: SIZE.note, color: COLOUR.muted, italics: true }),
          ],
        }),
      ],
    },
  ];
  const into = (landscape: boolean): FileChild[] => {
    const last = sections[sections.length - 1];
    if (last.landscape === landscape) return last.children;
    const next: BodySection = { landscape, children: [] };
    sections.push(next);
    return next.children;
  };
  // A part the view gained without a title of its own takes the next entry of the view's
  // contents that no part laid out here has taken (the contents list every part in order).
  const spare = view.toc.filter((e) => !OWN_ENTRIES.has(e.id) && !view.axes.some((a) => a.id === e.id));
  for (const [key, value] of Object.entries(view)) {
    if (NOT_PARTS.has(key) || value === null || value === undefined) continue;
    const parts = into(LANDSCAPE_PARTS.has(key));
    const part = PARTS[key];
    if (part) parts.push(...part(ctx));
    else if (isObject(value) && typeof value.title === 'string') parts.push(...shape(value, ctx, 1));
    else {
      const entry = spare.shift();
      const inner = shape(value, ctx, 2);
      if (inner.length > 0) parts.push(...(entry ? [heading(1, entry.title)] : []), ...inner);
    }
  }
  return sections;
}

/** The entries of the view's contents whose heading the parts below write. */
const OWN_ENTRIES = new Set([
  'constats',
  'resume',
  'execution',
  'qualite',
  'methodologie',
  'iptt',
  'sources',
  ...REVIEW_ENTRIES,
]);

// ---------------------------------------------------------------------------------------------
// Parts the HTML template lays out.

function findingsPart({ view }: Ctx): FileChild[] {
  return [
    heading(1, view.t.findingsTitle),
    new Paragraph({ children: [run(view.t.findingsIntro, { color: COLOUR.muted })] }),
    ...view.findings.flatMap(finding),
  ];
}

function finding(f: FindingView): Paragraph[] {
  const color = statusColour(f.status);
  return [
    bullet([...(color ? [run('■ ', { color })] : []), run(f.text)], 0, f.items.length > 0),
    ...f.items.map((item, n) =>
      bullet(
        [
          ...(item.code ? [code(`${item.code} `)] : []),
          run(item.text),
          ...(item.figure ? [run(' — '), run(item.figure, { bold: true })] : []),
          // The status's symbol stays on the line of its word.
          ...(item.statusText
            ? [run(' '), ...statusRuns(undefined, item.statusText.replace(' ', '\u00a0'), item.status)]
            : []),
        ],
        1,
        n < f.items.length - 1,
      ),
    ),
  ];
}

function summaryPart(ctx: Ctx): FileChild[] {
  const s = ctx.view.summary;
  return [
    heading(1, ctx.view.t.summary),
    bigFigures(s.figures),
    ...wordTable(s.statusCounts),
    ...s.charts.flatMap((c) => figure(c, ctx)),
    ...wordTable(s.axes),
    ...rest(s, ['figures', 'statusCounts', 'charts', 'axes'], ctx, 2),
  ];
}

function axisPart(a: AxisView, ctx: Ctx): FileChild[] {
  const c = catalogue(ctx.view.lang);
  const t = ctx.view.t;
  const details = rowsWithDetail(a.indicators);
  return [
    heading(1, [new Bookmark({ id: bookmark(a.id), children: [run(`${a.code} `), run(a.label)] })]),
    new Paragraph({ children: factRuns(a.facts, t.colon) }),
    heading(2, t.indicators),
    ...wordTable(a.indicators),
    ...(details.length > 0
      ? [heading(2, c.docx.indicatorDetails), ...details.flatMap((r) => rowDetail(r, ctx))]
      : []),
    ...(a.activities ? [heading(2, c.docx.activities), ...wordTable(a.activities)] : []),
    ...(a.comments.length > 0 ? [heading(2, t.comments), ...a.comments.map(comment)] : []),
    ...analysisPart(a.analysis),
    ...rest(
      a,
      ['id', 'code', 'label', 'status', 'facts', 'indicators', 'activities', 'comments', 'analysis'],
      ctx,
      2,
    ),
  ];
}

function executionPart(ctx: Ctx): FileChild[] {
  const e = ctx.view.execution;
  if (!e) return [];
  return [
    heading(1, e.title),
    new Paragraph({ children: [run(e.intro)] }),
    ...e.method.map((p) => new Paragraph({ children: [run(p)] })),
    ...(e.chart ? figure(e.chart, ctx) : []),
    ...wordTable(e.physical),
    ...wordTable(e.financial),
    ...rest(e, ['title', 'intro', 'method', 'chart', 'physical', 'financial'], ctx, 2),
  ];
}

function qualityPart(ctx: Ctx): FileChild[] {
  const q = ctx.view.quality;
  const t = ctx.view.t;
  return [
    heading(1, t.quality),
    ...wordTable(q.summary),
    ...(q.entities ? wordTable(q.entities) : []),
    ...(q.matrices.length > 0
      ? [
          ...q.matrices.flatMap((m) => wordTable(m)),
          new Paragraph({
            spacing: { before: 80 },
            children: [
              run(`${q.legendTitle} `, { size: SIZE.table }),
              ...q.legend.flatMap((l, n) => [
                ...(n > 0 ? [run(' · ', { size: SIZE.table, color: COLOUR.muted })] : []),
                run(`${l.symbol}\u00a0`, { size: SIZE.table, color: CELL_STYLES[l.state].colour.slice(1) }),
                run(l.label, { size: SIZE.table }),
              ]),
            ],
          }),
        ]
      : []),
    ...q.tables.flatMap((x) => wordTable(x)),
    ...(q.issues
      ? wordTable(q.issues)
      : [heading(2, t.issuesTitle), new Paragraph({ children: [run(t.noIssues)] })]),
    ...rest(q, ['summary', 'entities', 'matrices', 'legendTitle', 'legend', 'tables', 'issues'], ctx, 2),
  ];
}

function methodologyPart(ctx: Ctx): FileChild[] {
  const m = ctx.view.methodology;
  const t = ctx.view.t;
  return [
    heading(1, t.methodology),
    new Paragraph({ children: [run(m.intro)] }),
    heading(2, t.settings),
    ...m.settings.map(
      (s) => new Paragraph({ children: [run(`${s.label}${t.colon}`, { bold: true }), run(s.value)] }),
    ),
    ...m.sections.flatMap((s) => [
      heading(2, s.title),
      ...s.paragraphs.map((p) => new Paragraph({ children: [run(p)] })),
    ]),
    ...(m.exclusions
      ? wordTable(m.exclusions)
      : [heading(2, t.exclusions), new Paragraph({ children: [run(m.noExclusions)] })]),
    ...rest(m, ['intro', 'settings', 'sections', 'exclusions', 'noExclusions'], ctx, 2),
  ];
}

/** The IPTT annex on landscape pages: its tables as wide as the page, each indicator's rows kept together. */
function ipttPart(ctx: Ctx): FileChild[] {
  const x = ctx.view.iptt;
  return [
    // The section starts a page already: no page break before its heading.
    heading(1, x.title, { pageBreakBefore: false }),
    new Paragraph({ children: [run(x.intro)] }),
    new Paragraph({ children: [run(x.reading)] }),
    ...x.tables.flatMap((t) => wordTable(t, { width: LANDSCAPE_TEXT_WIDTH, keepGroups: true })),
    ...rest(x, ['title', 'intro', 'reading', 'tables'], ctx, 2),
  ];
}

function sourcesPart(ctx: Ctx): FileChild[] {
  const s = ctx.view.sources;
  const t = ctx.view.t;
  return [
    heading(1, t.sources),
    new Paragraph({ children: [run(s.intro)] }),
    ...wordTable(s.table),
    ...rest(s, ['intro', 'folder', 'table'], ctx, 2),
  ];
}

// ---------------------------------------------------------------------------------------------
// Blocks.

export function heading(
  level: 1 | 2 | 3,
  children: string | ParagraphChild[],
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  const h = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1];
  return new Paragraph({
    heading: h,
    // Each part of the report starts a page, as in the printed HTML.
    pageBreakBefore: options.pageBreakBefore ?? level === 1,
    children: typeof children === 'string' ? [run(children)] : children,
  });
}

/** A chart: its picture, then its caption (Word's Caption style) kept under it. */
function figure(chart: ChartView, ctx: Ctx): Paragraph[] {
  const picture = ctx.pictures.charts.get(chart);
  if (!picture) return [new Paragraph({ style: 'Caption', children: [run(chart.caption)] })];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 160, after: 40 },
      children: [imageRun(picture, chart.caption, chart.id)],
    }),
    new Paragraph({
      style: 'Caption',
      alignment: AlignmentType.CENTER,
      keepNext: false,
      spacing: { before: 0, after: 200 },
      children: [run(chart.caption, { bold: false, italics: true })],
    }),
  ];
}

function comment(c: CommentView): Paragraph {
  return bullet([
    ...(c.code ? [code(`${c.code} `)] : []),
    run(c.entity, { bold: true }),
    run(` · ${c.period} `),
    ...(c.span ? [small(`(${c.span}) `)] : []),
    run(c.text),
    ...(c.flag ? [run(` ⚠ ${c.flag}`, { bold: true, color: statusColour('behind') })] : []),
    run(' '),
    small(c.location),
  ]);
}

/** The plan's rate and coverage in large print, side by side. */
function bigFigures(figures: FactView[]): Table {
  const width = Math.floor(TEXT_WIDTH / Math.max(figures.length, 1));
  return new Table({
    width: { size: width * figures.length, type: WidthType.DXA },
    columnWidths: figures.map(() => width),
    layout: TableLayoutType.FIXED,
    borders: layoutBorders(),
    rows: [
      new TableRow({
        cantSplit: true,
        children: figures.map((f) => {
          const color = statusColour(f.status);
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: { top: 80, bottom: 80, left: 120, right: 120 },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.band },
            borders: {
              top: { style: BorderStyle.SINGLE, size: 24, color: color ?? COLOUR.accent },
              left: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
              right: { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' },
            },
            children: [
              new Paragraph({ children: [run(f.value, { size: SIZE.bigFigure, bold: true })] }),
              new Paragraph({ children: [run(f.label)] }),
              ...(f.note
                ? [new Paragraph({ children: statusRuns(f.symbol, f.note, f.status, { size: SIZE.table }) })]
                : []),
            ],
          });
        }),
      }),
    ],
  });
}

function rowsWithDetail(table: TableView): Row[] {
  return table.groups.flatMap((g) => g.rows.filter((r) => r.detail));
}

/** What the HTML shows under a row (an indicator's trend, breakdowns, comments), under a heading naming the row. */
function rowDetail(row: Row, ctx: Ctx): FileChild[] {
  const d = row.detail;
  if (!d) return [];
  const [first, second] = row.cells;
  return [
    heading(3, [
      ...(first?.kind === 'code' ? [run(`${first.text} `)] : []),
      run(first?.kind === 'code' ? (second?.text ?? '') : (first?.text ?? '')),
    ]),
    ...d.charts.flatMap((c) => figure(c, ctx)),
    ...d.tables.flatMap((t) => wordTable(t, { size: SIZE.tableSmall })),
    ...d.comments.map(comment),
  ];
}

// ---------------------------------------------------------------------------------------------
// Anything else, by its shape.

/** Keys that name, link or classify rather than say something. */
const SILENT = new Set(['id', 'href', 'kind', 'status', 'state', 'lang', 'svg', 'src', 'captionId']);

/** The fields of a part that its layout above does not place, laid out by their shape after it. */
function rest(part: object, placed: string[], ctx: Ctx, level: 1 | 2 | 3): FileChild[] {
  return Object.entries(part)
    .filter(([k]) => !placed.includes(k) && !SILENT.has(k))
    .flatMap(([, v]) => shape(v, ctx, level));
}

/** A value of the view laid out by its shape: a table, a chart, a comment, facts, prose, text. */
export function shape(value: unknown, ctx: Ctx, level: 1 | 2 | 3): FileChild[] {
  if (typeof value === 'string') return value ? [new Paragraph({ children: [run(value)] })] : [];
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isFact))
      return value.map((f: Fact) => new Paragraph({ children: factRuns([f], ctx.view.t.colon) }));
    return value.flatMap((v) => shape(v, ctx, level));
  }
  if (isTable(value))
    return [...wordTable(value), ...rowsWithDetail(value).flatMap((r) => rowDetail(r, ctx))];
  if (isChart(value)) return figure(value, ctx);
  if (isComment(value)) return [comment(value)];
  if (isFact(value)) return [new Paragraph({ children: factRuns([value], ctx.view.t.colon) })];
  if (isProse(value))
    return [
      heading(level, value.title),
      ...value.paragraphs.map((p) => new Paragraph({ children: [run(p)] })),
    ];
  if (isObject(value)) {
    const title = typeof value.title === 'string' ? value.title : null;
    const inner = (title ? Math.min(level + 1, 3) : level) as 1 | 2 | 3;
    return [...(title ? [heading(level, title)] : []), ...rest(value, ['title'], ctx, inner)];
  }
  return [];
}

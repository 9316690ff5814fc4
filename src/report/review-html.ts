import type { AnalysisTable, Block, Inline } from '../model/analysis.js';
import type { AnalysisPartView } from './analysis-view.js';
import type { TableView } from './table.js';
import type { ReportView } from './view.js';

/**
 * The HTML layout of the review's parts (src/report/review.ts): the officer's blocks with their
 * heading tags (a sub-heading of a chapter is an `h3`, of an axis's analysis an `h4`) and table
 * cells' alignment, and the tables as src/report/html.ts lays every table out. The text stays
 * text: templates/partials/inline.hbs and rich-text.hbs write it through Handlebars' escaping.
 */
/** The partials of templates/partials/ these parts use (the build precompiles them with the others). */
export const REVIEW_PARTIALS = [
  'inline',
  'rich-text',
  'analysis-part',
  'recommendations',
  'review-limitations',
  'review-annex',
  'review-intro',
] as const;

export type HtmlBlock =
  | { paragraph: Inline[] }
  | { heading: { tag: string; children: Inline[] } }
  | { list: { ordered: boolean; start: number; items: HtmlBlock[][] } }
  | { table: { head: HtmlCell[]; rows: HtmlCell[][] } }
  | { quote: HtmlBlock[] }
  | { preformatted: string };

interface HtmlCell {
  children: Inline[];
  className: string;
}

export function htmlBlocks(blocks: readonly Block[], headingBase: number): HtmlBlock[] {
  return blocks.map((b): HtmlBlock => {
    if ('heading' in b)
      return {
        heading: { tag: `h${Math.min(6, headingBase + b.heading.level)}`, children: b.heading.children },
      };
    if ('list' in b)
      return { list: { ...b.list, items: b.list.items.map((item) => htmlBlocks(item, headingBase)) } };
    if ('table' in b) return { table: htmlMdTable(b.table) };
    if ('quote' in b) return { quote: htmlBlocks(b.quote, headingBase) };
    return b;
  });
}

function htmlMdTable(t: AnalysisTable): { head: HtmlCell[]; rows: HtmlCell[][] } {
  const cell = (children: Inline[], n: number): HtmlCell => ({
    children,
    className: t.align[n] ? `align-${t.align[n]}` : '',
  });
  return { head: t.head.map(cell), rows: t.rows.map((r) => r.map(cell)) };
}

export function htmlPart(part: AnalysisPartView | null | undefined) {
  if (!part) return null;
  // Sub-headings sit one level under the part's own title (h2 or h3).
  return { ...part, chapter: part.level === 2, blocks: htmlBlocks(part.blocks, part.level) };
}

/**
 * What the template reads of the review's parts, over the layout html.ts made of the rest:
 * `review` (which order), the parts with their blocks laid out, and each axis with its analysis.
 */
export function reviewLayout<A extends object>(
  view: ReportView,
  axes: readonly A[],
  table: (t: TableView) => unknown,
) {
  const limitations = view.limitations
    ? { ...view.limitations, method: htmlPart(view.limitations.method) }
    : null;
  const recommendations = view.recommendations
    ? {
        ...view.recommendations,
        counts: view.recommendations.counts ? table(view.recommendations.counts) : null,
        overdue: view.recommendations.overdue ? table(view.recommendations.overdue) : null,
        changes: view.recommendations.changes ? table(view.recommendations.changes) : null,
        list: view.recommendations.list ? table(view.recommendations.list) : null,
      }
    : null;
  const annex = (a: { tables: TableView[] } | null | undefined) =>
    a ? { ...a, tables: a.tables.map(table) } : null;
  return {
    review: view.kind === 'review',
    context: htmlPart(view.context),
    conclusions: htmlPart(view.conclusions),
    lessons: htmlPart(view.lessons),
    methodologyNotes: htmlPart(view.methodologyNotes),
    summaryConclusions: htmlPart(view.summaryConclusions),
    limitations,
    recommendations,
    logframe: annex(view.logframe),
    axes: axes.map((a, n) => ({ ...a, analysis: htmlPart(view.axes[n]?.analysis) })),
  };
}

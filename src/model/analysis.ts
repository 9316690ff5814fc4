/**
 * The officer's own text (`analyse.md`), as plain data every renderer lays out the same way:
 * a small tree of blocks and inlines, never HTML. Each node is told apart by the one key it has
 * (`paragraph`, `list`, `text`, `link`…), so that a template can test for it and TypeScript can
 * narrow on it (`'paragraph' in block`). The text is the file's, as written: renderers escape it.
 * How a file becomes this tree: src/report/analysis.ts (docs/review.md).
 */
export type Inline =
  | { text: string }
  | { emphasis: Inline[] }
  | { strong: Inline[] }
  | { code: string }
  /** Only `http:`, `https:` and `mailto:` targets become links; any other is left as its text. */
  | { link: { url: string; children: Inline[] } }
  | { break: true };

export type Block =
  | { paragraph: Inline[] }
  /** A heading inside a section: level 1 is the first level under the section's own title. */
  | { heading: { level: 1 | 2 | 3; children: Inline[] } }
  | { list: { ordered: boolean; start: number; items: Block[][] } }
  | { table: AnalysisTable }
  | { quote: Block[] }
  /** A fenced or indented block of code (or raw HTML), shown as written in a monospaced font. */
  | { preformatted: string };

export interface AnalysisTable {
  align: ('left' | 'right' | 'center' | null)[];
  head: Inline[][];
  rows: Inline[][][];
}

/** The sections a report knows, besides one per axis. */
export const ANALYSIS_SECTIONS = ['context', 'methodology', 'conclusions', 'lessons'] as const;
export type AnalysisSectionKey = (typeof ANALYSIS_SECTIONS)[number];

export interface Analysis {
  /** The file, as shown in messages and in the report's sources. */
  file: string;
  /** Each known section's blocks, in the file's order; a section the file lacks (or leaves empty) is absent. */
  sections: Partial<Record<AnalysisSectionKey, Block[]>>;
  /** One entry per axis the file writes about, by the plan's axis code. */
  axes: Record<string, Block[]>;
}

import type { Definition, Heading, Table as MdTable, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { toString as plainText } from 'mdast-util-to-string';
import { gfmTable } from 'micromark-extension-gfm-table';
import {
  ANALYSIS_SECTIONS,
  type Analysis,
  type AnalysisSectionKey,
  type AnalysisTable,
  type Block,
  type Inline,
} from '../model/analysis.js';
import { type Issue, issue } from '../model/issues.js';

/**
 * The officer's `analyse.md` read into plain data (src/model/analysis.ts): pure, no file, no
 * clock. The Markdown is parsed to a syntax tree (mdast-util-from-markdown, GFM tables) and only
 * what the report lays out is kept — paragraphs, emphasis, lists, simple tables, links — so that
 * HTML, PDF and Word show the same text. Nothing is passed through as HTML: raw HTML in the file
 * is kept as its text (a `<script>` line is shown, never run); an HTML comment is a note to
 * oneself and is left out, as Markdown readers do.
 *
 * The file is cut into sections by its top-level headings (the smallest `#` depth it uses): each
 * must name a part the report knows (`# Contexte`, `# Méthodologie`, `# Conclusions`,
 * `# Leçons apprises`, in French or English) or an axis of the plan by its code (`# A1`,
 * `# A1 — Gouvernance`, `# Axe A1`). Anything else is a warning naming the line, and its text is
 * left out. Deeper headings are sub-headings of their section. docs/review.md says it for users.
 */
export interface AnalysisAxis {
  code: string;
  label: string;
}

export interface ParsedAnalysis {
  analysis: Analysis;
  /** Warnings, each at its line (`row`) of the file. */
  issues: Issue[];
}

/** The headings of each known section, French first (the skeleton writes the first). */
export const SECTION_TITLES: Record<AnalysisSectionKey, readonly string[]> = {
  context: ['Contexte', 'Context', 'Contexte et justification', 'Background'],
  methodology: ['Méthodologie', 'Methodology', 'Méthode', 'Method', 'Approche méthodologique'],
  conclusions: ['Conclusions', 'Conclusion'],
  lessons: ['Leçons apprises', 'Lessons learned', 'Lessons learnt', 'Leçons tirées', 'Enseignements'],
};

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
const COMMENT_ONLY = /^\s*(?:<!--[\s\S]*?-->\s*)+$/;

/**
 * @param axes the plan's axes; null without a plan (`ponam validate analyse.md`): a heading that
 *   looks like an axis code (`# A1`, `# Axe 2`) is then taken as that axis, unchecked
 */
export function parseAnalysis(
  text: string,
  file: string,
  axes: readonly AnalysisAxis[] | null,
): ParsedAnalysis {
  const tree: Root = fromMarkdown(text.replace(/^\uFEFF/, ''), {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const issues: Issue[] = [];
  const warn = (code: Issue['code'], node: Nodes, params: Record<string, string> = {}) =>
    issues.push(issue(code, 'warning', { file, row: node.position?.start.line ?? 1 }, params));
  const definitions = new Map<string, Definition>();
  for (const node of tree.children) if (node.type === 'definition') definitions.set(node.identifier, node);
  const convert = new Converter(definitions, warn);

  const depth = Math.min(
    7,
    ...tree.children.filter((n): n is Heading => n.type === 'heading').map((n) => n.depth),
  );
  const analysis: Analysis = { file, sections: {}, axes: {} };
  const seen = new Set<string>();
  // The section the nodes being read belong to: a known one, one left out, or none yet.
  let target: Block[] | null = null;
  let outside = true;
  let warnedOutside = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === depth) {
      outside = false;
      const title = plainText(node).trim();
      const axisLike = looksLikeAxis(title);
      const found = axes === null && axisLike ? { axis: axisLike } : sectionOf(title, axes ?? []);
      if (found === null) {
        target = null;
        warn('unknown-heading', node, {
          heading: title,
          known: knownTitles(axes ?? []),
          ...(axisLike ? { axis: axisLike, axes: (axes ?? []).map((a) => a.code).join(', ') || '—' } : {}),
        });
        continue;
      }
      const key = 'axis' in found ? `axis:${found.axis}` : found.section;
      if (seen.has(key)) warn('duplicate-heading', node, { heading: title });
      seen.add(key);
      if ('axis' in found) {
        analysis.axes[found.axis] ??= [];
        target = analysis.axes[found.axis];
      } else {
        analysis.sections[found.section] ??= [];
        target = analysis.sections[found.section] as Block[];
      }
      continue;
    }
    // The text of a section left out (its heading was warned about) is not looked into.
    if (!outside && target === null) continue;
    const blocks = convert.block(node, depth);
    if (blocks.length === 0) continue;
    if (outside) {
      if (!warnedOutside) warn('text-outside-section', node);
      warnedOutside = true;
      continue;
    }
    target?.push(...blocks);
  }
  // A section with nothing in it (the skeleton's, left as written) is no section at all.
  for (const key of ANALYSIS_SECTIONS)
    if (analysis.sections[key]?.length === 0) delete analysis.sections[key];
  for (const code of Object.keys(analysis.axes))
    if (analysis.axes[code].length === 0) delete analysis.axes[code];
  return { analysis, issues };
}

type Found = { section: AnalysisSectionKey } | { axis: string };

/** Headings are compared without case, accents, a leading number (`1.`, `II.`) or a trailing colon. */
export function headingKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .replace(/^\s*(?:\d+(?:\.\d+)*|[ivx]+)\s*[.)-]\s+/, '')
    .replace(/[\s:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const SECTION_KEYS = new Map<string, AnalysisSectionKey>(
  Object.entries(SECTION_TITLES).flatMap(([key, titles]) =>
    titles.map((t) => [headingKey(t), key as AnalysisSectionKey] as const),
  ),
);

function sectionOf(title: string, axes: readonly AnalysisAxis[]): Found | null {
  const key = headingKey(title);
  const section = SECTION_KEYS.get(key);
  if (section) return { section };
  const axis = axisOf(key, axes);
  return axis ? { axis } : null;
}

/** `A1`, `A1 — Gouvernance`, `A1 : …`, `Axe A1`, `Axis A1 …`, or the axis's label itself. */
function axisOf(key: string, axes: readonly AnalysisAxis[]): string | null {
  const bare = key.replace(/^(?:axe|axis)(?: strategique| strategic)?\s+/, '');
  for (const a of axes) {
    const code = headingKey(a.code);
    if (bare === code || new RegExp(`^${escapeRegex(code)}(?:\\s|[—–:,-])`).test(bare)) return a.code;
  }
  for (const a of axes) if (a.label && headingKey(a.label) === key) return a.code;
  return null;
}

/** A heading that names an axis the plan does not have (`# A9`, `# Axe 9`): that code, else null. */
function looksLikeAxis(title: string): string | null {
  const words = title
    .trim()
    .split(/[\s—–:,]+/)
    .filter(Boolean);
  const named = /^(?:axe|axis)$/i.test(words[0] ?? '') ? words[1] : words[0];
  if (!named) return null;
  return /^(?:axe|axis)$/i.test(words[0] ?? '') || /^[a-z]{0,3}\d+(?:\.\d+)*$/i.test(named) ? named : null;
}

function knownTitles(axes: readonly AnalysisAxis[]): string {
  const first = ANALYSIS_SECTIONS.map((k) => SECTION_TITLES[k][0]);
  return [...first, ...axes.map((a) => a.code)].join(', ');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type Warn = (code: Issue['code'], node: Nodes, params?: Record<string, string>) => void;

/** mdast nodes to the report's blocks and inlines; what cannot be laid out is said, never dropped silently. */
class Converter {
  constructor(
    private readonly definitions: ReadonlyMap<string, Definition>,
    private readonly warn: Warn,
  ) {}

  block(node: RootContent, sectionDepth: number): Block[] {
    switch (node.type) {
      case 'paragraph': {
        const children = this.inlines(node.children);
        return children.length > 0 ? [{ paragraph: children }] : [];
      }
      case 'heading': {
        const children = this.inlines(node.children);
        if (children.length === 0) return [];
        const level = Math.min(3, Math.max(1, node.depth - sectionDepth)) as 1 | 2 | 3;
        return [{ heading: { level, children } }];
      }
      case 'list':
        return [
          {
            list: {
              ordered: node.ordered === true,
              start: node.start ?? 1,
              items: node.children.map((item) => item.children.flatMap((c) => this.block(c, sectionDepth))),
            },
          },
        ];
      case 'table':
        return [{ table: this.table(node) }];
      case 'blockquote': {
        const inner = node.children.flatMap((c) => this.block(c, sectionDepth));
        return inner.length > 0 ? [{ quote: inner }] : [];
      }
      case 'code':
        return node.value.trim() === '' ? [] : [{ preformatted: node.value }];
      case 'html': {
        // Raw HTML is the file's text: shown as written, line by line, never interpreted.
        if (COMMENT_ONLY.test(node.value)) return [];
        const lines = withoutComments(node.value).split(/\r?\n/);
        const children: Inline[] = [];
        lines.forEach((line, n) => {
          if (n > 0) children.push({ break: true });
          if (line !== '') children.push({ text: line });
        });
        return [{ paragraph: children }];
      }
      default:
        // Link definitions serve the links that use them; a thematic break is no text.
        return [];
    }
  }

  private table(node: MdTable): AnalysisTable {
    const [head, ...rows] = node.children.map((row) =>
      row.children.map((cell) => this.inlines(cell.children)),
    );
    const width = Math.max(head?.length ?? 0, ...rows.map((r) => r.length));
    const pad = (r: Inline[][]) => [...r, ...Array.from({ length: width - r.length }, () => [])];
    return {
      align: Array.from({ length: width }, (_, n) => node.align?.[n] ?? null),
      head: pad(head ?? []),
      rows: rows.map(pad),
    };
  }

  inlines(nodes: readonly PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    const push = (x: Inline) => {
      const last = out[out.length - 1];
      if ('text' in x && last && 'text' in last) last.text += x.text;
      else out.push(x);
    };
    for (const node of nodes) for (const x of this.inline(node)) push(x);
    return trimEnds(out);
  }

  private inline(node: PhrasingContent): Inline[] {
    switch (node.type) {
      case 'text':
        // A line break inside a paragraph is a space, as in every Markdown reader.
        return [{ text: node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ') }];
      case 'emphasis':
        return wrap('emphasis', this.inlines(node.children));
      case 'strong':
        return wrap('strong', this.inlines(node.children));
      case 'inlineCode':
        return [{ code: node.value }];
      case 'break':
        return [{ break: true }];
      case 'html':
        return COMMENT_ONLY.test(node.value) ? [] : [{ text: node.value }];
      case 'link':
        return this.link(node, node.url, node.children);
      case 'linkReference': {
        const def = this.definitions.get(node.identifier);
        if (def) return this.link(node, def.url, node.children);
        // Not a reference after all (`[texte]` with no definition): the brackets are text.
        return [{ text: '[' }, ...this.inlines(node.children), { text: ']' }];
      }
      case 'image':
      case 'imageReference':
        this.warn('unsupported-markdown', node, { what: 'image', detail: node.alt ?? '' });
        return node.alt ? [{ text: node.alt }] : [];
      default:
        return [{ text: plainText(node) }];
    }
  }

  private link(node: Nodes, url: string, children: readonly PhrasingContent[]): Inline[] {
    const inner = this.inlines(children);
    if (SAFE_URL.test(url.trim()))
      return [{ link: { url: url.trim(), children: inner.length > 0 ? inner : [{ text: url.trim() }] } }];
    this.warn('unsupported-markdown', node, { what: 'link', detail: url });
    return inner;
  }
}

function wrap(kind: 'emphasis' | 'strong', children: Inline[]): Inline[] {
  if (children.length === 0) return [];
  return kind === 'emphasis' ? [{ emphasis: children }] : [{ strong: children }];
}

function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** No space at the start or end of a paragraph, and no paragraph made of spaces only. */
function trimEnds(inlines: Inline[]): Inline[] {
  const first = inlines[0];
  if (first && 'text' in first) first.text = first.text.replace(/^\s+/, '');
  const last = inlines[inlines.length - 1];
  if (last && 'text' in last) last.text = last.text.replace(/\s+$/, '');
  return inlines.filter((x) => !('text' in x) || x.text !== '');
}

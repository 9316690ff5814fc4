import { type FileChild, Paragraph } from 'docx';
import type { AnalysisPartView } from '../analysis-view.js';
import type { ReportView } from '../view.js';
import { COLOUR } from './look.js';
import { heading, richBlocks } from './rich-text.js';
import { wordTable } from './table.js';
import { factRuns, run } from './text.js';

/**
 * The Word layout of the officer's analysis, the recommendations and the review's parts
 * (src/report/review.ts), by key of the view: the body (body.ts) lays the view out in its keys'
 * order, which is the reading order of the kind of report.
 */
export const REVIEW_PARTS: Record<string, (view: ReportView) => FileChild[]> = {
  // What the view holds but the body does not lay out as a part of its own.
  kind: () => [],
  context: (v) => analysisPart(v.context),
  summaryConclusions: (v) => analysisPart(v.summaryConclusions),
  limitations: (v) => {
    const l = v.limitations;
    if (!l) return [];
    return [
      heading(1, l.title),
      new Paragraph({ children: [run(l.intro)] }),
      ...l.facts.map((f) => new Paragraph({ children: factRuns([f], v.t.colon) })),
      ...analysisPart(l.method),
    ];
  },
  axesIntro: (v) =>
    v.axesIntro ? [heading(1, v.axesIntro.title), new Paragraph({ children: [run(v.axesIntro.intro)] })] : [],
  conclusions: (v) => analysisPart(v.conclusions),
  lessons: (v) => analysisPart(v.lessons),
  recommendations: (v) => {
    const r = v.recommendations;
    if (!r) return [];
    return [
      heading(1, r.title),
      new Paragraph({ children: [run(r.intro)] }),
      ...(r.counts ? wordTable(r.counts) : []),
      ...(r.overdue ? wordTable(r.overdue) : []),
      ...(r.changesText ? [new Paragraph({ children: [run(r.changesText)] })] : []),
      ...(r.changes ? wordTable(r.changes) : []),
      ...(r.list ? wordTable(r.list) : []),
    ];
  },
  logframe: (v) => annex(v.logframe),
  methodologyNotes: (v) => analysisPart(v.methodologyNotes),
};

/** The entries of the view's contents these parts write the heading of. */
export const REVIEW_ENTRIES = [
  'contexte',
  'methode',
  'constats-axes',
  'conclusions',
  'lecons',
  'recommandations',
  'annexe-cadre-logique',
  'annexe-suivi',
];

/** A part of the officer's text: a chapter (Heading 1, a new page) or a part of one (Heading 2). */
export function analysisPart(part: AnalysisPartView | null | undefined): FileChild[] {
  if (!part) return [];
  const level = part.level === 2 ? 1 : 2;
  return [
    heading(level, part.title),
    ...richBlocks(part.blocks, level),
    ...(part.missing
      ? [new Paragraph({ children: [run(part.missing, { italics: true, color: COLOUR.muted })] })]
      : []),
  ];
}

function annex(
  a: { title: string; intro: string; tables: Parameters<typeof wordTable>[0][] } | null | undefined,
): FileChild[] {
  if (!a) return [];
  return [
    heading(1, a.title),
    new Paragraph({ children: [run(a.intro)] }),
    ...a.tables.flatMap((t) => wordTable(t)),
  ];
}

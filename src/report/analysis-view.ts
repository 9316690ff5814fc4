import type { ReportModel } from '../compute/model.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { AnalysisSectionKey, Block } from '../model/analysis.js';

/**
 * The officer's text where the report places it (docs/review.md): each part is the blocks of one
 * section of `analyse.md` (src/report/analysis.ts), under a title of the report's. The renderers
 * lay the blocks out (HTML: templates/partials/rich-text.hbs; Word: src/report/docx/rich-text.ts);
 * nothing here turns text into markup.
 */
export interface AnalysisPartView {
  id: string;
  title: string;
  /** 2: a chapter of its own; 3: a part inside a chapter (an axis's analysis, the team's notes on method). */
  level: 2 | 3;
  blocks: Block[];
  /** A review chapter the officer has not written yet: what to add to which file. Null otherwise. */
  missing: string | null;
}

/**
 * One section of the analysis as a part of the report; null when the file has none, unless the
 * review needs the chapter (`required`): it then says what to write.
 */
export function analysisPart(
  model: ReportModel,
  lang: Lang,
  key: AnalysisSectionKey,
  place: { id: string; title: string; level: 2 | 3; required: boolean },
): AnalysisPartView | null {
  const blocks = model.analysis?.sections[key] ?? [];
  if (blocks.length === 0 && !place.required) return null;
  const t = catalogue(lang).review.analysis;
  return {
    id: place.id,
    title: place.title,
    level: place.level,
    blocks,
    missing: blocks.length === 0 ? t.missing(headingOf(key, lang), model.analysis?.file ?? null) : null,
  };
}

/** The analysis of an axis, under its figures; null when the file says nothing about it. */
export function axisAnalysis(
  model: ReportModel,
  lang: Lang,
  code: string,
  axisId: string,
): AnalysisPartView | null {
  const blocks = model.analysis?.axes[code] ?? [];
  if (blocks.length === 0) return null;
  return {
    id: `${axisId}-analyse`,
    title: catalogue(lang).review.analysis.axis,
    level: 3,
    blocks,
    missing: null,
  };
}

/** The heading the officer would write for a section, in the report's language. */
export function headingOf(key: AnalysisSectionKey, lang: Lang): string {
  return catalogue(lang).review.analysis[key];
}

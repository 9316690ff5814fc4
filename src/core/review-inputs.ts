import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../compute/model.js';
import { checkRecommendations } from '../compute/recommendations.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Analysis } from '../model/analysis.js';
import { PonamError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import type { Plan } from '../model/plan.js';
import type { RecommendationRow } from '../model/recommendations.js';
import type { Vocabulary } from '../workbook/aliases.js';
import { DEFAULT_LIMITS, type FileLimits } from '../workbook/open.js';
import { readRecommendations } from '../workbook/recommendations-reader.js';
import { sheetRole } from '../workbook/vocabulary.js';
import {
  displayPath,
  expandInputs,
  hashOf,
  type InputFile,
  realKey,
  sha256,
  sheetNamesOf,
} from './inputs.js';

/**
 * The inputs of the mid-term review besides the plan and the reports (docs/review.md): the
 * officer's `analyse.md` and the `Recommandations` sheets — the plan's, the workbooks named by
 * `--recommendations` (or the configuration's `recommendations`), and recommendations workbooks
 * found among the data. Reading is here (files); parsing and computing are pure
 * (src/report/analysis.ts, src/workbook/recommendations-reader.ts, src/compute/recommendations.ts).
 */
export interface ReviewSources {
  /** `--analysis FILE` or the configuration's `analysis`: must exist. */
  analysis?: string;
  /**
   * Where `analyse.md` (else `analysis.md`) is looked for when none is named: the project's folder
   * (the configuration's, else the current one); null: nowhere (`ponam demo`).
   */
  analysisFolder?: string | null;
  /** `--recommendations` or the configuration's `recommendations`: workbooks or folders. */
  recommendations?: readonly string[];
}

/** The default names of the analysis in a project folder, in the order they are looked for. */
export const ANALYSIS_FILES = ['analyse.md', 'analysis.md'] as const;

/** An analysis is a text of a few pages: past this, the file is not what it seems. */
const MAX_ANALYSIS_MB = 5;

export interface ReviewInputs {
  analysis: Analysis | null;
  /** The rows of every Recommandations sheet read (duplicates left out); null when there is none, or no row. */
  recommendations: RecommendationRow[] | null;
  issues: Issue[];
  /** The analysis and the recommendations workbooks, as sources of the report (with their SHA-256). */
  sources: Source[];
  /** Recommendations workbooks that could not be read at all (as shown). */
  unreadable: string[];
}

export interface ReviewRequest {
  sources: ReviewSources;
  /** The plan as read (its axes check the headings and the `Axe` column), and its file. */
  plan: Plan | null;
  planFile: InputFile | null;
  /** Recommendations workbooks found among the data (src/core/load.ts). */
  fromData: readonly InputFile[];
  lang: Lang;
  vocab?: Vocabulary;
  limits?: FileLimits;
}

export async function loadReviewInputs(req: ReviewRequest): Promise<ReviewInputs> {
  const issues: Issue[] = [];
  const sources: Source[] = [];
  const analysisFile = findAnalysis(req.sources, req.lang);
  let analysis: Analysis | null = null;
  if (analysisFile) {
    const read = await loadAnalysis(analysisFile, req.plan, req.lang);
    analysis = read.analysis;
    issues.push(...read.issues);
    sources.push(read.source);
  }

  const setup = { limits: req.limits ?? DEFAULT_LIMITS, ...(req.vocab ? { vocab: req.vocab } : {}) };
  const axes = req.plan ? req.plan.axes.map((a) => a.code) : null;
  const rows: RecommendationRow[] = [];
  const unreadable: string[] = [];
  let found = false;
  const planSheets = req.planFile ? await sheetNamesOf(req.planFile) : null;
  const roleOf = req.vocab?.sheetRole ?? sheetRole;
  if (req.planFile && planSheets?.some((name) => roleOf(name) === 'recommendations')) {
    found = true;
    const read = await readRecommendations(
      req.planFile.path,
      req.planFile.display,
      axes,
      req.lang,
      issues,
      setup,
    );
    rows.push(...(read ?? []));
  }
  const named = req.sources.recommendations?.length ? await expandInputs(req.sources.recommendations) : [];
  const seen = new Set<string>(req.planFile ? [await realKey(req.planFile.path)] : []);
  for (const file of [...named, ...req.fromData]) {
    const key = await realKey(file.path);
    if (seen.has(key)) continue;
    seen.add(key);
    found = true;
    const read = await readRecommendations(file.path, file.display, axes, req.lang, issues, {
      ...setup,
      required: true,
    });
    if (read === null) unreadable.push(file.display);
    rows.push(...(read ?? []));
    if (existsSync(file.path) && statSync(file.path).isFile())
      sources.push({ path: file.display, role: 'recommendations', sha256: await hashOf(file) });
  }
  const checked = checkRecommendations(rows);
  issues.push(...checked.issues);
  // Sheets without a row (a blank plan's) give no follow-up, as no sheet does.
  return {
    analysis,
    recommendations: found && checked.rows.length > 0 ? checked.rows : null,
    issues,
    sources,
    unreadable,
  };
}

/** The analysis named, else `analyse.md` or `analysis.md` in the project's folder, else none. */
export function findAnalysis(sources: ReviewSources, lang: Lang): InputFile | null {
  const t = catalogue(lang).review.errors;
  if (sources.analysis !== undefined) {
    const shown = escapeText(displayPath(sources.analysis));
    if (!existsSync(sources.analysis))
      throw new PonamError('usage', t.analysisMissing(shown), t.analysisHint);
    if (!statSync(sources.analysis).isFile())
      throw new PonamError('usage', t.analysisNotFile(shown), t.analysisHint);
    return { path: sources.analysis, display: displayPath(sources.analysis) };
  }
  if (sources.analysisFolder === null) return null;
  const folder = sources.analysisFolder ?? process.cwd();
  for (const name of ANALYSIS_FILES) {
    const path = join(folder, name);
    if (existsSync(path) && statSync(path).isFile()) return { path, display: displayPath(path) };
  }
  return null;
}

/** One analysis file read and parsed against the plan's axes: its sections, its warnings, its fingerprint. */
export async function loadAnalysis(
  file: InputFile,
  plan: Plan | null,
  lang: Lang,
): Promise<{ analysis: Analysis; issues: Issue[]; source: Source }> {
  const text = await readAnalysisText(file.path, lang);
  // The Markdown parser is loaded only when there is an analysis to read.
  const { parseAnalysis } = await import('../report/analysis.js');
  const parsed = parseAnalysis(text, file.display, axesOf(plan));
  return {
    ...parsed,
    source: { path: file.display, role: 'analysis', sha256: await sha256(file.path) },
  };
}

async function readAnalysisText(path: string, lang: Lang): Promise<string> {
  const t = catalogue(lang).review.errors;
  const shown = escapeText(displayPath(path));
  if (statSync(path).size > MAX_ANALYSIS_MB * 1024 * 1024)
    throw new PonamError('usage', t.analysisTooLarge(shown, MAX_ANALYSIS_MB));
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PonamError('usage', t.analysisNotText(shown));
  }
}

function axesOf(plan: Plan | null): { code: string; label: string }[] | null {
  return plan ? plan.axes.map((a) => ({ code: a.code, label: a.label })) : null;
}

/** The sources of a report with the review's own: a workbook read for its recommendations is one. */
export function withReviewSources(sources: Source[], review: Source[]): Source[] {
  const byPath = new Map(review.map((s) => [s.path, s]));
  const kept = sources.map((s) => byPath.get(s.path) ?? s);
  const known = new Set(kept.map((s) => s.path));
  return [...kept, ...review.filter((s) => !known.has(s.path))];
}

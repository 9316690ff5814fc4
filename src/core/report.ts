import type { PublishedReport } from '../compute/changes.js';
import { computeReport, type ReportModel } from '../compute/model.js';
import { comparePeriods, countsAt, latestPeriod, type Period, parsePeriod } from '../compute/periods.js';
import type { ReportKind } from '../compute/review-model.js';
import { catalogue } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import type { Plan, Settings } from '../model/plan.js';
import type { AliasInput } from '../workbook/aliases.js';
import { vocabularyWith } from '../workbook/aliases.js';
import { readPublished } from './compare.js';
import type { EarlierOutput } from './earlier-outputs.js';
import { describeSources, displayPath, expandInputs, gatherInputs, type InputFile } from './inputs.js';
import { type ConfiguredEntities, type Loaded, loadInputs, type ProgressListener } from './load.js';
import { type Logo, readLogo } from './logo.js';
import { type RenderRequest, renderFormats } from './render.js';
import { loadReviewInputs, type ReviewSources, withReviewSources } from './review-inputs.js';

export interface ReportRequest {
  plan: string;
  data: string[];
  period?: Period;
  lang?: 'fr' | 'en';
  settings?: Partial<Pick<Settings, 'method' | 'thresholds' | 'ceiling'>>;
  /** `--target-basis`: `pace` judges a period inside a year against the target due by then. */
  targetBasis?: 'pace' | 'year';
  /** `--compare`: a report.json published earlier, compared with instead of P−1. */
  compare?: string;
  /** The cover, over the plan's `Plan` sheet; `date` is the configuration's `cover.date`. */
  cover?: { title?: string; subtitle?: string; author?: string; institution?: string; date?: string };
  /** The mid-term review's inputs (analyse.md, Recommandations sheets) and the report's kind (docs/review.md). */
  review?: ReviewSources & { kind?: ReportKind };
  timestamp?: boolean;
  tool: { name: string; version: string };
  /** Extra names for sheets, columns and values, from a project configuration. */
  aliases?: AliasInput;
  /** The reporting entities and their aliases, from a project configuration (`entities`). */
  entities?: ConfiguredEntities;
  /** Told how far reading has gone (the progress bar). */
  progress?: ProgressListener;
  /** The language of usage errors (the user's, which may differ from the report's). */
  messagesLang?: 'fr' | 'en';
}

/**
 * Inputs that would give an empty report (exit 1): no value at all in the data (only a plan, blank
 * templates), or none that counts at the period asked; `covered` lists the periods the data give.
 */
export interface NoValues {
  period: string | null;
  covered: string[];
  files: number;
  skipped: number;
}

export type ReportOutcome =
  | { ok: true; model: ReportModel; loaded: Loaded; dataFiles: InputFile[] }
  | { ok: false; issues: Issue[]; lang: 'fr' | 'en'; unreadable: boolean; noValues?: NoValues };

/** Reads and checks the inputs, then computes the model; stops with the issues when any is an error. */
export async function buildReport(req: ReportRequest): Promise<ReportOutcome> {
  const asked = req.period ?? null;
  const planFile: InputFile = (await expandInputs([req.plan]))[0];
  // What a folder holds and is not read (a lock file, a PDF…) goes in too, for its notice.
  const { files: dataFiles, skipped } = await gatherInputs(req.data);
  const loaded = await loadInputs(
    planFile,
    [...dataFiles, ...skipped],
    req.lang ?? 'fr',
    undefined,
    req.aliases,
    req.progress,
    req.entities,
  );
  // The officer's analysis and the recommendations: their problems stop the report like any input's.
  const review = await loadReviewInputs({
    sources: req.review ?? {},
    plan: loaded.plan,
    planFile,
    fromData: loaded.recommendationFiles,
    lang: req.lang ?? 'fr',
    vocab: vocabularyWith(req.aliases),
  });
  loaded.issues.push(...review.issues);
  for (const u of review.unreadable) loaded.unreadable.add(u);
  if (!loaded.plan || loaded.issues.some((i) => i.severity === 'error'))
    return {
      ok: false,
      issues: loaded.issues,
      lang: req.lang ?? 'fr',
      // A file that could not be read at all: the tool could not run (exit 2).
      unreadable: loaded.unreadable.size > 0,
    };

  // Flags override the plan's Plan sheet; the plan as read is left as it is.
  const plan: Plan = { ...loaded.plan, settings: withRequest(loaded.plan.settings, req) };
  const s = plan.settings;
  const lang = req.lang ?? s.lang;
  const t = catalogue(req.messagesLang ?? lang).run;
  if (
    asked &&
    s.startYear !== null &&
    s.endYear !== null &&
    (asked.year < s.startYear || asked.year > s.endYear)
  )
    throw new PonamError(
      'usage',
      t.periodOutsidePlan(asked.label, s.startYear, s.endYear),
      t.periodWithinPlan(s.startYear, s.endYear),
    );
  const present = [...periodsOf(loaded)].sort(comparePeriods);
  if (present.length === 0 || (asked && !present.some((p) => countsAt(p, asked))))
    return {
      ok: false,
      issues: loaded.issues,
      lang,
      unreadable: false,
      noValues: {
        period: present.length === 0 ? null : (asked as Period).label,
        covered: present.map((p) => p.label),
        files: dataFiles.length,
        skipped: loaded.issues.filter((i) => i.code === 'plan-in-data' || i.code === 'own-output').length,
      },
    };
  const period = asked ?? latestPeriod(present) ?? fallbackPeriod(s);
  const published = req.compare
    ? await comparedReport(req.compare, plan, period, req.messagesLang ?? lang)
    : null;
  const model = computeReport({
    plan,
    values: loaded.data.values,
    activities: loaded.data.activities,
    // Every dated report, superseded ones too: timeliness takes the earliest date (docs/quality.md).
    submissions: loaded.dated,
    superseded: loaded.superseded,
    period,
    lang,
    issues: loaded.issues,
    sources: withReviewSources(await describeSources(planFile, dataFiles), review.sources),
    tool: req.tool,
    generatedAt: req.timestamp ? new Date().toISOString() : null,
    published,
    kind: req.review?.kind ?? 'monitoring',
    analysis: review.analysis,
    recommendations: review.recommendations,
    coverDate: req.cover?.date ?? null,
  });
  return { ok: true, model, loaded, dataFiles };
}

function withRequest(settings: Settings, req: ReportRequest): Settings {
  const cover = req.cover ?? {};
  return {
    ...settings,
    ...(req.settings ?? {}),
    ...(req.targetBasis ? { targetBasis: req.targetBasis } : {}),
    ...(cover.title ? { reportTitle: cover.title } : {}),
    ...(cover.subtitle ? { subtitle: cover.subtitle } : {}),
    ...(cover.author ? { author: cover.author } : {}),
    ...(cover.institution ? { institution: cover.institution } : {}),
  };
}

async function comparedReport(
  path: string,
  plan: Plan,
  period: Period,
  lang: 'fr' | 'en',
): Promise<PublishedReport> {
  const t = catalogue(lang).run;
  const shown = displayPath(path);
  const published = await readPublished(path, shown, lang);
  const code = plan.settings.code;
  if (code && published.planCode && published.planCode !== code)
    throw new PonamError('usage', t.compareOtherPlan(shown, published.planCode, code));
  if (comparePeriods(parsePeriod(published.period) as Period, period) > 0)
    throw new PonamError('usage', t.compareAfter(shown, published.period, period.label), t.compareEarlier);
  return published;
}

function* periodsOf(loaded: Loaded): Generator<Period> {
  for (const label of loaded.data.values.periods()) {
    const p = parsePeriod(label);
    if (p) yield p;
  }
}

/** No data at all: the report is drawn at the plan's end year, or at no period the data could give. */
function fallbackPeriod(s: Settings): Period {
  const year = s.endYear ?? s.startYear ?? 2000;
  return parsePeriod(String(year)) as Period;
}

/** `ponam report` as a whole: the request, and how to render what it computes. */
export interface ReportRun extends ReportRequest {
  /** Warnings stop the report too (`--strict`). */
  strict: boolean;
  render: Omit<RenderRequest, 'logo'> & { logo?: string; logoShown?: string };
}

export type ReportResult =
  /** Errors (or warnings with --strict) in the inputs, or no value to report on: nothing written. */
  | { kind: 'blocked'; issues: Issue[]; unreadable: boolean; strictWarnings: number; noValues?: NoValues }
  | {
      kind: 'written';
      model: ReportModel;
      issues: Issue[];
      paths: string[];
      pdfFailure: unknown;
      removed: EarlierOutput[];
    };

/** Reads, computes, then renders and writes every format asked for; returns what happened, prints nothing. */
export async function runReport(run: ReportRun): Promise<ReportResult> {
  const outcome = await buildReport(run);
  const issues = outcome.ok ? outcome.model.quality.issues : outcome.issues;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  if (!outcome.ok || issues.some((i) => i.severity === 'error') || (run.strict && warnings > 0))
    return {
      kind: 'blocked',
      issues,
      unreadable: !outcome.ok && outcome.unreadable,
      strictWarnings: outcome.ok && run.strict ? warnings : 0,
      ...(!outcome.ok && outcome.noValues ? { noValues: outcome.noValues } : {}),
    };
  const { logo: logoPath, logoShown, ...render } = run.render;
  const logo: Logo | null = logoPath
    ? await readLogo(logoPath, logoShown ?? logoPath, render.messagesLang)
    : null;
  const written = await renderFormats(outcome.model, { ...render, logo });
  return { kind: 'written', model: outcome.model, issues, ...written };
}

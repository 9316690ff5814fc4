import type { PublishedReport } from '../compute/changes.js';
import { computeReport, type ReportModel } from '../compute/model.js';
import { resolvePeriod } from '../compute/period-choice.js';
import { comparePeriods, type Period, parsePeriod } from '../compute/periods.js';
import type { ReportKind } from '../compute/review-model.js';
import { UsageError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import type { Plan, Settings } from '../model/plan.js';
import type { AliasInput } from '../workbook/aliases.js';
import { vocabularyWith } from '../workbook/aliases.js';
import { dataWorkbookKind } from '../workbook/sheet-names.js';
import { releaseFiles } from '../workbook/small-file.js';
import { readPublished } from './compare.js';
import type { EarlierOutput } from './earlier-outputs.js';
import {
  describeSources,
  displayPath,
  expandInputs,
  gatherInputs,
  type InputFile,
  sheetNamesOf,
} from './inputs.js';
import { type ConfiguredEntities, type Loaded, loadInputs, type ProgressListener } from './load.js';
import { type Logo, readLogo } from './logo.js';
import { dataFiles, dataInputs, outputFolder, planFile } from './paths.js';
import { type RenderRequest, renderFormats } from './render.js';
import { findAnalysis, loadReviewInputs, type ReviewSources, withReviewSources } from './review-inputs.js';
import { probeFolder } from './write.js';

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

/** The inputs of a report, expanded and checked once (`reportInputs`). */
export interface ReportInputs {
  plan: InputFile;
  /** The files to read among the data, and what the data folders hold and is not read (its notice). */
  data: InputFile[];
  skipped: InputFile[];
}

/** Reads and checks the inputs, then computes the model; stops with the issues when any is an error. */
export async function buildReport(req: ReportRequest & { inputs?: ReportInputs }): Promise<ReportOutcome> {
  // Given its inputs by `runReport`, which lets their bytes go once the outputs are written (an
  // annex of an earlier run, in --out, is looked at again there).
  if (req.inputs) return computeFromInputs(req, req.inputs);
  try {
    return await computeFromInputs(req, await expandRequest(req));
  } finally {
    releaseFiles();
  }
}

async function expandRequest(req: ReportRequest): Promise<ReportInputs> {
  const { files, skipped } = await gatherInputs(req.data);
  return { plan: (await expandInputs([req.plan]))[0], data: files, skipped };
}

async function computeFromInputs(req: ReportRequest, inputs: ReportInputs): Promise<ReportOutcome> {
  const { plan: planFile, data: dataFiles, skipped } = inputs;
  const loaded = await loadInputs(
    planFile,
    // What a folder holds and is not read (a lock file, a PDF…) goes in too, for its notice.
    [...dataFiles, ...skipped],
    req.lang ?? 'fr',
    undefined,
    req.aliases,
    req.progress,
    req.entities,
    { hash: true },
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
  const choice = resolvePeriod(req.period ?? null, [...periodsOf(loaded)], s);
  if (!choice.ok && choice.problem === 'outside-plan')
    throw new UsageError({
      code: 'period-outside-plan',
      period: choice.asked.label,
      from: choice.from,
      to: choice.to,
    });
  if (!choice.ok)
    return {
      ok: false,
      issues: loaded.issues,
      lang,
      unreadable: false,
      noValues: {
        period: choice.problem === 'no-values' ? null : choice.asked.label,
        covered: choice.problem === 'no-values' ? [] : choice.covered.map((p) => p.label),
        files: dataFiles.length,
        skipped: loaded.issues.filter((i) => i.code === 'plan-in-data' || i.code === 'own-output').length,
      },
    };
  const period = choice.period;
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
  const shown = displayPath(path);
  const published = await readPublished(path, shown, lang);
  const code = plan.settings.code;
  if (code && published.planCode && published.planCode !== code)
    throw new UsageError({
      code: 'compare-other-plan',
      file: shown,
      planCode: published.planCode,
      plan: code,
    });
  if (comparePeriods(parsePeriod(published.period) as Period, period) > 0)
    throw new UsageError({ code: 'compare-after', file: shown, period: published.period, at: period.label });
  return published;
}

function* periodsOf(loaded: Loaded): Generator<Period> {
  for (const label of loaded.data.values.periods()) {
    const p = parsePeriod(label);
    if (p) yield p;
  }
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

/**
 * The paths of a report run, checked before anything is read, in this order (each refusal a
 * `UsageError`): the plan is a file, the data are files or folders holding a workbook, the
 * analysis named exists, the recommendations' folders hold a workbook, and the output folder
 * holds no input — but ponam's own annex written there by an earlier run (looked at by its sheet
 * names, which the reading then reuses) — and can be made. The paths are expanded here, once.
 */
async function reportInputs(run: ReportRun): Promise<ReportInputs> {
  const plan = await planFile(run.plan);
  const data = await dataInputs(run.data);
  const analysis = run.review ? findAnalysis(run.review, run.messagesLang ?? 'fr') : null;
  const recommendations = await dataFiles(run.review?.recommendations ?? []);
  const vocab = vocabularyWith(run.aliases);
  await outputFolder(
    run.render.out,
    [
      plan,
      ...data.files,
      ...(run.compare ? [{ path: run.compare, display: displayPath(run.compare) }] : []),
      ...(analysis ? [analysis] : []),
      ...recommendations,
    ],
    async (f) => {
      const names = await sheetNamesOf(f);
      return names !== null && dataWorkbookKind(names, vocab.sheetRole) === 'own-output';
    },
  );
  // A folder that cannot be made (`/proc/x`, below a file) stops the run before any reading.
  await probeFolder(run.render.out);
  return { plan, data: data.files, skipped: data.skipped };
}

/** Reads, computes, then renders and writes every format asked for; returns what happened, prints nothing. */
export async function runReport(run: ReportRun): Promise<ReportResult> {
  try {
    return await reportFrom(run, await reportInputs(run));
  } finally {
    releaseFiles();
  }
}

async function reportFrom(run: ReportRun, inputs: ReportInputs): Promise<ReportResult> {
  const outcome = await buildReport({ ...run, inputs });
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

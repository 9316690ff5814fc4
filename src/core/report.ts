import type { PublishedReport } from '../compute/changes.js';
import { computeReport, type ReportModel } from '../compute/model.js';
import { comparePeriods, latestPeriod, type Period, parsePeriod } from '../compute/periods.js';
import { catalogue } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import type { Plan, Settings } from '../model/plan.js';
import type { AliasInput } from '../workbook/vocabulary.js';
import { readPublished } from './compare.js';
import { describeSources, displayPath, expandInputs, type InputFile } from './inputs.js';
import { type Loaded, loadInputs } from './load.js';

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
  /** The cover, over the plan's `Plan` sheet. */
  cover?: { title?: string; subtitle?: string; author?: string; institution?: string };
  timestamp?: boolean;
  tool: { name: string; version: string };
  /** Extra names for sheets, columns and values, from a project configuration. */
  aliases?: AliasInput;
}

export type ReportOutcome =
  | { ok: true; model: ReportModel; loaded: Loaded; dataFiles: InputFile[] }
  | { ok: false; issues: Issue[]; lang: 'fr' | 'en' };

/** Reads and checks the inputs, then computes the model; stops with the issues when any is an error. */
export async function buildReport(req: ReportRequest): Promise<ReportOutcome> {
  const asked = req.period ?? null;
  const planFile: InputFile = (await expandInputs([req.plan]))[0];
  const dataFiles = await expandInputs(req.data);
  const loaded = await loadInputs(planFile, dataFiles, req.lang ?? 'fr', undefined, req.aliases);
  if (!loaded.plan || loaded.issues.some((i) => i.severity === 'error'))
    return { ok: false, issues: loaded.issues, lang: req.lang ?? 'fr' };

  // Flags override the plan's Plan sheet; the plan as read is left as it is.
  const plan: Plan = { ...loaded.plan, settings: withRequest(loaded.plan.settings, req) };
  const s = plan.settings;
  const lang = req.lang ?? s.lang;
  const t = catalogue(lang).run;
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
  const period = asked ?? latestPeriod(periodsOf(loaded)) ?? fallbackPeriod(s);
  const published = req.compare ? await comparedReport(req.compare, plan, period, lang) : null;
  const model = computeReport({
    plan,
    values: loaded.data.values,
    activities: loaded.data.activities,
    submissions: loaded.data.submissions,
    period,
    lang,
    issues: loaded.issues,
    sources: await describeSources(planFile, dataFiles),
    tool: req.tool,
    generatedAt: req.timestamp ? new Date().toISOString() : null,
    published,
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

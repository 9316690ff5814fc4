import { computeReport, type ReportModel } from '../compute/model.js';
import { latestPeriod, type Period, parsePeriod } from '../compute/periods.js';
import { PonamError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import type { Settings } from '../model/plan.js';
import { describeSources, expandInputs, type InputFile } from './inputs.js';
import { type Loaded, loadInputs } from './load.js';

export interface ReportRequest {
  plan: string;
  data: string[];
  period?: string;
  lang?: 'fr' | 'en';
  settings?: Partial<Pick<Settings, 'method' | 'thresholds' | 'ceiling'>>;
  timestamp?: boolean;
  tool: { name: string; version: string };
  /** `--target-basis`: the target at P pro-rated by the share of the year elapsed (`pace`) or the whole year's (`year`). */
  targetBasis?: 'pace' | 'year';
  /** `--compare`: path of a report.json published earlier, to compare with instead of P−1. */
  compare?: string;
  /** `--title`, `--subtitle`, `--author`, `--institution`: the cover, overriding the plan's. */
  cover?: { title?: string; subtitle?: string; author?: string; institution?: string };
}

export type ReportOutcome =
  | { ok: true; model: ReportModel; loaded: Loaded; dataFiles: InputFile[] }
  | { ok: false; issues: Issue[]; lang: 'fr' | 'en' };

/** Reads and checks the inputs, then computes the model; stops with the issues when any is an error. */
export async function buildReport(req: ReportRequest): Promise<ReportOutcome> {
  const asked = req.period !== undefined ? parsePeriod(req.period) : null;
  if (req.period !== undefined && !asked) {
    throw new PonamError(
      'usage',
      `invalid --period '${req.period}'`,
      'use 2022-T3, 2022-S1, 2022-03 or 2022',
    );
  }
  const planFile: InputFile = (await expandInputs([req.plan]))[0];
  const dataFiles = await expandInputs(req.data);
  const lang = req.lang ?? 'fr';
  const loaded = await loadInputs(planFile, dataFiles, lang);
  const plan = loaded.plan;
  if (!plan || loaded.issues.some((i) => i.severity === 'error'))
    return { ok: false, issues: loaded.issues, lang };

  Object.assign(plan.settings, req.settings ?? {});
  const period = asked ?? latestPeriod(periodsOf(loaded)) ?? fallbackPeriod(plan.settings);
  const model = computeReport({
    plan,
    values: loaded.data.values,
    activities: loaded.data.activities,
    submissions: loaded.data.submissions,
    period,
    lang: req.lang ?? plan.settings.lang,
    issues: loaded.issues,
    sources: await describeSources(planFile, dataFiles),
    tool: req.tool,
    generatedAt: req.timestamp ? new Date().toISOString() : null,
  });
  return { ok: true, model, loaded, dataFiles };
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

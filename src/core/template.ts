import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { entityKey } from '../compute/entities.js';
import type { Period } from '../compute/periods.js';
import { escapeText, quoteValue } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { templateStrings } from '../i18n/template.js';
import { PonamError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import type { Plan } from '../model/plan.js';
import { ValueStore } from '../model/value-store.js';
import { entityScope, planEntities } from '../template/entities.js';
import { uniqueFileNames } from '../template/file-names.js';
import { lastValues } from '../template/last-values.js';
import { buildPlanTemplate, type PlanTemplateOptions } from '../template/plan-template.js';
import { buildReportTemplate } from '../template/report-template.js';
import { xlsxBytes } from '../template/write-xlsx.js';
import { type AliasInput, type Vocabulary, vocabularyWith } from '../workbook/aliases.js';
import { type DataSink, readData } from '../workbook/data-reader.js';
import { UNREADABLE } from '../workbook/open.js';
import { readPlan } from '../workbook/plan-reader.js';
import { displayPath } from './inputs.js';
import { type ConfiguredEntities, settleData } from './load.js';
import { dataFiles, outputFolder, planFile, targetFiles } from './paths.js';
import { buildReport } from './report.js';
import { writeAtomic } from './write.js';

/** `ponam template plan`: a blank plan workbook, written atomically, never over a file unless asked. */
export async function writePlanTemplate(
  input: PlanTemplateOptions,
  out: string,
  force: boolean,
): Promise<string> {
  await targetFiles([out], [], force);
  await writeAtomic(out, await xlsxBytes(buildPlanTemplate(input)), { overwrite: force });
  return out;
}

export interface ReportTemplateRequest {
  plan: string;
  period: Period;
  /** One entity as the plan names it, or every responsible entity. */
  entity?: string;
  allEntities: boolean;
  out: string;
  lang?: Lang;
  data: string[];
  force: boolean;
  layout: 'long' | 'wide';
  aliases?: AliasInput;
  /** The reporting entities and their aliases, from a project configuration (`entities`). */
  entities?: ConfiguredEntities;
  /** The language of messages, which may differ from the workbook's. */
  messagesLang: Lang;
}

export type ReportTemplateResult =
  /** The plan has errors: nothing written. */
  | { kind: 'blocked'; issues: Issue[]; unreadable: boolean }
  /** Written; `issues` are the problems of the earlier reports read for last values (never blocking). */
  | { kind: 'written'; paths: string[]; issues: Issue[] };

/**
 * `ponam template report`: one reporting workbook per entity, pre-filled from the plan. Every
 * file name is made and checked (not a folder, not an input, not existing unless `force`) before
 * the first is written.
 */
export async function writeReportTemplates(req: ReportTemplateRequest): Promise<ReportTemplateResult> {
  const t = catalogue(req.messagesLang).cli;
  const vocab = vocabularyWith(req.aliases);
  const planInput = await planFile(req.plan);
  const earlier = await dataFiles(req.data);
  const inputs = [planInput.path, ...earlier.map((f) => f.path)];
  // A folder of templates may sit beside the plan: only the files themselves are checked against the inputs.
  if (req.allEntities) await outputFolder(req.out, []);

  const issues: Issue[] = [];
  const read = await readPlan(planInput.path, planInput.display, req.lang ?? 'fr', issues, { vocab });
  // The plan's Responsables as its entity list names them (an alias there is its entity).
  const own = read ? settleData(read, emptySink(), req.entities) : null;
  for (const found of own?.issues ?? []) issues.push(found);
  const plan = own?.plan ?? null;
  if (!plan || issues.some((i) => i.severity === 'error'))
    return { kind: 'blocked', issues, unreadable: issues.some((i) => UNREADABLE.has(i.code)) };
  const lang = req.lang ?? plan.settings.lang ?? 'fr';
  const { period } = req;
  const { startYear: from, endYear: to } = plan.settings;
  if (from !== null && to !== null && (period.year < from || period.year > to))
    throw new PonamError(
      'usage',
      t.errors.periodOutsidePlan(escapeText(period.label), from, to),
      t.errors.periodOutsidePlanHint(from, to),
    );

  const entities = planEntities(plan);
  if (req.allEntities && entities.length === 0)
    throw new PonamError('usage', t.errors.noEntities, t.errors.noEntitiesHint);
  const wanted = req.allEntities ? entities : [listedName(plan, req.entity as string)];
  const scopes = wanted.map((name) => {
    const scope = entityScope(plan, name);
    if (!scope)
      throw new PonamError(
        'usage',
        t.errors.notAnEntity(quoteValue(name)),
        t.errors.notAnEntityHint(quoteValue(entities.join(', '), 240)),
      );
    return scope;
  });
  const names = req.allEntities
    ? uniqueFileNames(
        scopes.map((s) => s.entity),
        period.label,
        templateStrings(lang).unnamed,
      )
    : null;
  const targets = scopes.map((scope) => (names ? join(req.out, names.get(scope.entity) as string) : req.out));
  await targetFiles(targets, inputs, req.force);

  const data = await readEarlierData(earlier, plan, lang, vocab);
  for (const [k, scope] of scopes.entries()) {
    const last = lastValues(data.sink.values, scope.indicators, scope.entity, period);
    const wb = await buildReportTemplate({ plan, scope, period, lang, last, layout: req.layout });
    await writeAtomic(targets[k], await xlsxBytes(wb), { overwrite: req.force });
  }
  return { kind: 'written', paths: targets, issues: data.issues };
}

function emptySink(): DataSink {
  return { values: new ValueStore(), activities: [], submissions: [] };
}

/** `--entity` may give an alias of a listed entity (`DR de Kayes`): the template is its entity's. */
function listedName(plan: Plan, name: string): string {
  const listed = plan.entities ?? [];
  const found = listed.find((e) => [e.name, ...e.aliases].some((n) => entityKey(n) === entityKey(name)));
  return found ? found.name : name;
}

/**
 * Earlier reports only give help (last values): their problems are shown, never blocking. The
 * last values are those the report would use: resubmissions and duplicates settled as it does.
 */
async function readEarlierData(
  files: readonly { path: string; display: string }[],
  plan: Plan,
  lang: 'fr' | 'en',
  vocab: Vocabulary,
): Promise<{ sink: DataSink; issues: Issue[] }> {
  const sink = emptySink();
  const issues: Issue[] = [];
  for (const file of files) await readData(file.path, file.display, plan, lang, issues, sink, { vocab });
  // The plan given is already settled: its entity list includes the configuration's.
  for (const found of settleData(plan, sink).issues) issues.push(found);
  return { sink, issues: issues.filter((i) => i.severity === 'error') };
}

export interface AnalysisTemplateRequest {
  plan: string;
  data: string[];
  period?: Period;
  lang?: Lang;
  out: string;
  force: boolean;
  aliases?: AliasInput;
  tool: { name: string; version: string };
  messagesLang: Lang;
}

export type AnalysisTemplateResult =
  | { kind: 'blocked'; issues: Issue[]; unreadable: boolean }
  | { kind: 'written'; path: string; issues: Issue[] };

/**
 * `ponam template analyse`: the skeleton of the officer's analysis (docs/review.md), each axis
 * pre-filled with the findings the report computes for it at P. An existing file is never
 * replaced unless `force` (the officer's text is theirs), and then atomically.
 */
export async function writeAnalysisTemplate(req: AnalysisTemplateRequest): Promise<AnalysisTemplateResult> {
  const t = catalogue(req.messagesLang);
  const shown = escapeText(displayPath(req.out));
  if (existsSync(req.out)) {
    if (statSync(req.out).isDirectory())
      throw new PonamError(
        'usage',
        t.cli.errors.outIsFolder(shown),
        t.cli.errors.outIsFolderHint(`${shown}/analyse.md`),
      );
    if (!req.force)
      throw new PonamError('usage', t.review.errors.analysisExists(shown), t.cli.errors.existsHint);
  }
  // An analysis already in the folder is not read: the skeleton is made from the figures alone.
  const outcome = await buildReport({
    plan: req.plan,
    data: req.data,
    period: req.period,
    lang: req.lang,
    tool: req.tool,
    review: { analysisFolder: null },
    ...(req.aliases ? { aliases: req.aliases } : {}),
  });
  if (!outcome.ok) return { kind: 'blocked', issues: outcome.issues, unreadable: outcome.unreadable };
  const { analysisSkeleton } = await import('../report/analysis-skeleton.js');
  await writeAtomic(req.out, analysisSkeleton(outcome.model, outcome.model.lang), { overwrite: req.force });
  return { kind: 'written', path: req.out, issues: outcome.model.quality.issues };
}

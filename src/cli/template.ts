import { join } from 'node:path';
import { z } from 'zod';
import { displayPath } from '../core/inputs.js';
import { writeAtomic } from '../core/write.js';
import { escapeText, quoteValue } from '../i18n/escape.js';
import { catalogue } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import type { Plan } from '../model/plan.js';
import { ValueStore } from '../model/value-store.js';
import { entityScope, planEntities } from '../template/entities.js';
import { uniqueFileNames } from '../template/file-names.js';
import { lastValues } from '../template/last-values.js';
import { buildPlanTemplate } from '../template/plan-template.js';
import { buildReportTemplate } from '../template/report-template.js';
import { templateStrings } from '../template/strings.js';
import { xlsxBytes } from '../template/write-xlsx.js';
import { type DataSink, readData } from '../workbook/data-reader.js';
import { UNREADABLE } from '../workbook/open.js';
import { readPlan } from '../workbook/plan-reader.js';
import { type Vocabulary, vocabularyWith } from '../workbook/vocabulary.js';
import { withConfig } from './configured.js';
import { makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import { Common, LangOption, OneOf, PeriodOption, parseOptions } from './options.js';
import { dataFiles, outputFolder, planFile, targetFiles } from './paths.js';
import type { CommandEnv } from './program.js';
import { formatIssuesText } from './reporters/text.js';

/** `2025-2029`: the plan years, first to last. */
const YearsOption = z.string().transform((s, ctx) => {
  const m = /^\s*(\d{4})\s*[-–/:]\s*(\d{4})\s*$/.exec(s);
  const from = m ? Number(m[1]) : Number.NaN;
  const to = m ? Number(m[2]) : Number.NaN;
  if (!m || from < 1900 || to > 2200 || to < from || to - from > 50) {
    ctx.addIssue({ code: 'custom' });
    return z.NEVER;
  }
  return { from, to };
});

const PlanTemplateOptions = z.object({
  out: z.string().min(1),
  lang: LangOption.default('fr'),
  example: z.boolean().default(false),
  years: YearsOption.default({ from: 2020, to: 2024 }),
  force: z.boolean().default(false),
  ...Common,
});

const ReportTemplateOptions = z
  .object({
    plan: z.string().min(1).optional(),
    entity: z.string().trim().min(1).optional(),
    allEntities: z.boolean().default(false),
    period: PeriodOption.optional(),
    out: z.string().min(1),
    lang: LangOption.optional(),
    data: z.array(z.string()).default([]),
    force: z.boolean().default(false),
    layout: OneOf(['long', 'wide']).default('long'),
    ...Common,
  })
  .refine((o) => (o.entity === undefined) !== !o.allEntities, { path: ['entity'] });

/**
 * `ponam template plan`: a blank plan workbook. An existing file is never replaced unless
 * `--force`, and then atomically (src/core/write.ts): a person's filled plan is safe from a
 * mistyped command.
 */
export async function planTemplateCommand(raw: Record<string, unknown>, env: CommandEnv): Promise<number> {
  const ctx = makeContext({ lang: env.lang, color: raw.color as boolean, quiet: raw.quiet as boolean });
  try {
    const opts = parseOptions(PlanTemplateOptions, raw, env.lang, 'ponam template plan');
    await targetFiles([opts.out], [], opts.force, env.lang);
    const wb = buildPlanTemplate({ lang: opts.lang, years: opts.years, example: opts.example });
    await writeAtomic(opts.out, await xlsxBytes(wb), { overwrite: opts.force });
    if (!ctx.quiet) ctx.stdout(escapeText(displayPath(opts.out)));
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(raw.debug));
  }
}

/**
 * `ponam template report`: one reporting workbook per entity, pre-filled from the plan. Every
 * file name is made and checked (not a folder, not an input, not existing unless `--force`)
 * before the first is written.
 */
export async function reportTemplateCommand(
  typed: Record<string, unknown>,
  env: CommandEnv,
): Promise<number> {
  const ctx = makeContext({ lang: env.lang, color: typed.color as boolean, quiet: typed.quiet as boolean });
  const t = catalogue(env.lang).cli;
  try {
    const { raw, config } = await withConfig(typed, env.lang, 'template-report');
    const opts = parseOptions(ReportTemplateOptions, raw, env.lang, 'ponam template report');
    const command = 'ponam template report';
    if (!opts.plan)
      throw new PonamError('usage', t.errors.missingOption('--plan'), t.errors.seeHelp(command));
    const period = opts.period;
    if (!period) throw new PonamError('usage', t.errors.missingOption('--period'), t.errors.seeHelp(command));
    const vocab = vocabularyWith(config?.config.aliases);
    const planInput = await planFile(opts.plan, env.lang);
    const earlier = await dataFiles(opts.data, env.lang);
    const inputs = [planInput.path, ...earlier.map((f) => f.path)];
    // A folder of templates may sit beside the plan: only the files themselves are checked against the inputs.
    if (opts.allEntities) await outputFolder(opts.out, [], env.lang);

    const issues: Issue[] = [];
    const plan = await readPlan(
      planInput.path,
      planInput.display,
      opts.lang ?? 'fr',
      issues,
      undefined,
      vocab,
    );
    if (!plan || issues.some((i) => i.severity === 'error')) {
      const listing = formatIssuesText(issues, ctx.lang, ctx.color);
      if (listing) ctx.stderr(`${listing}\n`);
      ctx.stderr(ctx.color.red(t.outcome.templateNotWritten));
      return issues.some((i) => UNREADABLE.has(i.code)) || !listing ? EXIT.failure : EXIT.invalid;
    }
    const lang = opts.lang ?? plan.settings.lang ?? 'fr';
    const { startYear: from, endYear: to } = plan.settings;
    if (from !== null && to !== null && (period.year < from || period.year > to))
      throw new PonamError(
        'usage',
        t.errors.periodOutsidePlan(escapeText(period.label), from, to),
        t.errors.periodOutsidePlanHint(from, to),
      );

    const entities = planEntities(plan);
    if (opts.allEntities && entities.length === 0)
      throw new PonamError('usage', t.errors.noEntities, t.errors.noEntitiesHint);
    const wanted = opts.allEntities ? entities : [opts.entity as string];
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
    const names = opts.allEntities
      ? uniqueFileNames(
          scopes.map((s) => s.entity),
          period.label,
          templateStrings(lang).unnamed,
        )
      : null;
    const targets = scopes.map((scope) =>
      names ? join(opts.out, names.get(scope.entity) as string) : opts.out,
    );
    await targetFiles(targets, inputs, opts.force, env.lang);

    const data = await readEarlierData(earlier, plan, lang, vocab);
    if (data.issues.length && !ctx.quiet) ctx.stderr(formatIssuesText(data.issues, ctx.lang, ctx.color));
    for (const [k, scope] of scopes.entries()) {
      const last = lastValues(data.sink.values, scope.indicators, scope.entity, period);
      const wb = await buildReportTemplate({ plan, scope, period, lang, last, layout: opts.layout });
      await writeAtomic(targets[k], await xlsxBytes(wb), { overwrite: opts.force });
      if (!ctx.quiet) ctx.stdout(escapeText(displayPath(targets[k])));
    }
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(typed.debug));
  }
}

/** Earlier reports only give help (last values): their problems are shown, never blocking. */
async function readEarlierData(
  files: readonly { path: string; display: string }[],
  plan: Plan,
  lang: 'fr' | 'en',
  vocab: Vocabulary,
): Promise<{ sink: DataSink; issues: Issue[] }> {
  const sink: DataSink = { values: new ValueStore(), activities: [], submissions: [] };
  const issues: Issue[] = [];
  for (const file of files)
    await readData(file.path, file.display, plan, lang, issues, sink, undefined, vocab);
  return { sink, issues: issues.filter((i) => i.severity === 'error') };
}

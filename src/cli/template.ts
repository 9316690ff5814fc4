import { dirname, join } from 'node:path';
import { z } from 'zod';
import { displayPath } from '../core/inputs.js';
import { dataFiles, planFile } from '../core/paths.js';
import { ANALYSIS_FILES } from '../core/review-inputs.js';
import { writeAnalysisTemplate, writePlanTemplate, writeReportTemplates } from '../core/template.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { missingInput, withConfig } from './configured.js';
import { makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import { Common, LangOption, OneOf, PeriodOption, parseOptions } from './options.js';
import type { CommandEnv } from './program.js';
import { formatIssuesText } from './reporters/text.js';
import { TOOL } from './version.js';

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
    const input = { lang: opts.lang, years: opts.years, example: opts.example };
    const path = await writePlanTemplate(input, opts.out, opts.force);
    if (!ctx.quiet) ctx.stdout(escapeText(displayPath(path)));
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(raw.debug));
  }
}

/**
 * `ponam template report`: one reporting workbook per entity, pre-filled from the plan (the
 * work is src/core/template.ts); a project configuration may give the plan, the period and
 * aliases.
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
    if (!opts.plan) throw missingInput('plan', config, env.lang, command);
    if (!opts.period)
      throw new PonamError('usage', t.errors.missingOption('--period'), t.errors.seeHelp(command));
    const result = await writeReportTemplates({
      plan: opts.plan,
      period: opts.period,
      entity: opts.entity,
      allEntities: opts.allEntities,
      out: opts.out,
      lang: opts.lang,
      data: opts.data,
      force: opts.force,
      layout: opts.layout,
      messagesLang: env.lang,
      ...(config?.config.aliases ? { aliases: config.config.aliases } : {}),
      ...(config?.config.entities ? { entities: config.config.entities } : {}),
    });
    const listing = formatIssuesText(result.issues, ctx.lang, ctx.color);
    if (result.kind === 'blocked') {
      if (listing) ctx.stderr(`${listing}\n`);
      ctx.stderr(ctx.color.red(t.outcome.templateNotWritten));
      return result.unreadable || !listing ? EXIT.failure : EXIT.invalid;
    }
    if (listing && !ctx.quiet) ctx.stderr(listing);
    if (!ctx.quiet) for (const path of result.paths) ctx.stdout(escapeText(displayPath(path)));
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(typed.debug));
  }
}

const AnalyseTemplateOptions = z.object({
  plan: z.string().min(1).optional(),
  data: z.array(z.string()).default([]),
  period: PeriodOption.optional(),
  out: z.string().min(1).optional(),
  lang: LangOption.optional(),
  force: z.boolean().default(false),
  ...Common,
});

/**
 * `ponam template analyse`: the skeleton of the officer's analysis (docs/review.md), computed from
 * the plan and the data like a report (a project configuration may give them). Written to
 * `--out`, else `analyse.md` beside the configuration (else in the current folder), where
 * `ponam report` looks for it.
 */
export async function analyseTemplateCommand(
  typed: Record<string, unknown>,
  env: CommandEnv,
): Promise<number> {
  const ctx = makeContext({ lang: env.lang, color: typed.color as boolean, quiet: typed.quiet as boolean });
  const t = catalogue(env.lang).cli;
  const command = 'ponam template analyse';
  try {
    const { raw, config } = await withConfig(typed, env.lang, 'template-report');
    const opts = parseOptions(AnalyseTemplateOptions, raw, env.lang, command);
    if (!opts.plan)
      throw new PonamError('usage', t.errors.missingOption('--plan'), t.errors.seeHelp(command));
    if (opts.data.length === 0) throw new PonamError('usage', t.errors.noData, t.errors.noDataHint);
    const plan = await planFile(opts.plan);
    const data = await dataFiles(opts.data);
    const folder = config ? dirname(config.file) : process.cwd();
    const result = await writeAnalysisTemplate({
      plan: plan.path,
      data: data.map((d) => d.path),
      period: opts.period,
      lang: opts.lang,
      out: opts.out ?? join(folder, ANALYSIS_FILES[0]),
      force: opts.force,
      tool: TOOL,
      messagesLang: env.lang,
      ...(config?.config.aliases ? { aliases: config.config.aliases } : {}),
    });
    const listing = formatIssuesText(result.issues, ctx.lang, ctx.color);
    if (result.kind === 'blocked') {
      if (listing) ctx.stderr(`${listing}\n`);
      ctx.stderr(ctx.color.red(t.outcome.templateNotWritten));
      return result.unreadable || !listing ? EXIT.failure : EXIT.invalid;
    }
    if (listing && !ctx.quiet) ctx.stderr(listing);
    if (!ctx.quiet) ctx.stdout(escapeText(displayPath(result.path)));
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(typed.debug));
  }
}

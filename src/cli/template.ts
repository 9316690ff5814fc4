import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { z } from 'zod';
import { parsePeriod } from '../compute/periods.js';
import { expandInputs } from '../core/inputs.js';
import { writeAtomic } from '../core/write.js';
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
import { makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import { Lang, optionProblem } from './options.js';
import { formatIssuesText } from './reporters/text.js';

/** `2025-2029`: the plan years, first to last. */
const YearsOption = z.string().transform((s, ctx) => {
  const m = /^\s*(\d{4})\s*[-–/:]\s*(\d{4})\s*$/.exec(s);
  const from = m ? Number(m[1]) : Number.NaN;
  const to = m ? Number(m[2]) : Number.NaN;
  if (!m || from < 1900 || to > 2200 || to < from || to - from > 50) {
    ctx.addIssue({ code: 'custom', message: 'expected two years such as 2025-2029' });
    return z.NEVER;
  }
  return { from, to };
});

const Common = {
  quiet: z.boolean().default(false),
  color: z.boolean().default(true),
  debug: z.boolean().default(false),
};

const PlanTemplateOptions = z.object({
  out: z.string().min(1),
  lang: Lang.default('fr'),
  example: z.boolean().default(false),
  years: YearsOption.default({ from: 2020, to: 2024 }),
  ...Common,
});

const ReportTemplateOptions = z
  .object({
    plan: z.string().min(1),
    entity: z.string().trim().min(1).optional(),
    allEntities: z.boolean().default(false),
    period: z.string().min(1),
    out: z.string().min(1),
    lang: Lang.optional(),
    data: z.array(z.string()).default([]),
    ...Common,
  })
  .refine((o) => (o.entity === undefined) !== !o.allEntities, {
    message: 'give either --entity NAME or --all-entities',
    path: ['entity'],
  });

export function registerTemplate(program: Command, run: (code: number) => void): void {
  const template = program
    .command('template')
    .description('write a blank plan workbook, or reporting workbooks pre-filled from a plan');
  template
    .command('plan')
    .description('a blank plan workbook (cadre logique) with drop-down lists and instructions')
    .requiredOption('--out <file>', 'workbook to write (.xlsx)')
    .option('--lang <fr|en>', 'language of sheet names, headers and lists', 'fr')
    .option('--years <from-to>', 'plan years, one `Cible <année>` column each', '2020-2024')
    .option('--example', 'fill in a small example plan')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--no-color', 'no colours in messages')
    .option('--debug', 'print stack traces of internal errors')
    .action(async (raw: Record<string, unknown>) => run(await planTemplateCommand(raw)));
  template
    .command('report')
    .description(
      'a reporting workbook for one entity and period (or one per entity), pre-filled from the plan',
    )
    .requiredOption('--plan <file>', 'plan workbook (cadre logique)')
    .addOption(
      new Option('--entity <name>', 'entity, as named in the plan’s `Responsables`').conflicts('allEntities'),
    )
    .option('--all-entities', 'one workbook per responsible entity; --out is then a folder')
    .requiredOption('--period <P>', 'reporting period (2023-T1, 2023-S1, 2023-03, 2023)')
    .requiredOption('--out <path>', 'workbook to write, or folder with --all-entities')
    .option('--lang <fr|en>', 'language of the workbook (default: the plan’s, else fr)')
    .option(
      '--data <paths...>',
      'earlier reporting workbooks or folders, to show each indicator’s last value',
    )
    .option('-q, --quiet', 'print nothing but errors')
    .option('--no-color', 'no colours in messages')
    .option('--debug', 'print stack traces of internal errors')
    .action(async (raw: Record<string, unknown>) => run(await reportTemplateCommand(raw)));
}

export async function planTemplateCommand(raw: Record<string, unknown>): Promise<number> {
  const ctx = makeContext({ color: raw.color as boolean, quiet: raw.quiet as boolean });
  try {
    const parsed = PlanTemplateOptions.safeParse(raw);
    if (!parsed.success)
      throw new PonamError('usage', optionProblem(parsed.error), 'see ponam template plan --help');
    const opts = parsed.data;
    const wb = buildPlanTemplate({ lang: opts.lang, years: opts.years, example: opts.example });
    await writeAtomic(opts.out, await xlsxBytes(wb));
    if (!ctx.quiet) ctx.stdout(opts.out);
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(raw.debug));
  }
}

export async function reportTemplateCommand(raw: Record<string, unknown>): Promise<number> {
  const ctx = makeContext({ color: raw.color as boolean, quiet: raw.quiet as boolean });
  try {
    const parsed = ReportTemplateOptions.safeParse(raw);
    if (!parsed.success)
      throw new PonamError('usage', optionProblem(parsed.error), 'see ponam template report --help');
    const opts = parsed.data;
    const period = parsePeriod(opts.period);
    if (!period)
      throw new PonamError(
        'usage',
        `invalid --period '${opts.period}'`,
        'use 2023-T1, 2023-S1, 2023-03 or 2023',
      );

    const issues: Issue[] = [];
    const planFile = (await expandInputs([opts.plan]))[0];
    const plan = await readPlan(planFile.path, planFile.display, opts.lang ?? 'fr', issues);
    const lang = opts.lang ?? plan?.settings.lang ?? 'fr';
    if (!plan || issues.some((i) => i.severity === 'error')) {
      ctx.stderr(formatIssuesText(issues, lang, ctx.color));
      const unreadable = issues.some((i) => UNREADABLE.has(i.code));
      ctx.stderr(
        ctx.color.red(
          lang === 'fr' ? '\nAucun modèle écrit : corrigez le plan.' : '\nNo template written: fix the plan.',
        ),
      );
      return unreadable ? EXIT.failure : EXIT.invalid;
    }

    const entities = planEntities(plan);
    const wanted = opts.allEntities ? entities : [opts.entity as string];
    if (opts.allEntities && entities.length === 0) {
      throw new PonamError(
        'usage',
        'the plan names no responsible entity (column Responsables)',
        'give the entity with --entity NAME',
      );
    }
    const scopes = wanted.map((name) => {
      const scope = entityScope(plan, name);
      if (!scope)
        throw new PonamError(
          'usage',
          `'${name}' is not an entity of the plan`,
          `entities named in the plan: ${entities.join(', ')}`,
        );
      return scope;
    });

    const data = await readEarlierData(opts.data, plan, lang);
    if (data.issues.length && !ctx.quiet) ctx.stderr(formatIssuesText(data.issues, lang, ctx.color));

    const names = opts.allEntities
      ? uniqueFileNames(
          scopes.map((s) => s.entity),
          period.label,
          templateStrings(lang).unnamed,
        )
      : null;
    for (const scope of scopes) {
      const last = lastValues(data.sink.values, scope.indicators, scope.entity, period);
      const wb = await buildReportTemplate({ plan, scope, period, lang, last });
      const path = names ? join(opts.out, names.get(scope.entity) as string) : opts.out;
      await writeAtomic(path, await xlsxBytes(wb));
      if (!ctx.quiet) ctx.stdout(path);
    }
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(raw.debug));
  }
}

/** Earlier reports only give help (last values): their problems are shown, never blocking. */
async function readEarlierData(
  paths: readonly string[],
  plan: Plan,
  lang: 'fr' | 'en',
): Promise<{ sink: DataSink; issues: Issue[] }> {
  const sink: DataSink = { values: new ValueStore(), activities: [], submissions: [] };
  const issues: Issue[] = [];
  for (const file of await expandInputs(paths))
    await readData(file.path, file.display, plan, lang, issues, sink);
  return { sink, issues: issues.filter((i) => i.severity === 'error') };
}

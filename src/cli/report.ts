import { join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import type { ReportModel } from '../compute/model.js';
import { buildReport } from '../core/report.js';
import { writeAtomic, writeAtomicChunks } from '../core/write.js';
import { PonamError } from '../model/errors.js';
import { jsonChunks } from '../report/json.js';
import type { ReportView } from '../report/view.js';
import { UNREADABLE } from '../workbook/open.js';
import { makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import { CeilingOption, Formats, Lang, optionProblem, ThresholdsOption } from './options.js';
import { startProgressBar } from './progress-bar.js';
import { formatIssuesText } from './reporters/text.js';
import { TOOL } from './version.js';

export const REPORT_FORMATS = ['html', 'json', 'pdf', 'xlsx'] as const;

const ReportOptions = z.object({
  plan: z.string().min(1),
  data: z.array(z.string()).default([]),
  period: z.string().optional(),
  format: Formats(REPORT_FORMATS).default(['html', 'json']),
  out: z.string().default('out'),
  lang: Lang.optional(),
  method: z.enum(['auto', 'ratio', 'progression']).optional(),
  thresholds: ThresholdsOption.optional(),
  ceiling: CeilingOption.optional(),
  targetBasis: z.enum(['pace', 'year']).optional(),
  compare: z.string().optional(),
  title: z.string().optional(),
  subtitle: z.string().optional(),
  author: z.string().optional(),
  institution: z.string().optional(),
  strict: z.boolean().default(false),
  timestamp: z.boolean().default(false),
  browser: z.string().optional(),
  quiet: z.boolean().default(false),
  color: z.boolean().default(true),
  debug: z.boolean().default(false),
});
export type ReportOptions = z.infer<typeof ReportOptions>;

export function registerReport(program: Command, run: (code: number) => void): void {
  program
    .command('report')
    .description('plan + data workbooks → report (JSON model, HTML, PDF, xlsx annex)')
    .requiredOption('--plan <file>', 'plan workbook (cadre logique)')
    .option('--data <paths...>', 'reporting workbooks, or folders holding them')
    .argument('[paths...]', 'more reporting workbooks or folders')
    .option(
      '--period <P>',
      'report period (2022-T4, 2022-S1, 2022-12, 2022); default: the latest in the data',
    )
    .option('--format <list>', `comma-separated: ${REPORT_FORMATS.join(', ')}`, 'html,json')
    .option('--out <dir>', 'output folder', 'out')
    .option('--lang <fr|en>', 'language of the report (default: the plan’s, else fr)')
    .option('--method <auto|ratio|progression>', 'achievement-rate method (overrides the plan)')
    .option('--thresholds <onTrack,behind>', 'status thresholds in %, e.g. 80,50 (overrides the plan)')
    .option('--ceiling <percent>', 'ceiling of rates in roll-ups, e.g. 100 (overrides the plan)')
    .option(
      '--target-basis <pace|year>',
      'inside a year, judge against the target due by then (pace) or the whole year’s (year)',
    )
    .option(
      '--compare <report.json>',
      'compare with a report published earlier instead of the previous period',
    )
    .option('--title <text>', 'title on the report’s cover')
    .option('--subtitle <text>', 'subtitle on the cover')
    .option('--author <text>', 'author on the cover')
    .option('--institution <text>', 'institution on the cover')
    .option('--strict', 'treat warnings as errors')
    .option('--timestamp', 'write the generation time into the report (makes outputs differ between runs)')
    .option('--browser <path>', 'Chrome, Chromium or Edge executable for PDF output')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--no-color', 'no colours in messages')
    .option('--debug', 'print stack traces of internal errors')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      run(await reportCommand({ ...raw, data: [...((raw.data as string[]) ?? []), ...paths] }));
    });
}

export async function reportCommand(raw: Record<string, unknown>): Promise<number> {
  const ctx = makeContext({ color: raw.color as boolean, quiet: raw.quiet as boolean });
  try {
    const parsed = ReportOptions.safeParse(raw);
    if (!parsed.success)
      throw new PonamError('usage', optionProblem(parsed.error), 'see ponam report --help');
    const opts = parsed.data;
    if (opts.data.length === 0)
      throw new PonamError(
        'usage',
        'no data workbook given',
        'add --data FILE|DIR (or list them after the options)',
      );
    const settings = {
      ...(opts.method ? { method: opts.method } : {}),
      ...(opts.thresholds ? { thresholds: opts.thresholds } : {}),
      ...(opts.ceiling ? { ceiling: opts.ceiling } : {}),
    };
    const stopProgress = startProgressBar(ctx, true);
    const outcome = await buildReport({
      plan: opts.plan,
      data: opts.data,
      period: opts.period,
      lang: opts.lang,
      settings,
      targetBasis: opts.targetBasis,
      compare: opts.compare,
      cover: {
        title: opts.title,
        subtitle: opts.subtitle,
        author: opts.author,
        institution: opts.institution,
      },
      timestamp: opts.timestamp,
      tool: TOOL,
    }).finally(stopProgress);
    const lang = outcome.ok ? outcome.model.lang : outcome.lang;
    const issues = outcome.ok ? outcome.model.quality.issues : outcome.issues;
    const unreadable = !outcome.ok && issues.some((i) => !i.sheet && UNREADABLE.has(i.code));
    const blocking = issues.some((i) => i.severity === 'error' || (opts.strict && i.severity === 'warning'));
    if (blocking || !outcome.ok) {
      ctx.stderr(formatIssuesText(issues, lang, ctx.color));
      ctx.stderr(
        ctx.color.red(
          lang === 'fr'
            ? '\nRapport non produit : corrigez les erreurs ci-dessus.'
            : '\nNo report written: fix the errors above.',
        ),
      );
      return unreadable ? EXIT.failure : EXIT.invalid;
    }
    const { model } = outcome;
    const written: string[] = [];
    const write = async (name: string, content: string | Uint8Array) => {
      const path = join(opts.out, name);
      await writeAtomic(path, content);
      written.push(path);
    };
    if (opts.format.includes('json')) {
      const path = join(opts.out, 'report.json');
      await writeAtomicChunks(path, jsonChunks(model));
      written.push(path);
    }
    // The HTML (charts included) is drawn only when a format needs it: JSON alone stays cheap.
    const page = opts.format.includes('html') || opts.format.includes('pdf') ? await reportPage(model) : null;
    if (page && opts.format.includes('html')) await write('report.html', page.html);
    if (opts.format.includes('xlsx')) {
      const { renderXlsx } = await import('../report/xlsx.js');
      await write('annexe.xlsx', await renderXlsx(model, model.lang));
    }
    // Last, so that a missing browser still leaves the other formats written.
    let pdfFailure: unknown = null;
    if (page && opts.format.includes('pdf')) {
      try {
        const { requireBrowser } = await import('../report/browser.js');
        const { renderPdf } = await import('../report/pdf.js');
        const browser = requireBrowser(opts.browser, model.lang);
        await write(
          'report.pdf',
          await renderPdf(page.html, {
            browser,
            lang: model.lang,
            title: page.view.title,
            period: page.view.period,
          }),
        );
      } catch (error) {
        pdfFailure = error;
      }
    }
    if (!ctx.quiet) {
      const warnings = issues.filter((i) => i.severity === 'warning').length;
      if (warnings) ctx.stderr(formatIssuesText(issues, lang, ctx.color));
      for (const path of written) ctx.stdout(path);
    }
    if (pdfFailure) return handleError(pdfFailure, ctx, opts.debug);
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(raw.debug));
  }
}

/** Renderers are loaded when a format asks for them: `--format json` never loads echarts or a browser driver. */
async function reportPage(model: ReportModel): Promise<{ html: string; view: ReportView }> {
  const [{ renderSections }, { buildView }, { renderHtml }] = await Promise.all([
    import('../report/sections.js'),
    import('../report/view.js'),
    import('../report/html.js'),
  ]);
  const sections = renderSections(model, model.lang);
  const view = buildView(model, model.lang);
  const html = renderHtml(view, {
    extraSections: sections.extraSections,
    qualityHtml: sections.qualityHtml,
    css: sections.css,
    charts: view.charts,
  });
  return { html, view };
}

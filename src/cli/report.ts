import { join } from 'node:path';
import { z } from 'zod';
import type { ReportModel } from '../compute/model.js';
import { displayPath } from '../core/inputs.js';
import { type Logo, readLogo } from '../core/logo.js';
import { buildReport, type ReportRequest } from '../core/report.js';
import { writeAtomic, writeAtomicChunks } from '../core/write.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { jsonChunks } from '../report/json.js';
import type { ReportView } from '../report/view.js';
import { UNREADABLE } from '../workbook/open.js';
import { dataWorkbookKind, sheetNames } from '../workbook/sheet-names.js';
import { withConfig } from './configured.js';
import { type CliContext, makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import {
  CeilingOption,
  Common,
  CoverText,
  Formats,
  LangOption,
  OneOf,
  PeriodOption,
  PositiveNumber,
  parseOptions,
  ThresholdsOption,
} from './options.js';
import { dataFiles, outputFolder, planFile } from './paths.js';
import { type CommandEnv, DEFAULTS, REPORT_FORMATS } from './program.js';
import { startProgressBar } from './progress-bar.js';
import { formatIssuesText } from './reporters/text.js';
import { TOOL } from './version.js';

const OutputNames = z
  .object({ html: z.string(), json: z.string(), pdf: z.string(), xlsx: z.string(), docx: z.string() })
  .partial();

const ReportOptions = z.object({
  plan: z.string().min(1).optional(),
  data: z.array(z.string()).default([]),
  period: PeriodOption.optional(),
  format: Formats(REPORT_FORMATS).default(['html', 'json']),
  out: z.string().min(1).default(DEFAULTS.out),
  lang: LangOption.optional(),
  method: OneOf(['auto', 'ratio', 'progression']).optional(),
  thresholds: ThresholdsOption.optional(),
  ceiling: CeilingOption.optional(),
  targetBasis: OneOf(['pace', 'year']).optional(),
  compare: z.string().min(1).optional(),
  title: CoverText.optional(),
  subtitle: CoverText.optional(),
  author: CoverText.optional(),
  institution: CoverText.optional(),
  strict: z.boolean().default(false),
  timestamp: z.boolean().default(false),
  browser: z.string().min(1).optional(),
  pdfTimeout: PositiveNumber.default(Number(DEFAULTS.pdfTimeout)),
  /** From a project configuration only: the cover's logo, output file names. */
  logo: z.string().min(1).optional(),
  outputs: OutputNames.default({}),
  ...Common,
});
export type ReportOptions = z.infer<typeof ReportOptions>;

/**
 * `ponam report` (and `ponam demo`): checks the command line and the paths before reading
 * anything, reads and computes through the core, then writes each format atomically. The
 * messages speak the user's language (`env.lang`); the report speaks `--lang`, else the plan's.
 */
export async function reportCommand(
  typedOptions: Record<string, unknown>,
  env: CommandEnv,
  command = 'ponam report',
): Promise<number> {
  const ctx = makeContext({
    lang: env.lang,
    color: typedOptions.color as boolean,
    quiet: typedOptions.quiet as boolean,
  });
  const t = catalogue(env.lang).cli;
  try {
    // The demo runs on the bundled example whatever folder it is started from.
    const { raw, config } =
      command === 'ponam demo'
        ? { raw: typedOptions, config: null }
        : await withConfig(typedOptions, env.lang, 'report');
    const opts = parseOptions(ReportOptions, raw, env.lang, command, {
      lists: { format: REPORT_FORMATS.join(', ') },
    });
    if (!opts.plan)
      throw new PonamError('usage', t.errors.missingOption('--plan'), t.errors.seeHelp(command));
    if (opts.data.length === 0) throw new PonamError('usage', t.errors.noData, t.errors.noDataHint);
    const plan = await planFile(opts.plan, env.lang);
    const data = await dataFiles(opts.data, env.lang);
    // ponam's own annex, written by an earlier run into a folder read as data, is no input: the
    // reading skips it (own-output), and the next run may replace it.
    const inputs = await withoutOwnOutputs(data.map((d) => d.path));
    await outputFolder(opts.out, [plan.path, ...inputs, ...(opts.compare ? [opts.compare] : [])], env.lang);
    const stopProgress = startProgressBar(ctx, true);
    const outcome = await buildReport({
      ...request(
        opts,
        plan.path,
        data.map((d) => d.path),
      ),
      ...(config?.config.aliases ? { aliases: config.config.aliases } : {}),
    }).finally(stopProgress);
    const issues = outcome.ok ? outcome.model.quality.issues : outcome.issues;
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    const blocking =
      !outcome.ok || issues.some((i) => i.severity === 'error') || (opts.strict && warnings > 0);
    if (blocking) {
      const listing = formatIssuesText(issues, ctx.lang, ctx.color);
      if (listing) ctx.stderr(`${listing}\n`);
      if (outcome.ok && opts.strict && warnings > 0) ctx.stderr(t.outcome.strict(warnings));
      ctx.stderr(ctx.color.red(listing ? t.outcome.reportNotWritten : t.outcome.reportNotWrittenNoList));
      const unreadable = issues.some((i) => !i.sheet && UNREADABLE.has(i.code));
      return unreadable || !listing ? EXIT.failure : EXIT.invalid;
    }
    const { model } = outcome;
    const logo = opts.logo ? await readLogo(opts.logo, escapeText(displayPath(opts.logo)), env.lang) : null;
    const written = await writeFormats(model, opts, env, ctx, logo);
    if (!ctx.quiet) {
      if (warnings) ctx.stderr(`${formatIssuesText(issues, ctx.lang, ctx.color)}\n`);
      for (const path of written.paths) ctx.stdout(escapeText(displayPath(path)));
    }
    if (written.pdfFailure) return handleError(written.pdfFailure, ctx, opts.debug);
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(typedOptions.debug));
  }
}

async function withoutOwnOutputs(paths: readonly string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const p of paths) {
    const names = await sheetNames(p);
    if (!names || dataWorkbookKind(names) !== 'own-output') kept.push(p);
  }
  return kept;
}

/** What the core needs: `plan` and `data` are the paths checked from `opts.plan` and `opts.data`. */
function request(opts: ReportOptions, plan: string, data: string[]): ReportRequest {
  const cover = {
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.subtitle ? { subtitle: opts.subtitle } : {}),
    ...(opts.author ? { author: opts.author } : {}),
    ...(opts.institution ? { institution: opts.institution } : {}),
  };
  return {
    plan,
    data,
    period: opts.period,
    lang: opts.lang,
    settings: {
      ...(opts.method ? { method: opts.method } : {}),
      ...(opts.thresholds ? { thresholds: opts.thresholds } : {}),
      ...(opts.ceiling ? { ceiling: opts.ceiling } : {}),
    },
    timestamp: opts.timestamp,
    tool: TOOL,
    ...(opts.targetBasis ? { targetBasis: opts.targetBasis } : {}),
    ...(opts.compare ? { compare: opts.compare } : {}),
    ...(Object.keys(cover).length ? { cover } : {}),
  };
}

/** File names by format; a project configuration may give others (`outputs`). */
export const DEFAULT_NAMES = {
  html: 'report.html',
  json: 'report.json',
  pdf: 'report.pdf',
  xlsx: 'annexe.xlsx',
  docx: 'report.docx',
};

/** Each format written atomically; the PDF last, so that a missing or failing browser leaves the others written. */
async function writeFormats(
  model: ReportModel,
  opts: ReportOptions,
  env: CommandEnv,
  ctx: CliContext,
  logo: Logo | null,
): Promise<{ paths: string[]; pdfFailure: unknown }> {
  const paths: string[] = [];
  const write = async (name: string, content: string | Uint8Array) => {
    const path = join(opts.out, name);
    await writeAtomic(path, content);
    paths.push(path);
  };
  const name = { ...DEFAULT_NAMES, ...opts.outputs };
  if (opts.format.includes('json')) {
    const path = join(opts.out, name.json);
    await writeAtomicChunks(path, jsonChunks(model));
    paths.push(path);
  }
  // The view (charts included) is built only when a format needs it: JSON alone stays cheap.
  const wantsHtml = opts.format.includes('html') || opts.format.includes('pdf');
  const view = wantsHtml || opts.format.includes('docx') ? await reportView(model, logo) : null;
  const page = view && wantsHtml ? { html: await reportHtml(view), view } : null;
  if (page && opts.format.includes('html')) await write(name.html, page.html);
  if (opts.format.includes('xlsx')) {
    const { renderXlsx } = await import('../report/xlsx.js');
    await write(name.xlsx, await renderXlsx(model, model.lang));
  }
  if (view && opts.format.includes('docx')) {
    const { renderDocx } = await import('../report/docx/index.js');
    await write(name.docx, await renderDocx(view));
  }
  let pdfFailure: unknown = null;
  if (page && opts.format.includes('pdf')) {
    try {
      const { requireBrowser } = await import('../report/browser.js');
      const { renderPdf } = await import('../report/pdf.js');
      const browser = requireBrowser(opts.browser, ctx.lang);
      const pdf = await renderPdf(page.html, {
        browser,
        lang: model.lang,
        messagesLang: ctx.lang,
        title: page.view.title,
        period: page.view.period,
        timeoutMs: opts.pdfTimeout * 1000,
        signal: env.signal,
      });
      await write(name.pdf, pdf);
    } catch (error) {
      pdfFailure = error;
    }
  }
  return { paths, pdfFailure };
}

/** Renderers are loaded when a format asks for them: `--format json` never loads echarts or a browser driver. */
async function reportView(model: ReportModel, logo: Logo | null): Promise<ReportView> {
  const { buildView } = await import('../report/view.js');
  return buildView(model, model.lang, { logo: logo?.dataUri ?? null });
}

async function reportHtml(view: ReportView): Promise<string> {
  const { renderHtml } = await import('../report/html.js');
  return renderHtml(view);
}

import { z } from 'zod';
import type { ReportKind } from '../compute/review-model.js';
import { displayPath } from '../core/inputs.js';
import { type ReportRequest, type ReportResult, runReport } from '../core/report.js';
import type { ReviewSources } from '../core/review-inputs.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue } from '../i18n/index.js';
import { REPORT_FORMATS } from '../model/formats.js';
import { SKIP_CODES } from '../model/issues.js';
import { missingInput, withConfig } from './configured.js';
import { type CliContext, makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import {
  CeilingOption,
  Common,
  CoverText,
  Formats,
  KindOption,
  LangOption,
  OneOf,
  PeriodOption,
  PositiveNumber,
  parseOptions,
  ThresholdsOption,
} from './options.js';
import { type CommandEnv, DEFAULTS } from './program.js';
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
  /** Remove ponam's outputs of another period from --out (src/core/earlier-outputs.ts). */
  force: z.boolean().default(false),
  // The mid-term review (docs/review.md): its structure, the officer's analysis, the recommendations.
  kind: KindOption.optional(),
  analysis: z.string().min(1).optional(),
  recommendations: z.array(z.string()).default([]),
  date: CoverText.optional(),
  /** From a project configuration only: the folder analyse.md is looked for in. */
  analysisFolder: z.string().min(1).optional(),
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
  try {
    // The demo runs on the bundled example whatever folder it is started from.
    const { raw, config } =
      command === 'ponam demo'
        ? { raw: typedOptions, config: null }
        : await withConfig(typedOptions, env.lang, 'report');
    const opts = parseOptions(ReportOptions, raw, env.lang, command, {
      lists: { format: REPORT_FORMATS.join(', ') },
    });
    if (!opts.plan) throw missingInput('plan', config, env.lang, command);
    if (opts.data.length === 0) throw missingInput('data', config, env.lang, command);
    const review = reviewSources(opts, command);
    const bar = startProgressBar(ctx, true);
    const result = await runReport({
      // The paths as given: the core checks and expands them, once (src/core/report.ts).
      ...request(opts, opts.plan, opts.data),
      review,
      ...(config?.config.aliases ? { aliases: config.config.aliases } : {}),
      ...(config?.config.entities ? { entities: config.config.entities } : {}),
      ...(bar.listener ? { progress: bar.listener } : {}),
      messagesLang: ctx.lang,
      strict: opts.strict,
      render: {
        formats: opts.format,
        out: opts.out,
        names: opts.outputs,
        ...(opts.logo ? { logo: opts.logo, logoShown: escapeText(displayPath(opts.logo)) } : {}),
        browser: opts.browser,
        pdfTimeoutMs: opts.pdfTimeout * 1000,
        signal: env.signal,
        messagesLang: ctx.lang,
        force: opts.force,
      },
    }).finally(bar.stop);
    return printReport(result, ctx, opts.debug);
  } catch (error) {
    return handleError(error, ctx, Boolean(typedOptions.debug));
  }
}

/** The review's inputs and kind; the demo looks for no analyse.md in the folder it is run from. */
function reviewSources(opts: ReportOptions, command: string): ReviewSources & { kind: ReportKind } {
  return {
    kind: opts.kind ?? 'monitoring',
    ...(opts.analysis ? { analysis: opts.analysis } : {}),
    analysisFolder: command === 'ponam demo' ? null : (opts.analysisFolder ?? process.cwd()),
    recommendations: opts.recommendations,
  };
}

/** What the core needs: `plan` and `data` are the paths as the user named them. */
function request(opts: ReportOptions, plan: string, data: string[]): ReportRequest {
  const cover = {
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.subtitle ? { subtitle: opts.subtitle } : {}),
    ...(opts.author ? { author: opts.author } : {}),
    ...(opts.institution ? { institution: opts.institution } : {}),
    ...(opts.date ? { date: opts.date } : {}),
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

/** `2025-02` is a month: the quarter a user may have meant, `2025-T1`. */
function quarterOfMonth(label: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  return m ? `${m[1]}-T${Math.ceil(Number(m[2]) / 3)}` : null;
}

/** The periods the data give: all of them when few, else the first and the last. */
function coveredText(periods: readonly string[], t: ReturnType<typeof catalogue>['cli']): string {
  if (periods.length <= 6) return periods.join(', ');
  return t.outcome.periodsRange(periods[0], periods[periods.length - 1], periods.length);
}

/** What a report run says: the issues, what was written, and the exit code (0, 1 or 2). */
function printReport(result: ReportResult, ctx: CliContext, debug: boolean): number {
  const t = catalogue(ctx.lang).cli;
  // Infos stay out of the listing, but for the files that were not read: every run names them.
  const shown = result.issues.filter((i) => i.severity !== 'info' || SKIP_CODES.has(i.code));
  const listing = formatIssuesText(shown, ctx.lang, ctx.color, true);
  if (result.kind === 'blocked') {
    if (listing) ctx.stderr(`${listing}\n`);
    if (result.noValues) {
      const { period, covered, files, skipped } = result.noValues;
      ctx.stderr(
        ctx.color.red(
          period === null
            ? t.outcome.noValues(files, skipped)
            : t.outcome.periodWithoutValues(
                escapeText(period),
                coveredText(covered, t),
                quarterOfMonth(period),
              ),
        ),
      );
      return EXIT.invalid;
    }
    if (result.strictWarnings > 0) ctx.stderr(t.outcome.strict(result.strictWarnings));
    ctx.stderr(ctx.color.red(listing ? t.outcome.reportNotWritten : t.outcome.reportNotWrittenNoList));
    return result.unreadable || !listing ? EXIT.failure : EXIT.invalid;
  }
  if (!ctx.quiet) {
    if (shown.some((i) => i.severity !== 'error')) ctx.stderr(`${listing}\n`);
    for (const path of result.paths) ctx.stdout(escapeText(displayPath(path)));
    for (const o of result.removed)
      ctx.stderr(t.outcome.removedOutput(escapeText(displayPath(o.path)), escapeText(o.period)));
  }
  if (result.pdfFailure) return handleError(result.pdfFailure, ctx, debug);
  return EXIT.ok;
}

import { z } from 'zod';
import { displayPath } from '../core/inputs.js';
import {
  countBySeverity,
  runValidation,
  type ValidationResult,
  validationExitCode,
} from '../core/validation.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue } from '../i18n/index.js';
import { DEFAULT_LIMITS, type FileLimits } from '../workbook/open.js';
import { withConfig } from './configured.js';
import { type CliContext, makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import {
  Common,
  LangOption,
  OneOf,
  PositiveNumber,
  PositiveWholeNumber,
  parseOptions,
  WholeNumber,
} from './options.js';
import { type CommandEnv, VALIDATE_FORMATS } from './program.js';
import { startProgressBar } from './progress-bar.js';
import { formatGithub } from './reporters/github.js';
import { formatJson } from './reporters/json.js';
import { formatJunit } from './reporters/junit.js';
import { formatIssuesText, summaryLine } from './reporters/text.js';

const MB = 1024 * 1024;

const ValidateOptions = z.object({
  plan: z.string().min(1).optional(),
  paths: z.array(z.string()).default([]),
  format: OneOf(VALIDATE_FORMATS).default('text'),
  strict: z.boolean().default(false),
  maxWarnings: WholeNumber.optional(),
  lang: LangOption.optional(),
  maxFileSize: PositiveNumber.default(DEFAULT_LIMITS.maxBytes / MB),
  maxUncompressedSize: PositiveNumber.default(DEFAULT_LIMITS.maxUncompressedBytes / MB),
  maxRows: PositiveWholeNumber.default(DEFAULT_LIMITS.maxRows),
  ...Common,
});
type ValidateOptions = z.infer<typeof ValidateOptions>;

export async function validateCommand(typed: Record<string, unknown>, env: CommandEnv): Promise<number> {
  // Results go to stdout: colour follows stdout being a terminal.
  const ctx = makeContext({
    lang: env.lang,
    color: typed.color as boolean,
    quiet: typed.quiet as boolean,
    colorStream: 'stdout',
  });
  try {
    // Without arguments, the configured plan and data are checked. With workbooks named, the
    // configuration's plan only stands in when none of them is a plan (src/core/validation.ts).
    const { raw, config } = await withConfig(typed, env.lang, 'validate');
    const named = typed.plan === undefined && Array.isArray(typed.paths) && typed.paths.length > 0;
    const configuredPlan = named ? raw.plan : undefined;
    const opts = parseOptions(
      ValidateOptions,
      named ? { ...raw, plan: undefined } : raw,
      env.lang,
      'ponam validate',
      {
        expectKeys: { format: 'validateFormat' },
      },
    );
    const limits: FileLimits = {
      maxBytes: Math.round(opts.maxFileSize * MB),
      maxUncompressedBytes: Math.round(opts.maxUncompressedSize * MB),
      maxRows: opts.maxRows,
    };
    const bar = startProgressBar(ctx, opts.format === 'text');
    const result = await runValidation({
      plan: opts.plan,
      ...(named && typeof configuredPlan === 'string' ? { configuredPlan } : {}),
      paths: opts.paths,
      lang: ctx.lang,
      limits,
      strict: opts.strict,
      ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
      ...(config?.config.aliases ? { aliases: config.config.aliases } : {}),
      ...(config?.config.entities ? { entities: config.config.entities } : {}),
      ...(bar.listener ? { progress: bar.listener } : {}),
    }).finally(bar.stop);
    const code = validationExitCode(result);
    print(result, code, { ...opts, configFile: config ? displayPath(config.file) : null }, ctx);
    return code;
  } catch (error) {
    return handleError(error, ctx, Boolean(typed.debug));
  }
}

/**
 * The chosen format on stdout; and whatever the format and `--quiet`, a run that fails says why
 * in at least one line: the listing of errors, or why warnings made it fail (`--strict`,
 * `--max-warnings`), or the count of unreadable files.
 */
/** The options, and the configuration file read, if any (named when its plan stood in). */
type Printing = ValidateOptions & { configFile: string | null };

function print(result: ValidationResult, code: number, opts: Printing, ctx: CliContext): void {
  switch (opts.format) {
    case 'json':
      ctx.stdout(formatJson(result, code === EXIT.ok));
      break;
    case 'junit':
      ctx.stdout(formatJunit(result));
      break;
    case 'github': {
      const shown = opts.quiet
        ? { ...result, issues: result.issues.filter((i) => i.severity === 'error') }
        : result;
      const annotations = formatGithub(shown);
      if (annotations) ctx.annotations(annotations);
      // GitHub shows only the first annotations of a step: the full list follows in the log.
      printText(shown, opts, ctx);
      break;
    }
    default:
      printText(result, opts, ctx);
  }
  if (code !== EXIT.ok)
    for (const line of whyFailed(result, opts, ctx))
      (opts.format === 'json' || opts.format === 'junit' ? ctx.stderr : ctx.stdout)(line);
}

function printText(result: ValidationResult, opts: Printing, ctx: CliContext): void {
  const t = catalogue(result.lang).cli.outcome;
  const shown = opts.quiet ? result.issues.filter((i) => i.severity === 'error') : result.issues;
  const listing = formatIssuesText(shown, result.lang, ctx.color, !opts.quiet);
  if (listing) ctx.stdout(`${listing}\n`);
  if (opts.quiet) return;
  if (result.noPlan) ctx.stdout(t.noPlan);
  if (result.configuredPlan)
    ctx.stdout(t.configuredPlan(escapeText(opts.configFile ?? ''), escapeText(result.configuredPlan)));
  ctx.stdout(summaryLine(result.issues, result.files.length, result.lang, ctx.color));
}

/** The lines that say why the run failed, beyond what the chosen output already said. */
function whyFailed(result: ValidationResult, opts: ValidateOptions, ctx: CliContext): string[] {
  const t = catalogue(result.lang).cli.outcome;
  const { errors, warnings } = countBySeverity(result.issues);
  const unreadable = result.files.filter((f) => f.unreadable).length;
  const machine = opts.format === 'json' || opts.format === 'junit';
  const lines: string[] = [];
  // Text and github already printed the summary, unless --quiet.
  if (machine || opts.quiet) {
    if (unreadable) lines.push(ctx.color.red(t.unreadable(unreadable)));
    else if (errors) lines.push(summaryLine(result.issues, result.files.length, result.lang, ctx.color));
  }
  if (!errors && !unreadable) {
    if (opts.strict && warnings > 0) lines.push(ctx.color.red(t.strict(warnings)));
    else if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings)
      lines.push(ctx.color.red(t.maxWarnings(warnings, opts.maxWarnings)));
  }
  return lines;
}

import { z } from 'zod';
import { type InputFile, realKey } from '../core/inputs.js';
import { loadInputs } from '../core/load.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import { DEFAULT_LIMITS, type FileLimits, UNREADABLE } from '../workbook/open.js';
import { sheetRoles } from '../workbook/sheet-names.js';
import { type SheetRole, vocabularyWith } from '../workbook/vocabulary.js';
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
import { dataFiles, planFile } from './paths.js';
import { type CommandEnv, VALIDATE_FORMATS } from './program.js';
import { startProgressBar } from './progress-bar.js';
import { formatGithub } from './reporters/github.js';
import { formatJson } from './reporters/json.js';
import { formatJunit } from './reporters/junit.js';
import { countBySeverity, type FileResult, type ValidationResult } from './reporters/result.js';
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
    // Without arguments, the configured plan and data are checked.
    const { raw, config } = await withConfig(typed, env.lang, 'validate');
    const opts = parseOptions(ValidateOptions, raw, env.lang, 'ponam validate', {
      expectKeys: { format: 'validateFormat' },
    });
    const limits: FileLimits = {
      maxBytes: Math.round(opts.maxFileSize * MB),
      maxUncompressedBytes: Math.round(opts.maxUncompressedSize * MB),
      maxRows: opts.maxRows,
    };
    const { plan, data } = await sortInputs(opts, ctx, vocabularyWith(config?.config.aliases).sheetRole);
    const stopProgress = startProgressBar(ctx, opts.format === 'text');
    const loaded = await loadInputs(plan, data, ctx.lang, limits, config?.config.aliases).finally(
      stopProgress,
    );
    const result = summarise(plan, data, loaded.issues, loaded.unreadable, opts, ctx);
    const code = exitCode(result, opts);
    print(result, code, opts, ctx, plan === null && data.length > 0);
    return code;
  } catch (error) {
    return handleError(error, ctx, Boolean(typed.debug));
  }
}

/**
 * Splits the inputs into the plan and the reporting workbooks. `--plan` names the plan; without
 * it, a workbook given on the command line (or found in a folder) whose sheets include
 * `Indicateurs`/`Indicators` and no `Valeurs`/`Values` is taken as the plan. A file reached
 * twice (the plan inside a data folder, a folder and a file in it) is read once.
 */
async function sortInputs(
  opts: ValidateOptions,
  ctx: CliContext,
  roleOf: (name: string) => SheetRole | undefined,
): Promise<{ plan: InputFile | null; data: InputFile[] }> {
  const t = catalogue(ctx.lang).cli.errors;
  if (!opts.plan && opts.paths.length === 0) throw new PonamError('usage', t.noWorkbook, t.noWorkbookHint);
  const planGiven = opts.plan ? [await planFile(opts.plan, ctx.lang)] : [];
  const planKey = planGiven[0] ? await realKey(planGiven[0].path) : null;
  const rest: InputFile[] = [];
  for (const f of await dataFiles(opts.paths, ctx.lang))
    if ((await realKey(f.path)) !== planKey) rest.push(f);
  if (planGiven.length === 1) return { plan: planGiven[0], data: rest };
  const plans: InputFile[] = [];
  const data: InputFile[] = [];
  for (const f of rest) {
    const roles = await sheetRoles(f.path, roleOf);
    if (roles?.has('indicators') && !roles.has('values')) plans.push(f);
    else data.push(f);
  }
  if (plans.length > 1)
    throw new PonamError(
      'usage',
      t.morePlans(plans.map((p) => escapeText(p.display)).join(', ')),
      t.morePlansHint,
    );
  return { plan: plans[0] ?? null, data };
}

function summarise(
  plan: InputFile | null,
  data: readonly InputFile[],
  issues: Issue[],
  unreadable: ReadonlySet<string>,
  opts: ValidateOptions,
  ctx: CliContext,
): ValidationResult {
  const entries: { path: string; role: 'plan' | 'data' }[] = [
    ...(plan ? [{ path: plan.display, role: 'plan' as const }] : []),
    ...data.map((d) => ({ path: d.display, role: 'data' as const })),
  ];
  const known = new Set(entries.map((e) => e.path));
  for (const i of issues) {
    if (!known.has(i.file)) {
      known.add(i.file);
      entries.push({ path: i.file, role: 'data' });
    }
  }
  const byFile = new Map<string, Issue[]>();
  for (const i of issues) {
    const list = byFile.get(i.file);
    if (list) list.push(i);
    else byFile.set(i.file, [i]);
  }
  const files: FileResult[] = entries.map(({ path, role }) => {
    const own = byFile.get(path) ?? [];
    const counts = countBySeverity(own);
    const isUnreadable = unreadable.has(path) || own.some((i) => UNREADABLE.has(i.code));
    return {
      path,
      role,
      valid: !isUnreadable && counts.errors === 0 && !(opts.strict && counts.warnings > 0),
      unreadable: isUnreadable,
      ...counts,
    };
  });
  return { lang: ctx.lang, files, issues, strict: opts.strict };
}

/** 2 when any input could not be read at all, else 1 when the inputs have problems, else 0. */
function exitCode(result: ValidationResult, opts: ValidateOptions): number {
  if (result.files.some((f) => f.unreadable)) return EXIT.failure;
  const { errors, warnings } = countBySeverity(result.issues);
  if (errors > 0) return EXIT.invalid;
  if (opts.strict && warnings > 0) return EXIT.invalid;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) return EXIT.invalid;
  return EXIT.ok;
}

/**
 * The chosen format on stdout; and whatever the format and `--quiet`, a run that fails says why
 * in at least one line: the listing of errors, or why warnings made it fail (`--strict`,
 * `--max-warnings`), or the count of unreadable files.
 */
function print(
  result: ValidationResult,
  code: number,
  opts: ValidateOptions,
  ctx: CliContext,
  noPlan: boolean,
): void {
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
      printText(shown, opts, ctx, noPlan);
      break;
    }
    default:
      printText(result, opts, ctx, noPlan);
  }
  if (code !== EXIT.ok)
    for (const line of whyFailed(result, opts, ctx))
      (opts.format === 'json' || opts.format === 'junit' ? ctx.stderr : ctx.stdout)(line);
}

function printText(result: ValidationResult, opts: ValidateOptions, ctx: CliContext, noPlan: boolean): void {
  const t = catalogue(result.lang).cli.outcome;
  const shown = opts.quiet ? result.issues.filter((i) => i.severity === 'error') : result.issues;
  const listing = formatIssuesText(shown, result.lang, ctx.color, !opts.quiet);
  if (listing) ctx.stdout(`${listing}\n`);
  if (opts.quiet) return;
  if (noPlan) ctx.stdout(t.noPlan);
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

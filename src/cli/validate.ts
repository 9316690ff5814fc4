import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { displayPath, expandInputs, type InputFile } from '../core/inputs.js';
import { loadInputs } from '../core/load.js';
import { PonamError } from '../model/errors.js';
import type { Issue } from '../model/issues.js';
import { DEFAULT_LIMITS, type FileLimits, UNREADABLE } from '../workbook/open.js';
import { sheetRoles } from '../workbook/sheet-names.js';
import { type CliContext, makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import { Lang, optionProblem } from './options.js';
import { startProgressBar } from './progress-bar.js';
import { formatGithub } from './reporters/github.js';
import { formatJson } from './reporters/json.js';
import { formatJunit } from './reporters/junit.js';
import { countBySeverity, type FileResult, type ValidationResult } from './reporters/result.js';
import { formatIssuesText, summaryLine } from './reporters/text.js';

export const VALIDATE_FORMATS = ['text', 'json', 'junit', 'github'] as const;

const MB = 1024 * 1024;
const Megabytes = z.coerce.number().positive({ message: 'expected a positive number of megabytes' });

const ValidateOptions = z.object({
  plan: z.string().min(1).optional(),
  paths: z.array(z.string()).default([]),
  format: z.enum(VALIDATE_FORMATS).default('text'),
  strict: z.boolean().default(false),
  maxWarnings: z.coerce.number().int().min(0, { message: 'expected a whole number, 0 or more' }).optional(),
  lang: Lang.default('fr'),
  maxFileSize: Megabytes.default(DEFAULT_LIMITS.maxBytes / MB),
  maxUncompressedSize: Megabytes.default(DEFAULT_LIMITS.maxUncompressedBytes / MB),
  maxRows: z.coerce
    .number()
    .int()
    .positive({ message: 'expected a positive whole number' })
    .default(DEFAULT_LIMITS.maxRows),
  quiet: z.boolean().default(false),
  color: z.boolean().default(true),
  debug: z.boolean().default(false),
});
type ValidateOptions = z.infer<typeof ValidateOptions>;

export function registerValidate(program: Command, run: (code: number) => void): void {
  program
    .command('validate')
    .description('check plan and/or reporting workbooks; exit 0 valid, 1 invalid, 2 could not run')
    .argument(
      '[paths...]',
      'workbooks or folders; a workbook with an Indicateurs/Indicators sheet and no Valeurs/Values sheet is the plan',
    )
    .option('--plan <file>', 'plan workbook (cadre logique) to check the data against')
    .option('--format <format>', `output: ${VALIDATE_FORMATS.join(', ')}`, 'text')
    .option('--strict', 'warnings make the inputs invalid too')
    .option('--max-warnings <n>', 'invalid when there are more warnings than this')
    .option('--lang <fr|en>', 'language of the messages', 'fr')
    .option(
      '--max-file-size <MB>',
      'largest workbook accepted, in megabytes',
      String(DEFAULT_LIMITS.maxBytes / MB),
    )
    .option(
      '--max-uncompressed-size <MB>',
      'largest workbook accepted once uncompressed, in megabytes',
      String(DEFAULT_LIMITS.maxUncompressedBytes / MB),
    )
    .option('--max-rows <n>', 'most rows read in one sheet', String(DEFAULT_LIMITS.maxRows))
    .option('-q, --quiet', 'print errors only (text and github formats)')
    .option('--no-color', 'no colours in messages')
    .option('--debug', 'print stack traces of internal errors')
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      run(await validateCommand({ ...raw, paths }));
    });
}

export async function validateCommand(raw: Record<string, unknown>): Promise<number> {
  // Results go to stdout: colour only when that is a terminal (makeContext looks at stderr).
  const color = raw.color !== false && Boolean(process.stdout.isTTY);
  const ctx = makeContext({ color, quiet: raw.quiet as boolean });
  try {
    const parsed = ValidateOptions.safeParse(raw);
    if (!parsed.success)
      throw new PonamError('usage', optionProblem(parsed.error), 'see ponam validate --help');
    const opts = parsed.data;
    const limits: FileLimits = {
      maxBytes: Math.round(opts.maxFileSize * MB),
      maxUncompressedBytes: Math.round(opts.maxUncompressedSize * MB),
      maxRows: opts.maxRows,
    };
    const { plan, data } = await sortInputs(opts);
    const stopProgress = startProgressBar(ctx, opts.format === 'text');
    const loaded = await loadInputs(plan, data, opts.lang, limits).finally(stopProgress);
    const result = summarise(plan, data, loaded.issues, loaded.unreadable, opts);
    const code = exitCode(result, opts);
    print(result, code === EXIT.ok, opts, ctx, plan === null && data.length > 0);
    return code;
  } catch (error) {
    return handleError(error, ctx, Boolean(raw.debug));
  }
}

/**
 * Splits the inputs into the plan and the reporting workbooks. `--plan` names the plan; without
 * it, a workbook given on the command line (or found in a folder) whose sheets include
 * `Indicateurs`/`Indicators` and no `Valeurs`/`Values` is taken as the plan.
 */
async function sortInputs(opts: ValidateOptions): Promise<{ plan: InputFile | null; data: InputFile[] }> {
  if (!opts.plan && opts.paths.length === 0) {
    throw new PonamError('usage', 'no workbook given', 'ponam validate [--plan plan.xlsx] FILE|DIR...');
  }
  for (const p of opts.paths) {
    const isDir = await stat(p).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isDir && (await expandInputs([p])).length === 0) {
      throw new PonamError('usage', `no workbook (.xlsx) in the folder ${displayPath(p)}`);
    }
  }
  const seen = new Set<string>();
  const unique = (files: InputFile[]) =>
    files.filter((f) => {
      const key = resolve(f.path);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const planGiven = opts.plan ? unique(await expandInputs([opts.plan])) : [];
  if (planGiven.length > 1) throw new PonamError('usage', '--plan takes one workbook, not a folder');
  const rest = unique(await expandInputs(opts.paths));
  if (planGiven.length === 1) return { plan: planGiven[0], data: rest };
  const plans: InputFile[] = [];
  const data: InputFile[] = [];
  for (const f of rest) {
    const roles = await sheetRoles(f.path);
    if (roles?.has('indicators') && !roles.has('values')) plans.push(f);
    else data.push(f);
  }
  if (plans.length > 1) {
    throw new PonamError(
      'usage',
      `more than one plan workbook given: ${plans.map((p) => p.display).join(', ')}`,
      'validate one plan at a time, or name it with --plan',
    );
  }
  return { plan: plans[0] ?? null, data };
}

function summarise(
  plan: InputFile | null,
  data: readonly InputFile[],
  issues: Issue[],
  unreadable: ReadonlySet<string>,
  opts: ValidateOptions,
): ValidationResult {
  const entries: { path: string; role: 'plan' | 'data' }[] = [
    ...(plan ? [{ path: plan.display, role: 'plan' as const }] : []),
    ...data.map((d) => ({ path: d.display, role: 'data' as const })),
  ];
  for (const i of issues) {
    if (!entries.some((e) => e.path === i.file)) entries.push({ path: i.file, role: 'data' });
  }
  const files: FileResult[] = entries.map(({ path, role }) => {
    const own = issues.filter((i) => i.file === path);
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
  return { lang: opts.lang, files, issues, strict: opts.strict };
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

function print(
  result: ValidationResult,
  valid: boolean,
  opts: ValidateOptions,
  ctx: CliContext,
  noPlan: boolean,
): void {
  switch (opts.format) {
    case 'json':
      ctx.stdout(formatJson(result, valid));
      return;
    case 'junit':
      ctx.stdout(formatJunit(result));
      return;
    case 'github': {
      const shown = opts.quiet
        ? { ...result, issues: result.issues.filter((i) => i.severity === 'error') }
        : result;
      const annotations = formatGithub(shown);
      if (annotations) ctx.stdout(annotations);
      // GitHub shows only the first annotations of a step: the full list follows in the log.
      printText(shown, opts, ctx, noPlan);
      return;
    }
    default:
      printText(result, opts, ctx, noPlan);
  }
}

function printText(result: ValidationResult, opts: ValidateOptions, ctx: CliContext, noPlan: boolean): void {
  const shown = opts.quiet ? result.issues.filter((i) => i.severity === 'error') : result.issues;
  const listing = formatIssuesText(shown, result.lang, ctx.color, !opts.quiet);
  if (listing) ctx.stdout(`${listing}\n`);
  if (opts.quiet) return;
  if (noPlan) {
    ctx.stdout(
      result.lang === 'fr'
        ? 'Aucun plan donné : codes, entités et périodes non vérifiés par rapport au plan (ajoutez --plan plan.xlsx).'
        : 'No plan given: codes, entities and periods not checked against a plan (add --plan plan.xlsx).',
    );
  }
  ctx.stdout(summaryLine(result.issues, result.files.length, result.lang, ctx.color));
}

import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { UsageError } from '../model/errors.js';
import { EXIT } from '../model/exit.js';
import { type Issue, issue, SKIP_CODES } from '../model/issues.js';
import { type AliasInput, vocabularyWith } from '../workbook/aliases.js';
import { type FileLimits, UNREADABLE } from '../workbook/open.js';
import { releaseFiles } from '../workbook/small-file.js';
import type { SheetRole } from '../workbook/vocabulary.js';
import { type InputFile, realKey, sheetNamesOf } from './inputs.js';
import { type ConfiguredEntities, loadInputs, type ProgressListener } from './load.js';
import { dataInputs, planFile } from './paths.js';
import { ANALYSIS_FILES, loadAnalysis, loadReviewInputs } from './review-inputs.js';

/** What `validate` found, as every reporter receives it: one entry per input file, then the issues. */
export interface ValidationResult {
  lang: Lang;
  files: FileResult[];
  issues: Issue[];
  /** Warnings count as failures (`--strict`). */
  strict: boolean;
  /** `--max-warnings N`, when given. */
  maxWarnings?: number;
  /**
   * The warnings fail the run: `--strict` and at least one, or more than `--max-warnings`. Every
   * reporter reads this one flag, so that a JUnit case, a JSON `valid` and a GitHub annotation
   * agree with the exit code.
   */
  warningsFail: boolean;
  /** Data checked without a plan: codes, entities and periods were not checked against one. */
  noPlan: boolean;
  /** The configuration's plan, shown, when the data named on the command line were checked against it. */
  configuredPlan: string | null;
}

export interface FileResult {
  path: string;
  /** `analysis`: an analyse.md; `recommendations`: a workbook of recommendations (docs/review.md). */
  role: 'plan' | 'data' | 'analysis' | 'recommendations';
  valid: boolean;
  /** The file could not be read as a workbook at all. */
  unreadable: boolean;
  /** The file was not read, on purpose: a lock file, a file of another kind, a plan among the data… */
  skipped: boolean;
  errors: number;
  warnings: number;
  infos: number;
}

export function countBySeverity(issues: readonly Issue[]): {
  errors: number;
  warnings: number;
  infos: number;
} {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const i of issues) {
    if (i.severity === 'error') errors++;
    else if (i.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** What `ponam validate` checks: a plan and/or reporting workbooks, with the limits of a run. */
export interface ValidationRequest {
  /** `--plan` on the command line, or the configuration's plan when no workbook is named. */
  plan?: string;
  /**
   * The configuration's plan when workbooks are named on the command line: used only when none
   * of them is a plan (they are then checked against it).
   */
  configuredPlan?: string;
  paths: string[];
  lang: Lang;
  limits: FileLimits;
  strict: boolean;
  maxWarnings?: number;
  aliases?: AliasInput;
  progress?: ProgressListener;
  /** The reporting entities and their aliases, from a project configuration (`entities`). */
  entities?: ConfiguredEntities;
}

/** Reads and checks every workbook (never stopping at the first problem); returns what was found. */
export async function runValidation(req: ValidationRequest): Promise<ValidationResult> {
  try {
    return await validate(req);
  } finally {
    releaseFiles();
  }
}

async function validate(req: ValidationRequest): Promise<ValidationResult> {
  const vocab = vocabularyWith(req.aliases);
  const { plan, data: given, configured } = await sortInputs(req, vocab.sheetRole);
  // Markdown files named on the command line, and an analyse.md (analysis.md) found in a folder,
  // are analyses: checked against the plan's axes, not read as workbooks. Any other Markdown file
  // of a folder (its README.md) is a file not read, with its notice; a lock, hidden or system file
  // stays one whatever its extension.
  const named = new Set(await Promise.all(req.paths.map((p) => realKey(p))));
  const analysisKeys = new Set<string>();
  for (const f of given) {
    if (!ANALYSIS_EXTENSION.test(f.path) || (f.skip && f.skip.reason !== 'not-a-workbook')) continue;
    const isNamed = named.has(await realKey(f.path));
    if (isNamed || (ANALYSIS_FILES as readonly string[]).includes(basename(f.path).toLowerCase()))
      analysisKeys.add(f.path);
  }
  const isAnalysis = (f: InputFile) => analysisKeys.has(f.path);
  const analyses = given.filter(isAnalysis);
  const data = given.filter((f) => !isAnalysis(f));
  const loaded = await loadInputs(plan, data, req.lang, req.limits, req.aliases, req.progress, req.entities);
  const review = await loadReviewInputs({
    sources: { analysisFolder: null },
    plan: loaded.plan,
    planFile: plan,
    fromData: loaded.recommendationFiles,
    lang: req.lang,
    vocab,
    limits: req.limits,
  });
  const issues = [...loaded.issues, ...review.issues];
  for (const u of review.unreadable) loaded.unreadable.add(u);
  for (const file of analyses) {
    // A missing analysis is reported like a missing workbook: by its file, and validate exits 2.
    if (!existsSync(file.path) || !statSync(file.path).isFile()) {
      issues.push(issue('file-not-found', 'error', { file: file.display }));
      loaded.unreadable.add(file.display);
      continue;
    }
    issues.push(...(await loadAnalysis(file, loaded.plan, req.lang)).issues);
  }
  const roles = new Map<string, FileResult['role']>([
    ...analyses.map((f) => [f.display, 'analysis'] as const),
    ...loaded.recommendationFiles.map((f) => [f.display, 'recommendations'] as const),
  ]);
  return {
    ...summarise(plan, [...data, ...analyses], issues, loaded.unreadable, req, roles),
    configuredPlan: configured && plan ? plan.display : null,
  };
}

/** An analysis given to `validate` (`ponam validate --plan plan.xlsx analyse.md`). */
const ANALYSIS_EXTENSION = /\.(?:md|markdown)$/i;

/**
 * Splits the inputs into the plan and the reporting workbooks (README, `ponam validate`):
 *   1. `--plan` names the plan; every other workbook is data.
 *   2. Without it, each workbook named (or found in a folder named) is classified by its
 *      content: sheets `Indicateurs`/`Indicators` and no `Valeurs`/`Values` make a plan, which is
 *      validated as a plan. When none is a plan, the configuration's plan (`configuredPlan`),
 *      if any, is the one the data are checked against — never in place of a plan named.
 *   3. Nothing named: the configuration's plan and data, as `--plan` and paths (the caller).
 * A file reached twice (the plan inside a data folder, a folder and a file in it) is read once.
 */
async function sortInputs(
  opts: Pick<ValidationRequest, 'plan' | 'configuredPlan' | 'paths' | 'lang'>,
  roleOf: (name: string) => SheetRole | undefined,
): Promise<{ plan: InputFile | null; data: InputFile[]; configured: boolean }> {
  if (!opts.plan && opts.paths.length === 0) throw new UsageError({ code: 'no-workbook' });
  const planGiven = opts.plan ? [await planFile(opts.plan)] : [];
  const planKey = planGiven[0] ? await realKey(planGiven[0].path) : null;
  const rest: InputFile[] = [];
  const { files, skipped } = await dataInputs(opts.paths);
  for (const f of files) if ((await realKey(f.path)) !== planKey) rest.push(f);
  // Files not read (a lock file, a PDF…) are listed with their notice, after the workbooks.
  if (planGiven.length === 1) return { plan: planGiven[0], data: [...rest, ...skipped], configured: false };
  const plans: InputFile[] = [];
  const data: InputFile[] = [];
  for (const f of [...rest, ...skipped]) {
    // The sheet names are kept on the file: its reading does not look at them again.
    const names = f.skip ? null : await sheetNamesOf(f);
    const roles = new Set(names?.map(roleOf));
    if (roles.has('indicators') && !roles.has('values')) plans.push(f);
    else data.push(f);
  }
  if (plans.length > 1) throw new UsageError({ code: 'more-plans', paths: plans.map((p) => p.display) });
  if (plans.length === 0 && opts.configuredPlan) {
    const configured = await planFile(opts.configuredPlan);
    const key = await realKey(configured.path);
    const others: InputFile[] = [];
    for (const f of data) if ((await realKey(f.path)) !== key) others.push(f);
    return { plan: configured, data: others, configured: true };
  }
  return { plan: plans[0] ?? null, data, configured: false };
}

function summarise(
  plan: InputFile | null,
  data: readonly InputFile[],
  issues: Issue[],
  unreadable: ReadonlySet<string>,
  opts: Pick<ValidationRequest, 'strict' | 'lang' | 'maxWarnings'>,
  roles: ReadonlyMap<string, FileResult['role']> = new Map(),
): ValidationResult {
  const warningsFail = warningsFailRun(issues, opts.strict, opts.maxWarnings);
  const entries: { path: string; role: FileResult['role'] }[] = [
    ...(plan ? [{ path: plan.display, role: 'plan' as const }] : []),
    ...data.map((d) => ({ path: d.display, role: roles.get(d.display) ?? ('data' as const) })),
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
      valid: !isUnreadable && counts.errors === 0 && !(warningsFail && counts.warnings > 0),
      unreadable: isUnreadable,
      skipped: own.some((i) => SKIP_CODES.has(i.code)),
      ...counts,
    };
  });
  return {
    configuredPlan: null,
    lang: opts.lang,
    files,
    issues,
    strict: opts.strict,
    ...(opts.maxWarnings !== undefined ? { maxWarnings: opts.maxWarnings } : {}),
    warningsFail,
    noPlan: plan === null && data.length > 0,
  };
}

function warningsFailRun(
  issues: readonly Issue[],
  strict: boolean,
  maxWarnings: number | undefined,
): boolean {
  const { warnings } = countBySeverity(issues);
  return (strict && warnings > 0) || (maxWarnings !== undefined && warnings > maxWarnings);
}

/** 2 when any input could not be read at all, else 1 when the inputs have problems, else 0. */
export function validationExitCode(result: ValidationResult): number {
  if (result.files.some((f) => f.unreadable)) return EXIT.failure;
  if (countBySeverity(result.issues).errors > 0 || result.warningsFail) return EXIT.invalid;
  return EXIT.ok;
}

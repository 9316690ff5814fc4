import { existsSync, statSync } from 'node:fs';
import { escapeText } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { EXIT } from '../model/exit.js';
import { type Issue, issue } from '../model/issues.js';
import { type AliasInput, vocabularyWith } from '../workbook/aliases.js';
import { type FileLimits, UNREADABLE } from '../workbook/open.js';
import { sheetRoles } from '../workbook/sheet-names.js';
import type { SheetRole } from '../workbook/vocabulary.js';
import { type InputFile, realKey } from './inputs.js';
import { loadInputs, type ProgressListener } from './load.js';
import { dataFiles, planFile } from './paths.js';
import { loadAnalysis, loadReviewInputs } from './review-inputs.js';

/** What `validate` found, as every reporter receives it: one entry per input file, then the issues. */
export interface ValidationResult {
  lang: Lang;
  files: FileResult[];
  issues: Issue[];
  /** Warnings count as failures (`--strict`). */
  strict: boolean;
  /** Data checked without a plan: codes, entities and periods were not checked against one. */
  noPlan: boolean;
}

export interface FileResult {
  path: string;
  /** `analysis`: an analyse.md; `recommendations`: a workbook of recommendations (docs/review.md). */
  role: 'plan' | 'data' | 'analysis' | 'recommendations';
  valid: boolean;
  /** The file could not be read as a workbook at all. */
  unreadable: boolean;
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
  plan?: string;
  paths: string[];
  lang: Lang;
  limits: FileLimits;
  strict: boolean;
  aliases?: AliasInput;
  progress?: ProgressListener;
}

/** Reads and checks every workbook (never stopping at the first problem); returns what was found. */
export async function runValidation(req: ValidationRequest): Promise<ValidationResult> {
  const vocab = vocabularyWith(req.aliases);
  const { plan, data: given } = await sortInputs(req, vocab.sheetRole);
  // Markdown files are analyses (analyse.md): checked against the plan's axes, not read as workbooks.
  const analyses = given.filter((f) => ANALYSIS_EXTENSION.test(f.path));
  const data = given.filter((f) => !ANALYSIS_EXTENSION.test(f.path));
  const loaded = await loadInputs(plan, data, req.lang, req.limits, req.aliases, req.progress);
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
  return summarise(plan, [...data, ...analyses], issues, loaded.unreadable, req, roles);
}

/** An analysis given to `validate` (`ponam validate --plan plan.xlsx analyse.md`). */
const ANALYSIS_EXTENSION = /\.(?:md|markdown)$/i;

/**
 * Splits the inputs into the plan and the reporting workbooks. `--plan` names the plan; without
 * it, a workbook given on the command line (or found in a folder) whose sheets include
 * `Indicateurs`/`Indicators` and no `Valeurs`/`Values` is taken as the plan. A file reached
 * twice (the plan inside a data folder, a folder and a file in it) is read once.
 */
async function sortInputs(
  opts: Pick<ValidationRequest, 'plan' | 'paths' | 'lang'>,
  roleOf: (name: string) => SheetRole | undefined,
): Promise<{ plan: InputFile | null; data: InputFile[] }> {
  const t = catalogue(opts.lang).cli.errors;
  if (!opts.plan && opts.paths.length === 0) throw new PonamError('usage', t.noWorkbook, t.noWorkbookHint);
  const planGiven = opts.plan ? [await planFile(opts.plan, opts.lang)] : [];
  const planKey = planGiven[0] ? await realKey(planGiven[0].path) : null;
  const rest: InputFile[] = [];
  for (const f of await dataFiles(opts.paths, opts.lang))
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
  opts: Pick<ValidationRequest, 'strict' | 'lang'>,
  roles: ReadonlyMap<string, FileResult['role']> = new Map(),
): ValidationResult {
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
      valid: !isUnreadable && counts.errors === 0 && !(opts.strict && counts.warnings > 0),
      unreadable: isUnreadable,
      ...counts,
    };
  });
  return { lang: opts.lang, files, issues, strict: opts.strict, noPlan: plan === null && data.length > 0 };
}

/** 2 when any input could not be read at all, else 1 when the inputs have problems, else 0. */
export function validationExitCode(result: ValidationResult, maxWarnings?: number): number {
  if (result.files.some((f) => f.unreadable)) return EXIT.failure;
  const { errors, warnings } = countBySeverity(result.issues);
  if (errors > 0) return EXIT.invalid;
  if (result.strict && warnings > 0) return EXIT.invalid;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.invalid;
  return EXIT.ok;
}

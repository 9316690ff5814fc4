import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ponamAsync, REPO, type Run } from './cli.js';
import { reportInProcess, validateInProcess } from './in-process.js';

/**
 * Runs ponam on the workbooks of tests/fixtures-quarterly (written by openpyxl and by
 * LibreOffice: scripts/fixtures/quarterly/make_quarterly.py): `report` and `validate` through the
 * built binary (the CLI contract: exit codes, stderr), `computed` and `checked` in-process (the
 * figures and issues: tests/helpers/in-process.ts). Binary runs are asynchronous, two at a time
 * (tests/helpers/cli.ts `ponamAsync`), so that a file's runs can be started together in `beforeAll`.
 */
export const QUARTERLY = join(REPO, 'tests', 'fixtures-quarterly');
export const WRITERS = ['openpyxl', 'libreoffice'] as const;
export type Writer = (typeof WRITERS)[number];

export function scenario(name: string, writer: Writer): string {
  return join(QUARTERLY, name, writer);
}

const scratches: string[] = [];

/** A temporary folder, removed by `removeScratch` (call it in `afterAll`). */
export function scratch(prefix = 'ponam-q-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratches.push(dir);
  return dir;
}

export function removeScratch(): void {
  for (const dir of scratches.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export type { Run };

/** The parts of report.json these tests read (docs/json-contract.md, schemaVersion "2"). */
export interface Previous {
  period: string;
  rate: number | null;
  status: string;
}
export interface IndicatorJson {
  code: string;
  axis: string;
  result: string | null;
  actual: number | null;
  target: number | null;
  targetBasis: string;
  targetSource: string | null;
  targetPeriod: string | null;
  elapsedShare: number | null;
  targetFrom: number | null;
  targetYear: number | null;
  finalTarget: number | null;
  rate: number | null;
  rateYear: number | null;
  rateFinal: number | null;
  status: string;
  reason: string | null;
  previous: (Previous & { actual: number | null; target: number | null }) | null;
  entities: { entity: string; value: number; valueCount: number }[];
  breakdowns: {
    dimension: string;
    parts: { value: string; actual: number | null }[];
    unallocated?: number | null;
    unallocatedEntities?: string[];
  }[];
  comments: { entity: string; period: string; text: string }[];
  trend: { period: string; actual: number | null; target: number | null }[];
  trace: { file: string; sheet: string; entity: string; period: string; cells: string[]; values: number[] }[];
}
export interface RollupJson {
  code: string;
  rate: number | null;
  status: string;
  previous: Previous | null;
  execution?: ExecutionJson | null;
}
export interface ExecutionJson {
  planned: number;
  done: number;
  physicalRate: number | null;
  budget: number | null;
  disbursed: number | null;
  financialRate: number | null;
}
export interface IssueJson {
  code: string;
  severity: 'error' | 'warning' | 'info';
  file: string;
  sheet: string | null;
  cell: string | null;
  value: string | null;
  message: string;
}
export interface ReportJson {
  schemaVersion: string;
  period: string;
  settings: { targetBasis: string };
  plan: RollupJson & { code: string };
  axes: RollupJson[];
  results: RollupJson[];
  indicators: IndicatorJson[];
  activities: { code: string; axis: string | null; result: string | null; budget: number | null }[];
  changes: {
    against: string;
    period: string | null;
    file: string | null;
    statusChanges: { level: string; code: string; from: string; to: string }[];
    revisions: { indicator: string; period: string; before: number | null; after: number | null }[];
  };
  quality: { issues: IssueJson[] };
  sources: { path: string; role: string }[];
}

export { ponamAsync };

export interface ReportRun extends Run {
  out: string;
  /** report.json, when the run wrote one. */
  model: ReportJson | null;
}

/**
 * `ponam report ARGS --format json --out OUT` run in `cwd`; OUT (relative to `cwd`) is a fresh
 * temporary folder unless given. A `--format` in ARGS wins over `json`.
 */
export async function report(cwd: string, args: string[], out = scratch()): Promise<ReportRun> {
  const run = await ponamAsync(['report', '--format', 'json', '--out', out, ...args], { cwd });
  let model: ReportJson | null = null;
  try {
    model = JSON.parse(readFileSync(join(resolve(cwd, out), 'report.json'), 'utf8')) as ReportJson;
  } catch {
    model = null;
  }
  return { ...run, out, model };
}

export interface ValidateRun extends Run {
  issues: IssueJson[];
}

/** `ponam validate ARGS --format json` run in `cwd`. */
export async function validate(cwd: string, args: string[]): Promise<ValidateRun> {
  const run = await ponamAsync(['validate', ...args, '--format', 'json'], { cwd });
  const parsed = run.stdout.trim() ? (JSON.parse(run.stdout) as { issues: IssueJson[] }) : { issues: [] };
  return { ...run, issues: parsed.issues };
}

/** What two runs must agree on about an issue: its code, severity and place. */
export function issueKeys(issues: readonly Omit<IssueJson, 'message' | 'value'>[]): string[] {
  return issues.map((i) => [i.severity, i.code, i.file, i.sheet ?? '', i.cell ?? ''].join(' | ')).sort();
}

const SEVERITY: Record<string, IssueJson['severity']> = {
  erreur: 'error',
  error: 'error',
  avertissement: 'warning',
  warning: 'warning',
  info: 'info',
};

/**
 * The issues a failed `report` printed on stderr (text format: a file line, then one line per
 * issue: `  Sheet › Cell  severity  message  code`), as `issueKeys` gives them.
 */
export function stderrIssueKeys(stderr: string): string[] {
  const keys: string[] = [];
  let file = '';
  for (const line of stderr.split('\n')) {
    if (!line.trim()) continue;
    if (!line.startsWith('  ')) {
      file = line.trim();
      continue;
    }
    const parts = line.trim().split(/ {2,}/);
    const code = parts[parts.length - 1];
    const hasPlace = !(parts[0] in SEVERITY);
    const [sheet, cell] = hasPlace ? parts[0].split(' › ') : ['', ''];
    const severity = SEVERITY[hasPlace ? parts[1] : parts[0]];
    if (!severity) continue;
    keys.push([severity, code, file, sheet ?? '', cell ?? ''].join(' | '));
  }
  return keys.sort();
}

/**
 * The issues of a `report` run and of a `validate` run on the same inputs, keyed alike: from the
 * report's JSON when it ran, else from its stderr, which lists errors and warnings, not notices.
 */
export function issuesOfBoth(r: ReportRun, v: ValidateRun): { report: string[]; validate: string[] } {
  const ran = r.code === 0 && r.model !== null;
  return {
    report: ran ? issueKeys((r.model as ReportJson).quality.issues) : stderrIssueKeys(r.stderr),
    validate: issueKeys(ran ? v.issues : v.issues.filter((i) => i.severity !== 'info')),
  };
}

export function byCode<T extends { code: string }>(items: readonly T[], code: string): T {
  const found = items.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code} among ${items.map((i) => i.code).join(', ')}`);
  return found;
}

/** A report computed in-process: the exit code the binary would give, and report.json when written. */
export interface Computed {
  code: number;
  out: string;
  model: ReportJson | null;
  /** The usage error that stopped it, if any (the binary prints it and exits 2). */
  problem: string;
}

/**
 * `ponam report ARGS` in-process (tests/helpers/in-process.ts), as `report` runs the binary:
 * report.json written to OUT (a fresh temporary folder unless given) and read back.
 */
export async function computed(cwd: string, args: string[], out = scratch()): Promise<Computed> {
  const r = await reportInProcess(cwd, args, out);
  return { code: r.code, out: r.out, model: r.model as ReportJson | null, problem: r.error?.message ?? '' };
}

/** `ponam validate ARGS --format json` in-process: its exit code and issues. */
export async function checked(cwd: string, args: string[]): Promise<{ code: number; issues: IssueJson[] }> {
  const r = await validateInProcess(cwd, args);
  return { code: r.code, issues: r.json.issues as IssueJson[] };
}

/** The model of a run that must have succeeded (exit 0 and a report.json). */
export function modelOf(run: ReportRun | Computed): ReportJson {
  if (run.code !== 0 || !run.model)
    throw new Error(`report failed (exit ${run.code}):\n${'stderr' in run ? run.stderr : run.problem}`);
  return run.model;
}

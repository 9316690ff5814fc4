import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkActivities, checkValues } from '../compute/checks.js';
import {
  EntityDirectory,
  type EntityMention,
  entityIssues,
  resolvePlanEntities,
  withConfiguredEntities,
} from '../compute/entities.js';
import { type Superseded, supersededSubmissions } from '../compute/resubmissions.js';
import { type Issue, issue } from '../model/issues.js';
import type { ActivityReport, Plan, Submission } from '../model/plan.js';
import { type ExportedValues, ValueStore } from '../model/value-store.js';
import { type AliasInput, type Vocabulary, vocabularyWith } from '../workbook/aliases.js';
import { type DataSink, readData } from '../workbook/data-reader.js';
import { DEFAULT_LIMITS, type FileLimits, UNREADABLE } from '../workbook/open.js';
import { readPlan } from '../workbook/plan-reader.js';
import { dataWorkbookKind } from '../workbook/sheet-names.js';
import { releaseFile } from '../workbook/small-file.js';
import { hashOf, type InputFile, sheetNamesOf } from './inputs.js';
import type { ReadTask } from './read-worker.js';

/**
 * How far reading has gone, for the progress bar of long runs (src/cli/progress-bar.ts): which
 * file, then how much of its current worksheet. Passed in by the command that shows it.
 */
export interface ProgressListener {
  file(index: number, count: number, name: string): void;
  /** Bytes of worksheet XML read so far, out of its uncompressed size. */
  sheet(read: number, size: number): void;
}

export interface Loaded {
  /** The plan, its `Responsables` written with the names of its entity list (aliases resolved). */
  plan: Plan | null;
  data: DataSink;
  issues: Issue[];
  /** Files that could not be opened as workbooks at all. */
  unreadable: Set<string>;
  /** Reports replaced by a later submission of the same entity and period, with what replaced them. */
  superseded: Superseded[];
  /**
   * Submission dates for timeliness: one per file, entity and period it holds values or
   * activities for (and its `Rapport` period), superseded files included — a report on time stays
   * on time when a correction is sent later (docs/quality.md).
   */
  dated: Submission[];
  /** Recommendations workbooks found among the data: read by src/core/review-inputs.ts, not as reports. */
  recommendationFiles: InputFile[];
}

/** `hash`: each input's SHA-256 is computed while its bytes are read (`InputFile.sha256`), for the report's sources. */
export interface LoadOptions {
  hash?: boolean;
}

/** The entities of a project configuration: name → the other names it is written under. */
export type ConfiguredEntities = Readonly<Record<string, readonly string[]>>;

/**
 * Reads the plan and every data workbook, collecting all issues (reading never stops at the
 * first problem), then checks the values against the plan and against each other.
 */
export async function loadInputs(
  plan: InputFile | null,
  data: readonly InputFile[],
  lang: 'fr' | 'en',
  limits: FileLimits = DEFAULT_LIMITS,
  aliases?: AliasInput,
  progress?: ProgressListener,
  entities?: ConfiguredEntities,
  options: LoadOptions = {},
): Promise<Loaded> {
  const vocab = vocabularyWith(aliases);
  const setup = { limits, vocab, onProgress: progress?.sheet };
  const issues: Issue[] = [];
  const unreadable = new Set<string>();
  const sink: DataSink = { values: new ValueStore(), activities: [], submissions: [] };
  let parsedPlan: Plan | null = null;
  if (plan) {
    const before = issues.length;
    parsedPlan = await readPlan(plan.path, plan.display, lang, issues, setup);
    if (!parsedPlan && issues.slice(before).some((i) => UNREADABLE.has(i.code))) unreadable.add(plan.display);
    // While its bytes are at hand: its fingerprint, and its sheets (a Recommandations sheet, review-inputs.ts).
    else await rememberWhileOpen(plan, options);
  }
  const { read, skipped, recommendations } = await setAsideNonReports(data, vocab, options);
  for (const found of skipped) issues.push(found);
  const parts = shares(read);
  // The main thread reads the first share while worker threads read the others; results are
  // merged in file order, so the values and issues are exactly those of a sequential read.
  const others = parts
    .slice(1)
    .map((files) => readInWorker({ files, plan: parsedPlan, lang, limits, aliases }));
  const first = parts[0] ?? [];
  for (const [index, file] of first.entries()) {
    progress?.file(index, first.length, file.display);
    if (!(await readData(file.path, file.display, parsedPlan, lang, issues, sink, setup)))
      unreadable.add(file.display);
    releaseFile(file.path);
  }
  for (const result of await Promise.all(others)) {
    sink.values.append(result.values);
    for (const a of result.activities) sink.activities.push(a);
    for (const s of result.submissions) sink.submissions.push(s);
    for (const i of result.issues) issues.push(i);
    for (const u of result.unreadable) unreadable.add(u);
  }
  const settled = settleData(parsedPlan, sink, entities);
  for (const found of settled.issues) issues.push(found);
  return {
    plan: settled.plan,
    data: sink,
    issues,
    unreadable,
    superseded: settled.superseded,
    dated: settled.dated,
    recommendationFiles: recommendations,
  };
}

/**
 * The rules across files, in this order, for `report`, `validate` and the templates' last values
 * alike: entity names against the plan's list (aliases read as their entity, unknown names
 * reported), then resubmissions (a later submission replaces the earlier report), then duplicates
 * and overlaps of values and of activity reports. Changes `sink` in place.
 */
export function settleData(
  plan: Plan | null,
  sink: DataSink,
  configured?: ConfiguredEntities,
): { plan: Plan | null; issues: Issue[]; superseded: Superseded[]; dated: Submission[] } {
  const issues: Issue[] = [];
  let resolved = plan;
  if (plan) {
    const listed = withConfiguredEntities(plan, configured);
    const directory = new EntityDirectory(listed.entities, [
      ...plan.indicators.flatMap((i) => i.responsible),
      ...plan.activities.flatMap((a) => a.responsible),
    ]);
    const own = resolvePlanEntities(plan, directory);
    resolved = { ...own.plan, entities: listed.entities };
    for (const found of [...listed.issues, ...own.issues]) issues.push(found);
    for (const found of entityIssues(directory, mentionsOf(sink))) issues.push(found);
    canonicalNames(sink, directory);
  }
  const dated = datedSubmissions(sink);
  const superseded = supersededSubmissions(sink.submissions);
  for (const found of applyResubmissions(sink, superseded)) issues.push(found);
  const checked = checkValues(resolved, sink.values);
  for (const found of checked.issues) issues.push(found);
  if (checked.excluded.size > 0) sink.values.retain((i) => !checked.excluded.has(sink.values.keyAt(i)));
  const activities = checkActivities(sink.activities);
  for (const found of activities.issues) issues.push(found);
  if (activities.excluded.size > 0)
    sink.activities = sink.activities.filter((a) => !activities.excluded.has(a));
  return { plan: resolved, issues, superseded, dated };
}

/**
 * Each entity name of each file, where it was first found: the `Rapport` sheet's cell when the
 * name comes from there (the cell to correct), else the first value or activity row giving it.
 */
function mentionsOf(sink: DataSink): EntityMention[] {
  const mentions: EntityMention[] = [];
  for (const s of sink.submissions)
    if (s.entity && s.entityAt) mentions.push({ file: s.file, entity: s.entity, ...s.entityAt });
  const byFile = new Map<string, Map<string, number>>();
  const store = sink.values;
  for (let i = 0; i < store.size; i++) {
    const file = store.fileAt(i);
    let entities = byFile.get(file);
    if (!entities) {
      entities = new Map();
      byFile.set(file, entities);
    }
    if (!entities.has(store.entityAt(i))) entities.set(store.entityAt(i), i);
  }
  for (const entities of byFile.values())
    for (const i of entities.values()) {
      const v = store.get(i);
      mentions.push({ file: v.file, entity: v.entity, sheet: v.sheet, cell: v.cell });
    }
  for (const a of sink.activities)
    mentions.push({ file: a.file, entity: a.entity, sheet: a.sheet, cell: a.cell });
  return mentions;
}

/** Aliases become the name of their entity in values, activity reports and submissions. */
function canonicalNames(sink: DataSink, directory: EntityDirectory): void {
  const store = sink.values;
  const renamed = new Map<string, string>();
  const rename = (name: string) => {
    let to = renamed.get(name);
    if (to === undefined) {
      to = directory.canonical(name);
      renamed.set(name, to);
    }
    return to;
  };
  for (let i = 0; i < store.size; i++) {
    const name = store.entityAt(i);
    const to = rename(name);
    if (to !== name) store.setEntity(i, to);
  }
  for (const a of sink.activities) a.entity = rename(a.entity);
  for (const s of sink.submissions) if (s.entity) s.entity = rename(s.entity);
}

/** The dates of every dated file, by entity and period it holds (see `Loaded.dated`). */
function datedSubmissions(sink: DataSink): Submission[] {
  const on = new Map<string, string>();
  for (const s of sink.submissions) if (s.submittedOn) on.set(s.file, s.submittedOn);
  if (on.size === 0) return [];
  const pairs = new Map<string, Map<string, Set<string>>>();
  const add = (file: string, entity: string | null, period: string | null) => {
    if (!entity || !period || !on.has(file)) return;
    let entities = pairs.get(file);
    if (!entities) {
      entities = new Map();
      pairs.set(file, entities);
    }
    let periods = entities.get(entity);
    if (!periods) {
      periods = new Set();
      entities.set(entity, periods);
    }
    periods.add(period);
  };
  for (const s of sink.submissions) add(s.file, s.entity, s.period);
  const store = sink.values;
  for (let i = 0; i < store.size; i++) add(store.fileAt(i), store.entityAt(i), store.periodAt(i));
  for (const a of sink.activities) add(a.file, a.entity, a.period);
  const dated: Submission[] = [];
  for (const [file, entities] of pairs)
    for (const [entity, periods] of entities)
      for (const period of periods) dated.push({ file, entity, period, submittedOn: on.get(file) as string });
  return dated;
}

/**
 * A plan or an annex of ponam's found among the data is skipped with a notice, never read as a
 * report; so is a file the expansion of the inputs already set aside (`skip`: a lock file…). Each
 * file is looked at once: its sheet names are kept on it (a file already classified, by `validate`
 * or the check of `--out`, is not looked at again), and, with `hash`, its SHA-256 is taken from
 * the same bytes (src/workbook/small-file.ts).
 */
async function setAsideNonReports(
  files: readonly InputFile[],
  vocab: Vocabulary,
  options: LoadOptions,
): Promise<{ read: InputFile[]; skipped: Issue[]; recommendations: InputFile[] }> {
  const read: InputFile[] = [];
  const skipped: Issue[] = [];
  const recommendations: InputFile[] = [];
  for (const f of files) {
    if (f.skip?.reason === 'own-output') {
      skipped.push(issue('own-output', 'info', { file: f.display }, { kind: 'report' }));
      continue;
    }
    if (f.skip) {
      const { reason, detail } = f.skip;
      skipped.push(
        issue('skipped-file', 'info', { file: f.display }, detail ? { reason, detail } : { reason }),
      );
      continue;
    }
    const names = await sheetNamesOf(f);
    await rememberWhileOpen(f, options);
    const kind = names ? dataWorkbookKind(names, vocab.sheetRole) : 'data';
    if (kind === 'data') read.push(f);
    else if (kind === 'recommendations') recommendations.push(f);
    else {
      skipped.push(issue(kind === 'plan' ? 'plan-in-data' : 'own-output', 'info', { file: f.display }));
      // ponam's annex may sit in --out: the writing looks at it again (src/core/earlier-outputs.ts).
      if (kind === 'plan') releaseFile(f.path);
    }
  }
  return { read, skipped, recommendations };
}

/** What is kept of a file while its bytes are at hand: its sheet names and, if asked, its SHA-256. */
async function rememberWhileOpen(f: InputFile, options: LoadOptions): Promise<void> {
  await sheetNamesOf(f);
  // A file that vanished or cannot be read is reported by its reading; its fingerprint is not needed.
  if (options.hash) await hashOf(f).catch(() => undefined);
}

/** Later submissions replace earlier ones of the same entity and period: their values and activities go. */
function applyResubmissions(sink: DataSink, superseded: readonly Superseded[]): Issue[] {
  if (superseded.length === 0) return [];
  const gone = new Set(superseded.map((s) => s.file));
  sink.values.retain((i) => !gone.has(sink.values.fileAt(i)));
  sink.activities = sink.activities.filter((a) => !gone.has(a.file));
  sink.submissions = sink.submissions.filter((s) => !gone.has(s.file));
  return superseded.map((s) =>
    issue(
      'resubmission',
      'info',
      { file: s.file },
      { by: s.by, entity: s.entity, period: s.period, earlier: s.earlier, later: s.later },
    ),
  );
}

const WORKER = new URL('./read-worker.js', import.meta.url);

/**
 * Contiguous shares of the files, one per thread. Reading is sequential unless
 * PONAM_READ_THREADS asks for more threads: on the 2-core machines measured, worker threads did
 * not pay (500 small workbooks: 2.9 s with two threads against 3.0 s with one, 45 MB more memory;
 * measured on 2026-11-29, when each worker first spent about 0.4 s loading exceljs, since left off
 * the reading path, and not measured again). Workers run the built JavaScript, so from the
 * TypeScript sources (tests) reading always stays sequential.
 */
function shares(files: readonly InputFile[]): InputFile[][] {
  const asked = Math.floor(Number(process.env.PONAM_READ_THREADS));
  const threads = asked > 1 && existsSync(fileURLToPath(WORKER)) ? Math.min(asked, files.length) : 1;
  if (threads <= 1) return [files.slice()];
  const size = Math.ceil(files.length / threads);
  return Array.from({ length: threads }, (_, k) => files.slice(k * size, (k + 1) * size)).filter(
    (share) => share.length > 0,
  );
}

interface WorkerResult {
  values: ExportedValues;
  activities: ActivityReport[];
  submissions: Submission[];
  issues: Issue[];
  unreadable: string[];
}

function readInWorker(task: ReadTask): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: task });
    worker.once('message', (result: WorkerResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a reading thread stopped (exit code ${code})`));
    });
  });
}

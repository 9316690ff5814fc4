import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { checkValues } from '../compute/checks.js';
import { supersededSubmissions } from '../compute/resubmissions.js';
import { type Issue, issue } from '../model/issues.js';
import type { ActivityReport, Plan, Submission } from '../model/plan.js';
import { type ExportedValues, ValueStore } from '../model/value-store.js';
import { type AliasInput, type Vocabulary, vocabularyWith } from '../workbook/aliases.js';
import { type DataSink, readData } from '../workbook/data-reader.js';
import { DEFAULT_LIMITS, type FileLimits, UNREADABLE } from '../workbook/open.js';
import { readPlan } from '../workbook/plan-reader.js';
import { dataWorkbookKind, sheetNames } from '../workbook/sheet-names.js';
import type { InputFile } from './inputs.js';
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
  plan: Plan | null;
  data: DataSink;
  issues: Issue[];
  /** Files that could not be opened as workbooks at all. */
  unreadable: Set<string>;
  /** Recommendations workbooks found among the data: read by src/core/review-inputs.ts, not as reports. */
  recommendationFiles: InputFile[];
}

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
  }
  const { read, skipped, recommendations } = await setAsideNonReports(data, vocab);
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
  }
  for (const result of await Promise.all(others)) {
    sink.values.append(result.values);
    for (const a of result.activities) sink.activities.push(a);
    for (const s of result.submissions) sink.submissions.push(s);
    for (const i of result.issues) issues.push(i);
    for (const u of result.unreadable) unreadable.add(u);
  }
  for (const found of applyResubmissions(sink)) issues.push(found);
  const checked = checkValues(parsedPlan, sink.values);
  for (const found of checked.issues) issues.push(found);
  if (checked.excluded.size > 0) sink.values.retain((i) => !checked.excluded.has(sink.values.keyAt(i)));
  return { plan: parsedPlan, data: sink, issues, unreadable, recommendationFiles: recommendations };
}

/** A plan or an annex of ponam's found among the data is skipped with a notice, never read as a report. */
async function setAsideNonReports(
  files: readonly InputFile[],
  vocab: Vocabulary,
): Promise<{ read: InputFile[]; skipped: Issue[]; recommendations: InputFile[] }> {
  const read: InputFile[] = [];
  const skipped: Issue[] = [];
  const recommendations: InputFile[] = [];
  for (const f of files) {
    const names = await sheetNames(f.path);
    const kind = names ? dataWorkbookKind(names, vocab.sheetRole) : 'data';
    if (kind === 'data') read.push(f);
    else if (kind === 'recommendations') recommendations.push(f);
    else skipped.push(issue(kind === 'plan' ? 'plan-in-data' : 'own-output', 'info', { file: f.display }));
  }
  return { read, skipped, recommendations };
}

/** Later submissions replace earlier ones of the same entity and period: their values and activities go. */
function applyResubmissions(sink: DataSink): Issue[] {
  const superseded = supersededSubmissions(sink.submissions);
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
 * not pay (500 small workbooks: 2.9 s with two threads against 3.0 s with one, 45 MB more memory:
 * each worker first spends about 0.4 s loading exceljs). Workers run the built JavaScript, so
 * from the TypeScript sources (tests) reading always stays sequential.
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

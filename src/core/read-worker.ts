import { parentPort, workerData } from 'node:worker_threads';
import type { Issue } from '../model/issues.js';
import type { Plan } from '../model/plan.js';
import { ValueStore } from '../model/value-store.js';
import { type AliasInput, vocabularyWith } from '../workbook/aliases.js';
import { type DataSink, readData } from '../workbook/data-reader.js';
import type { FileLimits } from '../workbook/open.js';
import type { InputFile } from './inputs.js';

/** A worker thread started by `readInWorker` (load.ts): reads its share of the data workbooks. */
export interface ReadTask {
  files: InputFile[];
  plan: Plan | null;
  lang: 'fr' | 'en';
  limits: FileLimits;
  aliases?: AliasInput;
}

const task = workerData as ReadTask;
const vocab = vocabularyWith(task.aliases);
const issues: Issue[] = [];
const sink: DataSink = { values: new ValueStore(), activities: [], submissions: [] };
const unreadable: string[] = [];
for (const file of task.files) {
  if (
    !(await readData(file.path, file.display, task.plan, task.lang, issues, sink, {
      limits: task.limits,
      vocab,
    }))
  )
    unreadable.push(file.display);
}
const values = sink.values.exportData();
parentPort?.postMessage(
  { values, activities: sink.activities, submissions: sink.submissions, issues, unreadable },
  [
    values.indicator,
    values.entity,
    values.period,
    values.disaggregation,
    values.source,
    values.row,
    values.col,
    values.value,
  ].map((column) => column.buffer as ArrayBuffer),
);

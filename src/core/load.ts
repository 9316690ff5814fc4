import { checkValues } from '../compute/checks.js';
import type { Issue } from '../model/issues.js';
import type { Plan } from '../model/plan.js';
import { ValueStore } from '../model/value-store.js';
import { type DataSink, readData } from '../workbook/data-reader.js';
import { DEFAULT_LIMITS, type FileLimits, UNREADABLE } from '../workbook/open.js';
import { readPlan } from '../workbook/plan-reader.js';
import type { InputFile } from './inputs.js';

export interface Loaded {
  plan: Plan | null;
  data: DataSink;
  issues: Issue[];
  /** Files that could not be opened as workbooks at all. */
  unreadable: Set<string>;
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
): Promise<Loaded> {
  const issues: Issue[] = [];
  const unreadable = new Set<string>();
  const sink: DataSink = { values: new ValueStore(), activities: [], submissions: [] };
  let parsedPlan: Plan | null = null;
  if (plan) {
    const before = issues.length;
    parsedPlan = await readPlan(plan.path, plan.display, lang, issues, limits);
    if (!parsedPlan && issues.slice(before).some((i) => UNREADABLE.has(i.code))) unreadable.add(plan.display);
  }
  for (const file of data) {
    if (!(await readData(file.path, file.display, parsedPlan, lang, issues, sink, limits)))
      unreadable.add(file.display);
  }
  for (const found of checkValues(parsedPlan, sink.values)) issues.push(found);
  return { plan: parsedPlan, data: sink, issues, unreadable };
}

import type { TraceFile } from '../compute/details.js';
import type { ReportModel } from '../compute/model.js';
import { describeIssue, type Lang } from '../i18n/index.js';
import { type Issue, sortIssues } from '../model/issues.js';

/** An issue as the JSON outputs carry it: location, raw value, and the message in the run's language. */
export interface IssueJson {
  code: string;
  severity: string;
  file: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  value: string | null;
  message: string;
  suggestion: string | null;
}

export function issueJson(found: Issue, lang: Lang): IssueJson {
  const { message, suggestion } = describeIssue(found, lang);
  return {
    code: found.code,
    severity: found.severity,
    file: found.file,
    sheet: found.sheet ?? null,
    cell: found.cell ?? null,
    row: found.row ?? null,
    value: found.value ?? null,
    message,
    suggestion,
  };
}

/** The columns of the trace's side file, in order (docs/json-contract.md, "Trace"). */
export const TRACE_COLUMNS = ['indicator', 'entity', 'period', 'file', 'sheet', 'cell', 'value'] as const;

/** `report.json` → `report.trace.csv`: the side file of the trace, beside the report. */
export function traceFileName(jsonName: string): string {
  return `${jsonName.replace(/\.json$/i, '')}.trace.csv`;
}

/**
 * The JSON contract (docs/json-contract.md): the model as computed, with issues spelled out. It
 * comes in pieces, so that a national database's model is written without building one huge
 * string; objects are indented by two spaces, while records of plain values (a trace group, a
 * trend point, an issue) and arrays of plain values stay on one line. `traceName`: the side file
 * the trace is written to when the model has one (`traceFile`), named relative to report.json.
 */
export function* jsonChunks(model: ReportModel, traceName = traceFileName('report.json')): Generator<string> {
  const out = {
    ...model,
    quality: {
      ...model.quality,
      issues: sortIssues(model.quality.issues).map((i) => issueJson(i, model.lang)),
    },
    traceFile: model.traceFile
      ? { path: traceName, format: 'csv', columns: [...TRACE_COLUMNS], cells: model.traceFile.cells }
      : null,
  };
  yield* pretty(out, '');
  yield '\n';
}

/**
 * The trace's side file: CSV (RFC 4180, UTF-8, comma, `\n`), a header line then one line per
 * source cell, indicator after indicator in the plan's order; a value read as none is empty.
 * Written from the value source's columns in blocks, never as a million objects kept at once.
 */
export function* traceCsvChunks(trace: TraceFile): Generator<string> {
  let block = `${TRACE_COLUMNS.join(',')}\n`;
  for (const c of trace) {
    block += `${csvField(c.indicator)},${csvField(c.entity)},${csvField(c.period)},${csvField(c.file)},${csvField(c.sheet)},${c.cell},${c.value === null ? '' : String(c.value)}\n`;
    if (block.length >= 65_536) {
      yield block;
      block = '';
    }
  }
  if (block) yield block;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function isPlain(v: unknown): boolean {
  return v === null || typeof v !== 'object';
}

/** A record whose values are all plain, or arrays of plain values: written on one line. */
function isFlatRecord(value: object): boolean {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (!isPlain(v) && !(Array.isArray(v) && v.every(isPlain))) return false;
  }
  return true;
}

function* pretty(value: unknown, indent: string): Generator<string> {
  if (value === null || typeof value !== 'object') {
    yield JSON.stringify(value ?? null);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) yield '[]';
    else if (value.every(isPlain)) yield JSON.stringify(value);
    else {
      yield '[\n';
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        const end = i < value.length - 1 ? ',\n' : '\n';
        // A long list of small records (trace groups, trend points) comes out a line at a time.
        if (item !== null && typeof item === 'object' && !Array.isArray(item) && isFlatRecord(item))
          yield `${inner}${JSON.stringify(item)}${end}`;
        else {
          yield inner;
          yield* pretty(item, inner);
          yield end;
        }
      }
      yield `${indent}]`;
    }
    return;
  }
  // Small records (a trace group, a trend point, an issue) stay on one line.
  if (isFlatRecord(value)) {
    yield JSON.stringify(value);
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    yield `${inner}${JSON.stringify(entries[i][0])}: `;
    yield* pretty(entries[i][1], inner);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

import type { ChartView, CommentView, TableView } from '../table.js';

/**
 * The parts of a report view known by their shape rather than by where they sit: a table
 * (src/report/table.ts), a chart, a partner's comment, a list of facts. The Word renderer lays out
 * the sections it knows and hands anything else in the view to these, so that a table or a chart
 * added to the view comes through to the document without a change here; the tests walk the view
 * the same way to find every table it holds.
 */
export function isTable(x: unknown): x is TableView {
  return isObject(x) && Array.isArray(x.columns) && Array.isArray(x.groups) && typeof x.caption === 'string';
}

export function isChart(x: unknown): x is ChartView {
  return isObject(x) && typeof x.svg === 'string' && typeof x.caption === 'string';
}

export function isComment(x: unknown): x is CommentView {
  return (
    isObject(x) &&
    typeof x.entity === 'string' &&
    typeof x.period === 'string' &&
    typeof x.text === 'string' &&
    typeof x.location === 'string'
  );
}

/** A label and its value (`Taux : 77,7 %`), as the cover, the axes and the settings give them. */
export interface Fact {
  label: string;
  value: string;
  symbol?: string;
  note?: string | null;
  status?: string | null;
}

export function isFact(x: unknown): x is Fact {
  return isObject(x) && typeof x.label === 'string' && typeof x.value === 'string';
}

/** A titled run of paragraphs (a part of the methodology). */
export function isProse(x: unknown): x is { title: string; paragraphs: string[] } {
  return (
    isObject(x) &&
    typeof x.title === 'string' &&
    Array.isArray(x.paragraphs) &&
    x.paragraphs.every((p) => typeof p === 'string')
  );
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * Every value of one shape in a view, in reading order (keys in the order the view gives them),
 * each once. The catalogue of labels (`t`) holds no figure and is not walked.
 */
export function collect<T>(root: unknown, is: (x: unknown) => x is T): T[] {
  const found: T[] = [];
  const seen = new Set<unknown>();
  const visit = (x: unknown) => {
    if (typeof x !== 'object' || x === null || seen.has(x)) return;
    seen.add(x);
    if (is(x)) {
      found.push(x);
      // A table's rows hold charts and tables of their own.
      if (!isTable(x)) return;
    }
    if (Array.isArray(x)) for (const v of x) visit(v);
    else for (const [k, v] of Object.entries(x)) if (k !== 't') visit(v);
  };
  visit(root);
  return found;
}

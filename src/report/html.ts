import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import { templatePath } from './assets.js';
import { captionId } from './charts.js';
import { REVIEW_PARTIALS, reviewLayout } from './review-html.js';
import { statusCss } from './statuses.js';
import type { Cell, CellKind, Row, RowGroup, TableView } from './table.js';
import type { ReportView } from './view.js';

/**
 * The HTML renderer: the view laid out by templates/report.hbs, self-contained (inline CSS and
 * SVG, no script, no network). Text is escaped by Handlebars; the only raw markup is the SVG of
 * src/report/charts.ts, which escapes its own labels.
 *
 * The layout decisions of HTML and print live here, not in the view: which rows a page break
 * must not separate, which tables stay on one page, where a file path may break.
 */
export interface HtmlExtras {
  /** Extra CSS appended to the report's own (print rules of the PDF). */
  css?: string;
}

/** A table short enough to be kept on one page in print. */
const KEEP_WHOLE_ROWS = 12;
/** Rows a page break may not separate at the start and at the end of a table: no lone row. */
const KEEP_EDGE_ROWS = 2;

type Template = (context: unknown) => string;
const PARTIALS = [
  'table',
  'cell',
  'chart',
  'list',
  'comment',
  'iptt',
  // The officer's analysis, the recommendations and the review's parts (src/report/review-html.ts).
  ...REVIEW_PARTIALS,
] as const;
const require = createRequire(import.meta.url);
let compiled: Template | null = null;

/**
 * The report template. The build precompiles it (scripts/precompile-templates.mjs → templates.cjs
 * beside this module), so that a report loads Handlebars' runtime alone; from the TypeScript
 * sources, where there is no such file, the .hbs files are compiled here.
 */
function template(): Template {
  if (compiled) return compiled;
  let precompiled: { main: object; partials: Record<(typeof PARTIALS)[number], object> } | null = null;
  try {
    precompiled = require('./templates.cjs');
  } catch {
    precompiled = null;
  }
  if (precompiled) {
    const runtime = (require('handlebars/runtime') as { default: typeof Handlebars }).default.create();
    for (const name of PARTIALS)
      runtime.registerPartial(
        name,
        runtime.template(precompiled.partials[name] as Parameters<typeof Handlebars.template>[0]),
      );
    compiled = runtime.template(precompiled.main as Parameters<typeof Handlebars.template>[0]);
  } else {
    const hb = (require('handlebars') as typeof Handlebars).create();
    for (const name of PARTIALS)
      hb.registerPartial(name, readFileSync(templatePath(`partials/${name}.hbs`), 'utf8'));
    compiled = hb.compile(readFileSync(templatePath('report.hbs'), 'utf8'), { strict: false });
  }
  return compiled;
}

export function renderHtml(view: ReportView, extras: HtmlExtras = {}): string {
  const css =
    statusCss() +
    readFileSync(templatePath('report.css'), 'utf8') +
    readFileSync(templatePath('review.css'), 'utf8') +
    (extras.css ?? '');
  const base = layout(view);
  return template()({ ...base, ...reviewLayout(view, base.axes, (t) => htmlTable(t)), css });
}

/** The view with each table turned into the row groups and classes the template lays out. */
function layout(view: ReportView) {
  return {
    ...view,
    summary: {
      ...view.summary,
      statusCounts: htmlTable(view.summary.statusCounts),
      axes: htmlTable(view.summary.axes),
      charts: view.summary.charts.map(htmlChart),
    },
    changes: view.changes
      ? {
          ...view.changes,
          statusChanges: view.changes.statusChanges ? htmlTable(view.changes.statusChanges) : null,
          revisions: view.changes.revisions ? htmlTable(view.changes.revisions) : null,
        }
      : null,
    axes: view.axes.map((a) => ({
      ...a,
      indicators: htmlTable(a.indicators),
      activities: a.activities ? htmlTable(a.activities) : null,
    })),
    execution: view.execution
      ? {
          ...view.execution,
          chart: view.execution.chart ? htmlChart(view.execution.chart) : null,
          physical: htmlTable(view.execution.physical),
          financial: htmlTable(view.execution.financial),
        }
      : null,
    quality: {
      ...view.quality,
      summary: htmlTable(view.quality.summary),
      entities: view.quality.entities ? htmlTable(view.quality.entities) : null,
      matrices: view.quality.matrices.map((t) => htmlTable(t)),
      tables: view.quality.tables.map((t) => htmlTable(t)),
      issues: view.quality.issues ? htmlTable(view.quality.issues) : null,
    },
    iptt: { ...view.iptt, tables: view.iptt.tables.map((t) => htmlTable(t)) },
    methodology: {
      ...view.methodology,
      exclusions: view.methodology.exclusions ? htmlTable(view.methodology.exclusions) : null,
    },
    sources: {
      ...view.sources,
      table: htmlTable(view.sources.table),
    },
  };
}

function htmlChart(chart: { id: string; svg: string; caption: string }) {
  return { ...chart, captionId: captionId(chart.id) };
}

const CLASS: Record<CellKind, string> = {
  text: 'k-text',
  code: 'k-code',
  number: 'k-num',
  date: 'k-date',
  status: 'k-status',
  path: 'k-path',
  hash: 'k-hash',
  state: 'k-state',
};

interface HtmlCell extends Cell {
  tag: 'td' | 'th';
  rowHead: boolean;
  className: string;
  /** A path's pieces, each followed by a line-break opportunity. */
  parts: string[] | null;
  bar: Row['bar'] | null;
}

interface HtmlRow {
  className: string;
  cells: HtmlCell[];
  detail: unknown;
  span: number;
}

interface HtmlBody {
  /** A page break may not fall inside (an indicator with its trend; the first and last rows). */
  keep: boolean;
  heading: RowGroup['heading'] | null;
  rows: HtmlRow[];
}

/** A matrix with more period columns than this (a year of months) turns its headers upright. */
const UPRIGHT_FROM_STATES = 8;

/** Tables this narrow fit any page and screen from 800 px: no scroll region, no extra tab stop. */
const SCROLL_FROM_COLUMNS = 4;

function htmlTable(table: TableView, nested = false) {
  const span = table.columns.length;
  const cell = (c: Cell, n: number, row: Row): HtmlCell => {
    const column = table.columns[n];
    const header = table.rowHeaders && n === 0;
    return {
      ...c,
      tag: header ? 'th' : 'td',
      rowHead: header,
      className: [CLASS[c.kind], c.status ? `status-${c.status}` : '', c.state ? `cell-${c.state}` : '']
        .filter(Boolean)
        .join(' '),
      parts: c.kind === 'path' ? c.text.split(/(?<=[/\\›])/) : null,
      bar: column?.decorative ? (row.bar ?? null) : null,
    };
  };
  const htmlRow = (r: Row): HtmlRow => ({
    className: r.status ? `row-${r.status}` : '',
    cells: r.cells.map((c, n) => cell(c, n, r)),
    detail: r.detail
      ? {
          ...r.detail,
          charts: r.detail.charts.map(htmlChart),
          tables: r.detail.tables.map((t) => htmlTable(t, true)),
        }
      : null,
    span,
  });
  const bodies: HtmlBody[] = [];
  for (const group of table.groups) {
    const heading = group.heading ?? null;
    const rows = group.rows.map(htmlRow);
    if (group.rows.some((r) => r.detail)) {
      // An indicator and its trend stay together; a result's heading stays with its first indicator.
      if (rows.length === 0) bodies.push({ keep: true, heading, rows });
      for (const [n, r] of rows.entries())
        bodies.push({ keep: true, heading: n === 0 ? heading : null, rows: [r] });
    } else if (rows.length <= KEEP_EDGE_ROWS * 2 + 1) {
      bodies.push({ keep: true, heading, rows });
    } else {
      bodies.push({ keep: true, heading, rows: rows.slice(0, KEEP_EDGE_ROWS) });
      bodies.push({ keep: false, heading: null, rows: rows.slice(KEEP_EDGE_ROWS, -KEEP_EDGE_ROWS) });
      bodies.push({ keep: true, heading: null, rows: rows.slice(-KEEP_EDGE_ROWS) });
    }
  }
  const states = table.columns.filter((c) => c.kind === 'state').length;
  const hasDetails = table.groups.some((g) => g.rows.some((r) => r.detail));
  const count =
    table.groups.reduce((n, g) => n + g.rows.length + (g.heading ? 1 : 0), 0) + (table.foot?.length ?? 0);
  return {
    id: table.id,
    caption: table.caption,
    captionId: `${table.id}-caption`,
    columns: table.columns.map((c) => ({ ...c, className: CLASS[c.kind] })),
    span,
    bodies,
    foot: (table.foot ?? []).map(htmlRow),
    whole: !hasDetails && (table.compact === true || count <= KEEP_WHOLE_ROWS),
    scroll: !nested && span >= SCROLL_FROM_COLUMNS,
    matrix: states > 0,
    list: table.list === true,
    listGroups: table.list
      ? table.groups.map((g) => ({ heading: g.heading ?? null, rows: g.rows.map(htmlRow) }))
      : [],
    upright: states > UPRIGHT_FROM_STATES,
    nested,
    hasDetails,
    notes: table.notes ?? [],
  };
}

import type { Previous } from '../compute/changes.js';
import type { ActivityExecution } from '../compute/execution.js';
import type { IndicatorModel, ReportModel, RollupModel } from '../compute/model.js';
import type { Status } from '../compute/status.js';
import { STATUSES } from '../compute/status.js';
import { type Catalogue, catalogue, type Lang } from '../i18n/index.js';
import { type ChangesView, changesView } from './changes.js';
import { buildCharts, type ChartSet } from './charts.js';
import { keyFindings } from './findings.js';
import { type FindingView, findingViews } from './findings-view.js';
import { type Formatter, formatter } from './format.js';
import { type MethodologyView, methodologyView, type SourcesView, sourcesView } from './method.js';
import { type ShownPaths, shownPaths } from './paths.js';
import { periodInWords, type ReportType, reportTypeOf } from './periods.js';
import { type ExecutionView, executionView, type QualityView, qualityView } from './sections.js';
import { STATUS_STYLES } from './statuses.js';
import {
  type Cell,
  type ChartView,
  type Column,
  type CommentView,
  type Row,
  type RowGroup,
  simpleTable,
  type TableView,
} from './table.js';
import { type TargetColumns, targetCells, targetColumns } from './targets.js';

/**
 * Everything the report shows, already formatted and in reading order: the HTML template lays
 * it out and never computes a rate or formats a number (Lighthouse's renderer/template split).
 * Every table is data (src/report/table.ts), so that a Word renderer fed by this same view shows
 * the same figures.
 */

/** The cover as the plan, the configuration or flags set it; the lead's `model.cover`, when present. */
export interface CoverModel {
  title: string | null;
  subtitle: string | null;
  institution: string | null;
  author: string | null;
  reportType: ReportType | null;
}

export interface FactView {
  label: string;
  /** The status symbol drawn before the value (`◐ 77,7 %`), hidden from screen readers. */
  symbol?: string;
  value: string;
  /** A figure or a period: never wraps. */
  figure?: boolean;
  note: string | null;
  status: Status | null;
}

export interface CoverView {
  /** The institution's logo, a data URI (a project configuration's `cover.logo`). */
  logo: { src: string; alt: string } | null;
  institution: string | null;
  title: string;
  /** `Rapport trimestriel`, from the period unless the cover sets it. */
  reportType: string;
  /** The period in words: `T4 2022`. */
  period: string;
  subtitle: string | null;
  facts: FactView[];
}

export interface TocEntry {
  id: string;
  code: string | null;
  title: string;
}

export interface AxisView {
  id: string;
  code: string;
  label: string;
  status: Status;
  facts: FactView[];
  indicators: TableView;
  activities: TableView | null;
  /** What partners wrote about the axis's activities (from the model's `activities[].comments`). */
  comments: CommentView[];
}

export interface SummaryView {
  figures: FactView[];
  statusCounts: TableView;
  charts: ChartView[];
  axes: TableView;
}

export interface ReportView {
  lang: Lang;
  /** The labels of the page itself (headings, contents); every figure is elsewhere, formatted. */
  t: Catalogue['report'];
  /** Plan title: the page title and the PDF's running header. */
  title: string;
  /** The period in words (`T4 2022`), as the running header and the cover show it. */
  period: string;
  /** The period as the JSON holds it (`2022-T4`). */
  periodCode: string;
  generatedAt: string | null;
  cover: CoverView;
  findings: FindingView[];
  toc: TocEntry[];
  summary: SummaryView;
  /** The summary's charts (kept under this name for src/cli/report.ts). */
  charts: { summary: ChartView; statuses: ChartView };
  /** What changed since P−1 (or the published report of `--compare`); null with nothing to compare. */
  changes: ChangesView | null;
  axes: AxisView[];
  execution: ExecutionView | null;
  quality: QualityView;
  methodology: MethodologyView;
  sources: SourcesView;
}

export interface ViewOptions {
  /** The cover's logo, as a data URI. */
  logo?: string | null;
  /** The folder paths are shown relative to (default: the current folder). */
  cwd?: string;
}

export function buildView(model: ReportModel, lang: Lang, options: ViewOptions = {}): ReportView {
  const c = catalogue(lang);
  const t = c.report;
  const f = formatter(lang);
  const charts = buildCharts(model, lang);
  const cwd = options.cwd ?? process.cwd();
  const period = periodInWords(model.period, lang);
  const title = model.plan.title || model.plan.code || t.title;
  const paths = shownPaths(
    model.sources.map((s) => s.path),
    cwd,
    model.changes.file ? [model.changes.file] : [],
  );
  const method = methodologyView(model, lang, f);
  const sources = sourcesView(model, lang, f, paths);
  const execution = executionView(model, lang, charts.execution);
  const quality = qualityView(model, lang, paths);
  const axes = model.axes.map((a, n) => axisView(model, a, n, lang, f, charts, paths));
  const changes = changesView(model, lang, f, paths.shown);

  const toc: TocEntry[] = [
    { id: 'constats', code: null, title: t.findingsTitle },
    { id: 'resume', code: null, title: t.summary },
    ...(changes ? [{ id: 'changements', code: null, title: changes.title }] : []),
    ...axes.map((a) => ({ id: a.id, code: a.code, title: a.label })),
    ...(execution ? [{ id: 'execution', code: null, title: c.execution.title }] : []),
    { id: 'qualite', code: null, title: t.quality },
    { id: 'methodologie', code: null, title: t.methodology },
    { id: 'sources', code: null, title: t.sources },
  ];

  return {
    lang,
    t,
    title,
    period,
    periodCode: model.period,
    generatedAt: model.generatedAt,
    cover: coverView(model, lang, f, title, period, options.logo ?? null),
    findings: findingViews(
      keyFindings(model),
      lang,
      f,
      model.plan.currency,
      model.quality.timeliness.delayDays,
    ),
    toc,
    summary: summaryView(model, lang, f, charts, axes),
    charts: { summary: charts.summary, statuses: charts.statuses },
    changes,
    axes,
    execution,
    quality,
    methodology: method,
    sources,
  };
}

export function statusCell(status: Status, lang: Lang): Cell {
  return {
    text: catalogue(lang).status[status],
    symbol: STATUS_STYLES[status].symbol,
    kind: 'status',
    status,
  };
}

function coverView(
  model: ReportModel,
  lang: Lang,
  f: Formatter,
  planTitle: string,
  period: string,
  logo: string | null,
): CoverView {
  const t = catalogue(lang).report;
  const cover: Partial<CoverModel> = model.cover;
  const type = cover.reportType ?? reportTypeOf(model.period);
  const facts: FactView[] = [
    { label: t.period, value: period, figure: true, note: null, status: null },
    ...(model.plan.country
      ? [{ label: t.country, value: model.plan.country, note: null, status: null }]
      : []),
    {
      label: t.planRate,
      symbol: STATUS_STYLES[model.plan.status].symbol,
      value: f.percent(model.plan.rate),
      figure: true,
      note: catalogue(lang).status[model.plan.status],
      status: model.plan.status,
    },
    {
      label: t.coverage,
      value: f.percent(model.plan.coverage),
      figure: true,
      note: t.coverageOf(f.number(model.plan.withData), f.number(model.plan.indicatorCount)),
      status: null,
    },
    ...(cover.author ? [{ label: t.author, value: cover.author, note: null, status: null }] : []),
    ...(model.generatedAt
      ? [{ label: t.generatedAt, value: f.day(model.generatedAt), figure: true, note: null, status: null }]
      : []),
  ];
  return {
    logo: logo ? { src: logo, alt: t.logoAlt(cover.institution || cover.title || planTitle) } : null,
    institution: cover.institution || null,
    title: cover.title || planTitle,
    reportType: t.reportTypes[type],
    period,
    subtitle: cover.subtitle || null,
    facts,
  };
}

function summaryView(
  model: ReportModel,
  lang: Lang,
  f: Formatter,
  charts: ChartSet,
  axes: AxisView[],
): SummaryView {
  const c = catalogue(lang);
  const t = c.report;
  const figures: FactView[] = [
    {
      label: t.planRate,
      value: f.percent(model.plan.rate),
      symbol: STATUS_STYLES[model.plan.status].symbol,
      note: c.status[model.plan.status],
      status: model.plan.status,
    },
    {
      label: t.coverage,
      value: f.percent(model.plan.coverage),
      note: t.coverageOf(f.number(model.plan.withData), f.number(model.plan.indicatorCount)),
      status: null,
    },
    ...changeFacts(model.plan, lang, f),
  ];
  const statusCounts = simpleTable(
    'statuts',
    t.statusCounts,
    [
      { header: t.status, kind: 'status' },
      { header: t.indicatorCount, kind: 'number' },
    ],
    STATUSES.map((s) => ({
      cells: [statusCell(s, lang), { text: f.number(model.plan.statusCounts[s]), kind: 'number' }],
    })),
    { rowHeaders: true, compact: true },
  );
  const ceiling = Math.max(model.settings.ceiling, 1);
  const withChange = model.axes.some((a) => a.previous !== null);
  const axesTable = simpleTable(
    'axes',
    t.axesTable,
    [
      { header: t.axis, kind: 'code' },
      { header: t.label, kind: 'text', wide: true },
      { header: t.rate, kind: 'number' },
      { header: t.rateBar, kind: 'text', hiddenHeader: true, decorative: true },
      ...(withChange ? [{ header: t.change, kind: 'number' as const }] : []),
      { header: t.coverage, kind: 'number' },
      { header: t.status, kind: 'status' },
    ],
    model.axes.map((a, n) => ({
      cells: [
        { text: a.code, kind: 'code', href: `#${axes[n].id}` },
        { text: a.label, kind: 'text' },
        { text: f.percent(a.rate), kind: 'number' },
        { text: '', kind: 'text' },
        ...(withChange ? [changeCell(a, lang, f)] : []),
        { text: f.percent(a.coverage), kind: 'number' },
        statusCell(a.status, lang),
      ],
      bar: {
        width: a.rate === null ? 0 : Math.round(Math.min(a.rate / ceiling, 1) * 1000) / 10,
        status: a.status,
      },
    })),
    { compact: true },
  );
  return { figures, statusCounts, charts: [charts.summary, charts.statuses], axes: axesTable };
}

/** The change of a rate since P−1 in points, and the earlier rate and status under it. */
function changeFacts(
  r: { rate: number | null; previous: Previous | null },
  lang: Lang,
  f: Formatter,
): FactView[] {
  if (!r.previous) return [];
  const c = catalogue(lang);
  return [
    {
      label: c.report.changeSince(periodInWords(r.previous.period, lang)),
      value: f.points(r.rate !== null && r.previous.rate !== null ? r.rate - r.previous.rate : null),
      figure: true,
      note: `${f.percent(r.previous.rate)} · ${c.status[r.previous.status]}`,
      status: null,
    },
  ];
}

/** A change column's cell: points since P−1, `n.d.` when either rate is missing. */
export function changeCell(
  r: { rate: number | null; previous: Previous | null },
  lang: Lang,
  f: Formatter,
): Cell {
  const delta = r.previous && r.rate !== null && r.previous.rate !== null ? r.rate - r.previous.rate : null;
  return { text: delta === null ? catalogue(lang).report.noData : f.points(delta), kind: 'number' };
}

function rollupFacts(r: RollupModel, lang: Lang, f: Formatter): FactView[] {
  const c = catalogue(lang);
  const t = c.report;
  return [
    { label: t.rate, value: f.percent(r.rate), note: null, status: null },
    {
      label: t.status,
      symbol: STATUS_STYLES[r.status].symbol,
      value: c.status[r.status],
      note: null,
      status: r.status,
    },
    {
      label: t.coverage,
      value: f.percent(r.coverage),
      note: t.coverageOf(f.number(r.withData), f.number(r.indicatorCount)),
      status: null,
    },
    ...changeFacts(r, lang, f),
  ];
}

function axisView(
  model: ReportModel,
  a: RollupModel,
  n: number,
  lang: Lang,
  f: Formatter,
  charts: ChartSet,
  paths: ShownPaths,
): AxisView {
  const c = catalogue(lang);
  const t = c.report;
  const own = model.indicators.filter((i) => i.axis === a.code);
  const withChange = own.some((i) => i.previous !== null);
  const target = targetColumns(model, lang);
  const columns: Column[] = [
    { header: t.code, kind: 'code' },
    { header: t.indicator, kind: 'text', wide: true },
    { header: t.baseline, kind: 'number' },
    { header: target.header, kind: 'number' },
    ...(target.yearHeader ? [{ header: target.yearHeader, kind: 'number' as const }] : []),
    { header: t.actual, kind: 'number' },
    { header: t.rate, kind: 'number' },
    ...(withChange ? [{ header: t.change, kind: 'number' as const }] : []),
    { header: t.status, kind: 'status' },
  ];
  const row = (i: IndicatorModel): Row =>
    indicatorRow(i, model.period, target, lang, f, charts, withChange, paths);
  const groups: RowGroup[] = model.results
    .filter((r) => r.axis === a.code)
    .map((r) => ({
      heading: {
        code: r.code,
        text: r.label,
        note: r.previous
          ? `${t.rate} ${f.percent(r.rate)} (${changeCell(r, lang, f).text})`
          : `${t.rate} ${f.percent(r.rate)}`,
        status: r.status,
        symbol: STATUS_STYLES[r.status].symbol,
        statusText: c.status[r.status],
      },
      rows: own.filter((i) => i.result === r.code).map(row),
    }));
  const direct = own.filter((i) => i.result === null);
  if (direct.length > 0)
    groups.push({ heading: { code: '', text: t.directIndicators }, rows: direct.map(row) });
  const id = `axe-${n + 1}`;
  const activities = model.plan.execution ? model.activities.filter((x) => x.axis === a.code) : [];
  return {
    id,
    code: a.code,
    label: a.label,
    status: a.status,
    facts: rollupFacts(a, lang, f),
    indicators: {
      id: `${id}-indicateurs`,
      caption: t.indicatorsTable(a.code),
      columns,
      groups,
      rowHeaders: false,
    },
    activities:
      activities.length > 0
        ? activityTable(`${id}-activites`, a.code, activities, model.plan.currency, lang, f)
        : null,
    comments: activities.flatMap((x) => x.comments.map((m) => commentView(m, lang, paths))),
  };
}

function indicatorRow(
  i: IndicatorModel,
  period: string,
  target: TargetColumns,
  lang: Lang,
  f: Formatter,
  charts: ChartSet,
  withChange: boolean,
  paths: ShownPaths,
): Row {
  const c = catalogue(lang);
  const t = c.report;
  const over = i.rate !== null && i.rate > 1;
  const cells: Cell[] = [
    { text: i.code, kind: 'code' },
    // The unit goes under the label: a column of its own would take the room of the label.
    labelCell(i, lang),
    { text: f.value(i.baseline, i.unit, i.type), kind: 'number' },
    ...targetCells(i, target, period, lang, f),
    { text: f.value(i.actual, i.unit, i.type), kind: 'number' },
    {
      text: f.percent(i.rate),
      kind: 'number',
      ...(over ? { strong: true, mark: { symbol: '▲', label: t.overAchieved } } : {}),
    },
    ...(withChange ? [changeCell(i, lang, f)] : []),
    statusCell(i.status, lang),
  ];
  const chart = charts.indicators.get(i.code);
  const tables: TableView[] = [];
  if (i.entities.length > 0) tables.push(entityTable(i, lang, f));
  for (const [n, b] of i.breakdowns.entries())
    tables.push(
      partsTable(
        `${anchor(i.code)}-ventilation-${n + 1}`,
        t.breakdownTable(b.dimension),
        b.dimension,
        b.parts.map((p) => ({ name: p.value, value: p.actual })),
        i,
        lang,
        f,
      ),
    );
  const comments = i.comments.map((m) => commentView(m, lang, paths));
  return {
    cells,
    status: i.status,
    ...(chart || tables.length || comments.length
      ? { detail: { charts: chart ? [chart] : [], tables, comments } }
      : {}),
  };
}

/** An indicator's label, with its unit and, when it has no rate for a stated reason, that reason. */
function labelCell(i: IndicatorModel, lang: Lang): Cell {
  const c = catalogue(lang);
  const notes = [
    ...(i.unit ? [c.report.unitNote(i.unit)] : []),
    ...(i.reason && i.reason !== 'no-data' ? [c.reasons[i.reason]] : []),
  ];
  return { text: i.label, kind: 'text', ...(notes.length ? { note: notes.join(' · ') } : {}) };
}

/** Who contributed what to an indicator's actual, largest first. */
function entityTable(i: IndicatorModel, lang: Lang, f: Formatter): TableView {
  const t = catalogue(lang).report;
  const entities = [...i.entities].sort(
    (a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0),
  );
  return partsTable(
    `${anchor(i.code)}-entites`,
    t.entityTable(i.code),
    t.entity,
    entities.map((e) => ({ name: e.entity, value: e.value })),
    i,
    lang,
    f,
  );
}

/**
 * The parts of an indicator's actual (its entities, or the values of a disaggregation). When the
 * parts add up to the actual — counts and amounts summed across entities — each part's share of
 * their total is given, and drawn as a bar (the bar only repeats the share; a renderer without
 * drawing may leave it out).
 */
function partsTable(
  id: string,
  caption: string,
  header: string,
  parts: { name: string; value: number | null }[],
  i: IndicatorModel,
  lang: Lang,
  f: Formatter,
): TableView {
  const t = catalogue(lang).report;
  const total = parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const additive =
    i.type === 'quantitative' &&
    i.entityAggregation === 'sum' &&
    parts.length > 1 &&
    total > 0 &&
    parts.every((p) => p.value !== null && p.value >= 0);
  return simpleTable(
    id,
    caption,
    [
      { header, kind: 'text' },
      { header: t.actual, kind: 'number' },
      ...(additive
        ? [
            { header: t.share, kind: 'number' as const },
            { header: t.shareBar, kind: 'text' as const, hiddenHeader: true, decorative: true },
          ]
        : []),
    ],
    parts.map((p) => {
      const share = additive ? (p.value ?? 0) / total : null;
      return {
        cells: [
          { text: p.name, kind: 'text' },
          { text: f.value(p.value, i.unit, i.type), kind: 'number' },
          ...(share === null
            ? []
            : [
                { text: f.percent(share), kind: 'number' as const },
                { text: '', kind: 'text' as const },
              ]),
        ],
        ...(share === null ? {} : { bar: { width: Math.round(share * 1000) / 10 } }),
      };
    }),
    { rowHeaders: true, compact: true },
  );
}

function activityTable(
  id: string,
  axis: string,
  activities: ActivityExecution[],
  currency: string,
  lang: Lang,
  f: Formatter,
): TableView {
  const c = catalogue(lang);
  const e = c.execution;
  const t = c.report;
  const money = (header: string) => (currency ? `${header} (${currency})` : header);
  return simpleTable(
    id,
    t.activitiesTable(axis),
    [
      { header: t.code, kind: 'code' },
      { header: e.activity, kind: 'text', wide: true },
      { header: t.status, kind: 'text' },
      { header: e.progress, kind: 'number' },
      { header: money(e.budget), kind: 'number' },
      { header: money(e.disbursed), kind: 'number' },
    ],
    activities.map((x) => ({
      cells: [
        { text: x.code, kind: 'code' },
        { text: x.label, kind: 'text' },
        { text: x.status ? e.statuses[x.status] : e.notReportedOne, kind: 'status' },
        { text: f.percent(x.progress), kind: 'number' },
        { text: x.budget === null ? t.noData : f.number(x.budget), kind: 'number' },
        { text: f.number(x.disbursed), kind: 'number' },
      ],
    })),
  );
}

function commentView(
  m: {
    entity: string;
    period: string;
    text: string;
    file: string;
    sheet: string | null;
    cell: string | null;
  },
  lang: Lang,
  paths: ShownPaths,
): CommentView {
  return {
    entity: m.entity,
    period: periodInWords(m.period, lang),
    text: m.text,
    location: [paths.inBody(m.file), m.sheet, m.cell].filter(Boolean).join(' › '),
  };
}

/** An id fragment from a code: `I1.1.2` → `i1-1-2`. */
export function anchor(code: string): string {
  return (
    code
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

export type { Formatter };

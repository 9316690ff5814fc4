import type { ReportModel } from '../compute/model.js';
import type { Status } from '../compute/status.js';
import { type Catalogue, catalogue, type Lang } from '../i18n/index.js';
import type { AnalysisPartView } from './analysis-view.js';
import { axisViews } from './axis-view.js';
import { changeCell, changeFacts, coverageNote, statusCell } from './cells.js';
import { type ChangesView, changesView } from './changes.js';
import { buildCharts, type ChartSet } from './charts.js';
import { type ExecutionView, executionView } from './execution-view.js';
import { keyFindings } from './findings.js';
import { type FindingView, findingViews } from './findings-view.js';
import { type Formatter, formatter } from './format.js';
import { type IpttView, ipttView } from './iptt-view.js';
import { type MethodologyView, methodologyView, type SourcesView, sourcesView } from './method.js';
import { leftOutText, planWeightsText } from './method-notes.js';
import { shownPaths } from './paths.js';
import { periodInWords, type ReportType, reportTypeOf } from './periods.js';
import { type QualityView, qualityView } from './quality-view.js';
import { arrangeView, coverDate, type ReviewParts } from './review.js';
import { STATUS_STYLES, shownStatuses } from './statuses.js';
import { type ChartView, type CommentView, simpleTable, type TableView } from './table.js';

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
  /** The status symbol drawn before the value (`⊙ 77,7 %`), hidden from screen readers. */
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
  /** The officer's analysis of the axis (`# A1` in analyse.md), under its figures (src/report/review.ts). */
  analysis?: AnalysisPartView | null;
}

export interface SummaryView {
  figures: FactView[];
  statusCounts: TableView;
  charts: ChartView[];
  axes: TableView;
}

/** The parts of the officer's analysis, the recommendations and the mid-term review: src/report/review.ts. */
export interface ReportView extends Partial<ReviewParts> {
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
  /** What changed since P−1 (or the published report of `--compare`); null with nothing to compare. */
  changes: ChangesView | null;
  axes: AxisView[];
  execution: ExecutionView | null;
  quality: QualityView;
  methodology: MethodologyView;
  /** The IPTT annex: target, actual and % per indicator and period, one table per axis. */
  iptt: IpttView;
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
  const axes = axisViews(model, lang, f, charts, paths);
  const changes = changesView(model, lang, f, paths.shown);
  const iptt = ipttView(model, lang, f);

  const toc: TocEntry[] = [
    { id: 'constats', code: null, title: t.findingsTitle },
    { id: 'resume', code: null, title: t.summary },
    ...(changes ? [{ id: 'changements', code: null, title: changes.title }] : []),
    ...axes.map((a) => ({ id: a.id, code: a.code, title: a.label })),
    ...(execution ? [{ id: 'execution', code: null, title: c.execution.title }] : []),
    { id: 'qualite', code: null, title: t.quality },
    { id: 'methodologie', code: null, title: t.methodology },
    { id: 'iptt', code: null, title: iptt.title },
    { id: 'sources', code: null, title: t.sources },
  ];

  const view: ReportView = {
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
    changes,
    axes,
    execution,
    quality,
    methodology: method,
    iptt,
    sources,
  };
  // The officer's analysis, the recommendations and, for a review, its structure (docs/review.md).
  return arrangeView(view, model, lang, f);
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
      note: coverageNote(model.plan, lang, f),
      status: null,
    },
    ...(cover.author ? [{ label: t.author, value: cover.author, note: null, status: null }] : []),
    ...coverDate(model, lang, f),
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
      note: coverageNote(model.plan, lang, f),
      status: null,
    },
    ...changeFacts(model.plan, lang, f),
    ...timeFacts(model, lang, f),
  ];
  const statusCounts = simpleTable(
    'statuts',
    t.statusCounts,
    [
      { header: t.status, kind: 'status' },
      { header: t.indicatorCount, kind: 'number' },
    ],
    shownStatuses(model.plan.statusCounts).map((s) => ({
      cells: [statusCell(s, lang), { text: f.number(model.plan.statusCounts[s]), kind: 'number' }],
    })),
    { rowHeaders: true, compact: true },
  );
  const ceiling = Math.max(model.settings.ceiling, 1);
  const withChange = model.axes.some((a) => a.previous !== null);
  // Method in sight: the axes' weights where one is not 1, what each axis's rate leaves out.
  const weighted = model.axes.some((a) => a.weight !== 1);
  const weights = planWeightsText(model, lang, f);
  const planLeftOut = leftOutText(model.plan.leftOut, lang);
  const axesTable = simpleTable(
    'axes',
    t.axesTable,
    [
      { header: t.axis, kind: 'code' },
      { header: t.label, kind: 'text', wide: true },
      { header: t.rate, kind: 'number' },
      { header: t.rateBar, kind: 'text', hiddenHeader: true, decorative: true },
      ...(weighted ? [{ header: t.weight, kind: 'number' as const }] : []),
      ...(withChange ? [{ header: t.change, kind: 'number' as const }] : []),
      { header: t.coverage, kind: 'number' },
      { header: t.status, kind: 'status' },
    ],
    model.axes.map((a, n) => ({
      cells: [
        { text: a.code, kind: 'code', href: `#${axes[n].id}` },
        { text: a.label, kind: 'text' },
        {
          text: f.percent(a.rate),
          kind: 'number',
          ...(a.leftOut.length > 0
            ? {
                note: t.withoutNote(a.leftOut.map((x) => x.code).join(', ')),
                wrapNote: true,
                narrowNote: true,
              }
            : {}),
        },
        { text: '', kind: 'text' },
        ...(weighted ? [{ text: f.number(a.weight), kind: 'number' as const }] : []),
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
  const notes = [
    `${t.planRate}${t.colon}${weights ?? t.planUnweighted}.`,
    ...(planLeftOut ? [`${t.leftOut}${t.colon}${planLeftOut}.`] : []),
  ];
  return {
    figures,
    statusCounts,
    charts: [charts.summary, charts.statuses],
    axes: { ...axesTable, notes },
  };
}

/** The share of the plan's time elapsed at P's end, beside the plan's rate: 77,7 % at 60 % of the time. */
function timeFacts(model: ReportModel, lang: Lang, f: Formatter): FactView[] {
  const elapsed = model.plan.timeElapsed ?? null;
  const { startYear, endYear } = model.plan;
  if (elapsed === null || startYear === null || endYear === null) return [];
  const t = catalogue(lang).report;
  return [
    {
      label: t.timeElapsed,
      value: f.percent(elapsed),
      note: t.timeElapsedNote(String(startYear), String(endYear), periodInWords(model.period, lang)),
      status: null,
    },
  ];
}

export { anchor, changeCell, statusCell } from './cells.js';
export type { Formatter };

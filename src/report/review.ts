import type { IndicatorModel, ReportModel } from '../compute/model.js';
import type { ReportKind } from '../compute/review-model.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { type AnalysisPartView, analysisPart, axisAnalysis } from './analysis-view.js';
import { keyFindings, neverReported } from './findings.js';
import type { Formatter } from './format.js';
import { periodInWords } from './periods.js';
import { type RecommendationsView, recommendationsView } from './recommendations-view.js';
import type { Cell, Row, RowGroup, TableView } from './table.js';
import type { AxisView, FactView, ReportView, TocEntry } from './view.js';

/**
 * The officer's analysis, the recommendations' follow-up and the mid-term review's structure
 * added to the report's view (docs/review.md). `arrangeView` takes the view buildView made and
 * returns it with these parts, in the reading order of the kind of report:
 *
 * - monitoring (the default): findings, contents, context, summary, changes, axes (each with its
 *   analysis), execution, conclusions, lessons learned, recommendations, quality, methodology
 *   (with the team's notes on method), sources;
 * - review: executive summary (the key findings, then the officer's conclusions), contents,
 *   context, method and limitations (ponam's computed limits, then the team's approach), findings
 *   by axis (figures, then the analysis), effectiveness (the summary's achievement figures),
 *   changes, efficiency (execution), conclusions, lessons learned, recommendations and their
 *   follow-up, then the annexes: logframe, the IPTT (indicators period by period), data quality,
 *   methodology, sources.
 *
 * The Word renderer lays the view out in its keys' order, the HTML template in the same order
 * (templates/report.hbs, with `review` telling which). Only the officer's text is not computed:
 * every sentence here is a figure of the model put into words by the catalogue.
 */
export interface ReviewParts {
  kind: ReportKind;
  context: AnalysisPartView | null;
  /** The review's "method and limitations" chapter. */
  limitations: LimitationsView | null;
  /** The review's "findings by axis" chapter heading, before the axes' sections. */
  axesIntro: { id: string; title: string; intro: string } | null;
  conclusions: AnalysisPartView | null;
  lessons: AnalysisPartView | null;
  recommendations: RecommendationsView | null;
  /** The review's annex A: the full logframe. */
  logframe: LogframeView | null;
  /** The monitoring report's: the team's notes on method, after ponam's methodology. */
  methodologyNotes: AnalysisPartView | null;
  /** The review's: the officer's conclusions, in the executive summary after the key findings. */
  summaryConclusions: AnalysisPartView | null;
}

export interface LimitationsView {
  id: string;
  title: string;
  intro: string;
  facts: FactView[];
  /** The team's own approach (`# Méthodologie`), or what to write. */
  method: AnalysisPartView | null;
}

export interface LogframeView {
  id: string;
  title: string;
  intro: string;
  tables: TableView[];
}

/** The view's keys in reading order, per kind; a key not listed keeps its place after the one it followed. */
const ORDER: Record<ReportKind, readonly string[]> = {
  monitoring: [
    'findings',
    'toc',
    'context',
    'summary',
    'charts',
    'changes',
    'axes',
    'execution',
    'conclusions',
    'lessons',
    'recommendations',
    'quality',
    'methodology',
    'methodologyNotes',
    'iptt',
    'sources',
  ],
  review: [
    'findings',
    'summaryConclusions',
    'toc',
    'context',
    'limitations',
    'axesIntro',
    'axes',
    'summary',
    'charts',
    'changes',
    'execution',
    'conclusions',
    'lessons',
    'recommendations',
    'logframe',
    'iptt',
    'quality',
    'methodology',
    'sources',
  ],
};

export function arrangeView(view: ReportView, model: ReportModel, lang: Lang, f: Formatter): ReportView {
  const kind: ReportKind = model.kind ?? 'monitoring';
  const review = kind === 'review';
  const c = catalogue(lang).review;
  const part = (
    key: 'context' | 'methodology' | 'conclusions' | 'lessons',
    id: string,
    level: 2 | 3,
    title: string,
  ) => analysisPart(model, lang, key, { id, title, level, required: review });
  const axes: AxisView[] = view.axes.map((a) => ({
    ...a,
    analysis: axisAnalysis(model, lang, a.code, a.id),
  }));
  const axisIds = new Map(view.axes.map((a) => [a.code, a.id]));
  const t = review
    ? {
        ...view.t,
        findingsTitle: c.review.summary,
        findingsIntro: c.review.summaryIntro,
        summary: c.review.effectiveness,
        quality: c.review.quality,
        methodology: c.review.methodology,
        sources: c.review.sources,
      }
    : view.t;
  const parts: ReviewParts = {
    kind,
    context: part('context', 'contexte', 2, c.analysis.context),
    limitations: review ? limitationsView(model, lang, f) : null,
    axesIntro: review ? { id: 'constats-axes', title: c.review.axes, intro: c.review.axesIntro } : null,
    conclusions: part('conclusions', 'conclusions', 2, c.analysis.conclusions),
    lessons: part('lessons', 'lecons', 2, c.analysis.lessons),
    recommendations: recommendationsView(model, lang, f, { review, axisIds }),
    logframe: review ? logframeView(model, lang, f, axisIds) : null,
    methodologyNotes: review
      ? null
      : analysisPart(model, lang, 'methodology', {
          id: 'methodologie-equipe',
          title: c.analysis.methodologyNotes,
          level: 3,
          required: false,
        }),
    // In the executive summary the conclusions are read without their chapter's placeholder.
    summaryConclusions:
      review && model.analysis?.sections.conclusions?.length
        ? part('conclusions', 'resume-conclusions', 3, c.review.summaryConclusions)
        : null,
  };
  const execution =
    review && view.execution ? { ...view.execution, title: c.review.efficiency } : view.execution;
  // The review's annex B is the IPTT (its own part, printed on landscape pages), retitled.
  const iptt = review ? { ...view.iptt, title: c.review.periodTables } : view.iptt;
  const arranged = { ...view, t, axes, execution, iptt, ...parts };
  return ordered({ ...arranged, toc: tocOf(arranged, review) }, ORDER[kind]);
}

/** The contents in the order of the parts, each titled as its part. */
function tocOf(v: ReportView & ReviewParts, review: boolean): TocEntry[] {
  const entry = (id: string, title: string): TocEntry => ({ id, code: null, title });
  const own = new Map<string, TocEntry[]>([
    ['findings', [entry('constats', v.t.findingsTitle)]],
    ['summary', [entry('resume', v.t.summary)]],
    ['changes', v.changes ? [entry('changements', v.changes.title)] : []],
    ['axes', v.axes.map((a) => ({ id: a.id, code: a.code, title: a.label }))],
    ['execution', v.execution ? [entry('execution', v.execution.title)] : []],
    ['quality', [entry('qualite', v.t.quality)]],
    ['methodology', [entry('methodologie', v.t.methodology)]],
    ['sources', [entry('sources', v.t.sources)]],
    ['iptt', [entry('iptt', v.iptt.title)]],
  ]);
  for (const key of [
    'context',
    'limitations',
    'axesIntro',
    'conclusions',
    'lessons',
    'recommendations',
    'logframe',
  ] as const) {
    const p = v[key];
    own.set(key, p ? [entry(p.id, p.title)] : []);
  }
  // Entries of parts this module does not know (added to the view later) keep their place.
  const known = new Set([...own.values()].flat().map((e) => e.id));
  const extra = v.toc.filter((e) => !known.has(e.id));
  const order = ORDER[review ? 'review' : 'monitoring'];
  const entries = order.flatMap((key) => own.get(key) ?? []);
  for (const e of extra) {
    const before = v.toc[v.toc.indexOf(e) - 1];
    const at = before ? entries.findIndex((x) => x.id === before.id) : -1;
    entries.splice(at + 1, 0, e);
  }
  return entries;
}

/** The object with its keys in `order`; a key not in it goes right after the key it followed. */
function ordered<T extends object>(value: T, order: readonly string[]): T {
  const keys = Object.keys(value);
  const listed = new Set(order);
  const result: string[] = keys.filter((k) => !listed.has(k) && keys.indexOf(k) < keys.indexOf(order[0]));
  for (const k of order) if (k in value) result.push(k);
  for (const k of keys) {
    if (listed.has(k) || result.includes(k)) continue;
    const before = keys[keys.indexOf(k) - 1];
    result.splice(result.indexOf(before) + 1, 0, k);
  }
  return Object.fromEntries(result.map((k) => [k, (value as Record<string, unknown>)[k]])) as T;
}

/**
 * Ponam's own limits of the figures at P — coverage, indicators never reported or without a
 * rate, completeness and timeliness of the data, pro-rated targets, reports of the period not
 * received, problems found while reading — each a figure of the model, then the team's approach.
 */
function limitationsView(model: ReportModel, lang: Lang, f: Formatter): LimitationsView {
  const c = catalogue(lang);
  const l = c.review.review.limits;
  const period = periodInWords(model.period, lang);
  const never = model.indicators.filter(neverReported);
  const noRate = model.indicators.filter((i) => i.rate === null && !neverReported(i));
  const prorated = model.indicators.filter((i) => i.targetSource === 'prorated');
  const q = model.quality;
  const missing = keyFindings(model).find((x) => x.kind === 'reports-missing-at-period');
  const issues = q.issues.filter((i) => i.severity !== 'info');
  const fact = (label: string, value: string, note: string | null = null): FactView => ({
    label,
    value,
    note,
    status: null,
  });
  const codes = (list: IndicatorModel[]) => list.map((i) => i.code).join(', ');
  const facts: FactView[] = [
    fact(
      l.coverage,
      f.percent(model.plan.coverage),
      l.coverageValue(f.number(model.plan.withData), f.number(model.plan.indicatorCount)),
    ),
    fact(l.neverReported, f.number(never.length), never.length > 0 ? codes(never) : null),
    fact(l.noRate, f.number(noRate.length), noRate.length > 0 ? `${codes(noRate)} — ${l.noRateValue}` : null),
    fact(
      l.completeness,
      f.percent(q.completeness.rate),
      l.completenessValue(
        f.number(q.completeness.received),
        f.number(q.completeness.expected),
        f.number(q.completeness.reportsReceived),
        f.number(q.completeness.reportsExpected),
      ),
    ),
    fact(l.timeliness, f.percent(q.timeliness.rate)),
    prorated.length > 0
      ? fact(l.prorated, f.number(prorated.length), l.proratedValue(f.number(prorated.length), period))
      : fact(l.prorated, l.notProrated),
    fact(
      l.missingReports,
      missing && missing.kind === 'reports-missing-at-period' ? f.number(missing.entities.length) : l.none,
      missing && missing.kind === 'reports-missing-at-period' ? missing.entities.join(', ') : null,
    ),
    fact(
      l.issues,
      f.number(issues.length),
      issues.length === 0
        ? null
        : l.issuesValue(
            f.number(issues.filter((i) => i.severity === 'error').length),
            f.number(issues.filter((i) => i.severity === 'warning').length),
          ),
    ),
  ];
  return {
    id: 'methode',
    title: c.review.review.limitations,
    intro: c.review.review.limitationsIntro(period),
    facts,
    method: analysisPart(model, lang, 'methodology', {
      id: 'methode-equipe',
      title: c.review.review.officerMethod,
      level: 3,
      required: true,
    }),
  };
}

/**
 * The logframe annex: per axis, each result (its heading says its level: `Résultat · effet`) then
 * its indicators, with the baseline, the final target, the means of verification, the frequency
 * and who reports.
 */
function logframeView(
  model: ReportModel,
  lang: Lang,
  f: Formatter,
  axisIds: ReadonlyMap<string, string>,
): LogframeView {
  const c = catalogue(lang);
  const r = c.review.review;
  const t = c.report;
  const extra = new Map((model.logframe?.indicators ?? []).map((x) => [x.code, x]));
  const indicatorRow = (i: IndicatorModel): Row => {
    const x = extra.get(i.code);
    return {
      cells: [
        { text: i.code, kind: 'code' },
        { text: i.label, kind: 'text', ...(i.unit ? { note: t.unitNote(i.unit) } : {}) },
        { text: f.value(i.baseline, i.unit, i.type), kind: 'number' },
        { text: f.value(i.finalTarget, i.unit, i.type), kind: 'number' },
        { text: x?.source ?? '—', kind: 'text' },
        { text: x?.frequency ?? r.defaultFrequency, kind: 'text' },
        { text: x?.responsible.join(', ') || '—', kind: 'text' },
      ],
    };
  };
  const blank = (): Cell => ({ text: '', kind: 'text' });
  const tables: TableView[] = model.axes.map((a) => {
    const own = model.indicators.filter((i) => i.axis === a.code);
    const groups: RowGroup[] = model.results
      .filter((res) => res.axis === a.code)
      .map((res) => ({
        heading: {
          code: res.code,
          text: res.label,
          note: res.level ? `${r.result} · ${res.level}` : r.result,
        },
        rows: own.filter((i) => i.result === res.code).map(indicatorRow),
      }));
    const direct = own.filter((i) => i.result === null);
    if (direct.length > 0)
      groups.push({ heading: { code: '', text: t.directIndicators }, rows: direct.map(indicatorRow) });
    if (groups.length === 0)
      groups.push({
        rows: [{ cells: [{ text: a.code, kind: 'code' }, ...Array.from({ length: 7 }, blank)] }],
      });
    const id = axisIds.get(a.code) ?? a.code;
    return {
      id: `annexe-cadre-${id}`,
      caption: `${r.logframeTable(a.code)} — ${a.label}`,
      columns: [
        { header: t.code, kind: 'code' },
        { header: t.label, kind: 'text', wide: true },
        { header: t.baseline, kind: 'number' },
        { header: t.finalTarget, kind: 'number' },
        { header: r.source, kind: 'text' },
        { header: r.frequency, kind: 'text' },
        { header: r.reporters, kind: 'text' },
      ],
      groups,
      rowHeaders: false,
    };
  });
  return { id: 'annexe-cadre-logique', title: r.logframe, intro: r.logframeIntro, tables };
}

/**
 * The cover's date: the configuration's `cover.date` (an ISO day is written out, `15 mars 2025`;
 * anything else as given), else with `--timestamp` the day the report was made, else none.
 */
export function coverDate(model: ReportModel, lang: Lang, f: Formatter): FactView[] {
  const label = catalogue(lang).report.generatedAt;
  const given = model.cover.date ?? null;
  if (given)
    return [
      {
        label,
        value: /^\d{4}-\d{2}-\d{2}$/.test(given) ? f.day(given) : given,
        figure: true,
        note: null,
        status: null,
      },
    ];
  return model.generatedAt
    ? [{ label, value: f.day(model.generatedAt), figure: true, note: null, status: null }]
    : [];
}

import type { IndicatorModel, ReportModel, RollupModel } from '../compute/model.js';
import type { Reason } from '../compute/rate.js';
import type { Status } from '../compute/status.js';
import { STATUSES } from '../compute/status.js';
import { catalogue, describeIssue, formatLocation, type Lang } from '../i18n/index.js';
import { sortIssues } from '../model/issues.js';
import { buildCharts } from './charts.js';
import { type Formatter, formatter } from './format.js';

/**
 * Everything the HTML template shows, already formatted: the template never computes a rate or
 * formats a number (Lighthouse's renderer/template split).
 */
export interface StatusView {
  status: Status;
  statusLabel: string;
  symbol: string;
}

export interface IndicatorView extends StatusView {
  code: string;
  label: string;
  unit: string;
  baseline: string;
  target: string;
  finalTarget: string;
  actual: string;
  rate: string;
  over: boolean;
  reason: string | null;
  /** Quarterly trend against the target, as inline SVG (src/report/charts.ts). */
  chart: string | null;
}

export interface RollupView extends StatusView {
  code: string;
  label: string;
  rate: string;
  coverage: string;
  coverageText: string;
  /** Bar length in % of the track, for the inline CSS bar. */
  bar: number;
}

export interface ResultView extends RollupView {
  indicators: IndicatorView[];
}

export interface AxisView extends RollupView {
  anchor: string;
  results: ResultView[];
}

export interface ReportView {
  lang: Lang;
  t: ReturnType<typeof catalogue>['report'];
  title: string;
  planCode: string;
  country: string;
  period: string;
  generatedAt: string | null;
  plan: RollupView;
  statusCounts: (StatusView & { count: number })[];
  /** Inline SVG charts of the executive summary. */
  charts: { summary: string; statuses: string };
  axes: AxisView[];
  settings: { method: string; thresholds: string; ceiling: string };
  formulas: string[];
  exclusions: { code: string; label: string; reason: string }[];
  issues: {
    severity: string;
    severityLabel: string;
    location: string;
    message: string;
    suggestion: string | null;
  }[];
  sources: { path: string; role: string; sha256: string }[];
}

export function buildView(model: ReportModel, lang: Lang): ReportView {
  const c = catalogue(lang);
  const f = formatter(lang);
  const charts = buildCharts(model, lang);
  const statusView = (status: Status): StatusView => ({
    status,
    statusLabel: c.status[status],
    symbol: c.statusSymbol[status],
  });
  const rollupView = (r: RollupModel): RollupView => ({
    ...statusView(r.status),
    code: r.code,
    label: r.label,
    rate: f.percent(r.rate),
    coverage: f.percent(r.coverage),
    coverageText: c.report.coverageOf(r.withData, r.indicatorCount),
    bar:
      r.rate === null ? 0 : Math.round(Math.min(r.rate / Math.max(model.settings.ceiling, 1), 1) * 1000) / 10,
  });
  const indicatorView = (i: IndicatorModel): IndicatorView => ({
    ...statusView(i.status),
    code: i.code,
    label: i.label,
    unit: i.unit,
    baseline: f.value(i.baseline, i.unit, i.type),
    target: f.value(i.target, i.unit, i.type),
    finalTarget: f.value(i.finalTarget, i.unit, i.type),
    actual: f.value(i.actual, i.unit, i.type),
    rate: f.percent(i.rate),
    over: i.rate !== null && i.rate > 1,
    reason: i.reason && i.reason !== 'no-data' ? c.reasons[i.reason] : null,
    chart: charts.indicators.get(i.code) ?? null,
  });

  const axes = model.axes.map((a, n) => {
    const results: ResultView[] = model.results
      .filter((r) => r.axis === a.code)
      .map((r) => ({
        ...rollupView(r),
        indicators: model.indicators.filter((i) => i.result === r.code).map(indicatorView),
      }));
    const direct = model.indicators.filter((i) => i.axis === a.code && i.result === null);
    if (direct.length > 0) {
      results.push({
        ...rollupView({ ...a, code: '', label: c.report.indicators }),
        indicators: direct.map(indicatorView),
      });
    }
    return { ...rollupView(a), anchor: `axe-${n + 1}`, results };
  });

  return {
    lang,
    t: c.report,
    title: model.plan.title || model.plan.code || c.report.title,
    planCode: model.plan.code,
    country: model.plan.country,
    period: model.period,
    generatedAt: model.generatedAt,
    plan: rollupView({ ...model.plan, label: model.plan.title, weight: 1 }),
    statusCounts: STATUSES.map((s) => ({ ...statusView(s), count: model.plan.statusCounts[s] })),
    charts: { summary: charts.summary, statuses: charts.statuses },
    axes,
    settings: {
      method: c.report.settingMethods[model.settings.method],
      thresholds: c.report.thresholdsText(
        f.percent(model.settings.thresholds.onTrack),
        f.percent(model.settings.thresholds.behind),
      ),
      ceiling: f.percent(model.settings.ceiling),
    },
    formulas: [
      c.report.formulaRatio,
      c.report.formulaProgression,
      c.report.formulaAuto,
      c.report.formulaMilestone,
      c.report.formulaAggregation,
      c.report.formulaTargets,
      c.report.formulaRollup,
      c.execution.formulaPhysical,
      c.execution.formulaFinancial,
      c.quality.formulaCompleteness,
      c.quality.formulaTimeliness(model.quality.timeliness.delayDays),
      c.quality.formulaOutliers,
      c.quality.formulaCumulative,
    ],
    exclusions: exclusions(model.indicators, c.reasons),
    issues: sortIssues(model.quality.issues)
      .filter((i) => i.severity !== 'info')
      .map((i) => ({
        severity: i.severity,
        severityLabel: c.severity[i.severity],
        location: formatLocation(i, lang),
        ...describeIssue(i, lang),
      })),
    sources: model.sources.map((s) => ({ path: s.path, role: c.report.roles[s.role], sha256: s.sha256 })),
  };
}

function exclusions(indicators: IndicatorModel[], reasons: Record<Reason, string>) {
  return indicators
    .filter((i) => i.reason !== null)
    .map((i) => ({ code: i.code, label: i.label, reason: reasons[i.reason as Reason] }));
}

export type { Formatter };

import { createRequire } from 'node:module';
import type * as EChartsCore from 'echarts/core';
import type { Execution } from '../compute/execution.js';
import type { IndicatorModel, ReportModel } from '../compute/model.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { formatter } from './format.js';
import { periodInWords } from './periods.js';
import { trendSvg } from './sparkline.js';
import { PALETTE, STATUS_STYLES, shownStatuses } from './statuses.js';
import type { ChartView } from './table.js';

// echarts' CommonJS bundle (its `require` entry, dist/echarts.js): one file, where its ES modules
// are some 600 files whose resolution and linking cost ~0.25 s of every report (farm-bench:
// 0.155 s against 0.40 s to load and draw one chart). The bundle holds every chart type; the report
// uses bars and lines, a grid, a legend and mark lines, drawn by the SVG renderer.
const echarts = createRequire(import.meta.url)('echarts') as typeof EChartsCore;

/**
 * Charts as static SVG strings, drawn at build time by echarts' server-side renderer: the
 * report carries no chart code and the same markup goes into the HTML and the PDF.
 */
export interface ChartSet {
  summary: ChartView;
  statuses: ChartView;
  /** Physical and financial execution by axis; null when the plan lists no activity. */
  execution: ChartView | null;
  /** Trend chart per indicator code; indicators without data have none. */
  indicators: Map<string, ChartView>;
}

type Option = Parameters<EChartsCore.ECharts['setOption']>[0];

/** The report's palette and status colours (src/report/statuses.ts); a status is also a symbol and a word. */
const INK = PALETTE.ink;
const MUTED = PALETTE.muted;
const RULE = PALETTE.rule;
const ACCENT = PALETTE.accent;
/** Axis labels kept inside the drawing (echarts 6's successor of `containLabel`). */
const LABEL_WIDTH = 270;
const CONTAIN_LABELS = { outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
/** Single quotes: echarts writes the family into a double-quoted style attribute without escaping it. */
const FONT = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, sans-serif";

/**
 * Each chart is named by its caption: the SVG (`role="img"`) points at the figcaption that the
 * renderer writes with the id `<chart id>-caption`, so a screen reader reads the caption.
 */
export function buildCharts(model: ReportModel, lang: Lang): ChartSet {
  const t = catalogue(lang).report;
  const chart = (id: string, caption: string, draw: (id: string) => string): ChartView => ({
    id,
    caption,
    svg: labelledBy(draw(id), captionId(id)),
  });
  const indicators = new Map<string, ChartView>();
  model.indicators.forEach((ind, n) => {
    if (ind.trend.some((p) => p.actual !== null))
      indicators.set(
        ind.code,
        chart(`ponam-ct${n}`, t.trendCaption(ind.code), (id) => trendChart(ind, lang, id)),
      );
  });
  const execution = model.plan.execution
    ? chart('ponam-ce', catalogue(lang).execution.chart, (id) => executionChart(model, lang, id))
    : null;
  return {
    summary: chart('ponam-cs', t.chartRates, (id) => ratesChart(model, lang, id)),
    statuses: chart('ponam-cc', t.chartStatuses, (id) => statusChart(model, lang, id)),
    execution,
    indicators,
  };
}

export function captionId(chartId: string): string {
  return `${chartId}-caption`;
}

function labelledBy(svg: string, id: string): string {
  return svg.replace(/^<svg /, `<svg aria-labelledby="${id}" `);
}

/**
 * Renders one chart to SVG. echarts numbers its instances with a process-wide counter
 * (`zr3-c0`, `zr3-cls-1`); those prefixes are replaced by a name derived from the chart's place
 * in the report, so that the same inputs give the same bytes and two charts never share an id.
 * The hover stylesheet and class names are dropped: nothing hovers on paper.
 */
export function renderSvg(option: Option, size: { width: number; height: number }, idPrefix: string): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT, color: INK }, ...option });
    return normaliseSvg(chart.renderToSVGString(), idPrefix);
  } finally {
    chart.dispose();
  }
}

export function normaliseSvg(svg: string, idPrefix: string): string {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ pointer-events="visible"/g, '')
    .replace(/\bzr\d+-/g, `${idPrefix}-`)
    .replace(/\n+/g, '\n')
    .replace(/<svg /, '<svg role="img" focusable="false" ');
}

/** A horizontal axis of rates from 0 to max, a tick every 20 %, with light grid lines. */
function rateAxis(f: ReturnType<typeof formatter>, max: number, fontSize: number) {
  return {
    type: 'value' as const,
    min: 0,
    max,
    interval: 0.2,
    axisLabel: { formatter: (v: number) => f.percent(v), color: MUTED, fontSize },
    splitLine: { lineStyle: { color: RULE } },
  };
}

/** A vertical axis of categories read from the top, without ticks. */
function categoryAxis<T>(data: T[], axisLabel: Record<string, unknown>) {
  return {
    type: 'category' as const,
    inverse: true,
    data,
    axisLabel,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: MUTED } },
  };
}

/** `A6 · Faire du Mali un pôle de dialogue…`: category labels must fit beside the bars. */
function shortLabel(code: string, label: string, max = 40): string {
  const full = code && label ? `${code} · ${label}` : code || label;
  const chars = [...full];
  return chars.length <= max
    ? full
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Plan and axis rates as horizontal bars, with the status thresholds drawn across them. */
function ratesChart(model: ReportModel, lang: Lang, id: string): string {
  const c = catalogue(lang);
  const f = formatter(lang);
  const rows = [
    { label: c.report.chartPlan, rate: model.plan.rate, status: model.plan.status },
    ...model.axes.map((a) => ({ label: shortLabel(a.code, a.label), rate: a.rate, status: a.status })),
  ];
  const { onTrack, behind } = model.settings.thresholds;
  const top = Math.max(1, model.settings.ceiling, ...rows.map((r) => r.rate ?? 0));
  const height = 44 + rows.length * 26;
  return renderSvg(
    {
      // A fixed label column: echarts' SSR estimate of text width is narrower than DejaVu Sans, so
      // a measured layout would cut labels off; shortLabel() keeps them within it.
      grid: { left: LABEL_WIDTH, right: 70, top: 26, bottom: 22, outerBoundsMode: 'none' },
      xAxis: rateAxis(f, Math.ceil(top * 10) / 10, 10),
      yAxis: categoryAxis(
        rows.map((r, n) => ({ value: r.label, textStyle: { fontWeight: n === 0 ? 'bold' : 'normal' } })),
        { color: INK, fontSize: 10.5 },
      ),
      series: [
        {
          type: 'bar',
          barWidth: 14,
          data: rows.map((r) => ({
            value: r.rate ?? 0,
            itemStyle: { color: STATUS_STYLES[r.status].colour },
            label: {
              show: true,
              position: 'right',
              color: INK,
              fontSize: 10,
              formatter: () => `${STATUS_STYLES[r.status].symbol} ${f.percent(r.rate)}`,
            },
          })),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: MUTED, width: 1 },
            label: {
              // The category axis is inverted, so the start of a threshold line is its top.
              position: 'start',
              color: MUTED,
              fontSize: 9,
              formatter: (p: { value: unknown }) => f.percent(Number(p.value)),
            },
            data: [{ xAxis: behind }, { xAxis: onTrack }],
          },
        },
      ],
    },
    { width: 720, height },
    id,
  );
}

/** Number of indicators per status, each bar named by its symbol and word. */
function statusChart(model: ReportModel, lang: Lang, id: string): string {
  const c = catalogue(lang);
  const f = formatter(lang);
  return renderSvg(
    {
      grid: { left: 4, right: 12, top: 22, bottom: 4, ...CONTAIN_LABELS },
      xAxis: {
        type: 'category',
        data: shownStatuses(model.plan.statusCounts).map((s) => `${STATUS_STYLES[s].symbol} ${c.status[s]}`),
        axisLabel: { color: INK, fontSize: 11 },
        axisTick: { show: false },
        axisLine: { lineStyle: { color: MUTED } },
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        axisLabel: { formatter: (v: number) => f.number(v), color: MUTED, fontSize: 10 },
        splitLine: { lineStyle: { color: RULE } },
      },
      series: [
        {
          type: 'bar',
          barWidth: '45%',
          data: shownStatuses(model.plan.statusCounts).map((s) => ({
            value: model.plan.statusCounts[s],
            itemStyle: { color: STATUS_STYLES[s].colour },
          })),
          label: {
            show: true,
            position: 'top',
            color: INK,
            fontSize: 11,
            formatter: (p: { value: unknown }) => f.number(Number(p.value)),
          },
        },
      ],
    },
    { width: 720, height: 170 },
    id,
  );
}

/**
 * One indicator's quarterly actual (solid, dotted markers) against its target (dashed steps),
 * drawn without echarts (sparkline.ts): one per indicator, they were most of the report's time.
 */
function trendChart(ind: IndicatorModel, lang: Lang, id: string): string {
  const c = catalogue(lang);
  const f = formatter(lang);
  const percent = /%/.test(ind.unit);
  const periods = ind.trend.map((p) => periodInWords(p.period, lang));
  // At most 6 period labels: more would touch at this width (each about 50 units wide).
  const every = Math.max(1, Math.ceil(periods.length / 6));
  const svg = trendSvg(
    {
      labels: periods,
      actual: ind.trend.map((p) => p.actual),
      target: ind.trend.map((p) => p.target),
    },
    {
      // Drawn 400 wide so that, printed in 58 % of an A4 page's width (about 290 pt), its 10.5-unit
      // labels are 7 pt or more (560 wide with 8-unit labels printed them at about 4 pt).
      width: 400,
      height: 68,
      font: FONT,
      ink: INK,
      muted: MUTED,
      rule: RULE,
      accent: ACCENT,
      names: { actual: c.report.actual, target: c.report.target },
      tick: (v) => (percent ? f.percent(v / 100) : f.number(v)),
      labelled: (n) => n % every === every - 1,
    },
  );
  return normaliseSvg(svg, id);
}

/** Physical and financial execution of each axis, as two bars, with the rate written beside each. */
function executionChart(model: ReportModel, lang: Lang, id: string): string {
  const c = catalogue(lang).execution;
  const f = formatter(lang);
  const axes = model.axes
    .filter((a) => a.execution)
    .map((a) => ({ code: a.code, e: a.execution as Execution }));
  const series = (name: string, colour: string, rate: (e: Execution) => number | null) => ({
    name,
    type: 'bar' as const,
    barWidth: 9,
    barGap: '15%',
    itemStyle: { color: colour },
    data: axes.map(({ e }) => ({
      value: Math.max(0, rate(e) ?? 0),
      label: {
        show: true,
        position: 'right' as const,
        color: INK,
        fontSize: 10,
        formatter: () => f.percent(rate(e)),
      },
    })),
  });
  const top = Math.max(1, ...axes.flatMap(({ e }) => [e.physicalRate ?? 0, e.financialRate ?? 0]));
  return renderSvg(
    {
      // The legend above the bars: under them it sat on the axis's 0 % and 20 % ticks.
      legend: {
        top: 0,
        left: 40,
        itemWidth: 12,
        itemHeight: 9,
        textStyle: { fontSize: 10, color: INK },
        data: [c.physicalRate, c.financialRate],
      },
      grid: { left: 44, right: 56, top: 28, bottom: 22, outerBoundsMode: 'none' },
      xAxis: rateAxis(f, Math.ceil(top * 5) / 5, 10),
      yAxis: categoryAxis(
        axes.map((a) => a.code),
        { color: INK, fontSize: 10, fontWeight: 'bold' },
      ),
      series: [
        series(c.physicalRate, PALETTE.physical, (e) => e.physicalRate),
        series(c.financialRate, PALETTE.financial, (e) => e.financialRate),
      ],
    },
    { width: 720, height: 52 + axes.length * 26 },
    id,
  );
}

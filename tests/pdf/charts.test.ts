import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IndicatorModel, ReportModel } from '../../src/compute/model.js';
import { buildReport } from '../../src/core/report.js';
import { buildCharts, normaliseSvg } from '../../src/report/charts.js';
import { renderHtml } from '../../src/report/html.js';
import { buildView } from '../../src/report/view.js';

const DEMO = join(import.meta.dirname, '..', '..', 'fixtures', 'ponam-2020-2024');

const EVIL = '<script>alert(1)</script>';

function indicator(code: string, label: string): IndicatorModel {
  return {
    code,
    result: 'R1',
    axis: 'A1',
    label,
    unit: 'nombre',
    type: 'quantitative',
    direction: 'increase',
    aggregation: 'sum',
    entityAggregation: 'sum',
    targetType: 'cumulative',
    method: 'ratio',
    methodRule: { method: 'ratio', why: 'flow' },
    baseline: 0,
    baselineYear: 2019,
    target: 1000,
    targetBasis: 'pace',
    targetSource: 'year',
    targetPeriod: '2022',
    elapsedShare: null,
    targetFrom: null,
    targetYear: 1000,
    finalTarget: 2000,
    actual: 17181,
    rate: 0.85,
    rateYear: 0.85,
    rateFinal: 0.43,
    rateClamped: 0.85,
    status: 'on-track',
    reason: null,
    weight: 1,
    previous: null,
    periodActual: null,
    year: null,
    change: null,
    entities: [],
    breakdowns: [],
    comments: [],
    trend: [
      { period: '2022-T1', actual: 2500, target: 1000 },
      { period: '2022-T2', actual: null, target: 1000 },
      { period: '2022-T3', actual: 17181, target: 1000 },
    ],
    trace: [],
  } as IndicatorModel;
}

function model(axisLabel = 'Protéger les migrants'): ReportModel {
  const counts = { 'on-track': 1, behind: 0, critical: 0, 'no-data': 1 };
  const rollup = {
    weight: 1,
    rate: 0.857,
    coverage: 0.5,
    status: 'on-track' as const,
    indicatorCount: 2,
    withData: 1,
    statusCounts: counts,
  };
  return {
    schemaVersion: '1',
    tool: { name: 'ponam', version: 'test' },
    generatedAt: null,
    lang: 'fr',
    period: '2022-T3',
    settings: { method: 'auto', thresholds: { onTrack: 0.8, behind: 0.5 }, ceiling: 1 },
    plan: {
      code: 'P',
      title: 'Plan',
      country: 'Mali',
      startYear: 2020,
      endYear: 2024,
      currency: 'FCFA',
      ...rollup,
    },
    axes: [{ code: 'A1', label: axisLabel, ...rollup }],
    results: [{ code: 'R1', label: 'Résultat', axis: 'A1', level: null, ...rollup }],
    indicators: [indicator('I1', EVIL), { ...indicator('I2', 'Sans données'), actual: null, trend: [] }],
    quality: { issues: [] },
    sources: [],
  } as unknown as ReportModel;
}

describe('charts', () => {
  it('draws the same bytes for the same inputs, however many charts were drawn before', () => {
    const first = buildCharts(model(), 'fr');
    buildCharts(model('autre'), 'en');
    const second = buildCharts(model(), 'fr');
    expect(second.summary).toEqual(first.summary);
    expect(second.statuses).toEqual(first.statuses);
    expect([...second.indicators]).toEqual([...first.indicators]);
  });

  it('leaves no echarts instance number, hover stylesheet or script in the SVG', () => {
    const charts = buildCharts(model(), 'fr');
    for (const { svg } of [charts.summary, charts.statuses, ...charts.indicators.values()]) {
      expect(svg.startsWith('<svg ')).toBe(true);
      expect(svg).not.toMatch(/\bzr\d+-|<style|<script|ecmeta_/);
    }
  });

  it('gives every chart its own ids', () => {
    const charts = buildCharts(model(), 'fr');
    const ids = [charts.summary, charts.statuses, ...charts.indicators.values()].flatMap(({ svg }) =>
      [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes every label it draws', () => {
    const charts = buildCharts(model(EVIL), 'fr');
    expect(charts.summary.svg).not.toContain('<script>');
    expect(charts.summary.svg).toContain('&lt;script&gt;');
  });

  it('keeps a hostile label escaped all the way into the HTML report', async () => {
    const outcome = await buildReport({
      plan: join(DEMO, 'plan.xlsx'),
      data: [join(DEMO, 'data')],
      settings: {},
      timestamp: false,
      tool: { name: 'ponam', version: 'test' },
    });
    if (!outcome.ok) throw new Error('the demo fixture should build');
    const hostile = {
      ...outcome.model,
      axes: outcome.model.axes.map((a, n) => (n === 0 ? { ...a, label: EVIL } : a)),
    };
    const view = buildView(hostile, 'fr');
    const html = renderHtml(view);
    expect(view.summary.charts[0].svg).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<script/i);
  }, 60_000);

  it('formats axis labels and values the French way', () => {
    const charts = buildCharts(model(), 'fr');
    expect(charts.summary.svg).toMatch(/85,7\s%/u);
    expect(charts.summary.svg).toMatch(/80\s%/u);
    expect(charts.indicators.get('I1')?.svg).toMatch(/10\s000/u);
  });

  it('draws a trend only for indicators that have data', () => {
    const charts = buildCharts(model(), 'fr');
    expect([...charts.indicators.keys()]).toEqual(['I1']);
  });

  it('names every chart by its caption, which the page writes under it', () => {
    const charts = buildCharts(model(), 'fr');
    for (const chart of [charts.summary, charts.statuses, ...charts.indicators.values()]) {
      expect(chart.svg).toMatch(new RegExp(`^<svg aria-labelledby="${chart.id}-caption" role="img"`));
      expect(chart.caption.length).toBeGreaterThan(10);
    }
    expect(charts.indicators.get('I1')?.caption).toContain('I1');
  });

  it('writes the periods of a trend in words', () => {
    expect(buildCharts(model(), 'fr').indicators.get('I1')?.svg).toContain('T3 2022');
    expect(buildCharts(model(), 'en').indicators.get('I1')?.svg).toContain('Q3 2022');
  });

  it('renames instance-numbered ids with the given prefix', () => {
    const svg =
      '<svg x="1"><defs><clipPath id="zr7-c0"></clipPath></defs><g clip-path="url(#zr7-c0)" class="zr7-cls-1"></g></svg>';
    expect(normaliseSvg(svg, 'ponam-ct3')).toBe(
      '<svg role="img" focusable="false" x="1"><defs><clipPath id="ponam-ct3-c0"></clipPath></defs><g clip-path="url(#ponam-ct3-c0)"></g></svg>',
    );
  });
});

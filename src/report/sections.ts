import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Execution } from '../compute/execution.js';
import type { ReportModel } from '../compute/model.js';
import type { CellState } from '../compute/quality.js';
import { catalogue, formatLocation, type Lang } from '../i18n/index.js';
import { templatePath } from './assets.js';
import { formatter } from './format.js';
import type { ExtraSection } from './html.js';

/**
 * The execution and data-quality sections of the HTML report. Views are formatted here; the
 * templates in templates/sections/ only lay them out.
 */
export interface SectionsHtml {
  extraSections: ExtraSection[];
  qualityHtml: string;
  css: string;
}

const CHART = { labelWidth: 150, barWidth: 320, rowHeight: 34, barHeight: 12 };

const compiled = new Map<string, Handlebars.TemplateDelegate>();

function template(name: string): Handlebars.TemplateDelegate {
  let t = compiled.get(name);
  if (!t) {
    t = Handlebars.create().compile(readFileSync(templatePath(`sections/${name}.hbs`), 'utf8'), {
      strict: false,
    });
    compiled.set(name, t);
  }
  return t;
}

export function renderSections(model: ReportModel, lang: Lang): SectionsHtml {
  const c = catalogue(lang);
  const extraSections: ExtraSection[] = [];
  if (model.plan.execution) {
    extraSections.push({
      id: 'execution',
      title: c.execution.title,
      html: template('execution')(executionView(model, lang)),
    });
  }
  return {
    extraSections,
    qualityHtml: template('quality')(qualityView(model, lang)),
    css: readFileSync(templatePath('sections/sections.css'), 'utf8'),
  };
}

export function executionView(model: ReportModel, lang: Lang) {
  const c = catalogue(lang);
  const f = formatter(lang);
  const row = (code: string, label: string, e: Execution) => ({
    code,
    label,
    planned: f.number(e.planned),
    done: f.number(e.done),
    inProgress: f.number(e.inProgress),
    notStarted: f.number(e.notStarted),
    abandoned: f.number(e.abandoned),
    notReported: f.number(e.notReported),
    physicalRate: f.percent(e.physicalRate),
    physicalReason: e.physicalReason ? c.execution.reasons[e.physicalReason] : null,
    meanProgress: f.percent(e.meanProgress),
    budget: e.budget === null ? c.report.noData : f.number(e.budget),
    disbursed: f.number(e.disbursed),
    financialRate: f.percent(e.financialRate),
    financialReason: e.financialReason ? c.execution.reasons[e.financialReason] : null,
  });
  const axes = model.axes.filter((a) => a.execution).map((a) => ({ axis: a, e: a.execution as Execution }));
  const width = (rate: number | null) =>
    Math.round(Math.min(Math.max(rate ?? 0, 0), 1) * CHART.barWidth * 10) / 10;
  const bars = axes.map(({ axis, e }, n) => {
    const y = n * CHART.rowHeight + 8;
    return {
      code: axis.code,
      y,
      textY: y + CHART.barHeight,
      physicalY: y,
      financialY: y + CHART.barHeight + 2,
      physicalWidth: width(e.physicalRate),
      financialWidth: width(e.financialRate),
      physicalText: f.percent(e.physicalRate),
      financialText: f.percent(e.financialRate),
      physicalTextX: CHART.labelWidth + width(e.physicalRate) + 4,
      financialTextX: CHART.labelWidth + width(e.financialRate) + 4,
      financialTextY: y + 2 * CHART.barHeight + 2,
    };
  });
  return {
    t: c.execution,
    axisHeader: c.report.axis,
    currency: model.plan.currency,
    intro: c.execution.intro,
    rows: axes.map(({ axis, e }) => row(axis.code, axis.label, e)),
    total: row('', c.execution.plan, model.plan.execution as Execution),
    chart: {
      width: CHART.labelWidth + CHART.barWidth + 60,
      height: axes.length * CHART.rowHeight + 40,
      labelWidth: CHART.labelWidth,
      barHeight: CHART.barHeight,
      legendY: axes.length * CHART.rowHeight + 28,
      legendX2: CHART.labelWidth + 140,
      bars,
    },
  };
}

const STATES: CellState[] = ['on-time', 'late', 'received', 'partial', 'missing'];

export function qualityView(model: ReportModel, lang: Lang) {
  const c = catalogue(lang);
  const q = model.quality;
  const f = formatter(lang);
  const t = c.quality;
  const loc = (x: { file: string; sheet: string | null; cell: string | null }) =>
    formatLocation({ file: x.file, sheet: x.sheet ?? undefined, cell: x.cell ?? undefined }, lang);
  const dated = q.timeliness.onTime + q.timeliness.late;
  return {
    t,
    indicatorHeader: c.report.indicator,
    summary: [
      {
        label: t.completeness,
        value: f.percent(q.completeness.rate),
        detail: t.completenessText(q.completeness.received, q.completeness.expected),
      },
      {
        label: t.timeliness,
        value: f.percent(q.timeliness.rate),
        detail: t.timelinessText(q.timeliness.onTime, dated, q.timeliness.delayDays),
      },
      { label: t.outOfRange, value: t.count(q.outOfRange.length), detail: '' },
      { label: t.outliers, value: t.count(q.outliers.length), detail: '' },
      { label: t.cumulativeDecreases, value: t.count(q.cumulativeDecreases.length), detail: '' },
      { label: t.disaggregationMismatches, value: t.count(q.disaggregationMismatches.length), detail: '' },
      { label: t.conflictingDuplicates, value: t.count(q.conflictingDuplicates.length), detail: '' },
      { label: t.unknownCodes, value: t.count(q.unknownCodes.length), detail: '' },
    ],
    matrix: {
      periods: q.completeness.periods,
      rows: q.completeness.rows.map((r) => ({
        entity: r.entity,
        rate: f.percent(r.rate),
        cells: r.cells.map((cell) => ({
          state: cell.state,
          symbol: t.stateSymbols[cell.state],
          title: `${r.entity} · ${cell.period} · ${t.states[cell.state]}`,
        })),
      })),
    },
    legend: STATES.map((s) => ({ state: s, symbol: t.stateSymbols[s], label: t.states[s] })),
    late: q.timeliness.submissions
      .filter((s) => !s.onTime)
      .map((s) => ({
        entity: s.entity ?? '',
        period: s.period,
        submittedOn: s.submittedOn,
        deadline: s.deadline,
        daysLate: f.number(s.daysLate),
        file: s.file,
      })),
    outliers: q.outliers.map((o) => ({
      indicator: o.indicator,
      entity: o.entity,
      period: o.period,
      value: f.number(o.value),
      median: f.number(o.median),
      score: f.number(o.score),
      location: loc(o),
    })),
    outOfRange: q.outOfRange.map((o) => ({
      indicator: o.indicator,
      entity: o.entity,
      period: o.period,
      value: f.number(o.value),
      kind: t.kinds[o.kind],
      location: loc(o),
    })),
    decreases: q.cumulativeDecreases.map((d) => ({
      indicator: d.indicator,
      entity: d.entity,
      period: d.period,
      value: f.number(d.value),
      previous: `${f.number(d.previous)} (${d.previousPeriod})`,
      location: loc(d),
    })),
  };
}

import type { Execution } from '../compute/execution.js';
import type { ReportModel } from '../compute/model.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { yearsOf } from './findings-view.js';
import { formatter } from './format.js';
import { periodInWords } from './periods.js';
import { type Cell, type ChartView, type Column, type Row, simpleTable, type TableView } from './table.js';

/** The execution section of the report, as data: its tables, its chart, its counts in words. */
export interface ExecutionView {
  title: string;
  intro: string;
  /** What the physical and financial rates count: the activities due by P, which budget. */
  method: string[];
  chart: ChartView | null;
  physical: TableView;
  financial: TableView;
}

export function executionView(model: ReportModel, lang: Lang, chart: ChartView | null): ExecutionView | null {
  const plan = model.plan.execution;
  if (!plan) return null;
  const c = catalogue(lang);
  const e = c.execution;
  const f = formatter(lang);
  const period = periodInWords(model.period, lang);
  const year = model.period.slice(0, 4);
  const years = yearsOf(model.plan.startYear, model.plan.endYear);
  // The plan says when its activities are due: the physical rate counts those due by P.
  const scheduled = plan.scheduled > 0;
  const toDate = plan.budgetToDate !== null;
  const axes = model.axes.filter((a) => a.execution);
  const head = (code: string, label: string): Cell => ({ text: code, kind: 'code', note: label });
  const num = (n: number | null): Cell => ({ text: f.number(n), kind: 'number' });
  const rate = (value: number | null, reason: string | null): Cell => ({
    text: f.percent(value),
    kind: 'number',
    strong: true,
    ...(reason ? { note: reason } : {}),
  });
  const physicalRow = (first: Cell, x: Execution): Row => ({
    cells: [
      first,
      num(x.planned),
      ...(scheduled ? [num(x.due)] : []),
      // Scheduled: the activities done among those due, and those done ahead of time under them.
      scheduled
        ? { ...num(x.doneDue), ...(x.doneAhead > 0 ? { note: e.aheadNote(f.number(x.doneAhead)) } : {}) }
        : num(x.done),
      ...[x.inProgress, x.notStarted, x.abandoned, x.notReported].map(num),
      rate(x.physicalRate, x.physicalReason ? e.reasons[x.physicalReason] : null),
      { text: f.percent(x.meanProgress), kind: 'number' },
    ],
  });
  const financialRow = (first: Cell, x: Execution): Row => ({
    cells: [
      first,
      { text: x.budget === null ? c.report.noData : f.number(x.budget), kind: 'number' },
      ...(toDate ? [num(x.budgetToDate)] : []),
      num(x.disbursed),
      rate(x.financialRate, x.financialReason ? e.reasons[x.financialReason] : null),
      ...(toDate ? [rate(x.financialRateToDate, null)] : []),
    ],
  });
  const total: Cell = { text: e.plan, kind: 'text', strong: true };
  const money = (header: string) => (model.plan.currency ? `${header} (${model.plan.currency})` : header);
  const count = (header: string): Column => ({ header, kind: 'number' });
  return {
    title: e.title,
    intro: e.intro,
    method: [scheduled ? e.introDue(period) : e.introUndated, e.introFinancial(period, years)],
    chart,
    physical: withNotes(
      scheduled ? [e.physicalNote(period)] : [],
      simpleTable(
        'execution-physique',
        e.physicalTable,
        [
          { header: c.report.axis, kind: 'code' },
          count(e.planned),
          ...(scheduled ? [count(e.dueShort)] : []),
          count(scheduled ? e.doneDue : e.done),
          ...[e.inProgress, e.notStarted, e.abandoned, e.notReported].map(count),
          count(e.physicalRate),
          count(e.meanProgress),
        ],
        // Nine or ten columns leave no room for the axes' labels: the financial table just below gives them.
        axes.map((a) => physicalRow({ text: a.code, kind: 'code' }, a.execution as Execution)),
        { rowHeaders: true, foot: [physicalRow(total, plan)] },
      ),
    ),
    financial: simpleTable(
      'execution-financiere',
      e.financialTable,
      [
        { header: c.report.axis, kind: 'code', wide: true },
        count(money(e.budgetTotal(years))),
        ...(toDate ? [count(money(e.budgetToDate(year)))] : []),
        count(money(e.disbursedTo(period))),
        count(e.financialRateTotal),
        ...(toDate ? [count(e.financialRateToDate(year))] : []),
      ],
      axes.map((a) => financialRow(head(a.code, a.label), a.execution as Execution)),
      { rowHeaders: true, foot: [financialRow(total, plan)] },
    ),
  };
}

function withNotes(notes: string[], table: TableView): TableView {
  return notes.length > 0 ? { ...table, notes } : table;
}

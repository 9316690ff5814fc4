import type { Execution } from '../compute/execution.js';
import type { ReportModel } from '../compute/model.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { formatter } from './format.js';
import { type Cell, type ChartView, type Row, simpleTable, type TableView } from './table.js';

/** The execution section of the report, as data: its tables, its chart, its counts in words. */
export interface ExecutionView {
  title: string;
  intro: string;
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
  const axes = model.axes.filter((a) => a.execution);
  const head = (code: string, label: string): Cell => ({ text: code, kind: 'code', note: label });
  const rate = (value: number | null, reason: string | null): Cell => ({
    text: f.percent(value),
    kind: 'number',
    strong: true,
    ...(reason ? { note: reason } : {}),
  });
  const physicalRow = (first: Cell, x: Execution): Row => ({
    cells: [
      first,
      ...[x.planned, x.done, x.inProgress, x.notStarted, x.abandoned, x.notReported].map(
        (n): Cell => ({ text: f.number(n), kind: 'number' }),
      ),
      rate(x.physicalRate, x.physicalReason ? e.reasons[x.physicalReason] : null),
      { text: f.percent(x.meanProgress), kind: 'number' },
    ],
  });
  const financialRow = (first: Cell, x: Execution): Row => ({
    cells: [
      first,
      { text: x.budget === null ? c.report.noData : f.number(x.budget), kind: 'number' },
      { text: f.number(x.disbursed), kind: 'number' },
      rate(x.financialRate, x.financialReason ? e.reasons[x.financialReason] : null),
    ],
  });
  const total: Cell = { text: e.plan, kind: 'text', strong: true };
  const money = (header: string) => (model.plan.currency ? `${header} (${model.plan.currency})` : header);
  return {
    title: e.title,
    intro: e.intro,
    chart,
    physical: simpleTable(
      'execution-physique',
      e.physicalTable,
      [
        { header: c.report.axis, kind: 'code' },
        ...[e.planned, e.done, e.inProgress, e.notStarted, e.abandoned, e.notReported].map((header) => ({
          header,
          kind: 'number' as const,
        })),
        { header: e.physicalRate, kind: 'number' },
        { header: e.meanProgress, kind: 'number' },
      ],
      // Nine columns leave no room for the axes' labels: the financial table just below gives them.
      axes.map((a) => physicalRow({ text: a.code, kind: 'code' }, a.execution as Execution)),
      { rowHeaders: true, foot: [physicalRow(total, plan)] },
    ),
    financial: simpleTable(
      'execution-financiere',
      e.financialTable,
      [
        { header: c.report.axis, kind: 'code', wide: true },
        { header: money(e.budget), kind: 'number' },
        { header: money(e.disbursed), kind: 'number' },
        { header: e.financialRate, kind: 'number' },
      ],
      axes.map((a) => financialRow(head(a.code, a.label), a.execution as Execution)),
      { rowHeaders: true, foot: [financialRow(total, plan)] },
    ),
  };
}

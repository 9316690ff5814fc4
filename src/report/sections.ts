import type { Execution } from '../compute/execution.js';
import type { ReportModel } from '../compute/model.js';
import type { CellState } from '../compute/quality.js';
import { catalogue, describeIssue, formatLocation, type Lang } from '../i18n/index.js';
import { sortIssues } from '../model/issues.js';
import { formatter } from './format.js';
import { shownPath, within } from './paths.js';
import { periodInWords } from './periods.js';
import { CELL_STYLES } from './statuses.js';
import { type Cell, type ChartView, type Row, simpleTable, type TableView } from './table.js';

/**
 * The execution and data-quality sections of the report, as data: their tables, their chart,
 * their counts in words.
 */
export interface ExecutionView {
  title: string;
  intro: string;
  chart: ChartView | null;
  physical: TableView;
  financial: TableView;
}

export interface QualityView {
  summary: TableView;
  matrix: TableView | null;
  legendTitle: string;
  legend: { state: CellState; symbol: string; label: string }[];
  /** Late reports, values out of range, outliers, cumulative series going down: those that have rows. */
  tables: TableView[];
  issues: TableView | null;
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

const STATES: CellState[] = ['on-time', 'late', 'received', 'partial', 'missing'];

/**
 * @param folder the folder common to every source, taken off file paths in the body (the
 *   sources section names it once)
 */
export function qualityView(model: ReportModel, lang: Lang, folder: string, cwd: string): QualityView {
  const c = catalogue(lang);
  const q = model.quality;
  const f = formatter(lang);
  const t = c.quality;
  const r = c.report;
  const file = (path: string) => within(shownPath(path, cwd), folder);
  const loc = (x: { file: string; sheet: string | null; cell: string | null }) =>
    formatLocation({ file: file(x.file), sheet: x.sheet ?? undefined, cell: x.cell ?? undefined }, lang);
  const dated = q.timeliness.onTime + q.timeliness.late;
  const found = (n: number) => (n === 0 ? t.none : f.count(n, t.nouns.case));
  const num = (text: string): Cell => ({ text, kind: 'number' });
  const txt = (text: string): Cell => ({ text, kind: 'text' });
  const code = (text: string): Cell => ({ text, kind: 'code' });
  const when = (period: string): Cell => ({ text: periodInWords(period, lang), kind: 'date' });

  const summary = simpleTable(
    'controles',
    t.summary,
    [
      { header: t.check, kind: 'text' },
      { header: t.result, kind: 'number' },
      { header: t.detail, kind: 'text', wide: true },
    ],
    [
      [
        t.completeness,
        f.percent(q.completeness.rate),
        t.completenessText(
          f.count(q.completeness.received, t.nouns.receivedReport),
          f.count(q.completeness.expected, t.nouns.expected),
        ),
      ],
      [
        t.timeliness,
        f.percent(q.timeliness.rate),
        t.timelinessText(
          f.count(q.timeliness.onTime, t.nouns.onTimeWorkbook),
          f.count(dated, t.nouns.datedWorkbook),
          f.count(q.timeliness.delayDays, t.nouns.day),
          q.timeliness.undated > 0 ? f.count(q.timeliness.undated, t.nouns.undatedWorkbook) : null,
        ),
      ],
      [t.outOfRange, found(q.outOfRange.length), ''],
      [t.outliers, found(q.outliers.length), ''],
      [t.cumulativeDecreases, found(q.cumulativeDecreases.length), ''],
      [t.disaggregationMismatches, found(q.disaggregationMismatches.length), ''],
      [t.conflictingDuplicates, found(q.conflictingDuplicates.length), ''],
      [t.unknownCodes, found(q.unknownCodes.length), ''],
    ].map(([label, value, detail]) => ({ cells: [txt(label), num(value), txt(detail)] })),
    { rowHeaders: true, compact: true },
  );

  const matrix =
    q.completeness.rows.length === 0
      ? null
      : simpleTable(
          'completude',
          t.matrix,
          [
            { header: t.entity, kind: 'text' },
            ...q.completeness.periods.map((p) => ({
              header: periodInWords(p, lang),
              kind: 'state' as const,
            })),
            { header: t.rate, kind: 'number' },
          ],
          q.completeness.rows.map((row) => ({
            cells: [
              txt(row.entity),
              ...row.cells.map(
                (cell): Cell => ({
                  text: CELL_STYLES[cell.state].symbol,
                  kind: 'state',
                  state: cell.state,
                  title: `${row.entity} · ${periodInWords(cell.period, lang)} · ${t.states[cell.state]}`,
                }),
              ),
              {
                ...num(f.percent(row.rate)),
                note: t.receivedOf(f.number(row.received), f.number(row.expected)),
              },
            ],
          })),
          { rowHeaders: true },
        );

  const tables: TableView[] = [];
  const late = q.timeliness.submissions.filter((s) => !s.onTime);
  if (late.length > 0)
    tables.push(
      simpleTable(
        'retards',
        t.lateTitle,
        [
          { header: t.entity, kind: 'text' },
          { header: r.period, kind: 'date' },
          { header: t.deadline, kind: 'date' },
          { header: t.submittedOn, kind: 'date' },
          { header: t.daysLate, kind: 'number' },
          { header: r.file, kind: 'path' },
        ],
        late.map((s) => ({
          cells: [
            txt(s.entity ?? ''),
            when(s.period),
            { text: f.date(s.deadline), kind: 'date' },
            { text: f.date(s.submittedOn), kind: 'date' },
            num(f.number(s.daysLate)),
            { text: file(s.file), kind: 'path' },
          ],
        })),
      ),
    );
  if (q.outOfRange.length > 0)
    tables.push(
      simpleTable(
        'hors-limites',
        t.outOfRange,
        [
          { header: r.indicator, kind: 'code' },
          { header: t.entity, kind: 'text' },
          { header: r.period, kind: 'date' },
          { header: t.value, kind: 'number' },
          { header: t.kind, kind: 'text' },
          { header: t.location, kind: 'path' },
        ],
        q.outOfRange.map((o) => ({
          cells: [
            code(o.indicator),
            txt(o.entity),
            when(o.period),
            num(f.number(o.value)),
            txt(t.kinds[o.kind]),
            { text: loc(o), kind: 'path' },
          ],
        })),
      ),
    );
  if (q.outliers.length > 0)
    tables.push(
      simpleTable(
        'aberrantes',
        t.outliersTitle,
        [
          { header: r.indicator, kind: 'code' },
          { header: t.entity, kind: 'text' },
          { header: r.period, kind: 'date' },
          { header: t.value, kind: 'number' },
          { header: t.median, kind: 'number' },
          { header: t.score, kind: 'number' },
          { header: t.location, kind: 'path' },
        ],
        q.outliers.map((o) => ({
          cells: [
            code(o.indicator),
            txt(o.entity),
            when(o.period),
            num(f.number(o.value)),
            num(f.number(o.median)),
            num(f.number(o.score)),
            { text: loc(o), kind: 'path' },
          ],
        })),
      ),
    );
  if (q.cumulativeDecreases.length > 0)
    tables.push(
      simpleTable(
        'baisses',
        t.cumulativeDecreases,
        [
          { header: r.indicator, kind: 'code' },
          { header: t.entity, kind: 'text' },
          { header: r.period, kind: 'date' },
          { header: t.value, kind: 'number' },
          { header: t.previous, kind: 'number' },
          { header: t.location, kind: 'path' },
        ],
        q.cumulativeDecreases.map((d) => ({
          cells: [
            code(d.indicator),
            txt(d.entity),
            when(d.period),
            num(f.number(d.value)),
            { ...num(f.number(d.previous)), note: periodInWords(d.previousPeriod, lang) },
            { text: loc(d), kind: 'path' },
          ],
        })),
      ),
    );

  const shown = sortIssues(model.quality.issues).filter((i) => i.severity !== 'info');
  const issues =
    shown.length === 0
      ? null
      : simpleTable(
          'anomalies',
          r.issuesTitle,
          [
            { header: r.severity, kind: 'status' },
            { header: `${r.file} › ${r.sheet} › ${r.cell}`, kind: 'path' },
            { header: r.message, kind: 'text', wide: true },
          ],
          shown.map((i) => {
            const d = describeIssue(i, lang);
            return {
              cells: [
                {
                  text: c.severity[i.severity],
                  kind: 'status',
                  status:
                    i.severity === 'error' ? 'critical' : i.severity === 'warning' ? 'behind' : undefined,
                },
                { text: formatLocation({ ...i, file: file(i.file) }, lang), kind: 'path' },
                txt(d.suggestion ? `${d.message} — ${d.suggestion}` : d.message),
              ],
            };
          }),
        );

  return {
    summary,
    matrix,
    legendTitle: t.legend,
    legend: STATES.map((s) => ({ state: s, symbol: CELL_STYLES[s].symbol, label: t.states[s] })),
    tables,
    issues,
  };
}

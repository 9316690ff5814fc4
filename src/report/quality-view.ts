import type { ReportModel } from '../compute/model.js';
import type { CellState, CompletenessCell } from '../compute/quality.js';
import { catalogue, describeIssue, formatLocation, type Lang } from '../i18n/index.js';
import { SKIP_CODES, sortIssues } from '../model/issues.js';
import { formatter } from './format.js';
import type { ShownPaths } from './paths.js';
import { periodInWords } from './periods.js';
import { CELL_STYLES } from './statuses.js';
import { type Cell, type Column, simpleTable, type TableView } from './table.js';

/** The data-quality section of the report, as data: its tables and its counts in words. */
export interface QualityView {
  summary: TableView;
  /** Per entity: reports received of those owed, how many incomplete, values received, completeness. */
  entities: TableView | null;
  /** The completeness matrix, one table per year (the latest first): every period kind owed that year. */
  matrices: TableView[];
  legendTitle: string;
  legend: { state: CellState; symbol: string; label: string }[];
  /** Late reports, values out of range, outliers, cumulative series going down: those that have rows. */
  tables: TableView[];
  issues: TableView | null;
}

/** Where a value was read. */
interface Located {
  file: string;
  sheet: string | null;
  cell: string | null;
}

const STATES: CellState[] = ['on-time', 'late', 'received', 'partial', 'missing'];

/** @param paths file paths as the body shows them (the sources section names their folder once) */
export function qualityView(model: ReportModel, lang: Lang, paths: ShownPaths): QualityView {
  const c = catalogue(lang);
  const q = model.quality;
  const f = formatter(lang);
  const t = c.quality;
  const r = c.report;
  const file = paths.inBody;
  const loc = (x: Located) =>
    formatLocation({ file: file(x.file), sheet: x.sheet ?? undefined, cell: x.cell ?? undefined }, lang);
  const cp = q.completeness;
  const tl = q.timeliness;
  const partial = cp.reportsPartial;
  const found = (n: number) => (n === 0 ? t.none : f.count(n, t.nouns.case));
  const num = (text: string): Cell => ({ text, kind: 'number' });
  const txt = (text: string): Cell => ({ text, kind: 'text' });
  const code = (text: string): Cell => ({ text, kind: 'code' });
  const when = (period: string): Cell => ({ text: periodInWords(period, lang), kind: 'date' });
  const replaced = q.resubmissions ?? [];

  const summary = simpleTable(
    'controles',
    t.summary,
    [
      { header: t.check, kind: 'text' },
      { header: t.result, kind: 'number' },
      { header: t.detail, kind: 'text', wide: true },
    ],
    [
      {
        cells: [
          txt(t.completeness),
          {
            ...num(f.percent(cp.rate)),
            ...(cp.previous
              ? { note: t.rateAt(periodInWords(cp.previous.period, lang), f.percent(cp.previous.rate)) }
              : {}),
          },
          txt(
            t.completenessText({
              values: f.count(cp.received, t.nouns.receivedValue),
              expectedValues: f.count(cp.expected, t.nouns.expectedValue),
              reports: f.count(cp.reportsReceived, t.nouns.receivedReport),
              expectedReports: f.count(cp.reportsExpected, t.nouns.expected),
              partial: partial > 0 ? f.count(partial, t.nouns.partialReport) : null,
            }),
          ),
        ],
      },
      {
        cells: [
          txt(t.timeliness),
          num(f.percent(tl.rate)),
          txt(
            t.timelinessText({
              received: f.count(tl.onTime + tl.late + tl.undated, t.nouns.receivedReport),
              onTime: f.count(tl.onTime, t.nouns.onTime),
              late: f.count(tl.late, t.nouns.late),
              undated: tl.undated > 0 ? f.count(tl.undated, t.nouns.undated) : null,
              delay: f.count(tl.delayDays, t.nouns.day),
            }),
          ),
        ],
      },
      ...[
        [t.outOfRange, q.outOfRange.length],
        [t.outliers, q.outliers.length],
        [t.cumulativeDecreases, q.cumulativeDecreases.length],
        [t.disaggregationMismatches, q.disaggregationMismatches.length],
        [t.conflictingDuplicates, q.conflictingDuplicates.length],
        [t.unknownCodes, q.unknownCodes.length],
      ].map(([label, n]) => ({ cells: [txt(String(label)), num(found(Number(n))), txt('')] })),
      {
        cells: [
          txt(t.resubmissions),
          num(found(replaced.length)),
          txt(replaced.length > 0 ? t.resubmissionsText(f.count(replaced.length, t.nouns.case)) : ''),
        ],
      },
    ],
    { rowHeaders: true, compact: true },
  );

  const entities =
    cp.rows.length === 0
      ? null
      : simpleTable(
          'completude-entites',
          t.entitiesTable,
          [
            { header: t.entity, kind: 'text', wide: true },
            { header: t.reportsReceived, kind: 'number' },
            { header: t.reportsPartial, kind: 'number' },
            { header: t.valuesReceived, kind: 'number' },
            { header: t.completeness, kind: 'number' },
          ],
          cp.rows.map((row) => ({
            cells: [
              txt(row.entity),
              num(t.receivedOf(f.number(row.reportsReceived), f.number(row.reportsExpected))),
              num(f.number(row.reportsPartial)),
              num(t.receivedOf(f.number(row.received), f.number(row.expected))),
              num(f.percent(row.rate)),
            ],
          })),
          {
            rowHeaders: true,
            foot: [
              {
                cells: [
                  { ...txt(r.total), strong: true },
                  num(t.receivedOf(f.number(cp.reportsReceived), f.number(cp.reportsExpected))),
                  num(f.number(partial)),
                  num(t.receivedOf(f.number(cp.received), f.number(cp.expected))),
                  num(f.percent(cp.rate)),
                ],
              },
            ],
          },
        );

  // One matrix per year, the latest first: a year's quarters, semesters, months and the year
  // itself side by side stay within a page's width; the whole plan's would not.
  const years = [...new Set(cp.periods.map((p) => Number.parseInt(p, 10)))].sort((a, b) => b - a);
  const matrices = years.flatMap((year): TableView[] => {
    const columns = cp.periods.flatMap((p, n) => (Number.parseInt(p, 10) === year ? [n] : []));
    const rows = cp.rows.filter((row) => columns.some((n) => row.cells[n].state !== 'not-expected'));
    if (rows.length === 0) return [];
    return [
      simpleTable(
        `matrice-${year}`,
        t.matrix(String(year)),
        [
          { header: t.entity, kind: 'text' },
          ...columns.map((n) => ({ header: periodInWords(cp.periods[n], lang), kind: 'state' as const })),
        ],
        rows.map((row) => ({
          cells: [
            txt(row.entity),
            ...columns.map((n): Cell => {
              const cell = row.cells[n];
              const when = periodInWords(cell.period, lang);
              // A partial report also says whether it came on time: `⊙ 15/16`.
              const came = timelinessState(cell);
              return cell.state === 'partial'
                ? {
                    text: `${came ? `${CELL_STYLES[came].symbol}\u00a0` : ''}${t.receivedOf(f.number(cell.filled), f.number(cell.expected))}`,
                    kind: 'state',
                    state: cell.state,
                    title: `${row.entity} · ${when} · ${t.partialOf(f.count(cell.filled, t.nouns.indicator), f.number(cell.expected))}${came ? ` · ${t.states[came]}` : ''}`,
                  }
                : {
                    text: CELL_STYLES[cell.state].symbol,
                    kind: 'state',
                    state: cell.state,
                    title: `${row.entity} · ${when} · ${t.states[cell.state]}`,
                  };
            }),
          ],
        })),
        { rowHeaders: true },
      ),
    ];
  });

  const tables: TableView[] = [];
  // Late reports by entity, the latest most often first: who to chase (the model's order, which
  // the key findings follow). Each report's deadline, submission date and file are in the xlsx
  // annex (sheet Quality).
  const lateRows = tl.lateByEntity;
  if (lateRows.length > 0)
    tables.push(
      simpleTable(
        'retards',
        t.lateTitle,
        [
          { header: t.entity, kind: 'text' },
          { header: t.datedReports, kind: 'number' },
          { header: t.lateReports, kind: 'number' },
          { header: t.worstDelay, kind: 'number' },
          { header: t.latePeriods, kind: 'text', wide: true },
        ],
        lateRows.map((x) => ({
          cells: [
            txt(x.entity),
            num(f.number(x.dated)),
            num(f.number(x.late)),
            num(f.count(x.maxDaysLate, t.nouns.day)),
            txt(
              x.reports.map((s) => t.lateBy(periodInWords(s.period, lang), f.number(s.daysLate))).join(', '),
            ),
          ],
        })),
        { rowHeaders: true },
      ),
    );
  // Each report a later submission replaced, beside the file that replaced it: what no longer counts.
  if (replaced.length > 0)
    tables.push(
      simpleTable(
        'remplaces',
        t.resubmissionsTitle,
        [
          { header: t.entity, kind: 'text' },
          { header: r.period, kind: 'date' },
          { header: t.replaced, kind: 'path' },
          { header: t.replacedBy, kind: 'path' },
        ],
        replaced.map((s) => ({
          cells: [
            txt(s.entity),
            when(s.period),
            { text: file(s.file), kind: 'path', note: t.replacedOn(f.date(s.earlier), f.date(s.later)) },
            { text: file(s.by), kind: 'path' },
          ],
        })),
      ),
    );
  /**
   * A table of values found by one check: indicator, entity, period and value, the check's own
   * columns, then where the value is (file, sheet, cell).
   */
  const located = <V extends { indicator: string; entity: string; period: string; value: number } & Located>(
    id: string,
    caption: string,
    found: V[],
    extra: { columns: Column[]; cells: (v: V) => Cell[] },
  ) => {
    if (found.length === 0) return;
    tables.push(
      simpleTable(
        id,
        caption,
        [
          { header: r.indicator, kind: 'code' },
          { header: t.entity, kind: 'text' },
          { header: r.period, kind: 'date' },
          { header: t.value, kind: 'number' },
          ...extra.columns,
          { header: t.location, kind: 'path' },
        ],
        found.map((v) => ({
          cells: [
            code(v.indicator),
            txt(v.entity),
            when(v.period),
            num(f.number(v.value)),
            ...extra.cells(v),
            { text: loc(v), kind: 'path' },
          ],
        })),
      ),
    );
  };
  located('hors-limites', t.outOfRange, q.outOfRange, {
    columns: [{ header: t.kind, kind: 'text' }],
    cells: (o) => [txt(t.kinds[o.kind])],
  });
  located('aberrantes', t.outliersTitle, q.outliers, {
    columns: [
      { header: t.median, kind: 'number' },
      { header: t.score, kind: 'number' },
    ],
    cells: (o) => [num(f.number(o.median)), num(f.signed(o.score))],
  });
  located('baisses', t.cumulativeDecreases, q.cumulativeDecreases, {
    columns: [{ header: t.previous, kind: 'number' }],
    cells: (d) => [{ ...num(f.number(d.previous)), note: periodInWords(d.previousPeriod, lang) }],
  });

  // Infos are left out, but for the files that were not read (SKIP_CODES): the report names them.
  const shown = sortIssues(model.quality.issues).filter(
    (i) => i.severity !== 'info' || SKIP_CODES.has(i.code),
  );
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
                txt(paths.text(d.suggestion ? `${d.message} — ${d.suggestion}` : d.message)),
              ],
            };
          }),
        );

  return {
    summary,
    entities,
    matrices,
    legendTitle: t.legend,
    legend: STATES.map((s) => ({
      state: s,
      symbol: s === 'partial' ? t.partialSymbol : CELL_STYLES[s].symbol,
      label: t.states[s],
    })),
    tables,
    issues,
  };
}

/** How a received report came: on time, late, or with no date (`received`); null when not received. */
function timelinessState(cell: CompletenessCell): 'on-time' | 'late' | 'received' | null {
  if (cell.timeliness === 'on-time' || cell.timeliness === 'late') return cell.timeliness;
  return cell.timeliness === 'undated' ? 'received' : null;
}

import { type Period, parsePeriod } from '../compute/periods.js';
import { lastDay } from '../compute/recommendations.js';
import { type Issue, issue } from '../model/issues.js';
import type { Deadline, RecommendationRow } from '../model/recommendations.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from './aliases.js';
import { address, rawText } from './cells.js';
import { CellReader } from './coerce.js';
import { DEFAULT_LIMITS, openWorkbook, pickByRole, type ReadSetup, readSheets } from './open.js';
import { type FieldCell, type HeaderMap, KeyValueSink, type TableRow, TableSink } from './table.js';
import { ALLOWED, RECOMMENDATION_COLUMNS, SHEETS } from './vocabulary.js';
import { isCalendarDate } from './xlsx/dates.js';

type Column = keyof typeof RECOMMENDATION_COLUMNS;

/**
 * Reads the `Recommandations` sheet of a workbook — the plan's, or a workbook of its own (each
 * quarter's copy) — into rows (docs/review.md). Every cell that cannot be read is an issue with
 * its address and what to write instead; the rows that could be read are returned, so that
 * `validate` reports everything in one pass. A row's period is its `Période` cell, else the
 * `Période` of the workbook's `Rapport` sheet, else none (undated: the state as it stands).
 *
 * `required`: a workbook given as a recommendations workbook must have the sheet (an error
 * otherwise); the plan's is optional. Returns null when the file could not be read at all.
 */
export async function readRecommendations(
  file: string,
  display: string,
  /** The plan's axis codes, to check the `Axe` column; null without a plan. */
  axes: readonly string[] | null,
  lang: 'fr' | 'en',
  issues: Issue[],
  setup: ReadSetup & { required?: boolean } = {},
): Promise<RecommendationRow[] | null> {
  const { limits = DEFAULT_LIMITS, vocab = DEFAULT_VOCABULARY, onProgress } = setup;
  const report = (found: Issue) => issues.push(found);
  if (!(await openWorkbook(file, display, report, limits))) return null;
  const kv = new KeyValueSink(vocab.columns.report);
  let reportSheet: string = SHEETS.report[0];
  const pending: { row: TableRow<Column>; cells: CellReader; header: HeaderMap<Column> | null }[] = [];
  let found = false;
  const sheets = await readSheets(
    file,
    display,
    report,
    pickByRole(
      display,
      report,
      (role, info) => {
        if (role === 'report') {
          reportSheet = info.name;
          return kv;
        }
        if (role !== 'recommendations') return null;
        found = true;
        const cells = new CellReader({ file: display, sheet: info.name }, lang, report);
        let header: HeaderMap<Column> | null = null;
        return new TableSink<Column>(
          // An empty sheet (a blank plan's) is no problem: there is nothing to follow up yet.
          { columns: vocab.columns.recommendations, required: ['number', 'text', 'status'], optional: true },
          cells.at,
          report,
          (row) => pending.push({ row, cells, header }),
          (h) => {
            header = h;
          },
        );
      },
      vocab.sheetRole,
    ),
    limits,
    onProgress,
  );
  if (!sheets) return null;
  if (!found) {
    if (setup.required)
      report(
        issue(
          'missing-sheet',
          'error',
          { file: display },
          { sheet: SHEETS.recommendations[0], found: sheets.map((s) => s.name).join(', ') || '—' },
        ),
      );
    return [];
  }
  // The Rapport sheet may come after the recommendations: its period is applied now.
  const filePeriod = new CellReader({ file: display, sheet: reportSheet }, lang, report).period(
    kv.values.get('period'),
    'Période',
  );
  const axisCodes = new Map((axes ?? []).map((a) => [a.toLowerCase(), a]));
  const rows: RecommendationRow[] = [];
  for (const { row, cells, header } of pending) {
    const read = readRow(row, cells, header, filePeriod ?? null, axes === null ? null : axisCodes, vocab);
    if (read) rows.push(read);
  }
  return rows;
}

function readRow(
  row: TableRow<Column>,
  cells: CellReader,
  header: HeaderMap<Column> | null,
  filePeriod: Period | null,
  axes: ReadonlyMap<string, string> | null,
  vocab: Vocabulary,
): RecommendationRow | null {
  const f = row.fields;
  const cellOf = (key: Column) => {
    for (const [col, mapped] of header?.byColumn ?? [])
      if ('key' in mapped && mapped.key === key) return address(col, row.row);
    return `A${row.row}`;
  };
  const missing = (key: Column) =>
    cells.report(
      issue(
        'missing-cell',
        'error',
        { ...cells.at, cell: cellOf(key) },
        { column: header?.headers.get(key) ?? RECOMMENDATION_COLUMNS[key][0] },
      ),
    );
  const number = cells.text(f.number);
  const text = cells.text(f.text);
  const status = cells.enumOf(
    f.status,
    header?.headers.get('status') ?? 'Statut',
    vocab.lists.recommendationStatus,
    ALLOWED.recommendationStatus,
  );
  const period = cells.period(f.period, header?.headers.get('period') ?? 'Période');
  const deadline = readDeadline(f.deadline, cells, header?.headers.get('deadline') ?? 'Échéance');
  if (!number) missing('number');
  if (!text) missing('text');
  if (status === undefined) missing('status');
  if (!number || !text || !status || period === null || deadline === null) return null;
  let axis: string | null = null;
  const axisText = cells.text(f.axis);
  if (axisText) {
    axis = axes === null ? axisText : (axes.get(axisText.toLowerCase()) ?? null);
    if (axis === null && f.axis)
      cells.report(
        issue(
          'unknown-axis',
          'warning',
          { ...cells.at, cell: f.axis.address },
          { code: axisText, recommendation: number },
        ),
      );
  }
  return {
    number,
    text,
    axis,
    responsible: cells.text(f.responsible) ?? null,
    deadline: deadline ?? null,
    status,
    comment: cells.text(f.comment) ?? null,
    period: (period ?? filePeriod)?.label ?? null,
    file: cells.at.file,
    sheet: cells.at.sheet,
    row: row.row,
    cell: f.number?.address ?? cellOf('number'),
  };
}

/**
 * A deadline is a day (a date cell, `2023-06-30`, `30/06/2023`) or a period (`2023-T2`,
 * `T2 2023`, `2023-S1`, `2023`), whose last day it stands for. Undefined when the cell is empty;
 * null (with an issue) when it is neither.
 */
function readDeadline(
  f: FieldCell | undefined,
  cells: CellReader,
  column: string,
): Deadline | null | undefined {
  if (!f) return undefined;
  const c = f.cell;
  if (c.t === 'd') {
    const iso = c.v.toISOString().slice(0, 10);
    return { label: iso, kind: 'date', end: iso };
  }
  const text =
    c.t === 'n' && Number.isInteger(c.v) ? String(c.v) : c.t === 's' ? c.v.trim() : rawText(c).trim();
  if (text === '') return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    return { label: iso, kind: 'date', end: iso };
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m && isCalendarDate(Number(m[3]), Number(m[2]), Number(m[1]))) {
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    return { label: iso, kind: 'date', end: iso };
  }
  const p = parsePeriod(text);
  if (p) return { label: p.label, kind: 'period', end: lastDay(p) };
  return cells.problem('invalid-deadline', f, { column });
}

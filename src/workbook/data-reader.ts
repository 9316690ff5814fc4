import { basename, extname } from 'node:path';
import { closest } from '../compute/checks.js';
import { entityKey } from '../compute/entities.js';
import { type Issue, issue } from '../model/issues.js';
import type { ActivityReport, Indicator, Plan, Submission } from '../model/plan.js';
import type { ValueStore } from '../model/value-store.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from './aliases.js';
import { CellReader } from './coerce.js';
import { normaliseName } from './names.js';
import { DEFAULT_LIMITS, openWorkbook, pickByRole, type ReadSetup, readSheets } from './open.js';
import { periodColumn } from './period-columns.js';
import { type FieldCell, KeyValueSink, type TableRow, TableSink } from './table.js';
import { codeText, intern, ValuesReader, YEARLESS } from './values-reader.js';
import {
  ALLOWED,
  type DATA_ACTIVITY_COLUMNS,
  DISAGGREGATIONS,
  SHEETS,
  type VALUE_COLUMNS,
} from './vocabulary.js';

export interface DataSink {
  values: ValueStore;
  activities: ActivityReport[];
  submissions: Submission[];
}

const DISAGGREGATION_TABLE = new Map<string, string>();
for (const [canonical, names] of Object.entries(DISAGGREGATIONS)) {
  for (const n of names) DISAGGREGATION_TABLE.set(normaliseName(n), canonical);
}

/**
 * Reads a reporting workbook into `into`. Values keep their file, sheet and cell; the Valeurs
 * sheet is streamed row by row and nothing but the values themselves is kept.
 */
export async function readData(
  file: string,
  display: string,
  plan: Plan | null,
  lang: 'fr' | 'en',
  issues: Issue[],
  into: DataSink,
  setup: ReadSetup = {},
): Promise<boolean> {
  const { limits = DEFAULT_LIMITS, vocab = DEFAULT_VOCABULARY, onProgress } = setup;
  const report = (found: Issue) => issues.push(found);
  const format = await openWorkbook(file, display, report, limits);
  if (!format) return false;

  const byCode = new Map<string, Indicator>(plan?.indicators.map((i) => [i.code, i]) ?? []);
  const byLowerCode = new Map<string, Indicator>(
    plan?.indicators.map((i) => [i.code.toLowerCase(), i]) ?? [],
  );
  const planDimensions = new Map<string, string>();
  for (const ind of plan?.indicators ?? []) {
    for (const d of ind.disaggregations)
      planDimensions.set(normaliseName(d), DISAGGREGATION_TABLE.get(normaliseName(d)) ?? d.toLowerCase());
  }
  const extraColumns = (name: string) => DISAGGREGATION_TABLE.get(name) ?? planDimensions.get(name) ?? null;

  const planEntities = new Set(plan?.indicators.flatMap((i) => i.responsible.map(entityKey)) ?? []);
  const activityCodes = plan?.activities.map((a) => a.code) ?? [];
  const kv = new KeyValueSink(vocab.columns.report);
  let reportSheet: string = SHEETS.report[0];
  const firstValue = into.values.size;
  const firstActivity = into.activities.length;
  let valuesSheetFound = false;

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
        if (role === 'values') {
          valuesSheetFound = true;
          const values = new ValuesReader(
            new CellReader({ file: display, sheet: info.name }, lang, report),
            byCode,
            byLowerCode,
            into.values,
            vocab.lists.yesNo,
            planEntities,
          );
          return new TableSink<keyof typeof VALUE_COLUMNS>(
            {
              columns: vocab.columns.values,
              required: ['indicator'],
              requiredAny: ['value', 'valueAt'],
              patterns: [{ key: 'valueAt', match: periodColumn, duplicate: 'duplicate-period-column' }],
              extraColumns,
            },
            values.cells.at,
            report,
            (row) => values.row(row),
            (header) => values.header(header),
            () => values.end(),
          );
        }
        if (role === 'activities') {
          const cells = new CellReader({ file: display, sheet: info.name }, lang, report);
          return new TableSink<keyof typeof DATA_ACTIVITY_COLUMNS>(
            { columns: vocab.columns.dataActivities, required: ['activity'], optional: true },
            cells.at,
            report,
            (row) => readActivityRow(row, cells, into.activities, activityCodes, vocab.lists.status),
          );
        }
        return null;
      },
      vocab.sheetRole,
    ),
    limits,
    onProgress,
    { format, vocab },
  );
  if (!sheets) {
    // Rows read before the reading failed are not kept: the file as a whole could not be read.
    into.values.truncate(firstValue);
    into.activities.length = firstActivity;
    return false;
  }
  if (!valuesSheetFound) {
    report(
      issue(
        'missing-sheet',
        'error',
        { file: display },
        { sheet: SHEETS.values[0], found: sheets.map((s) => s.name).join(', ') || '—' },
      ),
    );
  }

  // The Rapport sheet may come after Valeurs in the file: its entity and period are applied now.
  const cells = new CellReader({ file: display, sheet: reportSheet }, lang, report);
  const entityCell = kv.values.get('entity');
  const periodCell = kv.values.get('period');
  const period = cells.period(periodCell, 'Période');
  const submission: Submission = {
    file: display,
    entity: cells.text(entityCell) ?? null,
    period: period ? period.label : null,
    submittedOn: cells.date(kv.values.get('submittedOn'), 'Date de soumission') ?? null,
    ...(entityCell ? { entityAt: { sheet: reportSheet, cell: entityCell.address } } : {}),
  };
  into.submissions.push(submission);
  const fallbackEntity = submission.entity ?? basename(display, extname(display));
  let warnedEntity = false;
  let warnedPeriod = false;
  const entityOf = (sheet: string) => {
    if (!submission.entity && !warnedEntity) {
      warnedEntity = true;
      // A CSV has no Rapport sheet: the message asks for a column (issue 21).
      const params: Record<string, string> = { entity: fallbackEntity };
      if (format === 'csv') params.format = format;
      report(issue('missing-entity', 'warning', { file: display, sheet }, params));
    }
    return intern(fallbackEntity);
  };
  const periodOf = (sheet: string) => {
    if (submission.period) return intern(submission.period);
    if (!warnedPeriod) {
      warnedPeriod = true;
      if (period !== null)
        report(
          issue(
            'missing-period',
            'error',
            { file: display, sheet: periodCell ? reportSheet : sheet, cell: periodCell?.address },
            format === 'csv' ? { format } : {},
          ),
        );
    }
    return '';
  };
  const store = into.values;
  for (let i = firstValue; i < store.size; i++) {
    if (!store.entityAt(i)) store.setEntity(i, entityOf(store.sheetAt(i)));
    const own = store.periodAt(i);
    if (!own) store.setPeriod(i, periodOf(store.sheetAt(i)));
    else if (own.startsWith(YEARLESS)) {
      // A wide sheet's `T1` column takes the year of the Rapport period.
      const year = periodOf(store.sheetAt(i)).slice(0, 4);
      store.setPeriod(i, year ? intern(`${year}-${own.slice(YEARLESS.length)}`) : '');
    }
  }
  for (let i = firstActivity; i < into.activities.length; i++) {
    const a = into.activities[i];
    if (!a.entity) a.entity = entityOf(a.sheet);
    if (!a.period) a.period = periodOf(a.sheet);
  }
  // Rows left without a period cannot be dated: they are dropped after being reported.
  if (warnedPeriod) {
    store.dropUndated(firstValue);
    into.activities.splice(
      firstActivity,
      into.activities.length - firstActivity,
      ...into.activities.slice(firstActivity).filter((a) => a.period),
    );
  }
  return true;
}

function readActivityRow(
  row: TableRow<keyof typeof DATA_ACTIVITY_COLUMNS>,
  cells: CellReader,
  activities: ActivityReport[],
  known: readonly string[],
  statuses: Vocabulary['lists']['status'],
): void {
  const f = row.fields;
  const activity = codeText(f.activity);
  if (!activity) return;
  if (known.length > 0 && !known.includes(activity)) {
    // Activity reports are secondary to the indicators: an unknown code is set aside, not fatal.
    const suggestion = closest(activity, known);
    cells.problem(
      'unknown-activity',
      f.activity as FieldCell,
      suggestion ? { code: activity, suggestion } : { code: activity },
      'warning',
    );
    return;
  }
  let period = '';
  if (f.period) {
    const p = cells.period(f.period, 'Période');
    if (!p) return;
    period = intern(p.label);
  }
  const progress = cells.number(f.progress, 'Avancement') ?? null;
  const comment = f.comment ? cells.text(f.comment) : undefined;
  activities.push({
    activity,
    entity: f.entity ? intern(cells.text(f.entity) ?? '') : '',
    period,
    status: cells.enumOf(f.status, 'Statut', statuses, ALLOWED.status) ?? null,
    progress,
    disbursed: cells.number(f.disbursed, 'Montant décaissé') ?? null,
    file: cells.at.file,
    sheet: cells.at.sheet,
    cell: f.activity?.address ?? `A${row.row}`,
    ...(comment ? { comment, commentCell: (f.comment as FieldCell).address } : {}),
  });
}

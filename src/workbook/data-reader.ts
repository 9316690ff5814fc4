import { basename, extname } from 'node:path';
import { closest } from '../compute/checks.js';
import { type Fraction, percentOf } from '../compute/fractions.js';
import { isPercentUnit, isSummableUnit } from '../compute/units.js';
import { type Issue, issue } from '../model/issues.js';
import type { ActivityReport, Indicator, Plan, Submission } from '../model/plan.js';
import type { ValueStore } from '../model/value-store.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from './aliases.js';
import { type YesNoTable, yesNoOf } from './answers.js';
import { columnLetters } from './cells.js';
import { CellReader } from './coerce.js';
import { normaliseName } from './names.js';
import { DEFAULT_LIMITS, openWorkbook, pickByRole, type ReadSetup, readSheets } from './open.js';
import { periodColumn } from './period-columns.js';
import { type FieldCell, type HeaderMap, KeyValueSink, type TableRow, TableSink } from './table.js';
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

/** Strings repeated on every row (periods, entities) are stored once. */
const interned = new Map<string, string>();
function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  interned.set(s, s);
  return s;
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
  if (!(await openWorkbook(file, display, report, limits))) return false;

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
  };
  into.submissions.push(submission);
  const fallbackEntity = submission.entity ?? basename(display, extname(display));
  let warnedEntity = false;
  let warnedPeriod = false;
  const entityOf = (sheet: string) => {
    if (!submission.entity && !warnedEntity) {
      warnedEntity = true;
      report(issue('missing-entity', 'warning', { file: display, sheet }, { entity: fallbackEntity }));
    }
    return intern(fallbackEntity);
  };
  const periodOf = (sheet: string) => {
    if (submission.period) return intern(submission.period);
    if (!warnedPeriod) {
      warnedPeriod = true;
      if (period !== null)
        report(
          issue('missing-period', 'error', {
            file: display,
            sheet: periodCell ? reportSheet : sheet,
            cell: periodCell?.address,
          }),
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

function codeText(f: FieldCell | undefined): string | undefined {
  if (!f) return undefined;
  const c = f.cell;
  if (c.t === 's') return c.v.trim() || undefined;
  if (c.t === 'n') return String(c.v);
  return undefined;
}

type ValueColumn = keyof typeof VALUE_COLUMNS;

/** A wide sheet's `T1` column without a year: its year is the `Rapport` period's, found later. */
export const YEARLESS = '?';

/**
 * Reads the rows of a `Valeurs` sheet straight into the value store: the hot path of a national
 * database, so nothing is kept per row but the values themselves. Two layouts: long (one row per
 * value: `Indicateur`, `Valeur`, optional `Période`) and wide (one row per indicator, one column
 * per period — the ministries' tracking matrix), where each filled period cell is one value with
 * its own address. A row left without a value is reported once the sheet is read, and only when
 * its indicator got no value at all in the sheet (a blank Total row under filled H and F rows is
 * how templates are filled, not an omission).
 */
class ValuesReader {
  private valueColumn = 'B';
  private wide = false;
  private mixed = false;
  private readonly blank = new Map<string, string>();
  private readonly reported = new Set<string>();

  constructor(
    readonly cells: CellReader,
    private readonly byCode: Map<string, Indicator>,
    private readonly byLowerCode: Map<string, Indicator>,
    private readonly store: ValueStore,
    private readonly yesNo: YesNoTable,
  ) {}

  header(header: HeaderMap<ValueColumn>): void {
    const periods: string[] = [];
    let valueHeader: string | null = null;
    for (const [col, mapped] of header.byColumn) {
      if (!('key' in mapped)) continue;
      if (mapped.key === 'value') {
        this.valueColumn = columnLetters(col);
        valueHeader = `${header.headers.get('value') ?? 'Valeur'} (${columnLetters(col)}${header.row})`;
      }
      if (mapped.key === 'valueAt')
        periods.push(`${header.texts.get(col) ?? ''} (${columnLetters(col)}${header.row})`);
    }
    this.wide = periods.length > 0;
    if (this.wide && valueHeader) {
      this.mixed = true;
      this.cells.report(
        issue(
          'mixed-layout',
          'error',
          { ...this.cells.at, row: header.row },
          { value: valueHeader, periods: periods.join(', ') },
        ),
      );
    }
  }

  end(): void {
    for (const [code, address] of this.blank) {
      if (!this.reported.has(code))
        this.cells.report(
          issue(
            'missing-cell',
            'warning',
            { ...this.cells.at, cell: address },
            { column: 'Valeur', indicator: code },
          ),
        );
    }
  }

  row(row: TableRow<ValueColumn>): void {
    if (this.mixed) return;
    const cells = this.cells;
    const f = row.fields;
    const code = codeText(f.indicator);
    if (!code) {
      const stray = f.value ?? row.patterned.valueAt?.values().next().value;
      if (stray) cells.problem('missing-cell', stray, { column: 'Indicateur' });
      return;
    }
    const indicator = this.byCode.get(code) ?? this.byLowerCode.get(code.toLowerCase());
    if (!indicator && this.byCode.size > 0) {
      const suggestion = closest(code, [...this.byCode.keys()]);
      cells.problem(
        'unknown-indicator',
        f.indicator as FieldCell,
        suggestion ? { code, suggestion } : { code },
      );
      return;
    }
    const key = indicator?.code ?? code;
    let entity = '';
    if (f.entity)
      entity = intern((f.entity.cell.t === 's' ? f.entity.cell.v.trim() : cells.text(f.entity)) ?? '');
    const disaggregation = this.disaggregation(row);
    const comment = f.comment ? cells.text(f.comment) : undefined;
    const push = (field: FieldCell | undefined, value: number, period: string, fraction: Fraction | null) => {
      this.reported.add(key);
      this.store.push({
        indicator: key,
        entity,
        period,
        value,
        numerator: fraction?.numerator ?? null,
        denominator: fraction?.denominator ?? null,
        disaggregation,
        file: cells.at.file,
        sheet: cells.at.sheet,
        row: row.row,
        col: field ? field.col : 1,
        ...(comment ? { comment } : {}),
      });
    };

    if (this.wide) {
      const year = f.year ? cells.integer(f.year, 'Année') : undefined;
      for (const [arg, field] of row.patterned.valueAt ?? []) {
        const value = this.valueOf(field, indicator);
        if (value === undefined || value === null) continue;
        // `T1` alone: the row's Année, else the Rapport sheet's year (resolved once it is read).
        const period = arg.startsWith('T') || arg.startsWith('S') ? yearOf(arg, year) : arg;
        if (period !== null) push(field, value, intern(period), null);
      }
      return;
    }

    let value = this.valueOf(f.value, indicator);
    const numerator = cells.number(f.numerator, 'Numérateur') ?? null;
    const denominator = cells.number(f.denominator, 'Dénominateur') ?? null;
    if (value === undefined && numerator !== null && denominator !== null) {
      value = percentOf(numerator, denominator);
    }
    if (value === undefined) {
      if (numerator === null && denominator === null && !this.blank.has(key))
        this.blank.set(key, `${this.valueColumn}${row.row}`);
      return;
    }
    if (value === null) return;
    let period = '';
    if (f.period) {
      const p = cells.period(f.period, 'Période');
      if (!p) return;
      period = intern(p.label);
    }
    push(f.value ?? f.numerator ?? f.indicator, value, period, { value, numerator, denominator });
  }

  /** One value cell: oui/non for a milestone, else a number; checks of sign and range. */
  private valueOf(field: FieldCell | undefined, indicator: Indicator | undefined): number | null | undefined {
    const cells = this.cells;
    const isMilestone = indicator ? indicator.type !== 'quantitative' : true;
    let value: number | null | undefined = isMilestone ? yesNoOf(field?.cell, this.yesNo) : undefined;
    if (value === undefined && indicator?.type === 'milestone' && field?.cell.t === 's')
      value = cells.problem('type-error', field, { column: 'Valeur', expected: 'yes-no' });
    if (value === undefined) value = cells.number(field, 'Valeur');
    if (typeof value === 'number' && indicator && field) {
      if (value < 0 && isSummableUnit(indicator.unit))
        cells.problem('negative-count', field, { indicator: indicator.code });
      if (isPercentUnit(indicator.unit) && (value > 100 || value < 0))
        cells.problem('percent-out-of-range', field, { indicator: indicator.code }, 'warning');
    }
    return value;
  }

  private disaggregation(row: TableRow<ValueColumn>): string {
    if (row.extras.size === 0) return '';
    const parts: string[] = [];
    for (const [dim, field] of row.extras) {
      const v = field.cell.t === 's' ? field.cell.v.trim() : this.cells.text(field);
      if (v && !isTotalLabel(v)) parts.push(`${dim}=${v}`);
    }
    return parts.length === 0 ? '' : intern(parts.length === 1 ? parts[0] : parts.sort().join('|'));
  }
}

/** `T1` of a given year (`2022-T1`), or marked as waiting for the Rapport sheet's year. */
function yearOf(arg: string, year: number | null | undefined): string | null {
  if (year === null) return null;
  return year === undefined ? `${YEARLESS}${arg}` : `${year}-${arg}`;
}

/** `Total`, `Ensemble`, `Tous` in a disaggregation column mark the total row. */
const TOTAL_LABELS = new Set(['total', 'ensemble', 'tous', 'toutes', 'all', 'both', '-', '—']);
function isTotalLabel(v: string): boolean {
  return TOTAL_LABELS.has(v.trim().toLowerCase());
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
    ...(comment ? { comment } : {}),
  });
}

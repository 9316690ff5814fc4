import { closest } from '../compute/checks.js';
import { type Fraction, percentOf } from '../compute/fractions.js';
import { isPercentUnit, isSummableUnit } from '../compute/units.js';
import { issue } from '../model/issues.js';
import type { Indicator } from '../model/plan.js';
import type { ValueStore } from '../model/value-store.js';
import { type YesNoTable, yesNoOf } from './answers.js';
import { columnLetters } from './cells.js';
import type { CellReader } from './coerce.js';
import type { FieldCell, HeaderMap, TableRow } from './table.js';
import type { VALUE_COLUMNS } from './vocabulary.js';

/** Strings repeated on every row (periods, entities) are stored once. */
const interned = new Map<string, string>();
export function intern(s: string): string {
  const known = interned.get(s);
  if (known !== undefined) return known;
  interned.set(s, s);
  return s;
}

export function codeText(f: FieldCell | undefined): string | undefined {
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
export class ValuesReader {
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
        ...(comment ? { comment, commentCol: (f.comment as FieldCell).col } : {}),
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

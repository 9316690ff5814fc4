import { closest } from '../compute/checks.js';
import { entityKey } from '../compute/entities.js';
import { type Fraction, percentOf } from '../compute/fractions.js';
import { isCountUnit, isPercentUnit, isSummableUnit } from '../compute/units.js';
import { type IssueParams, issue } from '../model/issues.js';
import type { Indicator, ReportedValue } from '../model/plan.js';
import type { ValueStore } from '../model/value-store.js';
import { type YesNoTable, yesNoOf } from './answers.js';
import { columnLetters, rawText } from './cells.js';
import type { CellReader } from './coerce.js';
import type { FieldCell, HeaderMap, TableRow } from './table.js';
import { DISAGGREGATION_CATEGORIES, isTotalLabel, totalLabelKey, type VALUE_COLUMNS } from './vocabulary.js';

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
 *
 * Totals are not values: a total row of the table (`Total` in the indicator, entity or period
 * column, or a row without indicator code whose values are a `SUM` formula or the sum of the values
 * above) is skipped with a `total-row` notice; a disaggregation cell labelled as a total
 * (`TOTAL_LABELS`) makes the row its breakdown's total; a `sexe` or `milieu` category ponam does not
 * know whose value is the sum of the others is read as the total too (`total-category`).
 */
export class ValuesReader {
  private valueColumn = 'B';
  private wide = false;
  private mixed = false;
  private readonly blank = new Map<string, string>();
  private readonly reported = new Set<string>();
  private readonly first: number;
  /** Values read per column: a blank-coded row equal to them is a total row. */
  private readonly sums = new Map<number, ColumnSum>();
  /** Values whose category may be their breakdown's total, checked once the sheet is read. */
  private readonly unknownCategories: UnknownCategory[] = [];

  constructor(
    readonly cells: CellReader,
    private readonly byCode: Map<string, Indicator>,
    private readonly byLowerCode: Map<string, Indicator>,
    private readonly store: ValueStore,
    private readonly yesNo: YesNoTable,
    /** `entityKey`s of the plan's reporting entities: one of them may be called `Ensemble`. */
    private readonly entities: ReadonlySet<string> = new Set(),
  ) {
    this.first = store.size;
  }

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
    if (this.unknownCategories.length > 0) this.totalsAmongCategories();
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
      if (this.isSumRow(row)) return;
      const stray = f.value ?? row.patterned.valueAt?.values().next().value;
      if (stray) cells.problem('missing-cell', stray, { column: 'Indicateur' });
      return;
    }
    const indicator = this.byCode.get(code) ?? this.byLowerCode.get(code.toLowerCase());
    if (!indicator && isTotalLabel(code)) {
      this.totalRow(row, f.indicator as FieldCell, code);
      return;
    }
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
    const totalIn = this.totalColumn(entity, f);
    if (totalIn) {
      this.totalRow(row, totalIn, rawText(totalIn.cell).trim());
      return;
    }
    const firstPushed = this.store.size;
    const disaggregation = this.disaggregation(row);
    const comment = f.comment ? cells.text(f.comment) : undefined;
    const push = (field: FieldCell | undefined, value: number, period: string, fraction: Fraction | null) => {
      this.reported.add(key);
      if (field) this.addToSum(field.col, value);
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
      if (indicator && isSummableUnit(indicator.unit)) this.noteUnknownCategory(row, firstPushed);
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
    if (indicator && isSummableUnit(indicator.unit)) this.noteUnknownCategory(row, firstPushed);
  }

  /** The entity or period cell that makes the row a total row (`Total`, `Ensemble`), if any. */
  private totalColumn(entity: string, f: TableRow<ValueColumn>['fields']): FieldCell | undefined {
    if (entity && isTotalText(entity) && !this.entities.has(entityKey(entity))) return f.entity;
    if (f.period?.cell.t === 's' && isTotalText(f.period.cell.v)) return f.period;
    return undefined;
  }

  /** One value cell: oui/non for a milestone, else a number; checks of sign and range. */
  private valueOf(field: FieldCell | undefined, indicator: Indicator | undefined): number | null | undefined {
    const cells = this.cells;
    const isMilestone = indicator ? indicator.type !== 'quantitative' : true;
    let value: number | null | undefined = isMilestone ? yesNoOf(field?.cell, this.yesNo) : undefined;
    if (value === undefined && indicator?.type === 'milestone' && field?.cell.t === 's')
      value = cells.problem('type-error', field, { column: 'Valeur', expected: 'yes-no' });
    const whole =
      indicator?.type === 'quantitative' && isCountUnit(indicator.unit) ? indicator.unit : undefined;
    if (value === undefined) value = cells.number(field, 'Valeur', whole);
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
      if (v && !isDisaggregationTotal(v)) parts.push(`${dim}=${v}`);
    }
    return parts.length === 0 ? '' : intern(parts.length === 1 ? parts[0] : parts.sort().join('|'));
  }

  /** A category of a dimension with known categories that is none of them: maybe the total. */
  private noteUnknownCategory(row: TableRow<ValueColumn>, from: number): void {
    if (row.extras.size === 0 || this.store.size === from) return;
    for (const [dim, field] of row.extras) {
      const known = KNOWN_CATEGORIES.get(dim);
      if (!known) continue;
      const v = field.cell.t === 's' ? field.cell.v.trim() : this.cells.text(field);
      if (v && !isDisaggregationTotal(v) && !isKnownCategory(known, v))
        this.unknownCategories.push({
          from,
          to: this.store.size,
          dimension: dim,
          category: v,
          cell: field.address,
        });
    }
  }

  /**
   * Each value of an unknown category (`Ensemble des sexes`) of a count or an amount whose value
   * equals the sum of two or more other categories of its dimension, for the same indicator,
   * entity, period and other dimensions, becomes that breakdown's total, with a warning naming the
   * category's cell. (Parts of a percentage do not add up to its total: no such guess is made.)
   */
  private totalsAmongCategories(): void {
    const store = this.store;
    // One pass over the sheet's values per dimension, grouped by everything but that dimension.
    const groups = new Map<string, Map<string, { i: number; category: string; value: number }[]>>();
    const keyOf = (v: ReportedValue, rest: string) =>
      `${v.indicator}\u0000${v.entity}\u0000${v.period}\u0000${rest}`;
    for (const dimension of new Set(this.unknownCategories.map((u) => u.dimension))) {
      const byKey = new Map<string, { i: number; category: string; value: number }[]>();
      for (let i = this.first; i < store.size; i++) {
        const v = store.get(i);
        const [rest, category] = withoutDimension(v.disaggregation, dimension);
        if (category === '' || v.value === null) continue;
        const key = keyOf(v, rest);
        const group = byKey.get(key);
        if (group) group.push({ i, category, value: v.value });
        else byKey.set(key, [{ i, category, value: v.value }]);
      }
      groups.set(dimension, byKey);
    }
    for (const u of this.unknownCategories) {
      for (let i = u.from; i < u.to; i++) {
        const own = store.get(i);
        if (own.value === null) continue;
        const [rest, category] = withoutDimension(own.disaggregation, u.dimension);
        const others = (groups.get(u.dimension)?.get(keyOf(own, rest)) ?? []).filter(
          (o) => o.i !== i && o.category !== category,
        );
        if (others.length < 2) continue;
        const sum = others.reduce((total, o) => total + o.value, 0);
        if (!closeTo(own.value, sum)) continue;
        store.setDisaggregation(i, intern(rest));
        this.cells.report(
          issue(
            'total-category',
            'warning',
            { ...this.cells.at, cell: u.cell },
            {
              category: u.category,
              dimension: u.dimension,
              indicator: own.indicator,
              parts: others.map((o) => o.category).join(' + '),
              sum,
            },
            u.category,
          ),
        );
      }
    }
  }

  private addToSum(col: number, value: number): void {
    const sum = this.sums.get(col);
    if (sum) {
      sum.all += value;
      sum.section += value;
      sum.count++;
      sum.sectionCount++;
    } else this.sums.set(col, { all: value, section: value, count: 1, sectionCount: 1 });
  }

  /**
   * A row without indicator code whose every value is a `SUM` formula (saved without its result),
   * or equals the sum of two or more values above it in its column (since the table's start or
   * the last total row): a total row.
   */
  private isSumRow(row: TableRow<ValueColumn>): boolean {
    const fields = this.wide
      ? [...(row.patterned.valueAt?.values() ?? [])]
      : row.fields.value
        ? [row.fields.value]
        : [];
    if (fields.length === 0) return false;
    let sumOf: number | undefined;
    let formula: string | undefined;
    for (const field of fields) {
      const c = field.cell;
      if (c.t === 'f' && SUM_FORMULA.test(c.formula)) {
        formula ??= c.formula.startsWith('=') ? c.formula : `=${c.formula}`;
        continue;
      }
      if (c.t !== 'n') return false;
      const value = c.percent ? c.v * 100 : c.v;
      const sum = this.sums.get(field.col);
      if (
        !sum ||
        !(
          (sum.count >= 2 && closeTo(value, sum.all)) ||
          (sum.sectionCount >= 2 && closeTo(value, sum.section))
        )
      )
        return false;
      sumOf ??= value;
    }
    this.totalRow(row, fields[0], undefined, formula, sumOf);
    return true;
  }

  private totalRow(
    row: TableRow<ValueColumn>,
    at: FieldCell,
    label?: string,
    formula?: string,
    sum?: number,
  ): void {
    for (const s of this.sums.values()) {
      s.section = 0;
      s.sectionCount = 0;
    }
    const params: IssueParams =
      label !== undefined
        ? { row: row.row, why: 'label', label }
        : formula !== undefined
          ? { row: row.row, why: 'formula', formula }
          : { row: row.row, why: 'sum', sum: sum as number };
    this.cells.report(
      issue('total-row', 'info', { ...this.cells.at, cell: at.address }, params, rawText(at.cell)),
    );
  }
}

/** `T1` of a given year (`2022-T1`), or marked as waiting for the Rapport sheet's year. */
function yearOf(arg: string, year: number | null | undefined): string | null {
  if (year === null) return null;
  return year === undefined ? `${YEARLESS}${arg}` : `${year}-${arg}`;
}

interface ColumnSum {
  all: number;
  section: number;
  count: number;
  sectionCount: number;
}

interface UnknownCategory {
  /** The store indices of the row's values. */
  from: number;
  to: number;
  dimension: string;
  category: string;
  cell: string;
}

const SUM_FORMULA = /^\s*=?\s*(?:_xlfn\.)?(?:SUM|SOMME|SUBTOTAL|SOUS\.TOTAL)\s*\(/i;

const KNOWN_CATEGORIES = new Map<string, Set<string>>(
  Object.entries(DISAGGREGATION_CATEGORIES).map(([dim, names]) => [dim, new Set(names.map(totalLabelKey))]),
);

/** A total label, or a cell of dashes only (`-`, `—`): the total row of a breakdown. */
function isDisaggregationTotal(v: string): boolean {
  return /^[-\u2013\u2014]+$/.test(v) || isTotalText(v);
}

/** `isTotalLabel`, remembered: entities, periods and categories repeat on every row of a sheet. */
function isTotalText(v: string): boolean {
  let total = totalCells.get(v);
  if (total === undefined) {
    total = isTotalLabel(v);
    if (totalCells.size >= 10_000) totalCells.clear();
    totalCells.set(v, total);
  }
  return total;
}

const totalCells = new Map<string, boolean>();

/** Whether a category of a dimension with known categories is one of them (`F`, `Hommes`). */
function isKnownCategory(known: ReadonlySet<string>, v: string): boolean {
  let key = categoryKeys.get(v);
  if (key === undefined) {
    key = totalLabelKey(v);
    if (categoryKeys.size >= 10_000) categoryKeys.clear();
    categoryKeys.set(v, key);
  }
  return known.has(key);
}

const categoryKeys = new Map<string, string>();

/** `région=Kayes|sexe=X` without `sexe`: [`région=Kayes`, `X`]. */
function withoutDimension(disaggregation: string, dimension: string): [string, string] {
  let category = '';
  const rest = disaggregation
    .split('|')
    .filter((pair) => {
      if (!pair.startsWith(`${dimension}=`)) return true;
      category = pair.slice(dimension.length + 1);
      return false;
    })
    .join('|');
  return [rest, category];
}

function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

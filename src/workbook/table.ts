import type { Issue } from '../model/issues.js';
import { issue } from '../model/issues.js';
import { address, type Cell, columnLetters, rawText } from './cells.js';
import { aliasTable, normaliseName } from './names.js';
import type { RowSink } from './read.js';
import { headerText, splitHeader } from './two-row-header.js';

/**
 * A column pattern such as `Cible 2022` / `Target 2022` (the captured year becomes the key's
 * argument), or a matcher that returns the argument (`Réalisation T1 2022` → `2022-T1`).
 */
export type ColumnPattern<K extends string> = { key: K } & (
  | { regex: RegExp }
  | { match: (normalisedHeader: string) => string | null }
) & {
    /** Two columns with the same argument: an error with this code naming both (else a warning). */
    duplicate?: 'duplicate-period-column';
  };

export interface TableSpec<K extends string> {
  columns: Record<K, readonly string[]>;
  patterns?: ColumnPattern<K>[];
  required: K[];
  /** At least one of these keys (a plain column or a pattern column) must be present too. */
  requiredAny?: K[];
  /** An optional sheet (Activités) may be empty without a warning. */
  optional?: boolean;
  /** Extra names recognised as columns in their own right (disaggregation dimensions). */
  extraColumns?: (normalisedHeader: string) => string | null;
}

export interface FieldCell {
  readonly cell: Cell;
  readonly col: number;
  readonly address: string;
}

/** A data cell whose A1 address is only spelled out when a message or a trace needs it. */
class RowCell implements FieldCell {
  constructor(
    readonly cell: Cell,
    readonly col: number,
    private readonly rowNumber: number,
  ) {}

  get address(): string {
    return address(this.col, this.rowNumber);
  }
}

export interface TableRow<K extends string> {
  row: number;
  fields: Partial<Record<K, FieldCell>>;
  /** Pattern columns, by key then argument (`target` → `2022` → cell). */
  patterned: Partial<Record<K, Map<string, FieldCell>>>;
  /** Extra recognised columns (disaggregations), by canonical name. */
  extras: Map<string, FieldCell>;
}

export interface HeaderMap<K extends string> {
  row: number;
  byColumn: Map<number, { key: K; arg?: string } | { extra: string }>;
  headers: Map<K, string>;
  /** The header as written, by column: for messages that name a column. */
  texts: Map<number, string>;
}

const HEADER_SEARCH_ROWS = 20;

// Most rows have no pattern or extra column: they share these empty, never-written containers.
const NO_EXTRAS: Map<string, FieldCell> = new Map();
const NO_PATTERNED: Partial<Record<string, Map<string, FieldCell>>> = Object.freeze({});

/** A header row found, with the problems to report once it is kept. */
interface HeaderAttempt<K extends string> {
  header: HeaderMap<K> | null;
  problems: Issue[];
  /** The row names two or more columns: it is the header row even if a required one is missing. */
  namesColumns: boolean;
}

interface SheetRow {
  n: number;
  cells: (Cell | null)[];
}

/**
 * A RowSink that finds the header row (the first of the first 20 rows naming a required column;
 * title rows above it are common in real workbooks), reports missing and duplicate headers, and
 * hands each data row to `onRow` with its cells keyed by canonical column name.
 *
 * A header may take two rows, as logframes draw it: names merged vertically over both rows
 * (`Indicateur`, `Valeur`) beside a group merged horizontally over its sub-columns
 * (`Désagrégation` over `Sexe` | `Région`, `Cibles` over `2022` | `2023`). The two rows are read as
 * one (`twoRowHeader`), with a notice; a group whose sub-columns are no known names (`Valeur` over
 * `Hommes` | `Femmes`) cannot be, and is refused with the advice to put each name on one row.
 */
export class TableSink<K extends string> implements RowSink {
  private readonly table: Map<string, K>;
  private header: HeaderMap<K> | null = null;
  private readonly pending: SheetRow[] = [];
  /** A header row found, kept until the next row says whether it is the first of two. */
  private tentative: (SheetRow & { attempt: HeaderAttempt<K> }) | null = null;
  private headerSearchOver = false;
  rowCount = 0;

  constructor(
    private readonly spec: TableSpec<K>,
    private readonly at: { file: string; sheet: string },
    private readonly issues: (found: Issue) => void,
    private readonly onRow: (row: TableRow<K>) => void,
    private readonly onHeader?: (header: HeaderMap<K>) => void,
    private readonly onEnd?: () => void,
  ) {
    this.table = aliasTable(spec.columns);
  }

  row(n: number, cells: (Cell | null)[]): void {
    if (this.header) {
      this.emit(n, cells);
      return;
    }
    const tentative = this.tentative;
    if (tentative) {
      this.tentative = null;
      if (n === tentative.n + 1 && this.twoRowHeader(tentative, { n, cells }, tentative.attempt)) return;
      this.accept(tentative.attempt);
      this.emit(n, cells);
      return;
    }
    if (this.headerSearchOver) return;
    this.pending.push({ n, cells });
    const attempt = this.tryHeader(n, cells);
    if (attempt.header) {
      this.tentative = { n, cells, attempt };
      return;
    }
    // A row naming columns but lacking a required one may be the second of two header rows.
    const above = this.pending[this.pending.length - 2];
    if (above && above.n === n - 1 && this.twoRowHeader(above, { n, cells }, null)) return;
    if (attempt.namesColumns) {
      for (const p of attempt.problems) this.issues(p);
      this.headerSearchOver = true;
    } else if (this.pending.length >= HEADER_SEARCH_ROWS) {
      this.giveUp();
    }
  }

  end(): void {
    if (this.tentative) {
      this.accept(this.tentative.attempt);
      this.tentative = null;
    }
    if (!this.header && !this.headerSearchOver) this.giveUp();
    else if (this.header && this.rowCount === 0)
      this.issues(issue('no-data', this.spec.optional ? 'info' : 'warning', { ...this.at }));
    this.onEnd?.();
  }

  get found(): boolean {
    return this.header !== null;
  }

  private accept(attempt: HeaderAttempt<K>): void {
    for (const p of attempt.problems) this.issues(p);
    this.header = attempt.header;
    this.pending.length = 0;
    if (this.header) this.onHeader?.(this.header);
  }

  private giveUp(): void {
    this.headerSearchOver = true;
    const first = this.pending[0];
    const seen = first
      ? first.cells.filter((c): c is Cell => c !== null && c !== undefined).map(rawText)
      : [];
    for (const key of [...this.spec.required, ...(this.spec.requiredAny?.slice(0, 1) ?? [])]) {
      this.issues(
        issue(
          'missing-header',
          'error',
          { ...this.at, row: first?.n ?? 1 },
          { column: this.spec.columns[key][0], found: seen.join(', ') || '—' },
        ),
      );
    }
  }

  /**
   * Reads `top` and `bottom` as one header when `bottom` holds the sub-columns of `top`'s groups
   * (`top` was a header by itself: `attempt`), or when `top` completes `bottom` (`attempt` null).
   * True when the two rows were taken as the header, or refused as one; false when they are not a
   * two-row header (the caller goes on as with one row).
   */
  private twoRowHeader(top: SheetRow, bottom: SheetRow, attempt: HeaderAttempt<K> | null): boolean {
    const layout = splitHeader(
      top.cells,
      bottom.cells,
      (name) => this.mapHeader(normaliseName(name)) !== null,
    );
    if (!layout) return false;
    if (attempt?.header) {
      // Data under a header: a row whose required cells are filled is not a second header row.
      for (const key of this.spec.required) {
        for (const [col, mapped] of attempt.header.byColumn)
          if ('key' in mapped && mapped.key === key && bottom.cells[col]) return false;
      }
    }
    const at = { ...this.at, row: top.n };
    const rows = { top: top.n, bottom: bottom.n };
    if (layout.shared) {
      this.headerSearchOver = true;
      this.tentative = null;
      this.issues(
        issue('two-row-header', 'error', at, {
          ...rows,
          why: 'shared',
          name: layout.shared.name,
          columns: layout.shared.columns.map((c) => columnLetters(c)).join(', '),
          subs: layout.shared.subs.join(', '),
        }),
      );
      return true;
    }
    const combined = this.tryHeader(bottom.n, layout.cells);
    if (!combined.header) return false;
    this.issues(
      issue('two-row-header', 'info', at, {
        ...rows,
        names: [...combined.header.texts.values()].join(', '),
      }),
    );
    this.accept(combined);
    return true;
  }

  private tryHeader(n: number, cells: (Cell | null)[]): HeaderAttempt<K> {
    const problems: Issue[] = [];
    const byColumn: HeaderMap<K>['byColumn'] = new Map();
    const headers = new Map<K, string>();
    const firstColumnOf = new Map<string, string>();
    const duplicates: {
      name: string;
      col: number;
      first: string;
      firstName: string;
      pattern?: ColumnPattern<K>;
    }[] = [];
    const texts = new Map<number, string>();
    const firstNameOf = new Map<string, string>();
    const present = new Set<K>();
    cells.forEach((cell, col) => {
      // Headers are text; a year written as a number (`2023`) is a header too.
      const text = headerText(cell);
      if (text === null) return;
      const name = normaliseName(text);
      if (!name) return;
      const mapped = this.mapHeader(name);
      if (!mapped) return;
      const id = 'key' in mapped ? `${mapped.key}:${mapped.arg ?? ''}` : `extra:${mapped.extra}`;
      const earlier = firstColumnOf.get(id);
      if (earlier) {
        duplicates.push({
          name: text,
          col,
          first: earlier,
          firstName: firstNameOf.get(id) ?? '',
          pattern: 'pattern' in mapped ? mapped.pattern : undefined,
        });
        return;
      }
      firstColumnOf.set(id, address(col, n));
      firstNameOf.set(id, text);
      texts.set(col, text);
      byColumn.set(col, 'pattern' in mapped ? { key: mapped.key, arg: mapped.arg } : mapped);
      if ('key' in mapped) {
        present.add(mapped.key);
        if (!mapped.arg) headers.set(mapped.key, text);
      }
    });
    const hasRequired =
      this.spec.required.every((k) => headers.has(k)) &&
      (!this.spec.requiredAny || this.spec.requiredAny.some((k) => present.has(k)));
    const namesColumns = byColumn.size >= 2;
    if (!hasRequired) {
      // A header row that names some columns but lacks a required one is still the header row.
      if (namesColumns) {
        const missing = [
          ...this.spec.required.filter((k) => !headers.has(k)),
          ...(this.spec.requiredAny && !this.spec.requiredAny.some((k) => present.has(k))
            ? [this.spec.requiredAny[0]]
            : []),
        ];
        for (const k of missing) {
          problems.push(
            issue(
              'missing-header',
              'error',
              { ...this.at, row: n },
              {
                column: this.spec.columns[k][0],
                found: [...cells].filter(Boolean).map(rawText).join(', '),
              },
            ),
          );
        }
      }
      return { header: null, problems, namesColumns };
    }
    for (const d of duplicates) {
      problems.push(
        issue(
          d.pattern?.duplicate ?? 'duplicate-header',
          d.pattern?.duplicate ? 'error' : 'warning',
          { ...this.at, cell: address(d.col, n) },
          { first: d.first, firstName: d.firstName },
          d.name,
        ),
      );
    }
    return { header: { row: n, byColumn, headers, texts }, problems, namesColumns };
  }

  private mapHeader(
    name: string,
  ):
    | { key: K; arg?: string }
    | { key: K; arg: string; pattern: ColumnPattern<K> }
    | { extra: string }
    | null {
    const key = this.table.get(name);
    if (key) return { key };
    for (const p of this.spec.patterns ?? []) {
      const arg = 'regex' in p ? (p.regex.exec(name)?.[1] ?? null) : p.match(name);
      if (arg !== null) return { key: p.key, arg, pattern: p };
    }
    const extra = this.spec.extraColumns?.(name);
    return extra ? { extra } : null;
  }

  private emit(n: number, cells: (Cell | null)[]): void {
    const header = this.header as HeaderMap<K>;
    const fields: TableRow<K>['fields'] = {};
    let patterned = NO_PATTERNED as TableRow<K>['patterned'];
    let extras: Map<string, FieldCell> = NO_EXTRAS;
    let any = false;
    for (const [col, mapped] of header.byColumn) {
      const cell = cells[col];
      if (!cell) continue;
      any = true;
      const field = new RowCell(cell, col, n);
      if ('extra' in mapped) {
        if (extras === NO_EXTRAS) extras = new Map();
        extras.set(mapped.extra, field);
      } else if (mapped.arg !== undefined) {
        if ((patterned as object) === NO_PATTERNED) patterned = {};
        let byArg = patterned[mapped.key];
        if (!byArg) {
          byArg = new Map();
          patterned[mapped.key] = byArg;
        }
        byArg.set(mapped.arg, field);
      } else fields[mapped.key] = field;
    }
    if (!any) return;
    this.rowCount++;
    this.onRow({ row: n, fields, patterned, extras });
  }
}

/** Key/value sheets (`Plan`, `Rapport`): first column the key, second the value. */
export class KeyValueSink<K extends string> implements RowSink {
  private readonly table: Map<string, K>;
  readonly values = new Map<K, FieldCell>();
  /** A second value beside the first (`Seuils | 80 % | 50 %`). */
  readonly seconds = new Map<K, FieldCell>();

  constructor(keys: Record<K, readonly string[]>) {
    this.table = aliasTable(keys);
  }

  row(n: number, cells: (Cell | null)[]): void {
    const cols: number[] = [];
    cells.forEach((c, col) => {
      if (c) cols.push(col);
    });
    if (cols.length < 2) return;
    const keyCell = cells[cols[0]] as Cell;
    if (keyCell.t !== 's') return;
    const key = this.table.get(normaliseName(keyCell.v));
    if (!key || this.values.has(key)) return;
    const col = cols[1];
    this.values.set(key, { cell: cells[col] as Cell, col, address: address(col, n) });
    const second = cols[2];
    if (second !== undefined)
      this.seconds.set(key, { cell: cells[second] as Cell, col: second, address: address(second, n) });
  }

  end(): void {}
}

import { address } from './cell-ref.js';
import type { ReportedValue } from './plan.js';

/**
 * Reported values, stored column-wise: a national database holds hundreds of thousands of them,
 * and an object per value would cost ten times the memory. Strings (codes, entities, periods,
 * files) are kept once in a table; numbers in typed arrays, NaN standing for "none". Values are
 * handed to the computation as plain `ReportedValue` objects one indicator at a time.
 */
export interface ValueSource {
  /** Indicator codes that have values, in first-seen order. */
  indicators(): Iterable<string>;
  valuesOf(code: string): ReportedValue[];
  /** Every distinct period label. */
  periods(): Iterable<string>;
  /** Every distinct (entity, period) pair that has a value. */
  entityPeriods(): Iterable<[string, string]>;
  /** The positions of `valuesOf(code)`'s values, in its order: what `traceAt` takes. */
  positionsOf(code: string): ArrayLike<number>;
  /** Where the value at `position` was read and what it holds, without building the whole value. */
  traceAt(position: number): TraceCell;
  readonly size: number;
}

/** One source cell of the trace (docs/json-contract.md, "Trace"). */
export type TraceCell = Pick<
  ReportedValue,
  'indicator' | 'entity' | 'period' | 'file' | 'sheet' | 'cell' | 'value'
>;

/** A value as a reader hands it over: its cell as row and column numbers, spelled out when asked. */
export type NewValue = Omit<ReportedValue, 'cell' | 'commentCell'> & {
  row: number;
  col: number;
  /** The column of the comment's own cell, on the value's row. */
  commentCol?: number;
};

/** A partner's comment and the column of its own cell (on its value's row). */
type StoredComment = readonly [text: string, col: number];

const INITIAL = 1024;

export interface ExportedValues {
  strings: string[];
  sources: { file: string; sheet: string }[];
  indicator: Int32Array;
  entity: Int32Array;
  period: Int32Array;
  disaggregation: Int32Array;
  source: Int32Array;
  row: Int32Array;
  col: Uint16Array;
  value: Float64Array;
  fractions: [number, [number | null, number | null]][];
  comments: [number, StoredComment][];
}

export class ValueStore implements ValueSource {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];
  private capacity = INITIAL;
  private count = 0;
  private indicator = new Int32Array(INITIAL);
  private entity = new Int32Array(INITIAL);
  private period = new Int32Array(INITIAL);
  private disaggregation = new Int32Array(INITIAL);
  /** Index into `sources`: the file and sheet a value was read from. */
  private source = new Int32Array(INITIAL);
  private row = new Int32Array(INITIAL);
  /** Excel has at most 16 384 columns. */
  private col = new Uint16Array(INITIAL);
  private value = new Float64Array(INITIAL);
  /** Numerators and denominators, given for few values: kept aside, by value index. */
  private readonly fractions = new Map<number, [number | null, number | null]>();
  /** Partners' comments, given for few values: kept aside, by value index. */
  private readonly comments = new Map<number, StoredComment>();
  private readonly sources: { file: string; sheet: string }[] = [];
  private readonly sourceIds = new Map<string, number>();
  private index: Map<number, number[]> | null = null;

  get size(): number {
    return this.count;
  }

  push(v: NewValue): void {
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.indicator[i] = this.id(v.indicator);
    this.entity[i] = this.id(v.entity);
    this.period[i] = this.id(v.period);
    this.disaggregation[i] = this.id(v.disaggregation);
    this.source[i] = this.sourceId(v.file, v.sheet);
    this.row[i] = v.row;
    this.col[i] = v.col;
    this.value[i] = v.value ?? Number.NaN;
    if (v.numerator !== null || v.denominator !== null) this.fractions.set(i, [v.numerator, v.denominator]);
    if (v.comment) this.comments.set(i, [v.comment, v.commentCol ?? v.col]);
    this.index = null;
  }

  entityAt(i: number): string {
    return this.strings[this.entity[i]];
  }

  periodAt(i: number): string {
    return this.strings[this.period[i]];
  }

  sheetAt(i: number): string {
    return this.sources[this.source[i]].sheet;
  }

  setEntity(i: number, entity: string): void {
    this.entity[i] = this.id(entity);
  }

  setPeriod(i: number, period: string): void {
    this.period[i] = this.id(period);
  }

  /** A breakdown's part found to be its total after all (the reader's `total-category`). */
  setDisaggregation(i: number, disaggregation: string): void {
    this.disaggregation[i] = this.id(disaggregation);
  }

  fileAt(i: number): string {
    return this.sources[this.source[i]].file;
  }

  /** `file`, sheet and A1 cell of a value, as one string (compute/checks.ts `cellKey`). */
  keyAt(i: number): string {
    const source = this.sources[this.source[i]];
    return `${source.file}\u0000${source.sheet}\u0000${address(this.col[i], this.row[i])}`;
  }

  /** Drops the values from `from` on whose period is empty (rows that could not be dated). */
  dropUndated(from: number): void {
    const empty = this.ids.get('');
    this.retain((i) => this.period[i] !== empty, from);
  }

  /** Keeps only the values (from index `from` on) for which `keep` holds, in their order. */
  retain(keep: (i: number) => boolean, from = 0): void {
    let kept = from;
    for (let i = from; i < this.count; i++) {
      if (!keep(i)) {
        this.fractions.delete(i);
        this.comments.delete(i);
        continue;
      }
      if (kept !== i) this.copy(i, kept);
      kept++;
    }
    this.count = kept;
    this.index = null;
  }

  get(i: number): ReportedValue {
    const s = this.strings;
    const source = this.sources[this.source[i]];
    const fraction = this.fractions.get(i);
    const comment = this.comments.get(i);
    const value: ReportedValue = {
      indicator: s[this.indicator[i]],
      entity: s[this.entity[i]],
      period: s[this.period[i]],
      value: orNull(this.value[i]),
      numerator: fraction ? fraction[0] : null,
      denominator: fraction ? fraction[1] : null,
      disaggregation: s[this.disaggregation[i]],
      file: source.file,
      sheet: source.sheet,
      cell: address(this.col[i], this.row[i]),
    };
    if (comment !== undefined) {
      value.comment = comment[0];
      value.commentCell = address(comment[1], this.row[i]);
    }
    return value;
  }

  indicators(): Iterable<string> {
    return [...this.byIndicator().keys()].map((id) => this.strings[id]);
  }

  /** All values as objects, in reading order: for small inputs and tests only. */
  toArray(): ReportedValue[] {
    return Array.from({ length: this.count }, (_, i) => this.get(i));
  }

  valuesOf(code: string): ReportedValue[] {
    const id = this.ids.get(code);
    const rows = id === undefined ? undefined : this.byIndicator().get(id);
    return rows ? rows.map((i) => this.get(i)) : [];
  }

  positionsOf(code: string): ArrayLike<number> {
    const id = this.ids.get(code);
    return (id === undefined ? undefined : this.byIndicator().get(id)) ?? [];
  }

  traceAt(i: number): TraceCell {
    const s = this.strings;
    const source = this.sources[this.source[i]];
    return {
      indicator: s[this.indicator[i]],
      entity: s[this.entity[i]],
      period: s[this.period[i]],
      file: source.file,
      sheet: source.sheet,
      cell: address(this.col[i], this.row[i]),
      value: orNull(this.value[i]),
    };
  }

  periods(): Iterable<string> {
    const seen = new Set<number>();
    for (let i = 0; i < this.count; i++) seen.add(this.period[i]);
    return [...seen].map((id) => this.strings[id]).filter(Boolean);
  }

  entityPeriods(): Iterable<[string, string]> {
    const seen = new Map<number, Set<number>>();
    for (let i = 0; i < this.count; i++) {
      let periods = seen.get(this.entity[i]);
      if (!periods) {
        periods = new Set();
        seen.set(this.entity[i], periods);
      }
      periods.add(this.period[i]);
    }
    const pairs: [string, string][] = [];
    for (const [entity, periods] of seen)
      for (const p of periods) pairs.push([this.strings[entity], this.strings[p]]);
    return pairs;
  }

  /** The store as plain data and typed arrays, to send from a worker thread (buffers transferable). */
  exportData(): ExportedValues {
    const n = this.count;
    return {
      strings: this.strings,
      sources: this.sources,
      indicator: this.indicator.slice(0, n),
      entity: this.entity.slice(0, n),
      period: this.period.slice(0, n),
      disaggregation: this.disaggregation.slice(0, n),
      source: this.source.slice(0, n),
      row: this.row.slice(0, n),
      col: this.col.slice(0, n),
      value: this.value.slice(0, n),
      fractions: [...this.fractions],
      comments: [...this.comments],
    };
  }

  /** Adds the values of another store (read by a worker), after those already here. */
  append(data: ExportedValues): void {
    const ids = data.strings.map((s) => this.id(s));
    const sources = data.sources.map((s) => this.sourceId(s.file, s.sheet));
    const offset = this.count;
    for (let i = 0; i < data.indicator.length; i++) {
      if (this.count === this.capacity) this.grow();
      const k = this.count++;
      this.indicator[k] = ids[data.indicator[i]];
      this.entity[k] = ids[data.entity[i]];
      this.period[k] = ids[data.period[i]];
      this.disaggregation[k] = ids[data.disaggregation[i]];
      this.source[k] = sources[data.source[i]];
      this.row[k] = data.row[i];
      this.col[k] = data.col[i];
      this.value[k] = data.value[i];
    }
    for (const [i, fraction] of data.fractions) this.fractions.set(offset + i, fraction);
    for (const [i, comment] of data.comments) this.comments.set(offset + i, comment);
    this.index = null;
  }

  /** Forgets the values from index `n` on (a workbook whose reading failed half-way). */
  truncate(n: number): void {
    for (let i = n; i < this.count; i++) {
      this.fractions.delete(i);
      this.comments.delete(i);
    }
    this.count = Math.min(this.count, n);
    this.index = null;
  }

  private byIndicator(): Map<number, number[]> {
    if (!this.index) {
      const index = new Map<number, number[]>();
      for (let i = 0; i < this.count; i++) {
        const list = index.get(this.indicator[i]);
        if (list) list.push(i);
        else index.set(this.indicator[i], [i]);
      }
      this.index = index;
    }
    return this.index;
  }

  private id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(s);
      this.ids.set(s, id);
    }
    return id;
  }

  private lastSource = { file: '', sheet: '', id: -1 };

  private sourceId(file: string, sheet: string): number {
    // Values come sheet after sheet: the previous value's source is nearly always this one's.
    const last = this.lastSource;
    if (last.id >= 0 && last.file === file && last.sheet === sheet) return last.id;
    const key = `${file}\u0000${sheet}`;
    let id = this.sourceIds.get(key);
    if (id === undefined) {
      id = this.sources.length;
      this.sources.push({ file, sheet });
      this.sourceIds.set(key, id);
    }
    this.lastSource = { file, sheet, id };
    return id;
  }

  private copy(from: number, to: number): void {
    for (const column of this.columns()) column[to] = column[from];
    const fraction = this.fractions.get(from);
    this.fractions.delete(from);
    this.fractions.delete(to);
    if (fraction) this.fractions.set(to, fraction);
    const comment = this.comments.get(from);
    this.comments.delete(from);
    this.comments.delete(to);
    if (comment !== undefined) this.comments.set(to, comment);
  }

  private columns(): (Int32Array | Uint16Array | Float64Array)[] {
    return [
      this.indicator,
      this.entity,
      this.period,
      this.disaggregation,
      this.source,
      this.row,
      this.col,
      this.value,
    ];
  }

  private grow(): void {
    // Half as much again, not double: less memory held twice while the columns are copied.
    this.capacity = Math.ceil(this.capacity * 1.5);
    const bigger = <T extends Int32Array | Uint16Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.capacity);
      b.set(a);
      return b;
    };
    this.indicator = bigger(this.indicator);
    this.entity = bigger(this.entity);
    this.period = bigger(this.period);
    this.disaggregation = bigger(this.disaggregation);
    this.source = bigger(this.source);
    this.row = bigger(this.row);
    this.col = bigger(this.col);
    this.value = bigger(this.value);
  }
}

function orNull(n: number): number | null {
  return Number.isNaN(n) ? null : n;
}

/** Plain arrays of values (tests, small inputs) seen through the same interface. */
export function asValueSource(values: readonly ReportedValue[] | ValueSource): ValueSource {
  if (!Array.isArray(values)) return values as ValueSource;
  const list = values as readonly ReportedValue[];
  const index = new Map<string, ReportedValue[]>();
  const positions = new Map<string, number[]>();
  for (const [k, v] of list.entries()) {
    const group = index.get(v.indicator);
    if (group) {
      group.push(v);
      (positions.get(v.indicator) as number[]).push(k);
    } else {
      index.set(v.indicator, [v]);
      positions.set(v.indicator, [k]);
    }
  }
  return {
    size: list.length,
    indicators: () => index.keys(),
    valuesOf: (code) => index.get(code) ?? [],
    positionsOf: (code) => positions.get(code) ?? [],
    traceAt: (k) => list[k],
    periods: () => new Set(list.map((v) => v.period)),
    entityPeriods: () => {
      const pairs = new Map<string, [string, string]>();
      for (const v of list) pairs.set(`${v.entity}\u0000${v.period}`, [v.entity, v.period]);
      return pairs.values();
    },
  };
}

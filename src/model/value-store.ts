import { address } from '../workbook/cells.js';
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
  readonly size: number;
}

export interface NewValue {
  indicator: string;
  entity: string;
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  disaggregation: string;
  file: string;
  sheet: string;
  row: number;
  col: number;
}

const INITIAL = 1024;

export class ValueStore implements ValueSource {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];
  private capacity = INITIAL;
  private count = 0;
  private indicator = new Int32Array(INITIAL);
  private entity = new Int32Array(INITIAL);
  private period = new Int32Array(INITIAL);
  private disaggregation = new Int32Array(INITIAL);
  private file = new Int32Array(INITIAL);
  private sheet = new Int32Array(INITIAL);
  private row = new Int32Array(INITIAL);
  private col = new Int32Array(INITIAL);
  private value = new Float64Array(INITIAL);
  private numerator = new Float64Array(INITIAL);
  private denominator = new Float64Array(INITIAL);
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
    this.file[i] = this.id(v.file);
    this.sheet[i] = this.id(v.sheet);
    this.row[i] = v.row;
    this.col[i] = v.col;
    this.value[i] = v.value ?? Number.NaN;
    this.numerator[i] = v.numerator ?? Number.NaN;
    this.denominator[i] = v.denominator ?? Number.NaN;
    this.index = null;
  }

  entityAt(i: number): string {
    return this.strings[this.entity[i]];
  }

  periodAt(i: number): string {
    return this.strings[this.period[i]];
  }

  sheetAt(i: number): string {
    return this.strings[this.sheet[i]];
  }

  setEntity(i: number, entity: string): void {
    this.entity[i] = this.id(entity);
  }

  setPeriod(i: number, period: string): void {
    this.period[i] = this.id(period);
  }

  /** Drops the values from `from` on whose period is empty (rows that could not be dated). */
  dropUndated(from: number): void {
    const empty = this.ids.get('');
    let kept = from;
    for (let i = from; i < this.count; i++) {
      if (this.period[i] === empty) continue;
      if (kept !== i) this.copy(i, kept);
      kept++;
    }
    this.count = kept;
    this.index = null;
  }

  get(i: number): ReportedValue {
    const s = this.strings;
    return {
      indicator: s[this.indicator[i]],
      entity: s[this.entity[i]],
      period: s[this.period[i]],
      value: orNull(this.value[i]),
      numerator: orNull(this.numerator[i]),
      denominator: orNull(this.denominator[i]),
      disaggregation: s[this.disaggregation[i]],
      file: s[this.file[i]],
      sheet: s[this.sheet[i]],
      cell: address(this.col[i], this.row[i]),
    };
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

  /** Forgets the values from index `n` on (a workbook whose reading failed half-way). */
  truncate(n: number): void {
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

  private copy(from: number, to: number): void {
    for (const column of this.columns()) column[to] = column[from];
  }

  private columns(): (Int32Array | Float64Array)[] {
    return [
      this.indicator,
      this.entity,
      this.period,
      this.disaggregation,
      this.file,
      this.sheet,
      this.row,
      this.col,
      this.value,
      this.numerator,
      this.denominator,
    ];
  }

  private grow(): void {
    this.capacity *= 2;
    const bigger = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.capacity);
      b.set(a);
      return b;
    };
    this.indicator = bigger(this.indicator);
    this.entity = bigger(this.entity);
    this.period = bigger(this.period);
    this.disaggregation = bigger(this.disaggregation);
    this.file = bigger(this.file);
    this.sheet = bigger(this.sheet);
    this.row = bigger(this.row);
    this.col = bigger(this.col);
    this.value = bigger(this.value);
    this.numerator = bigger(this.numerator);
    this.denominator = bigger(this.denominator);
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
  for (const v of list) {
    const group = index.get(v.indicator);
    if (group) group.push(v);
    else index.set(v.indicator, [v]);
  }
  return {
    size: list.length,
    indicators: () => index.keys(),
    valuesOf: (code) => index.get(code) ?? [],
    periods: () => new Set(list.map((v) => v.period)),
    entityPeriods: () => {
      const pairs = new Map<string, [string, string]>();
      for (const v of list) pairs.set(`${v.entity}\u0000${v.period}`, [v.entity, v.period]);
      return pairs.values();
    },
  };
}

/**
 * Reporting periods: quarters (`2022-T3`), semesters (`2022-S1`), months (`2022-03`) and years
 * (`2022`). Months are counted from year 0 so that periods of any length compare by their end.
 */
export type PeriodKind = 'quarter' | 'semester' | 'month' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1-based index within the year (quarter 1-4, semester 1-2, month 1-12); 1 for a year. */
  index: number;
  /** Absolute month number (year * 12 + month - 1) of the first month. */
  startMonth: number;
  /** Absolute month number of the last month. */
  endMonth: number;
  /** Canonical spelling: `2022-T3`, `2022-S1`, `2022-03`, `2022`. */
  label: string;
}

const MONTHS_PER: Record<PeriodKind, number> = { quarter: 3, semester: 6, month: 1, year: 12 };
const MAX_INDEX: Record<PeriodKind, number> = { quarter: 4, semester: 2, month: 12, year: 1 };

export function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  const length = MONTHS_PER[kind];
  const startMonth = year * 12 + (index - 1) * length;
  const label =
    kind === 'year'
      ? String(year)
      : kind === 'month'
        ? `${year}-${String(index).padStart(2, '0')}`
        : `${year}-${kind === 'quarter' ? 'T' : 'S'}${index}`;
  return { kind, year, index, startMonth, endMonth: startMonth + length - 1, label };
}

const LETTER_KIND: Record<string, PeriodKind> = { T: 'quarter', Q: 'quarter', S: 'semester', H: 'semester' };

/**
 * Parses the accepted spellings: `2022-T3`, `2022-Q3`, `T3 2022`, `2022 T3`, `2022T3`, `Q3-2022`,
 * `2022-S1`, `2022-H1`, `2022-03`, `03/2022`, `2022`. Returns null for anything else, including
 * impossible periods such as `2022-T5` or `2022-13`, and `2022-2` (see `ambiguousPeriod`).
 */
export function parsePeriod(text: string): Period | null {
  const s = text.trim().toUpperCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})\s*[-_/ ]?\s*([TQSH])\s*([0-9]{1,2})$/.exec(s);
  if (m) return build(LETTER_KIND[m[2]], Number(m[1]), Number(m[3]));
  m = /^([TQSH])\s*([0-9]{1,2})\s*[-_/ ]?\s*(\d{4})$/.exec(s);
  if (m) return build(LETTER_KIND[m[1]], Number(m[3]), Number(m[2]));
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return build('month', Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return build('month', Number(m[2]), Number(m[1]));
  m = /^(\d{4})$/.exec(s);
  if (m) return build('year', Number(m[1]), 1);
  return null;
}

/**
 * `2025-2` is refused: a quarterly M&E officer means the second quarter, ISO 8601 reads February,
 * and a silent guess gives a report of the wrong period with every figure missing. Returns what
 * to write instead — `2025-T2` for a quarter (when there is one), `2025-02` for a month — or null
 * when `text` is not of that shape.
 */
export function ambiguousPeriod(text: string): { quarter: string | null; month: string } | null {
  const m = /^(\d{4})\s*[-/._]\s*([1-9])$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[2]);
  return { quarter: n <= 4 ? `${m[1]}-T${n}` : null, month: `${m[1]}-0${n}` };
}

function build(kind: PeriodKind, year: number, index: number): Period | null {
  if (year < 1900 || year > 2200) return null;
  if (!Number.isInteger(index) || index < 1 || index > MAX_INDEX[kind]) return null;
  return makePeriod(kind, year, index);
}

/** A value dated `value` counts in a report at `at` when it ends on or before `at` ends. */
export function countsAt(value: Period, at: Period): boolean {
  return value.endMonth <= at.endMonth;
}

/** Orders by end, then by start (a year before its last quarter), then by label. */
export function comparePeriods(a: Period, b: Period): number {
  return (
    a.endMonth - b.endMonth ||
    a.startMonth - b.startMonth ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)
  );
}

/** Period ending in the given absolute month, spelled like `kind`. */
export function periodEndingAt(kind: PeriodKind, endMonth: number): Period {
  const year = Math.floor(endMonth / 12);
  const monthInYear = endMonth - year * 12;
  return makePeriod(kind, year, Math.floor(monthInYear / MONTHS_PER[kind]) + 1);
}

/** Every period of one kind from the start of `fromYear` that ends on or before `to` ends. */
export function periodsUpTo(kind: PeriodKind, fromYear: number, to: Period): Period[] {
  const out: Period[] = [];
  for (let year = fromYear; year <= to.year; year++) {
    for (let index = 1; index <= MAX_INDEX[kind]; index++) {
      const p = makePeriod(kind, year, index);
      if (p.endMonth <= to.endMonth) out.push(p);
    }
  }
  return out;
}

/** The period of the same kind just before (2022-T1 → 2021-T4, 2023-S1 → 2022-S2, 2023 → 2022). */
export function previousPeriod(p: Period): Period {
  return periodEndingAt(p.kind, p.startMonth - 1);
}

/** Months of P's year elapsed at P's end: 3 at T1, 6 at S1, 5 at `2023-05`, 12 at year end. */
export function monthsElapsed(p: Period): number {
  return p.endMonth - p.year * 12 + 1;
}

/**
 * The share of the plan's time elapsed at P's end: months of the plan elapsed / months of the
 * plan, from January of its first year to December of its last (2022-T4 in a plan 2020-2024:
 * 36 / 60 = 0.6), within [0, 1]. Null when the plan's years are unknown or reversed.
 */
export function planTimeElapsed(startYear: number | null, endYear: number | null, p: Period): number | null {
  if (startYear === null || endYear === null || endYear < startYear) return null;
  const months = (endYear - startYear + 1) * 12;
  const elapsed = p.endMonth - startYear * 12 + 1;
  return Math.min(Math.max(elapsed, 0), months) / months;
}

/** Whether P ends a year (T4, S2, month 12 or the year itself). */
export function endsYear(p: Period): boolean {
  return monthsElapsed(p) === 12;
}

/** Two different periods that share at least one month (2022-T1 and 2022-S1; 2022-03 and 2022-T1). */
export function overlaps(a: Period, b: Period): boolean {
  return a.label !== b.label && a.startMonth <= b.endMonth && b.startMonth <= a.endMonth;
}

/** Whether `inner` lies within `outer` (2022-T2 within 2022-S1; a period within itself). */
export function within(inner: Period, outer: Period): boolean {
  return inner.startMonth >= outer.startMonth && inner.endMonth <= outer.endMonth;
}

/** Months a period spans: the finer of two overlapping periods is the shorter. */
export function lengthOf(p: Period): number {
  return p.endMonth - p.startMonth + 1;
}

/** The first day after the period, as an ISO date (`2022-10-01` for `2022-T3`). */
export function dayAfter(period: Period): string {
  const next = period.endMonth + 1;
  const year = Math.floor(next / 12);
  return `${year}-${String(next - year * 12 + 1).padStart(2, '0')}-01`;
}

/**
 * The report period when none is asked for: the latest end among the data, spelled as the
 * shortest period that ends there (quarterly data gives `2022-T4`, not `2022`).
 */
export function latestPeriod(periods: Iterable<Period>): Period | null {
  let best: Period | null = null;
  for (const p of periods) {
    if (
      !best ||
      p.endMonth > best.endMonth ||
      (p.endMonth === best.endMonth && p.startMonth > best.startMonth)
    ) {
      best = p;
    }
  }
  return best;
}

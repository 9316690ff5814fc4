import type { Period } from '../compute/periods.js';
import { parsePeriod } from '../compute/periods.js';
import { type Issue, type IssueParams, issue } from '../model/issues.js';
import { rawText } from './cells.js';
import { isoDay, PLAUSIBLE_SERIALS, parseDateText } from './date-text.js';
import { normaliseName } from './names.js';
import { parseNumberText } from './numbers.js';
import type { FieldCell } from './table.js';
import { serialToDate } from './xlsx/dates.js';

/**
 * Turns cells into typed values, reporting every cell that cannot be read with its address, the
 * raw value and what was expected. `undefined` means the cell is empty; `null` means it held
 * something unusable (an issue has been reported).
 */
export class CellReader {
  constructor(
    readonly at: { file: string; sheet: string },
    readonly lang: 'fr' | 'en',
    readonly report: (found: Issue) => void,
  ) {}

  problem(
    code: Issue['code'],
    f: FieldCell,
    params: IssueParams = {},
    severity: Issue['severity'] = 'error',
  ): null {
    this.report(issue(code, severity, { ...this.at, cell: f.address }, params, rawText(f.cell)));
    return null;
  }

  /**
   * A number; percent-formatted cells and `45 %` give percentage points (45). `wholeUnit` names
   * the unit of a count (`personnes`): its `1.300` and `1,250` are read with a thousands separator
   * (`numbers.ts`); the ambiguous-number warning says which reading was made, and why.
   */
  number(f: FieldCell | undefined, column: string, wholeUnit?: string): number | null | undefined {
    if (!f) return undefined;
    const c = f.cell;
    switch (c.t) {
      case 'n':
        return c.percent ? roundPoints(c.v * 100) : c.v;
      case 's': {
        const parsed = parseNumberText(c.v, this.lang, wholeUnit !== undefined);
        if (!parsed) return this.problem('type-error', f, { column, expected: 'number' });
        if (parsed.ambiguous)
          this.problem(
            'ambiguous-number',
            f,
            {
              column,
              read: parsed.value,
              as: parsed.grouped ? 'thousands' : 'decimal',
              ...(parsed.grouped && wholeUnit !== undefined ? { unit: wholeUnit } : {}),
            },
            'warning',
          );
        return parsed.value;
      }
      case 'e':
        return this.problem('excel-error', f, { column });
      case 'f':
        return this.problem('formula-without-result', f, { column });
      default:
        return this.problem('type-error', f, { column, expected: 'number' });
    }
  }

  text(f: FieldCell | undefined): string | undefined {
    if (!f) return undefined;
    const c = f.cell;
    if (c.t === 'n') return String(c.percent ? roundPoints(c.v * 100) : c.v);
    if (c.t === 'f') return this.problem('formula-without-result', f, { column: '' }) ?? undefined;
    if (c.t === 'e') return this.problem('excel-error', f, { column: '' }) ?? undefined;
    const s = rawText(c).trim();
    return s === '' ? undefined : s;
  }

  integer(f: FieldCell | undefined, column: string): number | null | undefined {
    if (f?.cell.t === 'd') return f.cell.v.getUTCFullYear();
    const n = this.number(f, column);
    if (n === null || n === undefined) return n;
    if (!Number.isInteger(n))
      return this.problem('type-error', f as FieldCell, { column, expected: 'integer' });
    return n;
  }

  enumOf<V extends string>(
    f: FieldCell | undefined,
    column: string,
    table: ReadonlyMap<string, V>,
    allowed: readonly string[],
  ): V | null | undefined {
    const s = this.text(f);
    if (s === undefined || s === null) return s;
    const found = table.get(normaliseName(s));
    if (found) return found;
    return this.problem('invalid-enum', f as FieldCell, { column, allowed: allowed.join(', ') });
  }

  /** Periods repeat on every row of a consolidated file: each spelling is parsed once. */
  private readonly periods = new Map<string, Period | null>();

  period(f: FieldCell | undefined, column: string): Period | null | undefined {
    if (!f) return undefined;
    if (f.cell.t === 's') {
      let p = this.periods.get(f.cell.v);
      if (p === undefined) {
        p = parsePeriod(f.cell.v);
        this.periods.set(f.cell.v, p);
      }
      return p ?? this.problem('invalid-period', f, { column });
    }
    if (f.cell.t === 'd') {
      // A period typed as a date (a month, or a quarter's first day): read as the month.
      const d = f.cell.v;
      return parsePeriod(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
    }
    const s = f.cell.t === 'n' ? String(f.cell.v) : this.text(f);
    if (s === undefined || s === null) return s;
    return parsePeriod(s) ?? this.problem('invalid-period', f, { column });
  }

  /**
   * A date as `YYYY-MM-DD`: a date cell; text naming a real day, in figures or in words
   * (`date-text.ts`: `12/01/2023`, `12 janvier 2023`, `Jan 12, 2023`; `2022-02-30` is a type
   * error, not 2 March); or a number that lost its date format (`44938` in General format) within
   * `PLAUSIBLE_SERIALS`, read as Excel's serial day with a `date-serial` notice naming the cell.
   */
  date(f: FieldCell | undefined, column: string): string | null | undefined {
    if (!f) return undefined;
    const c = f.cell;
    if (c.t === 'd') return c.v.toISOString().slice(0, 10);
    if (c.t === 's') {
      const d = parseDateText(c.v);
      if (d) return isoDay(d);
    }
    if (c.t === 'n' && !c.percent && c.v >= PLAUSIBLE_SERIALS.min && c.v < PLAUSIBLE_SERIALS.max + 1) {
      const date = serialToDate(Math.floor(c.v), false);
      if (date) {
        const iso = date.toISOString().slice(0, 10);
        this.problem('date-serial', f, { column, date: iso }, 'info');
        return iso;
      }
    }
    return this.problem('type-error', f, { column, expected: 'date' });
  }
}

function roundPoints(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/** Splits a list typed in one cell: `DGME; OIM, DR Kayes` (a `/` inside a name is kept). */
export function splitList(text: string | undefined | null): string[] {
  if (!text) return [];
  return text
    .split(/[;\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

import type { Period } from '../compute/periods.js';
import { parsePeriod } from '../compute/periods.js';
import { type Issue, type IssueParams, issue } from '../model/issues.js';
import { rawText } from './cells.js';
import { normaliseName } from './names.js';
import { parseNumberText } from './numbers.js';
import type { FieldCell } from './table.js';
import { isCalendarDate } from './xlsx/dates.js';

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

  /** A number; percent-formatted cells and `45 %` give percentage points (45). */
  number(f: FieldCell | undefined, column: string): number | null | undefined {
    if (!f) return undefined;
    const c = f.cell;
    switch (c.t) {
      case 'n':
        return c.percent ? roundPoints(c.v * 100) : c.v;
      case 's': {
        const parsed = parseNumberText(c.v, this.lang);
        if (!parsed) return this.problem('type-error', f, { column, expected: 'number' });
        if (parsed.ambiguous) this.problem('ambiguous-number', f, { column, read: parsed.value }, 'warning');
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

  /** A date as `YYYY-MM-DD`; text must name a real day (`2022-02-30` is a type error, not 2 March). */
  date(f: FieldCell | undefined, column: string): string | null | undefined {
    if (!f) return undefined;
    if (f.cell.t === 'd') return f.cell.v.toISOString().slice(0, 10);
    if (f.cell.t === 's') {
      const s = f.cell.v.trim();
      let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
      if (m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
      m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
      if (m && isCalendarDate(Number(m[3]), Number(m[2]), Number(m[1])))
        return `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
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

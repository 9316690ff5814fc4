import { type Issue, issue } from '../model/issues.js';
import type { Plan, ReportedValue } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';
import { partsByDimensions } from './aggregate.js';
import { periodResolver } from './model.js';
import { isSummableUnit } from './units.js';

/**
 * Checks of reported values against the plan and against each other, across all workbooks:
 * unknown entities, periods outside the plan, duplicates, parts that do not add up.
 * Pure: the values come in, the issues go out.
 */
export function checkValues(plan: Plan | null, values: readonly ReportedValue[] | ValueSource): Issue[] {
  const issues: Issue[] = [];
  const periodOf = periodResolver();
  const source = asValueSource(values);
  const known = new Map(plan?.indicators.map((i) => [i.code, i]) ?? []);
  const responsible = new Set(plan?.indicators.flatMap((i) => i.responsible.map(normaliseEntity)) ?? []);
  const { startYear, endYear } = plan?.settings ?? { startYear: null, endYear: null };
  // An entity the plan does not name is reported once per file, at its first row there.
  const strangers = new Map<string, ReportedValue>();
  const checkEntities = plan !== null && responsible.size > 0;
  const named = new Map<string, boolean>();
  const isNamed = (entity: string) => {
    let known = named.get(entity);
    if (known === undefined) {
      known = responsible.has(normaliseEntity(entity));
      named.set(entity, known);
    }
    return known;
  };

  for (const code of source.indicators()) {
    const rows = source.valuesOf(code);
    if (checkEntities) {
      for (const v of rows) {
        if (isNamed(v.entity)) continue;
        const key = `${v.file}\u0000${v.entity}`;
        const first = strangers.get(key);
        if (!first || rowNumber(v.cell) < rowNumber(first.cell)) strangers.set(key, v);
      }
    }
    const indicator = known.get(code);
    const seen = new Map<string, ReportedValue>();
    const byEntityPeriod = new Map<string, ReportedValue[]>();
    for (const v of rows) {
      const p = periodOf(v.period);
      if (startYear !== null && endYear !== null && (p.year < startYear || p.year > endYear)) {
        issues.push(
          issue(
            'period-outside-plan',
            'warning',
            { file: v.file, sheet: v.sheet, cell: v.cell },
            { period: v.period, from: startYear, to: endYear },
            v.period,
          ),
        );
      }
      const key = `${v.entity}\u0000${v.period}\u0000${v.disaggregation}`;
      const first = seen.get(key);
      if (first) {
        const same =
          first.value === v.value && first.numerator === v.numerator && first.denominator === v.denominator;
        issues.push(
          issue(
            same ? 'duplicate-value' : 'conflicting-duplicate',
            same ? 'warning' : 'error',
            { file: v.file, sheet: v.sheet, cell: v.cell },
            {
              indicator: code,
              entity: v.entity,
              period: v.period,
              first: `${first.file} › ${first.sheet} › ${first.cell}`,
              firstValue: String(first.value),
            },
            String(v.value),
          ),
        );
        continue;
      }
      seen.set(key, v);
      const ep = `${v.entity}\u0000${v.period}`;
      const group = byEntityPeriod.get(ep);
      if (group) group.push(v);
      else byEntityPeriod.set(ep, [v]);
    }
    if (indicator && isSummableUnit(indicator.unit)) {
      for (const group of byEntityPeriod.values()) checkParts(group, issues);
    }
  }
  for (const v of strangers.values()) {
    issues.push(
      issue(
        'unknown-entity',
        'warning',
        { file: v.file, sheet: v.sheet, cell: v.cell },
        { entity: v.entity },
        v.entity,
      ),
    );
  }
  return issues;
}

function rowNumber(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? 0);
}

function checkParts(group: ReportedValue[], issues: Issue[]): void {
  if (group.length < 2) return;
  const total = group.find((v) => v.disaggregation === '');
  if (!total || total.value === null) return;
  for (const [dims, parts] of partsByDimensions(group)) {
    let sum = 0;
    for (const p of parts) sum += p.value ?? 0;
    if (Math.abs(sum - total.value) > 1e-9 * Math.max(1, Math.abs(sum))) {
      issues.push(
        issue(
          'disaggregation-mismatch',
          'warning',
          { file: total.file, sheet: total.sheet, cell: total.cell },
          { indicator: total.indicator, dimension: dims, total: total.value, sum },
          String(total.value),
        ),
      );
    }
  }
}

function normaliseEntity(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The plan code nearest to a mistyped one ("did you mean I1.2.3?"), when near enough. */
export function closest(code: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = code.toLowerCase();
  for (const c of candidates) {
    const d = levenshtein(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(code.length / 3)) ? best : null;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

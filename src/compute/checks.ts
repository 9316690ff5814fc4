import { type Issue, issue } from '../model/issues.js';
import type { ActivityReport, Plan, ReportedValue } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';
import { partsByDimensions } from './aggregate.js';
import { entityKey } from './entities.js';
import { periodResolver } from './model.js';
import { lengthOf, overlaps, type Period } from './periods.js';
import { isSummableUnit } from './units.js';

/** A value's place, as one string: the key of the values a check sets aside. */
export function cellKey(v: { file: string; sheet: string; cell: string }): string {
  return `${v.file}\u0000${v.sheet}\u0000${v.cell}`;
}

export interface CheckedValues {
  issues: Issue[];
  /**
   * Values the figures must leave out (by `cellKey`): identical duplicates after the first, values
   * dated outside the plan's years, and the coarser of overlapping periods of a level.
   */
  excluded: Set<string>;
}

/**
 * Checks of reported values against the plan and against each other, across all workbooks:
 * periods outside the plan (entity names are checked by entities.ts `entityIssues`), duplicates, overlapping periods, parts that do not
 * add up. Pure: the values come in, the issues and the values to leave out go out; `validate`
 * and `report` run the same checks.
 */
export function checkValues(
  plan: Plan | null,
  values: readonly ReportedValue[] | ValueSource,
): CheckedValues {
  const issues: Issue[] = [];
  const excluded = new Set<string>();
  const periodOf = periodResolver();
  const source = asValueSource(values);
  const known = new Map(plan?.indicators.map((i) => [i.code, i]) ?? []);
  const { startYear, endYear } = plan?.settings ?? { startYear: null, endYear: null };

  for (const code of source.indicators()) {
    const rows = source.valuesOf(code);
    const indicator = known.get(code);
    // Keyed by the strings as read, nested rather than joined: no new string per value.
    const seen = new Nested<Nested<Map<string, ReportedValue>>>(() => new Nested(() => new Map()));
    const byEntityPeriod = new Nested<Map<string, ReportedValue[]>>(() => new Map());
    const bySeries = new Nested<Map<string, ReportedValue[]>>(() => new Map());
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
        excluded.add(cellKey(v));
        continue;
      }
      const cell = seen.at(v.entity).at(v.period);
      const first = cell.get(v.disaggregation);
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
        if (same) excluded.add(cellKey(v));
        continue;
      }
      cell.set(v.disaggregation, v);
      push(byEntityPeriod.at(v.entity), v.period, v);
      push(bySeries.at(v.entity), v.disaggregation, v);
    }
    for (const byDisaggregation of bySeries.values())
      for (const series of byDisaggregation.values())
        checkOverlaps(series, indicator?.aggregation === 'sum', periodOf, issues, excluded);
    if (indicator && isSummableUnit(indicator.unit)) {
      for (const byPeriod of byEntityPeriod.values())
        for (const group of byPeriod.values()) checkParts(group, issues);
    }
  }
  return { issues, excluded };
}

/** A map whose entries are made on first use. */
class Nested<T> extends Map<string, T> {
  constructor(private readonly make: () => T) {
    super();
  }

  at(key: string): T {
    let inner = this.get(key);
    if (inner === undefined) {
      inner = this.make();
      this.set(key, inner);
    }
    return inner;
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * Periods of one indicator, entity and disaggregation must not overlap (2022-T1 and 2022-S1; three
 * months and their quarter): a flow would count the same months twice, so for `somme` this is an
 * error naming both cells; for a level the finer period wins, with a warning, and the coarser
 * value is left out. `series` holds one value per period (duplicates are already set aside).
 */
function checkOverlaps(
  series: readonly ReportedValue[],
  isFlow: boolean,
  periodOf: (label: string) => Period,
  issues: Issue[],
  excluded: Set<string>,
): void {
  if (series.length < 2) return;
  // Distinct periods of one length (every quarter, every year) never overlap: the common case.
  const first = lengthOf(periodOf(series[0].period));
  if (series.every((v) => lengthOf(periodOf(v.period)) === first)) return;
  const ordered = series
    .map((v) => ({ v, p: periodOf(v.period) }))
    .sort(
      (a, b) => lengthOf(a.p) - lengthOf(b.p) || a.p.startMonth - b.p.startMonth || cmp(a.v.cell, b.v.cell),
    );
  const kept: { v: ReportedValue; p: Period }[] = [];
  for (const x of ordered) {
    const finer = kept.find((k) => overlaps(k.p, x.p));
    if (!finer) {
      kept.push(x);
      continue;
    }
    issues.push(
      issue(
        'overlapping-periods',
        isFlow ? 'error' : 'warning',
        { file: x.v.file, sheet: x.v.sheet, cell: x.v.cell },
        {
          indicator: x.v.indicator,
          entity: x.v.entity,
          period: x.v.period,
          other: finer.v.period,
          first: `${finer.v.file} › ${finer.v.sheet} › ${finer.v.cell}`,
          flow: isFlow ? 1 : 0,
        },
        x.v.period,
      ),
    );
    if (!isFlow) excluded.add(cellKey(x.v));
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/** What checkActivities found: its issues, and the activity reports the figures must leave out. */
export interface CheckedActivities {
  issues: Issue[];
  excluded: Set<ActivityReport>;
}

/**
 * Activity reports follow the rules of values (docs/rules.md, "Resubmissions and double counts"):
 * one activity, entity and period reported twice — the same workbook sent twice, two rows — counts
 * once when both rows say the same (status, progress, disbursed: a `duplicate-value` warning, the
 * second left out), and is a `conflicting-duplicate` error when they differ. Resubmissions, which
 * replace a whole report, are applied before.
 */
export function checkActivities(reports: readonly ActivityReport[]): CheckedActivities {
  const issues: Issue[] = [];
  const excluded = new Set<ActivityReport>();
  const first = new Map<string, ActivityReport>();
  for (const r of reports) {
    if (!r.period) continue;
    const key = `${r.activity}\u0000${entityKey(r.entity)}\u0000${r.period}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, r);
      continue;
    }
    const differs = differingField(earlier, r);
    issues.push(
      issue(
        differs ? 'conflicting-duplicate' : 'duplicate-value',
        differs ? 'error' : 'warning',
        { file: r.file, sheet: r.sheet, cell: r.cell },
        {
          indicator: r.activity,
          entity: r.entity,
          period: r.period,
          first: `${earlier.file} › ${earlier.sheet} › ${earlier.cell}`,
          firstValue: differs ? shown(earlier[differs]) : shown(earlier.disbursed ?? earlier.status),
        },
        differs ? shown(r[differs]) : shown(r.disbursed ?? r.status),
      ),
    );
    if (!differs) excluded.add(r);
  }
  return { issues, excluded };
}

const ACTIVITY_FIGURES = ['status', 'progress', 'disbursed'] as const;

function differingField(a: ActivityReport, b: ActivityReport): (typeof ACTIVITY_FIGURES)[number] | null {
  return ACTIVITY_FIGURES.find((f) => a[f] !== b[f]) ?? null;
}

function shown(v: string | number | null): string {
  return v === null ? '—' : String(v);
}

import { entityPeriodFigure } from '../compute/aggregate.js';
import { entityKey } from '../compute/entities.js';
import { type Period, parsePeriod } from '../compute/periods.js';
import { isSummableUnit } from '../compute/units.js';
import type { Indicator, ReportedValue } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';

export interface LastValue {
  value: number;
  period: string;
}

/** Key of a row of the Valeurs sheet: indicator code and disaggregation (`sexe=F`, '' for the total). */
export function rowKey(indicator: string, disaggregation: string): string {
  return `${indicator}\u0000${disaggregation}`;
}

/**
 * The last value an entity reported before period P, per indicator and disaggregation, shown as
 * help in its next template. A total that was never given is rolled up from the parts of its
 * latest period by the report's own rule (`entityPeriodFigure`: summed for counts and amounts,
 * Σ numerators / Σ denominators when given, averaged otherwise).
 */
export function lastValues(
  source: ValueSource | readonly ReportedValue[],
  indicators: readonly Indicator[],
  entity: string,
  before: Period,
): Map<string, LastValue> {
  const key = entityKey(entity);
  const wanted = new Map(indicators.map((i) => [i.code, i]));
  const found = new Map<string, { value: ReportedValue; end: number }>();
  const latestRows = new Map<string, { end: number; rows: ReportedValue[] }>();
  const values = asValueSource(source);
  for (const v of [...wanted.keys()].flatMap((code) => values.valuesOf(code))) {
    if (v.value === null || entityKey(v.entity) !== key) continue;
    const p = parsePeriod(v.period);
    if (!p || p.endMonth >= before.startMonth) continue;
    const k = rowKey(v.indicator, v.disaggregation);
    const known = found.get(k);
    if (!known || p.endMonth >= known.end) found.set(k, { value: v, end: p.endMonth });
    const latest = latestRows.get(v.indicator);
    if (!latest || p.endMonth > latest.end) latestRows.set(v.indicator, { end: p.endMonth, rows: [v] });
    else if (p.endMonth === latest.end) latest.rows.push(v);
  }
  const out = new Map<string, LastValue>();
  for (const [k, { value }] of found) out.set(k, { value: value.value as number, period: value.period });
  for (const [code, { rows }] of latestRows) {
    const total = rowKey(code, '');
    if (out.has(total)) continue;
    const summable = isSummableUnit((wanted.get(code) as Indicator).unit);
    out.set(total, { value: entityPeriodFigure(rows, summable).value, period: rows[0].period });
  }
  return out;
}

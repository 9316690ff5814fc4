/**
 * The plan's `Début` and `Fin` and its budgets by year, read from workbooks written by openpyxl and
 * by LibreOffice (scripts/fixtures/quarterly/make_quarterly.py, scenario activities-due), and the
 * execution they give at 2025-T4 (docs/quality.md, "Physical and financial execution").
 *
 * Activités of the plan (years 2025-2029):
 *   AC1 Début 2025,    Fin 2025     budget 100 000 (2025)                 → due; done
 *   AC2 Début 2025-T2, Fin 2026-T2  budget 50 000 (2025) + 150 000 (2026) → not due; in progress
 *   AC3 Début 2026,    Fin 2027     budget 200 000 (2026) + 200 000 (2027) → not due; done ahead
 *   AC4 Début T3 2025, Fin 2025-S2  budget 80 000 (2025)                  → due; in progress
 *   AC5 Début 01/01/2026, Fin 30/06/2026 (days typed as text: their months)
 *                                   budget 90 000 (2026)                  → not due; not reported
 * Physical: 1 done of the 2 due = 50 % (not 2 of 5); 1 done ahead of time.
 * Financial: disbursed 100 000 + 60 000 + 50 000 + 70 000 = 280 000; total budget 870 000 →
 *   280 000 / 870 000 = 32.2 %; budget to the end of 2025 = 100 000 + 50 000 + 0 + 80 000 + 0 =
 *   230 000 → 280 000 / 230 000 = 121.7 %.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/compute/periods.js';
import { buildReport } from '../../src/core/report.js';
import { scenario, WRITERS } from '../helpers/quarterly.js';

describe.each(WRITERS)('activities due by P, read from a plan written by %s', (writer) => {
  it('reads Début and Fin as periods and the yearly budgets, and counts the activities due', async () => {
    const dir = scenario('activities-due', writer);
    const outcome = await buildReport({
      plan: join(dir, 'plan.xlsx'),
      data: [join(dir, 'data')],
      period: parsePeriod('2025-T4') ?? undefined,
      tool: { name: 'ponam', version: 'test' },
    });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const m = outcome.model;
    expect(m.activities.map((a) => [a.code, a.start, a.end, a.due, a.budgetToDate])).toEqual([
      ['AC1', '2025', '2025', true, 100_000],
      ['AC2', '2025-T2', '2026-T2', false, 50_000],
      ['AC3', '2026', '2027', false, 0],
      ['AC4', '2025-T3', '2025-S2', true, 80_000],
      ['AC5', '2026-01', '2026-06', false, 0],
    ]);
    const e = m.plan.execution;
    expect(e).toMatchObject({
      planned: 5,
      due: 2,
      scheduled: 5,
      done: 2,
      doneDue: 1,
      doneAhead: 1,
      physicalRate: 0.5,
      budget: 870_000,
      budgetToDate: 230_000,
      disbursed: 280_000,
    });
    expect(e?.financialRate).toBeCloseTo(280_000 / 870_000, 12);
    expect(e?.financialRateToDate).toBeCloseTo(280_000 / 230_000, 12);
  });
});

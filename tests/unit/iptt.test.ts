/**
 * The IPTT (README, "The computation", IPTT) and a flow's own figures (the year's, the period's),
 * on four hand-built indicators of a plan 2021-2023, reported at P = 2022-T3. Every expected
 * figure is worked out by hand below; the settings are the defaults (method auto, ceiling 1,
 * target basis pace).
 *
 *   F  nombre, somme, annuelle: 2021 400, 2022 1 200, 2023 1 200, and `Cible 2022-T2` = 500
 *      Kayes 100 in each quarter of 2021, DNDS 60 for 2021-S2 (a semester), then
 *      2022-T1 Kayes 250 + OIM 50, 2022-T2 Kayes 300 + OIM 100, 2022-T3 Kayes 200
 *   C  nombre, somme, cumulée: 2021 100, 2022 300, 2023 500
 *      Kayes 2021-T2 60, 2021-T4 60, 2022-T1 40, 2022-T3 50
 *   L  %, dernière, baseline 40: 2021 50, 2022 70, 2023 80, and `Cible 2022-T2` = 60
 *      OIM 2021-T4 48, 2022-T1 52, 2022-T2 58, 2022-T3 61
 *   M  milestone (oui/non), due from 2022 (`Cible 2022` = oui, nothing for 2021)
 *      DNDS 2021-T4 non, 2022-T2 oui
 */
import { describe, expect, it } from 'vitest';
import { flowPeriodActual, flowYear } from '../../src/compute/flows.js';
import { indicatorAt } from '../../src/compute/indicator.js';
import { type IpttCell, ipttIndicator, ipttPeriods } from '../../src/compute/iptt.js';
import { periodResolver } from '../../src/compute/model.js';
import { planTimeElapsed } from '../../src/compute/periods.js';
import { ownPeriodTarget, ownYearTarget } from '../../src/compute/target.js';
import { DEFAULT_SETTINGS, type ReportedValue } from '../../src/model/plan.js';
import { indicator, p, v } from '../helpers/compute.js';

const AT = p('2022-T3');
const S = { ...DEFAULT_SETTINGS, startYear: 2021, endYear: 2023 };
const periodOf = periodResolver();

const F = indicator('F', {
  targets: { '2021': 400, '2022': 1200, '2023': 1200 },
  periodTargets: { '2022-T2': 500 },
});
const C = indicator('C', { targetType: 'cumulative', targets: { '2021': 100, '2022': 300, '2023': 500 } });
const L = indicator('L', {
  unit: '%',
  aggregation: 'last',
  targetType: 'cumulative',
  baseline: 40,
  targets: { '2021': 50, '2022': 70, '2023': 80 },
  periodTargets: { '2022-T2': 60 },
});
const M = indicator('M', { unit: 'oui/non', type: 'milestone', aggregation: 'last', targets: { '2022': 1 } });

const val = (code: string, entity: string, period: string, value: number, cell = 'B2'): ReportedValue =>
  v({ indicator: code, entity, period, value, cell, file: `${entity}-${period}.xlsx` });

const VALUES: Record<string, ReportedValue[]> = {
  F: [
    ...['2021-T1', '2021-T2', '2021-T3', '2021-T4'].map((q) => val('F', 'Kayes', q, 100)),
    val('F', 'DNDS', '2021-S2', 60),
    val('F', 'Kayes', '2022-T1', 250),
    val('F', 'OIM', '2022-T1', 50),
    val('F', 'Kayes', '2022-T2', 300),
    val('F', 'OIM', '2022-T2', 100),
    val('F', 'Kayes', '2022-T3', 200),
  ],
  C: [
    val('C', 'Kayes', '2021-T2', 60),
    val('C', 'Kayes', '2021-T4', 60),
    val('C', 'Kayes', '2022-T1', 40),
    val('C', 'Kayes', '2022-T3', 50),
  ],
  L: [
    val('L', 'OIM', '2021-T4', 48),
    val('L', 'OIM', '2022-T1', 52),
    val('L', 'OIM', '2022-T2', 58),
    val('L', 'OIM', '2022-T3', 61),
  ],
  M: [val('M', 'DNDS', '2021-T4', 0), val('M', 'DNDS', '2022-T2', 1)],
};

const PERIODS = ipttPeriods(AT, 2021, 2023);
const row = (ind: typeof F) => ipttIndicator(ind, VALUES[ind.code], PERIODS, AT, periodOf, S);

/** A cell's figures, rates rounded to 4 decimals so that a hand computation reads plainly. */
function figures(cells: IpttCell[]) {
  return cells.map((c) => [
    c.period,
    c.target,
    c.targetSource,
    c.actual,
    c.rate === null ? null : Math.round(c.rate * 10000) / 10000,
    c.state,
  ]);
}

describe('the IPTT’s periods', () => {
  it('are the plan’s years and, in the report’s year, its quarters, each year after its own quarters', () => {
    expect(PERIODS.map((x) => x.label)).toEqual([
      '2021',
      '2022-T1',
      '2022-T2',
      '2022-T3',
      '2022-T4',
      '2022',
      '2023',
    ]);
  });

  it('follow a half-yearly report in semesters, a monthly one in quarters, a yearly one in years', () => {
    expect(ipttPeriods(p('2023-S1'), 2022, 2023).map((x) => x.label)).toEqual([
      '2022',
      '2023-S1',
      '2023-S2',
      '2023',
    ]);
    expect(ipttPeriods(p('2022-05'), 2022, 2022).map((x) => x.label)).toEqual([
      '2022-T1',
      '2022-T2',
      '2022-T3',
      '2022-T4',
      '2022',
    ]);
    expect(ipttPeriods(p('2022'), 2021, 2023).map((x) => x.label)).toEqual(['2021', '2022', '2023']);
    // Without the plan's years, P's year alone.
    expect(ipttPeriods(p('2022'), null, null).map((x) => x.label)).toEqual(['2022']);
  });
});

describe('an IPTT row', () => {
  it('gives a flow with yearly targets each period’s own flow against the plan’s own target for it', () => {
    const r = row(F);
    expect(r.cumulative).toBe(false);
    expect(figures(r.cells)).toEqual([
      // 2021: Kayes 4 × 100 + DNDS's 2021-S2 60 = 460, against 400: 1.15.
      ['2021', 400, 'year', 460, 1.15, 'ended'],
      // 2022-T1: 250 + 50 = 300 against 1 200 × 3/12 = 300 (no column for T1: pro-rated).
      ['2022-T1', 300, 'prorated', 300, 1, 'ended'],
      // 2022-T2: 300 + 100 = 400 against the plan's `Cible 2022-T2` 500: 0.8.
      ['2022-T2', 500, 'period', 400, 0.8, 'ended'],
      // 2022-T3 (P): 200 against 300: 0.6667.
      ['2022-T3', 300, 'prorated', 200, 0.6667, 'ended'],
      // 2022-T4 after P: its target alone.
      ['2022-T4', 300, 'prorated', null, null, 'future'],
      // 2022, not ended at P: 300 + 400 + 200 = 900 so far, against the year's 1 200: 0.75.
      ['2022', 1200, 'year', 900, 0.75, 'in-progress'],
      ['2023', 1200, 'year', null, null, 'future'],
    ]);
  });

  it('gives a flow with cumulated targets running totals against the target at each period’s end', () => {
    const r = row(C);
    expect(r.cumulative).toBe(true);
    expect(figures(r.cells)).toEqual([
      // 2021: 60 + 60 = 120 against T_2021 = 100: 1.2.
      ['2021', 100, 'year', 120, 1.2, 'ended'],
      // 2022-T1: 120 + 40 = 160 against 100 + (300 − 100) × 3/12 = 150: 1.0667.
      ['2022-T1', 150, 'prorated', 160, 1.0667, 'ended'],
      // 2022-T2: still 160 against 100 + 200 × 6/12 = 200: 0.8.
      ['2022-T2', 200, 'prorated', 160, 0.8, 'ended'],
      // 2022-T3: 160 + 50 = 210 against 100 + 200 × 9/12 = 250: 0.84.
      ['2022-T3', 250, 'prorated', 210, 0.84, 'ended'],
      ['2022-T4', 300, 'year', null, null, 'future'],
      // 2022 so far: 210 against T_2022 = 300: 0.7.
      ['2022', 300, 'year', 210, 0.7, 'in-progress'],
      ['2023', 500, 'year', null, null, 'future'],
    ]);
  });

  it('gives a level its value at each period’s end against the target then, by its own method', () => {
    const r = row(L);
    expect(r.cumulative).toBe(false);
    // Method auto on a level with a baseline: progression (A − 40) / (T − 40).
    expect(figures(r.cells)).toEqual([
      // 2021: 48 against 50: 8 / 10 = 0.8.
      ['2021', 50, 'year', 48, 0.8, 'ended'],
      // 2022-T1: 52 against 50 + (70 − 50) × 3/12 = 55: 12 / 15 = 0.8.
      ['2022-T1', 55, 'prorated', 52, 0.8, 'ended'],
      // 2022-T2: 58 against the plan's `Cible 2022-T2` 60: 18 / 20 = 0.9.
      ['2022-T2', 60, 'period', 58, 0.9, 'ended'],
      // 2022-T3: 61 against 50 + 20 × 9/12 = 65: 21 / 25 = 0.84.
      ['2022-T3', 65, 'prorated', 61, 0.84, 'ended'],
      ['2022-T4', 70, 'year', null, null, 'future'],
      // 2022 so far: 61 against 70: 21 / 30 = 0.7.
      ['2022', 70, 'year', 61, 0.7, 'in-progress'],
      ['2023', 80, 'year', null, null, 'future'],
    ]);
  });

  it('gives a milestone no rate before it is due (issue 21), and oui = 100 % once it is', () => {
    const r = row(M);
    expect(r.cumulative).toBe(false);
    expect(figures(r.cells)).toEqual([
      // 2021: nothing due yet (the baseline non): target 0, not scored (not-due, rate null).
      ['2021', 0, 'due', 0, null, 'ended'],
      // Inside 2022 the milestone is held to what fell due at the end of 2021 (nothing): not due,
      // even where it is already oui at T2 and T3 (achieved ahead of time); never pro-rated.
      ['2022-T1', 0, 'due', 0, null, 'ended'],
      ['2022-T2', 0, 'due', 1, null, 'ended'],
      ['2022-T3', 0, 'due', 1, null, 'ended'],
      // Due at the end of 2022: oui = 100 %.
      ['2022-T4', 1, 'year', null, null, 'future'],
      ['2022', 1, 'year', 1, 1, 'in-progress'],
      // After its last yearly target, the one that fell due at the end of 2022 holds.
      ['2023', 1, 'due', null, null, 'future'],
    ]);
  });

  it('agrees with the report at P: the P column of a running total or a level is the actual, target and rate at P', () => {
    for (const ind of [C, L, M]) {
      const at = indicatorAt(ind, VALUES[ind.code], AT, periodOf, S, null);
      const cell = row(ind).cells.find((c) => c.period === AT.label) as IpttCell;
      expect([cell.actual, cell.target, cell.rate]).toEqual([at.actual.value, at.target.value, at.rate.rate]);
    }
    // A flow's yearly cells add up to its actual cumulated since the plan's start: 460 + 900 = 1 360.
    const years = row(F).cells.filter((c) => !c.period.includes('-'));
    const at = indicatorAt(F, VALUES.F, AT, periodOf, S, null);
    expect(years.reduce((sum, c) => sum + (c.actual ?? 0), 0)).toBe(at.actual.value);
    expect(at.actual.value).toBe(1360);
  });
});

describe('a flow’s own figures', () => {
  it('gives the year’s own actual, the plan’s own target for the year and their ratio', () => {
    // F: 900 in 2022 so far, against its `Cible 2022` 1 200 (T_2022 adds 2021 to it: 1 600).
    expect(flowYear(F, VALUES.F, AT, periodOf, S)).toEqual({
      year: 2022,
      actual: 900,
      target: 1200,
      rate: 0.75,
    });
    // C: 40 + 50 = 90 in 2022, against 300 − 100 = 200 (cumulated targets: the year's step): 0.45.
    expect(flowYear(C, VALUES.C, AT, periodOf, S)).toEqual({
      year: 2022,
      actual: 90,
      target: 200,
      rate: 0.45,
    });
    // A level has none: its value at P is already the period's.
    expect(flowYear(L, VALUES.L, AT, periodOf, S)).toBeNull();
    expect(flowYear(M, VALUES.M, AT, periodOf, S)).toBeNull();
  });

  it('gives the period’s own actual: the values dated within P, not a longer period’s', () => {
    expect(flowPeriodActual(F, VALUES.F, AT, periodOf)).toBe(200);
    // At 2021-T4, DNDS's 2021-S2 ends with the quarter but is not the quarter's own: 100.
    expect(flowPeriodActual(F, VALUES.F, p('2021-T4'), periodOf)).toBe(100);
    // At 2022-T2, C has no value dated in the quarter.
    expect(flowPeriodActual(C, VALUES.C, p('2022-T2'), periodOf)).toBeNull();
    expect(flowPeriodActual(L, VALUES.L, AT, periodOf)).toBeNull();
  });

  it('reads a year’s own target from the plan: the column for yearly targets, the step for cumulated ones', () => {
    expect(ownYearTarget(F, 2022, 2021)).toBe(1200);
    expect(ownYearTarget(C, 2022, 2021)).toBe(200);
    // The first year's step starts from 0.
    expect(ownYearTarget(C, 2021, 2021)).toBe(100);
    expect(ownYearTarget(C, 2024, 2021)).toBeNull();
    expect(ownYearTarget(L, 2022, 2021)).toBeNull();
    expect(ownPeriodTarget(F, p('2022-T2'), 2021)).toEqual({ value: 500, source: 'period' });
    // A month: 1 200 × 1/12; a semester: 1 200 × 6/12.
    expect(ownPeriodTarget(F, p('2022-05'), 2021)).toEqual({ value: 100, source: 'prorated' });
    expect(ownPeriodTarget(F, p('2022-S2'), 2021)).toEqual({ value: 600, source: 'prorated' });
  });

  it('reads a rate summed as Σ numerators / Σ denominators as a rate: the year’s own, for every quarter too', () => {
    // A % `somme` flow with cumulated targets 60 (2021) and 70 (2022): 70 for 2022, not 70 − 60;
    // 70 for a quarter of 2022 too, not 70 × 3/12.
    const R = indicator('R', { unit: '%', targetType: 'cumulative', targets: { '2021': 60, '2022': 70 } });
    expect(ownYearTarget(R, 2022, 2021)).toBe(70);
    expect(ownPeriodTarget(R, p('2022-T3'), 2021)).toEqual({ value: 70, source: 'year' });
  });
});

describe('the plan’s time elapsed', () => {
  it('is months of the plan elapsed at P’s end over months of the plan', () => {
    // 2020-2024 is 60 months; at the end of 2022-T4, 36 have passed: 0.6.
    expect(planTimeElapsed(2020, 2024, p('2022-T4'))).toBe(0.6);
    // At the end of 2020-T1: 3 / 60.
    expect(planTimeElapsed(2020, 2024, p('2020-T1'))).toBe(0.05);
    // A month: 2022-05 in 2022-2023 is 5 / 24.
    expect(planTimeElapsed(2022, 2023, p('2022-05'))).toBe(5 / 24);
    // Never outside [0, 1]; unknown without the plan's years.
    expect(planTimeElapsed(2023, 2024, p('2022-T4'))).toBe(0);
    expect(planTimeElapsed(2020, 2021, p('2022-T4'))).toBe(1);
    expect(planTimeElapsed(null, 2024, p('2022-T4'))).toBeNull();
  });
});

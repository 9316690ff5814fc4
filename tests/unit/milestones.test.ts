/**
 * Milestones not yet due (README, "Target at P"; issue 21), through the whole computation. A
 * milestone falls due at the end of the period its target names and is never pro-rated; while its
 * target at P is `non` (or nothing has fallen due yet) it is `not-due`: target 0, no rate, out of
 * every roll-up and of the coverage, counted in its own status bucket. Every figure is worked out
 * by hand below.
 *
 *   Plan PJAL 2022-2024, default settings (auto, thresholds 0.8 / 0.5, ceiling 1).
 *   A1 › R1  I1 nombre, somme, cumulée {2022: 100, 2023: 200, 2024: 300}, B 0
 *            I2 jalon, B non, {2022: non, 2023: oui, 2024: oui}, cible finale oui
 *   A2 › R2  I3 %, dernière, cumulée {2022: 40, 2023: 60, 2024: 80}, B 20
 *            I4 jalon, B non, {2022: non, 2023: oui, 2024: oui} (no cible finale: the last, oui)
 *            I5 jalon, no baseline, {2023: oui, 2024: oui} (2022 left blank)
 *   Values (Kayes):
 *     2022-T3  I1 40  I2 non  I3 30  I4 non  I5 non
 *     2022-T4  I1 50  I2 non  I3 35  I4 oui  I5 non
 *     2023-T3  I1 50  I2 non  I3 50  I4 oui  I5 oui
 *     2023-T4  I1 60  I2 oui  I3 56  I4 oui  I5 non
 *
 *   At 2022-T4 (P−1 = 2022-T3):
 *     I1  40 + 50 = 90 against 100 → 0.9, on track
 *     I2  target 2022 non → not due (target 0, no rate); actual non
 *     I3  35 against 40: (35 − 20) / (40 − 20) = 0.75, behind
 *     I4  not due; actual oui, the final target oui reached → achieved ahead of time
 *     I5  2022 blank, nothing due yet → not due (once rated 0 % « Critique » against its final oui)
 *     R1 = I1 = 0.9; R2 = I3 = 0.75; A1 = 0.9, A2 = 0.75; plan (0.9 + 0.75) / 2 = 0.825, on track
 *     (with the milestones counted as 0 it would be ((0.9 + 0) / 2 + (0.75 + 0 + 0) / 3) / 2 = 0.35)
 *     coverage: 2 due (I1, I3), both with a value → 1; statusCounts on-track 1, behind 1, not-due 3
 *   At 2022-T3: I1 40 against 0 + 9/12 × 100 = 75 → 0.5333; I3 30 against 20 + 9/12 × 20 = 35 →
 *     (30 − 20) / (35 − 20) = 0.6667; milestones: target due at the end of 2021 = baseline non → not
 *     due. Plan (0.5333 + 0.6667) / 2 = 0.6, behind.
 *   At 2023-T1, T2, T3: the milestones' target is the one due at the end of 2022: non → not due.
 *   At 2023-T4 (P−1 = 2023-T3):
 *     I1  90 + 50 + 60 = 200 against 200 → 1; I2 oui against oui → 1; I3 (56 − 20) / (60 − 20) = 0.9;
 *     I4 oui → 1; I5 non (its latest value) against oui → 0, critical
 *     R1 = (1 + 1) / 2 = 1; R2 = (0.9 + 1 + 0) / 3 = 0.6333; plan (1 + 0.6333) / 2 = 0.81667
 *   At 2023-T3: I1 140 against 100 + 9/12 × 100 = 175 → 0.8; I3 50 against 40 + 9/12 × 20 = 55 →
 *     30 / 35 = 0.857; milestones not due. Plan (0.8 + 0.857) / 2 = 0.8286.
 */
import { describe, expect, it } from 'vitest';
import { type ComputeInput, computeReport, type ReportModel } from '../../src/compute/model.js';
import { achievedAhead } from '../../src/compute/status.js';
import { DEFAULT_SETTINGS, type Indicator, type Plan, type ReportedValue } from '../../src/model/plan.js';
import { indicator, p, v } from '../helpers/compute.js';

const milestone = (code: string, result: string, axis: string, more: Partial<Indicator>) =>
  indicator(code, {
    result,
    axis,
    unit: 'oui/non',
    type: 'milestone',
    aggregation: 'last',
    targetType: 'cumulative',
    ...more,
  });

const PLAN: Plan = {
  file: 'plan.xlsx',
  settings: { ...DEFAULT_SETTINGS, code: 'PJAL', title: 'Jalons', startYear: 2022, endYear: 2024 },
  axes: [
    { code: 'A1', label: 'Axe 1', weight: 1 },
    { code: 'A2', label: 'Axe 2', weight: 1 },
  ],
  results: [
    { code: 'R1', axis: 'A1', label: 'Résultat 1', level: null, weight: 1 },
    { code: 'R2', axis: 'A2', label: 'Résultat 2', level: null, weight: 1 },
  ],
  indicators: [
    indicator('I1', {
      targetType: 'cumulative',
      baseline: 0,
      targets: { '2022': 100, '2023': 200, '2024': 300 },
    }),
    milestone('I2', 'R1', 'A1', {
      baseline: 0,
      targets: { '2022': 0, '2023': 1, '2024': 1 },
      finalTarget: 1,
    }),
    indicator('I3', {
      result: 'R2',
      axis: 'A2',
      unit: '%',
      aggregation: 'last',
      targetType: 'cumulative',
      baseline: 20,
      targets: { '2022': 40, '2023': 60, '2024': 80 },
    }),
    milestone('I4', 'R2', 'A2', { baseline: 0, targets: { '2022': 0, '2023': 1, '2024': 1 } }),
    milestone('I5', 'R2', 'A2', { targets: { '2023': 1, '2024': 1 } }),
  ],
  activities: [],
};

const WRITTEN: Record<string, Record<string, number>> = {
  '2022-T3': { I1: 40, I2: 0, I3: 30, I4: 0, I5: 0 },
  '2022-T4': { I1: 50, I2: 0, I3: 35, I4: 1, I5: 0 },
  '2023-T3': { I1: 50, I2: 0, I3: 50, I4: 1, I5: 1 },
  '2023-T4': { I1: 60, I2: 1, I3: 56, I4: 1, I5: 0 },
};
const VALUES: ReportedValue[] = Object.entries(WRITTEN).flatMap(([period, row]) =>
  Object.entries(row).map(([code, value]) =>
    v({ indicator: code, period, value, file: `kayes-${period}.xlsx` }),
  ),
);

function at(period: string, more: Partial<ComputeInput> = {}): ReportModel {
  return computeReport({
    plan: PLAN,
    values: VALUES,
    activities: [],
    submissions: [],
    period: p(period),
    lang: 'fr',
    issues: [],
    sources: [],
    tool: { name: 'ponam', version: 'test' },
    generatedAt: null,
    ...more,
  });
}

function byCode<T extends { code: string }>(items: T[], code: string): T {
  const found = items.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
}

describe('a milestone planned `non` for 2022 and `oui` for 2023, at 2022-T4', () => {
  const m = at('2022-T4');

  it('is not due: target 0, no rate, status and reason not-due', () => {
    expect(byCode(m.indicators, 'I2')).toMatchObject({
      actual: 0,
      target: 0,
      targetSource: 'year',
      targetPeriod: '2022',
      targetYear: 0,
      finalTarget: 1,
      rate: null,
      rateYear: null,
      rateClamped: null,
      method: null,
      status: 'not-due',
      reason: 'not-due',
    });
  });

  it('is not due either when the 2022 cell is left blank (nothing due yet), with no baseline', () => {
    expect(byCode(m.indicators, 'I5')).toMatchObject({
      target: 0,
      targetSource: 'due',
      targetPeriod: null,
      rate: null,
      status: 'not-due',
      reason: 'not-due',
    });
  });

  it('shows a milestone already oui as achieved ahead of time, still without a rate', () => {
    const i4 = byCode(m.indicators, 'I4');
    // against the final oui: 1 / 1 = 1
    expect(i4).toMatchObject({ actual: 1, rate: null, rateFinal: 1, status: 'not-due' });
    expect(achievedAhead(i4)).toBe(true);
    expect(achievedAhead(byCode(m.indicators, 'I2'))).toBe(false);
  });

  it('leaves the not-due milestones out of every roll-up', () => {
    // R1 = I1 = 0.9; R2 = I3 = 0.75; plan (0.9 + 0.75) / 2 = 0.825
    expect(byCode(m.results, 'R1')).toMatchObject({ rate: 0.9, status: 'on-track' });
    expect(byCode(m.results, 'R2')).toMatchObject({ rate: 0.75, status: 'behind' });
    expect(byCode(m.axes, 'A1').rate).toBe(0.9);
    expect(byCode(m.axes, 'A2').rate).toBe(0.75);
    expect(m.plan.rate).toBeCloseTo(0.825, 12);
    expect(m.plan.status).toBe('on-track');
  });

  it('leaves them out of the coverage and counts them in their own bucket', () => {
    // 2 indicators due (I1, I3), both reported: 2 / 2
    expect(m.plan).toMatchObject({ coverage: 1, withData: 2, indicatorCount: 5 });
    expect(m.plan.statusCounts).toEqual({
      'on-track': 1,
      behind: 1,
      critical: 0,
      'no-data': 0,
      'not-due': 3,
    });
    expect(byCode(m.axes, 'A2').statusCounts['not-due']).toBe(2);
    // R2: I3 due and reported, I4 and I5 not due → 1 / 1
    expect(byCode(m.results, 'R2')).toMatchObject({ coverage: 1, withData: 1, indicatorCount: 3 });
  });

  it('compares with 2022-T3, where the milestones were not due either', () => {
    // I2 at 2022-T3: target due at the end of 2021 = baseline non → not due, actual non
    expect(byCode(m.indicators, 'I2').previous).toEqual({
      period: '2022-T3',
      actual: 0,
      target: 0,
      rate: null,
      targetSource: 'due',
      status: 'not-due',
    });
    // plan at 2022-T3: (40 / 75 + 10 / 15) / 2 = 0.6
    expect(m.plan.previous?.rate).toBeCloseTo(0.6, 12);
    expect(m.changes.statusChanges.map((c) => c.code)).toEqual(['PJAL', 'A1', 'R1', 'I1']);
  });
});

describe('the same milestone inside 2023 and at its end', () => {
  it.each(['2023-T1', '2023-T2', '2023-T3', '2023-S1'])(
    'is not due at %s: 2022’s non is the target due',
    (label) => {
      const i2 = byCode(at(label).indicators, 'I2');
      expect(i2).toMatchObject({ target: 0, targetSource: 'due', targetPeriod: '2022', targetYear: 1 });
      expect(i2).toMatchObject({ rate: null, status: 'not-due', reason: 'not-due' });
    },
  );

  it('is rated at 2023-T4, and the roll-ups take it in', () => {
    const m = at('2023-T4');
    expect(byCode(m.indicators, 'I2')).toMatchObject({
      target: 1,
      targetSource: 'year',
      rate: 1,
      status: 'on-track',
      reason: null,
    });
    // I5 non against its 2023 oui: 0 / 1 = 0
    expect(byCode(m.indicators, 'I5')).toMatchObject({ actual: 0, target: 1, rate: 0, status: 'critical' });
    // R1 = (1 + 1) / 2; R2 = (0.9 + 1 + 0) / 3; plan (1 + 0.6333) / 2
    expect(byCode(m.results, 'R1').rate).toBe(1);
    expect(byCode(m.results, 'R2').rate).toBeCloseTo(1.9 / 3, 12);
    expect(m.plan.rate).toBeCloseTo((1 + 1.9 / 3) / 2, 12);
    expect(m.plan.statusCounts).toEqual({
      'on-track': 4,
      behind: 0,
      critical: 1,
      'no-data': 0,
      'not-due': 0,
    });
    expect(m.plan.coverage).toBe(1);
  });

  it('lists each milestone that fell due since 2023-T3 as a status change from not-due', () => {
    const m = at('2023-T4');
    // plan at 2023-T3: (0.8 + 30 / 35) / 2
    expect(m.plan.previous?.rate).toBeCloseTo((0.8 + 30 / 35) / 2, 12);
    const moves = m.changes.statusChanges
      .filter((c) => c.level === 'indicator')
      .map((c) => [c.code, c.from, c.to]);
    expect(moves).toEqual([
      ['I2', 'not-due', 'on-track'],
      ['I4', 'not-due', 'on-track'],
      ['I5', 'not-due', 'critical'],
    ]);
  });

  it('is rated against 2023’s oui from 2023-T1 with the `year` basis', () => {
    const year = { ...PLAN, settings: { ...PLAN.settings, targetBasis: 'year' as const } };
    // the latest value up to 2023-T1 is 2022-T4's non: 0 / 1
    expect(byCode(at('2023-T1', { plan: year }).indicators, 'I2')).toMatchObject({
      target: 1,
      rate: 0,
      status: 'critical',
    });
  });
});

describe('a roll-up whose every indicator is not due', () => {
  it('is itself not due, with no rate, and the plan rates on the others', () => {
    const lone: Plan = {
      ...PLAN,
      results: [...PLAN.results, { code: 'R3', axis: 'A2', label: 'Résultat 3', level: null, weight: 1 }],
      indicators: [...PLAN.indicators, milestone('I6', 'R3', 'A2', { targets: { '2024': 1 } })],
    };
    const m = at('2022-T4', { plan: lone });
    expect(byCode(m.results, 'R3')).toMatchObject({ rate: null, status: 'not-due', indicatorCount: 1 });
    // A2 = mean of R2 (0.75) and R3 (no rate) = 0.75: unchanged
    expect(byCode(m.axes, 'A2').rate).toBe(0.75);
  });
});

describe('a milestone with only a final target', () => {
  it('gets no rate at P (no-target), never one against its final target', () => {
    const finalOnly: Plan = {
      ...PLAN,
      indicators: PLAN.indicators.map((i) => (i.code === 'I2' ? { ...i, targets: {}, finalTarget: 1 } : i)),
    };
    const i2 = byCode(at('2023-T4', { plan: finalOnly }).indicators, 'I2');
    expect(i2).toMatchObject({ actual: 1, target: null, rate: null, status: 'no-data', reason: 'no-target' });
    // rateFinal stays what it says, against the final target: 1 / 1
    expect(i2.rateFinal).toBe(1);
  });
});

describe('every period of the plan', () => {
  it.each(['2022-T3', '2022-T4', '2023-T1', '2023-S1', '2023-T4', '2024'])(
    'gives no NaN nor Infinity, and no previous figure made of nulls, at %s',
    (label) => {
      const m = at(label);
      const json = JSON.stringify(m, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? 'BAD' : x));
      expect(json).not.toContain('BAD');
      // A previous figure, where there is one, holds something: a rate, a status other than
      // no-data, an actual (null otherwise: README, "Previous period").
      const rollups = [m.plan, ...m.axes, ...m.results].flatMap((x) => (x.previous ? [x.previous] : []));
      expect(rollups.filter((x) => x.rate === null && x.status === 'no-data')).toEqual([]);
      const indicators = m.indicators.flatMap((i) => (i.previous ? [i.previous] : []));
      expect(indicators.filter((x) => x.actual === null)).toEqual([]);
    },
  );
});

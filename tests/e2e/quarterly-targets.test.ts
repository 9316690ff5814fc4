/**
 * Target at P and the previous period (docs/rules.md, "Target at P", "Previous period and changes";
 * issue 10), end to end on workbooks written by openpyxl and by LibreOffice
 * (tests/fixtures-quarterly/targets-at-p, scripts/fixtures/quarterly/make_quarterly.py). The
 * figures are computed in-process through the core and report.json's writer
 * (tests/helpers/in-process.ts); the refusals of --compare (exit 2 and their message) go through
 * the built binary.
 *
 * Plan PAN25, 2025-2029, default settings (auto, thresholds 80 / 50, ceiling 100 %):
 *   A1 › R1  I1 nombre, somme, annuelle, B 0, 1 000 a year (final: Σ = 5 000), DR Kayes + OIM
 *            I2 nombre, somme, cumulée, B 0, 400 / 1 000 / 1 500 / 2 000 / 2 500 (final 2 500)
 *   A1 › R2  I3 %, dernière, cumulée, B 40, 60 / 65 / 70 / 75 / 80 (final 80)
 *            I4 jours, baisse, dernière, cumulée, B 30, 20 / 18 / 15 / 12 / 10 (final 10)
 *   A2 › R3  I5 jalon, B non, oui every year (due at each year's end: not due inside 2025)
 *            I6 nombre, somme, annuelle, B 0, 1 200 a year (final 6 000),
 *               Cible 2025-T1 = 100, Cible 2025-S1 = 500, Cible 2025-03 = 100
 *            I7 %, dernière, cumulée, B 10, 50 / 60 / 70 / 80 / 90 (final 90), Cible 2025-T1 = 20
 * quarterly/ (DR Kayes I1..I7; OIM I1 = 100 each quarter):
 *   2025-T1: I1 146  I2 100  I3 45     I4 27.5  I5 non  I6 100  I7 20
 *   2025-T2: I1 154  I2 100  I3 50     I4 27    I5 oui  I6 400  I7 30
 *   2025-T3: I1 150  I2 100  I3 55     I4 23    I5 oui  I6 300  I7 40
 *   2025-T4: I1 150  I2 100  I3 60     I4 20    I5 oui  I6 400  I7 50
 *   2026-T1: I1 150  I2 150  I3 61.25
 * monthly/ (DR Kayes, one workbook with a Période column): I1 80 80 90 80 90, I3 42 43 45 47 48,
 *   I6 30 30 40 200 200 for 2025-01 … 2025-05.
 * revised/: quarterly/ with DR Kayes's 2025-T1 I1 corrected from 146 to 156.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byCode,
  type Computed,
  checked,
  computed,
  type IndicatorJson,
  type IssueJson,
  issueKeys,
  modelOf,
  type ReportJson,
  type ReportRun,
  removeScratch,
  report,
  scenario,
  scratch,
  WRITERS,
} from '../helpers/quarterly.js';

afterAll(removeScratch);

type Expected = Partial<Record<keyof IndicatorJson, number | string | null>>;

/** Numbers to 9 decimals, everything else exactly. */
function expectFigures(model: ReportJson, code: string, expected: Expected): void {
  const found = byCode(model.indicators, code) as unknown as Record<string, unknown>;
  const rounded = (x: unknown) => (typeof x === 'number' ? Math.round(x * 1e9) / 1e9 : x);
  const keys = Object.keys(expected);
  expect(Object.fromEntries(keys.map((k) => [`${code}.${k}`, rounded(found[k])]))).toEqual(
    Object.fromEntries(keys.map((k) => [`${code}.${k}`, rounded(expected[k as keyof Expected])])),
  );
}

describe.each(WRITERS)('target at P on workbooks written by %s', (writer) => {
  const dir = scenario('targets-at-p', writer);
  const base = (plan: string, data: string, period: string, ...more: string[]) => [
    '--plan',
    plan,
    '--data',
    data,
    '--period',
    period,
    ...more,
  ];
  let t1: ReportJson;
  let s1: ReportJson;
  let m05: ReportJson;
  let m03: ReportJson;
  let t4: ReportJson;
  let y2025: ReportJson;
  let y2026t1: ReportJson;
  let english: ReportJson;
  let planYear: ReportJson;
  let flagYear: ReportJson;
  let runs: Computed[];
  let checks: { report: Computed; validate: { code: number; issues: IssueJson[] } }[];

  beforeAll(async () => {
    runs = await Promise.all([
      computed(dir, base('plan.xlsx', 'quarterly', '2025-T1')),
      computed(dir, base('plan.xlsx', 'quarterly', '2025-S1')),
      computed(dir, base('plan.xlsx', 'monthly', '2025-05')),
      computed(dir, base('plan.xlsx', 'monthly', '2025-03')),
      computed(dir, base('plan.xlsx', 'quarterly', '2025-T4')),
      computed(dir, base('plan.xlsx', 'quarterly', '2025')),
      computed(dir, base('plan.xlsx', 'quarterly', '2026-T1')),
      computed(dir, base('plan-en.xlsx', 'quarterly', '2025-T1')),
      computed(dir, base('plan-annuelle.xlsx', 'quarterly', '2025-T1')),
      computed(dir, base('plan.xlsx', 'quarterly', '2025-T1', '--target-basis', 'year')),
    ]);
    [t1, s1, m05, m03, t4, y2025, y2026t1, english, planYear, flagYear] = runs.map(modelOf);
    const pairs: [string, string, Computed][] = [
      ['plan.xlsx', 'quarterly', runs[0]],
      ['plan.xlsx', 'monthly', runs[2]],
      ['plan-en.xlsx', 'quarterly', runs[7]],
      ['plan-annuelle.xlsx', 'quarterly', runs[8]],
    ];
    checks = await Promise.all(
      pairs.map(async ([plan, data, run]) => ({
        report: run,
        validate: await checked(dir, ['--plan', plan, data]),
      })),
    );
  });

  it('judges 2025-T1 against the share of the year due by then, so that on pace is on track', () => {
    expect(t1.period).toBe('2025-T1');
    expect(t1.settings.targetBasis).toBe('pace');
    // I1: 146 + 100 = 246, 24.6 % of the year's 1 000 after three months. Target at P: 0 (a flow
    // before its first year) + 3/12 × 1 000 = 250; 246 / 250 = 0.984 ≥ 0.8 → on track (not
    // 246 / 1 000 = 0.246, critical). rateFinal: 246 / 5 000 = 0.0492.
    expectFigures(t1, 'I1', {
      actual: 246,
      target: 250,
      targetBasis: 'pace',
      targetSource: 'prorated',
      elapsedShare: 0.25,
      targetFrom: 0,
      targetYear: 1000,
      finalTarget: 5000,
      rate: 0.984,
      rateYear: 0.246,
      rateFinal: 0.0492,
      status: 'on-track',
    });
    // I2 (cumulée 400 in 2025): 0 + 3/12 × 400 = 100; 100 / 100 = 1; 100 / 400 = 0.25;
    // final 2 500 (the last year's cumulative target): 100 / 2 500 = 0.04.
    expectFigures(t1, 'I2', {
      actual: 100,
      target: 100,
      targetSource: 'prorated',
      elapsedShare: 0.25,
      targetYear: 400,
      finalTarget: 2500,
      rate: 1,
      rateYear: 0.25,
      rateFinal: 0.04,
      status: 'on-track',
    });
    // I3 (level, B 40, 60 in 2025): 40 + 3/12 × (60 − 40) = 45; progression (45 − 40) / (45 − 40) = 1;
    // against T_Y (45 − 40) / (60 − 40) = 0.25; against the final 80: 5 / 40 = 0.125.
    expectFigures(t1, 'I3', {
      actual: 45,
      target: 45,
      targetSource: 'prorated',
      elapsedShare: 0.25,
      targetFrom: 40,
      targetYear: 60,
      rate: 1,
      rateYear: 0.25,
      rateFinal: 0.125,
      status: 'on-track',
    });
    // I4 (baisse, B 30, 20 in 2025): 30 + 3/12 × (20 − 30) = 27.5; (30 − 27.5) / (30 − 27.5) = 1;
    // against T_Y (30 − 27.5) / (30 − 20) = 0.25; against the final 10: 2.5 / 20 = 0.125.
    expectFigures(t1, 'I4', {
      actual: 27.5,
      target: 27.5,
      targetSource: 'prorated',
      targetFrom: 30,
      targetYear: 20,
      rate: 1,
      rateYear: 0.25,
      rateFinal: 0.125,
      status: 'on-track',
    });
    // I5, a milestone, is never pro-rated: it falls due at the end of 2025; inside 2025 its target
    // is the one due at the end of 2024, before the plan: the baseline non (0) → not due, no rate,
    // out of the roll-ups (it scored 0, critical, against the year's oui before issue 21).
    expectFigures(t1, 'I5', {
      actual: 0,
      target: 0,
      targetSource: 'due',
      targetPeriod: null,
      elapsedShare: null,
      targetYear: 1,
      rate: null,
      status: 'not-due',
      reason: 'not-due',
    });
  });

  it('uses a sub-year target column for P itself: Cible 2025-T1', () => {
    // I6: Cible 2025-T1 = 100 (pro-rated it would be 3/12 × 1 200 = 300); 100 / 100 = 1;
    // against T_Y 100 / 1 200; against the final 6 000: 100 / 6 000.
    expectFigures(t1, 'I6', {
      actual: 100,
      target: 100,
      targetSource: 'period',
      elapsedShare: null,
      targetYear: 1200,
      finalTarget: 6000,
      rate: 1,
      rateYear: 100 / 1200,
      rateFinal: 100 / 6000,
      status: 'on-track',
    });
    // I7 (level, B 10): Cible 2025-T1 = 20, the level expected at the end of T1 (pro-rated:
    // 10 + 3/12 × 40 = 20 as well, so the source tells them apart); (20 − 10) / (20 − 10) = 1;
    // against T_Y (20 − 10) / (50 − 10) = 0.25.
    expectFigures(t1, 'I7', {
      actual: 20,
      target: 20,
      targetSource: 'period',
      targetYear: 50,
      rate: 1,
      rateYear: 0.25,
      status: 'on-track',
    });
  });

  it('judges 2025-S1 (quarterly data) against half the year, and Cible 2025-S1 where given', () => {
    // I1: (146 + 100) + (154 + 100) = 500 against 6/12 × 1 000 = 500.
    expectFigures(s1, 'I1', {
      actual: 500,
      target: 500,
      targetSource: 'prorated',
      elapsedShare: 0.5,
      rate: 1,
      rateYear: 0.5,
      rateFinal: 0.1,
      status: 'on-track',
    });
    // I2: 200 against 6/12 × 400 = 200; I3: latest 50 against 40 + 6/12 × 20 = 50.
    expectFigures(s1, 'I2', { actual: 200, target: 200, rate: 1, rateYear: 0.5, rateFinal: 0.08 });
    expectFigures(s1, 'I3', { actual: 50, target: 50, rate: 1, rateYear: 0.5, rateFinal: 0.25 });
    // I4: latest 27 against 30 + 6/12 × (20 − 30) = 25: (30 − 27) / (30 − 25) = 0.6 → behind;
    // against T_Y 3 / 10 = 0.3, against the final 3 / 20 = 0.15.
    expectFigures(s1, 'I4', {
      actual: 27,
      target: 25,
      rate: 0.6,
      rateYear: 0.3,
      rateFinal: 0.15,
      status: 'behind',
    });
    // I5: latest oui = 1, but not due before the end of 2025 (target 0): achieved ahead of time,
    // no rate; against the final oui 1 / 1.
    expectFigures(s1, 'I5', {
      actual: 1,
      target: 0,
      targetSource: 'due',
      rate: null,
      rateFinal: 1,
      status: 'not-due',
    });
    // I6: 100 + 400 = 500 against Cible 2025-S1 = 500 (a flow's own target for the semester).
    expectFigures(s1, 'I6', {
      actual: 500,
      target: 500,
      targetSource: 'period',
      elapsedShare: null,
      rate: 1,
      rateYear: 500 / 1200,
    });
    // I7: no S1 column (T1's is for T1 only): 10 + 6/12 × 40 = 30; latest 30 → 1.
    expectFigures(s1, 'I7', { actual: 30, target: 30, targetSource: 'prorated', elapsedShare: 0.5, rate: 1 });
  });

  it('judges a month (2025-05, monthly data) against 5/12 of the year', () => {
    expect(m05.period).toBe('2025-05');
    // I1: 80 + 80 + 90 + 80 + 90 = 420 against 5/12 × 1 000 = 416.67: 1.008 → on track.
    expectFigures(m05, 'I1', {
      actual: 420,
      target: (5 / 12) * 1000,
      targetSource: 'prorated',
      elapsedShare: 5 / 12,
      rate: 420 / ((5 / 12) * 1000),
      rateYear: 0.42,
      status: 'on-track',
    });
    // I3: latest (2025-05) 48 against 40 + 5/12 × 20 = 48.33: (48 − 40) / 8.33 = 0.96.
    expectFigures(m05, 'I3', {
      actual: 48,
      target: 40 + (5 / 12) * 20,
      elapsedShare: 5 / 12,
      rate: 8 / ((5 / 12) * 20),
      rateYear: 0.4,
      status: 'on-track',
    });
    // I6: 30 + 30 + 40 + 200 + 200 = 500; no column for 2025-05: 5/12 × 1 200 = 500.
    expectFigures(m05, 'I6', { actual: 500, target: 500, targetSource: 'prorated', rate: 1 });
    // No monthly value of I2: no actual, no rate.
    expectFigures(m05, 'I2', { actual: null, rate: null, status: 'no-data', reason: 'no-data' });
  });

  it('uses Cible 2025-03 for the month 2025-03', () => {
    // I6: 30 + 30 + 40 = 100 against Cible 2025-03 = 100 (pro-rated: 3/12 × 1 200 = 300).
    expectFigures(m03, 'I6', { actual: 100, target: 100, targetSource: 'period', rate: 1 });
    // I1: 80 + 80 + 90 = 250 against 3/12 × 1 000 = 250.
    expectFigures(m03, 'I1', { actual: 250, target: 250, targetSource: 'prorated', elapsedShare: 0.25 });
  });

  it('uses the year’s target T_Y when P ends the year: 2025-T4 and 2025', () => {
    for (const model of [t4, y2025]) {
      // I1: 246 + 254 + 250 + 250 = 1 000 against T_2025 = 1 000.
      expectFigures(model, 'I1', {
        actual: 1000,
        target: 1000,
        targetSource: 'year',
        elapsedShare: null,
        targetFrom: null,
        targetYear: 1000,
        rate: 1,
        rateYear: 1,
        rateFinal: 0.2,
        status: 'on-track',
      });
      expectFigures(model, 'I2', { actual: 400, target: 400, targetSource: 'year', rate: 1 });
      expectFigures(model, 'I3', { actual: 60, target: 60, targetSource: 'year', rate: 1 });
      expectFigures(model, 'I4', { actual: 20, target: 20, targetSource: 'year', rate: 1 });
      // I6: 100 + 400 + 300 + 400 = 1 200, no T4 column: T_2025 = 1 200.
      expectFigures(model, 'I6', { actual: 1200, target: 1200, targetSource: 'year', rateFinal: 0.2 });
      // I7: 50 against 50: (50 − 10) / (50 − 10) = 1.
      expectFigures(model, 'I7', { actual: 50, target: 50, targetSource: 'year', rate: 1 });
      // I5 falls due at the end of 2025: oui against oui.
      expectFigures(model, 'I5', { actual: 1, target: 1, targetSource: 'year', rate: 1, status: 'on-track' });
      expect(model.plan.rate).toBeCloseTo(1, 9);
    }
    expect(t4.period).toBe('2025-T4');
    expect(y2025.period).toBe('2025');
  });

  it('pro-rates a later year from the year before: 2026-T1', () => {
    // I1 (annuelle): 1 000 + 150 + 100 = 1 250 against 1 000 (2025) + 3/12 × 1 000 = 1 250; T_2026 = 2 000.
    expectFigures(y2026t1, 'I1', {
      actual: 1250,
      target: 1250,
      targetFrom: 1000,
      targetYear: 2000,
      elapsedShare: 0.25,
      rate: 1,
      rateYear: 0.625,
    });
    // I2 (cumulée): 400 + 150 = 550 against 400 + 3/12 × (1 000 − 400) = 550.
    expectFigures(y2026t1, 'I2', { actual: 550, target: 550, targetFrom: 400, targetYear: 1000, rate: 1 });
    // I3: 61.25 against 60 + 3/12 × (65 − 60) = 61.25: (61.25 − 40) / (61.25 − 40) = 1.
    expectFigures(y2026t1, 'I3', { actual: 61.25, target: 61.25, targetFrom: 60, rate: 1 });
  });

  it('reads the English plan (Target 2025-Q1, Target 2025-H1) to the same figures', () => {
    const fields = [
      'actual',
      'target',
      'targetSource',
      'elapsedShare',
      'targetYear',
      'rate',
      'status',
    ] as const;
    const pick = (m: ReportJson) =>
      m.indicators.map((i) => [i.code, ...fields.map((f) => i[f])] as (string | number | null)[]);
    expect(pick(english)).toEqual(pick(t1));
    expectFigures(english, 'I6', { target: 100, targetSource: 'period' });
  });

  it('judges every period against the whole year with Base des cibles = annuelle, or --target-basis year', () => {
    for (const model of [planYear, flagYear]) {
      expect(model.settings.targetBasis).toBe('year');
      // I1: 246 / 1 000 = 0.246 → critical.
      expectFigures(model, 'I1', {
        target: 1000,
        targetBasis: 'year',
        targetSource: 'year',
        elapsedShare: null,
        rate: 0.246,
        status: 'critical',
      });
      // I3: (45 − 40) / (60 − 40) = 0.25.
      expectFigures(model, 'I3', { target: 60, targetSource: 'year', rate: 0.25, status: 'critical' });
      // I6: the sub-year column is unused: 100 / 1 200.
      expectFigures(model, 'I6', { target: 1200, targetSource: 'year', rate: 100 / 1200 });
      // I7: (20 − 10) / (50 − 10) = 0.25.
      expectFigures(model, 'I7', { target: 50, targetSource: 'year', rate: 0.25 });
      // I5: the whole year's oui already at T1: non (0) / 1 = 0 → critical.
      expectFigures(model, 'I5', { target: 1, targetSource: 'year', rate: 0, status: 'critical' });
    }
  });

  it('has validate report the same issues as report', () => {
    for (const { report: r, validate: v } of checks) {
      expect(v.code).toBe(0);
      expect(issueKeys(v.issues)).toEqual(issueKeys(modelOf(r).quality.issues));
    }
  });
});

describe.each(WRITERS)('previous period and --compare on workbooks written by %s', (writer) => {
  const dir = scenario('targets-at-p', writer);
  const at = (period: string, data = 'quarterly', ...more: string[]) => [
    '--plan',
    'plan.xlsx',
    '--data',
    data,
    '--period',
    period,
    ...more,
  ];
  let t1: Computed;
  let t2: Computed;
  let t4: Computed;
  let revised: Computed;
  let itself: Computed;
  let later: ReportRun;
  let otherPlan: ReportRun;
  let otherPlanFile: string;

  beforeAll(async () => {
    [t1, t2, t4] = await Promise.all([
      computed(dir, at('2025-T1')),
      computed(dir, at('2025-T2')),
      computed(dir, at('2025-T4')),
    ]);
    const other = JSON.parse(JSON.stringify(modelOf(t1))) as ReportJson;
    other.plan.code = 'AUTRE';
    otherPlanFile = join(scratch('ponam-q-other-'), 'report.json');
    writeFileSync(otherPlanFile, JSON.stringify(other));
    // The figures in-process; the refusals through the binary, for their exit code and message.
    [revised, itself, later, otherPlan] = await Promise.all([
      computed(dir, at('2025-T2', 'revised', '--compare', join(t1.out, 'report.json'))),
      computed(dir, at('2025-T2', 'quarterly', '--compare', join(t2.out, 'report.json'))),
      report(dir, at('2025-T2', 'quarterly', '--compare', join(t4.out, 'report.json'))),
      report(dir, at('2025-T2', 'quarterly', '--compare', otherPlanFile)),
    ]);
  });

  it('gives every figure at 2025-T2 its figure at 2025-T1', () => {
    const m = modelOf(t2);
    // Indicators at T1 (see the target-at-P test): I1 0.984, I4 1, I5 not due (its non counts).
    expect(byCode(m.indicators, 'I1').previous).toMatchObject({
      period: '2025-T1',
      actual: 246,
      target: 250,
      status: 'on-track',
    });
    expect(byCode(m.indicators, 'I1').previous?.rate).toBeCloseTo(0.984, 9);
    expect(byCode(m.indicators, 'I4').previous).toMatchObject({
      period: '2025-T1',
      rate: 1,
      status: 'on-track',
    });
    expect(byCode(m.indicators, 'I5').previous).toEqual({
      period: '2025-T1',
      actual: 0,
      target: 0,
      rate: null,
      targetSource: 'due',
      status: 'not-due',
    });
    // Results at T1: R1 = (0.984 + 1) / 2 = 0.992; R2 = (1 + 1) / 2 = 1; R3 = (1 + 1) / 2 = 1
    // (I6 and I7; I5 not due).
    const r = (code: string) => byCode(m.results, code).previous;
    expect(r('R1')).toMatchObject({ period: '2025-T1', status: 'on-track' });
    expect(r('R1')?.rate).toBeCloseTo(0.992, 9);
    expect(r('R2')).toMatchObject({ period: '2025-T1', rate: 1, status: 'on-track' });
    expect(r('R3')).toMatchObject({ period: '2025-T1', rate: 1, status: 'on-track' });
    // Axes at T1: A1 = (0.992 + 1) / 2 = 0.996; A2 = R3 = 1. Plan: (0.996 + 1) / 2 = 0.998.
    expect(byCode(m.axes, 'A1').previous?.rate).toBeCloseTo(0.996, 9);
    expect(byCode(m.axes, 'A2').previous).toMatchObject({ period: '2025-T1', rate: 1, status: 'on-track' });
    expect(m.plan.previous).toMatchObject({ period: '2025-T1', status: 'on-track' });
    expect(m.plan.previous?.rate).toBeCloseTo((0.996 + 1) / 2, 9);
  });

  it('lists every status that changed since 2025-T1, plan first, then axes, results, indicators', () => {
    const m = modelOf(t2);
    // At T2: I4 latest 27 against 30 + 6/12 × (20 − 30) = 25 → 0.6, behind (was on track);
    // I5 oui, still not due (it was not due at T1 either: no change); I6 500 against 6/12 × 1 200 =
    // 600 → 0.833 (no T2 column); R3 = (0.833 + 1) / 2 = 0.917 → on track (was 1), so A2 too;
    // R2 = (1 + 0.6) / 2 = 0.8, still on track; the plan (0.9 + 0.917) / 2 = 0.908 stays on track.
    expect(m.changes).toMatchObject({
      against: 'previous-period',
      period: '2025-T1',
      file: null,
      revisions: [],
    });
    expect(m.changes.statusChanges.map((c) => [c.level, c.code, c.from, c.to])).toEqual([
      ['indicator', 'I4', 'on-track', 'behind'],
    ]);
    expect(m.plan.rate).toBeCloseTo((0.9 + (5 / 6 + 1) / 2) / 2, 9);
  });

  it('takes P−1 of the same kind: a month, a semester, a year', async () => {
    const [month, semester, year, nextYear] = (
      await Promise.all([
        computed(dir, at('2025-05', 'monthly')),
        computed(dir, at('2025-S1')),
        computed(dir, at('2025')),
        computed(dir, at('2026-T1')),
      ])
    ).map(modelOf);
    // 2025-05 → 2025-04: I1 80 + 80 + 90 + 80 = 330 against 4/12 × 1 000 = 333.33 → 0.99.
    expect(byCode(month.indicators, 'I1').previous?.period).toBe('2025-04');
    expect(byCode(month.indicators, 'I1').previous?.actual).toBe(330);
    expect(byCode(month.indicators, 'I1').previous?.rate).toBeCloseTo(330 / ((4 / 12) * 1000), 9);
    // 2025-S1 → 2024-S2 and 2025 → 2024 precede the plan: no previous figure.
    expect(semester.plan.previous).toBeNull();
    expect(year.plan.previous).toBeNull();
    // 2026-T1 → 2025-T4: I1 1 000 against T_2025 = 1 000.
    expect(byCode(nextYear.indicators, 'I1').previous).toMatchObject({
      period: '2025-T4',
      actual: 1000,
      rate: 1,
    });
    expect(nextYear.changes.period).toBe('2025-T4');
  });

  it('has no previous figure at the plan’s first period (2024-T4 precedes the plan)', () => {
    const m = modelOf(t1);
    expect(m.plan.previous).toBeNull();
    expect(m.axes.map((a) => a.previous)).toEqual([null, null]);
    expect(m.results.map((r) => r.previous)).toEqual([null, null, null]);
    expect(m.indicators.map((i) => i.previous)).toEqual(m.indicators.map(() => null));
    expect(m.changes).toMatchObject({ period: null, statusChanges: [], revisions: [] });
  });

  it('compares with a published report instead, and lists the past figure a partner corrected since', () => {
    const m = modelOf(revised);
    const published = join(t1.out, 'report.json');
    expect(m.changes).toMatchObject({ against: 'published-report', period: '2025-T1', file: published });
    // DR Kayes's 2025-T1 I1 went from 146 to 156: the published 246 is now 256.
    expect(m.changes.revisions).toEqual([{ indicator: 'I1', period: '2025-T1', before: 246, after: 256 }]);
    // The previous figures are the published ones (246 / 250), not recomputed (256 / 250).
    expect(byCode(m.indicators, 'I1').previous?.actual).toBe(246);
    expect(byCode(m.indicators, 'I1').previous?.rate).toBeCloseTo(0.984, 9);
    expect(m.plan.previous?.rate).toBeCloseTo(modelOf(t1).plan.rate as number, 9);
    // I1 at T2: 256 + 254 = 510 against 500 → 1.02, on track either way: the same changes as above.
    expect(m.changes.statusChanges.map((c) => c.code)).toEqual(['I4']);
  });

  it('lists no revision and no status change against its own published report', () => {
    const m = modelOf(itself);
    expect(m.changes).toMatchObject({
      against: 'published-report',
      period: '2025-T2',
      revisions: [],
      statusChanges: [],
    });
  });

  it('refuses (exit 2) a compared report from a later period, or from another plan', () => {
    expect(later.code).toBe(2);
    expect(later.stderr).toContain('2025-T4');
    expect(later.model).toBeNull();
    expect(otherPlan.code).toBe(2);
    expect(otherPlan.stderr).toContain('AUTRE');
    expect(otherPlan.model).toBeNull();
  });
});

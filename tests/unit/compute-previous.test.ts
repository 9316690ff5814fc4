/**
 * The model's figures at P−1, its changes and its comments (docs/rules.md, "Previous period and
 * changes"; docs/report.md, "Changes since P−1"). Every expected figure is worked out by hand:
 *
 *   Plan PAN 2022-2024, default settings (auto, thresholds 0.8 / 0.5, ceiling 1).
 *   A1 › R1  I1 nombre, somme, cumulée {2022: 100}
 *            I2 %, dernière, cumulée {2022: 60}, B 20
 *   A2 › R2  I3 nombre, somme, cumulée {2022: 40}
 *   Activity AC1 (R1), budget 1 000: in progress at 2022-T1 (200 disbursed), done at 2022-T2 (300).
 *   Values: I1 Kayes 2022-T1 30 « démarrage lent », Kayes 2022-T2 5 « campagne radio »,
 *           Gao 2022-T2 0 « Gao T2 »; I2 Kayes 2022-T2 50; I3 Kayes 2022-T3 10 « plus tard ».
 *
 *   P = 2022-T2 (f = 6/12), P−1 = 2022-T1 (f = 3/12):
 *     I1  at T1: 30 against 0 + 3/12 × 100 = 25 → 1.2, on track
 *         at T2: 30 + 5 + 0 = 35 against 50 → 0.7, behind
 *     I2  at T1: no value → no previous figure (null: nothing counts at P−1)
 *         at T2: 50 against 20 + 6/12 × 40 = 40 → (50 − 20) / (40 − 20) = 1.5, on track
 *     I3  no value up to T2 → no-data at T2, no previous figure
 *     R1 = A1: at T1 1 (I1 clamped, the only one with data); at T2 (0.7 + 1) / 2 = 0.85, on track
 *     R2 = A2: no data at either → no previous figure
 *     Plan: at T1 1; at T2 0.85 (A2 has no rate), on track
 *     Execution: at T2 1 done of 1, 500 / 1 000 disbursed; at T1 0 of 1, 200 / 1 000.
 */
import { describe, expect, it } from 'vitest';
import type { PublishedReport } from '../../src/compute/changes.js';
import { type ComputeInput, computeReport } from '../../src/compute/model.js';
import {
  type ActivityReport,
  DEFAULT_SETTINGS,
  type Indicator,
  type Plan,
  type ReportedValue,
} from '../../src/model/plan.js';
import { p, indicator as sharedIndicator } from '../helpers/compute.js';

function indicator(code: string, result: string, axis: string, more: Partial<Indicator>): Indicator {
  return sharedIndicator(code, {
    axis,
    result,
    label: `Indicateur ${code}`,
    targetType: 'cumulative',
    targets: {},
    responsible: ['Kayes', 'Gao'],
    ...more,
  });
}

const PLAN: Plan = {
  file: 'plan.xlsx',
  settings: { ...DEFAULT_SETTINGS, code: 'PAN', title: 'Plan', startYear: 2022, endYear: 2024 },
  axes: [
    { code: 'A1', label: 'Axe 1', weight: 1 },
    { code: 'A2', label: 'Axe 2', weight: 1 },
  ],
  results: [
    { code: 'R1', axis: 'A1', label: 'Résultat 1', level: null, weight: 1 },
    { code: 'R2', axis: 'A2', label: 'Résultat 2', level: null, weight: 1 },
  ],
  indicators: [
    indicator('I1', 'R1', 'A1', { targets: { '2022': 100 } }),
    indicator('I2', 'R1', 'A1', { unit: '%', aggregation: 'last', baseline: 20, targets: { '2022': 60 } }),
    indicator('I3', 'R2', 'A2', { targets: { '2022': 40 } }),
  ],
  activities: [
    {
      code: 'AC1',
      result: 'R1',
      axis: 'A1',
      label: 'Campagne',
      responsible: ['Kayes'],
      budget: 1000,
      at: { file: 'plan.xlsx', sheet: 'Activités', cell: 'A2' },
    },
  ],
};

let cell = 2;
function value(
  indicatorCode: string,
  entity: string,
  period: string,
  v: number,
  comment?: string,
): ReportedValue {
  return {
    indicator: indicatorCode,
    entity,
    period,
    value: v,
    numerator: null,
    denominator: null,
    disaggregation: '',
    file: `${entity}-${period}.xlsx`,
    sheet: 'Valeurs',
    cell: `B${cell++}`,
    ...(comment ? { comment } : {}),
  };
}

const VALUES: ReportedValue[] = [
  value('I1', 'Kayes', '2022-T2', 5, 'campagne radio'),
  value('I1', 'Gao', '2022-T2', 0, 'Gao T2'),
  value('I1', 'Kayes', '2022-T1', 30, 'démarrage lent'),
  value('I2', 'Kayes', '2022-T2', 50),
  value('I3', 'Kayes', '2022-T3', 10, 'plus tard'),
];

function activity(
  period: string,
  status: ActivityReport['status'],
  disbursed: number,
  comment: string,
): ActivityReport {
  return {
    activity: 'AC1',
    entity: 'Kayes',
    period,
    status,
    progress: null,
    disbursed,
    file: `Kayes-${period}.xlsx`,
    sheet: 'Activités',
    cell: 'A2',
    comment,
  };
}

const ACTIVITIES = [
  activity('2022-T2', 'done', 300, 'terminée'),
  activity('2022-T1', 'in-progress', 200, 'lancée'),
];

function compute(more: Partial<ComputeInput> = {}) {
  return computeReport({
    plan: PLAN,
    values: VALUES,
    activities: ACTIVITIES,
    submissions: [],
    period: p('2022-T2'),
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

describe('computeReport: every figure at P−1 from the same inputs', () => {
  const m = compute();

  it('gives each indicator its actual, target, rate and status at P−1', () => {
    expect(byCode(m.indicators, 'I1').previous).toEqual({
      period: '2022-T1',
      actual: 30,
      target: 25,
      targetSource: 'prorated',
      rate: 1.2,
      status: 'on-track',
    });
    // No value of I2 counts at 2022-T1: null, not an object of nulls.
    expect(byCode(m.indicators, 'I2').previous).toBeNull();
    expect(byCode(m.indicators, 'I3').previous).toBeNull();
  });

  it('explains each indicator’s change: of its rate, its actual and its target', () => {
    // I1: 0.7 − 1.2 = −0.5, with 5 more (35 − 30) against a target 25 higher (50 − 25).
    const i1 = byCode(m.indicators, 'I1').change;
    expect(i1 && { ...i1, rate: Math.round((i1.rate ?? 0) * 1e9) / 1e9 }).toEqual({
      rate: -0.5,
      actual: 5,
      target: 25,
      moved: 'both',
    });
    // I2 had no value at T1: no previous figure (null), so no change to explain (null) either.
    expect(byCode(m.indicators, 'I2').change).toBeNull();
  });

  it('gives results, axes and the plan their rate and status at P−1', () => {
    expect(byCode(m.results, 'R1').previous).toEqual({ period: '2022-T1', rate: 1, status: 'on-track' });
    // R2 and A2: no value of their indicator counts at 2022-T1.
    expect(byCode(m.results, 'R2').previous).toBeNull();
    expect(byCode(m.axes, 'A2').previous).toBeNull();
    expect(byCode(m.axes, 'A1').previous).toEqual({ period: '2022-T1', rate: 1, status: 'on-track' });
    expect(m.plan.previous).toEqual({ period: '2022-T1', rate: 1, status: 'on-track' });
    expect(m.plan.rate).toBeCloseTo(0.85, 12);
  });

  it('gives the execution at P−1', () => {
    expect(m.plan.execution).toMatchObject({ physicalRate: 1, disbursed: 500, financialRate: 0.5 });
    expect(m.plan.execution?.previous).toEqual({ period: '2022-T1', physicalRate: 0, financialRate: 0.2 });
    expect(byCode(m.axes, 'A1').execution?.previous).toEqual({
      period: '2022-T1',
      physicalRate: 0,
      financialRate: 0.2,
    });
  });

  it('lists the statuses that changed since P−1', () => {
    expect(m.changes).toEqual({
      against: 'previous-period',
      period: '2022-T1',
      file: null,
      statusChanges: [
        {
          level: 'indicator',
          code: 'I1',
          label: 'Indicateur I1',
          from: 'on-track',
          to: 'behind',
          rateFrom: 1.2,
          rateTo: 0.7,
        },
        // I2 had no value at T1 (no-data there, previous null) and has its first now: 50 against
        // 20 + (60 − 20) × 6/12 = 40 from the baseline 20, (50 − 20) / (40 − 20) = 1.5. A status
        // that changed, although there is no previous figure to show.
        {
          level: 'indicator',
          code: 'I2',
          label: 'Indicateur I2',
          from: 'no-data',
          to: 'on-track',
          rateFrom: null,
          rateTo: 1.5,
        },
      ],
      revisions: [],
    });
  });

  it('has no previous figure when P−1 precedes the plan (2021-T4 before 2022)', () => {
    const first = compute({ period: p('2022-T1') });
    expect(first.plan.previous).toBeNull();
    expect(first.axes.map((a) => a.previous)).toEqual([null, null]);
    expect(first.results.map((r) => r.previous)).toEqual([null, null]);
    expect(first.indicators.map((i) => i.previous)).toEqual([null, null, null]);
    expect(first.plan.execution?.previous).toBeNull();
    expect(first.changes).toMatchObject({ period: null, statusChanges: [] });
  });

  it('has no previous figure when no value at all counts at P−1', () => {
    const onlyT2 = compute({ values: VALUES.filter((v) => v.period === '2022-T2') });
    expect(onlyT2.plan.previous).toBeNull();
    expect(onlyT2.indicators.map((i) => i.previous)).toEqual([null, null, null]);
    expect(onlyT2.quality.completeness.previous).toBeNull();
    expect(onlyT2.changes.period).toBeNull();
    // The activity reports of 2022-T1 still count there: the execution keeps its previous figure.
    expect(onlyT2.plan.execution?.previous).toEqual({
      period: '2022-T1',
      physicalRate: 0,
      financialRate: 0.2,
    });
  });

  it('has no previous execution when no activity report counts at P−1', () => {
    const late = compute({ activities: ACTIVITIES.filter((a) => a.period === '2022-T2') });
    // AC1 reported only at 2022-T2: at 2022-T1 nothing counts, so null rather than 0 of 1 done.
    expect(late.plan.execution?.previous).toBeNull();
    expect(byCode(late.axes, 'A1').execution?.previous).toBeNull();
    expect(late.plan.execution).toMatchObject({ physicalRate: 1 });
  });
});

describe('computeReport: against a published report (--compare)', () => {
  const published: PublishedReport = {
    file: 'publié/report.json',
    period: '2022-T1',
    planCode: 'PAN',
    plan: { rate: 0.9, status: 'on-track' },
    axes: [{ code: 'A1', rate: 0.9, status: 'on-track' }],
    results: [{ code: 'R1', rate: 0.9, status: 'on-track' }],
    indicators: [
      {
        code: 'I1',
        actual: 28,
        target: 25,
        rate: 1.12,
        status: 'on-track',
        trend: [{ period: '2022-T1', actual: 28 }],
      },
    ],
  };
  const m = compute({ published });

  it('takes every previous figure from the published report', () => {
    expect(byCode(m.indicators, 'I1').previous).toEqual({
      period: '2022-T1',
      actual: 28,
      target: 25,
      targetSource: null,
      rate: 1.12,
      status: 'on-track',
    });
    expect(m.plan.previous).toEqual({ period: '2022-T1', rate: 0.9, status: 'on-track' });
    expect(byCode(m.axes, 'A1').previous).toEqual({ period: '2022-T1', rate: 0.9, status: 'on-track' });
    expect(byCode(m.results, 'R1').previous).toEqual({ period: '2022-T1', rate: 0.9, status: 'on-track' });
  });

  it('has no previous figure where the published report had no value (null, not an object of nulls)', () => {
    const withGaps: PublishedReport = {
      ...published,
      axes: [...published.axes, { code: 'A2', rate: null, status: 'no-data' }],
      results: [...published.results, { code: 'R2', rate: null, status: 'no-data' }],
      indicators: [
        ...published.indicators,
        { code: 'I2', actual: null, target: 30, rate: null, status: 'no-data', trend: [] },
        { code: 'I3', actual: 0, target: 0, rate: null, status: 'not-due', trend: [] },
      ],
    };
    const gaps = compute({ published: withGaps });
    expect(byCode(gaps.indicators, 'I2').previous).toBeNull();
    expect(byCode(gaps.results, 'R2').previous).toBeNull();
    expect(byCode(gaps.axes, 'A2').previous).toBeNull();
    // A value that counted but was not due keeps its figure: the status is the information.
    expect(byCode(gaps.indicators, 'I3').previous).toEqual({
      period: '2022-T1',
      actual: 0,
      target: 0,
      rate: null,
      targetSource: null,
      status: 'not-due',
    });
  });

  it('has no previous figure for what the published report did not hold', () => {
    expect(byCode(m.indicators, 'I2').previous).toBeNull();
    expect(byCode(m.results, 'R2').previous).toBeNull();
    expect(byCode(m.axes, 'A2').previous).toBeNull();
  });

  it('lists the status changes against it and the past figure revised since (28 → 30)', () => {
    // I1: on track (1.12) published, behind (0.7) now; A1 0.9 → 0.85 and R1 stay on track.
    expect(m.changes).toEqual({
      against: 'published-report',
      period: '2022-T1',
      file: 'publié/report.json',
      statusChanges: [
        {
          level: 'indicator',
          code: 'I1',
          label: 'Indicateur I1',
          from: 'on-track',
          to: 'behind',
          rateFrom: 1.12,
          rateTo: 0.7,
        },
      ],
      revisions: [{ indicator: 'I1', period: '2022-T1', before: 28, after: 30 }],
    });
  });
});

describe('computeReport: comments', () => {
  const m = compute();

  it('lists what partners wrote beside the values that count at P, newest first, then by entity', () => {
    expect(byCode(m.indicators, 'I1').comments.map((c) => [c.code, c.period, c.entity, c.text])).toEqual([
      ['I1', '2022-T2', 'Gao', 'Gao T2'],
      ['I1', '2022-T2', 'Kayes', 'campagne radio'],
      ['I1', '2022-T1', 'Kayes', 'démarrage lent'],
    ]);
  });

  it('keeps each comment’s cell', () => {
    expect(byCode(m.indicators, 'I1').comments[2]).toMatchObject({
      file: 'Kayes-2022-T1.xlsx',
      sheet: 'Valeurs',
      cell: VALUES[2].cell,
    });
  });

  it('leaves out comments on values after P, and values without comment', () => {
    expect(byCode(m.indicators, 'I3').comments).toEqual([]);
    expect(byCode(m.indicators, 'I2').comments).toEqual([]);
  });

  it('lists the comments of activity reports up to P, newest first, with the activity’s code', () => {
    expect(byCode(m.activities, 'AC1').comments.map((c) => [c.code, c.period, c.text])).toEqual([
      ['AC1', '2022-T2', 'terminée'],
      ['AC1', '2022-T1', 'lancée'],
    ]);
    const early = compute({ period: p('2022-T1') });
    expect(byCode(early.activities, 'AC1').comments.map((c) => c.text)).toEqual(['lancée']);
  });
});

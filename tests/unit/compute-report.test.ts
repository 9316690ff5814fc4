/**
 * The whole computation on a small hand-built plan (docs/rules.md). Every expected
 * figure is worked out by hand from the rules:
 *
 *   P = 2022-T4, plan years 2021-2024, default settings (auto, ceiling 1, thresholds 0.8 / 0.5).
 *   A1 › R1 (weight 1)
 *     I1 nombre, somme, annuelle {2021: 50, 2022: 50} → T = 100; Kayes 30 (T1) + Gao 20 (T2) = 50;
 *        ratio 0.5 → behind
 *     I2 %, dernière, cumulée {2022: 60}, B = 20 → Kayes 50 (T3); progression (50−20)/(60−20) = 0.75 → behind
 *     I3 nombre, no value → no-data
 *     R1 = (0.5 + 0.75) / 2 = 0.625
 *   A1 › R2 (weight 3)
 *     I4 jours, baisse, dernière, cumulée {2022: 10}, B = 30 → Kayes 5 (T2); progression (30−5)/(30−10) = 1.25,
 *        clamped to 1 → on-track
 *     R2 = 1
 *   A1 = (0.625 × 1 + 1 × 3) / 4 = 0.90625 → on-track; coverage 3/4
 *   A2 › R3
 *     I5 jalon, due oui in 2022 (cible finale oui) → oui (1) → 1 → on-track
 *     I6 nombre, somme, cumulée {2022: 100}, weight 0 → 0 → 0 → critical, but left out of R3
 *     R3 = 1
 *   A2 = 1; coverage 2/2
 *   A3 › R4
 *     I7 nombre, no value → no-data; R4 = null; A3 = null; coverage 0
 *   Plan = (0.90625 + 1) / 2 = 0.953125 → on-track; coverage 5/7
 *   Status counts: on-track 2 (I4, I5), behind 2 (I1, I2), critical 1 (I6), no-data 2 (I3, I7).
 */
import { describe, expect, it } from 'vitest';
import { type ComputeInput, computeReport } from '../../src/compute/model.js';
import {
  DEFAULT_SETTINGS,
  type Indicator,
  type Plan,
  type ReportedValue,
  type Settings,
} from '../../src/model/plan.js';
import { p, indicator as sharedIndicator } from '../helpers/compute.js';

function indicator(code: string, result: string | null, axis: string, more: Partial<Indicator>): Indicator {
  return sharedIndicator(code, {
    axis,
    result,
    label: `Indicateur ${code}`,
    targetType: 'cumulative',
    targets: {},
    responsible: ['Kayes', 'Gao'],
    at: { file: 'plan.xlsx', sheet: 'Indicateurs', cell: `A${code.length}` },
    ...more,
  });
}

function value(
  indicatorCode: string,
  entity: string,
  period: string,
  v: number,
  cell: string,
): ReportedValue {
  return {
    indicator: indicatorCode,
    entity,
    period,
    value: v,
    numerator: null,
    denominator: null,
    disaggregation: '',
    file: `data/${entity}-${period}.xlsx`,
    sheet: 'Valeurs',
    cell,
  };
}

function plan(settings: Partial<Settings> = {}): Plan {
  return {
    file: 'plan.xlsx',
    settings: {
      ...DEFAULT_SETTINGS,
      code: 'PAN',
      title: 'Plan test',
      startYear: 2021,
      endYear: 2024,
      ...settings,
    },
    axes: [
      { code: 'A1', label: 'Axe 1', weight: 1 },
      { code: 'A2', label: 'Axe 2', weight: 1 },
      { code: 'A3', label: 'Axe 3', weight: 1 },
    ],
    results: [
      { code: 'R1', axis: 'A1', label: 'Résultat 1', level: 'effet', weight: 1 },
      { code: 'R2', axis: 'A1', label: 'Résultat 2', level: 'effet', weight: 3 },
      { code: 'R3', axis: 'A2', label: 'Résultat 3', level: 'extrant', weight: 1 },
      { code: 'R4', axis: 'A3', label: 'Résultat 4', level: 'extrant', weight: 1 },
    ],
    indicators: [
      indicator('I1', 'R1', 'A1', { targetType: 'annual', targets: { '2021': 50, '2022': 50 } }),
      indicator('I2', 'R1', 'A1', { unit: '%', aggregation: 'last', baseline: 20, targets: { '2022': 60 } }),
      indicator('I3', 'R1', 'A1', { targets: { '2022': 10 } }),
      indicator('I4', 'R2', 'A1', {
        unit: 'jours',
        direction: 'decrease',
        aggregation: 'last',
        baseline: 30,
        targets: { '2022': 10 },
      }),
      indicator('I5', 'R3', 'A2', {
        type: 'milestone',
        aggregation: 'last',
        targets: { '2022': 1 },
        finalTarget: 1,
      }),
      indicator('I6', 'R3', 'A2', { targets: { '2022': 100 }, weight: 0 }),
      indicator('I7', 'R4', 'A3', { targets: { '2022': 10 } }),
    ],
    activities: [],
  };
}

const VALUES: ReportedValue[] = [
  value('I1', 'Kayes', '2022-T1', 30, 'C2'),
  value('I1', 'Gao', '2022-T2', 20, 'C3'),
  value('I2', 'Kayes', '2022-T3', 50, 'C4'),
  value('I4', 'Kayes', '2022-T2', 5, 'C5'),
  value('I5', 'Gao', '2022-T4', 1, 'C6'),
  value('I6', 'Gao', '2022-T4', 0, 'C7'),
];

function compute(more: Partial<ComputeInput> = {}) {
  return computeReport({
    plan: plan(),
    values: VALUES,
    activities: [],
    submissions: [],
    period: p('2022-T4'),
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

describe('computeReport: indicators', () => {
  const report = compute();

  it('computes each indicator’s actual, target and raw rate', () => {
    const rows = report.indicators.map((i) => [i.code, i.actual, i.target, i.rate]);
    expect(rows).toEqual([
      ['I1', 50, 100, 0.5],
      ['I2', 50, 60, 0.75],
      ['I3', null, 10, null],
      ['I4', 5, 10, 1.25],
      ['I5', 1, 1, 1],
      ['I6', 0, 100, 0],
      ['I7', null, 10, null],
    ]);
  });

  it('keeps the raw rate and clamps the roll-up rate to the ceiling', () => {
    const i4 = byCode(report.indicators, 'I4');
    expect(i4.rate).toBe(1.25);
    expect(i4.rateClamped).toBe(1);
    expect(i4.method).toBe('progression');
  });

  it('gives each indicator its status from its rate, and no-data without an actual', () => {
    expect(report.indicators.map((i) => i.status)).toEqual([
      'behind',
      'behind',
      'no-data',
      'on-track',
      'on-track',
      'critical',
      'no-data',
    ]);
    expect(byCode(report.indicators, 'I3').reason).toBe('no-data');
  });

  it('reports the final target beside the target at P', () => {
    expect(byCode(report.indicators, 'I1').finalTarget).toBe(100);
    expect(byCode(report.indicators, 'I5').finalTarget).toBe(1);
  });

  it('lists the source cells of every actual', () => {
    expect(byCode(report.indicators, 'I1').trace).toEqual([
      {
        file: 'data/Gao-2022-T2.xlsx',
        sheet: 'Valeurs',
        entity: 'Gao',
        period: '2022-T2',
        cells: ['C3'],
        values: [20],
      },
      {
        file: 'data/Kayes-2022-T1.xlsx',
        sheet: 'Valeurs',
        entity: 'Kayes',
        period: '2022-T1',
        cells: ['C2'],
        values: [30],
      },
    ]);
    expect(byCode(report.indicators, 'I3').trace).toEqual([]);
  });

  it('gives a trend per quarter from the plan’s first year to P', () => {
    const trend = byCode(report.indicators, 'I1').trend;
    expect(trend.map((t) => t.period)).toEqual([
      '2021-T1',
      '2021-T2',
      '2021-T3',
      '2021-T4',
      '2022-T1',
      '2022-T2',
      '2022-T3',
      '2022-T4',
    ]);
    expect(trend.map((t) => t.actual)).toEqual([null, null, null, null, 30, 50, 50, 50]);
    // Targets at each quarter, pro-rated: 2021 from 0 to 50 (12.5 a quarter), 2022 from 50 to 100.
    expect(trend.map((t) => t.target)).toEqual([12.5, 25, 37.5, 50, 62.5, 75, 87.5, 100]);
  });
});

describe('computeReport: roll-ups', () => {
  const report = compute();

  it('rates a result as the weighted mean of its indicators’ clamped rates, leaving out those without data', () => {
    expect(byCode(report.results, 'R1').rate).toBe(0.625);
    expect(byCode(report.results, 'R2').rate).toBe(1);
  });

  it('rolls up clamped rates, so an indicator beyond its target does not make up for another', () => {
    const mixed = plan();
    mixed.indicators.push(indicator('I9', 'R2', 'A1', { targets: { '2022': 10 } }));
    const report9 = compute({ plan: mixed, values: [...VALUES, value('I9', 'Kayes', '2022-T1', 2, 'C9')] });
    expect(byCode(report9.indicators, 'I4').rate).toBe(1.25);
    expect(byCode(report9.results, 'R2').rate).toBeCloseTo((1 + 0.2) / 2, 12);
  });

  it('leaves an indicator of weight 0 out of its result', () => {
    expect(byCode(report.results, 'R3').rate).toBe(1);
  });

  it('gives no rate to a result without data', () => {
    expect(byCode(report.results, 'R4').rate).toBeNull();
    expect(byCode(report.results, 'R4').status).toBe('no-data');
  });

  it('rates an axis as the weighted mean of its results with data', () => {
    expect(byCode(report.axes, 'A1').rate).toBe(0.90625);
    expect(byCode(report.axes, 'A2').rate).toBe(1);
    expect(byCode(report.axes, 'A3').rate).toBeNull();
  });

  it('rates the plan as the mean of its axes with data', () => {
    expect(report.plan.rate).toBe(0.953125);
    expect(report.plan.status).toBe('on-track');
  });

  it('shows the coverage of each axis and of the plan: indicators with an actual over indicators', () => {
    expect(byCode(report.axes, 'A1').coverage).toBe(0.75);
    expect(byCode(report.axes, 'A2').coverage).toBe(1);
    expect(byCode(report.axes, 'A3').coverage).toBe(0);
    expect(report.plan.coverage).toBeCloseTo(5 / 7, 12);
    expect(report.plan.indicatorCount).toBe(7);
    expect(report.plan.withData).toBe(5);
  });

  it('counts the indicators by status for the plan and each axis', () => {
    expect(report.plan.statusCounts).toEqual({
      'on-track': 2,
      behind: 2,
      critical: 1,
      'no-data': 2,
      'not-due': 0,
    });
    expect(byCode(report.axes, 'A1').statusCounts).toEqual({
      'on-track': 1,
      behind: 2,
      critical: 0,
      'no-data': 1,
      'not-due': 0,
    });
  });

  it('weighs the axes by their weights', () => {
    const weighted = plan();
    weighted.axes[1] = { ...weighted.axes[1], weight: 3 };
    expect(compute({ plan: weighted }).plan.rate).toBeCloseTo((0.90625 + 3) / 4, 12);
  });

  it('counts an indicator attached directly to an axis in that axis', () => {
    const loose = plan();
    loose.indicators.push(indicator('I8', null, 'A3', { targets: { '2022': 10 } }));
    const report8 = compute({ plan: loose, values: [...VALUES, value('I8', 'Kayes', '2022-T1', 4, 'C9')] });
    expect(byCode(report8.axes, 'A3').rate).toBeCloseTo(0.4, 12);
    expect(byCode(report8.axes, 'A3').coverage).toBe(0.5);
  });
});

describe('computeReport: settings', () => {
  it('follows custom thresholds', () => {
    const report = compute({ plan: plan({ thresholds: { onTrack: 0.95, behind: 0.7 } }) });
    expect(report.plan.status).toBe('on-track');
    expect(byCode(report.axes, 'A1').status).toBe('behind');
    expect(byCode(report.indicators, 'I2').status).toBe('behind');
    expect(byCode(report.indicators, 'I1').status).toBe('critical');
  });

  it('clamps to a ceiling above 100 % when the plan sets one', () => {
    const report = compute({ plan: plan({ ceiling: 1.2 }) });
    expect(byCode(report.indicators, 'I4').rateClamped).toBe(1.2);
    expect(byCode(report.results, 'R2').rate).toBe(1.2);
  });

  it('uses the plan’s method when the indicator sets none', () => {
    const report = compute({ plan: plan({ method: 'ratio' }) });
    const i2 = byCode(report.indicators, 'I2');
    expect(i2.method).toBe('ratio');
    expect(i2.rate).toBeCloseTo(50 / 60, 12);
  });

  it('ignores values dated after the report period', () => {
    const report = compute({ period: p('2022-T2') });
    expect(byCode(report.indicators, 'I2').actual).toBeNull();
    expect(byCode(report.indicators, 'I5').actual).toBeNull();
    expect(byCode(report.indicators, 'I1').actual).toBe(50);
    expect(report.period).toBe('2022-T2');
  });
});

/**
 * Data-quality checks (docs/quality.md; docs/rules.md, "Data quality"): completeness of expected
 * entity × period reports, timeliness against period end + N days, values out of range,
 * outliers by modified z-score against the entity's own history, cumulative series that go down,
 * and the issues found while reading (disaggregations that do not add up, conflicting duplicates).
 */
import { describe, expect, it } from 'vitest';
import { checkValues } from '../../src/compute/checks.js';
import { deadlineOf, frequencyKind, modifiedZScores } from '../../src/compute/quality.js';
import type { Issue } from '../../src/model/issues.js';
import type { Plan, Submission } from '../../src/model/plan.js';
import { safeText } from '../../src/report/xlsx.js';
import { indicator, p, plan, quality, v } from '../helpers/compute.js';

function submission(entity: string, period: string, submittedOn: string | null): Submission {
  return { file: `${entity}-${period}.xlsx`, entity, period, submittedOn };
}

describe('completeness', () => {
  it('expects one report per quarter of the plan up to P by default, from each responsible entity', () => {
    const q = quality({
      values: [v({ period: '2022-T1' }), v({ period: '2022-T2' }), v({ period: '2022-T4', entity: 'KAYES' })],
    });
    // Kayes owes 2022-T1..T4 (4); it sent T1, T2, T4 (entity names match case-insensitively).
    expect(q.completeness).toMatchObject({ expected: 4, received: 3, rate: 0.75 });
    expect(q.completeness.periods).toEqual(['2022-T1', '2022-T2', '2022-T3', '2022-T4']);
    expect(q.completeness.rows[0].cells.map((c) => c.state)).toEqual([
      'received',
      'received',
      'missing',
      'received',
    ]);
  });

  it('reads the frequency: semestrielle, annuelle, quarterly; anything else is quarterly', () => {
    expect(frequencyKind('Semestrielle')).toBe('semester');
    expect(frequencyKind('annuelle')).toBe('year');
    expect(frequencyKind('Yearly')).toBe('year');
    expect(frequencyKind('quarterly')).toBe('quarter');
    expect(frequencyKind('trimestrielle')).toBe('quarter');
    expect(frequencyKind(null)).toBe('quarter');
  });

  it('expects an entity’s reports at the pace of the finest frequency it owes, longer periods due with the report ending with them', () => {
    const q = quality({
      plan: plan([
        indicator('I1', { frequency: 'semestrielle', responsible: ['Gao'] }),
        indicator('I2', { frequency: 'annuelle', responsible: ['Gao'] }),
      ]),
      values: [v({ entity: 'Gao', period: '2022-T2' })],
    });
    // Gao owes I1 for 2022-S1 and 2022-S2, and I2 for 2022 (3 values): it reports half-yearly,
    // 2 reports, the year's value due in the S2 report. Its 2022-T2 value of I1 lies within S1:
    // S1 received (1 of 1), S2 not (0 of 2).
    expect(q.completeness).toMatchObject({
      expected: 3,
      received: 1,
      reportsExpected: 2,
      reportsReceived: 1,
    });
    expect(q.completeness.periods).toEqual(['2022-S1', '2022-S2']);
    expect(q.completeness.rows[0].cells.map((c) => [c.state, c.filled, c.expected])).toEqual([
      ['received', 1, 1],
      ['missing', 0, 2],
    ]);
  });

  it('counts one report per file received for an entity and period, not one per kind of period it holds', () => {
    // A ministry owes a quarterly, a half-yearly and a yearly indicator: 4 reports a year (not
    // 4 + 2 + 1 = 7), its T4 report holding the quarter's, the second half-year's and the year's values.
    const q = quality({
      plan: plan([
        indicator('I1', { responsible: ['M'] }),
        indicator('I2', { frequency: 'semestrielle', responsible: ['M'] }),
        indicator('I3', { frequency: 'annuelle', responsible: ['M'] }),
      ]),
      values: [
        v({ entity: 'M', period: '2022-T4', file: 'M-T4.xlsx' }),
        v({ entity: 'M', indicator: 'I2', period: '2022-T4', file: 'M-T4.xlsx' }),
      ],
      submissions: [{ file: 'M-T4.xlsx', entity: 'M', period: '2022-T4', submittedOn: '2023-02-09' }],
    });
    expect(q.completeness).toMatchObject({ reportsExpected: 4, reportsReceived: 1, reportsPartial: 1 });
    // T4: I1 (T4), I2 (S2) and I3 (2022) owed, the first two filled; 10 days after the 30 January deadline.
    expect(q.completeness.rows[0].cells[3]).toMatchObject({
      period: '2022-T4',
      state: 'partial',
      expected: 3,
      filled: 2,
      files: ['M-T4.xlsx'],
      timeliness: 'late',
      daysLate: 10,
    });
    // One late report, listed once, and the same count by entity.
    expect(q.timeliness.submissions).toHaveLength(1);
    expect(q.timeliness.lateByEntity).toEqual([
      { entity: 'M', dated: 1, late: 1, maxDaysLate: 10, reports: [{ period: '2022-T4', daysLate: 10 }] },
    ]);
  });

  it('counts a report received from its Rapport sheet alone, with nothing filled', () => {
    const q = quality({
      submissions: [{ file: 'K-T3.xlsx', entity: 'Kayes', period: '2022-T3', submittedOn: '2022-10-05' }],
    });
    expect(q.completeness.rows[0].cells[2]).toMatchObject({
      state: 'partial',
      filled: 0,
      files: ['K-T3.xlsx'],
    });
    expect(q.completeness).toMatchObject({ reportsReceived: 1, received: 0 });
  });

  it('marks a report on time or late from its submission date', () => {
    const q = quality({
      values: [v({ period: '2022-T1' }), v({ period: '2022-T2' })],
      submissions: [
        submission('Kayes', '2022-T1', '2022-04-30'),
        submission('Kayes', '2022-T2', '2022-08-15'),
      ],
    });
    expect(q.completeness.rows[0].cells.map((c) => c.state).slice(0, 2)).toEqual(['on-time', 'late']);
  });
});

describe('timeliness', () => {
  it('sets the deadline N days after the period ends (30 by default)', () => {
    // 2022-T3 ends on 30 September; 30 days later is 30 October.
    expect(deadlineOf(p('2022-T3'), 30)).toBe('2022-10-30');
    expect(deadlineOf(p('2022-T4'), 30)).toBe('2023-01-30');
    expect(deadlineOf(p('2022-T1'), 0)).toBe('2022-03-31');
  });

  it('counts reports submitted by the deadline as on time, and the days late of the others', () => {
    const q = quality({
      plan: plan([indicator('I1')], 15),
      values: ['2022-T1', '2022-T2', '2022-T3', '2023-T1'].map((period) => v({ period })),
      submissions: [
        submission('Kayes', '2022-T1', '2022-04-15'), // deadline 15 April: on time
        submission('Kayes', '2022-T2', '2022-07-20'), // deadline 15 July: 5 days late
        submission('Kayes', '2022-T3', null), // no date: unknown
        submission('Kayes', '2023-T1', '2023-09-01'), // after P: not counted
      ],
    });
    expect(q.timeliness).toMatchObject({ delayDays: 15, onTime: 1, late: 1, undated: 1, rate: 0.5 });
    expect(q.timeliness.submissions[1]).toMatchObject({ deadline: '2022-07-15', daysLate: 5, onTime: false });
  });
});

describe('values out of range', () => {
  it('flags percentages above 100 or below 0 and negative counts', () => {
    const q = quality({
      plan: plan([indicator('I1'), indicator('I2', { unit: '%' })]),
      values: [
        v({ value: -3 }),
        v({ indicator: 'I2', value: 120 }),
        v({ indicator: 'I2', value: -1, period: '2022-T2' }),
        v({ indicator: 'I2', value: 100, period: '2022-T3' }),
      ],
    });
    expect(q.outOfRange.map((o) => [o.indicator, o.value, o.kind])).toEqual([
      ['I1', -3, 'negative-count'],
      ['I2', 120, 'percent-above-100'],
      ['I2', -1, 'percent-below-0'],
    ]);
  });
});

describe('outliers', () => {
  it('computes the modified z-score 0.6745·(x − median)/MAD', () => {
    // median 12, deviations 2,1,0,1,88 → MAD 1; (100 − 12) × 0.6745 = 59.356
    const z = modifiedZScores([10, 11, 12, 13, 100]);
    expect(z[4]).toBeCloseTo(59.356, 3);
    expect(z[2]).toBe(0);
  });

  it('flags a value above 3.5 against the entity’s own history of per-period flows', () => {
    const values = ['2022-T1', '2022-T2', '2022-T3', '2022-T4', '2023-T1'].map((period, n) =>
      v({ period, value: [100, 110, 95, 105, 900][n], cell: `B${n + 2}` }),
    );
    // Another entity's big numbers are not Kayes's history.
    values.push(v({ entity: 'Gao', value: 5000 }), v({ entity: 'Gao', period: '2022-T2', value: 5100 }));
    const q = quality({ values, period: p('2023-T1') });
    expect(q.outliers).toHaveLength(1);
    expect(q.outliers[0]).toMatchObject({
      entity: 'Kayes',
      period: '2023-T1',
      value: 900,
      median: 105,
      points: 5,
      cell: 'B6',
    });
    // (900 − 105) × 0.6745 / MAD 5 = 107.25
    expect(q.outliers[0].score).toBeCloseTo(107.25, 2);
  });

  it('needs at least 4 points', () => {
    const values = ['2022-T1', '2022-T2', '2022-T3'].map((period, n) =>
      v({ period, value: [10, 11, 1000][n] }),
    );
    expect(quality({ values }).outliers).toEqual([]);
  });

  it('falls back on the mean absolute deviation when more than half the points are equal', () => {
    const values = ['2022-T1', '2022-T2', '2022-T3', '2022-T4'].map((period, n) =>
      v({ period, value: [10, 10, 10, 60][n] }),
    );
    // MAD 0; mean |x − 10| = 12.5; (60 − 10) / (1.2533 × 12.5) = 3.19 → not above 3.5
    expect(quality({ values }).outliers).toEqual([]);
    const more = ['2022-T1', '2022-T2', '2022-T3', '2022-T4', '2023-T1', '2023-T2'].map((period, n) =>
      v({ period, value: [10, 10, 10, 10, 10, 90][n] }),
    );
    // mean |x − 10| = 13.33; 80 / (1.2533 × 13.33) = 4.79 → outlier
    expect(quality({ values: more, period: p('2023-T2') }).outliers.map((o) => o.value)).toEqual([90]);
  });

  it('ignores values after P', () => {
    const values = ['2022-T1', '2022-T2', '2022-T3', '2022-T4', '2023-T1'].map((period, n) =>
      v({ period, value: [100, 110, 95, 105, 900][n] }),
    );
    expect(quality({ values, period: p('2022-T4') }).outliers).toEqual([]);
  });
});

describe('cumulative series', () => {
  it('flags a dernière indicator with a cumulative target whose value goes down', () => {
    const cumulative = indicator('I1', { aggregation: 'last', targetType: 'cumulative' });
    const values = [
      v({ period: '2022-T1', value: 10 }),
      v({ period: '2022-T2', value: 25 }),
      v({ period: '2022-T3', value: 20, cell: 'B9' }),
      v({ period: '2022-T4', value: 30 }),
    ];
    const q = quality({ plan: plan([cumulative]), values });
    expect(q.cumulativeDecreases).toEqual([
      expect.objectContaining({
        period: '2022-T3',
        value: 20,
        previousPeriod: '2022-T2',
        previous: 25,
        cell: 'B9',
      }),
    ]);
  });

  it('leaves flows, annual targets and decreasing indicators alone', () => {
    const values = [v({ period: '2022-T1', value: 25 }), v({ period: '2022-T2', value: 20 })];
    for (const ind of [
      indicator('I1', { aggregation: 'sum', targetType: 'cumulative' }),
      indicator('I1', { aggregation: 'last', targetType: 'annual' }),
      indicator('I1', { aggregation: 'last', targetType: 'cumulative', direction: 'decrease' }),
    ]) {
      expect(quality({ plan: plan([ind]), values }).cumulativeDecreases).toEqual([]);
    }
  });
});

describe('issues found while reading', () => {
  it('includes disaggregations that do not add up and conflicting duplicates', () => {
    const fullPlan: Plan = {
      file: 'plan.xlsx',
      ...plan([indicator('I1')]),
      axes: [],
      results: [],
      activities: [],
    };
    const values = [
      v({ value: 10, cell: 'B2' }),
      v({ value: 4, disaggregation: 'sexe=F', cell: 'B3' }),
      v({ value: 5, disaggregation: 'sexe=M', cell: 'B4' }),
      v({ period: '2022-T2', value: 7, cell: 'B5' }),
      v({ period: '2022-T2', value: 8, file: 'Kayes-bis.xlsx', cell: 'B2' }),
    ];
    const issues: Issue[] = checkValues(fullPlan, values).issues;
    const q = quality({ values, issues });
    expect(q.disaggregationMismatches).toEqual([
      { file: 'Kayes.xlsx', sheet: 'Valeurs', cell: 'B2', indicator: 'I1', severity: 'warning' },
    ]);
    expect(q.conflictingDuplicates).toEqual([
      { file: 'Kayes-bis.xlsx', sheet: 'Valeurs', cell: 'B2', indicator: 'I1', severity: 'error' },
    ]);
  });
});

describe('annex text cells', () => {
  it('neutralises text a spreadsheet would evaluate', () => {
    for (const s of ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(safeText(s)).toBe(`'${s}`);
    expect(safeText('Nombre de migrants')).toBe('Nombre de migrants');
  });
});

describe('completeness at indicator level', () => {
  const six = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6'].map((code) => indicator(code));

  it('counts 3 of the 6 indicators an entity owes for a quarter as 50 %, a partial report', () => {
    const values = ['I1', 'I2', 'I3'].map((code) => v({ indicator: code, period: '2022-T1' }));
    const q = quality({ plan: plan(six), values, period: p('2022-T1') });
    // Kayes owes 6 indicators for 2022-T1 and reported 3: 3 / 6.
    expect(q.completeness).toMatchObject({ expected: 6, received: 3, rate: 0.5 });
    expect(q.completeness.rows[0].cells).toMatchObject([
      { period: '2022-T1', state: 'partial', expected: 6, filled: 3, timeliness: 'undated' },
    ]);
    // The report itself was received (it holds owed values): 1 of 1.
    expect(q.completeness).toMatchObject({ reportsExpected: 1, reportsReceived: 1 });
  });

  it('gives timeliness over the same received reports the completeness counts', () => {
    const values = ['2022-T1', '2022-T2', '2022-T3'].map((period) => v({ period }));
    const q = quality({
      values,
      submissions: [
        submission('Kayes', '2022-T1', '2022-04-10'),
        submission('Kayes', '2022-T2', '2022-09-01'),
      ],
    });
    // 4 quarters owed, 3 received; of the 3, one on time, one late, one undated.
    expect(q.completeness).toMatchObject({ reportsExpected: 4, reportsReceived: 3 });
    const t = q.timeliness;
    expect(t.onTime + t.late + t.undated).toBe(q.completeness.reportsReceived);
    expect(t).toMatchObject({ onTime: 1, late: 1, undated: 1 });
  });

  it('shows monthly reports in columns of their own', () => {
    const monthly = indicator('I1', { frequency: 'mensuelle' });
    const q = quality({ plan: plan([monthly]), values: [v({ period: '2022-02' })], period: p('2022-03') });
    expect(q.completeness.periods).toEqual(['2022-01', '2022-02', '2022-03']);
    expect(q.completeness.rows[0].cells.map((c) => c.state)).toEqual(['missing', 'received', 'missing']);
  });

  it('gives the completeness at P−1 when asked', () => {
    const values = [v({ period: '2022-T1' })];
    const q = quality({ values, period: p('2022-T2'), previous: p('2022-T1') });
    // At T2: 1 of 2 quarters; at T1: 1 of 1.
    expect(q.completeness.rate).toBe(0.5);
    expect(q.completeness.previous).toEqual({ period: '2022-T1', rate: 1 });
    expect(quality({ values, period: p('2022-T2') }).completeness.previous).toBeNull();
  });
});

describe('outliers need a history with spread', () => {
  it('does not call a 1 aberrant against a run of 0', () => {
    const values = ['2022-T1', '2022-T2', '2022-T3', '2022-T4', '2023-T1'].map((period, n) =>
      v({ period, value: [0, 0, 0, 0, 1][n] }),
    );
    // median 0, MAD 0: a small count of 1 is not an outlier.
    expect(quality({ values, period: p('2023-T1') }).outliers).toEqual([]);
  });

  it('still flags a value far from a constant non-zero history (a typing slip)', () => {
    const values = ['2022-T1', '2022-T2', '2022-T3', '2022-T4', '2023-T1'].map((period, n) =>
      v({ period, value: [10, 10, 10, 10, 500][n] }),
    );
    // MAD 0; mean |x − 10| = 98; 490 / (1.2533 × 98) = 3.99 > 3.5, and |500 − 10| > 10.
    expect(quality({ values, period: p('2023-T1') }).outliers.map((o) => o.value)).toEqual([500]);
  });

  it('does not flag a value one step from a constant history of 1', () => {
    const values = ['2022-T1', '2022-T2', '2022-T3', '2022-T4', '2023-T1', '2023-T2'].map((period, n) =>
      v({ period, value: [1, 1, 1, 1, 1, 2][n] }),
    );
    // mean |x − 1| = 1/6; 1 / (1.2533 / 6) = 4.79 > 3.5, but |2 − 1| is not more than 1.
    expect(quality({ values, period: p('2023-T2') }).outliers).toEqual([]);
  });
});

describe('cumulative series that stay level', () => {
  it('does not flag a value equal to the previous one as a decrease', () => {
    const cumulative = indicator('I1', { aggregation: 'last', targetType: 'cumulative' });
    const values = [v({ period: '2022-T1', value: 25 }), v({ period: '2022-T2', value: 25 })];
    expect(quality({ plan: plan([cumulative]), values }).cumulativeDecreases).toEqual([]);
  });
});

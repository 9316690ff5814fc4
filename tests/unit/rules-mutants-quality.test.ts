/**
 * Data quality (docs/quality.md; docs/rules.md, "Data quality"), the cases the main quality tests
 * leave open: the completeness matrix when entities owe different periods (columns by end, finer
 * first; rows by entity, spelled as in the plan), the submission date that times a report (the
 * entity's own, for that period, the earliest), days late across a month's end, and the outlier
 * rule at its edges (a score of exactly 3.5, 4 points, spread or none).
 */
import { describe, expect, it } from 'vitest';
import { periodResolver } from '../../src/compute/model.js';
import { type Located, outOfRange, type Series } from '../../src/compute/quality/values.js';
import {
  computeQuality,
  frequencyKind,
  median,
  modifiedZScores,
  OUTLIER_THRESHOLD,
  outliers,
  type QualityInput,
  submissionDates,
  ValueChecks,
} from '../../src/compute/quality.js';
import { issue } from '../../src/model/issues.js';
import type { Indicator, Plan, ReportedValue, Submission } from '../../src/model/plan.js';
import { indicator, p, plan, quality, v } from '../helpers/compute.js';

function submission(
  entity: string | null,
  period: string | null,
  submittedOn: string | null,
  file?: string,
): Submission {
  return { file: file ?? `${entity}-${period}.xlsx`, entity, period, submittedOn };
}

describe('the completeness matrix when entities owe different periods', () => {
  // Mopti owes a yearly report, Gao half-yearly ones, Kayes quarterly ones; listed in that order.
  const three = plan([
    indicator('I3', { frequency: 'annuelle', responsible: ['Mopti'] }),
    indicator('I2', { frequency: 'semestrielle', responsible: ['Gao'] }),
    indicator('I1', { responsible: ['Kayes'] }),
  ]);

  it('orders the columns by end, the finer period first, whatever order the indicators come in', () => {
    const q = quality({ plan: three });
    expect(q.completeness.periods).toEqual([
      '2022-T1',
      '2022-T2',
      '2022-S1',
      '2022-T3',
      '2022-T4',
      '2022-S2',
      '2022',
    ]);
  });

  it('orders the rows by entity name', () => {
    expect(quality({ plan: three }).completeness.rows.map((r) => r.entity)).toEqual([
      'Gao',
      'Kayes',
      'Mopti',
    ]);
    const reversed = plan([
      indicator('I1', { responsible: ['Kayes'] }),
      indicator('I2', { responsible: ['Gao', 'Tombouctou', 'Mopti'] }),
    ]);
    expect(quality({ plan: reversed }).completeness.rows.map((r) => r.entity)).toEqual([
      'Gao',
      'Kayes',
      'Mopti',
      'Tombouctou',
    ]);
  });

  it('marks the periods an entity does not owe as not expected, counting nothing there', () => {
    const q = quality({
      plan: three,
      values: [v({ period: '2022-T1' }), v({ indicator: 'I2', entity: 'Gao', period: '2022-S1' })],
    });
    const kayes = q.completeness.rows.find((r) => r.entity === 'Kayes');
    expect(kayes?.cells[2]).toEqual({
      period: '2022-S1',
      state: 'not-expected',
      expected: 0,
      filled: 0,
      files: [],
      timeliness: null,
      submittedOn: null,
      deadline: null,
      daysLate: null,
    });
    expect(kayes?.cells.map((c) => c.state)).toEqual([
      'received',
      'missing',
      'not-expected',
      'missing',
      'missing',
      'not-expected',
      'not-expected',
    ]);
    // Kayes: 1 of 4 quarters; Gao: 1 of 2 semesters; Mopti: 0 of 1 year. In all 2 of 7.
    expect(q.completeness.rows.map((r) => [r.entity, r.expected, r.received, r.rate])).toEqual([
      ['Gao', 2, 1, 0.5],
      ['Kayes', 4, 1, 0.25],
      ['Mopti', 1, 0, 0],
    ]);
    expect(q.completeness).toMatchObject({
      expected: 7,
      received: 2,
      reportsExpected: 7,
      reportsReceived: 2,
    });
  });

  it('gives each row its own rate, received / expected', () => {
    const q = quality({ values: ['2022-T1', '2022-T2', '2022-T3'].map((period) => v({ period })) });
    expect(q.completeness.rows[0]).toMatchObject({ expected: 4, received: 3, rate: 0.75 });
  });
});

describe('entity names in the completeness', () => {
  it('shows an entity as the plan first spells it, however its reports spell it', () => {
    const q = quality({
      plan: plan([indicator('I1', { responsible: ['Kayes'] }), indicator('I2', { responsible: ['KAYÈS'] })]),
      values: [
        v({ entity: 'kayes', period: '2022-T1' }),
        v({ indicator: 'I2', entity: 'KAYES', period: '2022-T1' }),
      ],
      submissions: [submission('kayès', '2022-T1', '2022-04-10')],
    });
    expect(q.completeness.rows.map((r) => r.entity)).toEqual(['Kayes']);
    // Both indicators were reported for 2022-T1: 2 of the 2 owed there.
    expect(q.completeness.rows[0].cells[0]).toMatchObject({
      period: '2022-T1',
      state: 'on-time',
      expected: 2,
      filled: 2,
      files: ['Kayes.xlsx', 'kayès-2022-T1.xlsx'],
    });
    expect(q.timeliness.submissions.map((s) => s.entity)).toEqual(['Kayes']);
  });
});

describe('the submission date that times a report', () => {
  it('keeps a partial report partial, dated or not, and counts its timeliness', () => {
    const q = quality({
      plan: plan([indicator('I1'), indicator('I2')]),
      values: [v({ period: '2022-T1' })],
      submissions: [submission('Kayes', '2022-T1', '2022-04-10')],
      period: p('2022-T1'),
    });
    expect(q.completeness.rows[0].cells).toEqual([
      {
        period: '2022-T1',
        state: 'partial',
        expected: 2,
        filled: 1,
        files: ['Kayes-2022-T1.xlsx', 'Kayes.xlsx'],
        timeliness: 'on-time',
        submittedOn: '2022-04-10',
        deadline: '2022-04-30',
        daysLate: 0,
      },
    ]);
    expect(q.timeliness).toMatchObject({ onTime: 1, late: 0, undated: 0, rate: 1 });
  });

  it('takes only the entity’s own dates', () => {
    const q = quality({
      plan: plan([indicator('I1', { responsible: ['Kayes', 'Gao'] })]),
      values: [v({ period: '2022-T1' }), v({ entity: 'Gao', period: '2022-T1' })],
      submissions: [submission('Gao', '2022-T1', '2022-04-10')],
      period: p('2022-T1'),
    });
    expect(q.completeness.rows.map((r) => [r.entity, r.cells[0].state])).toEqual([
      ['Gao', 'on-time'],
      ['Kayes', 'received'],
    ]);
    expect(q.timeliness).toMatchObject({ onTime: 1, undated: 1 });
  });

  it('takes only the dates of the report’s own period, or of a finer one ending with it', () => {
    const q = quality({
      plan: plan([indicator('I1'), indicator('I2', { frequency: 'semestrielle' })]),
      values: [v({ period: '2022-T1' }), v({ period: '2022-T2' }), v({ indicator: 'I2', period: '2022-S1' })],
      submissions: [submission('Kayes', '2022-T2', '2022-07-20')],
      period: p('2022-T2'),
    });
    // Kayes owes a quarterly indicator: it reports quarterly, and I2's first half-year is due in
    // its T2 report (2 values there). The T2 file dates T2, not T1.
    expect(q.completeness.periods).toEqual(['2022-T1', '2022-T2']);
    expect(q.completeness.rows[0].cells.map((c) => [c.state, c.filled, c.expected])).toEqual([
      ['received', 1, 1],
      ['on-time', 2, 2],
    ]);
    expect(q.timeliness).toMatchObject({ onTime: 1, undated: 1 });
    // A June file (finer, ending with T2) dates the T2 report; a half-year file (not within T2) does not.
    const june = quality({
      values: [v({ period: '2022-T2' })],
      submissions: [submission('Kayes', '2022-06', '2022-08-04')],
      period: p('2022-T2'),
    });
    expect(june.timeliness.submissions).toMatchObject([{ period: '2022-T2', daysLate: 5 }]);
    const half = quality({
      values: [v({ period: '2022-T2' })],
      submissions: [submission('Kayes', '2022-S1', '2022-08-04')],
      period: p('2022-T2'),
    });
    expect(half.timeliness).toMatchObject({ onTime: 0, late: 0, undated: 1 });
  });

  it('takes the earliest date given for a report, whatever the order of the files', () => {
    const dates = [
      submission('Kayes', '2022-T1', '2022-05-20', 'b.xlsx'),
      submission('Kayes', '2022-T1', '2022-04-10', 'c.xlsx'),
      submission('Kayes', '2022-T1', '2022-06-01', 'd.xlsx'),
    ];
    for (const submissions of [dates, [...dates].reverse()]) {
      const q = quality({ values: [v({ period: '2022-T1' })], submissions, period: p('2022-T1') });
      expect(q.timeliness.submissions).toEqual([
        {
          file: 'c.xlsx',
          entity: 'Kayes',
          period: '2022-T1',
          submittedOn: '2022-04-10',
          deadline: '2022-04-30',
          daysLate: 0,
          onTime: true,
        },
      ]);
      expect(q.completeness.rows[0].cells[0].state).toBe('on-time');
    }
  });

  it('takes the first file by name when two give the same earliest date', () => {
    const dates = [
      submission('Kayes', '2022-T1', '2022-05-20', 'a.xlsx'),
      submission('Kayes', '2022-T1', '2022-05-20', 'b.xlsx'),
    ];
    for (const submissions of [dates, [...dates].reverse()]) {
      const q = quality({ values: [v({ period: '2022-T1' })], submissions, period: p('2022-T1') });
      expect(q.timeliness.submissions.map((s) => s.file)).toEqual(['a.xlsx']);
    }
  });

  it('counts the days late across the end of a month', () => {
    // 2022-T1 is due on 30 April (30 days); sent on 5 May: 5 days late.
    const q = quality({
      values: [v({ period: '2022-T1' })],
      submissions: [submission('Kayes', '2022-T1', '2022-05-05')],
      period: p('2022-T1'),
    });
    expect(q.timeliness.submissions[0]).toMatchObject({ deadline: '2022-04-30', daysLate: 5, onTime: false });
    expect(q.completeness.rows[0].cells[0].state).toBe('late');
  });

  it('reads a date only from a submission that names its entity, its period and the date', () => {
    expect(
      submissionDates([
        submission(null, '2022-T1', '2022-04-10', 'a.xlsx'),
        submission('Kayes', null, '2022-04-10', 'b.xlsx'),
        submission('Kayes', '2022-T1', null, 'c.xlsx'),
        submission('KAYES ', '2022-T1', '2022-04-11', 'd.xlsx'),
      ]),
    ).toEqual([{ entity: 'kayes', period: '2022-T1', on: '2022-04-11', file: 'd.xlsx' }]);
  });
});

describe('report frequencies', () => {
  it('reads abbreviations and plural spellings', () => {
    expect(frequencyKind('S')).toBe('semester');
    expect(frequencyKind('A')).toBe('year');
    expect(frequencyKind('Y')).toBe('year');
    expect(frequencyKind('M')).toBe('month');
    expect(frequencyKind('T')).toBe('quarter');
    expect(frequencyKind('Q')).toBe('quarter');
    expect(frequencyKind('Mensuelle')).toBe('month');
    expect(frequencyKind('monthly')).toBe('month');
    expect(frequencyKind('half-yearly')).toBe('semester');
    // "Rapports trimestriels": a quarterly frequency, though it ends with an s.
    expect(frequencyKind('trimestriels')).toBe('quarter');
    // British "three-monthly" is quarterly, not monthly.
    expect(frequencyKind('three-monthly')).toBe('quarter');
  });
});

function series(values: number[], more: Partial<Indicator> = {}): Series {
  const points: Located[] = values.map((value, n) => ({
    indicator: 'I1',
    entity: 'Kayes',
    period: `${2020 + Math.floor(n / 4)}-T${(n % 4) + 1}`,
    value,
    file: 'Kayes.xlsx',
    sheet: 'Valeurs',
    cell: `B${n + 2}`,
  }));
  return { ind: indicator('I1', more), points };
}

describe('modified z-scores at their edges', () => {
  it('takes the median of an even count as the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('scores every point 0 when all are equal', () => {
    expect(modifiedZScores([7, 7, 7, 7])).toEqual([0, 0, 0, 0]);
  });

  it('uses the mean absolute deviation, a positive scale, when MAD is 0', () => {
    // median 10, deviations 0,0,0,0,40: MAD 0; mean |x − 10| = 8; (50 − 10) / (1.2533 × 8) = 3.9895
    const z = modifiedZScores([10, 10, 10, 10, 50]);
    expect(z[4]).toBeCloseTo(40 / (1.2533 * 8), 12);
    expect(z[0]).toBe(0);
  });
});

describe('outliers at their edges', () => {
  it('does not flag a score of exactly 3.5: an outlier is above it', () => {
    // median 10, deviations 1,0,0,1,d: MAD 1, so a value d = 3.5 / 0.6745 above the median scores 3.5.
    const edge = 10 + OUTLIER_THRESHOLD / 0.6745;
    expect(modifiedZScores([9, 10, 10, 11, edge])[4]).toBe(OUTLIER_THRESHOLD);
    expect(outliers([series([9, 10, 10, 11, edge])])).toEqual([]);
    expect(outliers([series([9, 10, 10, 11, edge + 0.01])]).map((o) => o.value)).toEqual([edge + 0.01]);
  });

  it('needs 4 points, and 4 are enough', () => {
    // median 2.5, deviations 1.5,0.5,0.5,997.5: MAD 1; 0.6745 × 997.5 = 672.81
    const [found] = outliers([series([1, 2, 3, 1000])]);
    expect(found).toMatchObject({ value: 1000, median: 2.5, score: 672.81, points: 4, cell: 'B5' });
    expect(outliers([series([2, 3, 1000])])).toEqual([]);
  });

  it('looks only at quantitative indicators', () => {
    expect(outliers([series([1, 2, 3, 1000], { type: 'milestone' })])).toEqual([]);
    expect(outliers([series([1, 2, 3, 1000], { type: 'qualitative' })])).toEqual([]);
  });

  it('flags a value far from a history with spread, even when it is close to its median in size', () => {
    // median 100.5, deviations 0.5,1.5,2.5,0.5,1.5,49.5: MAD 1.5; 0.6745 × 49.5 / 1.5 = 22.26.
    // 150 is not further from 100.5 than 100.5 is from 0, but the history has spread.
    const [found] = outliers([series([100, 102, 98, 101, 99, 150])]);
    expect(found).toMatchObject({ value: 150, median: 100.5, score: 22.26 });
  });
});

describe('values out of range', () => {
  const byCode = new Map(
    [
      indicator('I1'),
      indicator('I2', { unit: '%' }),
      indicator('I3', { unit: 'jours' }),
      indicator('I4', { type: 'milestone' }),
    ].map((i) => [i.code, i]),
  );
  const kinds = (values: ReportedValue[]) =>
    outOfRange(values, byCode).map((o) => [o.indicator, o.value, o.kind]);

  it('takes 0 % and 100 % as within range, and 0 and positive counts too', () => {
    expect(kinds([v({ indicator: 'I2', value: 0 }), v({ indicator: 'I2', value: 100 })])).toEqual([]);
    expect(kinds([v({ value: 0 }), v({ value: 5 })])).toEqual([]);
    expect(kinds([v({ indicator: 'I2', value: -0.5 }), v({ value: -1 })])).toEqual([
      ['I2', -0.5, 'percent-below-0'],
      ['I1', -1, 'negative-count'],
    ]);
  });

  it('leaves alone what is neither a count nor a percentage, milestones, blanks and unknown codes', () => {
    expect(
      kinds([
        v({ indicator: 'I3', value: -3 }),
        v({ indicator: 'I4', value: -1 }),
        v({ value: null }),
        v({ indicator: 'I9', value: -1 }),
      ]),
    ).toEqual([]);
  });

  it('looks only at the values reported up to P', () => {
    const q = quality({
      values: [
        v({ period: '2022-T1', value: -2 }),
        v({ period: '2023-T1', value: -5 }),
        v({ period: '2022-T2', value: null }),
      ],
    });
    expect(q.outOfRange.map((o) => [o.period, o.value])).toEqual([['2022-T1', -2]]);
    // A blank fills nothing, but the file that holds it was received for 2022-T2: 0 of 1 there;
    // the 2023-T1 value lies after P.
    expect(q.completeness.rows[0].cells.map((c) => [c.state, c.filled])).toEqual([
      ['received', 1],
      ['partial', 0],
      ['missing', 0],
      ['missing', 0],
    ]);
  });
});

describe('the quality findings put together', () => {
  const jump = (indicatorCode: string) =>
    ['2022-T1', '2022-T2', '2022-T3', '2022-T4', '2023-T1'].map((period, n) =>
      v({ indicator: indicatorCode, period, value: [100, 110, 95, 105, 900][n] }),
    );

  it('lists outliers by indicator code, whatever order the indicators were read in', () => {
    const q = quality({
      plan: plan([indicator('I1'), indicator('I2'), indicator('I3')]),
      values: [...jump('I3'), ...jump('I1'), ...jump('I2')],
      period: p('2023-T1'),
    });
    expect(q.outliers.map((o) => o.indicator)).toEqual(['I1', 'I2', 'I3']);
  });

  it('reads the values through the checks it is given', () => {
    const input: QualityInput = {
      plan: plan([indicator('I1')]),
      values: [],
      submissions: [],
      issues: [],
      period: p('2023-T1'),
      periodOf: periodResolver(),
    };
    const checks = new ValueChecks(input.plan, input.period, input.periodOf);
    checks.add(jump('I1'));
    const q = computeQuality(input, checks);
    expect(q.outliers.map((o) => [o.indicator, o.value])).toEqual([['I1', 900]]);
    expect(q.completeness).toMatchObject({ expected: 5, received: 5 });
  });

  it('starts the completeness at the plan’s first year, even before the first value', () => {
    const q = quality({ values: [v({ period: '2023-T1' })], period: p('2023-T1') });
    // 2022-T1 … 2023-T1: 5 quarters owed, 1 received.
    expect(q.completeness).toMatchObject({ expected: 5, received: 1 });
  });

  it('starts the completeness at the first year of the data when the plan gives no years', () => {
    const noYears = { ...plan([indicator('I1')]), settings: { ...plan([]).settings, startYear: null } };
    const q = quality({
      plan: noYears as Pick<Plan, 'indicators' | 'settings'>,
      values: [v({ period: '2023-T1' }), v({ period: '2022-T3' })],
      period: p('2023-T2'),
    });
    // 2022-T1 … 2023-T2: 6 quarters owed, 2 received.
    expect(q.completeness).toMatchObject({ expected: 6, received: 2 });
    expect(q.completeness.periods[0]).toBe('2022-T1');
  });

  it('lists the codes not in the plan, indicators and activities, with the code read', () => {
    const issues = [
      issue(
        'unknown-indicator',
        'warning',
        { file: 'Kayes.xlsx', sheet: 'Valeurs', cell: 'A7' },
        { code: 'I9' },
      ),
      issue(
        'unknown-activity',
        'warning',
        { file: 'Gao.xlsx', sheet: 'Activités', cell: 'A3' },
        { code: 'AC9' },
      ),
      issue('unknown-indicator', 'warning', { file: 'Mopti.xlsx' }),
    ];
    expect(quality({ issues }).unknownCodes).toEqual([
      { file: 'Kayes.xlsx', sheet: 'Valeurs', cell: 'A7', indicator: 'I9', severity: 'warning' },
      { file: 'Gao.xlsx', sheet: 'Activités', cell: 'A3', indicator: 'AC9', severity: 'warning' },
      { file: 'Mopti.xlsx', sheet: null, cell: null, indicator: null, severity: 'warning' },
    ]);
  });
});

describe('what the checks take from each indicator’s values', () => {
  it('counts a report spelled two ways by one entity once, with the periods of both', () => {
    const q = quality({
      values: [v({ entity: 'Kayes', period: '2022-T1' }), v({ entity: 'KAYES', period: '2022-T2' })],
    });
    // 2022-T1 and 2022-T2 received of the four quarters.
    expect(q.completeness).toMatchObject({ expected: 4, received: 2 });
    expect(q.completeness.rows[0].cells.map((c) => c.state)).toEqual([
      'received',
      'received',
      'missing',
      'missing',
    ]);
  });

  it('leaves out the values of codes not in the plan', () => {
    const q = quality({
      values: [v({ indicator: 'I9', value: -4 }), v({ indicator: 'I9', entity: 'Gao', period: '2022-T2' })],
    });
    expect(q.outOfRange).toEqual([]);
    expect(q.completeness).toMatchObject({ expected: 4, received: 0 });
    expect(q.completeness.rows.map((r) => r.entity)).toEqual(['Kayes']);
  });

  it('lists values out of range by file, then by cell in reading order', () => {
    const q = quality({
      plan: plan([indicator('I1', { responsible: ['Kayes', 'Mopti'] })]),
      values: [
        v({ entity: 'Mopti', file: 'Mopti.xlsx', cell: 'B3', value: -1 }),
        v({ period: '2022-T2', cell: 'B10', value: -2 }),
        v({ period: '2022-T3', cell: 'B9', value: -3 }),
      ],
    });
    expect(q.outOfRange.map((o) => [o.file, o.cell])).toEqual([
      ['Kayes.xlsx', 'B9'],
      ['Kayes.xlsx', 'B10'],
      ['Mopti.xlsx', 'B3'],
    ]);
  });
});

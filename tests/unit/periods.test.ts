/**
 * Periods (docs/rules.md, "Periods"): `2022-T3` (also `2022-Q3`, `T3 2022`, `2022 T3`),
 * `2022-S1`, `2022-03`, `2022`; a value counts at P when its period ends on or before P's end.
 */
import { describe, expect, it } from 'vitest';
import {
  countsAt,
  endsYear,
  latestPeriod,
  lengthOf,
  makePeriod,
  monthsElapsed,
  overlaps,
  parsePeriod,
  periodsUpTo,
  previousPeriod,
} from '../../src/compute/periods.js';
import { p } from '../helpers/compute.js';

describe('parsePeriod', () => {
  it.each([
    ['2022-T3', 'quarter', 3, '2022-T3'],
    ['2022-Q3', 'quarter', 3, '2022-T3'],
    ['T3 2022', 'quarter', 3, '2022-T3'],
    ['2022 T3', 'quarter', 3, '2022-T3'],
    ['2022-t3', 'quarter', 3, '2022-T3'],
    ['  2022-T1  ', 'quarter', 1, '2022-T1'],
    ['2022-S1', 'semester', 1, '2022-S1'],
    ['2022-S2', 'semester', 2, '2022-S2'],
    ['2022-03', 'month', 3, '2022-03'],
    ['2022-12', 'month', 12, '2022-12'],
    ['2022', 'year', 1, '2022'],
  ])('reads %s as a %s with index %i, spelled %s', (text, kind, index, label) => {
    const period = parsePeriod(text);
    expect(period).not.toBeNull();
    expect(period?.kind).toBe(kind);
    expect(period?.year).toBe(2022);
    expect(period?.index).toBe(index);
    expect(period?.label).toBe(label);
  });

  it.each(['2022-T5', '2022-T0', '2022-Q5', '2022-13', '2022-00', '2022-S3', '2022-S0', 'T5 2022'])(
    'rejects the impossible period %s',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it.each(['', 'troisième trimestre', '22-T3', '2022-X1', 'T3', '2022-T3-1'])(
    'rejects the non-period %j',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('gives every spelling of one quarter the same months', () => {
    const spellings = ['2022-T3', '2022-Q3', 'T3 2022', '2022 T3'].map(p);
    for (const period of spellings) {
      expect(period.startMonth).toBe(spellings[0].startMonth);
      expect(period.endMonth).toBe(spellings[0].endMonth);
    }
  });

  it('makes a quarter span three months, a semester six, a year twelve', () => {
    expect(p('2022-T3').endMonth - p('2022-T3').startMonth).toBe(2);
    expect(p('2022-S2').endMonth - p('2022-S2').startMonth).toBe(5);
    expect(p('2022').endMonth - p('2022').startMonth).toBe(11);
    expect(p('2022-03').endMonth).toBe(p('2022-03').startMonth);
  });
});

describe('countsAt', () => {
  it('does not count a year at one of its quarters before the last', () => {
    expect(countsAt(p('2022'), p('2022-T3'))).toBe(false);
  });

  it('counts a quarter at its year', () => {
    expect(countsAt(p('2022-T3'), p('2022'))).toBe(true);
  });

  it('counts a year at its last quarter, which ends the same day', () => {
    expect(countsAt(p('2022'), p('2022-T4'))).toBe(true);
  });

  it('counts a period at itself', () => {
    expect(countsAt(p('2022-T3'), p('2022-T3'))).toBe(true);
  });

  it('does not count a later quarter', () => {
    expect(countsAt(p('2022-T4'), p('2022-T3'))).toBe(false);
  });

  it('counts a month at the quarter it ends in, but not at an earlier quarter', () => {
    expect(countsAt(p('2022-09'), p('2022-T3'))).toBe(true);
    expect(countsAt(p('2022-10'), p('2022-T3'))).toBe(false);
  });

  it('counts a first semester at the second quarter but not at the first', () => {
    expect(countsAt(p('2022-S1'), p('2022-T2'))).toBe(true);
    expect(countsAt(p('2022-S1'), p('2022-T1'))).toBe(false);
  });

  it('counts any period of an earlier year', () => {
    expect(countsAt(p('2021'), p('2022-T1'))).toBe(true);
    expect(countsAt(p('2021-12'), p('2022-01'))).toBe(true);
  });
});

describe('latestPeriod', () => {
  it('takes the period that ends last', () => {
    expect(latestPeriod(['2022-T1', '2022-T3', '2021', '2022-T2'].map(p))?.label).toBe('2022-T3');
  });

  it('prefers the shortest period among those ending last (quarterly data gives 2022-T4, not 2022)', () => {
    expect(latestPeriod(['2022', '2022-T4', '2022-S2'].map(p))?.label).toBe('2022-T4');
    expect(latestPeriod(['2022-T4', '2022'].map(p))?.label).toBe('2022-T4');
  });

  it('has no latest period for no data', () => {
    expect(latestPeriod([])).toBeNull();
  });
});

describe('periodsUpTo (quarters)', () => {
  it('lists the quarters from the first quarter of the start year to the report quarter', () => {
    expect(periodsUpTo('quarter', 2021, p('2022-T2')).map((q) => q.label)).toEqual([
      '2021-T1',
      '2021-T2',
      '2021-T3',
      '2021-T4',
      '2022-T1',
      '2022-T2',
    ]);
  });

  it('ends with the last quarter of a yearly report period', () => {
    const quarters = periodsUpTo('quarter', 2022, p('2022'));
    expect(quarters.map((q) => q.label)).toEqual(['2022-T1', '2022-T2', '2022-T3', '2022-T4']);
  });

  it('lists nothing when the start year comes after the report period', () => {
    expect(periodsUpTo('quarter', 2023, p('2022-T4'))).toEqual([]);
  });

  it('gives quarters equal to the parsed ones', () => {
    expect(periodsUpTo('quarter', 2022, p('2022-T1'))).toEqual([makePeriod('quarter', 2022, 1)]);
    expect(periodsUpTo('quarter', 2022, p('2022-T1'))[0]).toEqual(p('2022-Q1'));
  });
});

describe('previousPeriod (P−1: the period of the same kind just before P)', () => {
  it.each([
    ['2022-T4', '2022-T3'],
    ['2022-T1', '2021-T4'], // a first quarter follows the last quarter of the year before
    ['2023-S1', '2022-S2'],
    ['2023-S2', '2023-S1'],
    ['2023-05', '2023-04'],
    ['2023-01', '2022-12'],
    ['2023', '2022'],
  ])('gives %s → %s', (label, before) => {
    expect(previousPeriod(p(label))).toEqual(p(before));
  });

  it('ends the month before P starts', () => {
    // 2022-T3 starts in July 2022: P−1 ends in June 2022.
    expect(previousPeriod(p('2022-T3')).endMonth).toBe(p('2022-T3').startMonth - 1);
  });
});

describe('monthsElapsed and endsYear (f = months / 12 for a target at P)', () => {
  it.each([
    ['2023-T1', 3], // f = 3/12
    ['2023-T2', 6],
    ['2023-T3', 9],
    ['2023-T4', 12],
    ['2023-S1', 6], // f = 6/12
    ['2023-S2', 12],
    ['2023-01', 1],
    ['2023-05', 5], // f = 5/12
    ['2023-12', 12],
    ['2023', 12],
  ])('counts the months of its year elapsed at the end of %s: %i', (label, months) => {
    expect(monthsElapsed(p(label))).toBe(months);
  });

  it.each(['2023-T4', '2023-S2', '2023-12', '2023'])('says %s ends its year', (label) => {
    expect(endsYear(p(label))).toBe(true);
  });

  it.each(['2023-T1', '2023-T3', '2023-S1', '2023-11', '2023-01'])(
    'says %s does not end its year',
    (label) => {
      expect(endsYear(p(label))).toBe(false);
    },
  );
});

describe('overlaps and lengthOf (overlapping periods of one series)', () => {
  it.each([
    ['2022-T1', '2022-S1'], // T1 is the first half of S1
    ['2022-T2', '2022-S1'],
    ['2022-03', '2022-T1'], // a month and its quarter
    ['2022-07', '2022'], // a month and its year
    ['2022-T4', '2022'],
    ['2022-S2', '2022-T3'],
  ])('finds %s and %s overlapping, either way round', (a, b) => {
    expect(overlaps(p(a), p(b))).toBe(true);
    expect(overlaps(p(b), p(a))).toBe(true);
  });

  it.each([
    ['2022-T1', '2022-T2'], // adjacent quarters share no month
    ['2022-03', '2022-04'],
    ['2022-S1', '2022-T3'],
    ['2021-T4', '2022-S1'],
    ['2021', '2022-01'],
  ])('finds %s and %s apart', (a, b) => {
    expect(overlaps(p(a), p(b))).toBe(false);
  });

  it('does not take a period for overlapping itself: that is a duplicate, not an overlap', () => {
    expect(overlaps(p('2022-T1'), p('2022-Q1'))).toBe(false);
  });

  it('measures a month as 1, a quarter 3, a semester 6, a year 12: the finer is the shorter', () => {
    expect([p('2022-03'), p('2022-T1'), p('2022-S1'), p('2022')].map(lengthOf)).toEqual([1, 3, 6, 12]);
  });
});

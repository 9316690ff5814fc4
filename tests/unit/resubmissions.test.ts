/**
 * Resubmissions (docs/rules.md, "Resubmissions and double counts"): when two workbooks carry the
 * same entity and period and both have a `Date de soumission`, the later one replaces the earlier;
 * without dates, or with equal dates, nothing is replaced (duplicates are then judged value by
 * value, checks.ts).
 */
import { describe, expect, it } from 'vitest';
import { supersededSubmissions } from '../../src/compute/resubmissions.js';
import type { Submission } from '../../src/model/plan.js';

function s(file: string, submittedOn: string | null, more: Partial<Submission> = {}): Submission {
  return { file, entity: 'DR Kayes', period: '2022-T3', submittedOn, ...more };
}

describe('supersededSubmissions', () => {
  it('replaces the earlier of two dated reports of one entity and period by the later', () => {
    // v2 (2022-10-20) is later than v1 (2022-10-05): v1 goes, whatever the order of the files.
    expect(
      supersededSubmissions([s('kayes-v2.xlsx', '2022-10-20'), s('kayes-v1.xlsx', '2022-10-05')]),
    ).toEqual([
      {
        file: 'kayes-v1.xlsx',
        by: 'kayes-v2.xlsx',
        entity: 'DR Kayes',
        period: '2022-T3',
        earlier: '2022-10-05',
        later: '2022-10-20',
      },
    ]);
  });

  it('replaces nothing when the dates are equal', () => {
    expect(supersededSubmissions([s('a.xlsx', '2022-10-05'), s('b.xlsx', '2022-10-05')])).toEqual([]);
  });

  it('replaces nothing when one of the two reports has no date', () => {
    expect(supersededSubmissions([s('a.xlsx', '2022-10-20'), s('b.xlsx', null)])).toEqual([]);
    expect(supersededSubmissions([s('a.xlsx', null), s('b.xlsx', null)])).toEqual([]);
  });

  it('replaces nothing across periods or entities', () => {
    expect(
      supersededSubmissions([
        s('t3.xlsx', '2022-10-05'),
        s('t4.xlsx', '2023-01-10', { period: '2022-T4' }),
        s('gao.xlsx', '2022-10-20', { entity: 'DR Gao' }),
      ]),
    ).toEqual([]);
  });

  it('replaces nothing for a report without entity or period', () => {
    expect(
      supersededSubmissions([
        s('a.xlsx', '2022-10-05', { entity: null }),
        s('b.xlsx', '2022-10-20', { entity: null }),
        s('c.xlsx', '2022-10-05', { period: null }),
        s('d.xlsx', '2022-10-20', { period: null }),
      ]),
    ).toEqual([]);
  });

  it('knows one entity whatever its case, accents and spaces', () => {
    // « dr  kayès » is DR Kayes: the later of the two replaces the earlier.
    const found = supersededSubmissions([
      s('a.xlsx', '2022-10-05'),
      s('b.xlsx', '2022-10-20', { entity: 'dr  kayès' }),
    ]);
    expect(found.map((x) => [x.file, x.by])).toEqual([['a.xlsx', 'b.xlsx']]);
  });

  it('replaces every earlier report by the latest of three, listed in file order', () => {
    const found = supersededSubmissions([
      s('c.xlsx', '2022-10-01'),
      s('b.xlsx', '2022-10-30'),
      s('a.xlsx', '2022-10-15'),
    ]);
    expect(found.map((x) => [x.file, x.by, x.earlier, x.later])).toEqual([
      ['a.xlsx', 'b.xlsx', '2022-10-15', '2022-10-30'],
      ['c.xlsx', 'b.xlsx', '2022-10-01', '2022-10-30'],
    ]);
  });

  it('replaces an earlier report when two later ones share the latest date, but not those two', () => {
    // b and c (2022-10-30) are judged value by value; a (2022-10-15) is replaced by one of them.
    const found = supersededSubmissions([
      s('a.xlsx', '2022-10-15'),
      s('b.xlsx', '2022-10-30'),
      s('c.xlsx', '2022-10-30'),
    ]);
    expect(found.map((x) => x.file)).toEqual(['a.xlsx']);
    expect(['b.xlsx', 'c.xlsx']).toContain(found[0].by);
  });
});

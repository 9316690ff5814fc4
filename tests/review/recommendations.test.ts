/**
 * The follow-up of recommendations at P (src/compute/recommendations.ts, docs/review.md), from
 * rows written by hand: the state at P, the deadline rule, the changes since P−1, undated rows,
 * and the rows of one recommendation given twice for one period.
 */
import { describe, expect, it } from 'vitest';
import { type Period, parsePeriod } from '../../src/compute/periods.js';
import {
  checkRecommendations,
  isOverdue,
  lastDay,
  recommendationsAt,
} from '../../src/compute/recommendations.js';
import type { Deadline, RecommendationRow, RecommendationStatus } from '../../src/model/recommendations.js';

const P = (label: string) => parsePeriod(label) as Period;

function deadline(label: string): Deadline {
  const p = parsePeriod(label);
  return p && !/^\d{4}-\d{2}-\d{2}$/.test(label)
    ? { label: p.label, kind: 'period', end: lastDay(p) }
    : { label, kind: 'date', end: label };
}

let line = 1;
function row(
  number: string,
  period: string | null,
  status: RecommendationStatus,
  due: string | null = null,
  more: Partial<RecommendationRow> = {},
): RecommendationRow {
  line++;
  return {
    number,
    text: `Recommandation ${number}`,
    axis: 'A1',
    responsible: 'DGME',
    deadline: due ? deadline(due) : null,
    status,
    comment: null,
    period,
    file: 'recommandations.xlsx',
    sheet: 'Recommandations',
    row: line,
    cell: `B${line}`,
    ...more,
  };
}

/** The acceptance fixture (tests/fixtures-review/make_review_fixtures.py): eight rows, three quarters. */
const FIXTURE = [
  row('R1', '2022-T2', 'not-started', '2022-T3'),
  row('R2', '2022-T2', 'not-started', '2022-09-30'),
  row('R3', '2022-T2', 'done', '2022-T2'),
  row('R1', '2022-T3', 'in-progress', '2022-T3'),
  row('R4', '2022-T3', 'not-started', '2023-T2'),
  row('R5', '2022-T3', 'abandoned', '2022-T4'),
  row('R1', '2022-T4', 'in-progress', '2022-T3'),
  row('R4', '2022-T4', 'in-progress', '2023-T2'),
];

describe('the last day of a period', () => {
  it('is the end of its last month', () => {
    expect(lastDay(P('2022-T3'))).toBe('2022-09-30');
    expect(lastDay(P('2024-02'))).toBe('2024-02-29');
    expect(lastDay(P('2023-S1'))).toBe('2023-06-30');
    expect(lastDay(P('2023'))).toBe('2023-12-31');
  });
});

describe('a deadline passed at P', () => {
  it('is one whose last day is before P’s last day, for an open recommendation', () => {
    // Due 2022-T3 (ends 2022-09-30): not passed at 2022-T3 itself, passed at 2022-T4 and at 2022-10.
    const open = { deadline: deadline('2022-T3'), status: 'in-progress' as const };
    expect(isOverdue(open, P('2022-T3'))).toBe(false);
    expect(isOverdue(open, P('2022-T4'))).toBe(true);
    expect(isOverdue(open, P('2022-10'))).toBe(true);
    // A day: 2022-09-30 is not before 2022-09-30, the last day of 2022-09.
    const day = { deadline: deadline('2022-09-30'), status: 'not-started' as const };
    expect(isOverdue(day, P('2022-09'))).toBe(false);
    expect(isOverdue(day, P('2022-10'))).toBe(true);
  });

  it('is never one for a recommendation done or abandoned, or without a deadline', () => {
    expect(isOverdue({ deadline: deadline('2020'), status: 'done' }, P('2023'))).toBe(false);
    expect(isOverdue({ deadline: deadline('2020'), status: 'abandoned' }, P('2023'))).toBe(false);
    expect(isOverdue({ deadline: null, status: 'not-started' }, P('2023'))).toBe(false);
  });
});

describe('the follow-up at P', () => {
  it('takes each recommendation’s latest row up to P: the acceptance fixture at 2022-T4', () => {
    const r = recommendationsAt(FIXTURE, P('2022-T4'));
    // R1 en cours (T4 row), R2 non entamée (T2), R3 réalisée (T2), R4 en cours (T4), R5 abandonnée (T3).
    expect(r.items.map((i) => [i.number, i.status, i.updated])).toEqual([
      ['R1', 'in-progress', '2022-T4'],
      ['R2', 'not-started', '2022-T2'],
      ['R3', 'done', '2022-T2'],
      ['R4', 'in-progress', '2022-T4'],
      ['R5', 'abandoned', '2022-T3'],
    ]);
    expect(r.count).toBe(5);
    expect(r.counts).toEqual({ 'not-started': 1, 'in-progress': 2, done: 1, abandoned: 1 });
    // Overdue: R1 (due 2022-09-30) and R2 (2022-09-30), open; R3's 2022-T2 passed but it is done,
    // R5's 2022-T4 is abandoned, R4's 2023-T2 is to come.
    expect(r.items.filter((i) => i.overdue).map((i) => i.number)).toEqual(['R1', 'R2']);
    expect(r.overdue).toBe(2);
  });

  it('compares with P−1: the state at 2022-T3, and R4 the one change (non entamée → en cours)', () => {
    const r = recommendationsAt(FIXTURE, P('2022-T4'));
    expect(r.previousPeriod).toBe('2022-T3');
    // At 2022-T3: R1 en cours, R2 non entamée, R3 réalisée, R4 non entamée, R5 abandonnée; nothing
    // overdue yet (R1 and R2 are due on 2022-09-30, T3's last day).
    expect(r.previous).toEqual({
      count: 5,
      counts: { 'not-started': 2, 'in-progress': 1, done: 1, abandoned: 1 },
      overdue: 0,
    });
    expect(r.changes).toEqual([{ number: 'R4', kind: 'status', from: 'not-started', to: 'in-progress' }]);
    expect(r.items.find((i) => i.number === 'R4')?.change).toBe('status');
    expect(r.items.find((i) => i.number === 'R1')?.change).toBeNull();
  });

  it('counts a recommendation with no row up to P−1 as new', () => {
    const r = recommendationsAt(FIXTURE, P('2022-T3'));
    // At 2022-T3 against 2022-T2: R1 non entamée → en cours; R4 and R5 appear.
    expect(r.changes).toEqual([
      { number: 'R1', kind: 'status', from: 'not-started', to: 'in-progress' },
      { number: 'R4', kind: 'new', from: null, to: 'not-started' },
      { number: 'R5', kind: 'new', from: null, to: 'abandoned' },
    ]);
  });

  it('leaves out rows dated after P, and has no history before the first dated row', () => {
    const r = recommendationsAt(FIXTURE, P('2022-T2'));
    expect(r.items.map((i) => i.number)).toEqual(['R1', 'R2', 'R3']);
    // Nothing is dated up to 2022-T1: no comparison, no change listed, none called new.
    expect(r.previousPeriod).toBeNull();
    expect(r.previous).toBeNull();
    expect(r.changes).toEqual([]);
    expect(r.items.every((i) => i.change === null && i.previous === null)).toBe(true);
  });

  it('holds an undated row at every period until a dated row replaces it', () => {
    const rows = [
      row('1', null, 'not-started', '2023-T1'),
      row('2', null, 'done'),
      row('1', '2023-T3', 'done'),
    ];
    const at = (p: string) => recommendationsAt(rows, P(p)).items.map((i) => [i.number, i.status]);
    expect(at('2023-T2')).toEqual([
      ['1', 'not-started'],
      ['2', 'done'],
    ]);
    expect(at('2023-T3')).toEqual([
      ['1', 'done'],
      ['2', 'done'],
    ]);
    // At 2023-T2, P−1 = 2023-T1 holds no dated row: undated rows alone are no history.
    expect(recommendationsAt(rows, P('2023-T2')).previousPeriod).toBeNull();
    // At 2023-T4, P−1 = 2023-T3 holds one: recommendation 1 was already done then.
    expect(recommendationsAt(rows, P('2023-T4')).changes).toEqual([]);
  });

  it('orders recommendations as people number them (2 before 10)', () => {
    const rows = [row('10', null, 'done'), row('2', null, 'done'), row('R1', null, 'done')];
    expect(recommendationsAt(rows, P('2023')).items.map((i) => i.number)).toEqual(['2', '10', 'R1']);
  });
});

describe('one recommendation given twice for one period', () => {
  it('is one row when the two say the same (a warning), an error when they differ', () => {
    const a = row('R1', '2022-T3', 'in-progress', '2022-T4');
    const same = { ...row('R1', '2022-T3', 'in-progress', '2022-T4'), file: 'copie.xlsx' };
    const other = row('R1', '2022-T3', 'done', '2022-T4');
    const different = row('r1', '2022-T4', 'done');
    const { rows, issues } = checkRecommendations([a, same, other, different]);
    expect(rows).toEqual([a, different]);
    expect(issues.map((i) => [i.code, i.severity, i.file, i.cell, i.params.first])).toEqual([
      [
        'duplicate-recommendation',
        'warning',
        'copie.xlsx',
        same.cell,
        `recommandations.xlsx › Recommandations › ${a.cell}`,
      ],
      [
        'duplicate-recommendation',
        'error',
        'recommandations.xlsx',
        other.cell,
        `recommandations.xlsx › Recommandations › ${a.cell}`,
      ],
    ]);
  });

  it('treats two undated rows alike, and rows of different periods as the follow-up', () => {
    expect(checkRecommendations([row('1', null, 'done'), row('1', null, 'in-progress')]).issues).toHaveLength(
      1,
    );
    expect(checkRecommendations(FIXTURE).issues).toEqual([]);
  });
});

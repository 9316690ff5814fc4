/**
 * The period a report is drawn at (src/compute/period-choice.ts; README, `--period`): one pure
 * function, each case by hand. A value counts at P when it ends by P's end.
 */
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/compute/period-choice.js';
import { type Period, parsePeriod } from '../../src/compute/periods.js';

const p = (label: string): Period => parsePeriod(label) as Period;
const plan = { startYear: 2020, endYear: 2024 };
const labelOf = (c: ReturnType<typeof resolvePeriod>) => (c.ok ? c.period.label : c.problem);

describe('resolvePeriod', () => {
  it('takes the period asked when a value counts at it', () => {
    // 2021-T2 ends in June 2021; the value of 2021-T1 ends in March: it counts.
    expect(labelOf(resolvePeriod(p('2021-T2'), [p('2021-T1'), p('2022-T3')], plan))).toBe('2021-T2');
  });

  it('takes a period asked after every value (they all count at it)', () => {
    expect(labelOf(resolvePeriod(p('2024'), [p('2021-T1')], plan))).toBe('2024');
  });

  it('defaults to the latest period the values give, whatever their order', () => {
    expect(labelOf(resolvePeriod(null, [p('2022-T3'), p('2020-T1'), p('2022-T1'), p('2022-T3')], plan))).toBe(
      '2022-T3',
    );
  });

  it('of a year and its last quarter, which end together, the default is the quarter (its start is later)', () => {
    // 2022 runs Jan–Dec 2022, 2022-T4 Oct–Dec 2022: same end; T4 starts later.
    expect(labelOf(resolvePeriod(null, [p('2022'), p('2022-T4')], plan))).toBe('2022-T4');
    expect(labelOf(resolvePeriod(null, [p('2022-T4'), p('2022')], plan))).toBe('2022-T4');
  });

  it('of a semester and a month ending later, the default is the month', () => {
    // 2023-S1 ends in June 2023, 2023-07 in July.
    expect(labelOf(resolvePeriod(null, [p('2023-S1'), p('2023-07')], plan))).toBe('2023-07');
  });

  it('says there is no value at all when the data give no period, asked or not', () => {
    expect(resolvePeriod(null, [], plan)).toEqual({ ok: false, problem: 'no-values' });
    expect(resolvePeriod(p('2021-T2'), [], plan)).toEqual({ ok: false, problem: 'no-values' });
  });

  it('says which periods the data cover when none counts at the period asked', () => {
    // Asked 2020-T3 (ends Sept 2020); the values end in 2021 and 2022: none counts.
    const choice = resolvePeriod(p('2020-T3'), [p('2022-T1'), p('2021-T4'), p('2022-T1')], plan);
    expect(choice.ok).toBe(false);
    if (choice.ok || choice.problem !== 'period-without-values') throw new Error(JSON.stringify(choice));
    expect(choice.asked.label).toBe('2020-T3');
    expect(choice.covered.map((c) => c.label)).toEqual(['2021-T4', '2022-T1']);
  });

  it('refuses a period outside the plan’s years, before looking at the values', () => {
    expect(resolvePeriod(p('2030-T1'), [p('2022-T1')], plan)).toMatchObject({
      ok: false,
      problem: 'outside-plan',
      from: 2020,
      to: 2024,
    });
    expect(resolvePeriod(p('2019'), [], plan)).toMatchObject({ ok: false, problem: 'outside-plan' });
  });

  it('takes the plan’s first and last years as inside it', () => {
    expect(labelOf(resolvePeriod(p('2020-T1'), [p('2020-T1')], plan))).toBe('2020-T1');
    expect(labelOf(resolvePeriod(p('2024-T4'), [p('2020-T1')], plan))).toBe('2024-T4');
  });

  it('does not check the years of a plan that gives none', () => {
    const open = { startYear: null, endYear: null };
    expect(labelOf(resolvePeriod(p('2030-T1'), [p('2022-T1')], open))).toBe('2030-T1');
    expect(labelOf(resolvePeriod(p('2030-T1'), [p('2022-T1')], { startYear: 2020, endYear: null }))).toBe(
      '2030-T1',
    );
  });
});

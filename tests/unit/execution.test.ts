/**
 * Physical and financial execution (docs/rules.md, "Physical and financial execution"): activities
 * réalisées / activities planned, the status being that of the latest report up to P; an
 * activity with no report counts as planned and not done; financial execution = Σ disbursed up
 * to P / Σ planned budget, null with a reason when the budget is missing or zero.
 */
import { describe, expect, it } from 'vitest';
import { activitiesAt, executionOf } from '../../src/compute/execution.js';
import { periodResolver } from '../../src/compute/model.js';
import type { Activity, ActivityReport, ActivityStatus, Result } from '../../src/model/plan.js';
import { p } from '../helpers/compute.js';

const at = { file: 'plan.xlsx', sheet: 'Activités', cell: 'A2' };

function activity(
  code: string,
  budget: number | null,
  result: string | null,
  axis: string | null = null,
): Activity {
  return { code, result, axis, label: code, responsible: [], budget, at };
}

function report(
  activityCode: string,
  period: string,
  status: ActivityStatus | null,
  disbursed: number | null = null,
  progress: number | null = null,
): ActivityReport {
  return {
    activity: activityCode,
    entity: 'DGME',
    period,
    status,
    progress,
    disbursed,
    file: `${period}.xlsx`,
    sheet: 'Activités',
    cell: 'A2',
  };
}

const results: Result[] = [
  { code: 'R1', axis: 'A1', label: '', level: null, weight: 1 },
  { code: 'R2', axis: 'A2', label: '', level: null, weight: 1 },
];

describe('physical execution', () => {
  it('reads each activity at its latest report up to P, over several periods', () => {
    const plan = { results, activities: [activity('AC1', 100, 'R1'), activity('AC2', 100, 'R1')] };
    const reports = [
      report('AC1', '2022-T1', 'not-started'),
      report('AC1', '2022-T3', 'done'),
      report('AC1', '2022-T2', 'in-progress'),
      report('AC2', '2022-T1', 'in-progress'),
      // After P: ignored.
      report('AC2', '2023-T1', 'done'),
    ];
    const acts = activitiesAt(plan, reports, p('2022-T4'), periodResolver());
    expect(acts.map((a) => a.status)).toEqual(['done', 'in-progress']);
    expect(acts[0].lastPeriod).toBe('2022-T3');
    const e = executionOf(acts);
    // 1 done of 2 planned.
    expect(e).toMatchObject({
      planned: 2,
      done: 1,
      inProgress: 1,
      notStarted: 0,
      abandoned: 0,
      notReported: 0,
      physicalRate: 0.5,
    });
  });

  it('counts an activity with no report as planned, not done', () => {
    const plan = {
      results,
      activities: [activity('AC1', 100, 'R1'), activity('AC2', 100, 'R1'), activity('AC3', 100, 'R1')],
    };
    const acts = activitiesAt(plan, [report('AC1', '2022-T1', 'done')], p('2022-T4'), periodResolver());
    const e = executionOf(acts);
    // 1 done of 3 planned; AC2 and AC3 never reported.
    expect(e).toMatchObject({ planned: 3, done: 1, notReported: 2, physicalRate: 1 / 3 });
  });

  it('keeps abandoned activities in the planned count (42 of 60 done = 70 %)', () => {
    const activities = Array.from({ length: 60 }, (_, n) => activity(`AC${n}`, 10, 'R1'));
    const statuses: ActivityStatus[] = ['done', 'in-progress', 'not-started', 'abandoned'];
    const counts = [42, 10, 5, 3];
    const reports: ActivityReport[] = [];
    let n = 0;
    statuses.forEach((s, k) => {
      for (let i = 0; i < counts[k]; i++) reports.push(report(`AC${n++}`, '2022-T2', s));
    });
    const e = executionOf(activitiesAt({ results, activities }, reports, p('2022-T4'), periodResolver()));
    expect(e).toMatchObject({
      planned: 60,
      done: 42,
      inProgress: 10,
      notStarted: 5,
      abandoned: 3,
      notReported: 0,
    });
    expect(e.physicalRate).toBeCloseTo(0.7, 12);
  });

  it('takes the mean of the latest progress; done without a figure is 100 %, not started 0 %', () => {
    const plan = { results, activities: ['AC1', 'AC2', 'AC3', 'AC4'].map((c) => activity(c, 100, 'R1')) };
    const reports = [
      report('AC1', '2022-T1', 'in-progress', null, 20),
      report('AC1', '2022-T2', 'in-progress', null, 60),
      report('AC2', '2022-T1', 'done'),
      report('AC3', '2022-T1', 'not-started'),
    ];
    const e = executionOf(activitiesAt(plan, reports, p('2022-T4'), periodResolver()));
    // (0.6 + 1 + 0) / 3; AC4 has no report and no progress.
    expect(e.meanProgress).toBeCloseTo(1.6 / 3, 12);
  });

  it('has no rate, with a reason, when nothing is planned', () => {
    expect(executionOf([])).toMatchObject({
      planned: 0,
      physicalRate: null,
      physicalReason: 'no-activities',
    });
  });

  it('places an activity in an axis through its result, else through its own axis', () => {
    const plan = {
      results,
      activities: [
        activity('AC1', 1, 'R2'),
        activity('AC2', 1, null, 'A1'),
        activity('AC3', 1, 'R9', 'A1'),
        activity('AC4', 1, null),
      ],
    };
    const acts = activitiesAt(plan, [], p('2022-T4'), periodResolver());
    expect(acts.map((a) => a.axis)).toEqual(['A2', 'A1', 'A1', null]);
  });
});

describe('financial execution', () => {
  it('divides what was disbursed up to P, summed over periods, by the planned budget', () => {
    const plan = { results, activities: [activity('AC1', 1000, 'R1'), activity('AC2', 3000, 'R1')] };
    const reports = [
      report('AC1', '2022-T1', 'in-progress', 200),
      report('AC1', '2022-T2', 'in-progress', 300),
      report('AC2', '2022-T2', 'in-progress', 700),
      // After P: not counted.
      report('AC2', '2023-T1', 'done', 5000),
    ];
    const acts = activitiesAt(plan, reports, p('2022-T4'), periodResolver());
    expect(acts.map((a) => a.disbursed)).toEqual([500, 700]);
    const e = executionOf(acts);
    // (200 + 300 + 700) / (1000 + 3000) = 0.3
    expect(e).toMatchObject({ budget: 4000, disbursed: 1200, financialReason: null });
    expect(e.financialRate).toBeCloseTo(0.3, 12);
  });

  it('counts disbursements of an activity with no planned budget, over the budgets given', () => {
    const plan = { results, activities: [activity('AC1', 1000, 'R1'), activity('AC2', null, 'R1')] };
    const e = executionOf(
      activitiesAt(
        plan,
        [report('AC1', '2022-T1', null, 500), report('AC2', '2022-T1', null, 250)],
        p('2022-T4'),
        periodResolver(),
      ),
    );
    expect(e).toMatchObject({ budget: 1000, disbursed: 750, financialRate: 0.75 });
  });

  it('is null with a reason when the budget is missing or zero', () => {
    const missing = executionOf(
      activitiesAt(
        { results, activities: [activity('AC1', null, 'R1')] },
        [report('AC1', '2022-T1', 'done', 10)],
        p('2022-T4'),
        periodResolver(),
      ),
    );
    expect(missing).toMatchObject({
      budget: null,
      disbursed: 10,
      financialRate: null,
      financialReason: 'no-budget',
    });
    const zero = executionOf(
      activitiesAt(
        { results, activities: [activity('AC1', 0, 'R1')] },
        [report('AC1', '2022-T1', 'done', 10)],
        p('2022-T4'),
        periodResolver(),
      ),
    );
    expect(zero).toMatchObject({ budget: 0, financialRate: null, financialReason: 'zero-budget' });
  });
});

describe('execution against what is due', () => {
  const scheduled = (code: string, end: string | null, more: Partial<Activity> = {}): Activity => ({
    ...activity(code, 100, 'R1'),
    start: '2020',
    end,
    ...more,
  });

  it('counts the activities due by P: those whose end period has passed, and those with none', () => {
    const plan = {
      results,
      activities: [
        scheduled('AC1', '2021'), // due, done
        scheduled('AC2', '2022-T2'), // due, in progress
        scheduled('AC3', '2022'), // due at 2022-T4, done
        scheduled('AC4', '2023'), // not yet due, done ahead of time
        scheduled('AC5', '2024'), // not yet due, in progress
        scheduled('AC6', null), // no end: counted as due, not started
      ],
    };
    const reports = [
      report('AC1', '2021-T3', 'done'),
      report('AC2', '2022-T1', 'in-progress'),
      report('AC3', '2022-T4', 'done'),
      report('AC4', '2022-T3', 'done'),
      report('AC5', '2022-T3', 'in-progress'),
      report('AC6', '2022-T3', 'not-started'),
    ];
    const acts = activitiesAt(plan, reports, p('2022-T4'), periodResolver());
    expect(acts.map((a) => [a.code, a.due])).toEqual([
      ['AC1', true],
      ['AC2', true],
      ['AC3', true],
      ['AC4', false],
      ['AC5', false],
      ['AC6', true],
    ]);
    const e = executionOf(acts);
    // Due: AC1, AC2, AC3, AC6 = 4; done among them: AC1, AC3 = 2 → 2 / 4 = 50 %, not 3 / 6.
    expect(e).toMatchObject({ planned: 6, due: 4, scheduled: 5, done: 3, doneDue: 2, doneAhead: 1 });
    expect(e.physicalRate).toBe(0.5);
    // At 2022-T3 the 2022 activity is not due yet: AC1, AC2, AC6 → 1 of 3 done.
    const earlier = executionOf(activitiesAt(plan, reports, p('2022-T3'), periodResolver()));
    expect(earlier).toMatchObject({ due: 3, doneDue: 1 });
    expect(earlier.physicalRate).toBeCloseTo(1 / 3, 12);
  });

  it('counts every activity as due when the plan gives no end, as before', () => {
    const plan = { results, activities: [activity('AC1', 100, 'R1'), activity('AC2', 100, 'R1')] };
    const e = executionOf(
      activitiesAt(plan, [report('AC1', '2022-T1', 'done')], p('2022-T4'), periodResolver()),
    );
    expect(e).toMatchObject({
      planned: 2,
      due: 2,
      scheduled: 0,
      doneDue: 1,
      doneAhead: 0,
      physicalRate: 0.5,
    });
  });

  it('has no physical rate, with a reason, when nothing is due yet', () => {
    const plan = { results, activities: [scheduled('AC1', '2024')] };
    const e = executionOf(
      activitiesAt(plan, [report('AC1', '2022-T1', 'done')], p('2022-T4'), periodResolver()),
    );
    expect(e).toMatchObject({ due: 0, doneAhead: 1, physicalRate: null, physicalReason: 'nothing-due' });
  });

  it('gives the budget planned up to the end of P’s year when the plan gives it by year', () => {
    const plan = {
      results,
      activities: [
        scheduled('AC1', '2024', { budget: 600, budgets: { '2021': 100, '2022': 200, '2023': 300 } }),
        scheduled('AC2', '2022', { budget: 400, budgets: { '2022': 400 } }),
      ],
    };
    const reports = [report('AC1', '2022-T2', 'in-progress', 150), report('AC2', '2022-T3', 'done', 450)];
    const acts = activitiesAt(plan, reports, p('2022-T3'), periodResolver());
    // AC1: 100 + 200 up to 2022; AC2: 400.
    expect(acts.map((a) => a.budgetToDate)).toEqual([300, 400]);
    const e = executionOf(acts);
    // Disbursed 600: 600 / 1 000 of the whole budget, 600 / 700 of the budget to the end of 2022.
    expect(e).toMatchObject({ budget: 1000, budgetToDate: 700, disbursed: 600, financialRate: 0.6 });
    expect(e.financialRateToDate).toBeCloseTo(600 / 700, 12);
  });

  it('gives no budget to date when one budgeted activity gives only a total', () => {
    const plan = {
      results,
      activities: [
        scheduled('AC1', '2024', { budget: 600, budgets: { '2022': 600 } }),
        activity('AC2', 400, 'R1'),
      ],
    };
    const e = executionOf(activitiesAt(plan, [], p('2022-T4'), periodResolver()));
    expect(e).toMatchObject({ budget: 1000, budgetToDate: null, financialRateToDate: null });
  });
});

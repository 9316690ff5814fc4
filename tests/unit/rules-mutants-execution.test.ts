/**
 * Physical and financial execution (docs/rules.md, "Physical and financial execution"): the status
 * and progress of an activity are those of its latest report up to P — the latest by period end,
 * then the finer period, then file, sheet and cell, whatever order the reports come in — and a
 * report that leaves a figure blank does not erase an earlier one. Financial execution never shows
 * an overflowed sum: it has no figure instead.
 */
import { describe, expect, it } from 'vitest';
import { activitiesAt, executionOf } from '../../src/compute/execution.js';
import { periodResolver } from '../../src/compute/model.js';
import type { Activity, ActivityReport, ActivityStatus, Result } from '../../src/model/plan.js';
import { p } from '../helpers/compute.js';

const at = { file: 'plan.xlsx', sheet: 'Activités', cell: 'A2' };
const results: Result[] = [{ code: 'R1', axis: 'A1', label: '', level: null, weight: 1 }];

function activity(code: string, budget: number | null = 100): Activity {
  return { code, result: 'R1', axis: null, label: code, responsible: [], budget, at };
}

function report(more: Partial<ActivityReport> & { period: string }): ActivityReport {
  return {
    activity: 'AC1',
    entity: 'DGME',
    status: null,
    progress: null,
    disbursed: null,
    file: 'a.xlsx',
    sheet: 'Activités',
    cell: 'A2',
    ...more,
  };
}

/** The one activity AC1 as of `period`, from `reports` given in this order and in reverse. */
function bothOrders(reports: ActivityReport[], period = '2022-T4') {
  const plan = { results, activities: [activity('AC1')] };
  const forward = activitiesAt(plan, reports, p(period), periodResolver())[0];
  const backward = activitiesAt(plan, [...reports].reverse(), p(period), periodResolver())[0];
  expect(backward).toEqual(forward);
  return forward;
}

describe('the latest report of an activity', () => {
  it('is the one whose period ends last, not the one that starts last', () => {
    // The yearly report (Jan–Dec) ends after the T2 report (Apr–Jun): its status holds.
    const a = bothOrders([
      report({ period: '2022', status: 'done' }),
      report({ period: '2022-T2', status: 'in-progress' }),
    ]);
    expect(a.status).toBe('done');
    expect(a.lastPeriod).toBe('2022');
  });

  it('is, for one period, the one in the later file, whatever its sheet and cell', () => {
    const a = bothOrders([
      report({ period: '2022-T3', status: 'done', file: 'b.xlsx', cell: 'A2' }),
      report({ period: '2022-T3', status: 'abandoned', file: 'a.xlsx', cell: 'A9' }),
    ]);
    expect(a.status).toBe('done');
  });

  it('is, for one period and file, the one in the later sheet, then the later cell', () => {
    const bySheet = bothOrders([
      report({ period: '2022-T3', status: 'done', sheet: 'Suivi', cell: 'A2' }),
      report({ period: '2022-T3', status: 'abandoned', sheet: 'Activités', cell: 'A9' }),
    ]);
    expect(bySheet.status).toBe('done');
    const byCell = bothOrders([
      report({ period: '2022-T3', status: 'done', cell: 'A3' }),
      report({ period: '2022-T3', status: 'abandoned', cell: 'A2' }),
    ]);
    expect(byCell.status).toBe('done');
  });

  it('keeps the last status and progress given when a later report leaves them blank', () => {
    const a = bothOrders([
      report({ period: '2022-T1', status: 'in-progress', progress: 40 }),
      report({ period: '2022-T2', disbursed: 25 }),
    ]);
    expect(a).toMatchObject({ status: 'in-progress', progress: 0.4, disbursed: 25, lastPeriod: '2022-T2' });
  });
});

describe('progress implied by the status', () => {
  it('is unknown for an activity in progress without a figure; 0 not started; 1 done', () => {
    const plan = { results, activities: ['AC1', 'AC2', 'AC3'].map((c) => activity(c)) };
    const statuses: ActivityStatus[] = ['in-progress', 'not-started', 'done'];
    const reports = statuses.map((status, n) =>
      report({ activity: `AC${n + 1}`, period: '2022-T1', status }),
    );
    const acts = activitiesAt(plan, reports, p('2022-T4'), periodResolver());
    expect(acts.map((a) => a.progress)).toEqual([null, 0, 1]);
    // Mean of the known ones: (0 + 1) / 2.
    expect(executionOf(acts).meanProgress).toBe(0.5);
  });
});

describe('financial execution', () => {
  it('gives each activity its own disbursed / budget', () => {
    const plan = { results, activities: [activity('AC1', 1000), activity('AC2', 400)] };
    const reports = [
      report({ period: '2022-T1', disbursed: 200 }),
      report({ period: '2022-T2', disbursed: 300 }),
      report({ activity: 'AC2', period: '2022-T2', disbursed: 100 }),
    ];
    const acts = activitiesAt(plan, reports, p('2022-T4'), periodResolver());
    // 500 / 1000 and 100 / 400.
    expect(acts.map((a) => a.financialRate)).toEqual([0.5, 0.25]);
  });

  it('has no disbursed sum nor rate when one activity’s disbursements overflow', () => {
    const plan = { results, activities: [activity('AC1', 1000), activity('AC2', 1000)] };
    const reports = [
      report({ period: '2022-T1', disbursed: 1e308 }),
      report({ period: '2022-T2', disbursed: 1e308 }),
      report({ activity: 'AC2', period: '2022-T2', disbursed: 100 }),
    ];
    const acts = activitiesAt(plan, reports, p('2022-T4'), periodResolver());
    // 1e308 + 1e308 = Infinity: AC1 has no figure, and neither has the total.
    expect(acts.map((a) => a.disbursed)).toEqual([null, 100]);
    expect(executionOf(acts)).toMatchObject({
      budget: 2000,
      disbursed: null,
      financialRate: null,
      financialReason: null,
    });
  });
});

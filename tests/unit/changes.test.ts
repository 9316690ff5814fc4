/**
 * What changed since P−1 or since a published report (docs/rules.md, "Previous period and
 * changes"): every status that changed, and the past figures a partner revised since the report was
 * published.
 */
import { describe, expect, it } from 'vitest';
import {
  indicatorChange,
  type PublishedReport,
  revisions,
  statusChanges,
} from '../../src/compute/changes.js';
import type { Status } from '../../src/compute/status.js';

function item(
  level: 'plan' | 'axis' | 'result' | 'indicator',
  code: string,
  rate: number | null,
  status: Status,
  previous: { rate: number | null; status: Status } | null,
) {
  return {
    level,
    code,
    label: `${code} label`,
    rate,
    status,
    previous: previous && { period: '2022-T2', ...previous },
  };
}

describe('statusChanges', () => {
  it('lists each figure whose status differs from its previous one, in the order given, with both rates', () => {
    const found = statusChanges([
      item('plan', 'PAN', 0.82, 'on-track', { rate: 0.81, status: 'on-track' }),
      item('axis', 'A1', 0.55, 'behind', { rate: 0.85, status: 'on-track' }),
      item('indicator', 'I1', 0.9, 'on-track', { rate: 0.4, status: 'critical' }),
    ]);
    expect(found).toEqual([
      {
        level: 'axis',
        code: 'A1',
        label: 'A1 label',
        from: 'on-track',
        to: 'behind',
        rateFrom: 0.85,
        rateTo: 0.55,
      },
      {
        level: 'indicator',
        code: 'I1',
        label: 'I1 label',
        from: 'critical',
        to: 'on-track',
        rateFrom: 0.4,
        rateTo: 0.9,
      },
    ]);
  });

  it('counts a figure that lost or gained its data as a change', () => {
    const found = statusChanges([
      item('indicator', 'I1', null, 'no-data', { rate: 0.9, status: 'on-track' }),
      item('indicator', 'I2', 0.3, 'critical', { rate: null, status: 'no-data' }),
    ]);
    expect(found.map((c) => [c.code, c.from, c.to])).toEqual([
      ['I1', 'on-track', 'no-data'],
      ['I2', 'no-data', 'critical'],
    ]);
  });

  it('lists nothing for a figure without a previous one, nor for a rate that moved within its status', () => {
    expect(
      statusChanges([
        item('result', 'R1', 0.9, 'on-track', null),
        item('result', 'R2', 0.6, 'behind', { rate: 0.75, status: 'behind' }),
      ]),
    ).toEqual([]);
  });
});

function published(trends: Record<string, { period: string; actual: number | null }[]>): PublishedReport {
  return {
    file: 'out/2022-T2/report.json',
    period: '2022-T2',
    planCode: 'PAN',
    plan: { rate: 0.8, status: 'on-track' },
    axes: [],
    results: [],
    indicators: Object.entries(trends).map(([code, trend]) => ({
      code,
      actual: trend[trend.length - 1]?.actual ?? null,
      target: null,
      rate: null,
      status: 'no-data' as const,
      trend,
    })),
  };
}

describe('revisions', () => {
  it('lists the past figures that differ from what was published, with both values', () => {
    // I1 published 2022-T1 = 100, 2022-T2 = 250; a partner corrected T1: today 120 and 270.
    const found = revisions(
      published({
        I1: [
          { period: '2022-T1', actual: 100 },
          { period: '2022-T2', actual: 250 },
        ],
      }),
      new Map([
        [
          'I1',
          [
            { period: '2022-T1', actual: 120 },
            { period: '2022-T2', actual: 270 },
            { period: '2022-T3', actual: 300 },
          ],
        ],
      ]),
    );
    // 2022-T3 came after the published report: new, not revised.
    expect(found).toEqual([
      { indicator: 'I1', period: '2022-T1', before: 100, after: 120 },
      { indicator: 'I1', period: '2022-T2', before: 250, after: 270 },
    ]);
  });

  it('lists a figure that appeared or disappeared since', () => {
    const found = revisions(
      published({ I1: [{ period: '2022-T1', actual: null }], I2: [{ period: '2022-T1', actual: 40 }] }),
      new Map([
        ['I1', [{ period: '2022-T1', actual: 15 }]],
        ['I2', [{ period: '2022-T1', actual: null }]],
      ]),
    );
    expect(found).toEqual([
      { indicator: 'I1', period: '2022-T1', before: null, after: 15 },
      { indicator: 'I2', period: '2022-T1', before: 40, after: null },
    ]);
  });

  it('does not take the last digits of a sum written to JSON for a revision', () => {
    // 0.1 + 0.2 = 0.30000000000000004: the same figure as a published 0.3.
    expect(
      revisions(
        published({ I1: [{ period: '2022-T1', actual: 0.3 }] }),
        new Map([['I1', [{ period: '2022-T1', actual: 0.1 + 0.2 }]]]),
      ),
    ).toEqual([]);
  });

  it('lists nothing for an indicator no longer in the plan, nor for periods today’s trend does not have', () => {
    expect(
      revisions(
        published({ OLD: [{ period: '2022-T1', actual: 5 }], I1: [{ period: '2019-T4', actual: 9 }] }),
        new Map([['I1', [{ period: '2022-T1', actual: 7 }]]]),
      ),
    ).toEqual([]);
  });
});

describe('indicatorChange', () => {
  const atT3 = (actual: number | null, target: number | null, rate: number | null) => ({
    period: '2022-T3',
    actual,
    target,
    targetSource: 'prorated' as const,
    rate,
    status: 'on-track' as const,
  });
  const round = (n: number | null) => (n === null ? null : Math.round(n * 10000) / 10000);

  it('says when only the target moved: 5 agreements at T3 and at T4, the target from a pro-rated 4,75 to 5', () => {
    // Progression from a baseline of 3: (5 − 3) / (4,75 − 3) = 1.1429 at T3, (5 − 3) / (5 − 3) = 1 at T4.
    const c = indicatorChange({ actual: 5, target: 5, rate: 1 }, atT3(5, 4.75, 2 / 1.75));
    expect(c && { ...c, rate: round(c.rate) }).toEqual({
      rate: -0.1429,
      actual: 0,
      target: 0.25,
      moved: 'target',
    });
  });

  it('gives the change of the actual and of the target beside the change of rate', () => {
    // 17 181 / 14 000 at T4 against 15 769 / 12 625 at T3: 1.2272 − 1.2490 = −0.0218, with 1 412 more.
    const c = indicatorChange(
      { actual: 17181, target: 14000, rate: 17181 / 14000 },
      atT3(15769, 12625, 15769 / 12625),
    );
    expect(c && { ...c, rate: round(c.rate) }).toEqual({
      rate: -0.0218,
      actual: 1412,
      target: 1375,
      moved: 'both',
    });
    expect(indicatorChange({ actual: 6, target: 5, rate: 1.2 }, atT3(5, 5, 1))?.moved).toBe('actual');
    expect(indicatorChange({ actual: 5, target: 5, rate: 1 }, atT3(5, 5, 1))?.moved).toBe('neither');
  });

  it('counts a figure that appears as a move, with no difference to give; nothing without P−1', () => {
    expect(indicatorChange({ actual: 5, target: 5, rate: 1 }, atT3(null, 5, null))).toEqual({
      rate: null,
      actual: null,
      target: 0,
      moved: 'actual',
    });
    // A figure that disappears moved too; 0 is a figure, never the same as no figure.
    expect(indicatorChange({ actual: null, target: 5, rate: null }, atT3(5, 5, 1))).toEqual({
      rate: null,
      actual: null,
      target: 0,
      moved: 'actual',
    });
    expect(indicatorChange({ actual: 0, target: 5, rate: 0 }, atT3(null, 5, null))?.moved).toBe('actual');
    expect(indicatorChange({ actual: null, target: 5, rate: null }, atT3(0, 5, 0))?.moved).toBe('actual');
    // Sums that differ in their last bits are the same figure.
    expect(indicatorChange({ actual: 0.1 + 0.2, target: 1, rate: 0.3 }, atT3(0.3, 1, 0.3))?.moved).toBe(
      'neither',
    );
    expect(indicatorChange({ actual: 5, target: 5, rate: 1 }, null)).toBeNull();
  });
});

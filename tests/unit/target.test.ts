/**
 * Target at P (DESIGN.md, "The computation"): `cumulée` targets are read at the year of P;
 * `annuelle` targets of a `somme` indicator add up over the years to P; other annual targets are
 * read at P's year; the final target is reported beside it.
 */
import { describe, expect, it } from 'vitest';
import { type Period, parsePeriod } from '../../src/compute/periods.js';
import { finalTarget, targetAt } from '../../src/compute/target.js';
import type { Indicator } from '../../src/model/plan.js';

type TargetFields = Pick<Indicator, 'targets' | 'targetType' | 'aggregation' | 'type' | 'finalTarget'>;

function p(label: string): Period {
  const period = parsePeriod(label);
  if (!period) throw new Error(`test period ${label} does not parse`);
  return period;
}

function ind(more: Partial<TargetFields>): TargetFields {
  return {
    targets: { '2021': 100, '2022': 250, '2023': 400 },
    targetType: 'cumulative',
    aggregation: 'sum',
    type: 'quantitative',
    finalTarget: null,
    ...more,
  };
}

describe('targetAt', () => {
  it('reads a cumulative target at the year of P', () => {
    expect(targetAt(ind({ targetType: 'cumulative' }), p('2022-T3'), 2021)).toBe(250);
    expect(targetAt(ind({ targetType: 'cumulative' }), p('2022'), 2021)).toBe(250);
    expect(targetAt(ind({ targetType: 'cumulative' }), p('2023-T1'), 2021)).toBe(400);
  });

  it('adds up the annual targets of a `somme` indicator over the years to P', () => {
    const annual = ind({ targetType: 'annual', aggregation: 'sum' });
    expect(targetAt(annual, p('2021-T4'), 2021)).toBe(100);
    expect(targetAt(annual, p('2022-T2'), 2021)).toBe(350);
    expect(targetAt(annual, p('2023'), 2021)).toBe(750);
  });

  it('adds up annual targets without a plan start year', () => {
    expect(targetAt(ind({ targetType: 'annual', aggregation: 'sum' }), p('2022-T4'), null)).toBe(350);
  });

  it.each(['last', 'mean', 'max'] as const)(
    'reads the annual target of a `%s` level at the year of P',
    (aggregation) => {
      expect(targetAt(ind({ targetType: 'annual', aggregation }), p('2022-T4'), 2021)).toBe(250);
    },
  );

  it('has no target when P’s year has none', () => {
    expect(targetAt(ind({ targetType: 'cumulative' }), p('2024-T1'), 2021)).toBeNull();
    expect(targetAt(ind({ targetType: 'annual', aggregation: 'last' }), p('2020-T4'), 2020)).toBeNull();
  });

  it('has no summed target before the first year with a target', () => {
    expect(targetAt(ind({ targetType: 'annual', aggregation: 'sum' }), p('2020-T4'), 2020)).toBeNull();
  });

  it('has no target when the indicator has none at all', () => {
    expect(targetAt(ind({ targets: {} }), p('2022-T4'), 2021)).toBeNull();
    expect(targetAt(ind({ targets: {}, targetType: 'annual' }), p('2022-T4'), 2021)).toBeNull();
  });

  it('does not take the final target for a quantitative indicator’s missing year', () => {
    expect(targetAt(ind({ targets: { '2024': 10 }, finalTarget: 10 }), p('2022-T4'), 2021)).toBeNull();
  });
});

describe('finalTarget', () => {
  it('is the cible finale when the plan gives one', () => {
    expect(finalTarget(ind({ finalTarget: 999 }))).toBe(999);
  });

  it('is the last year’s target of a cumulative indicator otherwise', () => {
    expect(finalTarget(ind({ targetType: 'cumulative' }))).toBe(400);
  });

  it('is the sum of the annual targets of a `somme` indicator otherwise', () => {
    expect(finalTarget(ind({ targetType: 'annual', aggregation: 'sum' }))).toBe(750);
  });

  it('is the last year’s annual target of a level', () => {
    expect(finalTarget(ind({ targetType: 'annual', aggregation: 'last' }))).toBe(400);
  });

  it('is null when there is no target at all', () => {
    expect(finalTarget(ind({ targets: {} }))).toBeNull();
  });
});

describe('targets of milestones', () => {
  it('measures a milestone with only a final target against it in every year', () => {
    const milestone = ind({
      type: 'milestone',
      targets: {},
      finalTarget: 1,
      targetType: 'cumulative',
      aggregation: 'last',
    });
    expect(targetAt(milestone, p('2021-T2'), 2021)).toBe(1);
    expect(targetAt(milestone, p('2023'), 2021)).toBe(1);
  });
});

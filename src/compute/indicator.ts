import type { Indicator, ReportedValue, Settings } from '../model/plan.js';
import { type Actual, actualAt } from './aggregate.js';
import type { Period } from './periods.js';
import { achievementRate, clampRate, type Rate } from './rate.js';
import { indicatorStatus, type Status } from './status.js';
import { type TargetAtP, targetAt } from './target.js';

/** One indicator's figures at one period: what the report at P and its comparison at P−1 share. */
export interface IndicatorFigures {
  actual: Actual;
  target: TargetAtP;
  /** Against the target at P. */
  rate: Rate;
  /** Against T_Y, the whole year's target, and against the final target. */
  rateYear: number | null;
  rateFinal: number | null;
  rateClamped: number | null;
  status: Status;
}

export type FigureSettings = Pick<
  Settings,
  'method' | 'thresholds' | 'ceiling' | 'startYear' | 'targetBasis'
>;

/** An actual against a target by the indicator's own rule (method, direction, baseline): its rate. */
export function rateAgainst(
  ind: Indicator,
  actual: number | null,
  target: number | null,
  s: Pick<FigureSettings, 'method' | 'ceiling'>,
): Rate {
  return achievementRate(
    {
      actual,
      target,
      baseline: ind.baseline,
      direction: ind.direction,
      type: ind.type,
      aggregation: ind.aggregation,
      method: ind.method ?? s.method,
    },
    s.ceiling,
  );
}

export function indicatorAt(
  ind: Indicator,
  values: readonly ReportedValue[],
  at: Period,
  periodOf: (label: string) => Period,
  s: FigureSettings,
  final: number | null,
): IndicatorFigures {
  const actual = actualAt(ind, values, at, periodOf);
  const target = targetAt(ind, at, s.startYear, s.targetBasis);
  const against = (t: number | null) => rateAgainst(ind, actual.value, t, s);
  const rate = against(target.value);
  return {
    actual,
    target,
    rate,
    // Against the year's target: the rate itself when the target at P is that target.
    rateYear: against(target.year).rate,
    rateFinal: against(final).rate,
    rateClamped: clampRate(rate.rate, s.ceiling),
    status: indicatorStatus(rate, s.thresholds),
  };
}

/**
 * Builders shared by the pure tests of src/compute: a period from its label, an aggregation rule,
 * and the plan, indicator, reported value and quality input the data-quality tests start from.
 */
import type { AggregationRule } from '../../src/compute/aggregate.js';
import { periodResolver } from '../../src/compute/model.js';
import { type Period, parsePeriod } from '../../src/compute/periods.js';
import { computeQuality, type QualityInput } from '../../src/compute/quality.js';
import type { RateInput } from '../../src/compute/rate.js';
import { DEFAULT_SETTINGS, type Indicator, type Plan, type ReportedValue } from '../../src/model/plan.js';

/** The period of a label such as `2022-T1`; a label that does not parse is a mistake in the test. */
export function p(label: string): Period {
  const period = parsePeriod(label);
  if (!period) throw new Error(`test period ${label} does not parse`);
  return period;
}

export function rule(
  unit: string,
  aggregation: AggregationRule['aggregation'],
  entityAggregation: AggregationRule['entityAggregation'] = null,
): AggregationRule {
  return { unit, aggregation, entityAggregation };
}

/** An indicator of the plan: a count summed over periods, a 2022 target of 100, owed by Kayes. */
export function indicator(code: string, more: Partial<Indicator> = {}): Indicator {
  return {
    code,
    axis: 'A1',
    result: 'R1',
    label: code,
    unit: 'nombre',
    type: 'quantitative',
    direction: 'increase',
    aggregation: 'sum',
    entityAggregation: null,
    targetType: 'annual',
    method: null,
    baseline: null,
    baselineYear: null,
    targets: { '2022': 100 },
    periodTargets: {},
    finalTarget: null,
    frequency: null,
    responsible: ['Kayes'],
    disaggregations: [],
    source: null,
    weight: 1,
    scale: null,
    at: { file: 'plan.xlsx', sheet: 'Indicateurs', cell: 'A2' },
    ...more,
  };
}

/** A value reported by Kayes for I1 at 2022-T1, 10, in cell B2 of its Valeurs sheet. */
export function v(more: Partial<ReportedValue>): ReportedValue {
  return {
    indicator: 'I1',
    entity: 'Kayes',
    period: '2022-T1',
    value: 10,
    numerator: null,
    denominator: null,
    disaggregation: '',
    file: 'Kayes.xlsx',
    sheet: 'Valeurs',
    cell: 'B2',
    ...more,
  };
}

export function plan(indicators: Indicator[], delay = 30): Pick<Plan, 'indicators' | 'settings'> {
  return {
    indicators,
    settings: { ...DEFAULT_SETTINGS, startYear: 2022, endYear: 2023, submissionDelayDays: delay },
  };
}

/** The quality findings at 2022-T4 of a plan of one indicator I1, with no value unless given. */
export function quality(more: Partial<QualityInput>) {
  return computeQuality({
    plan: plan([indicator('I1')]),
    values: [],
    submissions: [],
    issues: [],
    period: p('2022-T4'),
    periodOf: periodResolver(),
    ...more,
  });
}

/** The input of a rate: an actual of 50 against a target of 100, a count, no baseline. */
export function rateInput(more: Partial<RateInput>): RateInput {
  return {
    actual: 50,
    target: 100,
    baseline: null,
    direction: 'increase',
    type: 'quantitative',
    aggregation: 'sum',
    method: 'auto',
    ...more,
  };
}

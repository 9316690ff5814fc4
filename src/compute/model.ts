import type { Issue } from '../model/issues.js';
import type { ActivityReport, Indicator, Plan, ReportedValue, Settings, Submission } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';
import { type AcrossEntities, actualAt, actualsOver, type EntityActual } from './aggregate.js';
import { type ActivityExecution, activitiesAt, type Execution, executionOf } from './execution.js';
import { type Period, parsePeriod, quartersUpTo } from './periods.js';
import { computeQuality, type QualityFindings, ValueChecks } from './quality.js';
import { achievementRate, clampRate, type Reason, type UsedMethod } from './rate.js';
import { coverage, weightedMean } from './rollup.js';
import { countStatuses, type Status, statusOf } from './status.js';
import { finalTarget, targetAt } from './target.js';

export const SCHEMA_VERSION = '1';

/** Where an actual came from: the cells of one file and sheet, for one entity and period. */
export interface TraceGroup {
  file: string;
  sheet: string;
  entity: string;
  period: string;
  cells: string[];
}

export interface IndicatorModel {
  code: string;
  result: string | null;
  axis: string;
  label: string;
  unit: string;
  type: Indicator['type'];
  direction: Indicator['direction'];
  aggregation: Indicator['aggregation'];
  entityAggregation: AcrossEntities;
  targetType: Indicator['targetType'];
  method: UsedMethod | null;
  baseline: number | null;
  baselineYear: number | null;
  target: number | null;
  finalTarget: number | null;
  actual: number | null;
  rate: number | null;
  rateClamped: number | null;
  status: Status;
  reason: Reason | null;
  weight: number;
  entities: EntityActual[];
  trend: { period: string; actual: number | null; target: number | null }[];
  trace: TraceGroup[];
}

export interface RollupModel {
  code: string;
  label: string;
  weight: number;
  rate: number | null;
  coverage: number;
  status: Status;
  indicatorCount: number;
  withData: number;
  statusCounts: Record<Status, number>;
  /** Physical and financial execution of the axis's activities; null when the plan lists none. */
  execution?: Execution | null;
}

export interface ResultModel extends RollupModel {
  axis: string;
  level: string | null;
}

export interface PlanModel {
  code: string;
  title: string;
  country: string;
  startYear: number | null;
  endYear: number | null;
  currency: string;
  rate: number | null;
  coverage: number;
  status: Status;
  indicatorCount: number;
  withData: number;
  statusCounts: Record<Status, number>;
  execution: Execution | null;
}

export interface Source {
  path: string;
  role: 'plan' | 'data';
  sha256: string;
}

export interface ReportModel {
  schemaVersion: string;
  tool: { name: string; version: string };
  generatedAt: string | null;
  lang: 'fr' | 'en';
  period: string;
  settings: Pick<Settings, 'method' | 'thresholds' | 'ceiling'>;
  plan: PlanModel;
  axes: RollupModel[];
  results: ResultModel[];
  indicators: IndicatorModel[];
  /** Each planned activity as of P (status, progress, budget, disbursed). */
  activities: ActivityExecution[];
  quality: { issues: Issue[] } & QualityFindings;
  sources: Source[];
}

export interface ComputeInput {
  plan: Plan;
  values: readonly ReportedValue[] | ValueSource;
  activities: readonly ActivityReport[];
  submissions: readonly Submission[];
  period: Period;
  lang: 'fr' | 'en';
  issues: Issue[];
  sources: Source[];
  tool: { name: string; version: string };
  generatedAt: string | null;
}

/** Period labels resolved once: labels come from the reader, already canonical. */
export function periodResolver(): (label: string) => Period {
  const cache = new Map<string, Period>();
  return (label) => {
    let p = cache.get(label);
    if (!p) {
      p = parsePeriod(label) as Period;
      cache.set(label, p);
    }
    return p;
  };
}

/** The whole computed model: pure, from plain data; the renderers only format it. */
export function computeReport(input: ComputeInput): ReportModel {
  const { plan, period } = input;
  const s = plan.settings;
  const periodOf = periodResolver();
  const source = asValueSource(input.values);
  const trendPeriods = quartersUpTo(s.startYear ?? period.year, period);

  const valueChecks = new ValueChecks(plan, period, periodOf);
  const indicators = plan.indicators.map((ind) => {
    const values = source.valuesOf(ind.code);
    valueChecks.add(values);
    return indicatorModel(ind, values, period, trendPeriods, periodOf, s);
  });

  const results: ResultModel[] = plan.results.map((r) => {
    const own = indicators.filter((i) => i.result === r.code);
    return {
      ...rollup(
        r.code,
        r.label,
        r.weight,
        own,
        own.map((i) => ({ score: i.rateClamped, weight: i.weight })),
        s,
      ),
      axis: r.axis,
      level: r.level,
    };
  });
  // Indicators attached directly to an axis (no result) count as one result of their own.
  const direct = new Map<string, IndicatorModel[]>();
  for (const i of indicators) {
    if (i.result === null) direct.set(i.axis, [...(direct.get(i.axis) ?? []), i]);
  }
  const axes = plan.axes.map((a) => {
    const own = indicators.filter((i) => i.axis === a.code);
    const parts = results.filter((r) => r.axis === a.code).map((r) => ({ score: r.rate, weight: r.weight }));
    const loose = direct.get(a.code);
    if (loose)
      parts.push({
        score: weightedMean(loose.map((i) => ({ score: i.rateClamped, weight: i.weight }))),
        weight: 1,
      });
    return rollup(a.code, a.label, a.weight, own, parts, s);
  });
  const activities = activitiesAt(plan, input.activities, period, periodOf);
  const hasActivities = plan.activities.length > 0;
  for (const a of axes)
    a.execution = hasActivities ? executionOf(activities.filter((x) => x.axis === a.code)) : null;
  const planRollup = rollup(
    s.code,
    s.title,
    1,
    indicators,
    axes.map((a) => ({ score: a.rate, weight: a.weight })),
    s,
  );

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: input.tool,
    generatedAt: input.generatedAt,
    lang: input.lang,
    period: period.label,
    settings: { method: s.method, thresholds: s.thresholds, ceiling: s.ceiling },
    plan: {
      code: s.code,
      title: s.title,
      country: s.country,
      startYear: s.startYear,
      endYear: s.endYear,
      currency: s.currency,
      rate: planRollup.rate,
      coverage: planRollup.coverage,
      status: planRollup.status,
      indicatorCount: planRollup.indicatorCount,
      withData: planRollup.withData,
      statusCounts: planRollup.statusCounts,
      execution: hasActivities ? executionOf(activities) : null,
    },
    axes,
    results,
    indicators,
    activities,
    quality: {
      issues: input.issues,
      ...computeQuality(
        { plan, values: source, submissions: input.submissions, issues: input.issues, period, periodOf },
        valueChecks,
      ),
    },
    sources: input.sources,
  };
}

function indicatorModel(
  ind: Indicator,
  values: readonly ReportedValue[],
  period: Period,
  trendPeriods: Period[],
  periodOf: (label: string) => Period,
  s: Settings,
): IndicatorModel {
  const actual = actualAt(ind, values, period, periodOf);
  const target = targetAt(ind, period, s.startYear);
  const r = achievementRate(
    {
      actual: actual.value,
      target,
      baseline: ind.baseline,
      direction: ind.direction,
      type: ind.type,
      aggregation: ind.aggregation,
      scale: ind.scale,
      method: ind.method ?? s.method,
    },
    s.ceiling,
  );
  const trendActuals = values.length ? actualsOver(ind, values, trendPeriods, periodOf) : [];
  const trend = trendActuals.map((a, k) => ({
    period: trendPeriods[k].label,
    actual: a,
    target: targetAt(ind, trendPeriods[k], s.startYear),
  }));
  return {
    code: ind.code,
    result: ind.result,
    axis: ind.axis,
    label: ind.label,
    unit: ind.unit,
    type: ind.type,
    direction: ind.direction,
    aggregation: ind.aggregation,
    entityAggregation: actual.across,
    targetType: ind.targetType,
    method: r.method,
    baseline: ind.baseline,
    baselineYear: ind.baselineYear,
    target,
    finalTarget: finalTarget(ind),
    actual: actual.value,
    rate: r.rate,
    rateClamped: clampRate(r.rate, s.ceiling),
    status: statusOf(r.rate, s.thresholds),
    reason: r.reason,
    weight: ind.weight,
    entities: actual.entities,
    trend,
    trace: traceGroups(actual.trace),
  };
}

/** Source cells grouped by file, sheet, entity and period, in the order the values were used. */
export function traceGroups(values: readonly ReportedValue[]): TraceGroup[] {
  const groups = new Map<string, TraceGroup>();
  for (const v of values) {
    const key = `${v.file}\u0000${v.sheet}\u0000${v.entity}\u0000${v.period}`;
    const group = groups.get(key);
    if (group) group.cells.push(v.cell);
    else
      groups.set(key, { file: v.file, sheet: v.sheet, entity: v.entity, period: v.period, cells: [v.cell] });
  }
  return [...groups.values()];
}

function rollup(
  code: string,
  label: string,
  weight: number,
  own: IndicatorModel[],
  parts: { score: number | null; weight: number }[],
  s: Settings,
): RollupModel {
  const rate = clampRate(weightedMean(parts), s.ceiling);
  const withData = own.filter((i) => i.actual !== null).length;
  return {
    code,
    label,
    weight,
    rate,
    coverage: coverage(withData, own.length),
    status: statusOf(rate, s.thresholds),
    indicatorCount: own.length,
    withData,
    statusCounts: countStatuses(own.map((i) => i.status)),
  };
}

import type { Issue } from '../model/issues.js';
import type { ActivityReport, Plan, ReportedValue, Settings, Submission } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';
import {
  type Changes,
  type IndicatorPrevious,
  type Previous,
  type PublishedReport,
  revisions,
  statusChanges,
} from './changes.js';
import { commentsByActivity, indicatorDetails } from './details.js';
import { type ActivityExecution, activitiesAt, executionOf } from './execution.js';
import { type IndicatorFigures, indicatorAt } from './indicator.js';
import {
  type ExecutionModel,
  type IndicatorModel,
  type PlanModel,
  type ReportModel,
  type ResultModel,
  type RollupModel,
  SCHEMA_VERSION,
  type Source,
} from './model-types.js';
import { countsAt, type Period, parsePeriod, periodsUpTo, previousPeriod } from './periods.js';
import { computeQuality, ValueChecks } from './quality.js';
import { type ReviewInput, reviewFields } from './review-model.js';
import { type IndicatorScore, type PlanRollup, type RollupFigures, rollUp } from './rollup.js';
import type { Status } from './status.js';
import { finalTarget } from './target.js';

export { traceGroups } from './details.js';
export * from './model-types.js';

export interface ComputeInput extends ReviewInput {
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
  /** A report published earlier to compare with (`--compare`), instead of P−1. */
  published?: PublishedReport | null;
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

/** Roll-ups and execution of the whole plan at one period: what P and P−1 share. */
interface PlanFigures {
  period: Period;
  indicators: Map<string, IndicatorFigures>;
  rollup: PlanRollup;
  activities: ActivityExecution[];
}

function withoutTrace(f: IndicatorFigures): IndicatorFigures {
  return { ...f, actual: { ...f.actual, trace: [] } };
}

/** The whole computed model: pure, from plain data; the renderers only format it. */
export function computeReport(input: ComputeInput): ReportModel {
  const { plan, period } = input;
  const s = plan.settings;
  const periodOf = periodResolver();
  const source = asValueSource(input.values);
  const trendPeriods = periodsUpTo('quarter', s.startYear ?? period.year, period);
  const finals = new Map(plan.indicators.map((i) => [i.code, finalTarget(i)]));

  // P−1 is computed from the same inputs unless a published report stands in for it; it is
  // left out when it precedes the plan or when no value at all counts at it.
  const before = previousPeriod(period);
  const hasPrevious =
    !input.published &&
    (s.startYear === null || before.year >= s.startYear) &&
    [...source.periods()].some((label) => countsAt(periodOf(label), before));

  const valueChecks = new ValueChecks(plan, period, periodOf);
  const now = new Map<string, IndicatorFigures>();
  const then = new Map<string, IndicatorFigures>();
  const details = new Map<string, Omit<IndicatorModel, keyof IndicatorHead>>();
  for (const ind of plan.indicators) {
    const values = source.valuesOf(ind.code);
    valueChecks.add(values);
    const figures = indicatorAt(ind, values, period, periodOf, s, finals.get(ind.code) ?? null);
    details.set(ind.code, indicatorDetails(ind, values, figures, trendPeriods, period, periodOf, s));
    // The details hold the trace now (cells and values, by group): the figures kept for the
    // roll-ups let go of the value objects it came from, or a national database's million values
    // would all stay alive to the end of the computation.
    now.set(ind.code, withoutTrace(figures));
    if (hasPrevious)
      then.set(
        ind.code,
        withoutTrace(indicatorAt(ind, values, before, periodOf, s, finals.get(ind.code) ?? null)),
      );
  }
  const current = planFigures(plan, now, period, input.activities, periodOf, s);
  const previous = hasPrevious ? planFigures(plan, then, before, input.activities, periodOf, s) : null;
  const published = input.published ?? null;
  const hasActivities = plan.activities.length > 0;

  const indicators: IndicatorModel[] = plan.indicators.map((ind) => {
    const f = now.get(ind.code) as IndicatorFigures;
    const head: IndicatorHead = {
      code: ind.code,
      result: ind.result,
      axis: ind.axis,
      label: ind.label,
      unit: ind.unit,
      type: ind.type,
      direction: ind.direction,
      aggregation: ind.aggregation,
      entityAggregation: f.actual.across,
      targetType: ind.targetType,
      method: f.rate.method,
      baseline: ind.baseline,
      baselineYear: ind.baselineYear,
      target: f.target.value,
      targetBasis: s.targetBasis,
      targetSource: f.target.source,
      elapsedShare: f.target.elapsedShare,
      targetFrom: f.target.from,
      targetYear: f.target.year,
      finalTarget: finals.get(ind.code) ?? null,
      actual: f.actual.value,
      rate: f.rate.rate,
      rateYear: f.rateYear,
      rateFinal: f.rateFinal,
      rateClamped: f.rateClamped,
      status: f.status,
      reason: f.rate.reason,
      weight: ind.weight,
      previous: published
        ? publishedIndicator(published, ind.code)
        : previous
          ? indicatorPrevious(previous.period, then.get(ind.code) as IndicatorFigures)
          : null,
    };
    return { ...head, ...(details.get(ind.code) as Omit<IndicatorModel, keyof IndicatorHead>) };
  });

  const previousRollup = (level: 'axes' | 'results', code: string): Previous | null => {
    if (published) {
      const found = published[level].find((x) => x.code === code);
      return found ? { period: published.period, rate: found.rate, status: found.status } : null;
    }
    if (!previous) return null;
    const f = previous.rollup[level].get(code) as RollupFigures;
    return { period: previous.period.label, rate: f.rate, status: f.status };
  };
  /** A result or axis as the report shows it: its figures at P and at the period before. */
  const rolledUp = (level: 'axes' | 'results', x: { code: string; label: string; weight: number }) => ({
    code: x.code,
    label: x.label,
    weight: x.weight,
    ...(current.rollup[level].get(x.code) as RollupFigures),
    previous: previousRollup(level, x.code),
  });
  const results: ResultModel[] = plan.results.map((r) => ({
    ...rolledUp('results', r),
    axis: r.axis,
    level: r.level,
  }));
  const axes: RollupModel[] = plan.axes.map((a) => ({
    ...rolledUp('axes', a),
    execution: hasActivities
      ? executionModel(
          current.activities.filter((x) => x.axis === a.code),
          previous?.activities.filter((x) => x.axis === a.code) ?? null,
          previous?.period ?? null,
        )
      : null,
  }));
  const planPrevious: Previous | null = published
    ? { period: published.period, rate: published.plan.rate, status: published.plan.status }
    : previous
      ? { period: before.label, rate: previous.rollup.plan.rate, status: previous.rollup.plan.status }
      : null;
  const planModel: PlanModel = {
    code: s.code,
    title: s.title,
    country: s.country,
    startYear: s.startYear,
    endYear: s.endYear,
    currency: s.currency,
    ...current.rollup.plan,
    previous: planPrevious,
    execution: hasActivities
      ? executionModel(current.activities, previous?.activities ?? null, previous?.period ?? null)
      : null,
  };

  const compared = [
    { level: 'plan' as const, code: s.code, label: s.title, ...pick(planModel) },
    ...axes.map((a) => ({ level: 'axis' as const, code: a.code, label: a.label, ...pick(a) })),
    ...results.map((r) => ({ level: 'result' as const, code: r.code, label: r.label, ...pick(r) })),
    ...indicators.map((i) => ({ level: 'indicator' as const, code: i.code, label: i.label, ...pick(i) })),
  ];
  const changes: Changes = {
    against: published ? 'published-report' : 'previous-period',
    period: published ? published.period : previous ? before.label : null,
    file: published ? published.file : null,
    statusChanges: statusChanges(compared),
    revisions: published ? revisions(published, new Map(indicators.map((i) => [i.code, i.trend]))) : [],
  };

  const commentsOf = commentsByActivity(input.activities, period, periodOf);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: input.tool,
    generatedAt: input.generatedAt,
    lang: input.lang,
    period: period.label,
    cover: {
      title: s.reportTitle || s.title || s.code,
      subtitle: s.subtitle,
      institution: s.institution,
      author: s.author,
      reportType: s.reportType ?? (input.kind === 'review' ? 'mid-term' : null),
      date: input.coverDate ?? null,
    },
    settings: {
      method: s.method,
      thresholds: s.thresholds,
      ceiling: s.ceiling,
      targetBasis: s.targetBasis,
    },
    plan: planModel,
    axes,
    results,
    indicators,
    activities: current.activities.map((a) => ({ ...a, comments: commentsOf.get(a.code) ?? [] })),
    changes,
    quality: {
      issues: input.issues,
      ...computeQuality(
        {
          plan,
          values: source,
          submissions: input.submissions,
          issues: input.issues,
          period,
          periodOf,
          previous: hasPrevious ? before : null,
        },
        valueChecks,
      ),
    },
    ...reviewFields(plan, input, period),
    sources: input.sources,
  };
}

function pick(x: { rate: number | null; status: Status; previous: Previous | null }) {
  return { rate: x.rate, status: x.status, previous: x.previous };
}

/** The fields of an indicator's model computed at P and compared with P−1. */
type IndicatorHead = Omit<IndicatorModel, 'entities' | 'breakdowns' | 'comments' | 'trend' | 'trace'>;

function planFigures(
  plan: Plan,
  indicators: Map<string, IndicatorFigures>,
  period: Period,
  activities: readonly ActivityReport[],
  periodOf: (label: string) => Period,
  s: Settings,
): PlanFigures {
  const scores: IndicatorScore[] = plan.indicators.map((ind) => {
    const f = indicators.get(ind.code) as IndicatorFigures;
    return {
      code: ind.code,
      axis: ind.axis,
      result: ind.result,
      weight: ind.weight,
      score: f.rateClamped,
      status: f.status,
      hasData: f.actual.value !== null,
    };
  });
  return {
    period,
    indicators,
    rollup: rollUp(plan, scores, s),
    activities: activitiesAt(plan, activities, period, periodOf),
  };
}

function indicatorPrevious(period: Period, f: IndicatorFigures): IndicatorPrevious {
  return {
    period: period.label,
    actual: f.actual.value,
    target: f.target.value,
    rate: f.rate.rate,
    status: f.status,
  };
}

function publishedIndicator(published: PublishedReport, code: string): IndicatorPrevious | null {
  const found = published.indicators.find((i) => i.code === code);
  if (!found) return null;
  return {
    period: published.period,
    actual: found.actual,
    target: found.target,
    rate: found.rate,
    status: found.status,
  };
}

function executionModel(
  now: readonly ActivityExecution[],
  then: readonly ActivityExecution[] | null,
  period: Period | null,
): ExecutionModel {
  const before = then && period ? executionOf(then) : null;
  return {
    ...executionOf(now),
    previous:
      before && period
        ? { period: period.label, physicalRate: before.physicalRate, financialRate: before.financialRate }
        : null,
  };
}

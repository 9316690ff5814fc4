import type { Issue } from '../model/issues.js';
import type { ActivityReport, Plan, ReportedValue, Settings, Submission } from '../model/plan.js';
import { asValueSource, type ValueSource } from '../model/value-store.js';
import {
  type ChangeLevel,
  type Changes,
  type IndicatorPrevious,
  indicatorChange,
  type Previous,
  type PublishedReport,
  revisions,
  statusChanges,
} from './changes.js';
import { commentsByActivity, indicatorDetails, TraceCollector } from './details.js';
import { type ActivityExecution, activitiesAt, executionOf } from './execution.js';
import { flowPeriodActual, flowYear, type YearFigures } from './flows.js';
import { type IndicatorFigures, indicatorAt } from './indicator.js';
import { type IpttIndicator, ipttIndicator, ipttPeriods } from './iptt.js';
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
import {
  countsAt,
  type Period,
  parsePeriod,
  periodsUpTo,
  planTimeElapsed,
  previousPeriod,
} from './periods.js';
import { computeQuality, ValueChecks } from './quality.js';
import { methodRule } from './rate.js';
import type { Superseded } from './resubmissions.js';
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
  /** Reports replaced by a later submission, each with the file that replaced it. */
  superseded?: readonly Superseded[];
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
  // left out when it precedes the plan, and its indicators when no value at all counts at it.
  // Each figure's `previous` is then null where that figure has no value counting at P−1
  // (docs/rules.md, "Previous period and changes"): never an object of nulls.
  const before = previousPeriod(period);
  const beforeInPlan = !input.published && (s.startYear === null || before.year >= s.startYear);
  const hasPrevious =
    beforeInPlan && [...source.periods()].some((label) => countsAt(periodOf(label), before));

  const valueChecks = new ValueChecks(plan, period, periodOf);
  const now = new Map<string, IndicatorFigures>();
  const then = new Map<string, IndicatorFigures>();
  const details = new Map<string, Omit<IndicatorModel, keyof IndicatorHead | 'trace'>>();
  const traces = new TraceCollector(source);
  const own = new Map<string, { year: YearFigures | null; periodActual: number | null }>();
  const columns = ipttPeriods(period, s.startYear, s.endYear);
  const iptt: IpttIndicator[] = [];
  for (const ind of plan.indicators) {
    const values = source.valuesOf(ind.code);
    valueChecks.add(values);
    const figures = indicatorAt(ind, values, period, periodOf, s, finals.get(ind.code) ?? null);
    details.set(ind.code, indicatorDetails(ind, values, figures, trendPeriods, period, periodOf, s));
    traces.add(ind.code, values, figures.actual.trace);
    own.set(ind.code, {
      year: flowYear(ind, values, period, periodOf, s),
      periodActual: flowPeriodActual(ind, values, period, periodOf),
    });
    iptt.push(ipttIndicator(ind, values, columns, period, periodOf, s));
    // The collector holds the trace now (positions in the value source): the figures kept for
    // the roll-ups let go of the value objects it came from, or a national database's million
    // values would all stay alive to the end of the computation.
    now.set(ind.code, withoutTrace(figures));
    if (hasPrevious)
      then.set(
        ind.code,
        withoutTrace(indicatorAt(ind, values, before, periodOf, s, finals.get(ind.code) ?? null)),
      );
  }
  const current = planFigures(plan, now, period, input.activities, periodOf, s);
  const previous = hasPrevious ? planFigures(plan, then, before, input.activities, periodOf, s) : null;
  const activitiesBefore = beforeInPlan ? activitiesAt(plan, input.activities, before, periodOf) : null;
  const published = input.published ?? null;
  const hasActivities = plan.activities.length > 0;
  const trace = traces.finish(plan.indicators.map((i) => i.code));

  const indicators: IndicatorModel[] = plan.indicators.map((ind) => {
    const f = now.get(ind.code) as IndicatorFigures;
    const { year, periodActual } = own.get(ind.code) as {
      year: YearFigures | null;
      periodActual: number | null;
    };
    const before: IndicatorPrevious | null = published
      ? publishedIndicator(published, ind.code)
      : previous
        ? indicatorPrevious(previous.period, then.get(ind.code) as IndicatorFigures)
        : null;
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
      methodRule: methodRule({ ...ind, method: ind.method ?? s.method }),
      baseline: ind.baseline,
      baselineYear: ind.baselineYear,
      target: f.target.value,
      targetBasis: s.targetBasis,
      targetSource: f.target.source,
      targetPeriod: f.target.period,
      elapsedShare: f.target.elapsedShare,
      targetFrom: f.target.from,
      targetYear: f.target.year,
      finalTarget: finals.get(ind.code) ?? null,
      actual: f.actual.value,
      periodActual,
      rate: f.rate.rate,
      rateYear: f.rateYear,
      rateFinal: f.rateFinal,
      rateClamped: f.rateClamped,
      year,
      status: f.status,
      reason: f.rate.reason,
      weight: ind.weight,
      previous: before,
      change: indicatorChange({ actual: f.actual.value, target: f.target.value, rate: f.rate.rate }, before),
    };
    return {
      ...head,
      ...(details.get(ind.code) as Omit<IndicatorModel, keyof IndicatorHead | 'trace'>),
      trace: trace.of(ind.code),
    };
  });

  const previousRollup = (level: 'axes' | 'results', code: string): Previous | null => {
    if (published) {
      const found = published[level].find((x) => x.code === code);
      return found ? rollupPrevious(published.period, found) : null;
    }
    if (!previous) return null;
    return rollupPrevious(previous.period.label, previous.rollup[level].get(code) as RollupFigures);
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
          activitiesBefore?.filter((x) => x.axis === a.code) ?? null,
          before,
        )
      : null,
  }));
  const planPrevious: Previous | null = published
    ? rollupPrevious(published.period, published.plan)
    : previous
      ? rollupPrevious(before.label, previous.rollup.plan)
      : null;
  const planModel: PlanModel = {
    code: s.code,
    title: s.title,
    country: s.country,
    startYear: s.startYear,
    endYear: s.endYear,
    currency: s.currency,
    timeElapsed: planTimeElapsed(s.startYear, s.endYear, period),
    ...current.rollup.plan,
    previous: planPrevious,
    execution: hasActivities ? executionModel(current.activities, activitiesBefore, before) : null,
  };

  // A figure's status at P−1 even where its `previous` is null (no value counted there, status
  // no-data): a figure that got its first value since P−1 changed status (no-data → on-track).
  const comparedPeriod = published ? published.period : previous ? previous.period.label : null;
  const statusThen = (level: ChangeLevel, code: string, shown: Previous | null): Previous | null => {
    if (shown || comparedPeriod === null) return shown;
    const found: { rate: number | null; status: Status } | undefined = published
      ? level === 'plan'
        ? published.plan
        : (level === 'axis'
            ? published.axes
            : level === 'result'
              ? published.results
              : published.indicators
          ).find((x) => x.code === code)
      : level === 'plan'
        ? previous?.rollup.plan
        : level === 'indicator'
          ? (() => {
              const figures = then.get(code);
              return figures && { rate: figures.rate.rate, status: figures.status };
            })()
          : previous?.rollup[level === 'axis' ? 'axes' : 'results'].get(code);
    return found ? { period: comparedPeriod, rate: found.rate, status: found.status } : null;
  };
  const withThen = <T extends { rate: number | null; status: Status; previous: Previous | null }>(
    level: ChangeLevel,
    code: string,
    x: T,
  ) => ({ ...pick(x), previous: statusThen(level, code, x.previous) });
  const compared = [
    { level: 'plan' as const, code: s.code, label: s.title, ...withThen('plan', s.code, planModel) },
    ...axes.map((a) => ({
      level: 'axis' as const,
      code: a.code,
      label: a.label,
      ...withThen('axis', a.code, a),
    })),
    ...results.map((r) => ({
      level: 'result' as const,
      code: r.code,
      label: r.label,
      ...withThen('result', r.code, r),
    })),
    ...indicators.map((i) => ({
      level: 'indicator' as const,
      code: i.code,
      label: i.label,
      ...withThen('indicator', i.code, i),
    })),
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
    iptt: { periods: columns.map((p) => p.label), indicators: iptt },
    quality: {
      issues: input.issues,
      resubmissions: [...(input.superseded ?? [])],
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
    sources: input.sources.map((s) => ({
      ...s,
      supersededBy: input.superseded?.find((x) => x.file === s.path)?.by ?? null,
    })),
    // Last: written as a reference to the side file, or null while the trace is inline.
    traceFile: trace.file,
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
      reason: f.rate.reason,
    };
  });
  return {
    period,
    indicators,
    rollup: rollUp(plan, scores, s),
    activities: activitiesAt(plan, activities, period, periodOf),
  };
}

/** An indicator at P−1, or null when no value of it counts at P−1. */
function indicatorPrevious(period: Period, f: IndicatorFigures): IndicatorPrevious | null {
  if (f.actual.value === null) return null;
  return {
    period: period.label,
    actual: f.actual.value,
    target: f.target.value,
    targetSource: f.target.source,
    rate: f.rate.rate,
    status: f.status,
  };
}

/**
 * A result, an axis or the plan at P−1, or null when none of its indicators had a value counting
 * there (no rate, status `no-data`): a roll-up whose indicators were all not due keeps its status.
 */
function rollupPrevious(period: string, f: { rate: number | null; status: Status }): Previous | null {
  return f.rate === null && f.status === 'no-data' ? null : { period, rate: f.rate, status: f.status };
}

function publishedIndicator(published: PublishedReport, code: string): IndicatorPrevious | null {
  const found = published.indicators.find((i) => i.code === code);
  if (!found || found.actual === null) return null;
  return {
    period: published.period,
    actual: found.actual,
    target: found.target,
    targetSource: found.targetSource ?? null,
    rate: found.rate,
    status: found.status,
  };
}

/** Execution at P, and at P−1 when some activity report counts there (else `previous` is null). */
function executionModel(
  now: readonly ActivityExecution[],
  then: readonly ActivityExecution[] | null,
  period: Period,
): ExecutionModel {
  const before = then?.some((a) => a.reportCount > 0) ? executionOf(then) : null;
  return {
    ...executionOf(now),
    previous: before
      ? { period: period.label, physicalRate: before.physicalRate, financialRate: before.financialRate }
      : null,
  };
}

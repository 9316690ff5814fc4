import { z } from 'zod';
import type { Block as BlockNode, Inline as InlineNode } from './analysis.js';
import { ANALYSIS_SECTIONS } from './analysis.js';
import {
  Aggregation,
  Direction,
  EntityAggregation,
  IndicatorType,
  Method,
  ReportType,
  TargetBasis,
  TargetType,
} from './plan.js';
import { RECOMMENDATION_STATUSES } from './recommendations.js';

/**
 * The report's JSON contract (docs/json-contract.md) as zod schemas: what `report.json` holds,
 * field by field. The computed model's types are inferred from them (compute/model-types.ts),
 * `report.schema.json` is generated from them (scripts/gen-report-schema.mjs), and `--compare`
 * reads an earlier report through them (core/compare.ts). Every object is strict (no other key),
 * so a field added to the model but not here fails the schema's tests.
 *
 * Keys marked optional are always written by this version; they are optional because reports of
 * schema version "3" written before they were added lack them (`cover.date`, `kind`, `analysis`,
 * `recommendations`, `logframe`: the mid-term review; `sources[].supersededBy`,
 * `quality.resubmissions`: resubmissions), and so that a model built by hand still is one.
 */
export const SCHEMA_VERSION = '4';
/** The schema versions `--compare` reads (docs/json-contract.md, "Validating report.json": `--compare` and other versions). */
export const READABLE_SCHEMA_VERSIONS = ['1', '2', '3', '4'] as const;

/**
 * An indicator's or a roll-up's standing at P (README, "Target at P"): by its rate against the
 * thresholds; `no-data` without a rate; `not-due` for a milestone nothing is expected of yet.
 * Listed once, highest band first: templates and charts read their order from it.
 */
export const Status = z.enum(['on-track', 'behind', 'critical', 'no-data', 'not-due']);
export type Status = z.infer<typeof Status>;

/** A rate, a fraction (0.857 is 85.7 %); never NaN or Infinity: null when it cannot be computed. */
const Rate = z.number().nullable();
const Num = z.number().nullable();
const Count = z.int().min(0);
const Text = z.string().nullable();

export const Reason = z.enum([
  'no-data',
  'no-target',
  'zero-target',
  'target-equals-baseline',
  'no-baseline',
  'target-against-direction',
  'zero-actual',
  'negative-value',
  'not-computable',
  'not-due',
]);
export const UsedMethod = z.enum(['ratio', 'progression', 'milestone', 'maintain']);
export const MethodWhy = z.enum([
  'milestone',
  'stages',
  'maintain',
  'asked',
  'flow',
  'level-with-baseline',
  'level-without-baseline',
]);
export const TargetSource = z.enum(['period', 'year', 'prorated', 'due']);
export const AcrossEntities = z.enum([...EntityAggregation.options, 'ratio']);
export const ExecutionReason = z.enum(['no-activities', 'nothing-due', 'no-budget', 'zero-budget']);
export const ActivityStatus = z.enum(['not-started', 'in-progress', 'done', 'abandoned']);
export const RecommendationStatus = z.enum(RECOMMENDATION_STATUSES);
export const ReportKind = z.enum(['monitoring', 'review']);

export const StatusCounts = z.strictObject({
  'on-track': Count,
  behind: Count,
  critical: Count,
  'no-data': Count,
  'not-due': Count,
});

export const Previous = z.strictObject({ period: z.string(), rate: Rate, status: Status });

/** Figures of a result, an axis or the plan (compute/rollup.ts). */
const rollupFigures = {
  rate: Rate,
  coverage: z.number(),
  status: Status,
  indicatorCount: Count,
  withData: Count,
  statusCounts: StatusCounts,
  leftOut: z.array(z.strictObject({ code: z.string(), reason: z.enum([...Reason.options, 'zero-weight']) })),
};
export const RollupFigures = z.strictObject(rollupFigures);

export const Execution = z.strictObject({
  planned: Count,
  due: Count,
  scheduled: Count,
  done: Count,
  doneDue: Count,
  doneAhead: Count,
  inProgress: Count,
  notStarted: Count,
  abandoned: Count,
  notReported: Count,
  physicalRate: Rate,
  physicalReason: ExecutionReason.nullable(),
  meanProgress: Rate,
  budget: Num,
  disbursed: Num,
  financialRate: Rate,
  financialReason: ExecutionReason.nullable(),
  budgetToDate: Num,
  financialRateToDate: Rate,
});

export const ExecutionModel = z.strictObject({
  ...Execution.shape,
  previous: z.strictObject({ period: z.string(), physicalRate: Rate, financialRate: Rate }).nullable(),
});

export const PlanModel = z.strictObject({
  code: z.string(),
  title: z.string(),
  country: z.string(),
  startYear: z.int().nullable(),
  endYear: z.int().nullable(),
  currency: z.string(),
  timeElapsed: Rate,
  ...rollupFigures,
  unweightedRate: Rate,
  previous: Previous.nullable(),
  execution: ExecutionModel.nullable(),
});

const rollupModel = {
  code: z.string(),
  label: z.string(),
  weight: z.number(),
  ...rollupFigures,
  previous: Previous.nullable(),
};
/** An axis: its roll-up and the execution of its activities (null when the plan lists none). */
export const AxisModel = z.strictObject({ ...rollupModel, execution: ExecutionModel.nullable().optional() });
export const ResultModel = z.strictObject({ ...rollupModel, axis: z.string(), level: Text });

export const Comment = z.strictObject({
  code: z.string(),
  entity: z.string(),
  period: z.string(),
  periods: z.array(z.string()),
  text: z.string(),
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
  laterDate: z.strictObject({ text: z.string(), period: z.string() }).nullable(),
});

export const EntityActual = z.strictObject({ entity: z.string(), value: Num, valueCount: Count });

export const Breakdown = z.strictObject({
  dimension: z.string(),
  parts: z.array(z.strictObject({ value: z.string(), actual: Num })),
  unallocated: Num,
  unallocatedEntities: z.array(z.string()),
});

export const IndicatorPrevious = z.strictObject({
  period: z.string(),
  rate: Rate,
  status: Status,
  actual: Num,
  target: Num,
  targetSource: TargetSource.nullable(),
});

export const IndicatorChange = z.strictObject({
  rate: Num,
  actual: Num,
  target: Num,
  moved: z.enum(['actual', 'target', 'both', 'neither']),
});

export const YearFigures = z.strictObject({ year: z.int(), actual: Num, target: Num, rate: Rate });

export const TraceGroup = z.strictObject({
  file: z.string(),
  sheet: z.string(),
  entity: z.string(),
  period: z.string(),
  cells: z.array(z.string()),
  values: z.array(Num),
});

export const IndicatorModel = z.strictObject({
  code: z.string(),
  result: Text,
  axis: z.string(),
  label: z.string(),
  unit: z.string(),
  type: IndicatorType,
  direction: Direction,
  aggregation: Aggregation,
  entityAggregation: AcrossEntities,
  targetType: TargetType,
  method: UsedMethod.nullable(),
  methodRule: z.strictObject({ method: UsedMethod, why: MethodWhy }),
  baseline: Num,
  baselineYear: z.int().nullable(),
  target: Num,
  targetBasis: TargetBasis,
  targetSource: TargetSource.nullable(),
  targetPeriod: Text,
  elapsedShare: Num,
  targetFrom: Num,
  targetYear: Num,
  finalTarget: Num,
  actual: Num,
  periodActual: Num,
  rate: Rate,
  rateYear: Rate,
  rateFinal: Rate,
  rateClamped: Rate,
  year: YearFigures.nullable(),
  status: Status,
  reason: Reason.nullable(),
  weight: z.number(),
  previous: IndicatorPrevious.nullable(),
  change: IndicatorChange.nullable(),
  entities: z.array(EntityActual),
  breakdowns: z.array(Breakdown),
  comments: z.array(Comment),
  trend: z.array(z.strictObject({ period: z.string(), actual: Num, target: Num })),
  /** Null when the report's trace is in its side file (`traceFile`: more than 50 000 source cells). */
  trace: z.array(TraceGroup).nullable(),
});

/** Where a large report's trace is (docs/json-contract.md, "Trace"); null while it is inline. */
export const TraceFileJson = z
  .strictObject({
    path: z.string(),
    format: z.literal('csv'),
    columns: z.array(z.string()),
    cells: z.number().int().nonnegative(),
  })
  .nullable();

export const ActivityModel = z.strictObject({
  code: z.string(),
  label: z.string(),
  axis: Text,
  result: Text,
  start: Text,
  end: Text,
  due: z.boolean(),
  status: ActivityStatus.nullable(),
  progress: Rate,
  budget: Num,
  budgetToDate: Num,
  disbursed: Num,
  financialRate: Rate,
  lastPeriod: Text,
  reportCount: Count,
  comments: z.array(Comment),
});

export const Changes = z.strictObject({
  against: z.enum(['previous-period', 'published-report']),
  period: Text,
  file: Text,
  statusChanges: z.array(
    z.strictObject({
      level: z.enum(['plan', 'axis', 'result', 'indicator']),
      code: z.string(),
      label: z.string(),
      from: Status,
      to: Status,
      rateFrom: Rate,
      rateTo: Rate,
    }),
  ),
  revisions: z.array(z.strictObject({ indicator: z.string(), period: z.string(), before: Num, after: Num })),
});

export const Iptt = z.strictObject({
  periods: z.array(z.string()),
  indicators: z.array(
    z.strictObject({
      code: z.string(),
      cumulative: z.boolean(),
      cells: z.array(
        z.strictObject({
          period: z.string(),
          target: Num,
          targetSource: TargetSource.nullable(),
          actual: Num,
          rate: Rate,
          state: z.enum(['ended', 'in-progress', 'future']),
        }),
      ),
    }),
  ),
});

/** An issue as report.json writes it: located, with its message in the report's language. */
export const IssueJson = z.strictObject({
  code: z.string(),
  severity: z.string(),
  file: z.string(),
  sheet: Text,
  cell: Text,
  row: z.int().nullable(),
  value: Text,
  message: z.string(),
  suggestion: Text,
});

export const Completeness = z.strictObject({
  periods: z.array(z.string()),
  rows: z.array(
    z.strictObject({
      entity: z.string(),
      expected: Count,
      received: Count,
      rate: Rate,
      reportsExpected: Count,
      reportsReceived: Count,
      reportsPartial: Count,
      cells: z.array(
        z.strictObject({
          period: z.string(),
          state: z.enum(['on-time', 'late', 'received', 'partial', 'missing', 'not-expected']),
          expected: Count,
          filled: Count,
          files: z.array(z.string()),
          timeliness: z.enum(['on-time', 'late', 'undated']).nullable(),
          submittedOn: Text,
          deadline: Text,
          daysLate: z.int().nullable(),
        }),
      ),
    }),
  ),
  expected: Count,
  received: Count,
  rate: Rate,
  reportsExpected: Count,
  reportsReceived: Count,
  reportsPartial: Count,
  previous: z.strictObject({ period: z.string(), rate: Rate }).nullable(),
});

export const Timeliness = z.strictObject({
  delayDays: Count,
  submissions: z.array(
    z.strictObject({
      file: z.string(),
      entity: Text,
      period: z.string(),
      submittedOn: z.string(),
      deadline: z.string(),
      daysLate: z.int(),
      onTime: z.boolean(),
    }),
  ),
  undated: Count,
  onTime: Count,
  late: Count,
  rate: Rate,
  lateByEntity: z.array(
    z.strictObject({
      entity: z.string(),
      dated: Count,
      late: Count,
      maxDaysLate: z.int(),
      reports: z.array(z.strictObject({ period: z.string(), daysLate: z.int() })),
    }),
  ),
});

/** A value the quality checks point at: what, whose, when, and where it was read. */
const located = {
  indicator: z.string(),
  entity: z.string(),
  period: z.string(),
  value: z.number(),
  file: z.string(),
  sheet: z.string(),
  cell: z.string(),
};
export const OutOfRange = z.strictObject({
  ...located,
  kind: z.enum(['percent-above-100', 'percent-below-0', 'negative-count']),
});
export const Outlier = z.strictObject({ ...located, median: z.number(), score: z.number(), points: Count });
export const CumulativeDecrease = z.strictObject({
  ...located,
  previousPeriod: z.string(),
  previous: z.number(),
});
export const IssueRef = z.strictObject({
  file: z.string(),
  sheet: Text,
  cell: Text,
  indicator: Text,
  severity: z.string(),
});
export const Superseded = z.strictObject({
  file: z.string(),
  by: z.string(),
  entity: z.string(),
  period: z.string(),
  earlier: z.string(),
  later: z.string(),
});

/** The quality findings besides the issues (compute/quality.ts). */
export const QualityFindings = z.strictObject({
  completeness: Completeness,
  timeliness: Timeliness,
  outOfRange: z.array(OutOfRange),
  outliers: z.array(Outlier),
  cumulativeDecreases: z.array(CumulativeDecrease),
  disaggregationMismatches: z.array(IssueRef),
  conflictingDuplicates: z.array(IssueRef),
  unknownCodes: z.array(IssueRef),
});

// The officer's analyse.md as read (model/analysis.ts): blocks and inlines told apart by their one key.
export const Inline: z.ZodType<InlineNode> = z.lazy(() =>
  z.union([
    z.strictObject({ text: z.string() }),
    z.strictObject({ emphasis: z.array(Inline) }),
    z.strictObject({ strong: z.array(Inline) }),
    z.strictObject({ code: z.string() }),
    z.strictObject({ link: z.strictObject({ url: z.string(), children: z.array(Inline) }) }),
    z.strictObject({ break: z.literal(true) }),
  ]),
);
export const Block: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([
    z.strictObject({ paragraph: z.array(Inline) }),
    z.strictObject({
      heading: z.strictObject({
        level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
        children: z.array(Inline),
      }),
    }),
    z.strictObject({
      list: z.strictObject({ ordered: z.boolean(), start: z.int(), items: z.array(z.array(Block)) }),
    }),
    z.strictObject({
      table: z.strictObject({
        align: z.array(z.enum(['left', 'right', 'center']).nullable()),
        head: z.array(z.array(Inline)),
        rows: z.array(z.array(z.array(Inline))),
      }),
    }),
    z.strictObject({ quote: z.array(Block) }),
    z.strictObject({ preformatted: z.string() }),
  ]),
);
export const Analysis = z.strictObject({
  file: z.string(),
  sections: z.partialRecord(z.enum(ANALYSIS_SECTIONS), z.array(Block)),
  axes: z.record(z.string(), z.array(Block)),
});

const RecommendationCounts = z.strictObject({
  'not-started': Count,
  'in-progress': Count,
  done: Count,
  abandoned: Count,
});
export const RecommendationsModel = z.strictObject({
  period: z.string(),
  previousPeriod: Text,
  count: Count,
  counts: RecommendationCounts,
  overdue: Count,
  previous: z.strictObject({ count: Count, counts: RecommendationCounts, overdue: Count }).nullable(),
  changes: z.array(
    z.strictObject({
      number: z.string(),
      kind: z.enum(['new', 'status']),
      from: RecommendationStatus.nullable(),
      to: RecommendationStatus,
    }),
  ),
  items: z.array(
    z.strictObject({
      number: z.string(),
      text: z.string(),
      axis: Text,
      responsible: Text,
      deadline: Text,
      deadlineKind: z.enum(['period', 'date']).nullable(),
      deadlineEnd: Text,
      status: RecommendationStatus,
      comment: Text,
      updated: Text,
      overdue: z.boolean(),
      previous: z.strictObject({ status: RecommendationStatus, overdue: z.boolean() }).nullable(),
      change: z.enum(['new', 'status']).nullable(),
      source: z.strictObject({ file: z.string(), sheet: z.string(), row: z.int(), cell: z.string() }),
    }),
  ),
});

export const LogframeIndicator = z.strictObject({
  code: z.string(),
  source: Text,
  frequency: Text,
  responsible: z.array(z.string()),
  disaggregations: z.array(z.string()),
});

export const Cover = z.strictObject({
  title: z.string(),
  subtitle: Text,
  institution: Text,
  author: Text,
  reportType: ReportType.nullable(),
  date: Text.optional(),
});

export const Source = z.strictObject({
  path: z.string(),
  role: z.enum(['plan', 'data', 'analysis', 'recommendations']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  supersededBy: Text.optional(),
});

/**
 * The whole report, its issues of the given shape: report.json's (`IssueJson`, with messages), or
 * the computed model's (compute/model-types.ts, issues with codes and parameters).
 */
function reportOf<I extends z.ZodType, T extends z.ZodType>(issue: I, traceFile: T) {
  return z.strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    tool: z.strictObject({ name: z.string(), version: z.string() }),
    generatedAt: Text,
    lang: z.enum(['fr', 'en']),
    period: z.string(),
    cover: Cover,
    settings: z.strictObject({
      method: Method,
      thresholds: z.strictObject({ onTrack: z.number(), behind: z.number() }),
      ceiling: z.number(),
      targetBasis: TargetBasis,
    }),
    plan: PlanModel,
    axes: z.array(AxisModel),
    results: z.array(ResultModel),
    indicators: z.array(IndicatorModel),
    activities: z.array(ActivityModel),
    changes: Changes,
    iptt: Iptt,
    quality: z.strictObject({
      issues: z.array(issue),
      resubmissions: z.array(Superseded).optional(),
      ...QualityFindings.shape,
    }),
    kind: ReportKind.optional(),
    analysis: Analysis.nullable().optional(),
    recommendations: RecommendationsModel.nullable().optional(),
    logframe: z.strictObject({ indicators: z.array(LogframeIndicator) }).optional(),
    sources: z.array(Source),
    traceFile,
  });
}

/** report.json as `ponam report --format json` writes it (docs/json-contract.md). */
export const ReportJson = reportOf(IssueJson, TraceFileJson);
export type ReportJson = z.infer<typeof ReportJson>;

/** The computed model's shape with its issues as found (their type is the caller's: model/issues.ts). */
export const reportModelSchema = <I extends z.ZodType>(issue: I) =>
  // The model holds the side file's cells themselves (compute/details.ts, TraceFile), which the
  // JSON writer turns into `traceFile`; compute/model-types.ts types it.
  reportOf(issue, z.unknown().optional());

/** The JSON Schema (draft 2020-12) of report.json: report.schema.json, written by `npm run build`. */
export function reportJsonSchema(): unknown {
  return {
    ...(z.toJSONSchema(ReportJson, { target: 'draft-2020-12' }) as object),
    title: `ponam report.json (schemaVersion ${SCHEMA_VERSION})`,
  };
}

import type { Issue } from '../model/issues.js';
import type { Indicator, ReportType, Settings, TargetBasis } from '../model/plan.js';
import type { AcrossEntities, Breakdown, EntityActual } from './aggregate.js';
import type { Changes, IndicatorChange, IndicatorPrevious, Previous } from './changes.js';
import type { Comment } from './comments.js';
import type { TraceFile } from './details.js';
import type { ActivityExecution, Execution } from './execution.js';
import type { YearFigures } from './flows.js';
import type { Iptt } from './iptt.js';
import type { QualityFindings } from './quality.js';
import type { MethodWhy, Reason, UsedMethod } from './rate.js';
import type { Superseded } from './resubmissions.js';
import type { ReviewFields } from './review-model.js';
import type { RollupFigures } from './rollup.js';
import type { Status } from './status.js';
import type { TargetSource } from './target.js';

/**
 * The computed model: what the JSON contract holds (docs/json-contract.md) and every renderer
 * formats. Types only; computeReport (model.ts) fills them.
 */
export const SCHEMA_VERSION = '4';

/** Where an actual came from: the cells of one file and sheet, for one entity and period, with their values. */
export interface TraceGroup {
  file: string;
  sheet: string;
  entity: string;
  period: string;
  cells: string[];
  /** The value read in each cell, in the order of `cells`. */
  values: (number | null)[];
}

export type { Comment } from './comments.js';

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
  /** The method its rate follows (even when it has no rate yet), and why. */
  methodRule: { method: UsedMethod; why: MethodWhy };
  baseline: number | null;
  baselineYear: number | null;
  /** The target at P, which the rate and status compare against. */
  target: number | null;
  targetBasis: TargetBasis;
  targetSource: TargetSource | null;
  /** The period of the plan's column the target at P was read from (`2023`, `2023-T1`); null when pro-rated or none. */
  targetPeriod: string | null;
  /** f, the share of the year elapsed at P's end, when the target is pro-rated. */
  elapsedShare: number | null;
  /** Where the pro-rated line starts (T_{Y−1}, the baseline or 0), when pro-rated. */
  targetFrom: number | null;
  /** T_Y, the whole target of P's year. */
  targetYear: number | null;
  finalTarget: number | null;
  /** At P; for a flow (`somme`), cumulated from the plan's start. */
  actual: number | null;
  /** A flow's actual over P alone (values dated within P); null for a level. */
  periodActual: number | null;
  rate: number | null;
  rateYear: number | null;
  rateFinal: number | null;
  rateClamped: number | null;
  /** A flow's own figures for P's year (actual, the plan's target for the year, rate); null for a level. */
  year: YearFigures | null;
  status: Status;
  reason: Reason | null;
  weight: number;
  previous: IndicatorPrevious | null;
  /** The change since P−1 explained (rate, actual, target, what moved); null without P−1. */
  change: IndicatorChange | null;
  entities: EntityActual[];
  breakdowns: Breakdown[];
  comments: Comment[];
  trend: { period: string; actual: number | null; target: number | null }[];
  /** The source cells behind `actual`; null when the report's trace is in its side file (`traceFile`). */
  trace: TraceGroup[] | null;
}

export interface RollupModel extends RollupFigures {
  code: string;
  label: string;
  weight: number;
  previous: Previous | null;
  /** Physical and financial execution of the axis's activities; null when the plan lists none. */
  execution?: ExecutionModel | null;
}

export interface ResultModel extends RollupModel {
  axis: string;
  level: string | null;
}

export interface ExecutionModel extends Execution {
  previous: { period: string; physicalRate: number | null; financialRate: number | null } | null;
}

export interface PlanModel extends RollupFigures {
  /** The plain mean of the axes' rates, every weight 1 (0 still excluding): what the weights change. */
  unweightedRate: number | null;
  code: string;
  title: string;
  country: string;
  startYear: number | null;
  endYear: number | null;
  currency: string;
  /** Share of the plan's time elapsed at P's end (months elapsed / months of the plan); null without its years. */
  timeElapsed: number | null;
  previous: Previous | null;
  execution: ExecutionModel | null;
}

export interface Cover {
  title: string;
  subtitle: string | null;
  institution: string | null;
  author: string | null;
  /** Null: the kind of report follows from the period (quarterly, semester, monthly, annual). */
  reportType: ReportType | null;
  /** The cover's date as the configuration gives it (`cover.date`); null: none (or `--timestamp`'s). */
  date?: string | null;
}

export interface Source {
  path: string;
  /** `analysis`: the officer's analyse.md; `recommendations`: a workbook read for its Recommandations sheet. */
  role: 'plan' | 'data' | 'analysis' | 'recommendations';
  sha256: string;
  /** The file whose later submission replaced this one (same entity and period); null otherwise. */
  supersededBy?: string | null;
}

export interface ActivityModel extends ActivityExecution {
  comments: Comment[];
}

/**
 * `kind`, `analysis`, `recommendations`, `logframe`: the mid-term review's parts (review-model.ts).
 * computeReport always sets them; they are optional here so that a model written by hand (a test,
 * an older report.json) still is one, read as a monitoring report without them.
 */
export interface ReportModel extends Partial<ReviewFields> {
  schemaVersion: string;
  tool: { name: string; version: string };
  generatedAt: string | null;
  lang: 'fr' | 'en';
  period: string;
  cover: Cover;
  settings: Pick<Settings, 'method' | 'thresholds' | 'ceiling' | 'targetBasis'>;
  plan: PlanModel;
  axes: RollupModel[];
  results: ResultModel[];
  indicators: IndicatorModel[];
  /** Each planned activity as of P (status, progress, budget, disbursed). */
  activities: ActivityModel[];
  changes: Changes;
  /** The Indicator Performance Tracking Table: target, actual and rate per indicator and period. */
  iptt: Iptt;
  /** `resubmissions`: reports replaced by a later submission (always given by computeReport). */
  quality: { issues: Issue[]; resubmissions?: Superseded[] } & QualityFindings;
  sources: Source[];
  /**
   * The trace of a large report (more than TRACE_INLINE_MAX source cells), written to a side file
   * beside report.json; null (or absent, in a model written by hand) while the trace is inline.
   */
  traceFile?: TraceFile | null;
}

import type { Issue } from '../model/issues.js';
import type { Indicator, ReportType, Settings, TargetBasis } from '../model/plan.js';
import type { AcrossEntities, Breakdown, EntityActual } from './aggregate.js';
import type { Changes, IndicatorPrevious, Previous } from './changes.js';
import type { ActivityExecution, Execution } from './execution.js';
import type { QualityFindings } from './quality.js';
import type { Reason, UsedMethod } from './rate.js';
import type { ReviewFields } from './review-model.js';
import type { RollupFigures } from './rollup.js';
import type { Status } from './status.js';
import type { TargetSource } from './target.js';

/**
 * The computed model: what the JSON contract holds (docs/json-contract.md) and every renderer
 * formats. Types only; computeReport (model.ts) fills them.
 */
export const SCHEMA_VERSION = '2';

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

/** What a partner wrote beside a value or an activity report. */
export interface Comment {
  entity: string;
  period: string;
  text: string;
  file: string;
  sheet: string;
  cell: string;
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
  /** The target at P, which the rate and status compare against. */
  target: number | null;
  targetBasis: TargetBasis;
  targetSource: TargetSource | null;
  /** f, the share of the year elapsed at P's end, when the target is pro-rated. */
  elapsedShare: number | null;
  /** Where the pro-rated line starts (T_{Y−1}, the baseline or 0), when pro-rated. */
  targetFrom: number | null;
  /** T_Y, the whole target of P's year. */
  targetYear: number | null;
  finalTarget: number | null;
  actual: number | null;
  rate: number | null;
  rateYear: number | null;
  rateFinal: number | null;
  rateClamped: number | null;
  status: Status;
  reason: Reason | null;
  weight: number;
  previous: IndicatorPrevious | null;
  entities: EntityActual[];
  breakdowns: Breakdown[];
  comments: Comment[];
  trend: { period: string; actual: number | null; target: number | null }[];
  trace: TraceGroup[];
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
  code: string;
  title: string;
  country: string;
  startYear: number | null;
  endYear: number | null;
  currency: string;
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
  quality: { issues: Issue[] } & QualityFindings;
  sources: Source[];
}

import type { z } from 'zod';
import type { Issue } from '../model/issues.js';
import type * as schema from '../model/report-schema.js';
import type { TraceFile } from './details.js';

/**
 * The computed model: what the JSON contract holds (docs/json-contract.md) and every renderer
 * formats. Its types are inferred from the contract's zod schemas (model/report-schema.ts), so
 * that the model, report.schema.json and `--compare` cannot drift apart; computeReport
 * (model.ts) fills them. The one difference with report.json: the model's issues carry their code
 * and parameters (model/issues.ts), which the JSON writer words in the report's language.
 */
export { SCHEMA_VERSION } from '../model/report-schema.js';

/** Where an actual came from: the cells of one file and sheet, for one entity and period, with their values. */
export type TraceGroup = z.infer<typeof schema.TraceGroup>;
export type { Comment } from './comments.js';
export type IndicatorModel = z.infer<typeof schema.IndicatorModel>;
/** An axis's roll-up, with the physical and financial execution of its activities (null when the plan lists none). */
export type RollupModel = z.infer<typeof schema.AxisModel>;
export type ResultModel = z.infer<typeof schema.ResultModel>;
export type ExecutionModel = z.infer<typeof schema.ExecutionModel>;
export type PlanModel = z.infer<typeof schema.PlanModel>;
export type Cover = z.infer<typeof schema.Cover>;
export type Source = z.infer<typeof schema.Source>;
export type ActivityModel = z.infer<typeof schema.ActivityModel>;

/** report.json's own shape: the model with its issues worded (report/json.ts). */
export type ReportJson = schema.ReportJson;

/**
 * `kind`, `analysis`, `recommendations`, `logframe`: the mid-term review's parts (review-model.ts).
 * computeReport always sets them; they are optional so that a model written by hand (a test, an
 * older report.json) still is one, read as a monitoring report without them.
 */
export type ReportModel = Omit<
  z.infer<ReturnType<typeof schema.reportModelSchema<z.ZodType<Issue>>>>,
  'traceFile'
> & {
  /** A large report's trace, written to its side file (docs/json-contract.md, "Trace"); null or absent while inline. */
  traceFile?: TraceFile | null;
};

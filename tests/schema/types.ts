/**
 * Compile-time checks (`npx tsc --noEmit`, run with the tests and by CI): the computed model's types
 * are inferred from the JSON contract's schema (model/report-schema.ts), and the types compute/
 * builds them from — written by hand beside their rules — are the schema's, field for field
 * (optional ones included). A field added to one and not the other fails the type check.
 */
import type { z } from 'zod';
import type { Breakdown, EntityActual } from '../../src/compute/aggregate.js';
import type { Changes, IndicatorChange, IndicatorPrevious, Previous } from '../../src/compute/changes.js';
import type { Comment } from '../../src/compute/comments.js';
import type { ActivityExecution, Execution, ExecutionReason } from '../../src/compute/execution.js';
import type { YearFigures } from '../../src/compute/flows.js';
import type { Iptt } from '../../src/compute/iptt.js';
import type { ReportModel } from '../../src/compute/model.js';
import type { QualityFindings } from '../../src/compute/quality.js';
import type { MethodWhy, Reason, UsedMethod } from '../../src/compute/rate.js';
import type { RecommendationsModel } from '../../src/compute/recommendations.js';
import type { Superseded } from '../../src/compute/resubmissions.js';
import type { LogframeIndicator, ReportKind } from '../../src/compute/review-model.js';
import type { RollupFigures } from '../../src/compute/rollup.js';
import type { TargetSource } from '../../src/compute/target.js';
import type { Analysis } from '../../src/model/analysis.js';
import type { ActivityStatus } from '../../src/model/plan.js';
import type * as S from '../../src/model/report-schema.js';
import type { IssueJson } from '../../src/report/json.js';

/** True only when A and B are the same type (each assignable to the other, optionality included). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const ok = <T extends true>(): T | undefined => undefined;
type I<T extends z.ZodType> = z.infer<T>;

ok<Same<I<typeof S.Comment>, Comment>>();
ok<Same<I<typeof S.EntityActual>, EntityActual>>();
ok<Same<I<typeof S.Breakdown>, Breakdown>>();
ok<Same<I<typeof S.Previous>, Previous>>();
ok<Same<I<typeof S.IndicatorPrevious>, IndicatorPrevious>>();
ok<Same<I<typeof S.IndicatorChange>, IndicatorChange>>();
ok<Same<I<typeof S.YearFigures>, YearFigures>>();
ok<Same<I<typeof S.Execution>, Execution>>();
ok<Same<Omit<I<typeof S.ActivityModel>, 'comments'>, ActivityExecution>>();
ok<Same<I<typeof S.Changes>, Changes>>();
ok<Same<I<typeof S.Iptt>, Iptt>>();
ok<Same<I<typeof S.QualityFindings>, QualityFindings>>();
ok<Same<I<typeof S.Superseded>, Superseded>>();
ok<Same<I<typeof S.RecommendationsModel>, RecommendationsModel>>();
ok<Same<I<typeof S.LogframeIndicator>, LogframeIndicator>>();
ok<Same<I<typeof S.Analysis>, Analysis>>();
ok<Same<I<typeof S.RollupFigures>, RollupFigures>>();
ok<Same<I<typeof S.IssueJson>, IssueJson>>();
ok<Same<I<typeof S.Reason>, Reason>>();
ok<Same<I<typeof S.UsedMethod>, UsedMethod>>();
ok<Same<I<typeof S.MethodWhy>, MethodWhy>>();
ok<Same<I<typeof S.TargetSource>, TargetSource>>();
ok<Same<I<typeof S.ExecutionReason>, ExecutionReason>>();
ok<Same<I<typeof S.ActivityStatus>, ActivityStatus>>();
ok<Same<I<typeof S.ReportKind>, ReportKind>>();

// The model and report.json differ only by their issues (found, with codes and parameters, or
// worded) and by a large report's trace: the cells themselves in the model, where report.json
// names the side file they were written to (`traceFile`).
ok<Same<Omit<ReportModel, 'quality' | 'traceFile'>, Omit<S.ReportJson, 'quality' | 'traceFile'>>>();
ok<Same<Omit<ReportModel['quality'], 'issues'>, Omit<S.ReportJson['quality'], 'issues'>>>();

import type { Analysis } from '../model/analysis.js';
import type { Plan } from '../model/plan.js';
import type { RecommendationRow } from '../model/recommendations.js';
import type { Period } from './periods.js';
import { type RecommendationsModel, recommendationsAt } from './recommendations.js';

/**
 * What the mid-term review adds to the computed model (docs/review.md): the kind of report, the
 * officer's analysis as read (src/report/analysis.ts), the follow-up of recommendations at P
 * (recommendations.ts), and the logframe's own columns the review's annex shows (source,
 * frequency, who reports), which the indicators' figures do not carry.
 */
export type ReportKind = 'monitoring' | 'review';

export interface ReviewInput {
  /** `review`: the mid-term review's structure; `monitoring` (the default) the quarterly report's. */
  kind?: ReportKind;
  analysis?: Analysis | null;
  /** The rows of every Recommandations sheet read; null when no such sheet was found. */
  recommendations?: readonly RecommendationRow[] | null;
  /** The cover's date as the configuration gives it (`2025-03-15`, or words). */
  coverDate?: string | null;
}

export interface LogframeIndicator {
  code: string;
  /** Means of verification (`Source`), as the plan gives it. */
  source: string | null;
  /** `Fréquence` as the plan gives it; null: quarterly, the default. */
  frequency: string | null;
  /** The entities that report it (`Responsables`). */
  responsible: string[];
  disaggregations: string[];
}

export interface ReviewFields {
  kind: ReportKind;
  analysis: Analysis | null;
  recommendations: RecommendationsModel | null;
  logframe: { indicators: LogframeIndicator[] };
}

export function reviewFields(plan: Plan, input: ReviewInput, period: Period): ReviewFields {
  return {
    kind: input.kind ?? 'monitoring',
    analysis: input.analysis ?? null,
    recommendations: input.recommendations ? recommendationsAt(input.recommendations, period) : null,
    logframe: {
      indicators: plan.indicators.map((i) => ({
        code: i.code,
        source: i.source,
        frequency: i.frequency,
        responsible: i.responsible,
        disaggregations: i.disaggregations,
      })),
    },
  };
}

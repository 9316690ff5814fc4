import { z } from 'zod';

/**
 * The plan (cadre logique) and the reported data as the core sees them: plain data, English keys,
 * percentages in percentage points, every value with the cell it came from.
 */
export const SourceCell = z.object({ file: z.string(), sheet: z.string(), cell: z.string() });
export type SourceCell = z.infer<typeof SourceCell>;

export const IndicatorType = z.enum(['quantitative', 'qualitative', 'milestone']);
export const Direction = z.enum(['increase', 'decrease', 'maintain']);
export const Aggregation = z.enum(['sum', 'last', 'mean', 'max']);
export const EntityAggregation = z.enum(['sum', 'mean']);
export const TargetType = z.enum(['annual', 'cumulative']);
export const Method = z.enum(['auto', 'ratio', 'progression']);
export const TargetBasis = z.enum(['pace', 'year']);
export const ReportType = z.enum(['quarterly', 'semester', 'monthly', 'annual', 'mid-term', 'final']);
export type ReportType = z.infer<typeof ReportType>;
export type TargetBasis = z.infer<typeof TargetBasis>;
export type IndicatorType = z.infer<typeof IndicatorType>;
export type Direction = z.infer<typeof Direction>;
export type Aggregation = z.infer<typeof Aggregation>;
export type EntityAggregation = z.infer<typeof EntityAggregation>;
export type TargetType = z.infer<typeof TargetType>;
export type Method = z.infer<typeof Method>;

export const Thresholds = z
  .object({ onTrack: z.number().min(0).max(10), behind: z.number().min(0).max(10) })
  .refine((t) => t.behind <= t.onTrack, { message: 'behind-above-on-track', path: ['behind'] });
export type Thresholds = z.infer<typeof Thresholds>;

export const Settings = z.object({
  code: z.string(),
  title: z.string(),
  country: z.string(),
  startYear: z.number().int().nullable(),
  endYear: z.number().int().nullable(),
  referenceDate: z.string().nullable(),
  currency: z.string(),
  lang: z.enum(['fr', 'en']),
  method: Method,
  thresholds: Thresholds,
  /** Plafond, as a fraction (1 = 100 %). */
  ceiling: z.number().positive().max(100),
  /** Days after a period's end within which a report is on time. */
  submissionDelayDays: z.number().int().min(0),
  /** `pace`: a period inside a year is judged against the target due by then; `year`: the whole year's. */
  targetBasis: TargetBasis,
  /** The report's cover: who publishes it, and what kind of report it is (null: from the period). */
  reportTitle: z.string().nullable(),
  institution: z.string().nullable(),
  subtitle: z.string().nullable(),
  author: z.string().nullable(),
  reportType: ReportType.nullable(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  code: '',
  title: '',
  country: '',
  startYear: null,
  endYear: null,
  referenceDate: null,
  currency: 'FCFA',
  lang: 'fr',
  method: 'auto',
  thresholds: { onTrack: 0.8, behind: 0.5 },
  ceiling: 1,
  submissionDelayDays: 30,
  targetBasis: 'pace',
  reportTitle: null,
  institution: null,
  subtitle: null,
  author: null,
  reportType: null,
};

export const Axis = z.object({
  code: z.string().min(1),
  label: z.string(),
  weight: z.number().min(0),
});
export type Axis = z.infer<typeof Axis>;

export const Result = z.object({
  code: z.string().min(1),
  axis: z.string(),
  label: z.string(),
  level: z.string().nullable(),
  weight: z.number().min(0),
});
export type Result = z.infer<typeof Result>;

export const Indicator = z.object({
  code: z.string().min(1),
  axis: z.string().min(1),
  result: z.string().nullable(),
  label: z.string(),
  unit: z.string(),
  type: IndicatorType,
  direction: Direction,
  aggregation: Aggregation,
  entityAggregation: EntityAggregation.nullable(),
  targetType: TargetType,
  method: Method.nullable(),
  baseline: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  /** Targets by year (`{"2022": 700}`). */
  targets: z.record(z.string(), z.number()),
  /** Targets of periods inside a year (`{"2023-T1": 150}`), from columns such as `Cible 2023-T1`. */
  periodTargets: z.record(z.string(), z.number()),
  finalTarget: z.number().nullable(),
  frequency: z.string().nullable(),
  responsible: z.array(z.string()),
  /** The cell of the `Responsables` column, where an entity it names is located. */
  responsibleCell: z.string().optional(),
  disaggregations: z.array(z.string()),
  source: z.string().nullable(),
  weight: z.number().min(0),
  /** For staged qualitative indicators: the number of stages (a value of 3 on a scale of 5). */
  scale: z.number().positive().nullable(),
  at: SourceCell,
});
export type Indicator = z.infer<typeof Indicator>;

export const Activity = z.object({
  code: z.string().min(1),
  result: z.string().nullable(),
  axis: z.string().nullable(),
  label: z.string(),
  responsible: z.array(z.string()),
  budget: z.number().min(0).nullable(),
  /** Planned budget per year (`Budget 2022` columns), when the plan gives them. */
  budgets: z.record(z.string(), z.number()).optional(),
  /** When the activity is planned to start and to end (`Début`, `Fin`): a year or a period label. */
  start: z.string().nullable().optional(),
  end: z.string().nullable().optional(),
  at: SourceCell,
});
export type Activity = z.infer<typeof Activity>;

/**
 * An entity the plan lists (sheet `Entités`) or the configuration does (`entities`), with the
 * other names it is written under: every figure counts them as this one.
 */
export interface PlanEntity {
  name: string;
  aliases: string[];
  type: string | null;
  region: string | null;
  /** The cell of its name in the plan; null when the configuration lists it. */
  at: SourceCell | null;
}

export interface Plan {
  file: string;
  settings: Settings;
  axes: Axis[];
  results: Result[];
  indicators: Indicator[];
  activities: Activity[];
  /** The reporting entities the plan lists (sheet `Entités`); empty when it lists none. */
  entities?: PlanEntity[];
}

/** One reported figure, after reading: values of milestones are 1 (oui) or 0 (non). */
export interface ReportedValue {
  indicator: string;
  entity: string;
  /** Canonical period label; the period itself is looked up from it. */
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** `sexe=F|région=Kayes`, or '' for a total row. */
  disaggregation: string;
  /** Where the value was read; `file` and `sheet` are shared strings, so a value costs little. */
  file: string;
  sheet: string;
  cell: string;
  /** What the partner wrote beside the value (`Commentaire`, `Observations`). */
  comment?: string;
  /** The comment's own cell (`L4`), which the report cites; the value's is `cell`. */
  commentCell?: string;
}

export type ActivityStatus = 'not-started' | 'in-progress' | 'done' | 'abandoned';

export interface ActivityReport {
  activity: string;
  entity: string;
  period: string;
  status: ActivityStatus | null;
  progress: number | null;
  disbursed: number | null;
  file: string;
  sheet: string;
  cell: string;
  comment?: string;
  /** The comment's own cell, which the report cites; the activity's code is at `cell`. */
  commentCell?: string;
}

export interface Submission {
  file: string;
  entity: string | null;
  /** The `Rapport` sheet's cell that gives the entity, where a misspelt name is located. */
  entityAt?: { sheet: string; cell: string };
  period: string | null;
  submittedOn: string | null;
}

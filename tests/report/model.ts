import type {
  ActivityModel,
  ExecutionModel,
  IndicatorModel,
  ReportModel,
  ResultModel,
  RollupModel,
} from '../../src/compute/model.js';
import type { CompletenessCell, CompletenessRow, SubmissionTimeliness } from '../../src/compute/quality.js';
import type { Status } from '../../src/compute/status.js';

/**
 * A small computed model written by hand, for the renderer's unit tests: two axes, three
 * results, five indicators, two entities (Kayes, OIM), a sex breakdown and comments in the shape
 * the lead's model work will give them. Every figure is stated here, so tests read expectations
 * off this file, not off a computation.
 */
const counts = (s: Partial<Record<Status, number>> = {}): Record<Status, number> => ({
  'on-track': 0,
  behind: 0,
  critical: 0,
  'no-data': 0,
  'not-due': 0,
  ...s,
});

export function indicator(over: Partial<IndicatorModel> & Pick<IndicatorModel, 'code'>): IndicatorModel {
  return {
    result: 'R1',
    axis: 'A1',
    label: `Indicateur ${over.code}`,
    unit: 'nombre',
    type: 'quantitative',
    direction: 'increase',
    aggregation: 'sum',
    entityAggregation: 'sum',
    targetType: 'cumulative',
    method: 'ratio',
    methodRule: { method: 'ratio', why: 'flow' },
    baseline: 0,
    baselineYear: 2021,
    target: 1000,
    targetBasis: 'pace',
    targetSource: 'year',
    targetPeriod: '2022',
    elapsedShare: null,
    targetFrom: null,
    targetYear: 1000,
    finalTarget: 2000,
    actual: 900,
    periodActual: null,
    rate: 0.9,
    rateYear: 0.9,
    rateFinal: 0.45,
    rateClamped: 0.9,
    year: null,
    status: 'on-track',
    reason: null,
    weight: 1,
    previous: null,
    change: null,
    breakdowns: [],
    comments: [],
    entities: [
      { entity: 'Kayes', value: 600, valueCount: 2 },
      { entity: 'OIM', value: 300, valueCount: 1 },
    ],
    trend: [
      { period: '2022-T3', actual: 400, target: 1000 },
      { period: '2022-T4', actual: 900, target: 1000 },
    ],
    trace: [
      {
        file: 'data/Kayes.xlsx',
        sheet: 'Valeurs',
        entity: 'Kayes',
        period: '2022-T4',
        cells: ['C2'],
        values: [600],
      },
    ],
    ...over,
  };
}

// No `Fin` in the plan: both activities count as due.
const execution = (over: Partial<ExecutionModel> = {}): ExecutionModel => ({
  planned: 2,
  due: 2,
  scheduled: 0,
  done: 1,
  doneDue: 1,
  doneAhead: 0,
  inProgress: 1,
  notStarted: 0,
  abandoned: 0,
  notReported: 0,
  physicalRate: 0.5,
  physicalReason: null,
  meanProgress: 0.75,
  budget: 2_800_000_000,
  disbursed: 2_650_000_000,
  financialRate: 2_650_000_000 / 2_800_000_000,
  financialReason: null,
  budgetToDate: null,
  financialRateToDate: null,
  previous: null,
  ...over,
});

function rollup(code: string, label: string, rate: number | null, status: Status): RollupModel {
  return {
    code,
    label,
    weight: 1,
    rate,
    coverage: 1,
    status,
    indicatorCount: 2,
    withData: 2,
    statusCounts: counts({ [status]: 2 }),
    leftOut: [],
    previous: null,
  };
}

const completenessRow = (
  entity: string,
  states: CompletenessRow['cells'][number]['state'][],
): CompletenessRow => {
  const expected = states.filter((s) => s !== 'not-expected').length;
  const received = states.filter((s) => s === 'on-time' || s === 'late' || s === 'received').length;
  return {
    entity,
    expected,
    received,
    rate: expected ? received / expected : null,
    reportsExpected: expected,
    reportsReceived: received,
    reportsPartial: states.filter((s) => s === 'partial').length,
    cells: states.map((state, n) => completenessCell(`2022-T${n + 1}`, state)),
  };
};

/** A cell of the completeness matrix: one value owed, filled unless missing or not expected. */
export function completenessCell(
  period: string,
  state: CompletenessCell['state'],
  more: Partial<CompletenessCell> = {},
): CompletenessCell {
  const received = state !== 'missing' && state !== 'not-expected';
  return {
    period,
    state,
    expected: state === 'not-expected' ? 0 : 1,
    filled: received ? 1 : 0,
    files: received ? [`/home/awa/suivi/data/${period}.xlsx`] : [],
    timeliness:
      state === 'on-time' || state === 'late'
        ? state
        : state === 'received'
          ? 'undated'
          : received
            ? 'on-time'
            : null,
    submittedOn: state === 'late' ? '2023-02-10' : received && state !== 'received' ? '2023-01-10' : null,
    deadline: state === 'not-expected' ? null : '2023-01-30',
    daysLate: state === 'late' ? 11 : received && state !== 'received' ? 0 : null,
    ...more,
  };
}

const late = (entity: string, period: string, daysLate: number): SubmissionTimeliness => ({
  file: `/home/awa/suivi/data/${entity}-${period}.xlsx`,
  entity,
  period,
  submittedOn: '2023-02-10',
  deadline: '2023-01-30',
  daysLate,
  onTime: false,
});

export function model(): ReportModel {
  const indicators: IndicatorModel[] = [
    indicator({ code: 'I1', label: 'Migrants assistés', rate: 1.227, rateClamped: 1, actual: 1227 }),
    indicator({
      code: 'I2',
      label: 'Centres ouverts',
      rate: 0.6,
      rateClamped: 0.6,
      status: 'behind',
      actual: 600,
    }),
    indicator({
      code: 'I3',
      result: 'R2',
      label: 'Accords signés',
      rate: 0.2,
      rateClamped: 0.2,
      status: 'critical',
      actual: 200,
    }),
    indicator({
      code: 'I4',
      result: 'R3',
      axis: 'A2',
      label: 'Montant mobilisé',
      unit: 'FCFA',
      target: 2_800_000_000,
      actual: 2_650_000_000,
      rate: 0.946,
      rateClamped: 0.946,
      status: 'on-track',
    }),
    indicator({
      code: 'I5',
      result: 'R3',
      axis: 'A2',
      label: 'Jamais renseigné',
      actual: null,
      rate: null,
      rateClamped: null,
      status: 'no-data',
      reason: 'no-data',
      entities: [],
      trend: [],
      trace: [],
    }),
  ];
  const results: ResultModel[] = [
    { ...rollup('R1', 'Résultat un', 0.8, 'on-track'), axis: 'A1', level: null },
    { ...rollup('R2', 'Résultat deux', 0.2, 'critical'), axis: 'A1', level: null },
    { ...rollup('R3', 'Résultat trois', 0.946, 'on-track'), axis: 'A2', level: null },
  ];
  const activities: ActivityModel[] = [
    {
      code: 'AC1',
      label: 'Centres d’accueil',
      axis: 'A1',
      result: 'R1',
      start: null,
      end: null,
      due: true,
      status: 'done',
      progress: 1,
      budget: 2_800_000_000,
      budgetToDate: null,
      disbursed: 2_650_000_000,
      financialRate: 2_650_000_000 / 2_800_000_000,
      lastPeriod: '2022-T4',
      reportCount: 2,
      comments: [],
    },
    {
      code: 'AC2',
      label: 'Campagne',
      axis: 'A2',
      result: 'R3',
      start: null,
      end: null,
      due: true,
      status: null,
      progress: null,
      budget: null,
      budgetToDate: null,
      disbursed: 0,
      financialRate: null,
      lastPeriod: null,
      reportCount: 0,
      comments: [],
    },
  ];
  return {
    schemaVersion: '4',
    tool: { name: 'ponam', version: 'test' },
    generatedAt: null,
    lang: 'fr',
    period: '2022-T4',
    cover: { title: 'Plan de test', subtitle: null, institution: null, author: null, reportType: null },
    settings: { method: 'auto', thresholds: { onTrack: 0.8, behind: 0.5 }, ceiling: 1, targetBasis: 'pace' },
    plan: {
      code: 'P',
      title: 'Plan de test',
      country: 'Mali',
      startYear: 2022,
      endYear: 2024,
      currency: 'FCFA',
      // 2022-T4 in a plan 2022-2024: 12 of 36 months.
      timeElapsed: 1 / 3,
      rate: 0.6,
      coverage: 0.8,
      status: 'behind',
      indicatorCount: 5,
      withData: 4,
      statusCounts: counts({ 'on-track': 2, behind: 1, critical: 1, 'no-data': 1 }),
      // Both axes weigh 1: the plain mean is the rate.
      unweightedRate: 0.6,
      leftOut: [{ code: 'I5', reason: 'no-data' }],
      previous: null,
      execution: execution(),
    },
    axes: [
      { ...rollup('A1', 'Protéger', 0.45, 'critical'), execution: execution() },
      { ...rollup('A2', 'Financer', 0.946, 'on-track'), execution: execution({ planned: 0 }) },
    ],
    results,
    indicators,
    activities,
    changes: { against: 'previous-period', period: null, file: null, statusChanges: [], revisions: [] },
    iptt: { periods: [], indicators: [] },
    quality: {
      issues: [],
      completeness: {
        periods: ['2022-T1', '2022-T2', '2022-T3', '2022-T4'],
        rows: [
          completenessRow('Kayes', ['on-time', 'late', 'on-time', 'on-time']),
          completenessRow('OIM', ['on-time', 'missing', 'on-time', 'missing']),
        ],
        expected: 8,
        received: 6,
        rate: 0.75,
        reportsExpected: 8,
        reportsReceived: 6,
        reportsPartial: 0,
        previous: null,
      },
      timeliness: {
        delayDays: 30,
        submissions: [late('Kayes', '2022-T2', 12), late('OIM', '2022-T1', 1), late('OIM', '2022-T3', 45)],
        undated: 1,
        onTime: 2,
        late: 3,
        rate: 0.4,
        // The late reports above, by entity: OIM 2 (1 and 45 days), Kayes 1 (12 days).
        lateByEntity: [
          {
            entity: 'OIM',
            dated: 2,
            late: 2,
            maxDaysLate: 45,
            reports: [
              { period: '2022-T1', daysLate: 1 },
              { period: '2022-T3', daysLate: 45 },
            ],
          },
          {
            entity: 'Kayes',
            dated: 1,
            late: 1,
            maxDaysLate: 12,
            reports: [{ period: '2022-T2', daysLate: 12 }],
          },
        ],
      },
      outOfRange: [],
      outliers: [],
      cumulativeDecreases: [],
      disaggregationMismatches: [],
      conflictingDuplicates: [],
      unknownCodes: [],
    },
    sources: [
      { path: '/home/awa/suivi/plan.xlsx', role: 'plan', sha256: 'a'.repeat(64) },
      { path: '/home/awa/suivi/data/Kayes.xlsx', role: 'data', sha256: `0123456789ab${'c'.repeat(52)}` },
    ],
  };
}

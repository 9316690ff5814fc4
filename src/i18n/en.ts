import type { Catalogue } from './fr.js';

export const en: Catalogue = {
  locale: 'en-GB',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  issues: {
    'file-not-found': () => 'file not found',
    'file-empty': () => 'the file is empty (0 bytes)',
    'not-xlsx': (p) =>
      `not an Excel .xlsx workbook (${p.detail}); open it in Excel or LibreOffice and save it as .xlsx`,
    'file-truncated': () =>
      'the workbook is truncated or damaged (interrupted download?); ask for the file to be sent again',
    'file-encrypted': () =>
      'the workbook is password-protected; remove the password (File › Info › Protect Workbook) and send it again',
    'legacy-xls': () => 'old Excel 97-2003 format (.xls); save it as .xlsx',
    'ods-file': () => 'OpenDocument spreadsheet (.ods); save it as Excel .xlsx',
    'file-too-large': (p) =>
      p.what === 'uncompressed'
        ? `workbook too large once uncompressed (${p.size} bytes, limit ${p.limit}); raise the limit with --max-uncompressed-size if intended`
        : `file too large (${p.size} bytes, limit ${p.limit}); raise the limit with --max-file-size if intended`,
    'file-unreadable': (p) => `unreadable workbook: ${p.detail}`,
    'missing-sheet': (p) => `sheet "${p.sheet}" not found; sheets present: ${p.found}`,
    'missing-header': (p) => `column "${p.column}" not found in the header; headers found: ${p.found}`,
    'duplicate-header': (p) => `duplicate column (already at ${p.first}): only the first is read`,
    'no-data': () => 'the sheet has no data rows',
    'hidden-sheet': () => 'hidden sheet: ignored',
    'too-many-rows': (p) =>
      `more than ${p.limit} rows: reading stopped; raise the limit with --max-rows if intended`,
    'type-error': (p) =>
      p.expected === 'yes-no'
        ? `'${p.value}' is not an accepted answer (column ${p.column}); expected: yes / no`
        : `'${p.value}' is not ${p.expected === 'date' ? 'a date' : p.expected === 'integer' ? 'a whole number' : 'a number'} (column ${p.column})`,
    'missing-cell': (p) =>
      p.indicator
        ? `no value for indicator ${p.indicator}: counted as not reported`
        : `cell "${p.column}" is empty`,
    'invalid-enum': (p) => `'${p.value}' is not an allowed value for ${p.column}; allowed: ${p.allowed}`,
    'invalid-period': (p) =>
      `'${p.value}' is not a valid period (expected 2022-T3, 2022-S1, 2022-03 or 2022)`,
    'excel-error': (p) =>
      `the cell holds the Excel error ${p.value}${p.column ? ` (column ${p.column})` : ''}`,
    'formula-without-result': () =>
      'formula saved without its computed result; open the file in Excel or LibreOffice and save it again',
    'percent-out-of-range': (p) => `percentage outside 0-100 (${p.value}) for ${p.indicator}`,
    'negative-count': (p) => `negative value (${p.value}) for ${p.indicator}, a count or an amount`,
    'ambiguous-number': (p) =>
      `'${p.value}' is ambiguous; read as ${p.read}. Write it without a thousands separator to be sure`,
    'duplicate-code': (p) => `code ${p.code} appears twice; only the first row is read`,
    'unknown-indicator': (p) => `indicator ${p.code} is not in the plan`,
    'unknown-entity': (p) => `entity "${p.entity}" is not among the plan's responsible entities`,
    'unknown-result': (p) => `result ${p.code} (indicator ${p.indicator}) is not in the Results sheet`,
    'unknown-axis': (p) => `axis ${p.code} (${p.indicator}) is not in the Axes sheet`,
    'unknown-activity': (p) => `activity ${p.code} is not in the plan`,
    'conflicting-duplicate': (p) =>
      `value ${p.value} conflicts with ${p.firstValue} already given at ${p.first} for ${p.indicator}, ${p.entity}, ${p.period}`,
    'duplicate-value': (p) =>
      `duplicate of ${p.first} (${p.indicator}, ${p.entity}, ${p.period}) with the same value: ignored`,
    'period-outside-plan': (p) => `period ${p.period} is outside the plan (${p.from}-${p.to})`,
    'missing-target': (p) => `no target for ${p.indicator} in ${p.years}`,
    'missing-period': () => 'no period: give it in the Report sheet (Period) or in a Period column',
    'missing-entity': (p) => `no entity: values are attributed to "${p.entity}" (the file name)`,
    'disaggregation-mismatch': (p) =>
      `total ${p.total} of ${p.indicator} differs from the sum of its ${p.dimension} breakdown (${p.sum})`,
    'invalid-setting': (p) =>
      `invalid value for ${p.column}${p.value !== undefined ? ` ('${p.value}')` : ''}: ${p.expected}`,
    'no-indicators': () => 'no indicator in the Indicators sheet',
    'overlapping-periods': (p) =>
      p.flow
        ? `period ${p.period} overlaps ${p.other} (already in ${p.first}) for ${p.indicator}, ${p.entity}: the same months would be counted twice; keep only one of the two`
        : `period ${p.period} overlaps ${p.other} (in ${p.first}) for ${p.indicator}, ${p.entity}: the finer period (${p.other}) is used, this one is left out`,
    resubmission: (p) =>
      `report replaced by ${p.by}, submitted later (${p.later} against ${p.earlier}) for ${p.entity}, ${p.period}: its values and activities are left out`,
    'plan-in-data': () =>
      'this workbook is a plan (an Indicators sheet and no Values sheet): skipped among the data',
    'own-output': () => 'this workbook is an annex written by ponam: skipped among the data',
    'mixed-layout': (p) =>
      `the sheet mixes a Value column (${p.value}) with period columns (${p.periods}): keep one of the two layouts`,
    'duplicate-period-column': (p) => `two columns for the same period (already in ${p.first}): keep one`,
    'axis-mismatch': (p) =>
      `indicator ${p.indicator} is attached to axis ${p.axis}, but its result ${p.result} belongs to axis ${p.resultAxis}; correct the axis or the result`,
  },
  suggestion: (s: string) => `did you mean ${s}?`,
  config: {
    unreadable: (file: string, why: string) => `configuration ${file} cannot be read (${why})`,
    syntax: (file: string, why: string) => `${file} is not valid JSON: ${why}`,
    syntaxHint: 'check commas and quotes; // and /* */ comments are allowed',
    schemaHint:
      'the accepted keys and their form are described in ponam.schema.json and the README (Configuration)',
    unknownKey: (file: string, path: string, suggestion: string | null) =>
      `${file}: unknown key ${path}${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
    invalid: (file: string, path: string, why: string) => `${file}: invalid value at ${path} (${why})`,
    missingFile: (file: string, path: string, target: string) =>
      `${file}: ${path} names '${target}', which does not exist (paths are relative to the configuration file)`,
    unknownAlias: (file: string, path: string) => `${file}: ${path} names no role, field or value of ponam`,
    aliasHint:
      'roles and fields are those of docs/workbook-format.md (for example indicators.baseline, status.done)',
    collision: (file: string, path: string, name: string, other: string) =>
      `${file}: the alias '${name}' at ${path} is already the name of ${other}`,
  },
  run: {
    invalidPeriod: (p: string) => `invalid --period '${p}'`,
    periodForms: 'write 2022-T3, 2022-S1, 2022-03 or 2022',
    periodOutsidePlan: (p: string, from: number, to: number) =>
      `period ${p} is outside the plan's years (${from}-${to})`,
    periodWithinPlan: (from: number, to: number) => `choose a period between ${from} and ${to}`,
    compareUnreadable: (file: string, why: string) => `--compare ${file}: unreadable JSON report (${why})`,
    compareExpected: 'give the report.json of a report ponam published',
    compareOtherPlan: (file: string, code: string, plan: string) =>
      `--compare ${file} is about plan ${code}, not ${plan}`,
    compareAfter: (file: string, period: string, at: string) =>
      `--compare ${file} is a report at ${period}, after the report period ${at}`,
    compareEarlier: 'compare with a report published before the report period',
  },
  status: { 'on-track': 'On track', behind: 'Behind', critical: 'Critical', 'no-data': 'Not reported' },
  statusSymbol: { 'on-track': '●', behind: '◐', critical: '○', 'no-data': '–' },
  reasons: {
    'no-data': 'no value reported for this period',
    'no-target': "no target for the period's year",
    'zero-target': 'target of zero: met as soon as the value is zero or more',
    'target-equals-baseline': 'target equals the baseline: 100 % if the target is met, 0 % otherwise',
    'no-baseline': 'no baseline: ratio method used',
    'target-against-direction': 'target against the expected direction: ratio method used',
    'zero-actual': 'brought down to zero: target exceeded',
    'negative-value': 'negative value or target: rate cannot be computed',
    'not-computable': 'values beyond the limits of computation: rate cannot be computed',
  },
  methods: { ratio: 'ratio', progression: 'progression', milestone: 'milestone', maintain: 'maintain' },
  directions: { increase: 'increase', decrease: 'decrease', maintain: 'maintain' },
  aggregations: { sum: 'sum', last: 'last', mean: 'mean', max: 'max' },
  across: { sum: 'sum', mean: 'mean', ratio: 'Σ numerators / Σ denominators' },
  targetTypes: { annual: 'annual', cumulative: 'cumulative' },
  yes: 'yes',
  no: 'no',
  pdf: {
    browserNotFound: 'no Chrome, Chromium or Edge browser found to produce the PDF',
    browserMissingAt: (path: string, from: string) => `browser not found: ${path} (given by ${from})`,
    tried: 'Paths tried:',
    install:
      'Install one (Linux: apt-get install chromium; Windows: Microsoft Edge is already there; otherwise Google Chrome), or give its path with --browser PATH or the PONAM_BROWSER variable.',
    failed: (detail: string) => `the browser could not produce the PDF: ${detail}`,
    failedHint: 'check the browser given (--browser) or rerun with --debug',
    timeout: (seconds: number) => `the PDF was not produced within ${seconds} s`,
  },
  report: {
    title: 'Monitoring report',
    subtitle: 'Mid-term review of the action plan',
    period: 'Period',
    country: 'Country',
    generatedAt: 'Generated on',
    contents: 'Contents',
    summary: 'Executive summary',
    planRate: 'Overall achievement rate',
    coverage: 'Coverage',
    coverageOf: (withData: number, count: number) => `${withData} of ${count} indicators reported`,
    statusCounts: 'Indicators by status',
    axesTable: 'Achievement by strategic axis',
    axis: 'Axis',
    result: 'Result',
    indicator: 'Indicator',
    code: 'Code',
    label: 'Label',
    unit: 'Unit',
    baseline: 'Baseline',
    target: 'Target',
    finalTarget: 'Final target',
    actual: 'Actual',
    rate: 'Rate',
    status: 'Status',
    weight: 'Weight',
    indicators: 'Indicators',
    noData: 'n/a',
    overAchieved: 'target exceeded',
    trend: 'Quarterly trend',
    chartPlan: 'Whole plan',
    chartRates: 'Achievement rate of the plan and its axes, against the status thresholds',
    chartStatuses: 'Number of indicators by status',
    page: 'Page',
    methodology: 'Methodology annex',
    sources: 'Source files',
    quality: 'Data quality',
    issuesTitle: 'Issues found',
    noIssues: 'No issue found.',
    file: 'File',
    sheet: 'Sheet',
    cell: 'Cell',
    message: 'Message',
    severity: 'Severity',
    methodIntro:
      'The figures of this report are computed from the workbooks listed at the end of the document. Every actual can be traced back to its source cell (JSON file, trace field).',
    formulas: 'Formulas',
    formulaProgression:
      'Progression: (A − B) / (T − B), where A is the actual, B the baseline and T the target; for a decreasing indicator, (B − A) / (B − T).',
    formulaRatio: 'Ratio: A / T; for a decreasing indicator, T / A.',
    formulaAuto:
      '"auto" method: progression for levels (last, mean, max) with a baseline, ratio for flows (sum).',
    formulaMilestone: 'Milestones: yes = 100 %, no = 0 %; staged indicators: stage reached / stage expected.',
    formulaAggregation:
      "Aggregation: first over each entity's periods (sum, last, mean or max), then across entities (sum for counts and amounts, mean otherwise; Σ numerators / Σ denominators for percentages reported that way).",
    formulaTargets:
      "Targets: cumulative targets are read at the period's year; annual targets of a summed indicator add up to that year.",
    formulaRollup:
      'Roll-ups: rates clamped to [0, ceiling]; a result is the weighted mean of its reported indicators, an axis that of its results, the plan that of its axes.',
    settings: 'Settings',
    method: 'Calculation method',
    thresholds: 'Thresholds',
    thresholdsText: (onTrack: string, behind: string) =>
      `on track ≥ ${onTrack}, behind ≥ ${behind}, critical below`,
    ceiling: 'Ceiling',
    exclusions: 'Exclusions and special cases',
    noExclusions: 'No indicator excluded.',
    sha256: 'SHA-256',
    role: 'Role',
    roles: { plan: 'plan', data: 'data' },
    colon: ': ',
    settingMethods: {
      auto: 'auto (progression for levels with a baseline, ratio for flows)',
      ratio: 'ratio',
      progression: 'progression',
    },
    reason: 'Reason',
  },
  execution: {
    title: 'Physical and financial execution',
    intro:
      'Activities of the plan at the report period: status and progress from their latest report, amounts disbursed to date.',
    physicalTable: 'Physical execution by strategic axis',
    financialTable: 'Financial execution by strategic axis',
    chart: 'Physical and financial execution rates by axis',
    plan: 'Whole plan',
    planned: 'Planned',
    done: 'Done',
    inProgress: 'In progress',
    notStarted: 'Not started',
    abandoned: 'Abandoned',
    notReported: 'Not reported',
    physicalRate: 'Physical execution',
    meanProgress: 'Mean progress',
    budget: 'Planned budget',
    disbursed: 'Disbursed',
    financialRate: 'Financial execution',
    none: 'The plan lists no activity.',
    reasons: {
      'no-activities': 'no activity planned',
      'no-budget': 'planned budget not given',
      'zero-budget': 'planned budget is zero',
    },
    statuses: {
      'not-started': 'not started',
      'in-progress': 'in progress',
      done: 'done',
      abandoned: 'abandoned',
    },
    formulaPhysical:
      'Physical execution: activities done / activities planned; each activity has the status of its latest report up to the period, and an activity with no report counts as planned and not done. Mean progress: mean of the latest known progress (done without a figure = 100 %, not started = 0 %).',
    formulaFinancial:
      'Financial execution: Σ amounts disbursed up to the period / Σ planned budgets; not computed (n/a) when the budget is missing or zero.',
  },
  quality: {
    summary: 'Checks at a glance',
    check: 'Check',
    result: 'Result',
    completeness: 'Completeness',
    completenessText: (received: number, expected: number) =>
      `${received} of ${expected} expected reports received`,
    timeliness: 'Timeliness',
    timelinessText: (onTime: number, dated: number, days: number) =>
      `${onTime} of ${dated} dated reports received within ${days} days of the period's end`,
    outOfRange: 'Values out of range',
    outliers: 'Outliers',
    cumulativeDecreases: 'Cumulative series going down',
    disaggregationMismatches: 'Disaggregations not adding up to the total',
    conflictingDuplicates: 'Conflicting duplicates',
    unknownCodes: 'Codes not in the plan',
    count: (n: number) => (n === 0 ? 'none' : n === 1 ? '1 found' : `${n} found`),
    matrix: 'Report completeness by entity and period',
    entity: 'Entity',
    rate: 'Rate',
    legend: 'Key:',
    states: {
      'on-time': 'received on time',
      late: 'received late',
      received: 'received (date unknown)',
      missing: 'expected, not received',
      'not-expected': 'not expected',
      partial: 'partly received (indicators missing)',
    },
    stateSymbols: {
      'on-time': '●',
      late: '◐',
      received: '✓',
      missing: '✗',
      'not-expected': '',
      partial: '◔',
    },
    lateTitle: 'Reports submitted late',
    submittedOn: 'Submitted on',
    deadline: 'Deadline',
    daysLate: 'Days late',
    outliersTitle: 'Outliers (modified z-score)',
    median: 'Median',
    score: 'z-score',
    value: 'Value',
    previous: 'Previous',
    kind: 'Kind',
    kinds: {
      'percent-above-100': 'percentage > 100',
      'percent-below-0': 'percentage < 0',
      'negative-count': 'negative count or amount',
    },
    location: 'Location',
    formulaCompleteness:
      'Completeness: reports received / reports expected; each entity responsible for an indicator owes one report per period of its frequency (quarterly by default, half-yearly, yearly) from the start of the plan up to the report period.',
    formulaTimeliness: (days: number) =>
      `Timeliness: a report is on time when submitted at most ${days} days after its period ends.`,
    formulaOutliers:
      "Outliers: modified z-score 0.6745 · (x − median) / MAD over the entity's own history (at least 4 periods; per-period flows for summed indicators), flagged above 3.5 in absolute value (Iglewicz and Hoaglin).",
    formulaCumulative:
      "Cumulative series: a value of a 'last' indicator with a cumulative target that is lower than the same entity's previous one is flagged.",
  },
  annex: {
    sheets: {
      summary: 'Summary',
      axes: 'Axes',
      results: 'Results',
      indicators: 'Indicators',
      activities: 'Activities',
      quality: 'Quality',
      sources: 'Sources',
    },
    key: 'Item',
    value: 'Value',
    planCode: 'Plan code',
    planTitle: 'Title',
    indicatorCount: 'Indicators',
    withData: 'Indicators reported',
    lastPeriod: 'Last period',
    severity: 'Severity',
    detail: 'Detail',
  },
};

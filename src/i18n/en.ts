// Over 400 lines on purpose: the English catalogue, one typed table of every string a reader sees
// (report, CLI, issues). Its type is the French catalogue's, so a missing key fails the build.
import type { Catalogue } from './fr.js';
import { en as reviewEn } from './review.js';
import { en as templateEn } from './template.js';

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
    'unknown-axis': (p) =>
      p.recommendation
        ? `axis ${p.code} of recommendation ${p.recommendation} is not an axis of the plan: the recommendation is listed without a link to an axis; correct the code`
        : `axis ${p.code} (${p.indicator}) is not in the Axes sheet`,
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
      p.expected === 'milestone-target'
        ? `'${p.value}' is not a milestone target (column ${p.column}); expected: yes, or the stage aimed at`
        : `invalid value for ${p.column}${p.value !== undefined ? ` ('${p.value}')` : ''}: ${p.expected}`,
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
    'duplicate-period-column': (p) =>
      `'${p.value}' is a second column for the period of '${p.firstName}' (${p.first}): keep one`,
    'axis-mismatch': (p) =>
      `indicator ${p.indicator} is attached to axis ${p.axis}, but its result ${p.result} belongs to axis ${p.resultAxis}; correct the axis or the result`,
    'not-a-regular-file': () =>
      'not a regular file (a pipe, device or socket): not read; give the path of an .xlsx workbook',
    'invalid-cell-ref': (p) =>
      `cell reference '${p.value}' outside Excel's grid (A1 to XFD1048576) or malformed: the sheet is read only up to it; open the file in Excel or LibreOffice and save it again`,
    'duplicate-sheet': (p) =>
      `two sheets for the same purpose: "${p.first}" and "${p.second}"; only "${p.first}" is read. Put the rows in one sheet or rename the other`,
    'unknown-heading': (p) =>
      p.axis
        ? `"${p.heading}": ${p.axis} is not an axis of the plan (axes: ${p.axes}); the text of this section is left out of the report. Correct the axis code`
        : `"${p.heading}" is not a section the report knows; its text is left out. Headings accepted: ${p.known} (or their English equivalents: Context, Methodology, Conclusions, Lessons learned)`,
    'duplicate-heading': (p) =>
      `the section "${p.heading}" appears twice: both texts are put one after the other; gather them under one heading`,
    'text-outside-section': () =>
      'text before the first section heading: it is left out of the report; put it under a heading (# Context, # Conclusions…)',
    'unsupported-markdown': (p) =>
      p.what === 'image'
        ? `image left out of the report (only its alternative text "${p.detail}" is shown); attach it to the Word report if it is needed`
        : `link "${p.detail}" left out: only http(s) and mailto links are kept, the link's text is shown without a link`,
    'duplicate-recommendation': (p) =>
      p.same
        ? `recommendation ${p.number} is already in ${p.first} for ${p.period}, identical: this row is ignored`
        : `recommendation ${p.number} is already in ${p.first} for ${p.period}, with other content: keep one row per recommendation and period (add a Period column to follow it over time)`,
    'invalid-deadline': (p) =>
      `'${p.value}' is not a deadline (column ${p.column}); write a date (2023-12-31) or a period (2023-Q4, 2023-H2, 2023)`,
  },
  suggestion: (s: string) => `did you mean ${s}?`,
  template: templateEn,
  /** The officer's analysis, the recommendations' follow-up, the mid-term review (src/i18n/review.ts). */
  review: reviewEn,
  config: {
    unreadable: (file: string, why: string) => `configuration ${file} cannot be read (${why})`,
    syntax: (file: string, at: string) => `${file} is not valid JSON: syntax error at ${at} (line:column)`,
    syntaxHint: 'check commas and quotes; // and /* */ comments are allowed',
    schemaHint:
      'the accepted keys and their form are described in ponam.schema.json and the README (Configuration)',
    unknownKey: (file: string, path: string, suggestion: string | null) =>
      `${file}: unknown key ${path}${suggestion ? `; did you mean '${suggestion}'?` : ''}`,
    invalid: (file: string, path: string, why: string) => `${file}: invalid value at ${path} (${why})`,
    missingFile: (file: string, path: string, target: string) =>
      `${file}: ${path} names '${target}', which does not exist (paths are relative to the configuration file)`,
    logoMissing: (file: string) => `logo '${file}' not found`,
    logoTooLarge: (file: string, mb: number) =>
      `logo '${file}' too large (over ${mb} MB): choose a smaller picture`,
    logoNotImage: (file: string) => `logo '${file}': not a PNG, JPEG or SVG picture`,
    unknownAlias: (file: string, path: string) => `${file}: ${path} names no role, field or value of ponam`,
    aliasHint:
      'roles and fields are those of docs/workbook-format.md (for example indicators.baseline, status.done)',
    expected: {
      type: (type: string) =>
        `expected ${({ string: 'a text', number: 'a number', array: 'a list', object: 'an object { … }', boolean: 'true or false' } as Record<string, string>)[type] ?? type}`,
      oneOf: (list: string) => `expected one of ${list}`,
      union: 'expected a text or a list of texts',
      atLeast: (n: string) => `expected at least ${n}`,
      atMost: (n: string) => `expected at most ${n}`,
      format: 'expected role.field (indicators.baseline) or list.value (status.done)',
      period: 'expected a period such as 2022-T3, 2022-S1, 2022-03 or 2022',
      key: 'unknown key',
    },
    collision: (
      file: string,
      path: string,
      name: string,
      kind: 'sheet' | 'column' | 'value',
      other: string,
    ) => `${file}: the alias '${name}' at ${path} is already the name of the ${kind} ${other}`,
  },
  run: {
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
    logoAlt: (who: string) => `Logo: ${who}`,
    title: 'Monitoring report',
    reportTypes: {
      quarterly: 'Quarterly report',
      semester: 'Half-year report',
      monthly: 'Monthly report',
      annual: 'Annual report',
      'mid-term': 'Mid-term review',
      final: 'Final report',
    },
    periodWords: {
      quarter: (n: number, year: number) => `Q${n} ${year}`,
      semester: (n: number, year: number) => `H${n} ${year}`,
      month: (month: string, year: number) => `${month} ${year}`,
      year: (year: number) => String(year),
      months: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ],
    },
    dateFormat: {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    } as Intl.DateTimeFormatOptions,
    nouns: {
      lateReport: { one: 'report late', other: 'reports late' },
      missingReport: { one: 'report missing', other: 'reports missing' },
      datedReport: { one: 'dated report', other: 'dated reports' },
      day: { one: 'day', other: 'days' },
      plannedActivity: { one: 'planned activity', other: 'planned activities' },
      dataWorkbook: { one: 'data workbook', other: 'data workbooks' },
      file: { one: 'file', other: 'files' },
    },
    pointForms: { one: 'pt', other: 'pts' },
    period: 'Period',
    country: 'Country',
    author: 'Author',
    generatedAt: 'Report date',
    contents: 'Contents',
    findingsTitle: 'Key findings',
    findingsIntro:
      'What the figures of the period show, most important first; each finding refers to the tables of the report.',
    findings: {
      plan: (p: { rate: string; status: string; withData: string; count: string }) =>
        `Overall achievement rate of the plan: ${p.rate}, status “${p.status}” (${p.withData} of ${p.count} indicators reported).`,
      planChange: (p: {
        period: string;
        change: string;
        before: string;
        after: string;
        statusBefore: string | null;
        statusAfter: string;
        published: boolean;
      }) =>
        `${p.published ? `Since the report published for ${p.period}` : `Since ${p.period}`}: ${p.change} (${p.before} → ${p.after})${p.statusBefore ? `; status changed from “${p.statusBefore}” to “${p.statusAfter}”` : ''}.`,
      statusChanges: (p: {
        since: string;
        published: boolean;
        count: string;
        one: boolean;
        none: boolean;
        /** Formatted counts; null when none moved that way. */
        improved: string | null;
        worsened: string | null;
        section: string;
        revisions: { count: string; one: boolean; none: boolean } | null;
      }) => {
        const lead = p.published ? `Against the report published for ${p.since}` : `Since ${p.since}`;
        const changed = p.none
          ? `${lead}, no status changed.`
          : `${lead}, ${p.count} ${p.one ? 'status changed' : 'statuses changed'}${moves(p.improved && `${p.improved} up`, p.worsened && `${p.worsened} down`, ': ', ', ')} (listed in “${p.section}”).`;
        const revised =
          p.revisions === null
            ? ''
            : p.revisions.none
              ? ' No figure of a past period has been revised since.'
              : p.revisions.one
                ? ` ${p.revisions.count} figure of a past period has been revised since.`
                : ` ${p.revisions.count} figures of past periods have been revised since.`;
        return changed + revised;
      },
      axesInDifficulty: (n: string, total: string, one: boolean) =>
        one
          ? `${n} of ${total} axes is critical or behind:`
          : `${n} of ${total} axes are critical or behind, furthest from target first:`,
      axesAllOnTrack: (n: string, one: boolean) =>
        one ? 'The axis of the plan is on track.' : `All ${n} axes of the plan are on track.`,
      indicatorsInDifficulty: (total: string, listed: string, one: boolean) =>
        one
          ? `${total} indicator is critical or behind:`
          : total === listed
            ? `${total} indicators are critical or behind, furthest from target first:`
            : `${total} indicators are critical or behind; the ${listed} furthest from target (all are in the axis sections):`,
      neverReported: (n: string, one: boolean) =>
        one ? `${n} indicator has never been reported:` : `${n} indicators have never been reported:`,
      reportsMissingAtPeriod: (n: string, one: boolean, period: string, entities: string) =>
        one
          ? `Report for ${period} not received: ${entities}.`
          : `Reports for ${period} not received from ${n} entities: ${entities}.`,
      partnersMissing: (n: string, one: boolean, more: boolean) =>
        one
          ? `${n} entity has not sent every report expected since the start of the plan:`
          : `${n} entities have not sent every report expected since the start of the plan${more ? '; those missing the most' : ''}:`,
      partnerMissing: (entity: string, missing: string, expected: string) =>
        `${entity}: ${missing} of ${expected}`,
      partnersLate: (late: string, dated: string, delay: string, one: boolean) =>
        `Of ${dated}, ${late} ${one ? 'was' : 'were'} submitted more than ${delay} after ${one ? 'its' : 'their'} period ended:`,
      partnerLate: (entity: string, late: string, worst: string) => `${entity}: ${late}, by up to ${worst}`,
      execution: (p: {
        done: string;
        planned: string;
        physical: string;
        disbursed: string | null;
        budget: string | null;
        financial: string;
        onePlanned: boolean;
      }) =>
        `Physical execution: ${p.done} of ${p.planned} done (${p.physical}); financial execution: ${
          p.budget === null
            ? 'planned budget not given'
            : `${p.disbursed} disbursed of ${p.budget} planned (${p.financial})`
        }.`,
    },
    changes: {
      title: (since: string) => `Changes since ${since}`,
      introPrevious: (since: string, at: string) =>
        `The figures of ${at} are compared with those of ${since}, computed from the same workbooks (without the values dated after ${since}). Every status that changed is listed below, from the plan down to the indicators, with the rate before and after.`,
      introPublished: (since: string, file: string) =>
        `The figures are compared with those of the report published for ${since} (${file}). Every status that changed since that report is listed below, from the plan down to the indicators, with the rate before and after; then the figures of past periods that partners have corrected since.`,
      statusTable: (since: string) => `Statuses that changed since ${since}`,
      levels: { plan: 'Plan', axis: 'Axes', result: 'Results', indicator: 'Indicators' },
      rateAt: (period: string) => `Rate ${period}`,
      statusAt: (period: string) => `Status ${period}`,
      none: (since: string) => `No status changed since ${since}.`,
      revisionsTable: (since: string) => `Past figures revised since the report of ${since}`,
      published: 'Published',
      now: 'Now',
      difference: 'Difference',
      noRevisions: 'No figure of a past period has been revised since that report.',
    },
    summary: 'Executive summary',
    planRate: 'Overall achievement rate',
    coverage: 'Coverage',
    coverageOf: (withData: string, count: string) => `${withData} of ${count} indicators reported`,
    statusCounts: 'Indicators by status',
    indicatorCount: 'Indicators',
    axesTable: 'Achievement by strategic axis',
    indicatorsTable: (axis: string) => `Indicators of axis ${axis}, by result`,
    activitiesTable: (axis: string) => `Activities of axis ${axis}`,
    entityTable: (code: string) => `${code}: actual by entity`,
    breakdownTable: (dimension: string) => `Actual by ${dimension}`,
    comments: 'Partners’ comments',
    directIndicators: 'Indicators attached directly to the axis',
    entity: 'Entity',
    rateBar: 'Rate as a bar',
    axis: 'Axis',
    result: 'Result',
    indicator: 'Indicator',
    code: 'Code',
    label: 'Label',
    unit: 'Unit',
    unitNote: (unit: string) => `unit: ${unit}`,
    baseline: 'Baseline',
    target: 'Target',
    finalTarget: 'Final target',
    finalTargetShort: 'final',
    targetAt: (period: string) => `Target ${period}`,
    targetOfYear: (year: string) => `${year} target`,
    targetNotes: {
      period: (period: string) => `${period} target`,
      year: (year: string) => `${year} target`,
      notProrated: 'not pro-rated',
      final: 'final target',
    },
    actual: 'Actual',
    rate: 'Rate',
    changeSince: (period: string) => `Change since ${period}`,
    total: 'Total',
    share: 'Share',
    shareBar: 'Share as a bar',
    change: 'Change',
    status: 'Status',
    weight: 'Weight',
    indicators: 'Indicators',
    noData: 'n/a',
    overAchieved: 'target exceeded',
    trendCaption: (code: string) => `${code}: actual (solid line) and target (dashes) by quarter`,
    chartPlan: 'Whole plan',
    chartRates: 'Achievement rate of the plan and its axes, against the status thresholds',
    chartStatuses: 'Number of indicators by status',
    page: 'Page',
    methodology: 'Methodology annex',
    sources: 'Source files',
    sourcesTable: 'Files read for this report',
    sourcesIntro: (data: string, folder: string) =>
      `This report was computed from the plan and ${data}${folder ? `, kept under ${folder} (the locations the report cites start from that folder)` : ''}. The fingerprint — the first 12 characters of the file’s SHA-256 — identifies it: a file changed by even one cell gets another fingerprint. The whole SHA-256 fingerprints are in the Excel annex (sheet Sources) and the report’s JSON file.`,
    shortHash: 'Fingerprint',
    quality: 'Data quality',
    issuesTitle: 'Issues found while reading the workbooks',
    noIssues: 'No issue found.',
    file: 'File',
    sheet: 'Sheet',
    cell: 'Cell',
    message: 'Message',
    severity: 'Severity',
    method: {
      intro:
        'The figures of this report are computed from the plan (logical framework) and the periodic reports received, listed at the end of the document. Every actual refers back to the workbook cell it came from (file, sheet, cell); issues are located the same way.',
      settingMethod: 'Calculation method',
      settingDelay: 'Submission deadline',
      settingBasis: 'Target basis',
      basis: {
        pace: 'the year’s pace (target pro-rated within the year)',
        year: 'the whole year (the whole year’s target, even within the year)',
      },
      ratesTitle: 'Achievement rate of an indicator',
      ratio:
        '"Ratio" method: the actual divided by the target. Example: 840 people trained against a target of 1,000 give 84%. For an indicator that should go down, the target divided by the actual.',
      progression:
        '"Progression" method: the distance travelled from the baseline over the distance planned, (actual − baseline) / (target − baseline). Example: a rate gone from 40% (baseline) to 55% against a target of 70% gives 15 / 30 = 50%. For an indicator that should go down, (baseline − actual) / (baseline − target).',
      auto: (method: string) =>
        `Method used for this report: ${method}. A flow (people assisted, amount disbursed) is measured as a ratio; a level (a rate, a headcount at a date) with a baseline as a progression.`,
      milestone:
        'Milestones (yes/no): yes is 100%, no is 0%. Staged indicators: stage reached / stage expected.',
      raw: 'An indicator’s rate is shown as computed: it may exceed 100% (▲ target exceeded) or be negative when things move away from the target.',
      targetsTitle: 'Targets',
      targetAtPace:
        'A report within a year does not compare a few months of achievements with the whole year’s target: the actual is compared with the target at the report period. That is, in this order, the target the plan gives for the period itself (columns "Cible 2023-T1", "Cible 2023-S1" or "Cible 2023-03"); at a year end (Q4, H2, December or the year), the year’s target; otherwise the part of the year’s target due by the end of the period, pro-rated by the months elapsed: previous year’s target + (year’s target − previous year’s target) × months elapsed / 12. Example: a flow whose earlier years’ targets total 800 and whose 2023 target is 1,000 has a Q1 2023 target of 800 + 1,000 × 3/12 = 1,050. Before the plan’s first target, the line starts from the baseline for a level and from 0 for a flow. Milestones and staged indicators are never pro-rated. Under each target, the axis’s table says where it comes from; the year’s target is beside it.',
      targetAtYear:
        'Target basis of this report: the whole year. The actual is compared with the whole target of the period’s year, even within the year (option --target-basis year, or the plan’s "Base des cibles"); the plan’s sub-year targets are not used. Within a year, rates are therefore lower than the planned pace.',
      targets:
        'A year’s target: a "cumulative" target is read as it is in the year’s column; for a flow with yearly targets, the targets of the plan’s years up to that year add up.',
      finalTarget:
        'The final target (end of the plan) is shown in small print under the target, to show the way left to go; the rates against the year’s target and the final target are also in the Excel annex and the JSON file.',
      aggregationTitle: 'Aggregating values and rates',
      overPeriods:
        'An entity’s values are first combined over its periods up to the report period, per the indicator’s aggregation: sum (flows), latest value, mean or maximum.',
      acrossEntities:
        'Then entities are combined: their counts and amounts add up, rates and means are averaged; a percentage reported with numerator and denominator is recomputed (sum of numerators / sum of denominators), never averaged.',
      rollup: (ceiling: string) =>
        `A result’s rate is the weighted mean of its reported indicators’ rates, an axis’s the weighted mean of its results, the plan’s the weighted mean of its axes (weight 1 unless the plan says otherwise). In these means each rate is brought between 0 and ${ceiling}, so that over-achievement does not hide a delay elsewhere.`,
      coverage:
        'Coverage is the share of indicators with at least one value: a rate computed on few indicators is to be read with care.',
      statusesTitle: 'Statuses',
      statuses: (p: {
        onTrack: string;
        behind: string;
        symbols: Record<'on-track' | 'behind' | 'critical' | 'no-data', string>;
        words: Record<'on-track' | 'behind' | 'critical' | 'no-data', string>;
      }) =>
        `${p.symbols['on-track']} ${p.words['on-track']}: rate of at least ${p.onTrack}; ${p.symbols.behind} ${p.words.behind}: at least ${p.behind}; ${p.symbols.critical} ${p.words.critical}: below ${p.behind}; ${p.symbols['no-data']} ${p.words['no-data']}: no value, or a rate that cannot be computed. Each status is given by a symbol, a word and a colour.`,
      executionTitle: 'Physical and financial execution',
      physical:
        'Physical execution: activities done / activities planned. Each activity has the status of its latest report up to the period; an activity with no report counts as planned and not done. Mean progress is the mean of the latest known progress (done without a figure = 100%, not started = 0%).',
      financial:
        'Financial execution: amounts disbursed up to the period / planned budget. It is not computed (n/a) when the planned budget is missing or zero.',
      qualityTitle: 'Data quality',
      completeness:
        'Completeness: each entity responsible for an indicator owes one value of it per period of the indicator’s frequency (quarterly by default, half-yearly, monthly or yearly), from the start of the plan to the report period. Completeness is the share of those values received: an entity that filled 3 of the 6 indicators it owes for a quarter is at 50% for that quarter, not 100%. A report (one entity, one period) is received when it holds at least one value owed, incomplete when some are missing ("3/6" in the tables by year).',
      timeliness: (delay: string) =>
        `Timeliness: a report received is on time when its submission date (Report sheet) is at most ${delay} after its period ends; reports on time + late + undated = reports received. The rate is over the dated reports.`,
      outliers:
        'Outliers: a value far from the same entity’s history for the same indicator (at least 4 periods), by the modified z-score of Iglewicz and Hoaglin (beyond 3.5). When that history varies too little to judge (more than half its values equal), a value is flagged only when it lies further from the median than the median itself: a 1 among 0s is not an outlier. It is flagged for checking, never corrected or set aside.',
      cumulative:
        'Cumulative series: for an indicator whose value accumulates, a value lower than the same entity’s previous one is flagged.',
    },
    settings: 'Settings',
    thresholds: 'Status thresholds',
    thresholdsText: (onTrack: string, behind: string) =>
      `on track ≥ ${onTrack}, behind ≥ ${behind}, critical below`,
    ceiling: 'Ceiling of rates in means',
    exclusions: 'Indicators without a rate, and why',
    noExclusions: 'Every indicator has a rate.',
    sha256: 'SHA-256',
    role: 'Role',
    roles: { plan: 'plan', data: 'data', analysis: 'analysis', recommendations: 'recommendations' },
    colon: ': ',
    settingMethods: {
      auto: 'automatic (progression for levels with a baseline, ratio for flows)',
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
    notReportedOne: 'not reported',
    activity: 'Activity',
    progress: 'Progress',
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
  },
  quality: {
    summary: 'Checks at a glance',
    check: 'Check',
    result: 'Result',
    detail: 'Detail',
    none: 'none',
    nouns: {
      case: { one: 'case', other: 'cases' },
      receivedReport: { one: 'report received', other: 'reports received' },
      expected: { one: 'expected', other: 'expected' },
      receivedValue: { one: 'value received', other: 'values received' },
      expectedValue: { one: 'expected', other: 'expected' },
      partialReport: { one: 'incomplete', other: 'incomplete' },
      onTime: { one: 'on time', other: 'on time' },
      late: { one: 'late', other: 'late' },
      undated: { one: 'without a submission date', other: 'without a submission date' },
      indicator: { one: 'indicator filled', other: 'indicators filled' },
      day: { one: 'day', other: 'days' },
    },
    completeness: 'Completeness',
    completenessText: (p: {
      values: string;
      expectedValues: string;
      reports: string;
      expectedReports: string;
      partial: string | null;
    }) =>
      `${p.values} of ${p.expectedValues} (one per indicator, responsible entity and period); ${p.reports} of ${p.expectedReports}${p.partial ? `, ${p.partial}` : ''} (one report per entity and period)`,
    rateAt: (period: string, rate: string) => `${period}: ${rate}`,
    timeliness: 'Timeliness',
    timelinessText: (p: {
      received: string;
      onTime: string;
      late: string;
      undated: string | null;
      delay: string;
    }) =>
      `Of ${p.received}: ${p.onTime}, ${p.late}${p.undated ? `, ${p.undated} (left out)` : ''}; deadline ${p.delay} after the period’s end`,
    receivedOf: (received: string, expected: string) => `${received}/${expected}`,
    entitiesTable: 'Completeness by entity, from the start of the plan to the report period',
    reportsReceived: 'Reports received',
    reportsPartial: 'of which incomplete',
    valuesReceived: 'Values received',
    partialOf: (filled: string, expected: string) => `partly received: ${filled} of ${expected}`,
    partialSymbol: 'n/m',
    outOfRange: 'Values out of range',
    outliers: 'Outliers',
    cumulativeDecreases: 'Cumulative series going down',
    disaggregationMismatches: 'Disaggregations not adding up to the total',
    conflictingDuplicates: 'Conflicting duplicates',
    unknownCodes: 'Codes not in the plan',
    matrix: (year: string) => `Reports of ${year}, by entity and period`,
    entity: 'Entity',
    rate: 'Rate',
    legend: 'Key:',
    states: {
      'on-time': 'received on time',
      late: 'received late',
      received: 'received (date unknown)',
      missing: 'expected, not received',
      'not-expected': 'not expected',
      partial: 'partly received (n indicators filled of m expected)',
    },
    lateTitle: 'Reports received late, by entity (each report’s dates are in the Excel annex, sheet Quality)',
    datedReports: 'Dated reports',
    lateReports: 'Late',
    worstDelay: 'Longest delay',
    latePeriods: 'Periods (days late)',
    lateBy: (period: string, days: string) => `${period.replace(/ /g, '\u00a0')}\u00a0(${days})`,
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
  },
  annex: {
    sheets: {
      summary: 'Summary',
      axes: 'Axes',
      results: 'Results',
      indicators: 'Indicators',
      entities: 'Entities',
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
    rateYear: 'Rate / year’s target',
    rateFinal: 'Rate / final target',
    previousRate: 'Previous rate',
    previousStatus: 'Previous status',
    valueCount: 'Values reported',
  },
  docx: {
    indicatorDetails: 'Trend, breakdowns and comments by indicator',
    activities: 'Activities',
    description:
      'Report produced by ponam from the plan’s workbooks: the figures come from the workbooks; to correct one, correct the workbook and run ponam again.',
  },
  cli: {
    program:
      "Turn a national action plan's Excel workbooks (plan and periodic reports) into validated figures and a report",
    titles: {
      'Usage:': 'Usage:',
      'Arguments:': 'Arguments:',
      'Options:': 'Options:',
      'Commands:': 'Commands:',
      'Global Options:': 'Global Options:',
    },
    usage: '[options]',
    usageCommand: '[options] [command]',
    byDefault: (value: string) => `(default: ${value})`,
    help: 'show this help',
    helpCommand: 'show the help of a command',
    version: 'show the version number',
    placeholders: {
      file: '<file>',
      files: '<paths...>',
      dir: '<dir>',
      path: '<path>',
      list: '<list>',
      period: '<period>',
      text: '<text>',
      name: '<name>',
      seconds: '<seconds>',
      number: '<n>',
      megabytes: '<MB>',
      percent: '<percent>',
      years: '<from-to>',
      thresholds: '<onTrack,behind>',
      format: '<format>',
      command: '[command]',
      paths: '[paths...]',
    },
    commands: {
      init: 'write a starting ponam.config.json for this folder (the plan and reports found)',
      report: 'plan + data workbooks → report (JSON model, HTML, PDF, xlsx annex)',
      demo: 'run `report` on the bundled PONAM 2020-2024 example (writes to out/)',
      validate: 'check plan and/or reporting workbooks; exit 0 valid, 1 invalid, 2 could not run',
      template: 'write a blank plan workbook, or reporting workbooks pre-filled from a plan',
      templatePlan: 'a blank plan workbook (logframe) with drop-down lists and instructions',
      templateReport:
        'a reporting workbook for one entity and period (or one per entity), pre-filled from the plan',
    },
    options: {
      layout:
        'long (default): one row per value; wide: the yearly tracking matrix, one row per indicator and one column per period of the year',
      forceConfig: 'replace an existing ponam.config.json',
      initLang: 'language of the report written into the configuration (fr or en)',
      plan: 'plan workbook (logframe)',
      config: 'project configuration (default: ./ponam.config.json when it exists)',
      validatePlan: 'plan workbook (logframe) to check the data against',
      data: 'reporting workbooks, or folders holding them',
      paths: 'more reporting workbooks or folders',
      validatePaths:
        'workbooks or folders; a workbook with an Indicators sheet and no Values sheet is the plan',
      period: 'report period (2022-T4, 2022-S1, 2022-12, 2022); default: the latest in the data',
      format: (list: string) => `comma-separated: ${list}`,
      validateFormat: (list: string) => `output: ${list}`,
      out: 'output folder',
      lang: 'language of the report and messages (fr or en); default: the plan’s, else fr',
      messagesLang: 'language of the messages (fr or en)',
      method: 'achievement-rate method: auto, ratio or progression (overrides the plan)',
      thresholds: 'status thresholds in %, e.g. 80,50 (override the plan)',
      ceiling: 'ceiling of rates in roll-ups, e.g. 100 (overrides the plan)',
      targetBasis:
        'target at the period: pace (pro-rated by the share of the year elapsed) or year (the whole year’s)',
      compare: 'a JSON report published earlier, to compare the figures with',
      title: 'title of the cover page',
      subtitle: 'subtitle of the cover page',
      author: 'author shown on the cover',
      institution: 'institution shown on the cover',
      strict: 'warnings count as errors',
      timestamp: 'write the generation time into the report (makes outputs differ between runs)',
      browser: 'Chrome, Chromium or Edge executable for PDF output',
      pdfTimeout: 'longest time for the PDF, in seconds; the browser is stopped after it',
      quiet: 'print nothing but errors',
      noColor: 'no colours in messages',
      debug: 'print stack traces of internal errors',
      maxWarnings: 'invalid when there are more warnings than this',
      maxFileSize: 'largest workbook accepted, in megabytes',
      maxUncompressedSize: 'largest workbook accepted once uncompressed, in megabytes',
      maxRows: 'most rows read in one sheet',
      templatePlanOut: 'workbook to write (.xlsx)',
      templateLang: 'language of sheet names, headers and lists (fr or en)',
      templateReportLang: 'language of the workbook (fr or en); default: the plan’s, else fr',
      years: 'plan years, one `Cible <year>` column each',
      example: 'fill in a small example plan',
      force: 'replace an existing file (refused otherwise)',
      entity: 'entity, as named in the plan’s Responsables column',
      allEntities: 'one workbook per responsible entity; --out is then a folder',
      templatePeriod: 'reporting period (2023-T1, 2023-S1, 2023-03, 2023)',
      templateReportOut: 'workbook to write, or folder with --all-entities',
      templateData: 'earlier reporting workbooks or folders, to show each indicator’s last value',
    },
    expect: {
      lang: 'fr or en',
      format: (list: string) => `a list of: ${list}`,
      validateFormat: (list: string) => `one of: ${list}`,
      method: 'auto, ratio or progression',
      targetBasis: 'pace or year',
      thresholds: 'two numbers such as 80,50',
      ceiling: 'a positive number such as 100 or 120',
      maxWarnings: 'a whole number, 0 or more',
      maxFileSize: 'a positive number of megabytes',
      maxUncompressedSize: 'a positive number of megabytes',
      maxRows: 'a positive whole number',
      pdfTimeout: 'a positive number of seconds',
      years: 'two years such as 2025-2029',
      period: '2022-T3, 2022-S1, 2022-03 or 2022',
      text: 'some text',
      kind: 'monitoring or review (also suivi or revue)',
    },
    errors: {
      prefix: 'ponam:',
      badOption: (flag: string, value: string, expected: string) =>
        `${flag}: '${value}' is not accepted; expected ${expected}`,
      unknownOption: (flag: string) => `unknown option: ${flag}`,
      unknownCommand: (name: string) => `unknown command: ${name}`,
      didYouMean: (list: string) => `did you mean ${list}?`,
      missingOption: (flag: string) => `required option missing: ${flag}`,
      optionNeedsValue: (flag: string) => `option ${flag} needs a value`,
      missingArgument: (name: string) => `required argument missing: ${name}`,
      excessArguments: (command: string, got: string) =>
        `${command} takes no argument besides its options (got: ${got})`,
      conflicting: (a: string, b: string) => `${a} and ${b} cannot be used together`,
      noCommand: (list: string) => `name a command: ${list}`,
      seeHelp: (command: string) => `run '${command} --help' to see the options`,
      entityOrAll: 'give either --entity NAME or --all-entities',
      noData: 'no data workbook given',
      noDataHint: 'add --data FILE|DIR (or list them after the options)',
      noWorkbook: 'no workbook given',
      noWorkbookHint: 'ponam validate [--plan plan.xlsx] FILE|DIR...',
      folderWithoutWorkbook: (path: string) => `no workbook (.xlsx) in the folder ${path}`,
      folderWithoutWorkbookHint: 'check the path, or save the workbooks as .xlsx',
      planIsFolder: (path: string) => `--plan takes a workbook, not a folder: ${path}`,
      planIsFolderHint: (example: string) => `name the plan's file, for example --plan ${example}`,
      planNotFile: (path: string) => `--plan is not a regular file: ${path}`,
      morePlans: (list: string) => `more than one plan workbook given: ${list}`,
      morePlansHint: 'validate one plan at a time, or name it with --plan',
      outIsFile: (path: string) => `--out must be a folder, but ${path} is a file`,
      outIsFileHint: 'choose another folder with --out (it is created if missing)',
      outIsFolder: (path: string) => `--out must name an .xlsx workbook, but ${path} is a folder`,
      outIsFolderHint: (example: string) => `for example --out ${example}`,
      outHoldsInput: (out: string, input: string) =>
        `the output folder ${out} holds one of the workbooks read (${input}): ponam never writes among its inputs`,
      outHoldsInputHint: 'choose a separate output folder, for example --out report',
      outIsInput: (path: string) =>
        `${path} is one of the workbooks read: ponam never writes over its inputs, even with --force`,
      outIsInputHint: 'choose another name with --out',
      folder: (path: string, code: string) =>
        code === 'EACCES' || code === 'EPERM'
          ? `cannot read the folder ${path}: permission denied`
          : `cannot read the folder ${path} (${code})`,
      folderHint: 'check the path and the folder’s permissions',
      emptyPath: 'an empty path was given among the workbooks',
      emptyPathHint: 'check the quotes and variables of the command',
      exists: (path: string) => `${path} already exists: ponam does not replace an existing workbook`,
      existMany: (count: number, list: string) =>
        `${count} workbooks already exist (${list}): none was written`,
      existsHint: 'add --force to replace it, or choose another name with --out',
      existManyHint: 'add --force to replace them, or choose another folder with --out',
      write: {
        EACCES: (path: string) => `cannot write ${path}: permission denied`,
        EPERM: (path: string) => `cannot write ${path}: operation not permitted`,
        EROFS: (path: string) => `cannot write ${path}: the disk is read-only`,
        ENOSPC: (path: string) => `cannot write ${path}: the disk is full`,
        EDQUOT: (path: string) => `cannot write ${path}: disk quota exceeded`,
        ENAMETOOLONG: (path: string) => `cannot write ${path}: file name too long`,
        ENOTDIR: (path: string) => `cannot write ${path}: part of the path is a file, not a folder`,
        EISDIR: (path: string) => `cannot write ${path}: it is a folder`,
        EEXIST: (path: string) => `cannot write ${path}: a file already has that name`,
        other: (path: string, code: string) => `cannot write ${path} (${code})`,
      },
      writeHint: 'choose a folder you can write to, with --out',
      invalidPeriod: (value: string) => `invalid period: '${value}'`,
      invalidPeriodHint: 'use 2023-T1, 2023-S1, 2023-03 or 2023',
      periodOutsidePlan: (period: string, from: number, to: number) =>
        `the period ${period} is outside the plan's years (${from}-${to})`,
      periodOutsidePlanHint: (from: number, to: number) => `choose a period from ${from} to ${to}`,
      notAnEntity: (name: string) => `'${name}' is not an entity of the plan`,
      notAnEntityHint: (list: string) => `entities named in the plan: ${list}`,
      noEntities: 'the plan names no responsible entity (column Responsables)',
      noEntitiesHint: 'give the entity with --entity NAME',
      compareNotFound: (path: string) => `report to compare with not found: ${path}`,
      internal: (message: string) => `internal error: ${message}`,
      internalHint: 'rerun with --debug to see the details, and report it with the command you ran',
      interrupted: (signal: string) => `interrupted (${signal}): no partial file was left`,
      pdfTimeoutHint: (seconds: number) =>
        `the browser was stopped; rerun with --pdf-timeout ${seconds} to give it more time`,
    },
    init: {
      exists: (file: string) => `${file} already exists: ponam does not replace an existing configuration`,
      existsHint: 'add --force to replace it',
      written: (plans: number, data: number) =>
        `configuration written: ${plans === 1 ? 'plan found' : plans === 0 ? 'no plan found (fill in "plan")' : `${plans} plans found (choose one)`}, ${data === 0 ? 'no report found (fill in "data")' : `${data} ${data === 1 ? 'place' : 'places'} with reports`}; then run "ponam report"`,
      header:
        'ponam configuration of this folder: "ponam report" and "ponam validate" read it. Paths are relative to this file; command-line options take precedence.',
      plan: 'The plan workbook (logframe)',
      severalPlans: (list: string) => `several plans found: ${list}`,
      data: 'Reporting workbooks, or folders holding them (searched throughout)',
      period: 'The report period; without it, the latest period in the data',
      format: 'Formats to write: html, json, pdf, xlsx, docx',
      out: 'Where the report is written (outside the data folders)',
      cover: 'The report’s cover',
      aliases:
        'Your workbooks’ own names (see docs/workbook-format.md), e.g. "sheets": {"indicators": ["Matrice des indicateurs"]}, "columns": {"indicators.baseline": ["Niveau initial"]}',
    },
    outcome: {
      reportNotWritten: 'No report written: fix the errors above.',
      reportNotWrittenNoList: 'No report written: the plan could not be read.',
      templateNotWritten: 'No template written: fix the plan.',
      strict: (warnings: number) =>
        `--strict: ${warnings === 1 ? 'the warning counts' : `the ${warnings} warnings count`} as errors.`,
      maxWarnings: (warnings: number, max: number) =>
        `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${max}: workbooks refused.`,
      noPlan: 'No plan given: codes, entities and periods not checked against a plan (add --plan plan.xlsx).',
      summary: (files: number, errors: number, warnings: number) =>
        `${files} file${files > 1 ? 's' : ''} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
      unreadable: (count: number) =>
        `${count} file${count > 1 ? 's' : ''} unreadable as .xlsx workbook${count > 1 ? 's' : ''}`,
      more: (count: number, code: string) => `… and ${count} more ${code}`,
      moreTitle: (count: number, code: string) => `${count} more ${code} not listed`,
      validWorkbook: 'valid workbook',
      row: 'row',
    },
  },
};

/** A list of moves after a lead (`: 2 en progrès, 1 en recul`), or nothing when none is given. */
function moves(a: string | null, b: string | null, lead: string, sep: string): string {
  const parts = [a, b].filter((x): x is string => Boolean(x));
  return parts.length > 0 ? lead + parts.join(sep) : '';
}

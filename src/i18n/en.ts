// Over 400 lines on purpose: the English catalogue, one typed table of every string a reader sees
// (report, CLI, issues). Its type is the French catalogue's, so a missing key fails the build.
import { ambiguousPeriod } from '../compute/periods.js';
import type { Status } from '../compute/status.js';
import type { Catalogue } from './fr.js';
import { en as reviewEn } from './review.js';
import { en as templateEn } from './template.js';

const EN_NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 9 });
/** A figure of a message as an English reader writes it (`1,250`, `1.25`). */
const enNumber = (n: string | number | undefined) =>
  typeof n === 'number' ? EN_NUMBER.format(n) : String(n);

function enAmbiguous(value: string, quarter: string | null, month: string): string {
  return `'${value}' is ambiguous: write ${quarter ? `${quarter} for a quarter, ` : ''}${month} for a month`;
}

/** What a file that is no workbook looks like (`NotWorkbook` in src/workbook/zip-probe.ts). */
const KINDS: Record<string, string> = {
  pdf: 'a PDF document',
  html: 'an HTML or XML page',
  rtf: 'an RTF document',
  image: 'an image',
  csv: 'a text file of values (CSV?) without the .csv extension',
  text: 'a text file',
  docx: 'a Word document (.docx)',
  pptx: 'a PowerPoint presentation (.pptx)',
  xlsb: 'a binary Excel workbook (.xlsb), a format ponam does not read',
  odt: 'an OpenDocument text (.odt)',
  odp: 'an OpenDocument presentation (.odp)',
  doc: 'a Word 97-2003 document (.doc)',
  ppt: 'a PowerPoint 97-2003 presentation (.ppt)',
  ole: 'an Office file that holds no workbook',
  zip: 'an archive (zip or other)',
  unknown: 'a file of an unknown type',
};

/** What to do with it, by kind. */
function kindAdvice(kind: unknown): string {
  if (kind === 'csv')
    return 'rename it with the .csv extension, or open it in Excel or LibreOffice and save it as .xlsx';
  if (kind === 'zip') return 'unpack it and give the workbooks it holds';
  if (kind === 'xlsb' || kind === 'html' || kind === 'text')
    return 'open it in Excel or LibreOffice and save it as .xlsx';
  return 'ask the sender for the workbook itself (.xlsx, .xls, .ods or a .csv of values)';
}

const kindOf = (p: { detail?: string | number }) => KINDS[String(p.detail)] ?? KINDS.unknown;

const RE_SAVE =
  'save it as .xlsx in Excel or LibreOffice: ponam reads an .xlsx row by row, without this limit';

export const en: Catalogue = {
  locale: 'en-GB',
  severity: { error: 'error', warning: 'warning', info: 'info' },
  issues: {
    'file-not-found': () => 'file not found',
    'file-empty': () => 'the file is empty (0 bytes)',
    'not-xlsx': (p) =>
      `not a workbook: this is ${kindOf(p)}. ponam reads .xlsx, .xls and .ods workbooks, and values in .csv; ${kindAdvice(p.detail)}`,
    'file-truncated': () =>
      'the workbook is truncated or damaged (interrupted download?); ask for the file to be sent again',
    'file-encrypted': () =>
      'the workbook is password-protected; remove the password (File › Info › Protect Workbook) and send it again',
    'file-too-large': (p) =>
      p.what === 'uncompressed'
        ? `workbook too large once uncompressed (${p.size} bytes, limit ${p.limit}); raise the limit with --max-uncompressed-size if intended`
        : `file too large (${p.size} bytes, limit ${p.limit}); raise the limit with --max-file-size if intended`,
    'file-unreadable': (p) => `unreadable workbook: ${p.detail}`,
    'missing-sheet': (p) => `sheet "${p.sheet}" not found; sheets present: ${p.found}`,
    'missing-header': (p) => `column "${p.column}" not found in the header; headers found: ${p.found}`,
    'duplicate-header': (p) => `duplicate column (already at ${p.first}): only the first is read`,
    'no-data': () => 'the sheet has no data rows',
    'hidden-sheet': (p) =>
      p.read
        ? p.very
          ? 'a "very hidden" sheet (not even shown by Unhide): read all the same; check its content with the author of the workbook'
          : 'hidden sheet: read all the same; unhide it (right-click a sheet tab › Unhide) to check what it holds'
        : p.twin
          ? `hidden sheet: ignored, the visible sheet "${p.twin}" is read instead`
          : 'hidden sheet: ignored',
    'too-many-rows': (p) =>
      `more than ${p.limit} rows: reading stopped; raise the limit with --max-rows if intended`,
    'type-error': (p) =>
      p.expected === 'yes-no'
        ? `'${p.value}' is not an accepted answer (column ${p.column}); expected: yes / no`
        : p.expected === 'date'
          ? `'${p.value}' is not a date (column ${p.column}); write it 12/01/2023 or 12 January 2023`
          : `'${p.value}' is not ${p.expected === 'integer' ? 'a whole number' : 'a number'} (column ${p.column})`,
    'missing-cell': (p) =>
      p.indicator
        ? `no value for indicator ${p.indicator}: counted as not reported`
        : `cell "${p.column}" is empty`,
    'invalid-enum': (p) => `'${p.value}' is not an allowed value for ${p.column}; allowed: ${p.allowed}`,
    'invalid-period': (p) => {
      const ambiguous = ambiguousPeriod(String(p.value ?? ''));
      return ambiguous
        ? enAmbiguous(String(p.value), ambiguous.quarter, ambiguous.month)
        : `'${p.value}' is not a valid period (expected 2022-T3, 2022-S1, 2022-03 or 2022)`;
    },
    'excel-error': (p) =>
      `the cell holds the Excel error ${p.value}${p.column ? ` (column ${p.column})` : ''}`,
    'formula-without-result': () =>
      'formula saved without its computed result; open the file in Excel or LibreOffice and save it again',
    'percent-out-of-range': (p) => `percentage outside 0-100 (${p.value}) for ${p.indicator}`,
    'negative-count': (p) => `negative value (${p.value}) for ${p.indicator}, a count or an amount`,
    'ambiguous-number': (p) =>
      `'${p.value}' is ambiguous; read as ${enNumber(p.read)} (${p.as === 'thousands' ? `thousands separator${p.unit ? `: the unit "${p.unit}" counts whole numbers` : ''}` : 'decimal separator'}). Write it without a thousands separator to be sure`,
    'duplicate-code': (p) =>
      p.entity
        ? `"${p.code}" already names the entity "${p.entity}": a name or alias can name one entity only; remove it from one of them`
        : `code ${p.code} appears twice; only the first row is read`,
    'unknown-indicator': (p) => `indicator ${p.code} is not in the plan`,
    'unknown-entity': (p) =>
      p.inPlan
        ? `entity "${p.entity}" in Responsables is not in the Entities sheet (neither a name nor an alias): correct the name, or add it to the Entities sheet`
        : p.listed
          ? `unknown entity "${p.entity}": neither in the plan's list of entities (Entities sheet, or the configuration's entities) nor one of their aliases; no figure is computed under this name. Correct the name, or add it as an alias of its entity`
          : p.close
            ? `entity "${p.entity}" is not among the plan's responsible entities: it is "${p.suggestion}" written another way, and its values would count as another entity. Correct the name; if it really is another entity, add it to the plan's responsible entities (or list the entities and their aliases in an Entities sheet)`
            : `entity "${p.entity}" is not among the plan's responsible entities: its values count apart, under this name; check the spelling, or add it to the plan`,
    'unknown-result': (p) =>
      `result ${p.code} (indicator ${p.indicator}) is not in the ${p.list ?? 'Results'} sheet`,
    'unknown-axis': (p) =>
      p.recommendation
        ? `axis ${p.code} of recommendation ${p.recommendation} is not an axis of the plan: the recommendation is listed without a link to an axis; correct the code`
        : `axis ${p.code} (${p.indicator}) is not in the ${p.list ?? 'Axes'} sheet`,
    'unknown-activity': (p) => `activity ${p.code} is not in the plan`,
    'conflicting-duplicate': (p) =>
      `value ${p.value} conflicts with ${p.firstValue} already given at ${p.first} for ${p.indicator}, ${p.entity}, ${p.period}; ${
        p.elsewhere
          ? 'if one workbook corrects the other, fill in the submission date (Date de soumission, Report sheet) of each, the later one for the correction: it then replaces the other; otherwise correct or remove one of the two values'
          : 'keep only one of the two rows'
      }`,
    'duplicate-value': (p) =>
      `duplicate of ${p.first} (${p.indicator}, ${p.entity}, ${p.period}) with the same value: ignored`,
    'period-outside-plan': (p) => `period ${p.period} is outside the plan (${p.from}-${p.to})`,
    'missing-target': (p) => `no target for ${p.indicator} in ${p.years}`,
    'missing-period': (p) =>
      p.format === 'csv'
        ? 'no period: add a Period column to the CSV file (2022-T3, 2022-S1, 2022-03 or 2022)'
        : 'no period: give it in the Report sheet (Period) or in a Period column',
    'missing-entity': (p) =>
      `no entity: values are attributed to "${p.entity}" (the file name)${p.format === 'csv' ? '; add an Entity column to the CSV file' : ''}`,
    'disaggregation-mismatch': (p) =>
      `total ${p.total} of ${p.indicator} differs from the sum of its ${p.dimension} breakdown (${p.sum})`,
    'invalid-setting': (p) =>
      `invalid value for ${p.column}${p.value !== undefined ? ` ('${p.value}')` : ''}: ${p.expected}`,
    'no-indicators': (p) => `no indicator in the ${p.list ?? 'Indicators'} sheet`,
    'milestone-never-due': (p) =>
      `${p.stage ? 'staged indicator' : 'milestone'} ${p.indicator} never falls due: every target, the final one included, is ${p.stage ? 'stage 0' : "'no'"}, so it is never rated; write ${p.stage ? 'the stage aimed at' : "'yes'"} in the column of the year it is due (Target <year>) or in the final target`,
    'overlapping-periods': (p) =>
      p.flow
        ? `period ${p.period} overlaps ${p.other} (already in ${p.first}) for ${p.indicator}, ${p.entity}: the same months would be counted twice; keep only one of the two`
        : `period ${p.period} overlaps ${p.other} (in ${p.first}) for ${p.indicator}, ${p.entity}: the finer period (${p.other}) is used, this one is left out`,
    resubmission: (p) =>
      `report replaced by ${p.by}, submitted later (${p.later} against ${p.earlier}) for ${p.entity}, ${p.period}: its values and activities are left out`,
    'plan-in-data': () =>
      'this workbook is a plan (an Indicators sheet and no Values sheet): skipped among the data',
    'own-output': (p) =>
      p.kind === 'report'
        ? 'this file is a report written by ponam (an earlier run, written into this folder): skipped among the data'
        : 'this workbook is an annex written by ponam: skipped among the data',
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
    'entity-alias': (p) =>
      `"${p.entity}" is an alias of "${p.canonical}" (the plan's list of entities): its values and activities count for "${p.canonical}"`,
    'read-limit': (p) =>
      p.what === 'time'
        ? `reading stopped after ${p.limit} s (workbook too heavy or damaged); ${RE_SAVE}`
        : p.what === 'memory'
          ? `reading needs more than ${p.limit} MB of memory; ${RE_SAVE}`
          : `more than ${p.limit} filled cells once repeated rows and columns are unrolled; ${RE_SAVE}`,
    'csv-not-values': (p) =>
      `this CSV file is not a table of values: no header row naming the Indicator column in its first 20 rows (first row: ${p.found}). A CSV of values has the columns of the Values sheet on its first row: Indicator, Value, Period, Entity, separated by ";" or ","`,
    'csv-malformed': (p) =>
      p.reason === 'quote'
        ? 'a quote (") opened on this row is never closed: the rest of the file cannot be split into columns; fix it, or save the file again from Excel or LibreOffice'
        : p.reason === 'record-size'
          ? 'a row of more than 4 million characters: this is not a table of values; save the file again from Excel or LibreOffice'
          : 'malformed CSV file at this row; save it again from Excel or LibreOffice',
    'csv-plan': () =>
      'a CSV file cannot be the plan: the plan is a workbook of several sheets (Indicators, and Plan, Axes, Results…); give the plan workbook (.xlsx, .xls or .ods)',
    'skipped-file': (p) =>
      p.reason === 'lock-file'
        ? 'lock file left by Excel or LibreOffice while a workbook is open: skipped. If that workbook is still open, save and close it so that your latest changes are read'
        : p.reason === 'system-file'
          ? 'system file (.DS_Store, Thumbs.db…), not a report: skipped'
          : p.reason === 'hidden'
            ? 'hidden file (its name starts with a dot): skipped. If it holds a report, remove the dot at the start of its name'
            : `not a workbook (${KINDS[String(p.detail)] ?? KINDS.unknown}): skipped. ${p.detail === 'zip' ? 'Unpack it into the folder to have its workbooks read' : p.detail === 'xlsb' ? 'Save it as .xlsx in Excel to have it read' : 'If it holds a report, ask for the workbook itself (.xlsx, .xls, .ods or a .csv of values)'}`,
    'duplicate-sheet': (p) =>
      `two sheets for the same purpose: "${p.first}" and "${p.second}"; only "${p.first}" is read. Put the rows in one sheet or rename the other`,
    'two-row-header': (p) =>
      p.why
        ? `header on two rows (rows ${p.top} and ${p.bottom}): "${p.name}" spans several columns (${p.columns}) whose sub-headings (${p.subs}) are not column names; put each column name on a single header row (one row per category with a Sex column, for instance)`
        : `header on two rows (rows ${p.top} and ${p.bottom}) read as one: ${p.names}`,
    'total-row': (p) =>
      `row ${p.row}: a total row of the table (${p.why === 'label' ? `"${p.label}"` : p.why === 'formula' ? `formula ${p.formula}` : `${enNumber(p.sum)}, the sum of the values above`}), ignored: ponam computes totals itself. If it is a value to count, give its indicator code`,
    'total-category': (p) =>
      `"${p.category}" is not a known category of ${p.dimension} and equals the sum of the others (${p.parts} = ${enNumber(p.sum)}): read as the total of ${p.indicator}. Write "Total" if it is one, else correct the category or the value`,
    'date-serial': (p) =>
      `the number ${p.value} is read as the date ${p.date} (column ${p.column}; the cell lost its date format); give the cell a date format to be sure`,
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
  // A name of several words is quoted (an entity: did you mean "DR Kayes"?), a code is not.
  periodAmbiguous: (value: string, quarter: string | null, month: string) =>
    enAmbiguous(value, quarter, month),
  suggestion: (s: string) => (/\s/.test(s) ? `did you mean "${s}"?` : `did you mean ${s}?`),
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
    entityCollision: (file: string, path: string, name: string, other: string) =>
      `${file}: '${name}' at ${path} already names the entity '${other}'; a name or alias can name one entity only`,
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
    compareNotFound: (file: string) => `--compare ${file}: file not found`,
    compareNotJson: (file: string) => `--compare ${file}: not a ponam report.json (the file is not JSON)`,
    compareNotReport: (file: string, field: string) =>
      `--compare ${file}: not a ponam report.json (field '${field}' missing or invalid)`,
    compareExpected:
      'give the report.json of a report ponam published (written with --format json), for example report-2024-Q3/report.json',
    compareVersion: (file: string, version: string, known: readonly string[]) =>
      `--compare ${file}: a report.json of schema version '${version}', which this version of ponam does not read (it reads versions ${known.slice(0, -1).join(', ')} and ${known.at(-1)})`,
    compareVersionFix:
      'compare with a report.json written by this version of ponam or an older one, or update ponam',
    compareOtherPlan: (file: string, code: string, plan: string) =>
      `--compare ${file} is about plan ${code}, not ${plan}`,
    compareAfter: (file: string, period: string, at: string) =>
      `--compare ${file} is a report at ${period}, after the report period ${at}`,
    compareEarlier: 'compare with a report published before the report period',
  },
  status: {
    'on-track': 'On track',
    behind: 'Behind',
    critical: 'Critical',
    'no-data': 'Not reported',
    'not-due': 'Not due',
  },
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
    'not-due': 'milestone not due yet at this period (target "no", or nothing due): out of the means',
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
      plan: (p: {
        rate: string;
        status: string;
        withData: string;
        count: string;
        notDue: { n: string; one: boolean } | null;
        weights: string | null;
      }) =>
        `Overall achievement rate of the plan: ${p.rate}, status “${p.status}” (${p.withData} of ${p.count} indicators${p.notDue === null ? '' : ' due'} reported${p.notDue === null ? '' : `; ${p.notDue.n} not due, out of the rate`}${p.weights ? `; ${p.weights}` : ''}).`,
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
      reportsIncompleteAtPeriod: (n: string, one: boolean, period: string) =>
        one
          ? `Report for ${period} received incomplete:`
          : `Reports for ${period} received incomplete from ${n} entities:`,
      partnerIncomplete: (entity: string, filled: string, expected: string) =>
        `${entity}: ${filled} of ${expected}`,
      partnersLate: (late: string, dated: string, delay: string, _one: boolean) =>
        `Of ${dated}, ${late} arrived after the deadline (${delay} after the period’s end); delays are counted from the deadline:`,
      partnerLate: (entity: string, late: string, worst: string) =>
        `${entity}: ${late}, up to ${worst} after the deadline`,
      execution: (p: {
        done: string;
        oneDone: boolean;
        due: string;
        oneDue: boolean;
        physical: string;
        scheduled: boolean;
        ahead: string | null;
        oneAhead: boolean;
        notDue: string | null;
        oneNotDue: boolean;
        period: string;
        disbursed: string | null;
        budget: string | null;
        years: string | null;
        financial: string;
        toDate: { budget: string; year: string; rate: string } | null;
      }) => {
        const physical = p.scheduled
          ? `Physical execution: ${p.done} of ${p.due} ${p.oneDue ? 'activity' : 'activities'} due by ${p.period} done (${p.physical})${p.ahead ? `, ${p.ahead} more done ahead of time` : ''}${p.notDue ? `; ${p.notDue} ${p.oneNotDue ? 'activity' : 'activities'} not yet due` : ''}`
          : `Physical execution: ${p.done} of the plan’s ${p.due} ${p.oneDue ? 'activity' : 'activities'} done (${p.physical}), all counted as due for want of an end period (column End of the plan’s activities)`;
        const financial =
          p.budget === null
            ? 'planned budget not given'
            : `${p.disbursed} disbursed up to ${p.period}, ${p.financial} of the plan’s total budget${p.years ? ` for ${p.years}` : ''} (${p.budget})${p.toDate ? ` and ${p.toDate.rate} of the budget planned up to the end of ${p.toDate.year} (${p.toDate.budget})` : ''}`;
        return `${physical}; financial execution: ${financial}.`;
      },
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
    coverageOf: (withData: string, count: string, notDue: string | null) =>
      notDue === null
        ? `${withData} of ${count} indicators reported`
        : `indicators due reported: ${withData} of ${count}; not due: ${notDue}`,
    statusCounts: 'Indicators by status',
    indicatorCount: 'Indicators',
    axesTable: 'Achievement by strategic axis',
    indicatorsTable: (axis: string) => `Indicators of axis ${axis}, by result`,
    activitiesTable: (axis: string) => `Activities of axis ${axis}`,
    entityTable: (code: string) => `${code}: actual by entity`,
    breakdownTable: (dimension: string) => `Actual by ${dimension}`,
    unallocated: 'Not broken down',
    unallocatedOf: (entities: string) => `values without this breakdown: ${entities}`,
    comments: 'Partners’ comments',
    methodWhy: {
      flow: 'ratio · flow',
      'level-with-baseline': 'progression · level',
      'level-without-baseline': 'ratio · level without baseline',
      asked: (method: string) => `${method} · set in the plan`,
      milestone: 'yes/no milestone',
      stages: 'stage reached / expected',
      maintain: 'maintain',
    },
    weightNote: (weight: string) => `weight ${weight}`,
    methodNoteLabel: (method: string) => `rate: ${method}`,
    leftOut: 'Not counted in the rate',
    leftOutItem: (code: string, reason: string) => `${code} (${reason})`,
    withoutNote: (items: string) => `without ${items}`,
    zeroWeight: 'weight 0',
    leftOutReasons: {
      'no-data': 'no data',
      'no-target': 'no target',
      'negative-value': 'not computable',
      'not-computable': 'not computable',
      'not-due': 'not due',
    } as Partial<Record<string, string>>,
    indicatorsNote: (p: {
      onTrack: string;
      behind: string;
      ceiling: string;
      symbols: { onTrack: string; behind: string; critical: string };
    }) =>
      `Rate: method under each label (ratio = actual / target; progression = (actual − baseline) / (target − baseline)). Status: ${p.symbols.onTrack} ≥ ${p.onTrack}, ${p.symbols.behind} ≥ ${p.behind}, ${p.symbols.critical} below. Results, axes, plan: weighted means of the rates capped at ${p.ceiling} (weight 1 unless given).`,
    planWeights: (p: { weights: string; unweighted: string }) =>
      `weighted mean of the axes, ${p.weights}; unweighted: ${p.unweighted}`,
    planUnweighted: 'mean of the axes, each of weight 1',
    axisWeight: (code: string, weight: string) => `${code} weight ${weight}`,
    commentsIntro:
      'Partners’ comments: under each indicator and at the end of each axis, newest first; the same text from the same entity is given once, with the periods it was written for; a comment that names a date after the period it was written for is flagged (⚠), to be checked.',
    commentSpan: (first: string, last: string, count: string) =>
      `written from ${first} to ${last}, ${count} periods`,
    commentLaterDate: (date: string, period: string) =>
      `names “${date}”, a date after ${period} when it was written: to be checked`,
    /** The disaggregations ponam recognises, named in English (the data names them in French). */
    dimensions: {
      sexe: 'sex',
      région: 'region',
      âge: 'age',
      milieu: 'area',
      nationalité: 'nationality',
      cercle: 'district',
    } as Record<string, string>,
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
      due: (period: string) => `due end of ${period}`,
      notYetDue: 'nothing due yet',
      baseline: 'baseline, nothing due yet',
    },
    achievedAhead: 'achieved ahead of time',
    spans: {
      years: (from: string, to: string) => `${from}\u2011${to}`,
      upTo: (from: string, period: string) => `${from} – ${period}`,
      sinceJanuary: (year: string) => `since January ${year}`,
      cumulatedTarget: (span: string) => `cumulative ${span}`,
      cumulatedActual: (span: string) => `cumulative ${span}`,
      meanActual: (span: string) => `mean ${span}`,
      maxActual: (span: string) => `maximum ${span}`,
      prorated: 'pro-rated',
      proratedValue: (value: string) => `${value} pro-rated`,
      notProrated: (year: string) => `${year} target, not pro-rated`,
      yearTarget: (year: string, value: string) => `${year}: ${value}`,
      ofWhich: (period: string, value: string) => `${period}: ${value}`,
      yearRate: (year: string, rate: string) => `${year}: ${rate}`,
    },
    finalProgress: 'Towards the final target',
    finalProgressNote: (elapsed: string) => `at ${elapsed} of the time`,
    timeElapsed: 'Plan time elapsed',
    timeElapsedNote: (from: string, to: string, period: string) =>
      `plan ${from}-${to}, at the end of ${period}`,
    iptt: {
      title: 'Annex: Indicator Performance Tracking Table (IPTT)',
      intro: (years: string, subYears: string | null) =>
        `For each indicator, the target, the actual and the rate of each period: the years of the plan (${years})${subYears ? ` and ${subYears}` : ''}; then, in the plan's column, the final target, the actual to date and the progress towards the final target.`,
      reading:
        'A cumulative indicator (a flow with cumulative targets) gives for each period the total since the plan began, against the cumulative target at the period’s end. A flow with yearly targets gives the flow of the period alone, against the plan’s target for that period; where the plan gives none for a quarter, the year’s target is pro-rated by months. A level or a milestone gives its value at the period’s end, against the target then. A period in progress gives the actual at the report’s date against its whole target; a period to come, its target alone. A milestone has no rate before the year it is due.',
      subYears: (kind: string, year: string) => `the ${kind} of ${year}`,
      kinds: { quarter: 'quarters', semester: 'half-years' },
      table: (axis: string, label: string) => `IPTT of axis ${axis}: ${label}`,
      measure: 'Measure',
      plan: (years: string | null) => (years ? `Plan ${years}` : 'Plan'),
      target: 'Target',
      actual: 'Actual',
      rate: '%',
      cumulative: (year: string) => `cumulative (total since ${year})`,
      perPeriod: 'not cumulative (flow of each period)',
      level: 'not cumulative (value at the period’s end)',
      baseline: (value: string, year: string | null) => `baseline ${value}${year ? ` (${year})` : ''}`,
      inProgress: (period: string) => `at ${period}`,
    },
    moves: {
      actualUnchanged: (value: string) => `actual unchanged (${value})`,
      onlyTarget: (from: string, to: string) => `only the target moved: ${from} → ${to}`,
      actualBy: (delta: string) => `actual ${delta}`,
      actualFromTo: (from: string, to: string) => `actual: ${from} → ${to}`,
      targetBy: (delta: string) => `target ${delta}`,
      targetFromTo: (from: string, to: string) => `target: ${from} → ${to}`,
      targetUnchanged: 'target unchanged',
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
    replacedBy: (file: string) => `replaced by ${file}: does not count`,
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
        `Method used for this report: ${method}. A flow (people assisted, amount disbursed) is measured as a ratio; a level (a rate, a headcount at a date) with a baseline as a progression; a level without a baseline as a ratio. Under each indicator’s label, the axis’s table says which method its rate follows and why: “ratio · flow”, “progression · level”, “ratio · level without baseline”, or “set in the plan” when the plan or the indicator sets the method.`,
      milestone:
        'Milestones (yes/no): yes is 100%, no is 0%. Staged indicators: stage reached / stage expected.',
      notDue: (symbol: string, word: string) =>
        `A milestone (or a stage) falls due at the end of the period its target names — a year, or a sub-year column — and is never pro-rated: within a year it is judged against the target due at the last year end passed. While its target at the period is "no" (or stage 0), or no target has fallen due yet, it is "${word}" (${symbol}): no rate, out of the means and of the coverage, counted apart among the statuses; when it is already achieved, the table says so ("achieved ahead of time"). Example: "Target 2022: no", "Target 2023: yes" — not due at Q4 2022 and at Q1 to Q3 2023, rated at Q4 2023. With no yearly target at all (only a final target), a milestone has no rate: it is never judged against its final target during the plan.`,
      maintain:
        'Indicators to “maintain” (a situation to keep, such as a satisfaction rate of 60% every year): 100% while the actual reaches the target, else actual / target. The baseline plays no part: there is no way to go, only a level to hold.',
      raw: 'An indicator’s rate is shown as computed: it may exceed 100% (▲ target exceeded) or be negative when things move away from the target.',
      targetsTitle: 'Targets',
      targetAtPace:
        'A report within a year does not compare a few months of achievements with the whole year’s target: the actual is compared with the target at the report period. That is, in this order, the target the plan gives for the period itself (columns "Cible 2023-T1", "Cible 2023-S1" or "Cible 2023-03"); at a year end (Q4, H2, December or the year), the year’s target; otherwise the part of the year’s target due by the end of the period, pro-rated by the months elapsed: previous year’s target + (year’s target − previous year’s target) × months elapsed / 12. Example: a flow whose earlier years’ targets total 800 and whose 2023 target is 1,000 has a Q1 2023 target of 800 + 1,000 × 3/12 = 1,050. Before the plan’s first target, the line starts from the baseline for a level and from 0 for a flow. Milestones and staged indicators are never pro-rated. Under each target, the axis’s table says where it comes from; the year’s target is beside it.',
      targetAtYear:
        'Target basis of this report: the whole year. The actual is compared with the whole target of the period’s year, even within the year (option --target-basis year, or the plan’s "Base des cibles"); the plan’s sub-year targets are not used. Within a year, rates are therefore lower than the planned pace.',
      targets:
        'A year’s target: a "cumulative" target is read as it is in the year’s column; for a flow with yearly targets, the targets of the plan’s years up to that year add up.',
      spans:
        'Every target and actual says what it covers. A flow (a sum over periods: people assisted, amounts) is cumulated from the plan’s first year: its target and actual read “cumulative 2020-2022”, and under them stand the plan’s target for the year alone (for yearly targets, the year’s column; for cumulative targets, the step from the year before), the year’s own actual and the period’s own actual, then the year’s rate (the year’s actual / the year’s target). A level (latest value, mean, maximum) has the plan’s target for the year as its target, or a share of it marked “pro-rated”; a pro-rated target is never shown as a figure of the plan.',
      finalTarget:
        'The column “Towards the final target” gives the progress towards the plan’s end target (the rate against it, by the indicator’s method), to read beside the share of the plan’s time elapsed at the period’s end (months elapsed / months of the plan, in the column’s header). A plan’s targets do not always follow time step by step: the status is judged against the target at the period, not against this comparison.',
      changes:
        'Under the change of a rate since the previous period stand the change of the actual and that of the target: a rate can fall while nothing declined, when the target moved on (pro-rated with time) and the actual did not; the table then says so in words.',
      iptt: 'The Indicator Performance Tracking Table (IPTT), in the annex, gives each indicator’s target, actual and rate for every year of the plan and every quarter of the report’s year. A cumulative indicator (a flow with cumulative targets) gives totals since the plan began; a flow with yearly targets, each period’s flow against the plan’s target for it; a level or a milestone, its value at the period’s end.',
      aggregationTitle: 'Aggregating values and rates',
      overPeriods:
        'An entity’s values are first combined over its periods up to the report period, per the indicator’s aggregation: sum (flows), latest value, mean or maximum.',
      acrossEntities:
        'Then entities are combined: their counts and amounts add up, rates and means are averaged; a percentage reported with numerator and denominator is recomputed (sum of numerators / sum of denominators), never averaged.',
      rollup: (ceiling: string) =>
        `A result’s rate is the weighted mean of its reported indicators’ rates, an axis’s the weighted mean of its results, the plan’s the weighted mean of its axes (weight 1 unless the plan says otherwise). In these means each rate is brought between 0 and ${ceiling}, so that over-achievement does not hide a delay elsewhere.`,
      coverage:
        'Coverage is the share of the indicators due that have at least one value: a rate computed on few indicators is to be read with care. Milestones not yet due are left out of it, since nothing was expected of them yet. An axis’s or a result’s rate counts only its indicators that have a rate: those it leaves out are named beside it (“Not counted in the rate”), with the reason.',
      weights: (p: { weights: string | null; unweighted: string }) =>
        p.weights
          ? `Weights of this plan (those other than 1): ${p.weights}. They are also given beside the rates they affect. With no weighting of the axes, the plan’s rate would be ${p.unweighted}.`
          : `Every weight of this plan is 1: each indicator counts as much in its result, each result in its axis, each axis in the plan.`,
      statusesTitle: 'Statuses',
      statuses: (p: {
        onTrack: string;
        behind: string;
        symbols: Record<Status, string>;
        words: Record<Status, string>;
      }) =>
        `${p.symbols['on-track']} ${p.words['on-track']}: rate of at least ${p.onTrack}; ${p.symbols.behind} ${p.words.behind}: at least ${p.behind}; ${p.symbols.critical} ${p.words.critical}: below ${p.behind}; ${p.symbols['no-data']} ${p.words['no-data']}: no value, or a rate that cannot be computed; ${p.symbols['not-due']} ${p.words['not-due']}: a milestone nothing is expected of yet. Each status is given by a symbol, a word and a colour.`,
      executionTitle: 'Physical and financial execution',
      physical:
        'Physical execution: activities done among those due / activities due by the period. An activity is due when the end period the plan gives it (column End of the Activities sheet: a year or a period) has passed; without an end it counts as due, as every activity of a plan that gives none. An activity done before it is due is counted apart (“ahead of time”). Each activity has the status of its latest report up to the period; an activity with no report counts as not done. Mean progress is the mean of the latest known progress (done without a figure = 100%, not started = 0%).',
      financial:
        'Financial execution: amounts disbursed up to the period / the total budget the plan gives for its whole span; when the plan gives budgets by year (columns “Budget 2022”…), also / the budget planned up to the end of the period’s year. It is not computed (n/a) when the planned budget is missing or zero.',
      qualityTitle: 'Data quality',
      completeness:
        'Completeness: each entity responsible for an indicator owes one value of it per period of the indicator’s frequency (quarterly by default, half-yearly, monthly or yearly), from the start of the plan to the report period. Completeness is the share of those values received. A report is what an entity sends for one of its periods: it reports at the pace of the most frequent of its obligations (quarterly when it owes at least one quarterly indicator), and the values of a longer period (a half-year, the year) are due in the report of the period that ends it (Q2, Q4). A report is received when a file came for that entity and period; incomplete when some values owed in it are missing ("3/6" in the tables by year: 3 values filled of 6 owed). The key findings, the completeness tables, the timeliness and the Excel annex all count these same reports.',
      timeliness: (delay: string) =>
        `Timeliness: a report received is on time when its submission date (Report sheet) is on or before its deadline, ${delay} after its period ends; otherwise it is late, by the days after the deadline (not after the period’s end). Reports on time + late + undated = reports received. The rate is over the dated reports.`,
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
    introDue: (period: string) =>
      `Physical execution is the activities done among those due by ${period} (whose end period, column End of the plan, has passed; an activity without an end counts as due) over the activities due; those done before they were due are counted apart.`,
    introUndated:
      'The plan does not give the activities’ end periods (column End of the Activities sheet): physical execution counts them all as due, including those that may not be due yet.',
    introFinancial: (period: string, years: string | null) =>
      `Financial execution is the amounts disbursed up to ${period} over the plan’s total budget${years ? ` for ${years}` : ''}, and over the budget planned up to the end of the year when the plan gives it by year.`,
    due: (period: string) => `Due by ${period}`,
    doneDue: 'Done (due)',
    dueShort: 'Due',
    aheadNote: (n: string) => `+${n} ahead`,
    physicalNote: (period: string) =>
      `Due: activities whose end period (column End of the plan) has passed by ${period}, or with no end. Physical execution = done among the due / due; “ahead”: done before they were due. In progress, not started, abandoned, not reported: all planned activities.`,
    budgetTotal: (years: string | null) =>
      years ? `Total planned budget (${years})` : 'Total planned budget',
    budgetToDate: (year: string) => `Budget planned to end ${year}`,
    disbursedTo: (period: string) => `Disbursed up to ${period}`,
    financialRateTotal: 'Financial execution (total budget)',
    financialRateToDate: (year: string) => `Financial execution (budget to end ${year})`,
    physicalRateDue: 'Physical execution (done / due)',
    schedule: 'Planned period',
    scheduleNote: (span: string, due: string) => `planned ${span} · ${due}`,
    notDue: 'not yet due',
    dueSince: 'due',
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
      'nothing-due': 'no activity due yet',
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
      indicator: { one: 'value filled', other: 'values filled' },
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
      `${p.values} of ${p.expectedValues} (one per indicator, responsible entity and period); ${p.reports} of ${p.expectedReports}${p.partial ? `, ${p.partial}` : ''} (a report: what an entity sends for one of its reporting periods)`,
    rateAt: (period: string, rate: string) => `${period}: ${rate}`,
    timeliness: 'Timeliness',
    timelinessText: (p: {
      received: string;
      onTime: string;
      late: string;
      undated: string | null;
      delay: string;
    }) =>
      `Of ${p.received}: ${p.onTime}, ${p.late}${p.undated ? `, ${p.undated} (left out)` : ''}; deadline ${p.delay} after the period’s end, delays counted from the deadline`,
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
    resubmissions: 'Reports replaced by a new submission',
    resubmissionsText: (replaced: string) =>
      `${replaced}: only the values and activities of the latest submission count (same entity and period, later submission date); timeliness keeps the first date`,
    resubmissionsTitle: 'Replaced reports (resubmissions): these files no longer count',
    replaced: 'Replaced report',
    replacedBy: 'Replaced by',
    replacedOn: (earlier: string, later: string) => `submitted on ${earlier}, replaced on ${later}`,
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
      partial:
        'partly received (n values filled of m expected; the symbol before says whether it came on time)',
    },
    lateTitle: 'Reports received late, by entity (each report’s dates are in the Excel annex, sheet Quality)',
    datedReports: 'Dated reports',
    lateReports: 'Late',
    worstDelay: 'Longest delay (days after the deadline)',
    latePeriods: 'Periods (days after the deadline)',
    lateBy: (period: string, days: string) => `${period.replace(/ /g, '\u00a0')}\u00a0(${days})`,
    submittedOn: 'Submitted on',
    deadline: 'Deadline',
    daysLate: 'Days after the deadline',
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
      iptt: 'IPTT',
      ipttLong: 'IPTT by period',
    },
    key: 'Item',
    value: 'Value',
    planCode: 'Plan code',
    planTitle: 'Title',
    indicatorCount: 'Indicators',
    withData: 'Indicators reported',
    notDue: 'Indicators not due',
    lastPeriod: 'Last period',
    severity: 'Severity',
    detail: 'Detail',
    rateYear: 'Rate / year’s target',
    rateFinal: 'Rate / final target',
    previousRate: 'Previous rate',
    previousStatus: 'Previous status',
    statusChanges: (since: string) => `Statuses that changed since ${since}`,
    valueCount: 'Values reported',
    measure: 'Actual and target',
    measures: {
      cumulated: (span: string) => `cumulative ${span}`,
      level: 'level at the period',
      mean: (span: string) => `mean ${span}`,
      max: (span: string) => `maximum ${span}`,
    },
    targetAtP: (period: string) => `Target at ${period}`,
    actualAtP: (period: string) => `Actual at ${period}`,
    yearTargetOwn: (year: string) => `${year} target (the plan's for the year)`,
    yearActualOwn: (year: string) => `${year} actual`,
    yearRateOwn: (year: string) => `${year} rate`,
    periodActualOwn: (period: string) => `${period} actual alone`,
    timeElapsed: 'Plan time elapsed',
    changeRate: 'Change of rate (points)',
    changeActual: 'Change of actual',
    changeTarget: 'Change of target',
    changeMoved: 'What moved',
    moved: {
      actual: 'the actual',
      target: 'the target alone (actual unchanged)',
      both: 'the actual and the target',
      neither: 'nothing',
    },
    cumulative: 'Cumulative',
    period: 'Period',
    periodKind: 'Kind of period',
    periodKinds: { quarter: 'quarter', semester: 'half-year', month: 'month', year: 'year' },
    state: 'State of the period',
    states: { ended: 'ended', 'in-progress': 'in progress', future: 'to come' },
    target: 'Target',
    prorated: 'Pro-rated target',
    actual: 'Actual',
    rate: 'Rate',
    finalTarget: 'Final target',
    actualNow: (period: string) => `Actual at ${period}`,
    finalRate: 'Progress towards the final target',
    ofPeriod: (period: string, what: string) => `${period} ${what}`,
    start: 'Start',
    end: 'End',
  },
  docx: {
    indicatorDetails: 'Trend, breakdowns and comments by indicator',
    activities: 'Activities',
    tocNote:
      'Word fills in the page numbers of these contents when it opens the document (answer “Yes” when it asks to update the fields); in LibreOffice: Tools › Update › Update All.',
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
      report: 'plan + data workbooks → report (HTML, PDF, Word docx, xlsx annex, JSON model)',
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
      forceOut:
        'remove from --out the ponam outputs of another period this report does not replace (refused otherwise)',
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
      configNoPlan: (file: string, at: { line: number; text: string } | null) =>
        at
          ? `no plan: the "plan" key of ${file} is commented out (line ${at.line}: ${at.text})`
          : `no plan: ${file} has no "plan" key, and --plan is not given`,
      configNoPlanHint: (file: string, line: number | null) =>
        line
          ? `write the plan's path on line ${line} of ${file}, without the leading // (for example "plan": "plan.xlsx",), or give --plan FILE`
          : `add "plan": "plan.xlsx" to ${file} (the plan's path, relative to the file), or give --plan FILE`,
      configNoData: (file: string, at: { line: number; text: string } | null) =>
        at
          ? `no reporting workbook: the "data" key of ${file} is commented out (line ${at.line}: ${at.text})`
          : `no reporting workbook: ${file} has no "data" key, and none is given on the command line`,
      configNoDataHint: (file: string, line: number | null) =>
        line
          ? `write the reports' folders on line ${line} of ${file}, without the leading // (for example "data": ["rapports"],), or list them after the options`
          : `add "data": ["rapports"] to ${file} (the reports' folders), or list them after the options`,
      otherPeriodOutputs: (out: string, list: string, period: string) =>
        `the output folder ${out} holds ponam outputs of another period, which this ${period} report would leave beside its own: ${list}`,
      otherPeriodOutputsHint: (formats: string) =>
        `add --force to remove them (ponam removes only its own outputs), choose another folder with --out, or ask for these formats too (--format ${formats})`,
      entityOrAll: 'give either --entity NAME or --all-entities',
      noData: 'no data workbook given',
      noDataHint: 'add --data FILE|DIR (or list them after the options)',
      noWorkbook: 'no workbook given',
      noWorkbookHint: 'ponam validate [--plan plan.xlsx] FILE|DIR...',
      folderWithoutWorkbook: (path: string, skipped: string) =>
        `no workbook (.xlsx, .xls, .ods) nor values file (.csv) in the folder ${path}${skipped ? `; files skipped: ${skipped}` : ''}`,
      folderWithoutWorkbookHint:
        'check the path; files of another kind (PDF, Word, text…) are not read: ask for the workbooks themselves',
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
        ENOENT: (path: string) =>
          `cannot write ${path}: the system lets no file or folder be created there (a special file system, or a folder removed meanwhile)`,
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
      written: (file: string, plan: string | null, data: number) =>
        `${file} written: ${plan ? `plan ${plan}` : 'plan to choose'}, ${data === 0 ? 'no report found' : `${data} ${data === 1 ? 'place' : 'places'} with reports`}`,
      noPlanFound: (file: string, line: number) =>
        `no plan found: write the plan's path at the "plan" key of ${file} (line ${line}, without the leading //)`,
      plansFound: (list: string, file: string, line: number) =>
        `several plans found (${list}): choose one at the "plan" key of ${file} (line ${line}, without the leading //)`,
      noDataFound: (file: string, line: number) =>
        `no filled report found: write the reports' folders at the "data" key of ${file} (line ${line}, without the leading //)`,
      blankLeftOut: (where: string, count: number) =>
        `${where}: ${count === 1 ? 'a blank template' : `${count} blank templates`} (no value entered), left out of "data"; add the place once the reports are filled in`,
      blankComment: (list: string) => `Left out, as they hold only blank templates (no value): ${list}`,
      next: 'then run "ponam report"',
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
      noValues: (files: number, skipped: number) =>
        `Report not written: the data hold no value (${files} workbook${files > 1 ? 's' : ''} given${skipped > 0 ? `, ${skipped} of them skipped: a plan or an annex of ponam's` : ''}). Give with --data the reports received, filled in (Value column).`,
      periodWithoutValues: (period: string, covered: string, quarter: string | null) =>
        `Report not written: no value counts at period ${period}${quarter ? ` (a month; the quarter holding it is written ${quarter})` : ''} — a value counts from the end of its period on; the data cover ${covered}. Choose --period among these periods or after.`,
      periodsRange: (first: string, last: string, count: number) => `${first} to ${last} (${count} periods)`,
      templateNotWritten: 'No template written: fix the plan.',
      strict: (warnings: number) =>
        `--strict: ${warnings === 1 ? 'the warning counts as an error' : `the ${warnings} warnings count as errors`}.`,
      maxWarnings: (warnings: number, max: number) =>
        `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${max}: workbooks refused.`,
      removedOutput: (path: string, period: string) => `removed (--force): ${path}, of the ${period} report`,
      configuredPlan: (config: string, plan: string) =>
        `Workbooks checked against the plan of ${config}: ${plan} (a plan named on the command line would be validated as a plan instead).`,
      noPlan: 'No plan given: codes, entities and periods not checked against a plan (add --plan plan.xlsx).',
      summary: (files: number, errors: number, warnings: number) =>
        `${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
      unreadable: (count: number) =>
        `${count} file${count === 1 ? '' : 's'} unreadable as .xlsx workbook${count === 1 ? '' : 's'}`,
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

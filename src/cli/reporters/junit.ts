import { countBySeverity, type ValidationResult } from '../../core/validation.js';
import { escapeText } from '../../i18n/escape.js';
import { catalogue, describeIssue, formatLocation } from '../../i18n/index.js';
import { type Issue, SKIP_CODES } from '../../model/issues.js';
import { limitIssues, type Omitted } from './budget.js';

/**
 * JUnit XML as CI servers read it: one <testsuite> per workbook, one <testcase> per error (and
 * per warning when warnings fail the run — `--strict`, or more than `--max-warnings` — its
 * failure saying so), holding a <failure>, a passing one for a clean workbook: the file fails
 * exactly when the exit code does. A workbook that could not be read at all gets an <error>
 * (the test could not run) rather than a <failure>. Warnings and notices that do not fail go to <system-out>. Within the output
 * budget: the issues left out are one more failing case per file and code.
 */
export function formatJunit(result: ValidationResult): string {
  const { shown, omitted } = limitIssues(result.issues);
  const why = warningsWhy(result);
  const failing = (i: Pick<Issue, 'severity'>) =>
    i.severity === 'error' || (result.warningsFail && i.severity === 'warning');
  let totalTests = 0;
  let totalFailures = 0;
  let totalErrors = 0;
  const suites: string[] = [];
  for (const file of result.files) {
    const issues = shown.filter((i) => i.file === file.path);
    const failures = issues.filter(failing);
    const left = omitted.filter((o) => o.file === file.path && failing(o));
    const others = issues.filter((i) => !failing(i));
    const element = file.unreadable ? 'error' : 'failure';
    // A file not read on purpose (a lock file, a PDF, a plan among the data) is a skipped test.
    const skip = file.skipped ? issues.find((i) => SKIP_CODES.has(i.code)) : undefined;
    const cases =
      failures.length === 0 && left.length === 0
        ? [
            skip
              ? skippedCase(skip, result)
              : `    <testcase classname="${attr(file.path)}" name="${attr(suiteLabel(result))}"/>`,
          ]
        : [
            ...failures.map((i) => failureCase(i, element, result, why)),
            ...left.map((o) => omittedCase(o, result)),
          ];
    const failed = file.unreadable ? 0 : cases.length - (failures.length === 0 && left.length === 0 ? 1 : 0);
    const errored = file.unreadable ? cases.length : 0;
    totalTests += cases.length;
    totalFailures += failed;
    totalErrors += errored;
    const out = others
      .filter((i) => i !== skip)
      .map((i) => {
        const { message, suggestion } = describeIssue(i, result.lang);
        return `${i.severity} ${i.code} ${formatLocation(i, result.lang)}: ${message}${suggestion ? ` — ${suggestion}` : ''}`;
      });
    suites.push(
      [
        `  <testsuite name="${attr(file.path)}" tests="${cases.length}" failures="${failed}" errors="${errored}" skipped="${skip && failures.length === 0 && left.length === 0 ? 1 : 0}">`,
        ...cases,
        ...(out.length ? [`    <system-out>${xml(out.map(escapeText).join('\n'))}</system-out>`] : []),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ponam validate" tests="${totalTests}" failures="${totalFailures}" errors="${totalErrors}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function failureCase(i: Issue, element: 'failure' | 'error', result: ValidationResult, why: string): string {
  const { message, suggestion } = describeIssue(i, result.lang);
  const where = formatLocation(i, result.lang);
  const reason = i.severity === 'warning' ? `\n${why}` : '';
  const text = `${where}: ${message}${suggestion ? ` — ${suggestion}` : ''}${reason}`;
  return [
    `    <testcase classname="${attr(i.file)}" name="${attr(`${i.code} ${where}`)}">`,
    `      <${element} type="${attr(i.code)}" message="${attr(message)}">${text_(text)}</${element}>`,
    '    </testcase>',
  ].join('\n');
}

function skippedCase(i: Issue, result: ValidationResult): string {
  const { message } = describeIssue(i, result.lang);
  return [
    `    <testcase classname="${attr(i.file)}" name="${attr(i.code)}">`,
    `      <skipped message="${attr(message)}"/>`,
    '    </testcase>',
  ].join('\n');
}

function omittedCase(o: Omitted, result: ValidationResult): string {
  const text = catalogue(result.lang).cli.outcome.moreTitle(o.count, o.code);
  return [
    `    <testcase classname="${attr(o.file)}" name="${attr(text)}">`,
    `      <failure type="${attr(o.code)}" message="${attr(text)}">${text_(text)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

/** Why a warning is a failure in this run: `--strict`, or the count over `--max-warnings`. */
function warningsWhy(result: ValidationResult): string {
  const t = catalogue(result.lang).cli.outcome;
  const { warnings } = countBySeverity(result.issues);
  return result.strict ? t.strict(warnings) : t.maxWarnings(warnings, result.maxWarnings ?? 0);
}

function suiteLabel(result: ValidationResult): string {
  return catalogue(result.lang).cli.outcome.validWorkbook;
}

/** Text escaped as every output is (src/i18n/escape.ts), then for XML. */
function text_(s: string): string {
  return xml(escapeText(s));
}

/** U+FFFE and U+FFFF, which XML 1.0 cannot hold and `escapeText` leaves, are dropped. */
function xml(s: string): string {
  return s
    .replace(/[\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text_(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

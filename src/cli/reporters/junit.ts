import { describeIssue, formatLocation } from '../../i18n/index.js';
import { type Issue, sortIssues } from '../../model/issues.js';
import type { ValidationResult } from './result.js';

/**
 * JUnit XML as CI servers read it: one <testsuite> per workbook, one failing <testcase> per
 * error (and per warning with --strict), a passing one for a clean workbook; warnings and
 * notices that do not fail go to <system-out>.
 */
export function formatJunit(result: ValidationResult): string {
  const byFile = groupByFile(result);
  const failing = (i: Issue) => i.severity === 'error' || (result.strict && i.severity === 'warning');
  let totalTests = 0;
  let totalFailures = 0;
  const suites: string[] = [];
  for (const file of result.files) {
    const issues = byFile.get(file.path) ?? [];
    const failures = issues.filter(failing);
    const others = issues.filter((i) => !failing(i));
    const cases =
      failures.length === 0
        ? [`    <testcase classname="${attr(file.path)}" name="${attr(suiteLabel(result))}"/>`]
        : failures.map((i) => {
            const { message, suggestion } = describeIssue(i, result.lang);
            const where = formatLocation(i, result.lang);
            const text = `${where}: ${message}${suggestion ? ` — ${suggestion}` : ''}`;
            return [
              `    <testcase classname="${attr(file.path)}" name="${attr(`${i.code} ${where}`)}">`,
              `      <failure type="${attr(i.code)}" message="${attr(message)}">${text_(text)}</failure>`,
              '    </testcase>',
            ].join('\n');
          });
    const tests = cases.length;
    totalTests += tests;
    totalFailures += failures.length;
    const out = others.map((i) => {
      const { message, suggestion } = describeIssue(i, result.lang);
      return `${i.severity} ${i.code} ${formatLocation(i, result.lang)}: ${message}${suggestion ? ` — ${suggestion}` : ''}`;
    });
    suites.push(
      [
        `  <testsuite name="${attr(file.path)}" tests="${tests}" failures="${failures.length}" errors="0" skipped="0">`,
        ...cases,
        ...(out.length ? [`    <system-out>${text_(out.join('\n'))}</system-out>`] : []),
        '  </testsuite>',
      ].join('\n'),
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ponam validate" tests="${totalTests}" failures="${totalFailures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function suiteLabel(result: ValidationResult): string {
  return result.lang === 'fr' ? 'classeur valide' : 'valid workbook';
}

function groupByFile(result: ValidationResult): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const i of sortIssues(result.issues)) {
    const list = map.get(i.file);
    if (list) list.push(i);
    else map.set(i.file, [i]);
  }
  return map;
}

/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates from a damaged cell) are dropped. */
function clean(s: string): string {
  return (
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly those characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

function text_(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text_(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

import type { ChalkInstance } from 'chalk';
import { escapeText } from '../../i18n/escape.js';
import { catalogue, describeIssue, type Lang } from '../../i18n/index.js';
import type { Issue } from '../../model/issues.js';
import { limitIssues, type Omitted } from './budget.js';

/**
 * Issues grouped by file, one line each with its place, severity, message and code, within the
 * output budget (./budget.ts):
 *   Kayes-2022-T3.xlsx
 *     Valeurs › D14  erreur  « douze » n'est pas un nombre (colonne Valeur)  type-error
 *     … et 950 autres type-error
 * Every text from the inputs is escaped (src/i18n/escape.ts): a line is always ponam's own.
 */
export function formatIssuesText(
  issues: readonly Issue[],
  lang: Lang,
  color: ChalkInstance,
  showInfo = false,
): string {
  const t = catalogue(lang);
  const { shown, omitted } = limitIssues(showInfo ? issues : issues.filter((i) => i.severity !== 'info'));
  const lines: string[] = [];
  const more = (file: string) => {
    for (const o of omitted.filter((x) => x.file === file))
      lines.push(`  ${paint(o, color)(t.cli.outcome.more(o.count, o.code))}`);
  };
  let file: string | null = null;
  for (const found of shown) {
    if (found.file !== file) {
      if (file !== null) more(file);
      file = found.file;
      if (lines.length) lines.push('');
      lines.push(color.bold.underline(escapeText(file)));
    }
    const place = [
      found.sheet !== undefined ? escapeText(found.sheet) : undefined,
      found.cell !== undefined
        ? escapeText(found.cell)
        : found.row !== undefined
          ? `${t.cli.outcome.row} ${found.row}`
          : undefined,
    ]
      .filter(Boolean)
      .join(' › ');
    const { message, suggestion } = describeIssue(found, lang);
    const text = suggestion ? `${message} — ${suggestion}` : message;
    lines.push(
      `  ${place ? `${place}  ` : ''}${paint(found, color)(t.severity[found.severity])}  ${text}  ${color.dim(found.code)}`,
    );
  }
  if (file !== null) more(file);
  return lines.join('\n');
}

function paint(found: Pick<Issue, 'severity'> | Omitted, color: ChalkInstance): ChalkInstance {
  return found.severity === 'error' ? color.red : found.severity === 'warning' ? color.yellow : color.cyan;
}

export function summaryLine(
  issues: readonly Issue[],
  files: number,
  lang: Lang,
  color: ChalkInstance,
): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const text = catalogue(lang).cli.outcome.summary(files, errors, warnings);
  return errors ? color.red.bold(text) : warnings ? color.yellow(text) : color.green(text);
}

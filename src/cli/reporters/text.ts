import type { ChalkInstance } from 'chalk';
import { catalogue, describeIssue, type Lang } from '../../i18n/index.js';
import { type Issue, sortIssues } from '../../model/issues.js';

/**
 * Issues grouped by file, one line each with its place, severity, message and code:
 *   Kayes-2022-T3.xlsx
 *     Valeurs › D14  erreur  'douze' n'est pas un nombre (colonne Valeur)  type-error
 */
export function formatIssuesText(
  issues: readonly Issue[],
  lang: Lang,
  color: ChalkInstance,
  showInfo = false,
): string {
  const t = catalogue(lang);
  const lines: string[] = [];
  let file: string | null = null;
  for (const found of sortIssues(issues)) {
    if (found.severity === 'info' && !showInfo) continue;
    if (found.file !== file) {
      file = found.file;
      if (lines.length) lines.push('');
      lines.push(color.bold.underline(file));
    }
    const place = [
      found.sheet,
      found.cell ?? (found.row !== undefined ? `${lang === 'fr' ? 'ligne' : 'row'} ${found.row}` : undefined),
    ]
      .filter(Boolean)
      .join(' › ');
    const paint =
      found.severity === 'error' ? color.red : found.severity === 'warning' ? color.yellow : color.cyan;
    const { message, suggestion } = describeIssue(found, lang);
    const text = suggestion ? `${message} — ${suggestion}` : message;
    lines.push(
      `  ${place ? `${place}  ` : ''}${paint(t.severity[found.severity])}  ${text}  ${color.dim(found.code)}`,
    );
  }
  return lines.join('\n');
}

export function summaryLine(
  issues: readonly Issue[],
  files: number,
  lang: Lang,
  color: ChalkInstance,
): string {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  const text =
    lang === 'fr'
      ? `${files} fichier${files > 1 ? 's' : ''} vérifié${files > 1 ? 's' : ''} : ${errors} erreur${errors > 1 ? 's' : ''}, ${warnings} avertissement${warnings > 1 ? 's' : ''}`
      : `${files} file${files > 1 ? 's' : ''} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  return errors ? color.red.bold(text) : warnings ? color.yellow(text) : color.green(text);
}

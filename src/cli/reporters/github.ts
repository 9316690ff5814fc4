import { describeIssue, formatLocation } from '../../i18n/index.js';
import { type Issue, sortIssues } from '../../model/issues.js';
import type { ValidationResult } from './result.js';

const COMMAND: Record<Issue['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per issue:
 *   ::error file=data/Kayes.xlsx,title=type-error (Valeurs › D14)::'douze' is not a number
 * A workbook has no line numbers, so the sheet and cell go into the title.
 */
export function formatGithub(result: ValidationResult): string {
  return sortIssues(result.issues)
    .map((i) => {
      const { message, suggestion } = describeIssue(i, result.lang);
      const place = formatLocation(
        { file: '', sheet: i.sheet, cell: i.cell, row: i.row },
        result.lang,
      ).replace(/^ › /, '');
      const title = place ? `${i.code} (${place})` : i.code;
      const text = `${formatLocation(i, result.lang)}: ${message}${suggestion ? ` — ${suggestion}` : ''}`;
      return `::${COMMAND[i.severity]} file=${escapeProperty(i.file)},title=${escapeProperty(title)}::${escapeData(text)}`;
    })
    .join('\n');
}

/** As @actions/core escapes a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a property value: the message escapes plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

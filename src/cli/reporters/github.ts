import type { ValidationResult } from '../../core/validation.js';
import { escapeText } from '../../i18n/escape.js';
import { catalogue, describeIssue, formatLocation } from '../../i18n/index.js';
import type { Issue } from '../../model/issues.js';
import { limitIssues } from './budget.js';

const COMMAND: Record<Issue['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per issue, within the output budget:
 *   ::error file=data/Kayes.xlsx,title=type-error (Valeurs › D14)::« douze » n'est pas un nombre
 * A workbook has no line numbers, so the sheet and cell go into the title. When warnings fail
 * the run (`--strict`, `--max-warnings`), they are `::error` annotations, as the exit code says. These are the only
 * lines ponam prints that start with `::`; their text is escaped twice, as every output
 * (src/i18n/escape.ts), then by GitHub's own rules for properties and data.
 */
export function formatGithub(result: ValidationResult): string {
  const t = catalogue(result.lang).cli.outcome;
  const { shown, omitted } = limitIssues(result.issues);
  // A warning that fails the run (--strict, --max-warnings) is shown as what it is here: an error.
  const level = (s: Issue['severity']): Issue['severity'] =>
    s === 'warning' && result.warningsFail ? 'error' : s;
  const lines = shown.map((i) => {
    const { message, suggestion } = describeIssue(i, result.lang);
    const place = formatLocation({ file: '', sheet: i.sheet, cell: i.cell, row: i.row }, result.lang).replace(
      /^ › /,
      '',
    );
    const title = place ? `${i.code} (${place})` : i.code;
    const text = `${formatLocation(i, result.lang)}: ${message}${suggestion ? ` — ${suggestion}` : ''}`;
    return command(level(i.severity), i.file, title, text);
  });
  for (const o of omitted)
    lines.push(command(level(o.severity), o.file, o.code, t.moreTitle(o.count, o.code)));
  return lines.join('\n');
}

function command(severity: Issue['severity'], file: string, title: string, text: string): string {
  return `::${COMMAND[severity]} file=${escapeProperty(escapeText(file))},title=${escapeProperty(title)}::${escapeData(text)}`;
}

/** As @actions/core escapes a command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** As @actions/core escapes a property value: the message escapes plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

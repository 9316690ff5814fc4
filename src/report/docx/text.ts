import { InternalHyperlink, type IRunOptions, Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { Status } from '../../compute/status.js';
import { STATUS_STYLES } from '../statuses.js';
import { BULLETS, COLOUR, FONT, hex, SIZE } from './look.js';
import type { Fact } from './walk.js';

/** Text runs and paragraphs in the report's voice: statuses as symbol + word + colour, codes in a fixed-width font. */

export function statusColour(status: Status | string | null | undefined): string | undefined {
  return status && status in STATUS_STYLES ? hex(STATUS_STYLES[status as Status].colour) : undefined;
}

export function run(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafe(text) });
}

export function code(text: string, options: Omit<IRunOptions, 'text' | 'children'> = {}): TextRun {
  return new TextRun({ ...options, text: xmlSafe(text), font: FONT.code });
}

/**
 * Text a workbook cell may hold but an XML document may not: docx drops control characters, and
 * the two non-characters U+FFFE and U+FFFF, which Word would refuse, are shown as U+FFFD here.
 */
function xmlSafe(text: string): string {
  return text.replace(/[\uFFFE\uFFFF]/g, '\uFFFD');
}

/** `⊙ en retard` in the status's colour. */
export function statusRuns(
  symbol: string | undefined,
  word: string,
  status: string | null | undefined,
  options: Omit<IRunOptions, 'text' | 'children'> = {},
): TextRun[] {
  const color = statusColour(status);
  return [run(symbol ? `${symbol}\u00a0${word}` : word, { ...options, ...(color ? { color } : {}) })];
}

export function bullet(children: ParagraphChild[], level = 0, keepNext = false): Paragraph {
  return new Paragraph({ children, numbering: { reference: BULLETS, level }, keepNext });
}

/** A note in small print, after a figure or a comment. */
export function small(text: string): TextRun {
  return run(text, { size: SIZE.note, color: COLOUR.muted });
}

/** `Taux : 77,7 %` · `Statut : ⊙ en retard` · ... on one line, each fact kept whole. */
export function factRuns(facts: Fact[], colon: string): TextRun[] {
  return facts.flatMap((f, n) => [
    ...(n > 0 ? [run('   ·   ', { color: COLOUR.muted })] : []),
    run(`${f.label}${colon}`, { color: COLOUR.muted }),
    ...(f.status
      ? statusRuns(f.symbol, f.value, f.status, { bold: true })
      : [run(f.symbol ? `${f.symbol}\u00a0${f.value}` : f.value, { bold: true })]),
    ...(f.note ? [run(` (${f.note})`, { color: COLOUR.muted })] : []),
  ]);
}

/** A Word bookmark's name for an id of the view (`axe-3`): a letter first, then letters, digits and underscores. */
export function bookmark(id: string): string {
  return `ponam_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** A link inside the document (`#axe-3` in the HTML) to the bookmark of that id. */
export function internalLink(href: string, children: ParagraphChild[]): ParagraphChild {
  return new InternalHyperlink({ anchor: bookmark(href.replace(/^#/, '')), children });
}

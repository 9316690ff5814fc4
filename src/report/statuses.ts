import type { CellState } from '../compute/quality.js';
import { STATUSES, type Status } from '../compute/status.js';

/**
 * How a status looks, in one table (Lighthouse's `RATINGS`): its symbol, its colour and the CSS
 * variable the stylesheet reads. Charts take their colours from here and the report's CSS
 * variables are generated from here, so a colour is changed in one place. The word comes from
 * the language catalogue; a status is always shown as symbol + word + colour, never colour alone.
 *
 * Every colour is dark enough for text on white and on the report's grey bands (WCAG 2.1 AA,
 * contrast ≥ 4.5:1; tests/report/statuses.test.ts computes it).
 */
export interface StatusStyle {
  symbol: string;
  colour: string;
  cssVar: `--${string}`;
}

export const STATUS_STYLES: Readonly<Record<Status, StatusStyle>> = {
  'on-track': { symbol: '●', colour: '#1f7a3f', cssVar: '--status-on-track' },
  // ⊙, not ◐: ◐ is in neither Arial, Liberation Sans nor OpenSymbol, and LibreOffice drew it as a
  // sliver in the Word report; ⊙ is in OpenSymbol (shipped with LibreOffice), DejaVu and Windows'
  // symbol fonts, and reads between ● (full) and ○ (empty).
  behind: { symbol: '⊙', colour: '#935b00', cssVar: '--status-behind' },
  critical: { symbol: '○', colour: '#b3261e', cssVar: '--status-critical' },
  'no-data': { symbol: '–', colour: '#5f6670', cssVar: '--status-no-data' },
  // A milestone nothing is expected of yet: a dotted circle, neither a score nor a gap.
  'not-due': { symbol: '◌', colour: '#3d5a80', cssVar: '--status-not-due' },
};

/**
 * The statuses a count by status shows (the summary's table and chart): all of them, but
 * `not-due` only when some indicator is not due — a plan without milestones has no such line.
 */
export function shownStatuses(counts: Readonly<Record<Status, number>>): Status[] {
  return STATUSES.filter((s) => s !== 'not-due' || counts[s] > 0);
}

/** The cells of the completeness matrix: a report received on time, late, missing... */
export const CELL_STYLES: Readonly<Record<CellState, StatusStyle & { background: string | null }>> = {
  'on-time': { symbol: '●', colour: '#1f7a3f', cssVar: '--cell-on-time', background: null },
  late: { symbol: '⊙', colour: '#935b00', cssVar: '--cell-late', background: null },
  received: { symbol: '✓', colour: '#1f7a3f', cssVar: '--cell-received', background: null },
  missing: { symbol: '✗', colour: '#b3261e', cssVar: '--cell-missing', background: '#fdecea' },
  'not-expected': { symbol: '', colour: '#5f6670', cssVar: '--cell-not-expected', background: null },
  partial: { symbol: '◔', colour: '#935b00', cssVar: '--cell-partial', background: '#fff4e0' },
};

/** The report's own palette, beside the statuses (charts and CSS share it). */
export const PALETTE = {
  ink: '#1d2733',
  muted: '#5b6775',
  rule: '#d5dbe3',
  band: '#f3f5f8',
  accent: '#14507a',
  /** The two series of the execution chart: physical (blue) and financial (ochre, drawn, never text). */
  physical: '#1f6f8b',
  financial: '#d9a21b',
} as const;

/**
 * The CSS the statuses need: one variable per status and per matrix cell, and the classes that
 * read them (`.status-behind`, `.bar.status-behind`, `.cell-missing`...). Written into the
 * report's stylesheet by html.ts.
 */
export function statusCss(): string {
  const vars = [
    ...Object.entries(PALETTE).map(([name, colour]) => `--${name}: ${colour};`),
    ...STATUSES.map((s) => `${STATUS_STYLES[s].cssVar}: ${STATUS_STYLES[s].colour};`),
    ...Object.values(CELL_STYLES).map((c) => `${c.cssVar}: ${c.colour};`),
  ];
  const rules = [
    ...STATUSES.flatMap((s) => [
      `.status-${s} { color: var(${STATUS_STYLES[s].cssVar}); }`,
      `.bar.status-${s} { background-color: var(${STATUS_STYLES[s].cssVar}); }`,
      `.big-figure.status-${s} { border-top-color: var(${STATUS_STYLES[s].cssVar}); }`,
    ]),
    ...(Object.entries(CELL_STYLES) as [CellState, (typeof CELL_STYLES)[CellState]][]).map(
      ([state, c]) =>
        `.cell-${state} { color: var(${c.cssVar});${c.background ? ` background: ${c.background};` : ''} }`,
    ),
  ];
  return `:root {\n  ${vars.join('\n  ')}\n}\n${rules.join('\n')}\n`;
}

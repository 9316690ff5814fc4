import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/compute/status.js';
import { templatePath } from '../../src/report/assets.js';
import { buildCharts } from '../../src/report/charts.js';
import { CELL_STYLES, PALETTE, STATUS_STYLES, statusCss } from '../../src/report/statuses.js';
import { model } from './model.js';

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('one table for the look of a status', () => {
  it('gives every status a symbol, a colour and a CSS variable', () => {
    for (const s of STATUSES) {
      expect(STATUS_STYLES[s].symbol).not.toBe('');
      expect(STATUS_STYLES[s].colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(STATUS_STYLES[s].cssVar).toMatch(/^--/);
    }
    expect(new Set(STATUSES.map((s) => STATUS_STYLES[s].symbol)).size).toBe(STATUSES.length);
  });

  it('keeps every status and matrix colour readable as text on white and on the grey bands (AA, 4.5:1)', () => {
    const styles: { colour: string; cssVar: string; background?: string | null }[] = [
      ...Object.values(STATUS_STYLES),
      ...Object.values(CELL_STYLES),
    ];
    for (const style of styles) {
      for (const background of ['#ffffff', PALETTE.band, ...(style.background ? [style.background] : [])])
        expect(contrast(style.colour, background), `${style.cssVar} on ${background}`).toBeGreaterThanOrEqual(
          4.5,
        );
    }
  });

  it('generates the CSS variables and status classes from the table', () => {
    const css = statusCss();
    for (const s of STATUSES) {
      expect(css).toContain(`${STATUS_STYLES[s].cssVar}: ${STATUS_STYLES[s].colour};`);
      expect(css).toContain(`.status-${s} { color: var(${STATUS_STYLES[s].cssVar}); }`);
    }
  });

  it('leaves no status colour written anywhere else: the stylesheet only reads the variables', () => {
    const css = readFileSync(templatePath('report.css'), 'utf8').toLowerCase();
    for (const s of STATUSES) expect(css).not.toContain(STATUS_STYLES[s].colour);
    for (const c of Object.values(CELL_STYLES)) expect(css).not.toContain(c.colour);
  });

  it('colours the bars of the charts from the same table', () => {
    const charts = buildCharts(model(), 'fr');
    // A1 is critical, A2 on track, the plan behind.
    for (const s of ['critical', 'on-track', 'behind'] as const)
      expect(charts.summary.svg).toContain(`fill="${STATUS_STYLES[s].colour}"`);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceStep, type TrendLook, trendSvg, valueTicks } from '../../src/report/sparkline.js';

const LOOK: TrendLook = {
  width: 560,
  height: 84,
  font: "'DejaVu Sans', sans-serif",
  ink: '#111111',
  muted: '#555555',
  rule: '#dddddd',
  accent: '#14507a',
  names: { actual: 'Réalisé', target: 'Cible' },
  tick: (v) => String(v),
  labelled: () => true,
};

/** The numbers of every `d="…"` path drawn in a colour. */
function paths(svg: string, stroke: string): string[] {
  return [
    ...svg.matchAll(
      new RegExp(`<path d="([^"]+)" fill="none" stroke="${stroke}" stroke-width="1\\.[26]"`, 'g'),
    ),
  ].map((m) => m[1]);
}

describe('niceStep', () => {
  it('rounds to 1, 2, 3, 5 or 10 times a power of ten', () => {
    expect(niceStep(8590)).toBe(10000);
    expect(niceStep(6500)).toBe(5000);
    expect(niceStep(3.2)).toBe(3);
    expect(niceStep(0.21)).toBe(0.2);
    expect(niceStep(1.2)).toBe(1);
  });
  it('falls back to 1 on nothing to divide', () => {
    expect(niceStep(0)).toBe(1);
    expect(niceStep(Number.NaN)).toBe(1);
    expect(niceStep(Number.POSITIVE_INFINITY)).toBe(1);
  });
});

describe('valueTicks', () => {
  it('runs from 0 to a round number at or over the highest value', () => {
    expect(valueTicks([2500, 17181, 1000])).toEqual([0, 10000, 20000]);
    expect(valueTicks([45, 60])).toEqual([0, 30, 60]);
  });
  it('goes below 0 for negative values', () => {
    const ticks = valueTicks([-12, 30]);
    expect(ticks[0]).toBeLessThanOrEqual(-12);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(30);
  });
  it('still draws an axis when every value is 0', () => {
    expect(valueTicks([0, 0])).toEqual([0, 0.5, 1]);
  });
  it('always covers the values with round, finite, increasing ticks (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          // Denormal numbers (under 1e-300) are 0 on any drawing: halving them underflows to 0.
          fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((v) => (Math.abs(v) < 1e-300 ? 0 : v)),
          { minLength: 1, maxLength: 30 },
        ),
        (vs) => {
          const ticks = valueTicks(vs);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(ticks.length).toBeLessThanOrEqual(52);
          for (const t of ticks) expect(Number.isFinite(t)).toBe(true);
          for (let i = 1; i < ticks.length; i++) expect(ticks[i]).toBeGreaterThan(ticks[i - 1]);
          expect(ticks[0]).toBeLessThanOrEqual(Math.min(0, ...vs));
          expect(ticks.at(-1) as number).toBeGreaterThanOrEqual(Math.max(...vs) * (1 - 1e-9));
        },
      ),
    );
  });
});

describe('trendSvg', () => {
  const series = {
    labels: ['T1 2022', 'T2 2022', 'T3 2022', 'T4 2022'],
    actual: [10, null, 30, 40],
    target: [20, 20, 40, 40],
  };

  it('breaks the actual where a period has no value, and dots every value', () => {
    const svg = trendSvg(series, LOOK);
    const [line] = paths(svg, LOOK.accent);
    expect(line.match(/M/g)).toHaveLength(2);
    expect(line.match(/L/g)).toHaveLength(1);
    expect(svg.match(/<circle [^>]*r="1\.5"/g)).toHaveLength(3);
  });

  it('draws the target as steps: the value held until the next period', () => {
    const [steps] = paths(trendSvg(series, LOOK), LOOK.muted);
    const points = [...steps.matchAll(/[ML]([\d.]+) ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // 4 values: each but the last is followed by a horizontal run to the next period.
    expect(points).toHaveLength(7);
    for (let i = 0; i + 1 < points.length; i += 2) expect(points[i + 1][1]).toBe(points[i][1]);
  });

  it('puts a higher value higher on the page', () => {
    const svg = trendSvg({ labels: ['a', 'b'], actual: [1, 2], target: [null, null] }, LOOK);
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)" r="1\.5"/g)].map((m) => Number(m[1]));
    expect(ys[1]).toBeLessThan(ys[0]);
  });

  it('draws a single period in the middle, without NaN', () => {
    const svg = trendSvg({ labels: ['T1 2022'], actual: [5], target: [null] }, LOOK);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(svg).toContain('T1 2022');
  });

  it('escapes every label, name and tick it writes', () => {
    const evil = '<script>alert("x")</script>';
    const svg = trendSvg(
      { labels: [evil, 'b'], actual: [1, 2], target: [1, 2] },
      { ...LOOK, names: { actual: evil, target: "O'Brien & co" }, tick: () => evil },
    );
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&#60;script&#62;');
    expect(svg).toContain('O&#39;Brien &#38; co');
  });

  it('writes only the periods asked for, and always the last', () => {
    const svg = trendSvg(series, { ...LOOK, labelled: (n) => n === 1 });
    expect(svg).toContain('T2 2022');
    expect(svg).toContain('T4 2022');
    expect(svg).not.toContain('T1 2022');
    expect(svg).not.toContain('T3 2022');
  });

  it('never writes NaN or Infinity, whatever the values (property)', () => {
    const value = fc.option(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, value), { minLength: 1, maxLength: 24 }), (rows) => {
        const svg = trendSvg(
          {
            labels: rows.map((_, i) => `P${i}`),
            actual: rows.map((r) => r[0]),
            target: rows.map((r) => r[1]),
          },
          LOOK,
        );
        expect(svg).not.toMatch(/NaN|Infinity/);
      }),
    );
  });
});

/**
 * The trend chart of one indicator, written as SVG directly: its actual (a solid line with a dot
 * per period, broken where a period has no value) against its target (dashed steps), a value
 * axis of three or four round ticks, the periods under it, a legend at the top right.
 *
 * A report draws one per indicator (35 in the demo); through echarts each cost ~8 ms of layout
 * machinery, a third of the whole report's time, for a drawing this simple. The look follows the
 * echarts charts of the report (same fonts, colours, sizes). Every label is XML-escaped.
 */

import { escapeMarkup } from './markup.js';

export interface TrendSeries {
  /** The category labels, in order (periods in words). */
  labels: string[];
  actual: (number | null)[];
  target: (number | null)[];
}

export interface TrendLook {
  width: number;
  height: number;
  font: string;
  ink: string;
  muted: string;
  rule: string;
  accent: string;
  /** Legend names of the two series. */
  names: { actual: string; target: string };
  /** How a tick of the value axis is written (`10 000`, `45 %`). */
  tick: (v: number) => string;
  /** A period's label is written when this is true of its index (the last one always is). */
  labelled: (n: number) => boolean;
}

/** Font sizes in the drawing's units: printed at about 290/400 of their size, 10.5 gives 7.3 pt. */
const AXIS_FONT = 10.5;
const LEGEND_FONT = 11;
/** Average advance of DejaVu Sans, in ems: enough to keep labels inside the drawing. */
const ADVANCE = 0.66;
const TOP = 22;
const LEFT_MARGIN = 2;
const RIGHT_MARGIN = 10;
/** Room under the plot for the period labels. */
const LABEL_BAND = 19;

/** Text width estimate in pixels. */
function widthOf(text: string, size: number): number {
  return [...text].length * size * ADVANCE;
}

const r2 = (v: number) => Math.round(v * 100) / 100;

/** A round step near `raw`: 1, 2, 3, 5 or 10 times a power of ten (as echarts rounds its axes). */
export function niceStep(raw: number): number {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const exp10 = 10 ** Math.floor(Math.log10(raw));
  if (exp10 === 0) return 0;
  const f = raw / exp10;
  const nice = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10;
  return nice * exp10;
}

/** The value axis: from a round number at or under the lowest value (0 at most) to one at or over the highest. */
export function valueTicks(values: number[]): number[] {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (hi === lo) hi = lo + 1;
  let step = niceStep((hi - lo) / 2);
  if (step === 0) {
    // A span too small for a power of ten (denormal numbers): drawn as a flat series.
    hi = lo + 1;
    step = 0.5;
  }
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let n = 0; ; n++) {
    // Multiplying, not adding, keeps 0.1 + 0.2 away from the labels.
    const v = Number((lo + n * step).toPrecision(12));
    if (v > hi + step / 1e9 || n > 50) break;
    ticks.push(v);
  }
  return ticks;
}

export function trendSvg(series: TrendSeries, look: TrendLook): string {
  const { width, height, font, muted, rule, accent } = look;
  const n = series.labels.length;
  const values = [...series.actual, ...series.target].filter((v): v is number => v !== null);
  const ticks = valueTicks(values);
  const tickLabels = ticks.map(look.tick);
  const first = series.labels[0] ?? '';
  // Room for the value labels, and for half the first period's label, centred under the axis' start.
  const left = Math.max(
    LEFT_MARGIN + Math.max(...tickLabels.map((t) => widthOf(t, AXIS_FONT))) + 8,
    look.labelled(0) || n === 1 ? widthOf(first, AXIS_FONT) / 2 + 10 : 0,
  );
  const last = series.labels[n - 1] ?? '';
  const right = width - Math.max(RIGHT_MARGIN, widthOf(last, AXIS_FONT) / 2 + 10);
  const bottom = height - LABEL_BAND;
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const x = (i: number) => r2(n === 1 ? (left + right) / 2 : left + (i * (right - left)) / (n - 1));
  const y = (v: number) => r2(bottom - ((v - lo) / (hi - lo)) * (bottom - TOP));
  const text = (s: string, size: number, at: { x: number; y: number }, anchor: 'start' | 'middle' | 'end') =>
    `<text dominant-baseline="central" text-anchor="${anchor}" style="font-size:${size}px;font-family:${escapeMarkup(font)};" x="${r2(at.x)}" y="${r2(at.y)}" fill="${muted}">${escapeMarkup(s)}</text>`;

  const out: string[] = [
    `<svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 ${width} ${height}">`,
  ];
  // Grid lines and value labels.
  for (const [k, v] of ticks.entries()) {
    const yy = Math.round(y(v)) + 0.5;
    out.push(`<path d="M${r2(left)} ${yy}L${r2(right)} ${yy}" fill="none" stroke="${rule}"></path>`);
    out.push(text(tickLabels[k], AXIS_FONT, { x: left - 8, y: y(v) }, 'end'));
  }
  const base = Math.round(y(Math.max(lo, Math.min(0, hi)))) + 0.5;
  out.push(
    `<path d="M${r2(left)} ${base}L${r2(right)} ${base}" fill="none" stroke="${muted}" stroke-linecap="round"></path>`,
  );
  // Period labels.
  for (const [i, label] of series.labels.entries())
    if (look.labelled(i) || i === n - 1)
      out.push(text(label, AXIS_FONT, { x: x(i), y: bottom + 11.5 }, 'middle'));

  // Target: dashed steps, the value held until the next period.
  const steps: string[] = [];
  let open = false;
  for (const [i, v] of series.target.entries()) {
    if (v === null) {
      open = false;
      continue;
    }
    if (!open) steps.push(`M${x(i)} ${y(v)}`);
    else steps.push(`L${x(i)} ${y(v)}`);
    const next = series.target[i + 1];
    if (i + 1 < n && next !== null && next !== undefined) steps.push(`L${x(i + 1)} ${y(v)}`);
    open = true;
  }
  if (steps.length > 0)
    out.push(
      `<path d="${steps.join('')}" fill="none" stroke="${muted}" stroke-width="1.2" stroke-dasharray="4.8,2.4" stroke-linejoin="bevel"></path>`,
    );

  // Actual: a line broken where a period has no value, a dot on each value.
  const line: string[] = [];
  let drawing = false;
  for (const [i, v] of series.actual.entries()) {
    if (v === null) {
      drawing = false;
      continue;
    }
    line.push(`${drawing ? 'L' : 'M'}${x(i)} ${y(v)}`);
    drawing = true;
  }
  if (line.length > 0)
    out.push(
      `<path d="${line.join('')}" fill="none" stroke="${accent}" stroke-width="1.6" stroke-linejoin="bevel"></path>`,
    );
  for (const [i, v] of series.actual.entries())
    if (v !== null) out.push(`<circle cx="${x(i)}" cy="${y(v)}" r="1.5" fill="${accent}"></circle>`);

  // Legend, right-aligned: a sample of each line and its name.
  const items = [
    { name: look.names.actual, colour: accent, dash: '' },
    { name: look.names.target, colour: muted, dash: ' stroke-dasharray="8,4"' },
  ];
  const itemWidth = (name: string) => 16 + 5 + widthOf(name, LEGEND_FONT);
  const total = items.reduce((s, it) => s + itemWidth(it.name), 0) + 10 * (items.length - 1);
  let at = width - 4 - total;
  for (const it of items) {
    out.push(
      `<path d="M${r2(at)} 9.5L${r2(at + 16)} 9.5" fill="none" stroke="${it.colour}" stroke-width="2"${it.dash}></path>`,
    );
    if (it.colour === accent)
      out.push(`<circle cx="${r2(at + 8)}" cy="9.5" r="2.4" fill="${accent}"></circle>`);
    out.push(text(it.name, LEGEND_FONT, { x: at + 21, y: 9.5 }, 'start'));
    at += itemWidth(it.name) + 10;
  }
  out.push('</svg>');
  return out.join('\n');
}

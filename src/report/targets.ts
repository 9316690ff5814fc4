import type { IndicatorModel } from '../compute/model.js';
import { endsYear, type Period, parsePeriod } from '../compute/periods.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { changeCell } from './cells.js';
import type { Formatter } from './format.js';
import { periodInWords } from './periods.js';
import type { Cell } from './table.js';

/**
 * The figures of an indicator's row as the axis tables show them (docs/report.md, "What each
 * figure covers"): every target and actual says what it covers. A flow's (`somme`) target and
 * actual run from the plan's first year to P (`cumulée 2020-2022`), with the year's own figures
 * under them (`cible 2022 : 4 500`, `dont 2022 : 4 285`) and the period's (`dont T4 2022 :
 * 1 243`); a level's target is the plan's figure for the year (`cible 2022`) or a share of it
 * (`au prorata`, with its derivation `= 800 + 1 000 × 3/12`). Everything here reads the model's
 * fields; nothing recomputes a target or an actual.
 */
export interface RowContext {
  /** The report period P, as the JSON holds it. */
  period: string;
  /** The plan's first year, from which a flow's figures are cumulated; null when unknown. */
  startYear: number | null;
  lang: Lang;
  f: Formatter;
}

/** A quantitative flow (`somme`): its figures add up over periods. */
function isFlow(i: IndicatorModel): boolean {
  return i.aggregation === 'sum' && i.type === 'quantitative';
}

/**
 * The span from the plan's first year to P in words: `2020-2022` when P ends a year,
 * `2020 – T3 2022` inside one, `depuis janvier 2022` in the plan's first year; null when the
 * plan's first year is unknown.
 */
export function spanWords(startYear: number | null, period: string, lang: Lang): string | null {
  const p = parsePeriod(period);
  if (startYear === null || !p) return null;
  const t = catalogue(lang).report.spans;
  if (endsYear(p)) return startYear >= p.year ? String(p.year) : t.years(String(startYear), String(p.year));
  return startYear >= p.year
    ? t.sinceJanuary(String(p.year))
    : t.upTo(String(startYear), periodInWords(period, lang));
}

/** Whether a flow's cumulated figures cover more than P's own year: then the year's own stand apart. */
function overYears(i: IndicatorModel, ctx: RowContext, p: Period | null): boolean {
  return isFlow(i) && p !== null && ctx.startYear !== null && ctx.startYear < p.year;
}

/** A value in the indicator's unit, marked `au prorata` when it is a share of a yearly target. */
export function targetValue(
  i: Pick<IndicatorModel, 'unit' | 'type'>,
  value: number | null,
  prorated: boolean,
  lang: Lang,
  f: Formatter,
): string {
  const text = f.value(value, i.unit, i.type);
  return prorated && value !== null ? catalogue(lang).report.spans.proratedValue(text) : text;
}

/** The target at P: what it covers, how it was derived, and the year's own target under it. */
export function targetCell(i: IndicatorModel, ctx: RowContext): Cell {
  const { lang, f } = ctx;
  const t = catalogue(lang).report;
  const v = (n: number | null) => f.value(n, i.unit, i.type);
  if (i.target === null) return { text: v(null), kind: 'number' };
  const p = parsePeriod(ctx.period);
  const year = String(p?.year ?? ctx.period);
  const span = spanWords(ctx.startYear, ctx.period, lang);
  const prorated = i.targetSource === 'prorated';
  const lines: string[] = [];
  if (overYears(i, ctx, p) && span) {
    lines.push(
      prorated ? `${t.spans.cumulatedTarget(span)}, ${t.spans.prorated}` : t.spans.cumulatedTarget(span),
    );
    if (!prorated && i.targetSource !== 'year') pushDefined(lines, derivation(i, ctx.period, lang, f));
  } else {
    pushDefined(lines, prorated ? t.spans.prorated : basisWords(i, ctx.period, lang));
  }
  if (prorated) pushDefined(lines, derivation(i, ctx.period, lang, f));
  // The plan's own figure for the year: a flow's own target, a level's T_Y when the target at P is another.
  if (isFlow(i)) {
    if (i.year?.target != null && (overYears(i, ctx, p) || prorated))
      lines.push(t.spans.yearTarget(year, v(i.year.target)));
  } else if (i.targetSource === 'prorated' || i.targetSource === 'period' || notProrated(i, p)) {
    lines.push(t.spans.yearTarget(year, v(i.targetYear)));
  }
  const [note, ...notes] = lines;
  return {
    text: v(i.target),
    kind: 'number',
    ...(note ? { note } : {}),
    ...(notes.length ? { notes } : {}),
    wrapNote: true,
  };
}

/** A short period in words kept on one line in a narrow column (`T4 2022`, `mars 2023`); a longer one may wrap. */
function unbroken(words: string): string {
  return words.split(' ').length <= 2 ? words.replace(/ /g, '\u00a0') : words;
}

function pushDefined(lines: string[], line: string | null): void {
  if (line) lines.push(line);
}

/** A quantitative indicator judged inside a year against the whole year's target: a level with no line to pro-rate along. */
function notProrated(i: IndicatorModel, p: Period | null): boolean {
  return i.targetSource === 'year' && p !== null && !endsYear(p) && i.type === 'quantitative';
}

/** Where a target that is not a cumulated flow's comes from: `cible 2022`, `cible de T1 2023`, `cible finale`. */
function basisWords(i: IndicatorModel, period: string, lang: Lang): string | null {
  const t = catalogue(lang).report;
  const p = parsePeriod(period);
  const year = String(p?.year ?? period);
  switch (i.targetSource) {
    case 'period':
      return t.targetNotes.period(periodInWords(period, lang));
    case 'year':
      return notProrated(i, p) ? t.spans.notProrated(year) : t.targetNotes.year(year);
    case 'due':
      return dueWords(i, lang);
    default:
      return null;
  }
}

/**
 * A milestone's or a stage's target (README, *The computation*, "Target at P"): the target that fell due
 * earlier (`échue fin 2022`), or before any, the baseline, or nothing due yet.
 */
function dueWords(i: IndicatorModel, lang: Lang): string {
  const t = catalogue(lang).report.targetNotes;
  if (i.targetPeriod !== null) return t.due(periodInWords(i.targetPeriod, lang));
  return i.target !== null && i.target > 0 ? t.baseline : t.notYetDue;
}

/**
 * How the target at P was obtained, in words a reader can check: the pro-rating with its figures,
 * the sub-year column it was read from, or why the year's target stands.
 */
export function derivation(i: IndicatorModel, period: string, lang: Lang, f: Formatter): string | null {
  const t = catalogue(lang).report.targetNotes;
  const v = (n: number | null) => f.value(n, i.unit, i.type);
  switch (i.targetSource) {
    case 'period':
      return t.period(periodInWords(period, lang));
    case 'prorated': {
      if (i.elapsedShare === null || i.targetFrom === null || i.targetYear === null || i.target === null)
        return null;
      // T_{Y−1} + f × (T_Y − T_{Y−1}), written with the year's step: `= 800 + 1 000 × 3/12`
      // (a flow adds this year's own column; a level moves from last year's target to this
      // year's). A step down reads `= 40 − 10 × 6/12`. It breaks after the sign or before the ×.
      const share = `${Math.round(i.elapsedShare * 12)}/12`;
      const step = i.targetYear - i.targetFrom;
      // A long figure may leave `× 3/12` to the next line; a short one keeps it.
      const term = `${v(Math.abs(step))} ×\u00a0${share}`;
      if (i.targetFrom === 0) return `=\u00a0${step < 0 ? '\u2212' : ''}${term}`;
      return `=\u00a0${v(i.targetFrom)}\u00a0${step < 0 ? '\u2212' : '+'} ${term}`;
    }
    case 'year': {
      const p = parsePeriod(period);
      return notProrated(i, p) ? t.notProrated : t.year(String(p?.year ?? period));
    }
    case 'due':
      return dueWords(i, lang);
    default:
      return null;
  }
}

/** The actual at P: what it covers (a flow cumulated since the plan's start), the year's and the period's own under it. */
export function actualCell(i: IndicatorModel, ctx: RowContext): Cell {
  const { lang, f } = ctx;
  const t = catalogue(lang).report.spans;
  const v = (n: number | null) => f.value(n, i.unit, i.type);
  if (i.actual === null) return { text: v(null), kind: 'number' };
  const p = parsePeriod(ctx.period);
  const span = spanWords(ctx.startYear, ctx.period, lang);
  const lines: string[] = [];
  if (isFlow(i)) {
    if (span) lines.push(t.cumulatedActual(span));
    if (overYears(i, ctx, p) && i.year) lines.push(t.ofWhich(String(i.year.year), v(i.year.actual)));
    if (p && p.kind !== 'year' && i.periodActual !== null)
      lines.push(t.ofWhich(unbroken(periodInWords(ctx.period, lang)), v(i.periodActual)));
  } else if (i.type === 'quantitative' && span && (i.aggregation === 'mean' || i.aggregation === 'max')) {
    lines.push(i.aggregation === 'mean' ? t.meanActual(span) : t.maxActual(span));
  }
  const [note, ...notes] = lines;
  return {
    text: v(i.actual),
    kind: 'number',
    ...(note ? { note } : {}),
    ...(notes.length ? { notes } : {}),
    wrapNote: true,
  };
}

/** The rate at P, ▲ when the target is exceeded, and a flow's own rate for the year under it. */
export function rateCell(i: IndicatorModel, ctx: RowContext): Cell {
  const { lang, f } = ctx;
  const t = catalogue(lang).report;
  const over = i.rate !== null && i.rate > 1;
  const p = parsePeriod(ctx.period);
  const year = overYears(i, ctx, p) && i.year && i.year.actual !== null ? i.year : null;
  return {
    text: f.percent(i.rate),
    kind: 'number',
    ...(over ? { strong: true, mark: { symbol: '▲', label: t.overAchieved } } : {}),
    ...(year ? { note: t.spans.yearRate(String(year.year), f.percent(year.rate)), wrapNote: true } : {}),
  };
}

/** Progress towards the final target (the rate against it), with that target under it. */
export function finalCell(i: IndicatorModel, ctx: RowContext): Cell {
  const t = catalogue(ctx.lang).report;
  return {
    text: ctx.f.percent(i.rateFinal),
    kind: 'number',
    ...(i.finalTarget === null
      ? {}
      : { note: `${t.finalTargetShort} ${ctx.f.value(i.finalTarget, i.unit, i.type)}`, wrapNote: true }),
  };
}

/**
 * The change since P−1 in points, and under it what moved: the actual's change and the target's,
 * or, when the actual did not move, that only the target did (`seule la cible a bougé : 4,75 au
 * prorata → 5`). Read from the model's `change` and `previous`.
 */
export function changeCellExplained(i: IndicatorModel, ctx: RowContext): Cell {
  const { lang, f } = ctx;
  const t = catalogue(lang).report;
  const m = t.moves;
  const ch = i.change;
  const text = changeCell(i, lang, f).text;
  // Nothing to explain without a previous figure, or with no actual at either period.
  if (!ch || !i.previous || (i.actual === null && i.previous.actual === null))
    return { text, kind: 'number' };
  const v = (n: number | null) => f.value(n, i.unit, i.type);
  const before = targetValue(i, i.previous.target, i.previous.targetSource === 'prorated', lang, f);
  const after = targetValue(i, i.target, i.targetSource === 'prorated', lang, f);
  const quantitative = i.type === 'quantitative';
  const actualLine = () =>
    quantitative && ch.actual !== null
      ? m.actualBy(f.difference(ch.actual, i.unit))
      : m.actualFromTo(v(i.previous?.actual ?? null), v(i.actual));
  const targetLine = () =>
    quantitative && ch.target !== null
      ? m.targetBy(f.difference(ch.target, i.unit))
      : m.targetFromTo(before, after);
  const lines =
    ch.moved === 'target'
      ? [m.actualUnchanged(v(i.actual)), m.onlyTarget(before, after)]
      : ch.moved === 'actual'
        ? [actualLine()]
        : ch.moved === 'both'
          ? [actualLine(), targetLine()]
          : [];
  const [note, ...notes] = lines;
  return {
    text,
    kind: 'number',
    ...(note ? { note } : {}),
    ...(notes.length ? { notes } : {}),
    wrapNote: true,
  };
}

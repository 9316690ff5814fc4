import type { IndicatorModel, ReportModel } from '../compute/model.js';
import { endsYear, parsePeriod } from '../compute/periods.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Formatter } from './format.js';
import { periodInWords } from './periods.js';
import type { Cell } from './table.js';

/**
 * The target at P as the indicator tables show it (DESIGN.md, "Target at P"): the figure the rate
 * compares against, and in small print how it was derived — `= 800 + 1 000 × 3/12` for a
 * pro-rated flow, `cible de T1 2023` for a sub-year column, `échue fin 2022` for a milestone —;
 * the year's target T_Y beside it when P does not end the year. Everything here reads the
 * model's fields (`targetSource`, `targetPeriod`, `elapsedShare`, `targetFrom`, `targetYear`);
 * nothing recomputes a target.
 */
export interface TargetColumns {
  /** Header of the target at P: `Cible T2 2022`, or `Cible 2022` when every target is the year's. */
  header: string;
  /** Header of T_Y's column (`Cible 2022`); null when no target at P differs from it. */
  yearHeader: string | null;
}

/**
 * A column of T_Y beside the target at P only when some target at P is not the year's own (a
 * sub-year column, a pro-rated one); otherwise the one target column is named after the year
 * (a year end, `--target-basis year`).
 */
export function targetColumns(model: ReportModel, lang: Lang): TargetColumns {
  const t = catalogue(lang).report;
  const year = String(parsePeriod(model.period)?.year ?? Number.parseInt(model.period, 10));
  const partOfYear = model.indicators.some(
    (i) =>
      i.targetSource === 'period' ||
      i.targetSource === 'prorated' ||
      (i.targetSource === 'due' && i.target !== i.targetYear),
  );
  return partOfYear
    ? { header: t.targetAt(periodInWords(model.period, lang)), yearHeader: t.targetOfYear(year) }
    : { header: t.targetOfYear(year), yearHeader: null };
}

/** The cells of the target at P and, when the table has its column, of T_Y. */
export function targetCells(
  i: IndicatorModel,
  columns: TargetColumns,
  period: string,
  lang: Lang,
  f: Formatter,
): Cell[] {
  const t = catalogue(lang).report;
  const v = (n: number | null) => f.value(n, i.unit, i.type);
  const final = `${t.finalTargetShort} ${v(i.finalTarget)}`;
  if (columns.yearHeader === null) {
    // A milestone's target that is not its year's own (an earlier one still due, or nothing due
    // yet) says so before the final target.
    const due = i.targetSource === 'due' ? derivation(i, period, lang, f) : null;
    const note = due ? `${due} · ${final}` : final;
    return [{ text: v(i.target), kind: 'number', ...(i.target === null ? {} : { note }) }];
  }
  const derived = derivation(i, period, lang, f);
  return [
    { text: v(i.target), kind: 'number', ...(derived ? { note: derived, wrapNote: true } : {}) },
    { text: v(i.targetYear), kind: 'number', note: final },
  ];
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
      // year's, which stands in the next column). It breaks only after the `+`.
      const share = `${Math.round(i.elapsedShare * 12)}/12`;
      const step = `${v(i.targetYear - i.targetFrom)}\u00a0×\u00a0${share}`;
      return i.targetFrom === 0 ? `=\u00a0${step}` : `=\u00a0${v(i.targetFrom)}\u00a0+ ${step}`;
    }
    case 'year': {
      const p = parsePeriod(period);
      // Only a quantitative indicator is pro-rated: a level without a baseline or an earlier target has no line to follow.
      return p && !endsYear(p) && i.type === 'quantitative'
        ? t.notProrated
        : t.year(String(p?.year ?? period));
    }
    case 'due':
      // A milestone or a stage: the target that fell due earlier, or before any, the baseline.
      if (i.targetPeriod !== null) return t.due(periodInWords(i.targetPeriod, lang));
      return i.target !== null && i.target > 0 ? t.baseline : t.notYetDue;
    default:
      return null;
  }
}

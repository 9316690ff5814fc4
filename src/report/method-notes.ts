import type { IndicatorModel, ReportModel } from '../compute/model.js';
import type { Reason } from '../compute/rate.js';
import type { LeftOutReason } from '../compute/rollup.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Formatter } from './format.js';
import { STATUS_STYLES } from './statuses.js';

// The method in sight (docs/report.md, "Method in sight"): next to each figure, how it was
// obtained — the method of an indicator's rate and why, its weight where it is not 1, the
// indicators a rate leaves out and why, the thresholds of the statuses. Words only: every figure
// comes from the model.

/** Under an indicator's rate: its method, and why under `auto` (`progression · niveau`). */
export function methodNote(i: Pick<IndicatorModel, 'methodRule'>, lang: Lang): string {
  const c = catalogue(lang);
  const w = c.report.methodWhy;
  const { method, why } = i.methodRule;
  return why === 'asked' ? w.asked(c.methods[method]) : w[why];
}

/** `poids 2` where a weight is not 1; null otherwise. */
export function weightNote(weight: number, lang: Lang, f: Formatter): string | null {
  return weight === 1 ? null : catalogue(lang).report.weightNote(f.number(weight));
}

/** Why an indicator is not counted in a rate, in words. */
export function leftOutReason(reason: LeftOutReason, lang: Lang): string {
  const c = catalogue(lang);
  if (reason === 'zero-weight') return c.report.zeroWeight;
  return c.report.leftOutReasons[reason] ?? c.reasons[reason as Reason] ?? reason;
}

/** `I4.1.2 (aucune valeur rapportée à cette période)`, each indicator a rate leaves out; null when none. */
export function leftOutText(
  leftOut: readonly { code: string; reason: LeftOutReason }[],
  lang: Lang,
): string | null {
  if (leftOut.length === 0) return null;
  const c = catalogue(lang);
  const list = new Intl.ListFormat(c.locale, { style: 'long', type: 'conjunction' });
  return list.format(leftOut.map((x) => c.report.leftOutItem(x.code, leftOutReason(x.reason, lang))));
}

/** The footnote of an indicators table: what the rate is, the statuses' thresholds, the roll-ups. */
export function indicatorsNote(model: ReportModel, lang: Lang, f: Formatter): string {
  const s = model.settings;
  return catalogue(lang).report.indicatorsNote({
    onTrack: f.percent(s.thresholds.onTrack),
    behind: f.percent(s.thresholds.behind),
    ceiling: f.percent(s.ceiling),
    symbols: {
      onTrack: STATUS_STYLES['on-track'].symbol,
      behind: STATUS_STYLES.behind.symbol,
      critical: STATUS_STYLES.critical.symbol,
    },
  });
}

/**
 * How the plan's rate is weighted, when an axis weighs other than 1: `moyenne des axes pondérée
 * (A1 poids 2) ; sans pondération : 75,8 %`; null when every axis weighs 1.
 */
export function planWeightsText(model: ReportModel, lang: Lang, f: Formatter): string | null {
  return weightsText(
    model.axes.filter((a) => a.weight !== 1),
    model.plan.unweightedRate,
    lang,
    f,
  );
}

/** The same from the axes weighing other than 1 and the unweighted rate. */
export function weightsText(
  weighted: readonly { code: string; weight: number }[],
  unweightedRate: number | null,
  lang: Lang,
  f: Formatter,
): string | null {
  if (weighted.length === 0) return null;
  const c = catalogue(lang);
  const list = new Intl.ListFormat(c.locale, { style: 'short', type: 'unit' });
  return c.report.planWeights({
    weights: list.format(weighted.map((a) => c.report.axisWeight(a.code, f.number(a.weight)))),
    unweighted: f.percent(unweightedRate),
  });
}

import { type TemplateStrings, templateStrings } from '../i18n/template.js';
import example from './plan-example.json' with { type: 'json' };

export type Cellish = string | number | null;

export interface ExampleRows {
  axes: Cellish[][];
  results: Cellish[][];
  indicators: Cellish[][];
  activities: Cellish[][];
}

type Lang = 'fr' | 'en';
type Texts = Record<Lang, string>;

/**
 * The rows of `ponam template plan --example`, from plan-example.json: a small plan covering each
 * kind of indicator (a count disaggregated by sex, a percentage, a milestone, a decreasing duration
 * and an amount), its targets following the requested years. Enumerations are written in the
 * workbook's language, as the reader accepts them.
 */
export function exampleRows(lang: Lang, years: number[]): ExampleRows {
  const t = templateStrings(lang);
  const name = (n: string) => (example.names as Record<string, Texts>)[n]?.[lang] ?? n;
  const [yes, no] = t.enums.yesNo;
  return {
    axes: example.axes.map((a) => [a.code, a.label[lang], 1]),
    results: example.results.map((r) => [r.code, r.axis, r.label[lang], r.level[lang], 1]),
    indicators: example.indicators.map((ind) => {
      const targets = targetsOf(ind.targets, years, yes);
      const final =
        ind.final === 'sum'
          ? (targets as number[]).reduce((a, b) => a + b, 0)
          : ind.final === 'yes'
            ? yes
            : targets[targets.length - 1];
      return [
        ind.code,
        ind.axis,
        ind.result,
        ind.label[lang],
        ind.unit[lang],
        enumWord(t, 'type', ind.type),
        enumWord(t, 'direction', ind.direction),
        enumWord(t, 'aggregation', ind.aggregation),
        null,
        enumWord(t, 'targetType', ind.targetType),
        null,
        ind.baseline === 'no' ? no : (ind.baseline as number),
        years[0] - 1,
        ...targets,
        final,
        lang === 'fr' ? 'Trimestrielle' : 'Quarterly',
        ind.responsible.map(name).join('; '),
        ind.disaggregations[lang],
        ind.source[lang],
        1,
        null,
      ];
    }),
    // Each activity planned from the first year, due one year later than the one before it.
    activities: example.activities.map((a, n) => [
      a.code,
      a.result,
      a.label[lang],
      name(a.responsible),
      a.budget,
      years[0],
      years[Math.min(n + 1, years.length - 1)],
    ]),
  };
}

/** Yearly targets: `start`, then `step` a year; a milestone is not due in the first year (blank, not `non`). */
function targetsOf(spec: { start: number; step: number } | string, years: number[], yes: string): Cellish[] {
  if (typeof spec === 'string') return years.map((_, i) => (i === 0 ? null : yes));
  return years.map((_, i) => spec.start + spec.step * i);
}

function enumWord(
  t: TemplateStrings,
  list: 'type' | 'direction' | 'aggregation' | 'targetType',
  i: number,
): string {
  return t.enums[list][i];
}

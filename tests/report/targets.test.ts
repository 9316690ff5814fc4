/**
 * What each figure of an indicator's row says it covers (docs/report.md, "What each figure
 * covers"): a flow's target and actual cumulated from the plan's first year, the year's and the
 * period's own figures under them, a level's target as the plan's figure for the year or a share
 * of it with its derivation, progress towards the final target, and the change since P−1
 * explained by what moved.
 */
import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/report/format.js';
import {
  actualCell,
  changeCellExplained,
  derivation,
  finalCell,
  type RowContext,
  rateCell,
  spanWords,
  targetCell,
} from '../../src/report/targets.js';
import { indicator } from './model.js';

/** Text as a reader compares it: no-break spaces and hyphens plain. */
const flat = (s: string | null | undefined) =>
  (s ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');
const fr = formatter('fr');
const en = formatter('en');
const lines = (c: { text: string; note?: string; notes?: string[] }) =>
  [c.text, ...(c.note ? [c.note] : []), ...(c.notes ?? [])].map(flat);
const row = (period: string, lang: 'fr' | 'en' = 'fr', startYear: number | null = 2020): RowContext => ({
  period,
  startYear,
  lang,
  f: lang === 'fr' ? fr : en,
});

/**
 * I1.1.1 of the demo at 2022-T4: somme + annuelle, 3 500 (2020), 4 000 (2021), 4 500 (2022):
 * T_2022 = 12 000; 2 303 + 3 912 + 4 285 = 10 500 since 2020, 1 243 of it in 2022-T4;
 * 10 500 / 12 000 = 87,5 %; 4 285 / 4 500 = 95,2 %; 10 500 / 21 000 = 50 %.
 */
const I111 = indicator({
  code: 'I1.1.1',
  targetType: 'annual',
  baseline: 2850,
  baselineYear: 2019,
  target: 12000,
  targetYear: 12000,
  finalTarget: 21000,
  actual: 10500,
  periodActual: 1243,
  rate: 0.875,
  rateFinal: 0.5,
  year: { year: 2022, actual: 4285, target: 4500, rate: 4285 / 4500 },
});

describe('the span of a figure', () => {
  it('runs from the plan’s first year to P', () => {
    expect(flat(spanWords(2020, '2022-T4', 'fr'))).toBe('2020-2022');
    expect(flat(spanWords(2020, '2022-T3', 'fr'))).toBe('2020 – T3 2022');
    expect(flat(spanWords(2022, '2022-T3', 'fr'))).toBe('depuis janvier 2022');
    expect(flat(spanWords(2022, '2022', 'en'))).toBe('2022');
    expect(spanWords(null, '2022-T4', 'fr')).toBeNull();
    // A narrow column never splits the years at their hyphen.
    expect(spanWords(2020, '2022-T4', 'fr')).toBe('2020\u20112022');
  });
});

describe('a flow’s row', () => {
  it('labels the cumulated target and actual as such, with the year’s and the quarter’s own figures under them', () => {
    expect(lines(targetCell(I111, row('2022-T4')))).toEqual(['12 000', 'cumulée 2020-2022', '2022 : 4 500']);
    expect(lines(actualCell(I111, row('2022-T4')))).toEqual([
      '10 500',
      'cumulé 2020-2022',
      '2022 : 4 285',
      'T4 2022 : 1 243',
    ]);
    expect(lines(rateCell(I111, row('2022-T4')))).toEqual(['87,5 %', '2022 : 95,2 %']);
    expect(lines(finalCell(I111, row('2022-T4')))).toEqual(['50 %', 'finale 21 000']);
    expect(lines(targetCell(I111, row('2022-T4', 'en')))).toEqual([
      '12,000',
      'cumulative 2020-2022',
      '2022: 4,500',
    ]);
  });

  it('says a pro-rated cumulated target is pro-rated, with its derivation', () => {
    // At 2022-T3: 7 500 + 4 500 × 9/12 = 10 875.
    const i = indicator({
      ...I111,
      target: 10875,
      targetSource: 'prorated',
      elapsedShare: 0.75,
      targetFrom: 7500,
      targetYear: 12000,
    });
    expect(lines(targetCell(i, row('2022-T3')))).toEqual([
      '10 875',
      'cumulée 2020 – T3 2022, au prorata',
      '= 7 500 + 4 500 × 9/12',
      '2022 : 4 500',
    ]);
  });

  it('gives a flow in the plan’s first year its figures once: cumulated and own are the same', () => {
    const i = indicator({ ...I111, year: { year: 2020, actual: 2303, target: 3500, rate: 0.658 } });
    expect(lines(targetCell(i, row('2020-T4', 'fr', 2020)))).toEqual(['12 000', 'cible 2020']);
    expect(lines(actualCell(i, row('2020-T4', 'fr', 2020)))).toEqual([
      '10 500',
      'cumulé 2020',
      'T4 2020 : 1 243',
    ]);
    expect(lines(rateCell(i, row('2020-T4', 'fr', 2020)))).toEqual(['87,5 %']);
  });
});

describe('a level’s row', () => {
  const level = (over: Parameters<typeof indicator>[0]) =>
    indicator({ unit: '%', aggregation: 'last', baseline: 40, year: null, periodActual: null, ...over });

  it('gives the plan’s own target for the year, and marks a pro-rated one', () => {
    expect(lines(targetCell(level({ code: 'I', target: 70, targetYear: 70 }), row('2022-T4')))).toEqual([
      '70 %',
      'cible 2022',
    ]);
    // From 50 % (2022) to 70 % (2023), at 2023-T3: 50 + 20 × 9/12 = 65 %.
    const prorated = level({
      code: 'I',
      target: 65,
      targetSource: 'prorated',
      elapsedShare: 0.75,
      targetFrom: 50,
      targetYear: 70,
    });
    expect(lines(targetCell(prorated, row('2023-T3')))).toEqual([
      '65 %',
      'au prorata',
      '= 50 % + 20 % × 9/12',
      '2023 : 70 %',
    ]);
    // A sub-year column of the plan, with the year's target under it.
    expect(
      lines(
        targetCell(level({ code: 'I', target: 60, targetSource: 'period', targetYear: 70 }), row('2023-T2')),
      ),
    ).toEqual(['60 %', 'cible de T2 2023', '2023 : 70 %']);
    // A level without a baseline nor an earlier target is judged against the whole year's.
    expect(
      lines(targetCell(level({ code: 'I', baseline: null, target: 70, targetYear: 70 }), row('2023-T2'))),
    ).toEqual(['70 %', 'cible 2023, non proratisée', '2023 : 70 %']);
  });

  it('says a mean or a maximum covers the plan’s years, a latest value nothing more', () => {
    expect(
      lines(actualCell(level({ code: 'I', aggregation: 'mean', actual: 61.2 }), row('2022-T4'))),
    ).toEqual(['61,2 %', 'moyenne 2020-2022']);
    expect(
      lines(actualCell(level({ code: 'I', aggregation: 'max', unit: 'nombre', actual: 5 }), row('2022-T4'))),
    ).toEqual(['5', 'maximum 2020-2022']);
    expect(lines(actualCell(level({ code: 'I', actual: 67.2 }), row('2022-T4')))).toEqual(['67,2 %']);
  });

  it('names a milestone’s target after its year, or the one that fell due', () => {
    const m = indicator({
      code: 'M',
      type: 'milestone',
      unit: 'oui/non',
      aggregation: 'last',
      target: 1,
      year: null,
    });
    expect(lines(targetCell(m, row('2023-T2')))).toEqual(['oui', 'cible 2023']);
    // Inside 2023 a milestone is held to the target that fell due at the end of 2022 (issue 21).
    expect(
      lines(targetCell({ ...m, targetSource: 'due', targetPeriod: '2022', target: 0 }, row('2023-T2'))),
    ).toEqual(['non', 'échue fin 2022']);
    expect(
      lines(targetCell({ ...m, targetSource: 'due', targetPeriod: null, target: 0 }, row('2022-T2'))),
    ).toEqual(['non', 'rien d’échu encore']);
    expect(lines(finalCell({ ...m, rateFinal: 1, finalTarget: 1 }, row('2023-T2')))).toEqual([
      '100 %',
      'finale oui',
    ]);
  });
});

describe('the target’s derivation', () => {
  it('writes the pro-rating with its figures, a step down with a minus', () => {
    // 800 + (1 800 − 800) × 3/12 = 1 050.
    const up = indicator({
      code: 'I',
      target: 1050,
      targetSource: 'prorated',
      elapsedShare: 0.25,
      targetFrom: 800,
      targetYear: 1800,
    });
    expect(flat(derivation(up, '2023-T1', 'fr', fr))).toBe('= 800 + 1 000 × 3/12');
    expect(flat(derivation(up, '2023-T1', 'en', en))).toBe('= 800 + 1,000 × 3/12');
    // A target brought down from 40 to 30 days: 40 − 10 × 6/12 = 35, never `40 + -10 × 6/12`.
    const down = indicator({
      code: 'I',
      unit: 'jours',
      direction: 'decrease',
      aggregation: 'last',
      target: 35,
      targetSource: 'prorated',
      elapsedShare: 0.5,
      targetFrom: 40,
      targetYear: 30,
    });
    expect(flat(derivation(down, '2023-S1', 'fr', fr))).toBe('= 40 − 10 × 6/12');
    // From zero: the year's part alone.
    const first = indicator({
      code: 'I',
      target: 500,
      targetSource: 'prorated',
      elapsedShare: 5 / 12,
      targetFrom: 0,
      targetYear: 1200,
    });
    expect(flat(derivation(first, '2023-05', 'fr', fr))).toBe('= 1 200 × 5/12');
  });

  it('names a sub-year column, a year’s target, a target not pro-rated and a milestone’s due one', () => {
    const of = (over: Parameters<typeof indicator>[0], period: string, lang: 'fr' | 'en' = 'fr') =>
      derivation(indicator(over), period, lang, lang === 'fr' ? fr : en);
    expect(of({ code: 'I', targetSource: 'period' }, '2023-T1')).toBe('cible de T1 2023');
    expect(of({ code: 'I', targetSource: 'period' }, '2023-S1', 'en')).toBe('H1 2023 target');
    expect(of({ code: 'I', targetSource: 'year' }, '2023-T4')).toBe('cible 2023');
    expect(of({ code: 'I', targetSource: 'year' }, '2023-T2')).toBe('non proratisée');
    expect(of({ code: 'I', targetSource: 'year', type: 'milestone' }, '2023-T2')).toBe('cible 2023');
    // A milestone inside a year: the target due at the last year end passed, or nothing due yet.
    const due = { code: 'I', targetSource: 'due' as const, type: 'milestone' as const };
    expect(of({ ...due, targetPeriod: '2022', target: 0 }, '2023-T2')).toBe('échue fin 2022');
    expect(of({ ...due, targetPeriod: '2023-S1', target: 1 }, '2023-T3', 'en')).toBe('due end of H1 2023');
    expect(of({ ...due, targetPeriod: null, target: 0 }, '2022-T2')).toBe('rien d’échu encore');
    expect(of({ ...due, targetPeriod: null, target: 1 }, '2022-T2', 'en')).toBe('baseline, nothing due yet');
    expect(of({ code: 'I', targetSource: null, target: null }, '2023-T2')).toBeNull();
  });
});

describe('the change since P−1, explained', () => {
  const previous = (actual: number, target: number, rate: number, prorated = true) => ({
    period: '2022-T3',
    actual,
    target,
    targetSource: prorated ? ('prorated' as const) : ('year' as const),
    rate,
    status: 'on-track' as const,
  });

  it('says when the actual did not move and only the target did (I2.1.2 of the demo)', () => {
    // 5 agreements at T3 and at T4; the target pro-rated at T3, 4 + (5 − 4) × 9/12 = 4,75, is 5 at
    // T4; progression from the baseline 3: (5 − 3) / (4,75 − 3) = 114,3 % → (5 − 3) / (5 − 3) = 100 %.
    const i = indicator({
      code: 'I2.1.2',
      aggregation: 'max',
      target: 5,
      actual: 5,
      rate: 1,
      previous: previous(5, 4.75, 2 / 1.75),
      change: { rate: 1 - 2 / 1.75, actual: 0, target: 0.25, moved: 'target' },
    });
    expect(lines(changeCellExplained(i, row('2022-T4')))).toEqual([
      '−14,3 pts',
      'réalisé inchangé (5)',
      'seule la cible a bougé : 4,75 au prorata → 5',
    ]);
    expect(lines(changeCellExplained(i, row('2022-T4', 'en')))).toEqual([
      '−14.3 pts',
      'actual unchanged (5)',
      'only the target moved: 4.75 pro-rated → 5',
    ]);
  });

  it('gives the change of the actual and of the target when both moved (I1.1.2: −2,2 pts with 1 412 more)', () => {
    const i = indicator({
      code: 'I1.1.2',
      target: 14000,
      actual: 17181,
      rate: 17181 / 14000,
      previous: previous(15769, 12625, 15769 / 12625),
      change: { rate: 17181 / 14000 - 15769 / 12625, actual: 1412, target: 1375, moved: 'both' },
    });
    expect(lines(changeCellExplained(i, row('2022-T4')))).toEqual([
      '−2,2 pts',
      'réalisé +1 412',
      'cible +1 375',
    ]);
  });

  it('gives a milestone’s actual from one answer to the other, and nothing more without P−1', () => {
    const m = indicator({
      code: 'M',
      type: 'milestone',
      unit: 'oui/non',
      aggregation: 'last',
      target: 1,
      actual: 1,
      rate: 1,
      previous: previous(0, 1, 0, false),
      change: { rate: 1, actual: 1, target: 0, moved: 'actual' },
    });
    expect(lines(changeCellExplained(m, row('2022-T4')))).toEqual(['+100,0 pts', 'réalisé : non → oui']);
    expect(lines(changeCellExplained(indicator({ code: 'I' }), row('2022-T4')))).toEqual(['n.d.']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/report/format.js';
import { derivation, targetCells, targetColumns } from '../../src/report/targets.js';
import { indicator, model } from './model.js';

const flat = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const fr = formatter('fr');
const en = formatter('en');

describe('the target at P as the report shows it', () => {
  it('writes a pro-rated flow as last years’ targets plus this year’s part (issue 10’s example)', () => {
    // T_{Y−1} = 800, T_Y = 1 800 (800 + this year's 1 000), f = 3/12: 800 + 1 000 × 3/12 = 1 050.
    const i = indicator({
      code: 'I1',
      target: 1050,
      targetSource: 'prorated',
      elapsedShare: 0.25,
      targetFrom: 800,
      targetYear: 1800,
      targetType: 'annual',
    });
    expect(flat(derivation(i, '2023-T1', 'fr', fr))).toBe('= 800 + 1 000 × 3/12');
    expect(flat(derivation(i, '2023-T1', 'en', en))).toBe('= 800 + 1,000 × 3/12');
  });

  it('writes a level moving from last year’s target, a flow from zero, a month’s share', () => {
    const level = indicator({
      code: 'I2',
      unit: '%',
      aggregation: 'last',
      target: 65,
      targetSource: 'prorated',
      elapsedShare: 0.75,
      targetFrom: 50,
      targetYear: 70,
    });
    expect(flat(derivation(level, '2023-T3', 'fr', fr))).toBe('= 50 % + 20 % × 9/12');
    const first = indicator({
      code: 'I3',
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
    // A level without a baseline nor an earlier target has no line to pro-rate along.
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

  it('adds a column of the year’s target only when a target at P is not the year’s', () => {
    const m = model();
    expect(targetColumns(m, 'fr')).toEqual({ header: 'Cible 2022', yearHeader: null });
    m.period = '2023-T2';
    m.indicators[0] = { ...m.indicators[0], targetSource: 'prorated' };
    expect(targetColumns(m, 'fr')).toEqual({ header: 'Cible T2 2023', yearHeader: 'Cible 2023' });
    expect(targetColumns(m, 'en')).toEqual({ header: 'Target Q2 2023', yearHeader: '2023 target' });
    // With --target-basis year every target is the year's: one column, named after the year.
    m.indicators = m.indicators.map((i) => ({ ...i, targetSource: 'year' as const }));
    expect(targetColumns(m, 'fr')).toEqual({ header: 'Cible 2023', yearHeader: null });
  });

  it('puts the final target under the year’s target, or under the target at P when alone', () => {
    const i = indicator({
      code: 'I1',
      target: 1050,
      targetSource: 'prorated',
      elapsedShare: 0.25,
      targetFrom: 800,
      targetYear: 1800,
      finalTarget: 3000,
    });
    const both = targetCells(i, { header: 'x', yearHeader: 'y' }, '2023-T1', 'fr', fr);
    expect(both.map((c) => [flat(c.text), flat(c.note)])).toEqual([
      ['1 050', '= 800 + 1 000 × 3/12'],
      ['1 800', 'finale 3 000'],
    ]);
    expect(both[0].wrapNote).toBe(true);
    const alone = targetCells(
      indicator({ code: 'I1' }),
      { header: 'x', yearHeader: null },
      '2022-T4',
      'fr',
      fr,
    );
    expect(alone.map((c) => [flat(c.text), flat(c.note)])).toEqual([['1 000', 'finale 2 000']]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatter } from '../../src/report/format.js';
import { periodInWords, reportTypeOf } from '../../src/report/periods.js';

const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('periods in words', () => {
  it('writes each kind of period as a French reader says it', () => {
    expect(periodInWords('2022-T4', 'fr')).toBe('T4 2022');
    expect(periodInWords('2023-S1', 'fr')).toBe('1er semestre 2023');
    expect(periodInWords('2023-S2', 'fr')).toBe('2e semestre 2023');
    expect(periodInWords('2023-03', 'fr')).toBe('mars 2023');
    expect(periodInWords('2023', 'fr')).toBe('2023');
  });

  it('and as an English reader says it', () => {
    expect(periodInWords('2022-T4', 'en')).toBe('Q4 2022');
    expect(periodInWords('2023-S1', 'en')).toBe('H1 2023');
    expect(periodInWords('2023-03', 'en')).toBe('March 2023');
    expect(periodInWords('2023', 'en')).toBe('2023');
  });

  it('accepts every spelling the reader accepts, and leaves anything else as it is', () => {
    expect(periodInWords('Q3 2022', 'fr')).toBe('T3 2022');
    expect(periodInWords('2022-H2', 'en')).toBe('H2 2022');
    expect(periodInWords('bientôt', 'fr')).toBe('bientôt');
  });

  it('derives the kind of report from the period', () => {
    expect(reportTypeOf('2022-T4')).toBe('quarterly');
    expect(reportTypeOf('2023-S1')).toBe('semester');
    expect(reportTypeOf('2023-05')).toBe('monthly');
    expect(reportTypeOf('2023')).toBe('annual');
  });
});

describe('counts that agree with their number', () => {
  const forms = { one: 'rapport', other: 'rapports' };
  it('singular for 0 and 1 in French, for 1 only in English', () => {
    const fr = formatter('fr');
    const en = formatter('en');
    expect(fr.count(0, forms)).toBe('0\u00a0rapport');
    expect(fr.count(1, forms)).toBe('1\u00a0rapport');
    expect(fr.count(2, forms)).toBe('2\u00a0rapports');
    expect(flat(fr.count(1200, forms))).toBe('1 200 rapports');
    expect(en.count(0, { one: 'report', other: 'reports' })).toBe('0\u00a0reports');
    expect(en.count(1, { one: 'report', other: 'reports' })).toBe('1\u00a0report');
  });

  it('uses the "many" form where the language has one, else "other"', () => {
    const fr = formatter('fr');
    const category = new Intl.PluralRules('fr-FR').select(1_000_000);
    const many = { one: 'rapport', other: 'rapports', many: 'de rapports' };
    expect(flat(fr.count(1_000_000, many))).toBe(
      category === 'many' ? '1 000 000 de rapports' : '1 000 000 rapports',
    );
    expect(flat(fr.count(1_000_000, forms))).toBe('1 000 000 rapports');
  });
});

describe('dates and changes', () => {
  it('writes a day the way each reader does, never an ISO date that wraps', () => {
    expect(formatter('fr').date('2021-01-30')).toBe('30/01/2021');
    expect(formatter('en').date('2021-01-30')).toBe('30 Jan 2021');
    expect(formatter('fr').day('2026-11-30T10:00:00.000Z')).toBe('30 novembre 2026');
  });

  it('writes a change in percentage points with its sign', () => {
    expect(flat(formatter('fr').points(0.042))).toBe('+4,2 pts');
    expect(flat(formatter('fr').points(-0.01))).toBe('−1,0 pt');
    expect(flat(formatter('en').points(0.042))).toBe('+4.2 pts');
    expect(formatter('fr').points(0)).toMatch(/^0,0\u00a0pt$/);
    expect(formatter('fr').points(null)).toBe('n.d.');
  });
});

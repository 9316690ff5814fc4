/**
 * Numbers typed as text (docs/workbook-format.md, "Numbers typed as text"): French or English
 * notation, `70 000`, `17 181`, `12,5`, `45 %`, `1,234.5`; parsed, and flagged where ambiguous.
 */
import { describe, expect, it } from 'vitest';
import { parseNumberText } from '../../src/workbook/numbers.js';

describe('parseNumberText', () => {
  it.each([
    ['70 000', 'a normal space'],
    ['70\u00a0000', 'a no-break space (U+00A0)'],
    ['70\u202f000', 'a narrow no-break space (U+202F)'],
  ])('reads %j, grouped with %s, as 70000', (text) => {
    expect(parseNumberText(text)).toEqual({ value: 70000, percent: false, ambiguous: false, grouped: false });
  });

  it('reads 17 181 as 17181', () => {
    expect(parseNumberText('17 181')?.value).toBe(17181);
  });

  it('reads a French decimal comma: 12,5 is 12.5', () => {
    expect(parseNumberText('12,5')).toEqual({
      value: 12.5,
      percent: false,
      ambiguous: false,
      grouped: false,
    });
    expect(parseNumberText('12,5', 'en')?.value).toBe(12.5);
  });

  it('reads 45 % as 45 percentage points, marked as a percentage', () => {
    expect(parseNumberText('45 %')).toEqual({ value: 45, percent: true, ambiguous: false, grouped: false });
    expect(parseNumberText('45%')).toEqual({ value: 45, percent: true, ambiguous: false, grouped: false });
    expect(parseNumberText('12,5 %')?.value).toBe(12.5);
  });

  it('reads English notation 1,234.5 as 1234.5, unambiguously', () => {
    expect(parseNumberText('1,234.5')).toEqual({
      value: 1234.5,
      percent: false,
      ambiguous: false,
      grouped: false,
    });
    expect(parseNumberText('1,234.5', 'en')?.value).toBe(1234.5);
  });

  it('reads continental notation 1.234,5 as 1234.5, unambiguously', () => {
    expect(parseNumberText('1.234,5')).toEqual({
      value: 1234.5,
      percent: false,
      ambiguous: false,
      grouped: false,
    });
  });

  it('reads several group separators: 1,234,567 and 1.234.567', () => {
    expect(parseNumberText('1,234,567')?.value).toBe(1234567);
    expect(parseNumberText('1.234.567')?.value).toBe(1234567);
  });

  it('flags 1,234 as ambiguous: 1.234 in French, 1234 in English', () => {
    expect(parseNumberText('1,234', 'fr')).toEqual({
      value: 1.234,
      percent: false,
      ambiguous: true,
      grouped: false,
    });
    expect(parseNumberText('1,234', 'en')).toEqual({
      value: 1234,
      percent: false,
      ambiguous: true,
      grouped: true,
    });
  });

  it('reads a lone separator before three digits as thousands for a count, in either language (issue 22)', () => {
    // A count of people is whole: 1.300 and 1,250 can only be 1 300 and 1 250.
    expect(parseNumberText('1.300', 'fr', true)).toEqual({
      value: 1300,
      percent: false,
      ambiguous: true,
      grouped: true,
    });
    expect(parseNumberText('1,250', 'fr', true)).toEqual({
      value: 1250,
      percent: false,
      ambiguous: true,
      grouped: true,
    });
    expect(parseNumberText('1.250', 'en', true)?.value).toBe(1250);
    expect(parseNumberText('12.500', 'fr', true)?.value).toBe(12500);
    // What cannot be a thousands group stays a decimal, as today: 1.5, 0,500, 1,25, 1.2345.
    expect(parseNumberText('1.5', 'fr', true)).toEqual({
      value: 1.5,
      percent: false,
      ambiguous: false,
      grouped: false,
    });
    expect(parseNumberText('0,500', 'fr', true)?.value).toBe(0.5);
    expect(parseNumberText('1,25', 'fr', true)?.value).toBe(1.25);
    expect(parseNumberText('1.2345', 'fr', true)?.value).toBe(1.2345);
    // Unambiguous forms are read the same: 1.234,5 and 1 300.
    expect(parseNumberText('1.234,5', 'fr', true)?.value).toBe(1234.5);
    expect(parseNumberText('1 300', 'fr', true)?.value).toBe(1300);
  });

  it('does not flag a comma that cannot be a group separator', () => {
    expect(parseNumberText('0,250')?.ambiguous).toBe(false);
    expect(parseNumberText('1,25')?.ambiguous).toBe(false);
    expect(parseNumberText('1234,567')?.ambiguous).toBe(false);
  });

  it('reads the minus sign U+2212 as a minus: −3 is -3', () => {
    expect(parseNumberText('\u22123')?.value).toBe(-3);
    expect(parseNumberText('-3')?.value).toBe(-3);
    expect(parseNumberText('\u221212,5')?.value).toBe(-12.5);
  });

  it('reads plain integers and decimals', () => {
    expect(parseNumberText('0')?.value).toBe(0);
    expect(parseNumberText('42')?.value).toBe(42);
    expect(parseNumberText('3.5')?.value).toBe(3.5);
    expect(parseNumberText(' 7 ')?.value).toBe(7);
  });

  it.each([
    'douze',
    '',
    ' ',
    '%',
    'abc12',
    '12abc',
    '1,2,3',
    '1.2.3',
    '--3',
    '1,23,456',
    '12 ans',
    'N/A',
    '-',
  ])('gives no number for %j', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

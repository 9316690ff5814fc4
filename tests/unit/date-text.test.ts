/**
 * Dates written as text (docs/workbook-format.md, *Dates*): in figures, day first, and in French
 * or English words, as ministries type a submission date. A text is a date only if it names a
 * real day.
 */
import { describe, expect, it } from 'vitest';
import { PLAUSIBLE_SERIALS, parseDateText } from '../../src/workbook/date-text.js';
import { serialToDate } from '../../src/workbook/xlsx/dates.js';

const iso = (text: string) => {
  const d = parseDateText(text);
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;
};

describe('parseDateText', () => {
  it.each([
    ['12 janvier 2023', '2023-01-12'],
    ['1er mars 2023', '2023-03-01'],
    ['1re mars 2023', '2023-03-01'],
    ['12-janv.-23', '2023-01-12'],
    ['12 janv. 2023', '2023-01-12'],
    ['12 JANV 2023', '2023-01-12'],
    ['mardi 12 janvier 2023', '2023-01-12'],
    ['Mardi, 12 janvier 2023', '2023-01-12'],
    ['le 12 janvier 2023', '2023-01-12'],
    ['3 février 2023', '2023-02-03'],
    ['3 fevrier 2023', '2023-02-03'],
    ['15 août 2023', '2023-08-15'],
    ['15 aout 2023', '2023-08-15'],
    ['2 déc. 2023', '2023-12-02'],
    ['12 January 2023', '2023-01-12'],
    ['12th January 2023', '2023-01-12'],
    ['Jan 12, 2023', '2023-01-12'],
    ['January 12 2023', '2023-01-12'],
    ['Tuesday, January 12, 2023', '2023-01-12'],
    ['Mar 3, 2023', '2023-03-03'],
    ['12-Jan-2023', '2023-01-12'],
    ['12/01/2023', '2023-01-12'],
    ['1.3.2023', '2023-03-01'],
    ['2023-01-12', '2023-01-12'],
    ['2023-01-12T10:30:00', '2023-01-12'],
  ])('reads %j as %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it('reads two-digit years as Excel does: 00-29 in the 2000s, 30-99 in the 1900s', () => {
    expect(iso('12-janv.-29')).toBe('2029-01-12');
    expect(iso('12-janv.-30')).toBe('1930-01-12');
  });

  it.each([
    'janvier 2023',
    '30 février 2023',
    '29 février 2023',
    '32 janvier 2023',
    '12 brumaire 2023',
    '2023',
    '12/13/2023',
    '2022-02-30',
    'mardi',
    '',
  ])('does not take %j for a day', (text) => {
    expect(parseDateText(text)).toBeNull();
  });

  it('bounds the serials read as dates to 1990-01-01 … 2100-12-31', () => {
    expect(serialToDate(PLAUSIBLE_SERIALS.min, false)?.toISOString().slice(0, 10)).toBe('1990-01-01');
    expect(serialToDate(PLAUSIBLE_SERIALS.max, false)?.toISOString().slice(0, 10)).toBe('2100-12-31');
  });
});

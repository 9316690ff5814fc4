/**
 * What a cell's number format says about its number: a date (or time), a percentage, or neither.
 * The rules are exceljs' own (so that the reader gives the values exceljs gave), with two
 * corrections: escaped characters (`\m`, `_m`, `*m`) are literal text, not date tokens, and
 * `Y D H S` count in capitals as well as in lower case (Excel reads `YYYY` as a year).
 */
export interface NumberFormat {
  date: boolean;
  percent: boolean;
}

export const PLAIN: NumberFormat = Object.freeze({ date: false, percent: false });

/** The built-in formats (ECMA-376 Part 1, §18.8.30) that exceljs knows, by id. */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The format code of a number format id: the workbook's own first, then the built-in one. */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  return custom.get(id) ?? BUILT_IN[id];
}

/** Literal parts of a format code: quoted text, `[...]` colour/locale/condition blocks, escapes. */
function tokens(code: string): string {
  return code.replace(/"[^"]*"|\[[^\]]*\]|[\\_*]./g, '');
}

/**
 * A date or time format: one of y, m, d, h, s (or b, the Buddhist year) outside literal text.
 * Elapsed-time formats (`[h]:mm`) count, as in exceljs: their `mm` remains.
 */
export function isDateFormat(code: string | undefined): boolean {
  return !!code && /[ymdhMsbYDHS]/.test(tokens(code));
}

export function isPercentFormat(code: string | undefined): boolean {
  return !!code && tokens(code).includes('%');
}

export function numberFormat(code: string | undefined): NumberFormat {
  const date = isDateFormat(code);
  const percent = isPercentFormat(code);
  return date || percent ? { date, percent } : PLAIN;
}

/**
 * Numbers typed as text by people in French or English notation: `70 000` (normal, no-break or
 * narrow no-break space), `12,5`, `45 %`, `1,234.5`, `1.234,5`, `−3`.
 */
export interface ParsedNumber {
  value: number;
  /** The text carried a `%` sign: the value is in percentage points. */
  percent: boolean;
  /** Both readings were possible (`1,234`, `1.234`); `value` is the one chosen. */
  ambiguous: boolean;
  /** The lone `,` or `.` of an ambiguous number was read as a thousands separator. */
  grouped: boolean;
}

const GROUP_SPACES = /[\s\u00a0\u202f\u2009\u2007']/g;

/**
 * `wholeNumbers`: the number counts whole things (people, households), so a lone `.` or `,`
 * followed by exactly three digits (`1.300`, `1,250`) is a thousands separator in either language;
 * otherwise a lone comma with three digits is one in English only, and every other lone `.` or `,`
 * is a decimal mark.
 */
export function parseNumberText(
  raw: string,
  lang: 'fr' | 'en' = 'fr',
  wholeNumbers = false,
): ParsedNumber | null {
  let s = raw.trim().replace(/\u2212/g, '-');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(GROUP_SPACES, '');
  if (!/^[+-]?(\d|[.,]\d)[\d.,]*$/.test(s) && !/^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(s)) return null;
  if (/e/i.test(s)) return finite(Number(s), percent, false, false);

  const commas = count(s, ',');
  const dots = count(s, '.');
  let ambiguous = false;
  let grouped = false;
  let normalised: string;
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (count(s, decimal) > 1) return null;
    if (!groupsAreWellFormed(s.split(decimal)[0], group)) return null;
    normalised = s.split(group).join('').replace(',', '.');
  } else if (commas > 1 || dots > 1) {
    const group = commas > 1 ? ',' : '.';
    if (!groupsAreWellFormed(s, group)) return null;
    normalised = s.split(group).join('');
  } else if (commas === 1 || dots === 1) {
    const sep = commas === 1 ? ',' : '.';
    const [whole, fraction] = s.split(sep);
    const looksGrouped =
      /^[+-]?\d{1,3}$/.test(whole) && /^\d{3}$/.test(fraction) && whole.replace(/[+-]/, '') !== '0';
    ambiguous = looksGrouped;
    grouped = looksGrouped && (wholeNumbers || (sep === ',' && lang === 'en'));
    normalised = grouped ? whole + fraction : `${whole}.${fraction}`;
  } else {
    normalised = s;
  }
  return finite(Number(normalised), percent, ambiguous, grouped);
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function groupsAreWellFormed(integerPart: string, group: string): boolean {
  const parts = integerPart.replace(/^[+-]/, '').split(group);
  return /^\d{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

function finite(value: number, percent: boolean, ambiguous: boolean, grouped: boolean): ParsedNumber | null {
  return Number.isFinite(value) ? { value, percent, ambiguous, grouped } : null;
}

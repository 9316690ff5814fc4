import { MONTH_NAMES, WEEKDAY_NAMES } from './vocabulary.js';
import { isCalendarDate } from './xlsx/dates.js';

/** A calendar day, as read from a cell. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/**
 * Serial numbers read as dates in a date column whose cell lost its date format (`44938` in the
 * General format): 1990-01-01 (32 874) to 2100-12-31 (73 415) in Excel's 1900 system. A number
 * outside that range is not taken for a date (it is more likely a typing mistake than a day).
 */
export const PLAUSIBLE_SERIALS = { min: 32_874, max: 73_415 } as const;

const MONTHS = new Map<string, number>();
for (const [month, names] of Object.entries(MONTH_NAMES))
  for (const name of names) MONTHS.set(plain(name), Number(month));
const WEEKDAYS = new Set<string>(WEEKDAY_NAMES.map(plain));

/** The month a name (`janvier`, `janv`, `Jan`, `août`) stands for. */
export function monthOf(name: string): number | undefined {
  return MONTHS.get(plain(name));
}

function plain(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * A date written as text: `2023-01-12` (what follows the day is ignored), `12/01/2023`,
 * `12.01.2023`, `12-01-2023` (day first), and in French or English words: `12 janvier 2023`,
 * `1er mars 2023`, `12-janv.-23`, `12 janv. 2023`, `mardi 12 janvier 2023`, `le 12 janvier 2023`,
 * `12 January 2023`, `12th Jan 2023`, `Jan 12, 2023`, `Tuesday, January 12, 2023`. A two-digit
 * year is read as Excel reads it (00-29: 2000-2029, 30-99: 1930-1999). Null unless the text names
 * a real day (`30 février 2023` is not one).
 */
export function parseDateText(raw: string): Day | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return day(Number(m[3]), Number(m[2]), Number(m[1]));
  const tokens = plain(s)
    .split(/[\s,./-]+/)
    .filter(Boolean);
  return inWords(tokens) ?? (tokens.length > 0 && WEEKDAYS.has(tokens[0]) ? inWords(tokens.slice(1)) : null);
}

function inWords(tokens: string[]): Day | null {
  const t = tokens[0] === 'le' || tokens[0] === 'the' ? tokens.slice(1) : tokens;
  if (t.length !== 3) return null;
  const dayFirst = MONTHS.get(t[1]);
  if (dayFirst !== undefined) return withYear(dayOf(t[0]), dayFirst, t[2]);
  const monthFirst = MONTHS.get(t[0]);
  if (monthFirst !== undefined) return withYear(dayOf(t[1]), monthFirst, t[2]);
  return null;
}

/** `12`, `1er`, `1re`, `2e`, `2eme`, `1st`, `2nd`, `3rd`, `12th`. */
function dayOf(token: string): number | null {
  const m = /^(\d{1,2})(?:er|re|e|eme|st|nd|rd|th)?$/.exec(token);
  return m ? Number(m[1]) : null;
}

function withYear(d: number | null, month: number, token: string): Day | null {
  if (d === null || !/^(\d{2}|\d{4})$/.test(token)) return null;
  const y = Number(token);
  return day(token.length === 4 ? y : y < 30 ? 2000 + y : 1900 + y, month, d);
}

function day(year: number, month: number, d: number): Day | null {
  return isCalendarDate(year, month, d) ? { year, month, day: d } : null;
}

export function isoDay(d: Day): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * Dates as spreadsheets store them: serial day numbers (1900 or 1904 system) and ISO 8601 text
 * (`t="d"` cells). Every date is a UTC instant whose wall-clock reading is the one in the cell.
 */

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in the 1900 system. */
const EPOCH_1900 = 25_569;
/** Days from the 1900 system's day zero to the 1904 system's (1904-01-01). */
const OFFSET_1904 = 1_462;

/**
 * The date of a serial number, or null for serial 60 of the 1900 system: 1900-02-29, a day that
 * never existed but that Excel counts (Lotus 1-2-3's leap-year bug), so that serials 1 to 59 are
 * one day later than a plain count from 1899-12-30 would give.
 */
export function serialToDate(serial: number, date1904: boolean): Date | null {
  let days = serial;
  if (date1904) days += OFFSET_1904;
  else if (serial >= 1 && serial < 60) days += 1;
  else if (serial >= 60 && serial < 61) return null;
  return new Date(Math.round((days - EPOCH_1900) * DAY_MS));
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time (`2022-03-31`, `2022-03-31T14:05:00`, with an optional zone), or
 * null when the text is not one or names a day or time that does not exist (`2022-02-30`).
 */
export function parseIsoDate(text: string): Date | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isCalendarDate(year, month, day)) return null;
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const ms = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years 0-99 as 1900-1999
  let time = date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  const zone = m[8];
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return new Date(time);
}

/** Whether year-month-day names a day of the Gregorian calendar (no 30 February, no month 13). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

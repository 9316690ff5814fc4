import { entityKey } from './entities.js';
import { comparePeriods, countsAt, type Period, parsePeriod } from './periods.js';

/**
 * What partners wrote beside their values and activity reports, as a reader wants it (docs/report.md,
 * "Partners' comments"): newest first, so that the report period's comments lead; the same text
 * from the same entity once, with every period it was written for (a note copied from quarter to
 * quarter is one note, not ten); each with the code it is about; and flagged when it names a date
 * after the period it was written for (a later note pasted into an old report, or a plan
 * reported as done). Pure: comments in, comments out.
 */
export interface Comment {
  /** The indicator or activity the comment is about. */
  code: string;
  entity: string;
  /** The latest period it was written for. */
  period: string;
  /** Every period it was written for, oldest first (one element when it was not repeated). */
  periods: string[];
  text: string;
  /** Where the latest was read. */
  file: string;
  sheet: string;
  cell: string;
  /** A date the text names that falls after a period it was written for: the date as written, and the earliest such period. */
  laterDate: { text: string; period: string } | null;
}

/** A comment as read, beside one value or one activity report. */
export interface RawComment {
  comment?: string;
  entity: string;
  period: string;
  file: string;
  sheet: string;
  cell: string;
}

/** The comments written up to P about one indicator or activity, each text of each entity once, newest first. */
export function gatherComments(
  code: string,
  found: readonly RawComment[],
  at: Period,
  periodOf: (label: string) => Period,
): Comment[] {
  const groups = new Map<string, RawComment[]>();
  for (const c of found) {
    if (!c.comment || !c.period || !countsAt(periodOf(c.period), at)) continue;
    const key = `${entityKey(c.entity)}\u0000${sameText(c.comment)}`;
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const out: Comment[] = [];
  for (const list of groups.values()) {
    const ordered = [...list].sort(
      (a, b) =>
        comparePeriods(periodOf(a.period), periodOf(b.period)) || cmp(a.file, b.file) || cmp(a.cell, b.cell),
    );
    const latest = ordered[ordered.length - 1];
    const periods = [...new Set(ordered.map((c) => c.period))];
    out.push({
      code,
      entity: latest.entity,
      period: latest.period,
      periods,
      text: latest.comment as string,
      file: latest.file,
      sheet: latest.sheet,
      cell: latest.cell,
      laterDate: laterDate(latest.comment as string, periods.map(periodOf)),
    });
  }
  return newestFirst(out, periodOf);
}

/** Newest first (by the latest period written for), then by entity, code and text: the order comments are shown in. */
export function newestFirst<T extends Pick<Comment, 'period' | 'entity' | 'code' | 'text'>>(
  comments: readonly T[],
  periodOf: (label: string) => Period = (label) => parsePeriod(label) as Period,
): T[] {
  return [...comments].sort(
    (a, b) =>
      comparePeriods(periodOf(b.period), periodOf(a.period)) ||
      cmp(a.entity, b.entity) ||
      cmp(a.code, b.code) ||
      cmp(a.text, b.text),
  );
}

/** Two comments are the same text when they differ only in case, accents or spaces. */
function sameText(text: string): string {
  return entityKey(text);
}

/** The first date named after the earliest period it falls after, if any. */
function laterDate(text: string, periods: readonly Period[]): { text: string; period: string } | null {
  for (const date of datesNamed(text)) {
    const before = periods.find((p) => date.startMonth > p.endMonth);
    if (before) return { text: date.text, period: before.label };
  }
  return null;
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  january: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  april: 4,
  avr: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  juil: 7,
  july: 7,
  jul: 7,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  september: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  october: 10,
  oct: 10,
  novembre: 11,
  november: 11,
  nov: 11,
  decembre: 12,
  december: 12,
  dec: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).join('|');
/** `15/03/2023`, `15-03-2023`, `15.03.2023` (day first, as in French and British usage). */
const DAY_FIRST = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;
/** `2023-03-15`. */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** `mars 2023`, `15 mars 2023`, `March 2023`, `March 15, 2023`. */
const MONTH_YEAR = new RegExp(
  `\\b(${MONTH_NAMES})\\.?\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(\\d{4})\\b`,
  'g',
);
/** `T1 2023`, `2023-T1`, `Q1 2023`, `S2 2023`, `H1 2023`. */
const PERIOD = /\b(?:[TQSH][1-4]\s?-?\s?\d{4}|\d{4}\s?-?\s?[TQSH][1-4])\b/gi;

/** The dates a text names, with the first month each covers (months counted from year 0), in reading order. */
export function datesNamed(text: string): { text: string; startMonth: number }[] {
  // Accents off, lower case, same length: positions in `plain` are positions in `text`.
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
  const same = plain.length === text.length;
  const found: { at: number; text: string; startMonth: number }[] = [];
  const add = (at: number, length: number, year: number, month: number) => {
    if (year < 1900 || year > 2200 || month < 1 || month > 12) return;
    found.push({ at, text: (same ? text : plain).slice(at, at + length), startMonth: year * 12 + month - 1 });
  };
  for (const m of plain.matchAll(DAY_FIRST)) add(m.index, m[0].length, Number(m[3]), Number(m[2]));
  for (const m of plain.matchAll(ISO)) add(m.index, m[0].length, Number(m[1]), Number(m[2]));
  for (const m of plain.matchAll(MONTH_YEAR)) add(m.index, m[0].length, Number(m[2]), MONTHS[m[1]]);
  for (const m of plain.matchAll(PERIOD)) {
    const p = parsePeriod(m[0].replace(/\s/g, ''));
    if (p) add(m.index, m[0].length, p.year, p.startMonth - p.year * 12 + 1);
  }
  return found.sort((a, b) => a.at - b.at).map(({ text, startMonth }) => ({ text, startMonth }));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { catalogue, type Lang } from '../i18n/index.js';

/**
 * Numbers as a French or English reader writes them: `70 000` and `85,7 %` in French, `70,000`
 * and `85.7%` in English. Every figure of the HTML, PDF and text output goes through here.
 */
export interface Formatter {
  number(n: number | null): string;
  /** A number with a true minus sign when negative (`−3,78`): a score, a difference. */
  signed(n: number | null): string;
  percent(fraction: number | null): string;
  /** A value in an indicator's unit: percentage points get a % sign, milestones read oui/non. */
  value(n: number | null, unit: string, type: string): string;
  /** `3 rapports`, `1 rapport`: the noun agrees with the number (Intl.PluralRules). */
  count(n: number, forms: PluralForms): string;
  /** The plural form alone, for sentences that place the number themselves. */
  plural(n: number, forms: PluralForms): string;
  /** A calendar day (`2021-01-30`) as the reader writes it: `30/01/2021`, `30 Jan 2021`. */
  date(iso: string | null): string;
  /** A timestamp (`--timestamp`) as a day in words: `30 novembre 2026`. */
  day(iso: string | null): string;
  /** A difference of two fractions in percentage points: `+4,2 pts`, `−1,0 pt`. */
  points(delta: number | null): string;
  /**
   * A difference of two values in an indicator's unit, signed: `+1 243`, `−0,25`; of two
   * percentages, in points (`+3,0 pts`).
   */
  difference(delta: number | null, unit: string): string;
}

/** Plural forms of a noun, by CLDR category; `other` is the fallback for `many`, `few`... */
export interface PluralForms {
  one: string;
  other: string;
  many?: string;
}

export function formatter(lang: Lang): Formatter {
  const t = catalogue(lang);
  const integer = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });
  const precise = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 1 });
  const pointsFormat = new Intl.NumberFormat(t.locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const rules = new Intl.PluralRules(t.locale);
  const dates = new Intl.DateTimeFormat(t.locale, t.report.dateFormat);
  const days = new Intl.DateTimeFormat(t.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const number = (n: number | null) => {
    if (n === null || !Number.isFinite(n)) return t.report.noData;
    const abs = Math.abs(n);
    return (abs >= 100 ? integer : abs >= 10 ? decimal : precise).format(n);
  };
  const plural = (n: number, forms: PluralForms) => {
    const category = rules.select(n);
    return (category === 'one' ? forms.one : category === 'many' ? forms.many : undefined) ?? forms.other;
  };
  const utc = (iso: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  };
  const points = (delta: number | null) =>
    delta === null || !Number.isFinite(delta)
      ? t.report.noData
      : `${pointsFormat.format(delta * 100).replace('-', '\u2212')}\u00a0${plural(Math.abs(Math.round(delta * 1000) / 10), t.report.pointForms)}`;
  return {
    number,
    signed: (n) => (n !== null && n < 0 ? `\u2212${number(-n)}` : number(n)),
    percent: (f) => (f === null || !Number.isFinite(f) ? t.report.noData : pct.format(f)),
    value: (n, unit, type) => {
      if (n === null) return t.report.noData;
      if (type === 'milestone' && (n === 0 || n === 1)) return n === 1 ? t.yes : t.no;
      if (/%/.test(unit)) return pct.format(n / 100);
      return number(n);
    },
    count: (n, forms) => `${number(n)}\u00a0${plural(n, forms)}`,
    plural,
    date: (iso) => {
      const d = iso ? utc(iso) : null;
      return d ? dates.format(d) : (iso ?? t.report.noData);
    },
    day: (iso) => {
      const d = iso ? utc(iso) : null;
      return d ? days.format(d) : (iso ?? t.report.noData);
    },
    points,
    difference: (delta, unit) => {
      if (delta === null || !Number.isFinite(delta)) return t.report.noData;
      if (/%/.test(unit)) return points(delta / 100);
      const text = number(Math.abs(delta));
      // A difference that rounds to nothing shown (0,001) keeps no sign.
      if (/^[0\s.,\u00a0\u202f]+$/.test(text)) return text;
      return `${delta < 0 ? '\u2212' : '+'}${text}`;
    },
  };
}

import { catalogue, type Lang } from '../i18n/index.js';

/**
 * Numbers as a French or English reader writes them: `70 000` and `85,7 %` in French, `70,000`
 * and `85.7%` in English. Every figure of the HTML, PDF and text output goes through here.
 */
export interface Formatter {
  number(n: number | null): string;
  percent(fraction: number | null): string;
  /** A value in an indicator's unit: percentage points get a % sign, milestones read oui/non. */
  value(n: number | null, unit: string, type: string): string;
}

export function formatter(lang: Lang): Formatter {
  const t = catalogue(lang);
  const integer = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 1 });
  const precise = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(t.locale, { style: 'percent', maximumFractionDigits: 1 });
  const number = (n: number | null) => {
    if (n === null || !Number.isFinite(n)) return t.report.noData;
    const abs = Math.abs(n);
    return (abs >= 100 ? integer : abs >= 10 ? decimal : precise).format(n);
  };
  return {
    number,
    percent: (f) => (f === null || !Number.isFinite(f) ? t.report.noData : pct.format(f)),
    value: (n, unit, type) => {
      if (n === null) return t.report.noData;
      if (type === 'milestone' && (n === 0 || n === 1)) return n === 1 ? t.yes : t.no;
      if (/%/.test(unit)) return pct.format(n / 100);
      return number(n);
    },
  };
}

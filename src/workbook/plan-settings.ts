import { asFraction } from '../compute/status.js';
import type { Issue } from '../model/issues.js';
import { DEFAULT_SETTINGS, type Settings, Settings as SettingsSchema } from '../model/plan.js';
import { validate } from '../model/validate.js';
import type { Vocabulary } from './aliases.js';
import type { CellReader } from './coerce.js';
import { parseNumberText } from './numbers.js';
import type { FieldCell, KeyValueSink } from './table.js';
import { ALLOWED, PLAN_KEYS } from './vocabulary.js';

/** The `Plan` sheet (key / value): every key has a default; a value that cannot be used is an `invalid-setting`. */
export function readSettings(
  kv: KeyValueSink<keyof typeof PLAN_KEYS>,
  cells: CellReader,
  report: (i: Issue) => void,
  lists: Vocabulary['lists'],
): Settings {
  const v = kv.values;
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  s.code = cells.text(v.get('code')) ?? s.code;
  s.title = cells.text(v.get('title')) ?? s.title;
  s.country = cells.text(v.get('country')) ?? s.country;
  s.startYear = cells.integer(v.get('startYear'), 'Année de début') ?? null;
  s.endYear = cells.integer(v.get('endYear'), 'Année de fin') ?? null;
  s.referenceDate = cells.date(v.get('referenceDate'), 'Date de référence') ?? null;
  s.currency = cells.text(v.get('currency')) ?? s.currency;
  const lang = cells.text(v.get('lang'))?.toLowerCase().slice(0, 2);
  if (lang === 'fr' || lang === 'en') s.lang = lang;
  s.method = cells.enumOf(v.get('method'), 'Méthode de calcul', lists.method, ALLOWED.method) ?? s.method;
  const pair = v.get('thresholds');
  if (pair) {
    const both = thresholdPair(pair, cells, kv.seconds.get('thresholds'));
    if (both) s.thresholds = both;
  }
  const onTrack = cells.number(v.get('onTrack'), 'Seuil en bonne voie');
  if (typeof onTrack === 'number') s.thresholds.onTrack = asFraction(onTrack);
  const behind = cells.number(v.get('behind'), 'Seuil en retard');
  if (typeof behind === 'number') s.thresholds.behind = asFraction(behind);
  const ceiling = cells.number(v.get('ceiling'), 'Plafond');
  if (typeof ceiling === 'number') s.ceiling = asFraction(ceiling);
  const delay = cells.integer(v.get('submissionDelayDays'), 'Délai de soumission');
  if (typeof delay === 'number') s.submissionDelayDays = delay;
  s.targetBasis =
    cells.enumOf(v.get('targetBasis'), 'Base des cibles', lists.targetBasis, ALLOWED.targetBasis) ??
    s.targetBasis;
  s.reportTitle = cells.text(v.get('reportTitle')) ?? null;
  s.subtitle = cells.text(v.get('subtitle')) ?? null;
  s.institution = cells.text(v.get('institution')) ?? null;
  s.author = cells.text(v.get('author')) ?? null;
  s.reportType =
    cells.enumOf(v.get('reportType'), 'Type de rapport', lists.reportType, ALLOWED.reportType) ?? null;
  checkYears(s, kv, cells);
  const checked = validate(SettingsSchema, s, (path) => settingLocation(path, kv, cells), report);
  return checked ?? DEFAULT_SETTINGS;
}

/** Plans span a few years: reversed years, or a span no plan has, are settings errors, never a loop. */
const MAX_PLAN_YEARS = 50;
const YEARS = { from: 1900, to: 2200 };

function checkYears(s: Settings, kv: KeyValueSink<keyof typeof PLAN_KEYS>, cells: CellReader): void {
  const problem = (key: 'startYear' | 'endYear', expected: string) => {
    const f = kv.values.get(key);
    if (f) cells.problem('invalid-setting', f, { column: PLAN_KEYS[key][0], expected });
    s[key] = null;
  };
  for (const key of ['startYear', 'endYear'] as const) {
    const year = s[key];
    if (year !== null && (year < YEARS.from || year > YEARS.to)) problem(key, `${YEARS.from}-${YEARS.to}`);
  }
  const { startYear, endYear } = s;
  if (startYear === null || endYear === null) return;
  if (endYear < startYear) {
    problem('endYear', `≥ ${startYear}`);
    s.startYear = null;
  } else if (endYear - startYear + 1 > MAX_PLAN_YEARS) {
    problem('endYear', `≤ ${startYear + MAX_PLAN_YEARS - 1}`);
    s.startYear = null;
  }
}

function settingLocation(path: PropertyKey[], kv: KeyValueSink<keyof typeof PLAN_KEYS>, cells: CellReader) {
  const key = (
    path[0] === 'thresholds' ? (kv.values.has('thresholds') ? 'thresholds' : path[1]) : path[0]
  ) as keyof typeof PLAN_KEYS;
  const f = kv.values.get(key);
  return { ...cells.at, cell: f?.address, column: PLAN_KEYS[key]?.[0] ?? String(path[0]) };
}

function thresholdPair(f: FieldCell, cells: CellReader, second?: FieldCell): Settings['thresholds'] | null {
  const text = cells.text(f);
  if (!text) return null;
  // `Seuils | 80 % | 50 %`: two cells, each a single number (a note beside one pair is ignored).
  const lone = /^[\d.,\s%]+$/;
  const other = second ? cells.text(second) : undefined;
  const written = other && lone.test(text) && lone.test(other) ? `${text} / ${other}` : text;
  const parts = written.split(/[/;|]|\bet\b|\band\b|,\s+/).map((p) => parseNumberText(p, cells.lang));
  if (parts.length !== 2 || parts.some((p) => !p)) {
    cells.problem('invalid-setting', f, { column: 'Seuils', expected: '80 / 50' });
    return null;
  }
  const [a, b] = parts.map((p) => asFraction((p as { value: number }).value));
  return { onTrack: Math.max(a, b), behind: Math.min(a, b) };
}

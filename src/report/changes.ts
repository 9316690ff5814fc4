import type { ChangeLevel, StatusChange } from '../compute/changes.js';
import type { ReportModel } from '../compute/model.js';
import type { Status } from '../compute/status.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { statusCell } from './cells.js';
import type { Formatter } from './format.js';
import { periodInWords } from './periods.js';
import type { Cell, RowGroup, TableView } from './table.js';
import { changeCellExplained } from './targets.js';

/**
 * The "changes since P−1" section (docs/report.md, "Changes since P−1"; issue 10): what the
 * comparison is made with — P−1 computed from the same workbooks, or a report published earlier
 * (`--compare`) —, every status that changed (plan, axes, results, indicators, from → to with their
 * rates), and, against a published report, the past figures revised since. Read from
 * `model.changes`; nothing is recomputed here but differences of two rates for display.
 */
export interface ChangesView {
  /** `Changements depuis T3 2022`. */
  title: string;
  /** What the comparison is made with, in a sentence (the published report's file and period). */
  intro: string;
  /** Every status change, grouped by level; null when none changed (then `noChanges` says so). */
  statusChanges: TableView | null;
  /** "No status changed": only when none did (a renderer shows whichever of the two is set). */
  noChanges: string | null;
  /** Past figures revised since the published report; null when not compared with one or none revised. */
  revisions: TableView | null;
  /** With `--compare` and no revision: that sentence; else null. */
  noRevisions: string | null;
}

const LEVELS: ChangeLevel[] = ['plan', 'axis', 'result', 'indicator'];

/** Better statuses rank higher; `no-data` and `not-due` are neither better nor worse than a rate. */
const RANK: Partial<Record<Status, number>> = { critical: 0, behind: 1, 'on-track': 2 };

/** +1 a status improved, −1 it worsened, 0 it moved to or from `no-data` or `not-due`. */
export function direction(from: Status, to: Status): -1 | 0 | 1 {
  const a = RANK[from];
  const b = RANK[to];
  if (a === undefined || b === undefined || a === b) return 0;
  return b > a ? 1 : -1;
}

/**
 * The section, or null when the model has nothing to compare with (no P−1 with data, no
 * `--compare`).
 * @param shownFile the published report's path as the report may show it (never this machine's
 *   absolute path)
 */
export function changesView(
  model: ReportModel,
  lang: Lang,
  f: Formatter,
  shownFile: (path: string) => string,
): ChangesView | null {
  const ch = model.changes;
  if (ch.period === null) return null;
  const c = catalogue(lang);
  const t = c.report.changes;
  const since = periodInWords(ch.period, lang);
  const published = ch.against === 'published-report';
  const at = periodInWords(model.period, lang);
  const byCode = new Map(model.indicators.map((i) => [i.code, i]));
  const row = { period: model.period, startYear: model.plan.startYear, lang, f };
  /** The change in points; for an indicator, what moved under it (the actual, or the target alone). */
  const change = (x: StatusChange): Cell => {
    const i = x.level === 'indicator' ? byCode.get(x.code) : undefined;
    if (i?.change) return changeCellExplained(i, row);
    return {
      text: f.points(x.rateTo !== null && x.rateFrom !== null ? x.rateTo - x.rateFrom : null),
      kind: 'number',
    };
  };
  const groups: RowGroup[] = LEVELS.map((level) => {
    const rows = ch.statusChanges.filter((x) => x.level === level);
    return {
      heading: { code: '', text: `${t.levels[level]} (${f.number(rows.length)})` },
      rows: rows.map((x: StatusChange) => ({
        cells: [
          { text: x.code, kind: 'code' as const },
          { text: x.label, kind: 'text' as const },
          { text: f.percent(x.rateFrom), kind: 'number' as const },
          statusCell(x.from, lang),
          { text: f.percent(x.rateTo), kind: 'number' as const },
          statusCell(x.to, lang),
          change(x),
        ],
        status: x.to,
      })),
    };
  }).filter((g) => g.rows.length > 0);
  return {
    title: t.title(since),
    intro: published ? t.introPublished(since, shownFile(ch.file ?? '')) : t.introPrevious(since, at),
    statusChanges:
      groups.length === 0
        ? null
        : {
            id: 'changements-statuts',
            caption: t.statusTable(since),
            columns: [
              { header: c.report.code, kind: 'code' },
              { header: c.report.label, kind: 'text', wide: true },
              { header: t.rateAt(since), kind: 'number' },
              { header: t.statusAt(since), kind: 'status' },
              { header: t.rateAt(at), kind: 'number' },
              { header: t.statusAt(at), kind: 'status' },
              { header: c.report.change, kind: 'number' },
            ],
            groups,
            rowHeaders: false,
          },
    noChanges: groups.length === 0 ? t.none(since) : null,
    revisions:
      published && ch.revisions.length > 0
        ? {
            id: 'revisions',
            caption: t.revisionsTable(since),
            columns: [
              { header: c.report.indicator, kind: 'code' },
              { header: c.report.period, kind: 'date' },
              { header: t.published, kind: 'number' },
              { header: t.now, kind: 'number' },
              { header: t.difference, kind: 'number' },
            ],
            groups: [
              {
                rows: ch.revisions.map((r) => {
                  const i = byCode.get(r.indicator);
                  const v = (n: number | null) => (i ? f.value(n, i.unit, i.type) : f.number(n));
                  const diff =
                    r.before !== null && r.after !== null && i?.type === 'quantitative'
                      ? signed(v(r.after - r.before), r.after - r.before)
                      : c.report.noData;
                  return {
                    cells: [
                      { text: r.indicator, kind: 'code' as const, ...(i ? { note: i.label } : {}) },
                      { text: periodInWords(r.period, lang), kind: 'date' as const },
                      { text: v(r.before), kind: 'number' as const },
                      { text: v(r.after), kind: 'number' as const },
                      { text: diff, kind: 'number' as const },
                    ],
                  };
                }),
              },
            ],
            rowHeaders: false,
          }
        : null,
    noRevisions: published && ch.revisions.length === 0 ? t.noRevisions : null,
  };
}

/** A formatted difference with its sign: `+120`, `−3,5 %`. */
function signed(text: string, n: number): string {
  if (n > 0) return `+${text}`;
  return text.replace(/^-/, '\u2212');
}

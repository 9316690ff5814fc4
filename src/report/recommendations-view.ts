import type { ReportModel } from '../compute/model.js';
import { parsePeriod, previousPeriod } from '../compute/periods.js';
import type { RecommendationModel, RecommendationsModel } from '../compute/recommendations.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../model/recommendations.js';
import type { Formatter } from './format.js';
import { periodInWords } from './periods.js';
import { type Cell, type Row, simpleTable, type TableView } from './table.js';

/**
 * The chapter on the follow-up of recommendations (docs/review.md), from `model.recommendations`
 * (src/compute/recommendations.ts): counts by status in a sentence and a table, those past their
 * deadline, the changes since P−1, then every recommendation grouped by status, each linked to
 * its axis's section. Nothing is computed here: the model says what is overdue and what changed.
 */
export interface RecommendationsView {
  id: string;
  title: string;
  /** The counts in words: `5 recommandations suivies à T4 2022 : 2 en cours, … ; 2 en retard…`. */
  intro: string;
  /** What changed since P−1 in words, or why nothing can be said. */
  changesText: string | null;
  /** Null in a review without any recommendation followed up (the intro says how to add them). */
  counts: TableView | null;
  overdue: TableView | null;
  changes: TableView | null;
  list: TableView | null;
}

export function recommendationsView(
  model: ReportModel,
  lang: Lang,
  f: Formatter,
  options: { review: boolean; axisIds: ReadonlyMap<string, string> },
): RecommendationsView | null {
  const r = model.recommendations;
  const c = catalogue(lang).review.recommendations;
  if (!r) {
    // A review always has the chapter: it says where the recommendations are to be written.
    if (!options.review) return null;
    return {
      id: 'recommandations',
      title: c.reviewTitle,
      intro: c.noSheet,
      changesText: null,
      counts: null,
      overdue: null,
      changes: null,
      list: null,
    };
  }
  const at = periodInWords(r.period, lang);
  const since = periodInWords(previousLabel(r), lang);
  const word = (s: RecommendationStatus) => c.statuses[s];
  const counted = RECOMMENDATION_STATUSES.filter((s) => r.counts[s] > 0).map((s) =>
    f.count(r.counts[s], c.statusCounts[s]),
  );
  const intro =
    r.count === 0
      ? c.none(at)
      : c.intro({
          count: f.count(r.count, c.nouns.recommendation),
          period: at,
          byStatus: counted.join(', '),
          overdue: r.overdue === 0 ? c.noneOverdue : f.count(r.overdue, c.nouns.overdue),
        });
  const changesText =
    r.previousPeriod === null
      ? c.noHistory(since)
      : r.changes.length === 0
        ? c.noChanges(since)
        : c.changes(since, f.count(r.changes.length, c.nouns.change));

  const numberCell = (i: RecommendationModel): Cell => ({ text: i.number, kind: 'code' });
  const textCell = (i: RecommendationModel, withComment: boolean): Cell => ({
    text: i.text,
    kind: 'text',
    ...(withComment && i.comment ? { note: i.comment } : {}),
  });
  const axisCell = (i: RecommendationModel): Cell => {
    const id = i.axis ? options.axisIds.get(i.axis) : undefined;
    return { text: i.axis ?? '—', kind: 'code', ...(id ? { href: `#${id}` } : {}) };
  };
  const deadlineCell = (i: RecommendationModel): Cell => ({
    text:
      i.deadline === null
        ? '—'
        : i.deadlineKind === 'period'
          ? periodInWords(i.deadline, lang)
          : f.date(i.deadline),
    kind: 'date',
    ...(i.overdue ? { note: c.overdueNote, status: 'critical' as const } : {}),
  });
  const statusCell = (s: RecommendationStatus): Cell => ({ text: word(s), kind: 'status' });

  const withPrevious = r.previous !== null;
  const counts = simpleTable(
    'recommandations-statuts',
    c.countsTable,
    [
      { header: c.status, kind: 'status' },
      { header: c.at(at), kind: 'number' },
      ...(withPrevious ? [{ header: c.at(since), kind: 'number' as const }] : []),
    ],
    RECOMMENDATION_STATUSES.map((s) => ({
      cells: [
        statusCell(s),
        { text: f.number(r.counts[s]), kind: 'number' as const },
        ...(r.previous ? [{ text: f.number(r.previous.counts[s]), kind: 'number' as const }] : []),
      ],
    })),
    {
      rowHeaders: true,
      compact: true,
      foot: [
        {
          cells: [
            { text: c.total, kind: 'text' },
            { text: f.number(r.count), kind: 'number' },
            ...(r.previous ? [{ text: f.number(r.previous.count), kind: 'number' as const }] : []),
          ],
        },
      ],
    },
  );

  const overdueItems = r.items.filter((i) => i.overdue);
  const overdue =
    overdueItems.length === 0
      ? null
      : simpleTable(
          'recommandations-retard',
          c.overdueTable(at),
          [
            { header: c.number, kind: 'code' },
            { header: c.recommendation, kind: 'text', wide: true },
            { header: c.axis, kind: 'code' },
            { header: c.responsible, kind: 'text' },
            { header: c.deadline, kind: 'date' },
            { header: c.status, kind: 'status' },
          ],
          overdueItems.map((i) => ({
            cells: [
              numberCell(i),
              textCell(i, false),
              axisCell(i),
              { text: i.responsible ?? '—', kind: 'text' },
              deadlineCell(i),
              statusCell(i.status),
            ],
          })),
          { compact: true },
        );

  const byNumber = new Map(r.items.map((i) => [i.number, i]));
  const changes =
    r.changes.length === 0
      ? null
      : simpleTable(
          'recommandations-changements',
          c.changesTable(since),
          [
            { header: c.number, kind: 'code' },
            { header: c.recommendation, kind: 'text', wide: true },
            { header: c.before, kind: 'status' },
            { header: c.now, kind: 'status' },
          ],
          r.changes.map((x) => {
            const item = byNumber.get(x.number) as RecommendationModel;
            return {
              cells: [
                numberCell(item),
                textCell(item, false),
                x.from ? statusCell(x.from) : { text: c.isNew, kind: 'status' as const },
                statusCell(x.to),
              ],
            };
          }),
          { compact: true },
        );

  const rowOf = (i: RecommendationModel): Row => ({
    cells: [
      numberCell(i),
      textCell(i, true),
      axisCell(i),
      { text: i.responsible ?? '—', kind: 'text' },
      deadlineCell(i),
      { text: i.updated ? periodInWords(i.updated, lang) : c.undated, kind: 'date' },
    ],
  });
  const list: TableView | null =
    r.count === 0
      ? null
      : {
          id: 'recommandations-liste',
          caption: c.listTable,
          columns: [
            { header: c.number, kind: 'code' },
            { header: c.recommendation, kind: 'text', wide: true },
            { header: c.axis, kind: 'code' },
            { header: c.responsible, kind: 'text' },
            { header: c.deadline, kind: 'date' },
            { header: c.updated, kind: 'date' },
          ],
          groups: RECOMMENDATION_STATUSES.filter((s) => r.counts[s] > 0).map((s) => ({
            heading: { code: '', text: word(s), note: f.number(r.counts[s]) },
            rows: r.items.filter((i) => i.status === s).map(rowOf),
          })),
          rowHeaders: false,
        };

  return {
    id: 'recommandations',
    title: options.review ? c.reviewTitle : c.title,
    intro,
    changesText,
    counts,
    overdue,
    changes,
    list,
  };
}

/** P−1 as the model has it, else the period before P (to say there is no state to compare with). */
function previousLabel(r: RecommendationsModel): string {
  if (r.previousPeriod) return r.previousPeriod;
  const p = parsePeriod(r.period);
  return p ? previousPeriod(p).label : r.period;
}

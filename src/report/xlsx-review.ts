import type ExcelJS from 'exceljs';
import type { ReportModel } from '../compute/model.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { ANALYSIS_SECTIONS, type Block, type Inline } from '../model/analysis.js';
import { RECOMMENDATION_STATUSES } from '../model/recommendations.js';
import { headingOf } from './analysis-view.js';
import type { ShownPaths } from './paths.js';
import { periodInWords } from './periods.js';
import { type Cell, type Kind, table } from './xlsx-sheet.js';

/**
 * The annex's share of the review (docs/review.md): the recommendations' figures in the summary
 * sheet, a `Recommandations` sheet (one row per recommendation at P, with its state at P−1 and
 * where it was read) and an `Analyse` sheet (the officer's text, one row per paragraph, list item
 * or table row, under its section), so that a consultant finds in the workbook what the report says.
 */
export function reviewSummary(model: ReportModel, lang: Lang): [string, Cell, Kind][] {
  const r = model.recommendations;
  if (!r) return [];
  const c = catalogue(lang).review;
  return [
    [c.annex.count, r.count, 'count'],
    ...RECOMMENDATION_STATUSES.map((s): [string, Cell, Kind] => [
      `${c.recommendations.recommendation} — ${c.recommendations.statuses[s]}`,
      r.counts[s],
      'count',
    ]),
    [c.annex.overdueCount, r.overdue, 'count'],
  ];
}

export function reviewSheets(wb: ExcelJS.Workbook, model: ReportModel, lang: Lang, paths: ShownPaths): void {
  const c = catalogue(lang);
  const r = c.review.recommendations;
  const a = c.review.annex;
  const recs = model.recommendations;
  if (recs) {
    const yes = c.yes;
    const no = c.no;
    table(
      wb,
      a.recommendationsSheet,
      [
        { header: r.number, width: 8, kind: 'text' },
        { header: r.recommendation, width: 48, kind: 'text' },
        { header: r.axis, width: 8, kind: 'text' },
        { header: r.responsible, width: 18, kind: 'text' },
        { header: r.deadline, width: 12, kind: 'text' },
        { header: r.status, width: 14, kind: 'text' },
        { header: a.overdue, width: 10, kind: 'text' },
        { header: a.previousStatus, width: 14, kind: 'text' },
        { header: a.change, width: 12, kind: 'text' },
        { header: r.comment, width: 36, kind: 'text' },
        { header: r.updated, width: 12, kind: 'text' },
        { header: a.file, width: 36, kind: 'text' },
        { header: a.sheet, width: 16, kind: 'text' },
        { header: a.cell, width: 8, kind: 'text' },
      ],
      recs.items.map((i) => [
        i.number,
        i.text,
        i.axis,
        i.responsible,
        i.deadline,
        r.statuses[i.status],
        i.overdue ? yes : no,
        i.previous ? r.statuses[i.previous.status] : null,
        i.change ? a.changes[i.change] : null,
        i.comment,
        i.updated ? periodInWords(i.updated, lang) : r.undated,
        paths.shown(i.source.file),
        i.source.sheet,
        i.source.cell,
      ]),
    );
  }
  const analysis = model.analysis;
  if (analysis) {
    const rows: Cell[][] = [];
    const add = (section: string, blocks: readonly Block[]) => {
      for (const line of blockLines(blocks)) rows.push([section, line]);
    };
    for (const key of ANALYSIS_SECTIONS) add(headingOf(key, lang), analysis.sections[key] ?? []);
    for (const axis of model.axes) add(`${axis.code} — ${axis.label}`, analysis.axes[axis.code] ?? []);
    table(
      wb,
      a.analysisSheet,
      [
        { header: a.section, width: 30, kind: 'text' },
        { header: a.text, width: 90, kind: 'text' },
      ],
      rows,
    );
  }
}

/** The blocks as lines of plain text: a paragraph, a list item (`• `, `1. `), a table row (`a | b`). */
export function blockLines(blocks: readonly Block[], prefix = ''): string[] {
  return blocks.flatMap((b): string[] => {
    if ('paragraph' in b) return [prefix + plain(b.paragraph)];
    if ('heading' in b) return [prefix + plain(b.heading.children)];
    if ('list' in b)
      return b.list.items.flatMap((item, n) => {
        const mark = b.list.ordered ? `${b.list.start + n}. ` : '• ';
        const [first, ...rest] = blockLines(item);
        return [`${prefix}${mark}${first ?? ''}`, ...rest.map((x) => `${prefix}   ${x}`)];
      });
    if ('table' in b)
      return [b.table.head, ...b.table.rows].map((row) => prefix + row.map(plain).join(' | '));
    if ('quote' in b) return blockLines(b.quote, `${prefix}> `);
    return b.preformatted.split(/\r?\n/).map((line) => prefix + line);
  });
}

function plain(items: readonly Inline[]): string {
  return items
    .map((x) => {
      if ('text' in x) return x.text;
      if ('emphasis' in x) return plain(x.emphasis);
      if ('strong' in x) return plain(x.strong);
      if ('code' in x) return x.code;
      if ('break' in x) return '\n';
      const text = plain(x.link.children);
      return text === x.link.url ? text : `${text} (${x.link.url})`;
    })
    .join('');
}

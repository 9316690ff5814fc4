import type { Previous } from '../compute/changes.js';
import type { RollupModel } from '../compute/model.js';
import type { RollupFigures } from '../compute/rollup.js';
import type { Status } from '../compute/status.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Formatter } from './format.js';
import { periodInWords } from './periods.js';
import { STATUS_STYLES } from './statuses.js';
import type { Cell } from './table.js';
import type { FactView } from './view.js';

// Cells and facts that several sections of the report show the same way: a status, a change
// since P−1, the figures of an axis or of the plan.

/**
 * A status as a table shows it: its name, its symbol, its colour (by `status`); `note` in small
 * print under it (a milestone not due but already achieved: `atteint en avance`).
 */
export function statusCell(status: Status, lang: Lang, note?: string): Cell {
  return {
    text: catalogue(lang).status[status],
    symbol: STATUS_STYLES[status].symbol,
    kind: 'status',
    status,
    ...(note ? { note } : {}),
  };
}

/** Indicators due at P beneath a roll-up, and the note of the coverage: `12 indicateurs renseignés sur 14`. */
export function coverageNote(r: RollupFigures, lang: Lang, f: Formatter): string {
  const notDue = r.statusCounts['not-due'];
  return catalogue(lang).report.coverageOf(
    f.number(r.withData),
    f.number(r.indicatorCount - notDue),
    notDue > 0 ? f.number(notDue) : null,
  );
}

/** The change of a rate since P−1 in points, and the earlier rate and status under it. */
export function changeFacts(
  r: { rate: number | null; previous: Previous | null },
  lang: Lang,
  f: Formatter,
): FactView[] {
  if (!r.previous) return [];
  const c = catalogue(lang);
  return [
    {
      label: c.report.changeSince(periodInWords(r.previous.period, lang)),
      value: f.points(r.rate !== null && r.previous.rate !== null ? r.rate - r.previous.rate : null),
      figure: true,
      note: `${f.percent(r.previous.rate)} · ${c.status[r.previous.status]}`,
      status: null,
    },
  ];
}

/** A change column's cell: points since P−1, `n.d.` when either rate is missing. */
export function changeCell(
  r: { rate: number | null; previous: Previous | null },
  lang: Lang,
  f: Formatter,
): Cell {
  const delta = r.previous && r.rate !== null && r.previous.rate !== null ? r.rate - r.previous.rate : null;
  return { text: delta === null ? catalogue(lang).report.noData : f.points(delta), kind: 'number' };
}

/** An axis's or the plan's rate, status and coverage, and their change since P−1. */
export function rollupFacts(r: RollupModel, lang: Lang, f: Formatter): FactView[] {
  const c = catalogue(lang);
  const t = c.report;
  return [
    { label: t.rate, value: f.percent(r.rate), note: null, status: null },
    {
      label: t.status,
      symbol: STATUS_STYLES[r.status].symbol,
      value: c.status[r.status],
      note: null,
      status: r.status,
    },
    {
      label: t.coverage,
      value: f.percent(r.coverage),
      note: coverageNote(r, lang, f),
      status: null,
    },
    ...changeFacts(r, lang, f),
  ];
}

/** An id fragment from a code: `I1.1.2` → `i1-1-2`. */
export function anchor(code: string): string {
  return (
    code
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

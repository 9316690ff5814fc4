import type { IpttCell, IpttIndicator } from '../compute/iptt.js';
import type { IndicatorModel, ReportModel } from '../compute/model.js';
import { type Period, parsePeriod } from '../compute/periods.js';
import { notDue } from '../compute/rate.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { anchor } from './cells.js';
import { type Formatter, formatter } from './format.js';
import { periodInWords } from './periods.js';
import type { Cell, Row, RowGroup, TableView } from './table.js';
import type { Kind } from './xlsx-sheet.js';

/**
 * The IPTT annex (Indicator Performance Tracking Table, as TolaData's; docs/report.md, "The
 * IPTT"): one table per axis, each indicator a group of three rows — target, actual, % — and one
 * column per period of `model.iptt` after the plan's own (final target, actual to date, progress
 * towards the final target). The same entries feed the annex's two IPTT sheets (src/report/xlsx.ts):
 * one row per indicator with three columns per period, and one row per indicator and period, so
 * that a spreadsheet pivots it. Everything is read from the model; nothing is computed here.
 */
export interface IpttView {
  title: string;
  /** What the columns are, then how to read a cell. */
  intro: string;
  reading: string;
  tables: TableView[];
}

/** A column of an IPTT sheet and how a record fills it. */
export interface SheetColumn<R> {
  header: string;
  width: number;
  kind: Kind;
  value: (r: R) => string | number | null;
}

export interface SheetView<R> {
  name: string;
  columns: SheetColumn<R>[];
  rows: R[];
  /** Columns kept in sight when scrolling sideways (code and label). */
  frozenColumns: number;
}

/** One indicator of the IPTT with the model's figures it is read with. */
interface Entry {
  indicator: IndicatorModel;
  row: IpttIndicator;
}

/** One cell of the IPTT with its indicator, the long sheet's row. */
interface LongRecord {
  entry: Entry;
  period: Period;
  cell: IpttCell;
}

/** The indicators of the IPTT, in the plan's order, each with its model. */
function entries(model: ReportModel): Entry[] {
  const byCode = new Map(model.iptt.indicators.map((r) => [r.code, r]));
  return model.indicators.flatMap((indicator) => {
    const row = byCode.get(indicator.code);
    return row ? [{ indicator, row }] : [];
  });
}

function planYears(model: ReportModel): string | null {
  const { startYear, endYear } = model.plan;
  return startYear !== null && endYear !== null ? `${startYear}-${endYear}` : null;
}

/** How an indicator's cells read: cumulative, the flow of each period, or a level at the period's end. */
function measureWords(e: Entry, model: ReportModel, lang: Lang): string {
  const t = catalogue(lang).report.iptt;
  if (e.row.cumulative)
    return t.cumulative(String(model.plan.startYear ?? parsePeriod(model.period)?.year ?? ''));
  const flow = e.indicator.aggregation === 'sum' && e.indicator.type === 'quantitative';
  return flow ? t.perPeriod : t.level;
}

export function ipttView(model: ReportModel, lang: Lang, f: Formatter = formatter(lang)): IpttView {
  const t = catalogue(lang).report.iptt;
  const periods = model.iptt.periods.map((label) => parsePeriod(label) as Period);
  const years = periods.filter((p) => p.kind === 'year');
  const inner = periods.find((p) => p.kind !== 'year');
  const yearSpan =
    years.length > 1 ? `${years[0].label}-${years[years.length - 1].label}` : (years[0]?.label ?? '');
  const list = entries(model);
  return {
    title: t.title,
    intro: t.intro(
      yearSpan,
      inner
        ? t.subYears(t.kinds[inner.kind === 'semester' ? 'semester' : 'quarter'], String(inner.year))
        : null,
    ),
    reading: t.reading,
    tables: model.axes
      .map((axis) => axisTable(model, lang, f, axis, list, periods))
      .filter((x): x is TableView => x !== null),
  };
}

function axisTable(
  model: ReportModel,
  lang: Lang,
  f: Formatter,
  axis: { code: string; label: string },
  list: Entry[],
  periods: Period[],
): TableView | null {
  const t = catalogue(lang).report.iptt;
  const own = list.filter((e) => e.indicator.axis === axis.code);
  if (own.length === 0) return null;
  const at = periodInWords(model.period, lang);
  const notDueWord = catalogue(lang).status['not-due'].toLowerCase();
  const groups: RowGroup[] = own.map((e) => {
    const i = e.indicator;
    const v = (n: number | null) => f.value(n, i.unit, i.type);
    const cellOf = new Map(e.row.cells.map((c) => [c.period, c]));
    const cells = periods.map((p) => cellOf.get(p.label) as IpttCell);
    const blank: Cell = { text: '', kind: 'number' };
    const targetRow: Row = {
      cells: [
        { text: t.target, kind: 'text' },
        { text: v(i.finalTarget), kind: 'number' },
        ...cells.map((c): Cell => {
          if (c.target === null) return { text: v(null), kind: 'number' };
          const prorated = c.targetSource === 'prorated';
          return {
            text: v(c.target),
            kind: 'number',
            ...(prorated ? { note: catalogue(lang).report.spans.prorated } : {}),
          };
        }),
      ],
    };
    const actualRow: Row = {
      cells: [
        { text: t.actual, kind: 'text' },
        { text: v(i.actual), kind: 'number', note: t.inProgress(at) },
        ...cells.map((c): Cell => {
          if (c.state === 'future') return blank;
          return {
            text: v(c.actual),
            kind: 'number',
            ...(c.state === 'in-progress' ? { note: t.inProgress(at) } : {}),
          };
        }),
      ],
    };
    const rateRow: Row = {
      cells: [
        { text: t.rate, kind: 'text' },
        { text: f.percent(i.rateFinal), kind: 'number' },
        ...cells.map((c): Cell => {
          if (c.state === 'future') return blank;
          // A milestone not due at that period (issue 21) has no rate: it says so, not « n.d. ».
          if (c.rate === null && notDue({ type: i.type, target: c.target }))
            return { text: notDueWord, kind: 'number' };
          return { text: f.percent(c.rate), kind: 'number' };
        }),
      ],
    };
    const baseline =
      i.baseline === null
        ? null
        : t.baseline(v(i.baseline), i.baselineYear === null ? null : String(i.baselineYear));
    return {
      heading: {
        code: i.code,
        text: i.label,
        detail: [measureWords(e, model, lang), baseline, catalogue(lang).report.unitNote(i.unit)]
          .filter(Boolean)
          .join(' · '),
      },
      rows: [targetRow, actualRow, rateRow],
    };
  });
  return {
    id: `iptt-${anchor(axis.code)}`,
    caption: t.table(axis.code, axis.label),
    columns: [
      { header: t.measure, kind: 'text' },
      { header: t.plan(planYears(model)), kind: 'number' },
      ...periods.map((p) => ({ header: periodInWords(p.label, lang), kind: 'number' as const })),
    ],
    groups,
    rowHeaders: true,
  };
}

/** A value of an indicator in a sheet: a number, or `oui`/`non` for a milestone's 1 and 0. */
export function annexValue(i: IndicatorModel, n: number | null, lang: Lang): string | number | null {
  if (n === null) return null;
  if (i.type === 'milestone' && (n === 0 || n === 1))
    return n === 1 ? catalogue(lang).yes : catalogue(lang).no;
  return n;
}

/**
 * The annex's IPTT sheets: `wide`, one row per indicator, the plan's figures then target, actual
 * and rate for each period; `long`, one row per indicator and period, for a pivot table.
 */
export function ipttSheets(
  model: ReportModel,
  lang: Lang,
): { wide: SheetView<Entry>; long: SheetView<LongRecord> } {
  const c = catalogue(lang);
  const a = c.annex;
  const r = c.report;
  const list = entries(model);
  const periods = model.iptt.periods.map((label) => parsePeriod(label) as Period);
  const yesNo = (b: boolean) => (b ? c.yes : c.no);
  const head: SheetColumn<Entry>[] = [
    { header: r.code, width: 10, kind: 'text', value: (e) => e.indicator.code },
    { header: r.axis, width: 8, kind: 'text', value: (e) => e.indicator.axis },
    { header: r.indicator, width: 40, kind: 'text', value: (e) => e.indicator.label },
    { header: r.unit, width: 10, kind: 'text', value: (e) => e.indicator.unit },
    { header: a.cumulative, width: 11, kind: 'text', value: (e) => yesNo(e.row.cumulative) },
  ];
  const at = periodInWords(model.period, lang);
  const wide: SheetView<Entry> = {
    name: a.sheets.iptt,
    frozenColumns: 3,
    rows: list,
    columns: [
      ...head,
      {
        header: r.baseline,
        width: 11,
        kind: 'value',
        value: (e) => annexValue(e.indicator, e.indicator.baseline, lang),
      },
      {
        header: a.finalTarget,
        width: 11,
        kind: 'value',
        value: (e) => annexValue(e.indicator, e.indicator.finalTarget, lang),
      },
      {
        header: a.actualNow(at),
        width: 12,
        kind: 'value',
        value: (e) => annexValue(e.indicator, e.indicator.actual, lang),
      },
      { header: a.finalRate, width: 12, kind: 'rate', value: (e) => e.indicator.rateFinal },
      ...periods.flatMap((p, n): SheetColumn<Entry>[] => {
        const cell = (e: Entry) => e.row.cells[n];
        const name = periodInWords(p.label, lang);
        return [
          {
            header: a.ofPeriod(name, a.target.toLowerCase()),
            width: 11,
            kind: 'value',
            value: (e) => annexValue(e.indicator, cell(e).target, lang),
          },
          {
            header: a.ofPeriod(name, a.actual.toLowerCase()),
            width: 11,
            kind: 'value',
            value: (e) => (cell(e).state === 'future' ? null : annexValue(e.indicator, cell(e).actual, lang)),
          },
          {
            header: a.ofPeriod(name, a.rate.toLowerCase()),
            width: 10,
            kind: 'rate',
            value: (e) => (cell(e).state === 'future' ? null : cell(e).rate),
          },
        ];
      }),
    ],
  };
  const long: SheetView<LongRecord> = {
    name: a.sheets.ipttLong,
    frozenColumns: 1,
    rows: list.flatMap((entry) => periods.map((period, n) => ({ entry, period, cell: entry.row.cells[n] }))),
    columns: [
      ...head.map((col) => ({ ...col, value: (x: LongRecord) => col.value(x.entry) })),
      { header: a.period, width: 10, kind: 'text', value: (x) => x.period.label },
      { header: a.periodKind, width: 11, kind: 'text', value: (x) => a.periodKinds[x.period.kind] },
      { header: a.state, width: 11, kind: 'text', value: (x) => a.states[x.cell.state] },
      {
        header: a.target,
        width: 11,
        kind: 'value',
        value: (x) => annexValue(x.entry.indicator, x.cell.target, lang),
      },
      {
        header: a.prorated,
        width: 11,
        kind: 'text',
        value: (x) => (x.cell.target === null ? null : yesNo(x.cell.targetSource === 'prorated')),
      },
      {
        header: a.actual,
        width: 11,
        kind: 'value',
        value: (x) => (x.cell.state === 'future' ? null : annexValue(x.entry.indicator, x.cell.actual, lang)),
      },
      {
        header: a.rate,
        width: 10,
        kind: 'rate',
        value: (x) => (x.cell.state === 'future' ? null : x.cell.rate),
      },
    ],
  };
  return { wide, long };
}

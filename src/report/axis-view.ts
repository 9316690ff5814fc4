import { type Comment, newestFirst } from '../compute/comments.js';
import type { ActivityExecution } from '../compute/execution.js';
import type { IndicatorModel, ReportModel, RollupModel } from '../compute/model.js';
import { achievedAhead } from '../compute/status.js';
import { type Catalogue, catalogue, type Lang } from '../i18n/index.js';
import { anchor, changeCell, rollupFacts, statusCell } from './cells.js';
import type { ChartSet } from './charts.js';
import type { Formatter } from './format.js';
import { indicatorsNote, leftOutText, methodNote, weightNote } from './method-notes.js';
import type { ShownPaths } from './paths.js';
import { periodInWords } from './periods.js';
import { STATUS_STYLES } from './statuses.js';
import {
  type Cell,
  type Column,
  type CommentView,
  type Row,
  type RowGroup,
  simpleTable,
  type TableView,
} from './table.js';
import {
  actualCell,
  changeCellExplained,
  finalCell,
  type RowContext,
  rateCell,
  targetCell,
} from './targets.js';
import type { AxisView, FactView } from './view.js';

// One section per axis: its figures, its indicators grouped by result (each with its trend chart,
// its entities, its breakdowns and what partners wrote), its activities.

/** What every part of an axis's section reads. */
interface AxisContext {
  model: ReportModel;
  lang: Lang;
  c: Catalogue;
  f: Formatter;
  charts: ChartSet;
  paths: ShownPaths;
}

export function axisViews(
  model: ReportModel,
  lang: Lang,
  f: Formatter,
  charts: ChartSet,
  paths: ShownPaths,
): AxisView[] {
  const ctx: AxisContext = {
    model,
    lang,
    c: catalogue(lang),
    f,
    charts,
    paths,
  };
  return model.axes.map((a, n) => axisView(ctx, a, n));
}

/** A column of an axis's indicator table and how each indicator fills it. */
interface IndicatorColumn {
  column: Column;
  cell: (i: IndicatorModel) => Cell;
}

/**
 * The columns of an axis's indicator table, in order: each says what it shows and how an
 * indicator fills it (docs/report.md, "What each figure covers"). The change column only when
 * some indicator has a P−1 to compare with.
 */
function indicatorColumns(ctx: AxisContext, withChange: boolean): IndicatorColumn[] {
  const { model, lang, c, f } = ctx;
  const t = c.report;
  const row: RowContext = { period: model.period, startYear: model.plan.startYear, lang, f };
  const elapsed = model.plan.timeElapsed ?? null;
  return [
    { column: { header: t.code, kind: 'code' }, cell: (i) => ({ text: i.code, kind: 'code' }) },
    // The unit goes under the label: a column of its own would take the room of the label.
    { column: { header: t.indicator, kind: 'text', wide: true }, cell: (i) => labelCell(ctx, i) },
    {
      column: { header: t.baseline, kind: 'number' },
      cell: (i) => ({
        text: f.value(i.baseline, i.unit, i.type),
        kind: 'number',
        ...(i.baseline !== null && i.baselineYear !== null ? { note: String(i.baselineYear) } : {}),
      }),
    },
    { column: { header: t.target, kind: 'number' }, cell: (i) => targetCell(i, row) },
    { column: { header: t.actual, kind: 'number' }, cell: (i) => actualCell(i, row) },
    { column: { header: t.rate, kind: 'number' }, cell: (i) => rateCell(i, row) },
    {
      column: {
        header: t.finalProgress,
        ...(elapsed === null ? {} : { note: t.finalProgressNote(f.percent(elapsed)) }),
        kind: 'number',
      },
      cell: (i) => finalCell(i, row),
    },
    ...(withChange
      ? [
          {
            column: { header: t.change, kind: 'number' as const },
            cell: (i: IndicatorModel) => changeCellExplained(i, row),
          },
        ]
      : []),
    {
      column: { header: t.status, kind: 'status' },
      cell: (i) => statusCell(i.status, lang, achievedAhead(i) ? t.achievedAhead : undefined),
    },
  ];
}

function axisView(ctx: AxisContext, a: RollupModel, n: number): AxisView {
  const { model, lang, c, f } = ctx;
  const t = c.report;
  const own = model.indicators.filter((i) => i.axis === a.code);
  const withChange = own.some((i) => i.previous !== null);
  const spec = indicatorColumns(ctx, withChange);
  const row = (i: IndicatorModel): Row => indicatorRow(ctx, i, spec);
  const groups: RowGroup[] = model.results
    .filter((r) => r.axis === a.code)
    .map((r) => ({
      heading: {
        code: r.code,
        text: r.label,
        note: [
          r.previous
            ? `${t.rate} ${f.percent(r.rate)} (${changeCell(r, lang, f).text})`
            : `${t.rate} ${f.percent(r.rate)}`,
          // Method in sight: the result's weight, and the indicators its rate leaves out.
          ...rollupNotes(r, lang, f),
        ].join(' · '),
        status: r.status,
        symbol: STATUS_STYLES[r.status].symbol,
        statusText: c.status[r.status],
      },
      rows: own.filter((i) => i.result === r.code).map(row),
    }));
  const direct = own.filter((i) => i.result === null);
  if (direct.length > 0)
    groups.push({ heading: { code: '', text: t.directIndicators }, rows: direct.map(row) });
  const id = `axe-${n + 1}`;
  const activities = model.plan.execution ? model.activities.filter((x) => x.axis === a.code) : [];
  return {
    id,
    code: a.code,
    label: a.label,
    status: a.status,
    facts: [...rollupFacts(a, lang, f), ...leftOutFacts(a, lang, f)],
    indicators: {
      id: `${id}-indicateurs`,
      caption: t.indicatorsTable(a.code),
      columns: spec.map((x) => x.column),
      groups,
      rowHeaders: false,
      notes: [indicatorsNote(model, lang, f)],
    },
    activities: activities.length > 0 ? activityTable(ctx, `${id}-activites`, a.code, activities) : null,
    // The axis's activities' comments together, newest first as each activity's are.
    comments: newestFirst(activities.flatMap((x) => x.comments)).map((m) => commentView(ctx, m)),
  };
}

function indicatorRow(ctx: AxisContext, i: IndicatorModel, spec: IndicatorColumn[]): Row {
  const { c, charts } = ctx;
  const t = c.report;
  const cells = spec.map((x) => x.cell(i));
  const chart = charts.indicators.get(i.code);
  const tables: TableView[] = [];
  if (i.entities.length > 0) tables.push(entityTable(ctx, i));
  for (const [n, b] of i.breakdowns.entries())
    tables.push(
      partsTable(
        ctx,
        `${anchor(i.code)}-ventilation-${n + 1}`,
        t.breakdownTable(t.dimensions[b.dimension] ?? b.dimension),
        t.dimensions[b.dimension] ?? b.dimension,
        [...b.parts.map((p) => ({ name: p.value, value: p.actual })), ...unallocatedRow(b, t)],
        i,
      ),
    );
  const comments = i.comments.map((m) => commentView(ctx, m));
  return {
    cells,
    status: i.status,
    ...(chart || tables.length || comments.length
      ? { detail: { charts: chart ? [chart] : [], tables, comments } }
      : {}),
  };
}

/**
 * What a breakdown leaves out, as its last row: the part of the actual not broken down (« non
 * ventilé : 380 ») and whose it is, so that its shares are of the whole actual. Nothing when
 * every entity broke its values down.
 */
function unallocatedRow(
  b: IndicatorModel['breakdowns'][number],
  t: AxisContext['c']['report'],
): { name: string; value: number | null; note?: string }[] {
  const who = b.unallocatedEntities ?? [];
  const unallocated = b.unallocated ?? null;
  const uncovered = unallocated === null ? who.length > 0 : unallocated !== 0;
  if (!uncovered) return [];
  return [
    {
      name: t.unallocated,
      value: unallocated,
      ...(who.length > 0 ? { note: t.unallocatedOf(who.join(', ')) } : {}),
    },
  ];
}

/**
 * An indicator's label, with its unit; the method of its rate and why (`taux : progression ·
 * niveau`) and its weight when not 1 (method in sight: in the label column, which wraps, so that
 * the figures' columns keep their width); when it has no rate for a stated reason, that reason.
 */
function labelCell({ c, lang, f }: AxisContext, i: IndicatorModel): Cell {
  const weight = weightNote(i.weight, lang, f);
  const notes = [
    ...(i.unit ? [c.report.unitNote(i.unit)] : []),
    c.report.methodNoteLabel(methodNote(i, lang)),
    ...(weight ? [weight] : []),
    ...(i.reason && i.reason !== 'no-data' ? [c.reasons[i.reason]] : []),
  ];
  return { text: i.label, kind: 'text', ...(notes.length ? { note: notes.join(' · ') } : {}) };
}

/** Who contributed what to an indicator's actual, largest first. */
function entityTable(ctx: AxisContext, i: IndicatorModel): TableView {
  const t = ctx.c.report;
  const entities = [...i.entities].sort(
    (a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.entity < b.entity ? -1 : a.entity > b.entity ? 1 : 0),
  );
  return partsTable(
    ctx,
    `${anchor(i.code)}-entites`,
    t.entityTable(i.code),
    t.entity,
    entities.map((e) => ({ name: e.entity, value: e.value })),
    i,
  );
}

/**
 * The parts of an indicator's actual (its entities, or the values of a disaggregation). When the
 * parts add up to the actual — counts and amounts summed across entities — each part's share of
 * their total is given, and drawn as a bar (the bar only repeats the share; a renderer without
 * drawing may leave it out).
 */
function partsTable(
  { c, f }: AxisContext,
  id: string,
  caption: string,
  header: string,
  parts: { name: string; value: number | null; note?: string }[],
  i: IndicatorModel,
): TableView {
  const t = c.report;
  const total = parts.reduce((s, p) => s + (p.value ?? 0), 0);
  const additive =
    i.type === 'quantitative' &&
    i.entityAggregation === 'sum' &&
    parts.length > 1 &&
    total > 0 &&
    parts.every((p) => p.value !== null && p.value >= 0);
  return simpleTable(
    id,
    caption,
    [
      { header, kind: 'text' },
      { header: t.actual, kind: 'number' },
      ...(additive
        ? [
            { header: t.share, kind: 'number' as const },
            { header: t.shareBar, kind: 'text' as const, hiddenHeader: true, decorative: true },
          ]
        : []),
    ],
    parts.map((p) => {
      const share = additive ? (p.value ?? 0) / total : null;
      return {
        cells: [
          { text: p.name, kind: 'text', ...(p.note ? { note: p.note } : {}) },
          { text: f.value(p.value, i.unit, i.type), kind: 'number' },
          ...(share === null
            ? []
            : [
                { text: f.percent(share), kind: 'number' as const },
                { text: '', kind: 'text' as const },
              ]),
        ],
        ...(share === null ? {} : { bar: { width: Math.round(share * 1000) / 10 } }),
      };
    }),
    { rowHeaders: true, compact: true },
  );
}

function activityTable(
  { model, c, f, lang }: AxisContext,
  id: string,
  axis: string,
  activities: ActivityExecution[],
): TableView {
  const e = c.execution;
  const t = c.report;
  const currency = model.plan.currency;
  const money = (header: string) => (currency ? `${header} (${currency})` : header);
  // When the plan schedules its activities (`Début`, `Fin`), each says when, and whether it is due.
  const scheduled = model.activities.some((x) => x.start !== null || x.end !== null);
  const span = (x: ActivityExecution) =>
    [x.start, x.end]
      .filter((p): p is string => p !== null)
      .map((p) => periodInWords(p, lang))
      .join(' – ');
  return simpleTable(
    id,
    t.activitiesTable(axis),
    [
      { header: t.code, kind: 'code' },
      { header: e.activity, kind: 'text', wide: true },
      { header: t.status, kind: 'text' },
      { header: e.progress, kind: 'number' },
      { header: money(e.budget), kind: 'number' },
      { header: money(e.disbursed), kind: 'number' },
    ],
    activities.map((x) => ({
      cells: [
        { text: x.code, kind: 'code' },
        // When it is planned, under its label (a column of its own made every label wrap more).
        {
          text: x.label,
          kind: 'text',
          ...(scheduled ? { note: e.scheduleNote(span(x) || t.noData, x.due ? e.dueSince : e.notDue) } : {}),
        },
        { text: x.status ? e.statuses[x.status] : e.notReportedOne, kind: 'status' },
        { text: f.percent(x.progress), kind: 'number' },
        { text: x.budget === null ? t.noData : f.number(x.budget), kind: 'number' },
        { text: f.number(x.disbursed), kind: 'number' },
      ],
    })),
  );
}

function commentView({ lang, paths, c, f }: AxisContext, m: Comment): CommentView {
  const t = c.report;
  const first = m.periods[0] ?? m.period;
  return {
    code: m.code,
    entity: m.entity,
    period: periodInWords(m.period, lang),
    span:
      m.periods.length > 1
        ? t.commentSpan(periodInWords(first, lang), periodInWords(m.period, lang), f.number(m.periods.length))
        : null,
    text: m.text,
    location: [paths.inBody(m.file), m.sheet, m.cell].filter(Boolean).join(' › '),
    flag: m.laterDate ? t.commentLaterDate(m.laterDate.text, periodInWords(m.laterDate.period, lang)) : null,
  };
}

/** A result's weight when not 1, and the indicators its rate leaves out. */
function rollupNotes(r: RollupModel, lang: Lang, f: Formatter): string[] {
  const weight = weightNote(r.weight, lang, f);
  const left = leftOutText(r.leftOut, lang);
  return [...(weight ? [weight] : []), ...(left ? [catalogue(lang).report.withoutNote(left)] : [])];
}

/** An axis's weight when not 1, and the indicators its rate leaves out, beside its rate. */
function leftOutFacts(a: RollupModel, lang: Lang, f: Formatter): FactView[] {
  const t = catalogue(lang).report;
  const left = leftOutText(a.leftOut, lang);
  return [
    ...(a.weight !== 1 ? [{ label: t.weight, value: f.number(a.weight), note: null, status: null }] : []),
    ...(left ? [{ label: t.leftOut, value: left, note: null, status: null }] : []),
  ];
}

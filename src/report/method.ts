import type { ReportModel, Source } from '../compute/model.js';
import type { Reason } from '../compute/rate.js';
import { STATUSES } from '../compute/status.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Formatter } from './format.js';
import { type ShownPaths, shortHash } from './paths.js';
import { STATUS_STYLES } from './statuses.js';
import { simpleTable, type TableView } from './table.js';

/**
 * The methodology annex in plain words (how a rate, a target, a roll-up and a status are
 * obtained, with this report's own settings) and the sources: each file under its folder with a
 * short hash, in a compact list (the whole SHA-256 is in the JSON and the xlsx annex).
 */
export interface MethodologyView {
  intro: string;
  settings: { label: string; value: string }[];
  sections: { title: string; paragraphs: string[] }[];
  exclusions: TableView | null;
  noExclusions: string;
}

export interface SourcesView {
  intro: string;
  /** The folder holding every source (`fixtures/ponam-2020-2024/`), taken off paths in the body. */
  folder: string;
  /**
   * Each file under its folder with the first 12 hex digits of its SHA-256: a list, laid out in
   * columns (the whole SHA-256 is in the JSON and the xlsx annex).
   */
  table: TableView;
}

export function methodologyView(model: ReportModel, lang: Lang, f: Formatter): MethodologyView {
  const c = catalogue(lang);
  const m = c.report.method;
  const s = model.settings;
  const onTrack = f.percent(s.thresholds.onTrack);
  const behind = f.percent(s.thresholds.behind);
  const ceiling = f.percent(s.ceiling);
  const delay = f.count(model.quality.timeliness.delayDays, c.report.nouns.day);
  const symbol = Object.fromEntries(STATUSES.map((x) => [x, STATUS_STYLES[x].symbol])) as Record<
    (typeof STATUSES)[number],
    string
  >;
  const excluded = model.indicators.filter((i) => i.reason !== null);
  return {
    intro: m.intro,
    settings: [
      { label: c.report.method.settingMethod, value: c.report.settingMethods[s.method] },
      { label: c.report.thresholds, value: c.report.thresholdsText(onTrack, behind) },
      { label: c.report.ceiling, value: ceiling },
      { label: m.settingBasis, value: m.basis[s.targetBasis] },
      { label: m.settingDelay, value: delay },
    ],
    sections: [
      {
        title: m.ratesTitle,
        paragraphs: [
          m.ratio,
          m.progression,
          m.auto(c.report.settingMethods[s.method]),
          m.milestone,
          m.notDue(symbol['not-due'], c.status['not-due']),
          m.maintain,
          m.raw,
        ],
      },
      {
        title: m.targetsTitle,
        paragraphs: [
          s.targetBasis === 'year' ? m.targetAtYear : m.targetAtPace,
          m.targets,
          m.spans,
          m.finalTarget,
          m.changes,
          m.iptt,
        ],
      },
      {
        title: m.aggregationTitle,
        paragraphs: [
          m.overPeriods,
          m.acrossEntities,
          m.rollup(ceiling),
          m.coverage,
          m.weights({
            weights: weightsInPlan(model, lang, f),
            unweighted: f.percent(model.plan.unweightedRate),
          }),
        ],
      },
      {
        title: m.statusesTitle,
        paragraphs: [
          m.statuses({
            onTrack,
            behind,
            symbols: symbol,
            words: c.status,
          }),
        ],
      },
      ...(model.plan.execution ? [{ title: m.executionTitle, paragraphs: [m.physical, m.financial] }] : []),
      {
        title: m.qualityTitle,
        paragraphs: [m.completeness, m.timeliness(delay), m.outliers, m.cumulative, c.report.commentsIntro],
      },
    ],
    exclusions:
      excluded.length === 0
        ? null
        : simpleTable(
            'exclusions',
            c.report.exclusions,
            [
              { header: c.report.code, kind: 'code' },
              { header: c.report.indicator, kind: 'text', wide: true },
              { header: c.report.reason, kind: 'text' },
            ],
            excluded.map((i) => ({
              cells: [
                { text: i.code, kind: 'code' },
                { text: i.label, kind: 'text' },
                { text: c.reasons[i.reason as Reason], kind: 'text' },
              ],
            })),
          ),
    noExclusions: c.report.noExclusions,
  };
}

export function sourcesView(model: ReportModel, lang: Lang, f: Formatter, paths: ShownPaths): SourcesView {
  const t = catalogue(lang).report;
  const folder = paths.folder;
  const byFolder = new Map<
    string,
    { name: string; role: Source['role']; sha256: string; supersededBy: string | null }[]
  >();
  for (const s of model.sources) {
    const shown = paths.shown(s.path);
    const cut = shown.lastIndexOf('/') + 1;
    const files = byFolder.get(shown.slice(0, cut)) ?? [];
    files.push({
      name: shown.slice(cut),
      role: s.role,
      sha256: s.sha256,
      supersededBy: s.supersededBy ? paths.shown(s.supersededBy) : null,
    });
    byFolder.set(shown.slice(0, cut), files);
  }
  const data = model.sources.filter((s) => s.role === 'data').length;
  return {
    intro: t.sourcesIntro(f.count(data, t.nouns.dataWorkbook), folder),
    folder,
    table: {
      id: 'fichiers',
      caption: t.sourcesTable,
      columns: [
        { header: t.file, kind: 'path' },
        { header: t.shortHash, kind: 'hash' },
      ],
      // One group per folder, the plan's first; a file is named below its folder.
      groups: [...byFolder]
        .sort(([a, x], [b, y]) => rank(x) - rank(y) || (a < b ? -1 : a > b ? 1 : 0))
        .map(([dir, files]) => ({
          heading: {
            code: '',
            text: dir || './',
            note: f.count(files.length, t.nouns.file),
          },
          rows: files.map((x) => ({
            cells: [
              {
                text: x.name,
                kind: 'path' as const,
                // The plan, the analysis and a workbook of recommendations are named as such; a
                // report replaced by a later submission names what replaced it.
                ...(x.role !== 'data'
                  ? { note: t.roles[x.role] }
                  : x.supersededBy
                    ? { note: t.replacedBy(x.supersededBy) }
                    : {}),
              },
              { text: shortHash(x.sha256), kind: 'hash' as const },
            ],
          })),
        })),
      rowHeaders: false,
      list: true,
    },
  };
}

/** The plan's folder first. */
function rank(files: { role: Source['role'] }[]): number {
  return files.some((x) => x.role === 'plan') ? 0 : 1;
}

/** Every weight of the plan other than 1 — axes, results, indicators — as `A1 poids 2, I1.1.2 poids 2`; null when all are 1. */
function weightsInPlan(model: ReportModel, lang: Lang, f: Formatter): string | null {
  const c = catalogue(lang);
  const all = [...model.axes, ...model.results, ...model.indicators].filter((x) => x.weight !== 1);
  if (all.length === 0) return null;
  const list = new Intl.ListFormat(c.locale, { style: 'short', type: 'unit' });
  return list.format(all.map((x) => c.report.axisWeight(x.code, f.number(x.weight))));
}

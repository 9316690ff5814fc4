import type { ReportModel } from '../compute/model.js';
import type { Reason } from '../compute/rate.js';
import { STATUSES } from '../compute/status.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Formatter } from './format.js';
import { commonFolder, shortHash, shownPath, within } from './paths.js';
import { STATUS_STYLES } from './statuses.js';
import { simpleTable, type TableView } from './table.js';

/**
 * The methodology annex in plain words (how a rate, a target, a roll-up and a status are
 * obtained, with this report's own settings) and the sources: each file with a short hash in the
 * body, the whole SHA-256 in an annex table at the end.
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
  table: TableView;
  hashes: TableView;
}

export function methodologyView(model: ReportModel, lang: Lang, f: Formatter, _cwd: string): MethodologyView {
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
      { label: m.settingDelay, value: delay },
    ],
    sections: [
      {
        title: m.ratesTitle,
        paragraphs: [m.ratio, m.progression, m.auto(c.report.settingMethods[s.method]), m.milestone, m.raw],
      },
      { title: m.targetsTitle, paragraphs: [m.targets, m.finalTarget] },
      {
        title: m.aggregationTitle,
        paragraphs: [m.overPeriods, m.acrossEntities, m.rollup(ceiling), m.coverage],
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
      { title: m.qualityTitle, paragraphs: [m.completeness, m.timeliness(delay), m.outliers, m.cumulative] },
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

export function sourcesView(model: ReportModel, lang: Lang, f: Formatter, cwd: string): SourcesView {
  const c = catalogue(lang);
  const t = c.report;
  const shown = model.sources.map((s) => ({ ...s, shown: shownPath(s.path, cwd) }));
  const folder = shown.length > 1 ? commonFolder(shown.map((s) => s.shown)) : '';
  const data = shown.filter((s) => s.role === 'data').length;
  return {
    intro: t.sourcesIntro(f.count(data, t.nouns.dataWorkbook), folder),
    folder,
    table: simpleTable(
      'fichiers',
      t.sourcesTable,
      [
        { header: t.file, kind: 'path' },
        { header: t.role, kind: 'text' },
        { header: t.shortHash, kind: 'hash' },
      ],
      shown.map((s) => ({
        cells: [
          { text: within(s.shown, folder), kind: 'path' },
          { text: t.roles[s.role], kind: 'text' },
          { text: shortHash(s.sha256), kind: 'hash' },
        ],
      })),
    ),
    hashes: simpleTable(
      'sha256',
      t.hashesTable,
      [
        { header: t.file, kind: 'path' },
        { header: t.sha256, kind: 'hash' },
      ],
      shown.map((s) => ({
        cells: [
          { text: s.shown, kind: 'path' },
          { text: s.sha256, kind: 'hash' },
        ],
      })),
    ),
  };
}

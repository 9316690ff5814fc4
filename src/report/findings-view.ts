import type { Status } from '../compute/status.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Finding } from './findings.js';
import type { Formatter } from './format.js';
import { weightsText } from './method-notes.js';
import { periodInWords } from './periods.js';
import { STATUS_STYLES } from './statuses.js';

/**
 * The key findings in words: each finding of src/report/findings.ts becomes a lead sentence and,
 * where it names axes, indicators or partners, a list of items. The wording lives in the
 * catalogues (`report.findings`); this file only fills it with formatted figures.
 */
export interface FindingItem {
  code: string | null;
  text: string;
  figure: string | null;
  status: Status | null;
  statusText: string | null;
}

export interface FindingView {
  kind: Finding['kind'];
  text: string;
  status: Status | null;
  items: FindingItem[];
}

export function findingViews(
  findings: readonly Finding[],
  lang: Lang,
  f: Formatter,
  currency: string,
  delayDays: number,
): FindingView[] {
  const c = catalogue(lang);
  const w = c.report.findings;
  const list = new Intl.ListFormat(c.locale, { style: 'long', type: 'conjunction' });
  const one = (n: number) => new Intl.PluralRules(c.locale).select(n) === 'one';
  const statusText = (s: Status) => `${STATUS_STYLES[s].symbol} ${c.status[s]}`;
  const money = (n: number | null) => `${f.number(n)} ${currency}`.trim();
  const ranked = (x: { code: string; label: string; rate: number | null; status: Status }): FindingItem => ({
    code: x.code,
    text: x.label,
    figure: f.percent(x.rate),
    status: x.status,
    statusText: statusText(x.status),
  });
  const plain = (text: string, code: string | null = null): FindingItem => ({
    code,
    text,
    figure: null,
    status: null,
    statusText: null,
  });
  const view = (
    x: Finding,
    text: string,
    items: FindingItem[] = [],
    status: Status | null = null,
  ): FindingView => ({
    kind: x.kind,
    text,
    status,
    items,
  });
  const word = (x: Finding): FindingView => {
    switch (x.kind) {
      case 'plan':
        return view(
          x,
          w.plan({
            rate: f.percent(x.rate),
            status: c.status[x.status],
            withData: f.number(x.withData),
            count: f.number(x.indicatorCount - x.notDue),
            notDue: x.notDue > 0 ? { n: f.number(x.notDue), one: one(x.notDue) } : null,
            weights: weightsText(x.weights, x.unweightedRate, lang, f),
          }),
          [],
          x.status,
        );
      case 'plan-change':
        return view(
          x,
          w.planChange({
            period: periodInWords(x.previousPeriod, lang),
            change: f.points(x.rate !== null && x.previousRate !== null ? x.rate - x.previousRate : null),
            before: f.percent(x.previousRate),
            after: f.percent(x.rate),
            statusBefore: x.status === x.previousStatus ? null : c.status[x.previousStatus],
            statusAfter: c.status[x.status],
            published: x.published,
          }),
        );
      case 'status-changes':
        return view(
          x,
          w.statusChanges({
            since: periodInWords(x.since, lang),
            published: x.published,
            count: f.number(x.count),
            one: one(x.count),
            none: x.count === 0,
            improved: x.improved > 0 ? f.number(x.improved) : null,
            worsened: x.worsened > 0 ? f.number(x.worsened) : null,
            section: c.report.changes.title(periodInWords(x.since, lang)),
            revisions:
              x.revisions === null
                ? null
                : { count: f.number(x.revisions), one: one(x.revisions), none: x.revisions === 0 },
          }),
        );
      case 'axes-in-difficulty':
        return view(
          x,
          w.axesInDifficulty(f.number(x.axes.length), f.number(x.axisCount), one(x.axes.length)),
          x.axes.map(ranked),
        );
      case 'axes-all-on-track':
        return view(x, w.axesAllOnTrack(f.number(x.axisCount), one(x.axisCount)), [], 'on-track');
      case 'indicators-in-difficulty':
        return view(
          x,
          w.indicatorsInDifficulty(f.number(x.total), f.number(x.indicators.length), one(x.total)),
          x.indicators.map(ranked),
        );
      case 'never-reported':
        return view(
          x,
          w.neverReported(f.number(x.indicators.length), one(x.indicators.length)),
          x.indicators.map((i) => plain(i.label, i.code)),
        );
      case 'reports-missing-at-period':
        return view(
          x,
          w.reportsMissingAtPeriod(
            f.number(x.entities.length),
            one(x.entities.length),
            periodInWords(x.period, lang),
            list.format(x.entities),
          ),
        );
      case 'reports-incomplete-at-period':
        return view(
          x,
          w.reportsIncompleteAtPeriod(
            f.number(x.entities.length),
            one(x.entities.length),
            periodInWords(x.period, lang),
          ),
          x.entities.map((e) =>
            plain(
              w.partnerIncomplete(
                e.entity,
                f.count(e.filled, c.quality.nouns.indicator),
                f.number(e.expected),
              ),
            ),
          ),
        );
      case 'partners-missing':
        return view(
          x,
          w.partnersMissing(f.number(x.total), one(x.total), x.entities.length < x.total),
          x.entities.map((e) =>
            plain(
              w.partnerMissing(
                e.entity,
                f.count(e.missing, c.report.nouns.missingReport),
                f.number(e.expected),
              ),
            ),
          ),
        );
      case 'partners-late':
        return view(
          x,
          w.partnersLate(
            f.number(x.late),
            f.count(x.dated, c.report.nouns.datedReport),
            f.count(delayDays, c.report.nouns.day),
            one(x.late),
          ),
          x.entities.map((e) =>
            plain(
              w.partnerLate(
                e.entity,
                f.count(e.late, c.report.nouns.lateReport),
                f.count(e.maxDaysLate, c.report.nouns.day),
              ),
            ),
          ),
        );
      case 'execution':
        return view(
          x,
          w.execution({
            done: f.number(x.doneDue),
            oneDone: one(x.doneDue),
            due: f.number(x.due),
            oneDue: one(x.due),
            physical: f.percent(x.physicalRate),
            scheduled: x.scheduled,
            ahead: x.doneAhead > 0 ? f.number(x.doneAhead) : null,
            oneAhead: one(x.doneAhead),
            notDue: x.planned > x.due ? f.number(x.planned - x.due) : null,
            oneNotDue: one(x.planned - x.due),
            period: periodInWords(x.period, lang),
            disbursed: x.budget === null ? null : money(x.disbursed),
            budget: x.budget === null ? null : money(x.budget),
            years: yearsOf(x.startYear, x.endYear),
            financial: f.percent(x.financialRate),
            toDate:
              x.budgetToDate === null
                ? null
                : {
                    budget: money(x.budgetToDate),
                    year: x.period.slice(0, 4),
                    rate: f.percent(x.financialRateToDate),
                  },
          }),
        );
    }
    return unknownKind(x);
  };
  return findings.map(word);
}

/** A kind of finding with no wording: the compiler says so before a reader does. */
function unknownKind(x: never): never {
  throw new Error(`no wording for the finding ${JSON.stringify(x)}`);
}

/** The plan's years as a span (`2020-2024`), or null when the plan does not give them. */
export function yearsOf(start: number | null, end: number | null): string | null {
  if (start === null || end === null) return null;
  return start === end ? String(start) : `${start}-${end}`;
}

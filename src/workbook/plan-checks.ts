import { type Issue, type IssueParams, issue } from '../model/issues.js';
import type { Plan, SourceCell } from '../model/plan.js';
import { SHEETS } from './vocabulary.js';

/**
 * Where the plan's sheets are in this file, as it names them (`Results`, `Matrice des
 * indicateurs`): a problem is located at the file's own sheet and cell, never at ponam's
 * canonical French name.
 */
export interface PlanPlaces {
  sheets: { axes?: string; results?: string; indicators: string };
  /** The cell that gives each result's axis (its code cell when the axis is filled down). */
  resultAxisAt: ReadonlyMap<string, SourceCell>;
  indicatorAt: IndicatorPlaces;
}

/** The cells that give each indicator's axis and result (its code cell when filled down). */
export type IndicatorPlaces = Map<string, { axis: SourceCell; result: SourceCell }>;

/**
 * The checks of a plan as a whole, once every sheet is read: references between axes, results
 * and indicators, and the targets each plan year should have.
 */
/** Axes and results named only in the indicator sheet are created; references are checked. */
export function completePlan(
  plan: Plan,
  display: string,
  report: (i: Issue) => void,
  places: PlanPlaces = {
    sheets: { indicators: SHEETS.indicators[0] },
    resultAxisAt: new Map(),
    indicatorAt: new Map(),
  },
): void {
  const axesSheet: IssueParams = places.sheets.axes ? { list: places.sheets.axes } : {};
  const resultsSheet: IssueParams = places.sheets.results ? { list: places.sheets.results } : {};
  const axesDeclared = plan.axes.length > 0;
  const resultsDeclared = plan.results.length > 0;
  for (const ind of plan.indicators) {
    if (!plan.axes.some((a) => a.code === ind.axis)) {
      if (axesDeclared)
        report(
          issue(
            'unknown-axis',
            'error',
            places.indicatorAt.get(ind.code)?.axis ?? ind.at,
            { code: ind.axis, indicator: ind.code, ...axesSheet },
            ind.axis,
          ),
        );
      plan.axes.push({ code: ind.axis, label: ind.axis, weight: 1 });
    }
    if (ind.result && !plan.results.some((r) => r.code === ind.result)) {
      if (resultsDeclared)
        report(
          issue(
            'unknown-result',
            'error',
            places.indicatorAt.get(ind.code)?.result ?? ind.at,
            { code: ind.result, indicator: ind.code, ...resultsSheet },
            ind.result,
          ),
        );
      plan.results.push({ code: ind.result, axis: ind.axis, label: ind.result, level: null, weight: 1 });
    }
  }
  const resultAxis = new Map(plan.results.map((r) => [r.code, r.axis]));
  for (const ind of plan.indicators) {
    const axis = ind.result ? resultAxis.get(ind.result) : undefined;
    if (axis && axis !== ind.axis)
      report(
        issue(
          'axis-mismatch',
          'error',
          places.indicatorAt.get(ind.code)?.axis ?? ind.at,
          { indicator: ind.code, axis: ind.axis, result: ind.result as string, resultAxis: axis },
          ind.axis,
        ),
      );
  }
  for (const r of plan.results) {
    if (r.axis && !plan.axes.some((a) => a.code === r.axis)) {
      report(
        issue(
          'unknown-axis',
          'error',
          places.resultAxisAt.get(r.code) ?? {
            file: display,
            sheet: places.sheets.results ?? SHEETS.results[0],
          },
          { code: r.axis, indicator: r.code, ...axesSheet },
          r.axis,
        ),
      );
    }
  }
  if (plan.indicators.length === 0)
    report(
      issue(
        'no-indicators',
        'error',
        { file: display, sheet: places.sheets.indicators },
        { list: places.sheets.indicators },
      ),
    );
  for (const ind of plan.indicators) if (neverDue(ind)) report(neverDueIssue(ind));
  const { startYear, endYear } = plan.settings;
  const years = plan.indicators.flatMap((i) => Object.keys(i.targets).map(Number));
  if (startYear === null && years.length) plan.settings.startYear = Math.min(...years);
  if (endYear === null && years.length) plan.settings.endYear = Math.max(...years);
  const from = plan.settings.startYear;
  const to = plan.settings.endYear;
  if (from !== null && to !== null) {
    for (const ind of plan.indicators) {
      // A milestone is not due before its first yearly target: blank years before it are expected.
      // With no yearly target at all (a final target only) it has no target at any P: every year
      // is missing, as for any indicator.
      const years = Object.keys(ind.targets).map(Number);
      const first = ind.type === 'quantitative' || years.length === 0 ? from : Math.min(...years);
      const missing: number[] = [];
      for (let y = Math.max(from, first); y <= to; y++) if (!(String(y) in ind.targets)) missing.push(y);
      if (missing.length > 0) {
        report(
          issue('missing-target', 'warning', ind.at, { indicator: ind.code, years: missing.join(', ') }),
        );
      }
    }
  }
}

/**
 * A milestone (or a stage indicator) whose every target, the final one included, is `non` (stage
 * 0) is never due, so never rated: a `non` for the years before it falls due is the usual way to
 * write a milestone (docs/rules.md, "Not due"), but all of them is a slip.
 */
function neverDue(ind: Plan['indicators'][number]): boolean {
  if (ind.type === 'quantitative') return false;
  const all = [...Object.values(ind.targets), ...Object.values(ind.periodTargets)];
  if (ind.finalTarget !== null) all.push(ind.finalTarget);
  return all.length > 0 && all.every((t) => t <= 0);
}

function neverDueIssue(ind: Plan['indicators'][number]): Issue {
  return issue('milestone-never-due', 'warning', ind.at, {
    indicator: ind.code,
    stage: ind.type === 'qualitative' ? 1 : 0,
  });
}

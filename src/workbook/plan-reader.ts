import { type Period, parsePeriod } from '../compute/periods.js';
import { isSummableUnit } from '../compute/units.js';
import { type Issue, issue } from '../model/issues.js';
import { Activity, Axis, Indicator, type Plan, Result, type SourceCell } from '../model/plan.js';
import { validate } from '../model/validate.js';
import { DEFAULT_VOCABULARY, type Vocabulary } from './aliases.js';
import { type YesNoTable, yesNoOf } from './answers.js';
import { CellReader, splitList } from './coerce.js';
import { readEntities } from './entities-sheet.js';
import { DEFAULT_LIMITS, openWorkbook, pickByRole, type ReadSetup, readSheets } from './open.js';
import { completePlan, type IndicatorPlaces } from './plan-checks.js';
import { readSettings } from './plan-settings.js';
import { type FieldCell, KeyValueSink, type TableRow, TableSink } from './table.js';
import {
  ALLOWED,
  AXIS_COLUMNS,
  BUDGET_PATTERN,
  INDICATOR_COLUMNS,
  PLAN_ACTIVITY_COLUMNS,
  RESULT_COLUMNS,
  SHEETS,
  type SheetRole,
  TARGET_PATTERN,
} from './vocabulary.js';

type Rows<K extends string> = TableRow<K>[];

/**
 * Reads a plan workbook. Every problem becomes an issue with its cell; the plan returned holds
 * only the rows that could be read, so that validation can report everything in one pass.
 */
export async function readPlan(
  file: string,
  display: string,
  lang: 'fr' | 'en',
  issues: Issue[],
  setup: ReadSetup = {},
): Promise<Plan | null> {
  const { limits = DEFAULT_LIMITS, vocab = DEFAULT_VOCABULARY, onProgress } = setup;
  const report = (found: Issue) => issues.push(found);
  const format = await openWorkbook(file, display, report, limits);
  if (!format) return null;
  // A CSV holds one table; a plan is several sheets.
  if (format === 'csv') {
    report(issue('csv-plan', 'error', { file: display }));
    return null;
  }

  const kv = new KeyValueSink(vocab.columns.plan);
  const tables: Partial<Record<SheetRole, { sheet: string; rows: Rows<string> }>> = {};
  const collect = <K extends string>(
    role: SheetRole,
    sheet: string,
    spec: ConstructorParameters<typeof TableSink<K>>[0],
    problems: (i: Issue) => void = report,
  ) => {
    const rows: Rows<K> = [];
    tables[role] = { sheet, rows: rows as Rows<string> };
    return new TableSink<K>(spec, { file: display, sheet }, problems, (r) => rows.push(r));
  };
  let planSheet = 'Plan';
  const sheets = await readSheets(
    file,
    display,
    report,
    pickByRole(
      display,
      report,
      (role, info) => {
        switch (role) {
          case 'plan':
            planSheet = info.name;
            return kv;
          case 'axes':
            return collect(role, info.name, { columns: vocab.columns.axes, required: ['code'] });
          case 'results':
            return collect(role, info.name, { columns: vocab.columns.results, required: ['code'] });
          case 'indicators':
            return collect(role, info.name, {
              columns: vocab.columns.indicators,
              required: ['code'],
              patterns: [{ key: 'target', regex: TARGET_PATTERN }],
            });
          case 'activities':
            return collect(role, info.name, {
              columns: vocab.columns.activities,
              required: ['code'],
              patterns: [{ key: 'yearBudget', regex: BUDGET_PATTERN }],
            });
          case 'entities':
            // An empty Entités sheet (as `ponam template plan` writes it) is no list, and no problem.
            return collect(role, info.name, { columns: vocab.columns.entities, required: ['name'] }, (i) => {
              if (i.code !== 'no-data') report(i);
            });
          default:
            return null;
        }
      },
      vocab.sheetRole,
    ),
    limits,
    onProgress,
    { format, vocab },
  );

  if (!sheets) return null;
  if (!tables.indicators) {
    report(
      issue(
        'missing-sheet',
        'error',
        { file: display },
        { sheet: SHEETS.indicators[0], found: sheets.map((s) => s.name).join(', ') || '—' },
      ),
    );
    return null;
  }
  const settings = readSettings(
    kv,
    new CellReader({ file: display, sheet: planSheet }, lang, report),
    report,
    vocab.lists,
  );
  const read = (table: { sheet: string; rows: Rows<string> }): PlanSheet => ({
    rows: table.rows,
    cells: new CellReader({ file: display, sheet: table.sheet }, lang, report),
    report,
  });
  const axes = tables.axes ? readAxes(read(tables.axes)) : [];
  const resultAxisAt = new Map<string, SourceCell>();
  const results = tables.results ? readResults(read(tables.results), axes, resultAxisAt) : [];
  const indicatorAt: IndicatorPlaces = new Map();
  const indicators = readIndicators(read(tables.indicators), axes, results, vocab.lists, indicatorAt);
  const activities = tables.activities ? readActivities(read(tables.activities), axes, results) : [];
  const entitySheet = tables.entities ? read(tables.entities) : null;
  const entities = entitySheet ? readEntities(entitySheet.rows, entitySheet.cells, report) : [];
  const plan: Plan = { file: display, settings, axes, results, indicators, activities, entities };
  completePlan(plan, display, report, {
    sheets: { axes: tables.axes?.sheet, results: tables.results?.sheet, indicators: tables.indicators.sheet },
    resultAxisAt,
    indicatorAt,
  });
  return plan;
}

/** One table sheet of the plan: its rows, a reader of its cells, where its problems go. */
interface PlanSheet {
  rows: Rows<string>;
  cells: CellReader;
  report: (i: Issue) => void;
}

function at(cells: CellReader, row: TableRow<string>, field?: FieldCell): SourceCell {
  return { file: cells.at.file, sheet: cells.at.sheet, cell: field?.address ?? `A${row.row}` };
}

/** Locates a zod issue path on the row's cell for that field. */
function rowLocator(cells: CellReader, row: TableRow<string>, names: Record<string, readonly string[]>) {
  return (path: PropertyKey[]) => {
    const key = String(path[0]);
    const f = row.fields[key];
    return { ...cells.at, cell: f?.address, row: f ? undefined : row.row, column: names[key]?.[0] ?? key };
  };
}

function readAxes({ rows, cells, report }: PlanSheet): Axis[] {
  const axes: Axis[] = [];
  for (const row of rows as Rows<keyof typeof AXIS_COLUMNS>) {
    const code = cells.text(row.fields.code);
    if (!code) continue;
    const candidate = {
      code,
      label: cells.text(row.fields.label) ?? code,
      weight: cells.number(row.fields.weight, 'Poids') ?? 1,
    };
    const axis = validate(Axis, candidate, rowLocator(cells, row, AXIS_COLUMNS), report);
    if (axis) pushUnique(axes, axis, cells, row.fields.code, report);
  }
  return axes;
}

function readResults(
  { rows, cells, report }: PlanSheet,
  axes: Axis[],
  axisAt: Map<string, SourceCell>,
): Result[] {
  const results: Result[] = [];
  const above = new FillDown();
  for (const row of rows as Rows<keyof typeof RESULT_COLUMNS>) {
    const { axis: axisAbove } = above.next(cells.text(row.fields.axis), undefined);
    const code = cells.text(row.fields.code);
    if (!code) continue;
    const axis = resolveCode(axisAbove, axes) ?? '';
    const candidate = {
      code,
      axis,
      label: cells.text(row.fields.label) ?? code,
      level: cells.text(row.fields.level) ?? null,
      weight: cells.number(row.fields.weight, 'Poids') ?? 1,
    };
    const result = validate(Result, candidate, rowLocator(cells, row, RESULT_COLUMNS), report);
    if (result) {
      pushUnique(results, result, cells, row.fields.code, report);
      if (!axisAt.has(code)) axisAt.set(code, at(cells, row, row.fields.axis ?? row.fields.code));
    }
  }
  return results;
}

/**
 * Logframes merge the Axe and Résultat cells over their rows: a blank cell repeats the one above,
 * and a new axis resets the result (README, "Plan workbook (cadre logique)") — one rule for
 * Résultats, Indicateurs and Activités.
 */
class FillDown {
  private axis: string | undefined;
  private result: string | undefined;

  next(axisText: string | undefined, resultText: string | undefined): { axis?: string; result?: string } {
    if (axisText && axisText !== this.axis) {
      this.axis = axisText;
      this.result = undefined;
    }
    if (resultText) this.result = resultText;
    return { axis: this.axis, result: this.result };
  }
}

/** An axis or result cell may hold the code (`A1`) or the label; both resolve to the code. */
function resolveCode(text: string | undefined, known: { code: string; label: string }[]): string | undefined {
  if (!text || known.length === 0) return text;
  const norm = text.trim().toLowerCase();
  const hit =
    known.find((k) => k.code.toLowerCase() === norm) ??
    known.find((k) => k.label.toLowerCase() === norm) ??
    known.find(
      (k) =>
        norm.startsWith(`${k.code.toLowerCase()} `) ||
        norm.startsWith(`${k.code.toLowerCase()}:`) ||
        norm.startsWith(`${k.code.toLowerCase()} -`),
    );
  return hit ? hit.code : text;
}

function readIndicators(
  { rows, cells, report }: PlanSheet,
  axes: Axis[],
  results: Result[],
  lists: Vocabulary['lists'],
  places: IndicatorPlaces,
): Indicator[] {
  const indicators: Indicator[] = [];
  const above = new FillDown();
  for (const row of rows as Rows<keyof typeof INDICATOR_COLUMNS>) {
    const f = row.fields;
    const { axis: axisAbove, result: resultAbove } = above.next(cells.text(f.axis), cells.text(f.result));
    const code = cells.text(f.code);
    if (!code) continue;
    const result = resolveCode(resultAbove, results) ?? null;
    const axis = resolveCode(axisAbove, axes) ?? results.find((r) => r.code === result)?.axis ?? '';
    if (!axis) {
      report(
        issue(
          'missing-cell',
          'error',
          { ...cells.at, cell: f.axis?.address ?? `A${row.row}` },
          { column: 'Axe' },
        ),
      );
      continue;
    }
    const unit = cells.text(f.unit) ?? '';
    const type = cells.enumOf(f.type, 'Type', lists.type, ALLOWED.type) ?? 'quantitative';
    const targets: Record<string, number> = {};
    const periodTargets: Record<string, number> = {};
    for (const [arg, cell] of row.patterned.target ?? []) {
      const period = targetPeriod(arg);
      if (!period) continue;
      const value = milestoneOrNumber(cells, cell, `Cible ${period.label}`, lists.yesNo);
      if (typeof value !== 'number') continue;
      if (period.kind === 'year') targets[period.label] = value;
      else periodTargets[period.label] = value;
    }
    const candidate = {
      code,
      axis,
      result,
      label: cells.text(f.label) ?? code,
      unit,
      type,
      direction: cells.enumOf(f.direction, 'Sens', lists.direction, ALLOWED.direction) ?? 'increase',
      aggregation:
        cells.enumOf(f.aggregation, 'Agrégation', lists.aggregation, ALLOWED.aggregation) ??
        (type === 'quantitative' && isSummableUnit(unit) ? 'sum' : 'last'),
      entityAggregation:
        cells.enumOf(
          f.entityAggregation,
          'Agrégation entités',
          lists.entityAggregation,
          ALLOWED.entityAggregation,
        ) ?? null,
      targetType:
        cells.enumOf(f.targetType, 'Type de cible', lists.targetType, ALLOWED.targetType) ?? 'cumulative',
      method: cells.enumOf(f.method, 'Méthode de calcul', lists.method, ALLOWED.method) ?? null,
      baseline: milestoneOrNumber(cells, f.baseline, 'Valeur de référence', lists.yesNo) ?? null,
      baselineYear: cells.integer(f.baselineYear, 'Année de référence') ?? null,
      targets,
      periodTargets,
      finalTarget: milestoneOrNumber(cells, f.finalTarget, 'Cible finale', lists.yesNo) ?? null,
      frequency: cells.text(f.frequency) ?? null,
      responsible: splitList(cells.text(f.responsible)),
      ...(f.responsible ? { responsibleCell: f.responsible.address } : {}),
      disaggregations: splitList(cells.text(f.disaggregations)),
      source: cells.text(f.source) ?? null,
      weight: cells.number(f.weight, 'Poids') ?? 1,
      scale: cells.number(f.scale, 'Échelle') ?? null,
      at: at(cells, row, f.code),
    };
    const indicator = validate(Indicator, candidate, rowLocator(cells, row, INDICATOR_COLUMNS), report);
    if (indicator) {
      pushUnique(indicators, indicator, cells, f.code, report);
      if (!places.has(code))
        places.set(code, {
          axis: at(cells, row, f.axis ?? f.code),
          result: at(cells, row, f.result ?? f.code),
        });
    }
  }
  return indicators;
}

/** The period of a target column's argument (`2023`, `2023 t1`, `2023 03`, `q1 2023`). */
function targetPeriod(arg: string): Period | null {
  return parsePeriod(arg.replace(/^(\d{4}) (\d{1,2})$/, '$1-$2'));
}

/**
 * Milestone targets and baselines may be written `oui`/`non`: 1 and 0. A milestone's target `non`
 * (or stage 0) is valid: it is not due that year (docs/rules.md, "Not due"); only a milestone whose
 * every target is `non` is warned about (plan-checks.ts).
 */
function milestoneOrNumber(
  cells: CellReader,
  f: FieldCell | undefined,
  column: string,
  yesNo: YesNoTable,
): number | null | undefined {
  return yesNoOf(f?.cell, yesNo) ?? cells.number(f, column);
}

function readActivities({ rows, cells, report }: PlanSheet, axes: Axis[], results: Result[]): Activity[] {
  const activities: Activity[] = [];
  const above = new FillDown();
  for (const row of rows as Rows<keyof typeof PLAN_ACTIVITY_COLUMNS>) {
    const f = row.fields;
    const { axis: axisAbove, result: resultAbove } = above.next(cells.text(f.axis), cells.text(f.result));
    const code = cells.text(f.code);
    if (!code) continue;
    let budget = cells.number(f.budget, 'Budget prévu') ?? null;
    const budgets: Record<string, number> = {};
    if (budget === null && row.patterned.yearBudget) {
      budget = 0;
      for (const [year, cell] of row.patterned.yearBudget) {
        const amount = cells.number(cell, `Budget ${year}`) ?? 0;
        budgets[year] = amount;
        budget += amount;
      }
    }
    const start = schedulePeriod(cells, f.start, 'Début');
    const end = schedulePeriod(cells, f.end, 'Fin');
    const result = resolveCode(resultAbove, results) ?? null;
    const candidate = {
      code,
      result,
      axis: resolveCode(axisAbove, axes) ?? results.find((r) => r.code === result)?.axis ?? null,
      label: cells.text(f.label) ?? code,
      responsible: splitList(cells.text(f.responsible)),
      budget,
      ...(Object.keys(budgets).length > 0 ? { budgets } : {}),
      ...(start ? { start: start.label } : {}),
      ...(end ? { end: end.label } : {}),
      at: at(cells, row, f.code),
    };
    const activity = validate(Activity, candidate, rowLocator(cells, row, PLAN_ACTIVITY_COLUMNS), report);
    if (activity) pushUnique(activities, activity, cells, f.code, report);
  }
  return activities;
}

/**
 * An activity's `Début` or `Fin`: a year or a period (`2022`, `2022-T2`), or a day, typed as a date
 * or as text (`31/12/2022`, `2022-12-31`), read as its month.
 */
function schedulePeriod(cells: CellReader, f: FieldCell | undefined, column: string): Period | null {
  const text = f?.cell.t === 's' ? f.cell.v.trim() : null;
  const day = text ? /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) : null;
  if (day) return parsePeriod(`${day[3]}-${day[2].padStart(2, '0')}`) ?? cells.period(f, column) ?? null;
  const iso = text ? /^(\d{4})-(\d{2})-\d{2}$/.exec(text) : null;
  if (iso) return parsePeriod(`${iso[1]}-${iso[2]}`) ?? cells.period(f, column) ?? null;
  return cells.period(f, column) ?? null;
}

function pushUnique<T extends { code: string }>(
  list: T[],
  item: T,
  cells: CellReader,
  codeCell: FieldCell | undefined,
  report: (i: Issue) => void,
): void {
  if (list.some((x) => x.code === item.code)) {
    report(
      issue(
        'duplicate-code',
        'error',
        { ...cells.at, cell: codeCell?.address },
        { code: item.code },
        item.code,
      ),
    );
    return;
  }
  list.push(item);
}

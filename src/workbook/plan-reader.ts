import { type Period, parsePeriod } from '../compute/periods.js';
import { asFraction } from '../compute/status.js';
import { isSummableUnit } from '../compute/units.js';
import { type Issue, issue } from '../model/issues.js';
import {
  Activity,
  Axis,
  DEFAULT_SETTINGS,
  Indicator,
  type Plan,
  Result,
  type Settings,
  Settings as SettingsSchema,
  type SourceCell,
} from '../model/plan.js';
import { validate } from '../model/validate.js';
import { type YesNoTable, yesNoOf } from './answers.js';
import { CellReader, splitList } from './coerce.js';
import { parseNumberText } from './numbers.js';
import { DEFAULT_LIMITS, openWorkbook, pickByRole, type ReadSetup, readSheets } from './open.js';
import { type FieldCell, KeyValueSink, type TableRow, TableSink } from './table.js';
import {
  ALLOWED,
  AXIS_COLUMNS,
  BUDGET_PATTERN,
  DEFAULT_VOCABULARY,
  INDICATOR_COLUMNS,
  PLAN_ACTIVITY_COLUMNS,
  PLAN_KEYS,
  RESULT_COLUMNS,
  SHEETS,
  type SheetRole,
  TARGET_PATTERN,
  type Vocabulary,
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
  if (!(await openWorkbook(file, display, report, limits))) return null;

  const kv = new KeyValueSink(vocab.columns.plan);
  const tables: Partial<Record<SheetRole, { sheet: string; rows: Rows<string> }>> = {};
  const collect = <K extends string>(
    role: SheetRole,
    sheet: string,
    spec: ConstructorParameters<typeof TableSink<K>>[0],
  ) => {
    const rows: Rows<K> = [];
    tables[role] = { sheet, rows: rows as Rows<string> };
    return new TableSink<K>(spec, { file: display, sheet }, report, (r) => rows.push(r));
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
          default:
            return null;
        }
      },
      vocab.sheetRole,
    ),
    limits,
    onProgress,
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
  const axes = tables.axes ? readAxes(tables.axes, display, lang, report) : [];
  const results = tables.results ? readResults(tables.results, display, lang, report, axes) : [];
  const indicators = readIndicators(tables.indicators, display, lang, report, axes, results, vocab.lists);
  const activities = tables.activities
    ? readActivities(tables.activities, display, lang, report, axes, results)
    : [];
  const plan: Plan = { file: display, settings, axes, results, indicators, activities };
  completePlan(plan, display, report);
  return plan;
}

function readSettings(
  kv: KeyValueSink<keyof typeof PLAN_KEYS>,
  cells: CellReader,
  report: (i: Issue) => void,
  lists: Vocabulary['lists'],
): Settings {
  const v = kv.values;
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  s.code = cells.text(v.get('code')) ?? s.code;
  s.title = cells.text(v.get('title')) ?? s.title;
  s.country = cells.text(v.get('country')) ?? s.country;
  s.startYear = cells.integer(v.get('startYear'), 'Année de début') ?? null;
  s.endYear = cells.integer(v.get('endYear'), 'Année de fin') ?? null;
  s.referenceDate = cells.date(v.get('referenceDate'), 'Date de référence') ?? null;
  s.currency = cells.text(v.get('currency')) ?? s.currency;
  const lang = cells.text(v.get('lang'))?.toLowerCase().slice(0, 2);
  if (lang === 'fr' || lang === 'en') s.lang = lang;
  s.method = cells.enumOf(v.get('method'), 'Méthode de calcul', lists.method, ALLOWED.method) ?? s.method;
  const pair = v.get('thresholds');
  if (pair) {
    const both = thresholdPair(pair, cells, kv.seconds.get('thresholds'));
    if (both) s.thresholds = both;
  }
  const onTrack = cells.number(v.get('onTrack'), 'Seuil en bonne voie');
  if (typeof onTrack === 'number') s.thresholds.onTrack = asFraction(onTrack);
  const behind = cells.number(v.get('behind'), 'Seuil en retard');
  if (typeof behind === 'number') s.thresholds.behind = asFraction(behind);
  const ceiling = cells.number(v.get('ceiling'), 'Plafond');
  if (typeof ceiling === 'number') s.ceiling = asFraction(ceiling);
  const delay = cells.integer(v.get('submissionDelayDays'), 'Délai de soumission');
  if (typeof delay === 'number') s.submissionDelayDays = delay;
  s.targetBasis =
    cells.enumOf(v.get('targetBasis'), 'Base des cibles', lists.targetBasis, ALLOWED.targetBasis) ??
    s.targetBasis;
  s.reportTitle = cells.text(v.get('reportTitle')) ?? null;
  s.subtitle = cells.text(v.get('subtitle')) ?? null;
  s.institution = cells.text(v.get('institution')) ?? null;
  s.author = cells.text(v.get('author')) ?? null;
  s.reportType =
    cells.enumOf(v.get('reportType'), 'Type de rapport', lists.reportType, ALLOWED.reportType) ?? null;
  checkYears(s, kv, cells);
  const checked = validate(SettingsSchema, s, (path) => settingLocation(path, kv, cells), report);
  return checked ?? DEFAULT_SETTINGS;
}

/** Plans span a few years: reversed years, or a span no plan has, are settings errors, never a loop. */
const MAX_PLAN_YEARS = 50;
const YEARS = { from: 1900, to: 2200 };

function checkYears(s: Settings, kv: KeyValueSink<keyof typeof PLAN_KEYS>, cells: CellReader): void {
  const problem = (key: 'startYear' | 'endYear', expected: string) => {
    const f = kv.values.get(key);
    if (f) cells.problem('invalid-setting', f, { column: PLAN_KEYS[key][0], expected });
    s[key] = null;
  };
  for (const key of ['startYear', 'endYear'] as const) {
    const year = s[key];
    if (year !== null && (year < YEARS.from || year > YEARS.to)) problem(key, `${YEARS.from}-${YEARS.to}`);
  }
  const { startYear, endYear } = s;
  if (startYear === null || endYear === null) return;
  if (endYear < startYear) {
    problem('endYear', `≥ ${startYear}`);
    s.startYear = null;
  } else if (endYear - startYear + 1 > MAX_PLAN_YEARS) {
    problem('endYear', `≤ ${startYear + MAX_PLAN_YEARS - 1}`);
    s.startYear = null;
  }
}

function settingLocation(path: PropertyKey[], kv: KeyValueSink<keyof typeof PLAN_KEYS>, cells: CellReader) {
  const key = (
    path[0] === 'thresholds' ? (kv.values.has('thresholds') ? 'thresholds' : path[1]) : path[0]
  ) as keyof typeof PLAN_KEYS;
  const f = kv.values.get(key);
  return { ...cells.at, cell: f?.address, column: PLAN_KEYS[key]?.[0] ?? String(path[0]) };
}

function thresholdPair(f: FieldCell, cells: CellReader, second?: FieldCell): Settings['thresholds'] | null {
  const text = cells.text(f);
  if (!text) return null;
  // `Seuils | 80 % | 50 %`: two cells, each a single number (a note beside one pair is ignored).
  const lone = /^[\d.,\s%]+$/;
  const other = second ? cells.text(second) : undefined;
  const written = other && lone.test(text) && lone.test(other) ? `${text} / ${other}` : text;
  const parts = written.split(/[/;|]|\bet\b|\band\b|,\s+/).map((p) => parseNumberText(p, cells.lang));
  if (parts.length !== 2 || parts.some((p) => !p)) {
    cells.problem('invalid-setting', f, { column: 'Seuils', expected: '80 / 50' });
    return null;
  }
  const [a, b] = parts.map((p) => asFraction((p as { value: number }).value));
  return { onTrack: Math.max(a, b), behind: Math.min(a, b) };
}

function reader(table: { sheet: string }, display: string, lang: 'fr' | 'en', report: (i: Issue) => void) {
  return new CellReader({ file: display, sheet: table.sheet }, lang, report);
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

function readAxes(
  table: { sheet: string; rows: Rows<string> },
  display: string,
  lang: 'fr' | 'en',
  report: (i: Issue) => void,
): Axis[] {
  const cells = reader(table, display, lang, report);
  const axes: Axis[] = [];
  for (const row of table.rows as Rows<keyof typeof AXIS_COLUMNS>) {
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
  table: { sheet: string; rows: Rows<string> },
  display: string,
  lang: 'fr' | 'en',
  report: (i: Issue) => void,
  axes: Axis[],
): Result[] {
  const cells = reader(table, display, lang, report);
  const results: Result[] = [];
  const above = new FillDown();
  for (const row of table.rows as Rows<keyof typeof RESULT_COLUMNS>) {
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
    if (result) pushUnique(results, result, cells, row.fields.code, report);
  }
  return results;
}

/**
 * Logframes merge the Axe and Résultat cells over their rows: a blank cell repeats the one above,
 * and a new axis resets the result (DESIGN.md) — one rule for Résultats, Indicateurs and Activités.
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
  table: { sheet: string; rows: Rows<string> },
  display: string,
  lang: 'fr' | 'en',
  report: (i: Issue) => void,
  axes: Axis[],
  results: Result[],
  lists: Vocabulary['lists'],
): Indicator[] {
  const cells = reader(table, display, lang, report);
  const indicators: Indicator[] = [];
  const above = new FillDown();
  for (const row of table.rows as Rows<keyof typeof INDICATOR_COLUMNS>) {
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
      const value = targetValue(cells, cell, `Cible ${period.label}`, type, lists.yesNo);
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
      finalTarget: targetValue(cells, f.finalTarget, 'Cible finale', type, lists.yesNo) ?? null,
      frequency: cells.text(f.frequency) ?? null,
      responsible: splitList(cells.text(f.responsible)),
      disaggregations: splitList(cells.text(f.disaggregations)),
      source: cells.text(f.source) ?? null,
      weight: cells.number(f.weight, 'Poids') ?? 1,
      scale: cells.number(f.scale, 'Échelle') ?? null,
      at: at(cells, row, f.code),
    };
    const indicator = validate(Indicator, candidate, rowLocator(cells, row, INDICATOR_COLUMNS), report);
    if (indicator) pushUnique(indicators, indicator, cells, f.code, report);
  }
  return indicators;
}

/** The period of a target column's argument (`2023`, `2023 t1`, `2023 03`, `q1 2023`). */
function targetPeriod(arg: string): Period | null {
  return parsePeriod(arg.replace(/^(\d{4}) (\d{1,2})$/, '$1-$2'));
}

/**
 * A target cell. A milestone's target is `oui` (or a stage): `non` as a target would make every
 * value reach it, so it is an `invalid-setting` at its cell.
 */
function targetValue(
  cells: CellReader,
  f: FieldCell | undefined,
  column: string,
  type: Indicator['type'],
  yesNo: YesNoTable,
): number | null | undefined {
  const value = milestoneOrNumber(cells, f, column, yesNo);
  if (type === 'milestone' && value === 0 && f) {
    cells.problem('invalid-setting', f, { column, expected: 'oui' });
    return undefined;
  }
  return value;
}

/** Milestone targets and baselines may be written `oui`/`non`: 1 and 0. */
function milestoneOrNumber(
  cells: CellReader,
  f: FieldCell | undefined,
  column: string,
  yesNo: YesNoTable,
): number | null | undefined {
  return yesNoOf(f?.cell, yesNo) ?? cells.number(f, column);
}

function readActivities(
  table: { sheet: string; rows: Rows<string> },
  display: string,
  lang: 'fr' | 'en',
  report: (i: Issue) => void,
  axes: Axis[],
  results: Result[],
): Activity[] {
  const cells = reader(table, display, lang, report);
  const activities: Activity[] = [];
  const above = new FillDown();
  for (const row of table.rows as Rows<keyof typeof PLAN_ACTIVITY_COLUMNS>) {
    const f = row.fields;
    const { axis: axisAbove, result: resultAbove } = above.next(cells.text(f.axis), cells.text(f.result));
    const code = cells.text(f.code);
    if (!code) continue;
    let budget = cells.number(f.budget, 'Budget prévu') ?? null;
    if (budget === null && row.patterned.yearBudget) {
      budget = 0;
      for (const [year, cell] of row.patterned.yearBudget)
        budget += cells.number(cell, `Budget ${year}`) ?? 0;
    }
    const result = resolveCode(resultAbove, results) ?? null;
    const candidate = {
      code,
      result,
      axis: resolveCode(axisAbove, axes) ?? results.find((r) => r.code === result)?.axis ?? null,
      label: cells.text(f.label) ?? code,
      responsible: splitList(cells.text(f.responsible)),
      budget,
      at: at(cells, row, f.code),
    };
    const activity = validate(Activity, candidate, rowLocator(cells, row, PLAN_ACTIVITY_COLUMNS), report);
    if (activity) pushUnique(activities, activity, cells, f.code, report);
  }
  return activities;
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

/** Axes and results named only in the indicator sheet are created; references are checked. */
function completePlan(plan: Plan, display: string, report: (i: Issue) => void): void {
  const axesDeclared = plan.axes.length > 0;
  const resultsDeclared = plan.results.length > 0;
  for (const ind of plan.indicators) {
    if (!plan.axes.some((a) => a.code === ind.axis)) {
      if (axesDeclared)
        report(issue('unknown-axis', 'error', ind.at, { code: ind.axis, indicator: ind.code }, ind.axis));
      plan.axes.push({ code: ind.axis, label: ind.axis, weight: 1 });
    }
    if (ind.result && !plan.results.some((r) => r.code === ind.result)) {
      if (resultsDeclared)
        report(
          issue('unknown-result', 'error', ind.at, { code: ind.result, indicator: ind.code }, ind.result),
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
          ind.at,
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
          { file: display, sheet: SHEETS.results[0] },
          { code: r.axis, indicator: r.code },
          r.axis,
        ),
      );
    }
  }
  if (plan.indicators.length === 0)
    report(issue('no-indicators', 'error', { file: display, sheet: SHEETS.indicators[0] }));
  const { startYear, endYear } = plan.settings;
  const years = plan.indicators.flatMap((i) => Object.keys(i.targets).map(Number));
  if (startYear === null && years.length) plan.settings.startYear = Math.min(...years);
  if (endYear === null && years.length) plan.settings.endYear = Math.max(...years);
  const from = plan.settings.startYear;
  const to = plan.settings.endYear;
  if (from !== null && to !== null) {
    for (const ind of plan.indicators) {
      if (ind.type !== 'quantitative' && Object.keys(ind.targets).length === 0 && ind.finalTarget !== null)
        continue;
      // A milestone is not due before its first yearly target: blank years before it are expected.
      const first =
        ind.type === 'quantitative' ? from : Math.min(...Object.keys(ind.targets).map(Number), to + 1);
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

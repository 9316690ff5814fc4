// Over 400 lines on purpose: the report workbook a partner fills, whose three sheets (Rapport,
// Valeurs, Activités) share the row keys, dimensions, validations and last values set up here;
// the sheet-level helpers (print set-up, protection, validations) are in sheet.ts.
import ExcelJS from 'exceljs';
import { makePeriod, type Period, periodsUpTo } from '../compute/periods.js';
import { isPercentUnit } from '../compute/units.js';
import { type ColumnHelp, type TemplateStrings, templateStrings } from '../i18n/template.js';
import type { Activity, Indicator, Plan } from '../model/plan.js';
import { normaliseName } from '../workbook/names.js';
import { DISAGGREGATIONS, VALUE_COLUMNS } from '../workbook/vocabulary.js';
import type { EntityScope } from './entities.js';
import { addInstructions, type InstructionEntry } from './instructions.js';
import { type LastValue, rowKey } from './last-values.js';
import {
  dateValidation,
  decimalValidation,
  FILL,
  fitRowHeight,
  listValidation,
  makePrintable,
  numberFormat,
  promptOnly,
  protectSheet,
  rangeListValidation,
  shade,
  unlock,
  Validations,
  writeHeader,
} from './sheet.js';

export interface ReportTemplateInput {
  plan: Pick<Plan, 'settings'>;
  scope: EntityScope;
  period: Period;
  lang: 'fr' | 'en';
  last: Map<string, LastValue>;
  /**
   * `long` (default): one row per value, one `Valeur` column, for the period P. `wide`: the
   * ministries' yearly tracking matrix — one row per indicator and one column per period of P's
   * kind in P's year (2022-T1 … 2022-T4), its `Rapport` period the year, so that each quarter's
   * resubmission (with a later `Date de soumission`) replaces the last.
   */
  layout?: 'long' | 'wide';
}

/** The value columns of a wide template: every period of P's kind in P's year. */
export function widePeriods(period: Period): Period[] {
  return periodsUpTo(period.kind, period.year, makePeriod('year', period.year, 1));
}

/** Blank rows at the foot of Valeurs for breakdowns the plan did not foresee (région…). */
export const FREE_ROWS = 10;

const DIMENSION_OF = new Map<string, string>();
for (const [canonical, names] of Object.entries(DISAGGREGATIONS)) {
  for (const n of names) DIMENSION_OF.set(normaliseName(n), canonical);
}

interface Dimension {
  /** Canonical name (`sexe`) or, for a dimension of the plan's own, its normalised name. */
  id: string;
  header: string;
  categories: readonly string[];
}

/** Disaggregation dimensions asked for by these indicators, each once, in order of appearance. */
export function dimensionsOf(
  indicators: readonly Indicator[],
  t: TemplateStrings,
  lang: 'fr' | 'en',
): Dimension[] {
  const dims = new Map<string, Dimension>();
  for (const ind of indicators) {
    for (const d of ind.disaggregations) {
      const norm = normaliseName(d);
      const canonical = DIMENSION_OF.get(norm);
      const id = canonical ?? norm;
      if (dims.has(id)) continue;
      const names = canonical ? DISAGGREGATIONS[canonical as keyof typeof DISAGGREGATIONS] : null;
      const header = names ? (lang === 'en' ? names[1] : names[0]) : d.trim();
      dims.set(id, { id, header, categories: canonical ? (t.categories[canonical] ?? []) : [] });
    }
  }
  return [...dims.values()];
}

function dimensionId(name: string): string {
  const norm = normaliseName(name);
  return DIMENSION_OF.get(norm) ?? norm;
}

type ValueKind = 'count' | 'percent' | 'milestone' | 'stage';

function kindOf(ind: Indicator): ValueKind {
  if (ind.type === 'milestone') return 'milestone';
  if (ind.type === 'qualitative') return 'stage';
  return isPercentUnit(ind.unit) ? 'percent' : 'count';
}

function valueRule(ind: Indicator, t: TemplateStrings): ExcelJS.DataValidation {
  const p = t.prompts;
  const [yes, no] = t.enums.yesNo;
  const base = { promptTitle: p.title, errorTitle: p.errorTitle };
  switch (kindOf(ind)) {
    case 'milestone':
      return listValidation([yes, no], { ...base, prompt: p.milestone(yes, no), error: p.yesNo(yes, no) });
    case 'stage':
      return ind.scale !== null
        ? decimalValidation(0, ind.scale, {
            ...base,
            prompt: p.stage(ind.scale),
            error: p.stageRange(ind.scale),
          })
        : decimalValidation(0, null, { ...base, prompt: p.stage(null), error: p.notNegative });
    case 'percent':
      return decimalValidation(0, 100, { ...base, prompt: p.percent, error: p.percentRange });
    case 'count':
      return decimalValidation(0, null, { ...base, prompt: p.count, error: p.notNegative });
  }
}

/** Milestone values and targets are shown as oui/non, other figures as numbers. */
function shown(ind: Indicator, n: number | null | undefined, t: TemplateStrings): string | number | null {
  if (n === null || n === undefined) return null;
  if (ind.type === 'milestone') return n >= 1 ? t.enums.yesNo[0] : t.enums.yesNo[1];
  return n;
}

interface Row {
  ind: Indicator;
  /** Category per dimension id; 'total' rows carry the total label in the indicator's own dimensions. */
  categories: Map<string, string>;
  total: boolean;
  disaggregation: string;
}

/** Rows of one indicator: each known category of each of its dimensions, then its total row. */
function rowsOf(ind: Indicator, dims: readonly Dimension[], t: TemplateStrings): Row[] {
  const own = dims.filter((d) => ind.disaggregations.some((x) => dimensionId(x) === d.id));
  const rows: Row[] = [];
  for (const d of own) {
    for (const c of d.categories)
      rows.push({ ind, categories: new Map([[d.id, c]]), total: false, disaggregation: `${d.id}=${c}` });
  }
  rows.push({ ind, categories: new Map(own.map((d) => [d.id, t.total])), total: true, disaggregation: '' });
  return rows;
}

/**
 * A reporting workbook for one entity and period, pre-filled from the plan. It is an ordinary
 * reporting workbook: the reader reads it (once filled) with no special case. Help columns carry
 * names the reader ignores in `Valeurs` (checked below), and are locked.
 */
export async function buildReportTemplate(input: ReportTemplateInput): Promise<ExcelJS.Workbook> {
  const t = templateStrings(input.lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ponam';
  await addReportSheet(wb, input, t);
  await addValuesSheet(wb, input, t);
  await addActivitiesSheet(wb, input.scope.activities, input.period, t);
  const periods = input.layout === 'wide' ? widePeriods(input.period) : null;
  const valueColumns = periods
    ? periods.map((p) => t.instructions.periodColumn(p.label))
    : [t.valueColumns.value, t.valueColumns.numerator, t.valueColumns.denominator];
  const entries: InstructionEntry[] = [
    ...[
      t.valueColumns.indicator,
      t.helpColumns.label,
      t.helpColumns.unit,
      t.targetHelp,
      t.helpColumns.lastValue,
      t.helpColumns.lastPeriod,
      ...valueColumns,
      t.valueColumns.source,
      t.valueColumns.comment,
    ].map((column) => ({ sheet: t.sheets.values, column })),
    ...[
      t.activityColumns.activity,
      t.activityColumns.label,
      t.activityColumns.period,
      t.activityColumns.status,
      t.activityColumns.progress,
      t.activityColumns.disbursed,
      t.activityColumns.comment,
    ].map((column) => ({ sheet: t.sheets.activities, column })),
  ];
  const intro = t.instructions.reportIntro(input.scope.entity, input.period.label);
  addInstructions(
    wb,
    t,
    periods
      ? [t.instructions.wideIntro(input.scope.entity, String(input.period.year)), ...intro.slice(2)]
      : intro,
    entries,
  );
  return wb;
}

async function addReportSheet(
  wb: ExcelJS.Workbook,
  input: ReportTemplateInput,
  t: TemplateStrings,
): Promise<void> {
  const ws = wb.addWorksheet(t.sheets.report);
  const rules = new Validations();
  writeHeader(ws, [
    { header: t.key, width: 24 },
    { header: t.value, width: 50 },
  ]);
  const s = input.plan.settings;
  const rows: [string, string | null][] = [
    [t.reportKeys.entity, input.scope.entity],
    [t.reportKeys.period, input.layout === 'wide' ? String(input.period.year) : input.period.label],
    [t.reportKeys.submittedOn, null],
  ];
  // The plan row is for the reader of the sheet; its key is no key of the Rapport sheet.
  if (s.code || s.title) rows.push([t.sheets.plan, [s.code, s.title].filter(Boolean).join(' – ')]);
  rows.forEach(([key, value], i) => {
    const r = ws.getRow(i + 2);
    r.getCell(1).value = key;
    r.getCell(1).font = { bold: true };
    if (value !== null) r.getCell(2).value = value;
    shade(r.getCell(1), FILL.help);
    shade(r.getCell(2), FILL.help);
  });
  const date = ws.getCell('B4');
  date.numFmt = input.lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  date.alignment = { horizontal: 'left' };
  unlock(date);
  rules.set(
    date,
    dateValidation({ prompt: t.prompts.date, error: t.prompts.dateError, errorTitle: t.prompts.errorTitle }),
  );
  rules.apply(ws);
  makePrintable(ws);
  await protectSheet(ws);
}

/** The names the reader gives a meaning to in Valeurs, normalised: help headers must avoid them. */
function readerNames(dims: readonly Dimension[]): Set<string> {
  const names = new Set<string>();
  for (const list of Object.values(VALUE_COLUMNS)) for (const n of list) names.add(normaliseName(n));
  for (const n of DIMENSION_OF.keys()) names.add(n);
  for (const d of dims) names.add(normaliseName(d.header));
  return names;
}

async function addValuesSheet(
  wb: ExcelJS.Workbook,
  input: ReportTemplateInput,
  t: TemplateStrings,
): Promise<void> {
  const ws = wb.addWorksheet(t.sheets.values);
  const rules = new Validations();
  const { indicators } = input.scope;
  const dims = dimensionsOf(indicators, t, input.lang);
  const periods = input.layout === 'wide' ? widePeriods(input.period) : null;
  const withFractions = !periods && indicators.some((i) => kindOf(i) === 'percent');
  // Long: one `Valeur` column; wide: one column per period, headed by the period itself.
  const valueIds = periods ? periods.map((p) => `at:${p.label}`) : ['value'];
  const taken = readerNames(dims);
  const help = (c: ColumnHelp) =>
    taken.has(normaliseName(c.header)) ? `${t.helpPrefix} ${c.header}` : c.header;
  const year = input.period.year;
  type Col = { id: string; header: string; width: number };
  const columns: Col[] = [
    { id: 'indicator', header: t.valueColumns.indicator.header, width: 11 },
    { id: 'label', header: help(t.helpColumns.label), width: 48 },
    { id: 'unit', header: help(t.helpColumns.unit), width: 12 },
    ...dims.map((d) => ({ id: `dim:${d.id}`, header: d.header, width: 10 })),
    { id: 'target', header: help({ ...t.targetHelp, header: t.target(year) }), width: 12 },
    { id: 'last', header: help(t.helpColumns.lastValue), width: 13 },
    { id: 'lastPeriod', header: help(t.helpColumns.lastPeriod), width: 12 },
    ...(periods
      ? periods.map((p) => ({ id: `at:${p.label}`, header: p.label, width: 11 }))
      : [{ id: 'value', header: t.valueColumns.value.header, width: 14 }]),
    ...(withFractions
      ? [
          { id: 'numerator', header: t.valueColumns.numerator.header, width: 13 },
          { id: 'denominator', header: t.valueColumns.denominator.header, width: 13 },
        ]
      : []),
    { id: 'source', header: t.valueColumns.source.header, width: 22 },
    { id: 'comment', header: t.valueColumns.comment.header, width: 34 },
  ];
  writeHeader(ws, columns);
  const col = (id: string) => columns.findIndex((c) => c.id === id) + 1;
  const helpIds = new Set([
    'indicator',
    'label',
    'unit',
    'target',
    'last',
    'lastPeriod',
    ...dims.map((d) => `dim:${d.id}`),
  ]);

  let n = 1;
  for (const ind of indicators) {
    for (const row of rowsOf(ind, dims, t)) {
      n++;
      const r = ws.getRow(n);
      r.getCell(col('indicator')).value = ind.code;
      r.getCell(col('label')).value = ind.label;
      r.getCell(col('unit')).value = ind.unit || null;
      for (const [id, category] of row.categories) r.getCell(col(`dim:${id}`)).value = category;
      if (row.total) r.getCell(col('target')).value = shown(ind, ind.targets[String(year)], t);
      const last = input.last.get(rowKey(ind.code, row.disaggregation));
      if (last) {
        r.getCell(col('last')).value = shown(ind, last.value, t);
        r.getCell(col('lastPeriod')).value = last.period;
      }
      for (const id of ['target', 'last'] as const) {
        const cell = r.getCell(col(id));
        const format = numberFormat(cell.value);
        if (format) cell.numFmt = format;
      }
      for (const id of helpIds) shade(r.getCell(col(id)), FILL.help);
      r.getCell(col('label')).alignment = { wrapText: true, vertical: 'top' };
      fitRowHeight(r, [[ind.label, columns[col('label') - 1].width]]);
      if (row.total) r.getCell(col('indicator')).font = { bold: true };
      for (const id of valueIds) {
        const value = r.getCell(col(id));
        unlock(value);
        rules.set(value, valueRule(ind, t));
      }
      if (withFractions) {
        for (const id of ['numerator', 'denominator'] as const) {
          const cell = r.getCell(col(id));
          if (kindOf(ind) !== 'percent') {
            shade(cell, FILL.help);
            continue;
          }
          unlock(cell);
          rules.set(
            cell,
            decimalValidation(0, null, {
              prompt: id === 'numerator' ? t.prompts.numerator : t.prompts.denominator,
              error: t.prompts.notNegative,
              errorTitle: t.prompts.errorTitle,
            }),
          );
        }
      }
      unlock(r.getCell(col('source')));
      unlock(r.getCell(col('comment')));
    }
  }
  const lastIndicatorRow = n;

  // Free rows: every input column unlocked, the code restricted to this entity's indicators.
  n += 2;
  const caption = ws.getCell(n - 1, col('label'));
  caption.value = t.extraRows;
  caption.font = { bold: true, italic: true };
  const codes = indicators.map((i) => i.code);
  const codeRule = (() => {
    try {
      return listValidation(codes, {
        prompt: t.prompts.free,
        error: t.prompts.listError,
        errorTitle: t.prompts.errorTitle,
      });
    } catch {
      // Too many codes for an inline list: point at the codes above (repeated ones are harmless).
      return rangeListValidation(t.sheets.values, ws.getColumn(col('indicator')).letter, lastIndicatorRow, {
        prompt: t.prompts.free,
        error: t.prompts.listError,
      });
    }
  })();
  for (let i = 0; i < FREE_ROWS && codes.length > 0; i++, n++) {
    const r = ws.getRow(n);
    const code = r.getCell(col('indicator'));
    unlock(code);
    rules.set(code, codeRule);
    for (const d of dims) unlock(r.getCell(col(`dim:${d.id}`)));
    for (const id of valueIds) {
      const value = r.getCell(col(id));
      unlock(value);
      rules.set(value, promptOnly({ prompt: t.prompts.free }));
    }
    for (const id of withFractions
      ? ['numerator', 'denominator', 'source', 'comment']
      : ['source', 'comment'])
      unlock(r.getCell(col(id)));
  }
  rules.apply(ws);
  makePrintable(ws);
  await protectSheet(ws);
}

async function addActivitiesSheet(
  wb: ExcelJS.Workbook,
  activities: readonly Activity[],
  period: Period,
  t: TemplateStrings,
): Promise<void> {
  const ws = wb.addWorksheet(t.sheets.activities);
  const rules = new Validations();
  const a = t.activityColumns;
  const columns = [
    { header: a.activity.header, width: 12 },
    { header: a.label.header, width: 48 },
    { header: a.budget.header, width: 16 },
    { header: a.period.header, width: 11 },
    { header: a.status.header, width: 16 },
    { header: a.progress.header, width: 14 },
    { header: a.disbursed.header, width: 18 },
    { header: a.comment.header, width: 34 },
  ];
  writeHeader(ws, columns);
  const status = listValidation(t.enums.status, {
    prompt: t.prompts.status,
    error: t.prompts.listError,
    errorTitle: t.prompts.errorTitle,
  });
  const progress = decimalValidation(0, 100, {
    prompt: t.prompts.progress,
    error: t.prompts.percentRange,
    errorTitle: t.prompts.errorTitle,
  });
  const disbursed = decimalValidation(0, null, {
    prompt: t.prompts.disbursed,
    error: t.prompts.notNegative,
    errorTitle: t.prompts.errorTitle,
  });
  activities.forEach((act, i) => {
    const r = ws.getRow(i + 2);
    r.getCell(1).value = act.code;
    r.getCell(2).value = act.label;
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    fitRowHeight(r, [[act.label, columns[1].width]]);
    if (act.budget !== null) r.getCell(3).value = act.budget;
    r.getCell(3).numFmt = '#,##0';
    r.getCell(4).value = period.label;
    for (let c = 1; c <= 4; c++) shade(r.getCell(c), FILL.help);
    const cells = [r.getCell(5), r.getCell(6), r.getCell(7), r.getCell(8)];
    for (const cell of cells) unlock(cell);
    rules.set(cells[0], status);
    rules.set(cells[1], progress);
    rules.set(cells[2], disbursed);
    cells[2].numFmt = '#,##0';
  });
  rules.apply(ws);
  makePrintable(ws);
  await protectSheet(ws);
}

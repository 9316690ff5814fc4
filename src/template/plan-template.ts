import ExcelJS from 'exceljs';
import {
  type ColumnHelp,
  type IndicatorColumn,
  type TemplateStrings,
  templateStrings,
} from '../i18n/template.js';
import { addInstructions, type InstructionEntry } from './instructions.js';
import { type Cellish, exampleRows } from './plan-example.js';
import { addRecommendationsSheet } from './recommendations-sheet.js';
import {
  type ColumnSpec,
  decimalValidation,
  listValidation,
  makePrintable,
  rangeListValidation,
  Validations,
  validateColumn,
  wholeValidation,
  writeHeader,
} from './sheet.js';

export interface PlanTemplateOptions {
  lang: 'fr' | 'en';
  years: { from: number; to: number };
  example: boolean;
}

/** Rows that carry drop-downs and checks in a blank sheet. */
const LAST_ROW = 500;

/**
 * A blank plan workbook (cadre logique) with every sheet of the workbook contract, its headers
 * and drop-down lists, an Instructions sheet, and with `example` a small plan `ponam report`
 * accepts. Names and spellings are the reader's own (src/i18n/template.ts), so nothing here is special-cased.
 */
export function buildPlanTemplate(opts: PlanTemplateOptions): ExcelJS.Workbook {
  const t = templateStrings(opts.lang);
  const years: number[] = [];
  for (let y = opts.years.from; y <= opts.years.to; y++) years.push(y);
  const example = opts.example ? exampleRows(opts.lang, years) : null;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ponam';

  addPlanSheet(wb, t, opts, example !== null);
  const axes = addTableSheet(
    wb,
    t.sheets.axes,
    [t.axisColumns.code, t.axisColumns.label, t.axisColumns.weight],
    [10, 60, 10],
    example?.axes ?? [],
  );
  validateColumn(
    axes,
    3,
    2,
    LAST_ROW,
    decimalValidation(0, null, { error: t.prompts.notNegative, errorTitle: t.prompts.errorTitle }),
  );

  const rc = t.resultColumns;
  const results = addTableSheet(
    wb,
    t.sheets.results,
    [rc.code, rc.axis, rc.label, rc.level, rc.weight],
    [10, 10, 60, 12, 10],
    example?.results ?? [],
  );
  validateColumn(
    results,
    2,
    2,
    LAST_ROW,
    rangeListValidation(t.sheets.axes, 'A', LAST_ROW, { error: t.prompts.listError }),
  );
  validateColumn(
    results,
    4,
    2,
    LAST_ROW,
    listValidation(t.enums.level, { error: t.prompts.suggestion }, false),
  );
  validateColumn(
    results,
    5,
    2,
    LAST_ROW,
    decimalValidation(0, null, { error: t.prompts.notNegative, errorTitle: t.prompts.errorTitle }),
  );

  const indicatorSheet = addIndicatorSheet(wb, t, years, example?.indicators ?? []);

  const ac = t.planActivityColumns;
  const budgetHeader = { ...ac.budget, header: `${ac.budget.header} (FCFA)` };
  const activities = addTableSheet(
    wb,
    t.sheets.activities,
    [ac.code, ac.result, ac.label, ac.responsible, budgetHeader, ac.start, ac.end],
    [12, 10, 60, 24, 18, 10, 10],
    example?.activities ?? [],
  );
  validateColumn(
    activities,
    2,
    2,
    LAST_ROW,
    rangeListValidation(t.sheets.results, 'A', LAST_ROW, { error: t.prompts.listError }),
  );
  validateColumn(
    activities,
    5,
    2,
    LAST_ROW,
    decimalValidation(0, null, { error: t.prompts.notNegative, errorTitle: t.prompts.errorTitle }),
  );
  activities.getColumn(5).numFmt = '#,##0';

  const ec = t.entityColumns;
  addTableSheet(wb, t.sheets.entities, [ec.name, ec.aliases, ec.type, ec.region], [28, 48, 22, 16], []);
  // The follow-up of recommendations (docs/review.md).
  const recommendations = addRecommendationsSheet(
    wb,
    t,
    opts.lang,
    example ? { firstYear: opts.years.from } : null,
  );

  const entries: InstructionEntry[] = [
    ...Object.values(t.planKeys).map((column) => ({ sheet: t.sheets.plan, column })),
    ...Object.values(t.axisColumns).map((column) => ({ sheet: t.sheets.axes, column })),
    ...Object.values(t.resultColumns).map((column) => ({ sheet: t.sheets.results, column })),
    ...indicatorHelp(t).map((column) => ({ sheet: t.sheets.indicators, column })),
    ...Object.values(t.planActivityColumns).map((column) => ({ sheet: t.sheets.activities, column })),
    ...Object.values(t.entityColumns).map((column) => ({ sheet: t.sheets.entities, column })),
    ...recommendations,
  ];
  addInstructions(wb, t, t.instructions.planIntro, entries);
  wb.views = [
    {
      activeTab: wb.worksheets.indexOf(indicatorSheet),
      x: 0,
      y: 0,
      width: 20000,
      height: 12000,
      firstSheet: 0,
      visibility: 'visible',
    },
  ];
  return wb;
}

function addPlanSheet(
  wb: ExcelJS.Workbook,
  t: TemplateStrings,
  opts: PlanTemplateOptions,
  example: boolean,
): void {
  const ws = wb.addWorksheet(t.sheets.plan);
  writeHeader(ws, [
    { header: t.key, width: 26 },
    { header: t.value, width: 60 },
  ]);
  const k = t.planKeys;
  const rows: [ColumnHelp, Cellish][] = [
    [k.code, example ? (opts.lang === 'fr' ? 'EXEMPLE' : 'SAMPLE') : null],
    [k.title, example ? (opts.lang === 'fr' ? 'Plan d’actions exemple' : 'Sample action plan') : null],
    [k.country, example ? 'Mali' : null],
    [k.startYear, opts.years.from],
    [k.endYear, opts.years.to],
    [k.referenceDate, null],
    [k.currency, 'FCFA'],
    [k.lang, opts.lang],
    [k.method, 'auto'],
    [k.onTrack, 80],
    [k.behind, 50],
    [k.ceiling, 100],
    [k.submissionDelayDays, 30],
    [k.targetBasis, 'prorata'],
    [k.institution, null],
    [k.author, null],
  ];
  rows.forEach(([key, value], i) => {
    const r = ws.getRow(i + 2);
    r.getCell(1).value = key.header;
    r.getCell(1).font = { bold: true };
    if (value !== null) r.getCell(2).value = value;
    r.getCell(2).alignment = { horizontal: 'left' };
  });
  const at = (key: ColumnHelp) => `B${rows.findIndex(([k2]) => k2 === key) + 2}`;
  const rules = new Validations();
  const add = (key: ColumnHelp, v: ExcelJS.DataValidation) => {
    rules.set(ws.getCell(at(key)), {
      ...v,
      prompt: v.prompt ?? key.help.slice(0, 255),
      showInputMessage: true,
    });
  };
  add(k.startYear, wholeValidation(1900, 2200, { error: t.prompts.year }));
  add(k.endYear, wholeValidation(1900, 2200, { error: t.prompts.year }));
  add(k.lang, listValidation(t.enums.lang, { error: t.prompts.listError }));
  add(k.method, listValidation(t.enums.method, { error: t.prompts.listError }));
  add(k.onTrack, decimalValidation(0, 1000, { error: t.prompts.notNegative }));
  add(k.behind, decimalValidation(0, 1000, { error: t.prompts.notNegative }));
  add(k.ceiling, decimalValidation(0, 10000, { error: t.prompts.notNegative }));
  add(k.submissionDelayDays, wholeValidation(0, 3650, { error: t.prompts.notNegative }));
  rules.apply(ws);
  ws.getCell(at(k.referenceDate)).numFmt = opts.lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd';
  makePrintable(ws);
}

function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: ColumnHelp[],
  widths: number[],
  rows: Cellish[][],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  const specs: ColumnSpec[] = columns.map((c, i) => ({ header: c.header, width: widths[i] }));
  writeHeader(ws, specs);
  rows.forEach((values, i) => {
    const r = ws.getRow(i + 2);
    values.forEach((v, j) => {
      if (v !== null && v !== '') r.getCell(j + 1).value = v;
    });
  });
  for (let i = 1; i <= columns.length; i++) ws.getColumn(i).alignment = { wrapText: true, vertical: 'top' };
  makePrintable(ws);
  return ws;
}

const INDICATOR_ORDER: IndicatorColumn[] = [
  'code',
  'axis',
  'result',
  'label',
  'unit',
  'type',
  'direction',
  'aggregation',
  'entityAggregation',
  'targetType',
  'method',
  'baseline',
  'baselineYear',
];
const INDICATOR_TAIL: IndicatorColumn[] = [
  'finalTarget',
  'frequency',
  'responsible',
  'disaggregations',
  'source',
  'weight',
  'scale',
];
const WIDTHS: Partial<Record<IndicatorColumn, number>> = {
  label: 50,
  responsible: 30,
  source: 28,
  disaggregations: 16,
  entityAggregation: 14,
};

function indicatorHelp(t: TemplateStrings): ColumnHelp[] {
  const c = t.indicatorColumns;
  return [...INDICATOR_ORDER.map((k) => c[k]), t.targetHelp, ...INDICATOR_TAIL.map((k) => c[k])];
}

function addIndicatorSheet(
  wb: ExcelJS.Workbook,
  t: TemplateStrings,
  years: number[],
  rows: Cellish[][],
): ExcelJS.Worksheet {
  const c = t.indicatorColumns;
  const columns = [
    ...INDICATOR_ORDER.map((k) => ({ ...c[k], key: k as IndicatorColumn | 'target' })),
    ...years.map((y) => ({ ...t.targetHelp, header: t.target(y), key: 'target' as const })),
    ...INDICATOR_TAIL.map((k) => ({ ...c[k], key: k as IndicatorColumn | 'target' })),
  ];
  const ws = addTableSheet(
    wb,
    t.sheets.indicators,
    columns,
    columns.map((col) => (col.key === 'target' ? 11 : (WIDTHS[col.key] ?? 13))),
    rows,
  );
  const col = (key: IndicatorColumn) => columns.findIndex((x) => x.key === key) + 1;
  const strict = (values: readonly string[]) =>
    listValidation(values, { error: t.prompts.listError, errorTitle: t.prompts.errorTitle });
  const loose = (values: readonly string[]) => listValidation(values, { error: t.prompts.suggestion }, false);
  validateColumn(
    ws,
    col('axis'),
    2,
    LAST_ROW,
    rangeListValidation(t.sheets.axes, 'A', LAST_ROW, { error: t.prompts.listError }),
  );
  validateColumn(
    ws,
    col('result'),
    2,
    LAST_ROW,
    rangeListValidation(t.sheets.results, 'A', LAST_ROW, { error: t.prompts.listError }),
  );
  validateColumn(ws, col('unit'), 2, LAST_ROW, loose(t.suggestions.unit));
  validateColumn(ws, col('type'), 2, LAST_ROW, strict(t.enums.type));
  validateColumn(ws, col('direction'), 2, LAST_ROW, strict(t.enums.direction));
  validateColumn(ws, col('aggregation'), 2, LAST_ROW, strict(t.enums.aggregation));
  validateColumn(ws, col('entityAggregation'), 2, LAST_ROW, strict(t.enums.entityAggregation));
  validateColumn(ws, col('targetType'), 2, LAST_ROW, strict(t.enums.targetType));
  validateColumn(ws, col('method'), 2, LAST_ROW, strict(t.enums.method));
  validateColumn(
    ws,
    col('baselineYear'),
    2,
    LAST_ROW,
    wholeValidation(1900, 2200, { error: t.prompts.year }),
  );
  validateColumn(ws, col('frequency'), 2, LAST_ROW, loose(t.suggestions.frequency));
  validateColumn(ws, col('disaggregations'), 2, LAST_ROW, loose(t.suggestions.disaggregations));
  validateColumn(
    ws,
    col('weight'),
    2,
    LAST_ROW,
    decimalValidation(0, null, { error: t.prompts.notNegative }),
  );
  validateColumn(ws, col('scale'), 2, LAST_ROW, decimalValidation(0, null, { error: t.prompts.notNegative }));
  return ws;
}

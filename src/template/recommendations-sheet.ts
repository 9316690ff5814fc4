import type ExcelJS from 'exceljs';
import { catalogue } from '../i18n/index.js';
import type { TemplateStrings } from '../i18n/template.js';
import type { InstructionEntry } from './instructions.js';
import {
  listValidation,
  makePrintable,
  promptOnly,
  rangeListValidation,
  validateColumn,
  writeHeader,
} from './sheet.js';

/** Rows that carry the drop-downs in a blank sheet (as the plan's other sheets). */
const LAST_ROW = 500;

/**
 * The `Recommandations` sheet of a blank plan (docs/review.md): one row per recommendation and
 * period, a drop-down for `Statut` (the reader's own spellings) and for `Axe` (the Axes sheet's
 * codes), help on entering each cell, and its columns explained on the Instructions sheet (the
 * entries returned). With `example`, two rows due in the plan's first year.
 */
export function addRecommendationsSheet(
  wb: ExcelJS.Workbook,
  t: TemplateStrings,
  lang: 'fr' | 'en',
  example: { firstYear: number } | null,
): InstructionEntry[] {
  const r = catalogue(lang).review.templateSheet;
  const c = r.columns;
  const columns = [c.number, c.text, c.axis, c.responsible, c.deadline, c.status, c.comment, c.period];
  const ws = wb.addWorksheet(r.name);
  writeHeader(
    ws,
    columns.map((col, n) => ({ header: col.header, width: [8, 60, 10, 22, 14, 16, 40, 12][n] })),
  );
  for (const [n, values] of (example ? r.example : []).entries()) {
    const row = ws.getRow(n + 2);
    values.forEach((v, i) => {
      if (v === null) return;
      row.getCell(i + 1).value = i === 4 ? `${example?.firstYear}-${v}` : v;
    });
  }
  for (let i = 1; i <= columns.length; i++) ws.getColumn(i).alignment = { wrapText: true, vertical: 'top' };
  validateColumn(
    ws,
    3,
    2,
    LAST_ROW,
    rangeListValidation(t.sheets.axes, 'A', LAST_ROW, { error: t.prompts.listError }),
  );
  validateColumn(
    ws,
    6,
    2,
    LAST_ROW,
    listValidation(r.statuses, {
      prompt: r.statusPrompt,
      error: t.prompts.listError,
      errorTitle: t.prompts.errorTitle,
    }),
  );
  validateColumn(ws, 5, 2, LAST_ROW, promptOnly({ prompt: r.deadlinePrompt }));
  makePrintable(ws);
  return columns.map((column) => ({ sheet: r.name, column }));
}

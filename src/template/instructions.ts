import type ExcelJS from 'exceljs';
import type { ColumnHelp, TemplateStrings } from '../i18n/template.js';
import { FILL, fitRowHeight, makePrintable } from './sheet.js';

export interface InstructionEntry {
  sheet: string;
  column: ColumnHelp;
}

/**
 * The Instructions sheet: a few lines of guidance, then one row per column (sheet, column,
 * explanation, example). Its name is no sheet the reader knows, so it is never read as data.
 */
export function addInstructions(
  wb: ExcelJS.Workbook,
  t: TemplateStrings,
  intro: readonly string[],
  entries: readonly InstructionEntry[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t.sheets.instructions);
  const widths = [18, 26, 90, 34];
  ws.columns = widths.map((width) => ({ width }));
  const title = ws.getCell('A1');
  title.value = t.instructions.title;
  title.font = { bold: true, size: 14 };
  let row = 3;
  for (const line of intro) {
    ws.mergeCells(row, 1, row, 4);
    const cell = ws.getCell(row, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(row).height = 30;
    fitRowHeight(ws.getRow(row), [[line, widths.reduce((a, b) => a + b, 0)]]);
    row++;
  }
  row++;
  const headerRow = row;
  const names = t.instructions.columns;
  [names.sheet, names.column, names.help, names.example].forEach((text, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = text;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL.header } };
  });
  for (const e of entries) {
    row++;
    const cells = [e.sheet, e.column.header, e.column.help, e.column.example];
    cells.forEach((text, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.value = text;
      cell.alignment = { wrapText: true, vertical: 'top' };
    });
    fitRowHeight(
      ws.getRow(row),
      cells.map((text, i) => [text, widths[i]] as const),
    );
  }
  makePrintable(ws, headerRow);
  return ws;
}

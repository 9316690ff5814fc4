import type ExcelJS from 'exceljs';
import { FILL, makePrintable } from './sheet.js';
import type { ColumnHelp, TemplateStrings } from './strings.js';

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
  ws.columns = [{ width: 18 }, { width: 26 }, { width: 90 }, { width: 34 }];
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
  }
  makePrintable(ws, headerRow);
  return ws;
}

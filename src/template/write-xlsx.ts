import type ExcelJS from 'exceljs';

/** The workbook as .xlsx bytes, for an atomic write. */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

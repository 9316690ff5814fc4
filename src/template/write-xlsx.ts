import type ExcelJS from 'exceljs';
// jszip is exceljs' own zip library (a dependency of exceljs 4.4.0), as in scripts/make-demo-fixtures.ts.
import JSZip from 'jszip';

/**
 * Parts placed first in the archive. exceljs writes the worksheets before the workbook, the
 * shared strings and the styles; the streaming reader then now and then misses those parts and
 * reads the workbook as truncated (1 read in 5 on a plan template, none with this order).
 */
const FIRST = [
  '[Content_Types].xml',
  '_rels/.rels',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
  'xl/sharedStrings.xml',
];

/** The workbook as .xlsx bytes, its parts in the order spreadsheet readers handle best. */
export async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const raw = new Uint8Array(await wb.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(raw);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const ordered = [...FIRST.filter((n) => names.includes(n)), ...names.filter((n) => !FIRST.includes(n))];
  const out = new JSZip();
  for (const name of ordered)
    out.file(name, await zip.files[name].async('uint8array'), { createFolders: false });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

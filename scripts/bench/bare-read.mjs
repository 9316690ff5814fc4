// The baseline of `npm run bench`: exceljs' public streaming reader touching every cell of the
// given workbooks (or of every .xlsx in a given folder), nothing else.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.xlsx'))
        .sort()
        .map((f) => join(p, f))
    : [p],
);
let cells = 0;
let retried = 0;
/** Every cell of one workbook, through exceljs' streaming reader. */
async function read(file) {
  let n = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const ws of reader) {
    for await (const row of ws) {
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.value !== undefined) n++;
      });
    }
  }
  return n;
}
// exceljs' stream sometimes reaches a worksheet before it has parsed workbook.xml and throws
// "Cannot read properties of undefined (reading 'sheets')" (exceljs issue #962), more often on a
// busy machine: the file is read again, so that the baseline is a complete read, never a cut one.
for (const file of files) {
  for (let attempt = 1; ; attempt++) {
    try {
      cells += await read(file);
      break;
    } catch (e) {
      if (attempt === 5) throw e;
      retried++;
    }
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, cells, retried })}\n`);

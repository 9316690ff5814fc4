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
for (const file of files) {
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
        if (c.value !== undefined) cells++;
      });
    }
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, cells })}\n`);

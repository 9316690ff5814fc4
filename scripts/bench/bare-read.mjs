// The baseline of `npm run bench`: exceljs' streaming reader touching every cell of the given
// workbooks, nothing else. Prints {ms, maxRssMB} as JSON.
import ExcelJS from 'exceljs';

const started = performance.now();
let cells = 0;
for (const file of process.argv.slice(2)) {
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
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, cells })}\n`);

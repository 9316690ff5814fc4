// The reader alone, for `npm run bench`: ponam's streamWorkbook (dist/workbook/read.js) touching
// every cell of the given workbooks (or of every .xlsx in a given folder), nothing else: no
// table, no validation, no computation. What the byte reader costs by itself.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { streamWorkbook } from '../../dist/workbook/read.js';

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.xlsx'))
        .sort()
        .map((f) => join(p, f))
    : [p],
);
let cells = 0;
const sink = {
  row(_n, row) {
    for (const c of row) if (c) cells++;
  },
  end() {},
};
for (const file of files) await streamWorkbook(file, () => sink);
process.stdout.write(`${JSON.stringify({ files: files.length, cells })}\n`);

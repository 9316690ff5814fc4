// Writes report.schema.json, the JSON Schema (draft 2020-12) of report.json, from the zod schema
// in src/model/report-schema.ts (built to dist/). Run by `npm run build`; a test checks the
// committed file is current, so a consumer validating report.json sees what ponam writes
// (docs/json-contract.md).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { reportJsonSchema } = await import('../dist/model/report-schema.js');
writeFileSync(join(root, 'report.schema.json'), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);

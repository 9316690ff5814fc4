// Writes ponam.schema.json, the JSON Schema of ponam.config.json, from the zod schema in
// src/model/config.ts (built to dist/). Run by `npm run build`; a test checks the committed
// file is current, so editors that follow "$schema" always see what ponam accepts.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { configJsonSchema } = await import('../dist/model/config.js');
writeFileSync(join(root, 'ponam.schema.json'), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);

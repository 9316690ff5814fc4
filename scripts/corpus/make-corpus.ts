/**
 * Writes the bad-workbook corpus of `ponam validate` into tests/fixtures-bad/ (one file per case
 * of cases.ts, plus the shared plan), then the files written by openpyxl and LibreOffice:
 *
 *   npx tsx scripts/corpus/make-corpus.ts            # exceljs files, then make_foreign.sh
 *   npx tsx scripts/corpus/make-corpus.ts --no-foreign
 *
 * The foreign files need /usr/bin/python3 with openpyxl and LibreOffice (`soffice`); they are
 * committed, so the tests do not need either.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Builder, CASES, CORPUS_DIR, SHARED_FILES } from './cases.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, CORPUS_DIR);

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const builders = new Map<string, Builder>(Object.entries(SHARED_FILES));
  for (const c of CASES) {
    for (const [name, build] of Object.entries(c.files)) if (build !== 'foreign') builders.set(name, build);
  }
  for (const [name, build] of builders) await writeFile(path.join(OUT, name), await build());
  console.log(`${builders.size} files written to ${CORPUS_DIR}`);
  if (process.argv.includes('--no-foreign')) return;
  const foreign = spawnSync('sh', [path.join(ROOT, 'scripts', 'corpus', 'make_foreign.sh'), OUT], {
    stdio: 'inherit',
  });
  if (foreign.status !== 0) throw new Error('make_foreign.sh failed');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

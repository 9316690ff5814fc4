/**
 * Start-up (issues 13 and 16): `ponam --version` and `--help` go through src/cli/index.ts and
 * whatever it imports statically; each command's module, and each renderer, is imported when
 * asked (`await import(…)`). Read from the sources' own import statements: a static import that
 * pulls a heavy package into every start fails here, not in a benchmark weeks later.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

/** Packages only some commands need: never loaded to print a version or the help. */
const HEAVY = [
  'zod',
  'exceljs',
  'echarts',
  'handlebars',
  'puppeteer-core',
  'docx',
  '@resvg/resvg-js',
  'fflate',
  // The legacy and CSV readers (issue 21): loaded when an .xls, .ods or .csv appears.
  '@e965/xlsx',
  'csv-parse',
];

/** The static (value) imports of one file: relative files resolved, packages by name. */
function staticImports(file: string): { files: string[]; packages: string[] } {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)(?!\s+type\b)[^;'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g),
  ].map((m) => m[1]);
  const files: string[] = [];
  const packages: string[] = [];
  for (const s of specifiers) {
    if (s.startsWith('.')) files.push(resolve(dirname(file), s).replace(/\.js$/, '.ts'));
    else if (!s.startsWith('node:'))
      packages.push(s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]);
  }
  return { files, packages };
}

/** Every package reached from `entry` through static imports, with the chain that reaches it. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const here = [...chain, file.slice(SRC.length + 1)];
    const { files, packages } = staticImports(file);
    for (const p of packages) if (!reached.has(p)) reached.set(p, here);
    for (const f of files) walk(f, here);
  };
  walk(entry, []);
  return reached;
}

describe('what every start of ponam loads', () => {
  const reached = packagesReached(resolve(SRC, 'cli', 'index.ts'));

  it('reaches commander and chalk (the command line itself)', () => {
    // The walk works: without these the test below would pass for nothing.
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['commander', 'chalk']));
  });

  it.each(HEAVY)('never loads %s statically from src/cli/index.ts', (pkg) => {
    expect(reached.get(pkg) ?? null, `${pkg} reached through ${reached.get(pkg)?.join(' → ')}`).toBeNull();
  });
});

/**
 * The reading path imports no exceljs (about 660 modules to load at start-up), no unzipper and no
 * saxes, and reaches into no dependency's private files: checked on the import graph of the
 * sources, from what `report` and `validate` read with (core/load.ts, its worker, sheet-names.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');
const ENTRIES = ['core/load.ts', 'core/read-worker.ts', 'workbook/sheet-names.ts'];

/** Every module reachable from the entries, and every package specifier they import. */
function graph(): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const todo = ENTRIES.map((e) => path.join(SRC, e));
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (modules.has(file)) continue;
    modules.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    )) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) todo.push(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
    for (const m of source.matchAll(/require\(\s*['"]([^'"]+)['"]\s*\)/g)) packages.add(m[1]);
  }
  return { modules, packages };
}

describe('the reading path', () => {
  const { modules, packages } = graph();

  it('follows the reader from load.ts', () => {
    expect([...modules].map((m) => path.relative(SRC, m))).toEqual(
      expect.arrayContaining([
        'workbook/read.ts',
        'workbook/sheet-parser.ts',
        'workbook/zip.ts',
        'workbook/xlsx/markup.ts',
      ]),
    );
  });

  it('imports neither exceljs, unzipper nor saxes, nor any private file of a package', () => {
    const names = [...packages];
    expect(names.filter((p) => /^(exceljs|unzipper|saxes)(\/|$)/.test(p))).toEqual([]);
    // A package is `name` or `@scope/name`; anything deeper is a file of it. The one allowed is
    // SheetJS's codepage table, which its documentation has ESM users import and hand to
    // set_cptable (for .xls written in a Windows codepage); it is loaded with SheetJS, lazily.
    const deep = names.filter(
      (p) => !p.startsWith('node:') && p.split('/').length > (p.startsWith('@') ? 2 : 1),
    );
    expect(deep).toEqual(['@e965/xlsx/dist/cpexcel.full.mjs']);
  });
});

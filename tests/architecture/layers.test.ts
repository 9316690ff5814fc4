/**
 * Layers point down (ARCHITECTURE.md): model ← compute ← workbook ← i18n ← (report, template) ← core
 * ← cli. Read from the sources' own import statements, so that a new file that
 * imports upward fails here, not in a review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '..', '..', 'src');

/** Each layer, and the layers it may import from (besides itself). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  compute: ['model'],
  workbook: ['model', 'compute'],
  // The catalogues name the workbook's own keys (a help text for every column of a plan).
  i18n: ['model', 'compute', 'workbook'],
  report: ['model', 'compute', 'i18n'],
  template: ['model', 'compute', 'i18n', 'workbook'],
  core: ['model', 'compute', 'i18n', 'workbook', 'report', 'template'],
  cli: ['model', 'compute', 'i18n', 'workbook', 'report', 'template', 'core'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const layerOf = (file: string) => relative(SRC, file).split('/')[0];

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^;'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) =>
    resolve(dirname(file), m[1]),
  );
}

describe('the layers of src/', () => {
  const files = sources(SRC);

  it('knows every folder of src/ as a layer', () => {
    const layers = new Set(files.map(layerOf).filter((l) => !l.endsWith('.ts')));
    expect([...layers].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('imports only downward', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const target of imports(file)) {
        const to = layerOf(target);
        if (to !== from && !MAY_IMPORT[from]?.includes(to))
          upward.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('reads imports well enough to see a known downward one', () => {
    // A guard on the scanner itself: the test above must not pass because it sees no import.
    const model = join(SRC, 'compute', 'model.ts');
    expect(imports(model).some((t) => layerOf(t) === 'model')).toBe(true);
  });
});

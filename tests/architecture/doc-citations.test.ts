/**
 * The code cites the rules it follows from the repository's own documentation (docs/rules.md for
 * the computation; ARCHITECTURE.md, "Where a new thing goes"): never a file the repository does
 * not hold, and never a section that does not exist. A citation reads `docs/rules.md, "Target at
 * P"` (several sections: `, "A", "B"`; a line break inside a comment is allowed), and the quoted
 * text is a heading of that page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs|js|py)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const SOURCES = ['src', 'tests', 'scripts'].flatMap((d) => files(join(ROOT, d)));

/** A comment's text with its line breaks and leading `*` or `//` joined back into one line. */
function flattened(text: string): string {
  return text.replace(/\n\s*(?:\*(?!\/)|\/\/|#)\s*/g, ' ');
}

/** Each `docs/<page>.md, "Section", "Section"` of a text: the page and the sections named. */
function citations(text: string): { page: string; section: string }[] {
  const found: { page: string; section: string }[] = [];
  for (const m of flattened(text).matchAll(/docs\/([a-z-]+\.md),? ((?:"[^"\n]+"(?:,? (?:and )?)?)+)/g)) {
    for (const q of m[2].matchAll(/"([^"]+)"/g)) found.push({ page: m[1], section: q[1] });
  }
  return found;
}

function headings(page: string): string[] {
  return readFileSync(join(ROOT, 'docs', page), 'utf8')
    .split('\n')
    .flatMap((line) => {
      const m = /^#{1,6}\s+(.*?)\s*$/.exec(line);
      return m ? [m[1].toLowerCase()] : [];
    });
}

describe('citations of the rules in the code', () => {
  it('reads a citation split over comment lines', () => {
    expect(citations(' * (docs/rules.md, "What counts\n * at P", "Periods")')).toEqual([
      { page: 'rules.md', section: 'What counts at P' },
      { page: 'rules.md', section: 'Periods' },
    ]);
  });

  it('never cites DESIGN.md, a file outside the repository', () => {
    const citing = SOURCES.filter((f) => readFileSync(f, 'utf8').includes('DESIGN.md')).map((f) =>
      relative(ROOT, f),
    );
    // This file names it in its own test, and nowhere else may.
    expect(citing).toEqual(['tests/architecture/doc-citations.test.ts']);
  });

  it('names pages that exist and sections those pages have', () => {
    const broken: string[] = [];
    let count = 0;
    for (const file of SOURCES.filter((f) => !f.endsWith('doc-citations.test.ts'))) {
      for (const { page, section } of citations(readFileSync(file, 'utf8'))) {
        count++;
        const where = `${relative(ROOT, file)}: docs/${page}, "${section}"`;
        if (!existsSync(join(ROOT, 'docs', page))) broken.push(`${where} (no such page)`);
        else if (!headings(page).includes(section.toLowerCase())) broken.push(`${where} (no such section)`);
      }
    }
    expect(broken).toEqual([]);
    // The code does cite docs/rules.md: a regex that matched nothing would pass vacuously.
    expect(count).toBeGreaterThan(20);
  });
});

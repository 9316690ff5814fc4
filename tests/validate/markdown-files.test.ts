/**
 * Which Markdown files `validate` checks as the officer's analysis (docs/review.md): one named on
 * the command line, or an analyse.md found in a folder; any other Markdown file of a folder (the
 * example's README.md) is a file not read, with its notice — never an analysis with a warning per
 * heading. Run in-process on the bundled example and on copies of it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidation } from '../../src/core/validation.js';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';
import { REPO } from '../helpers/cli.js';

const EXAMPLE = path.join(REPO, 'fixtures', 'ponam-2020-2024');
const work = mkdtempSync(path.join(tmpdir(), 'ponam-md-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const validate = (paths: string[]) =>
  runValidation({ paths, lang: 'fr', limits: DEFAULT_LIMITS, strict: false });

describe('Markdown files given to validate', () => {
  it('a README.md inside the folder is a file not read, not an analysis', async () => {
    const result = await validate([EXAMPLE]);
    const readme = result.files.find((f) => f.path.endsWith('ponam-2020-2024/README.md'));
    expect(readme).toMatchObject({ role: 'data', skipped: true });
    const own = result.issues.filter((i) => i.file.endsWith('README.md')).map((i) => i.code);
    expect(own).toEqual(['skipped-file']);
    expect(result.issues.some((i) => i.code === 'unknown-heading')).toBe(false);
  });

  it('an analyse.md in the folder, and a Markdown file named, are checked as analyses', async () => {
    const folder = path.join(work, 'exemple');
    cpSync(EXAMPLE, folder, { recursive: true });
    // One heading the review does not know in each: a warning at its line proves it was read.
    writeFileSync(path.join(folder, 'analyse.md'), '# Contexte\n\nTexte.\n\n# Divers\n\nAutre.\n');
    const named = path.join(work, 'notes.md');
    writeFileSync(named, '# Conclusions\n\nTexte.\n\n# Annexe Z\n\nAutre.\n');
    const result = await validate([folder, named]);
    const roles = new Map(result.files.map((f) => [path.basename(f.path), f.role]));
    expect(roles.get('analyse.md')).toBe('analysis');
    expect(roles.get('notes.md')).toBe('analysis');
    expect(roles.get('README.md')).toBe('data');
    const headings = result.issues
      .filter((i) => i.code === 'unknown-heading')
      .map((i) => path.basename(i.file));
    expect(headings.sort()).toEqual(['analyse.md', 'notes.md']);
  });
});

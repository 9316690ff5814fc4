import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workbookDoc } from '../../scripts/gen-workbook-doc.js';
import { REPO } from '../helpers/cli.js';

describe('docs/workbook-format.md', () => {
  it('lists exactly the names the reader accepts (regenerate with npx tsx scripts/gen-workbook-doc.ts)', () => {
    expect(readFileSync(join(REPO, 'docs', 'workbook-format.md'), 'utf8')).toBe(workbookDoc());
  });
});

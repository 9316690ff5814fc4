/**
 * Every issue code speaks both languages and is documented: the lists are iterated from the code
 * (ISSUE_CODES), so a new code without a message or a line in docs/validate.md fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/i18n/index.js';
import { ISSUE_CODES, issue } from '../../src/model/issues.js';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'validate.md'), 'utf8');

describe('the issue catalogue', () => {
  it.each(ISSUE_CODES)(
    '%s has a message in French and in English, and a line in docs/validate.md',
    (code) => {
      const found = issue(
        code,
        'error',
        { file: 'a.xlsx', sheet: 'Valeurs', cell: 'B2' },
        { column: 'Valeur' },
        'x',
      );
      const fr = describeIssue(found, 'fr').message;
      const en = describeIssue(found, 'en').message;
      expect(fr.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(fr).not.toBe(en);
      expect(DOC).toContain(`\`${code}\``);
    },
  );
});

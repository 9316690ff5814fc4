/**
 * The bad-workbook corpus (scripts/corpus/cases.ts, files in tests/fixtures-bad/): each case
 * runs `ponam validate --format json` through the built binary and must report its issue code at
 * the expected file, sheet and cell (or row), with the expected exit code and no stack trace.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CASES, PLAN } from '../../scripts/corpus/cases.js';
import { ponam, REPO, STACK, type ValidateJson } from './helpers.js';

// Each case spawns the binary; a loaded machine needs more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

describe('the bad-workbook corpus', () => {
  it('holds at least 30 cases, one at least per issue code of the issue', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const codes = new Set(CASES.map((c) => c.expect.code));
    for (const code of [
      'file-empty',
      'not-xlsx',
      'file-truncated',
      'file-encrypted',
      'legacy-xls',
      'ods-file',
      'file-too-large',
      'missing-sheet',
      'missing-header',
      'duplicate-header',
      'no-data',
      'hidden-sheet',
      'type-error',
      'missing-cell',
      'invalid-enum',
      'invalid-period',
      'excel-error',
      'formula-without-result',
      'percent-out-of-range',
      'negative-count',
      'unknown-indicator',
      'unknown-entity',
      'conflicting-duplicate',
      'period-outside-plan',
      'missing-target',
      'unknown-result',
      'unknown-axis',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const name of Object.keys(c.files))
      expect(existsSync(path.join(REPO, 'tests/fixtures-bad', name)), name).toBe(true);
    const args = [
      'validate',
      '--format',
      'json',
      '--lang',
      'en',
      ...(c.plan === false ? [] : ['--plan', PLAN]),
      ...c.args,
    ];
    const run = ponam(args);
    expect(run.stderr).not.toMatch(STACK);
    const out = JSON.parse(run.stdout) as ValidateJson;
    const e = c.expect;
    const found = out.issues.filter((i) => i.code === e.code && i.file === e.file);
    expect(found, `${e.code} in ${JSON.stringify(out.issues, null, 1)}`).not.toHaveLength(0);
    const hit =
      found.find(
        (i) =>
          i.sheet === e.sheet &&
          (e.cell === undefined || i.cell === e.cell) &&
          (e.row === undefined || i.row === e.row),
      ) ?? found[0];
    expect(hit.severity).toBe(e.severity);
    expect(hit.sheet).toBe(e.sheet);
    if (e.cell !== undefined) expect(hit.cell).toBe(e.cell);
    if (e.row !== undefined) expect(hit.row).toBe(e.row);
    if (e.says) expect(`${hit.message} ${hit.suggestion ?? ''}`).toContain(e.says);
    expect(hit.message.length).toBeGreaterThan(5);
    expect(run.status).toBe(c.exit);
    expect(out.valid).toBe(c.exit === 0);
  });
});

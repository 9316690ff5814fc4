/**
 * The bad-workbook corpus (scripts/corpus/cases.ts, files in tests/fixtures-bad/): each case
 * runs `ponam validate --format json` through the built binary and must report its issue code at
 * the expected file, sheet and cell (or row), with the expected exit code and no stack trace.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CASES, PLAN } from '../../scripts/corpus/cases.js';
import { ISSUE_CODES } from '../../src/model/issues.js';
import { ponam, REPO, STACK, type ValidateJson } from './helpers.js';

// Each case spawns the binary; a loaded machine needs more than 5 s.
vi.setConfig({ testTimeout: 60_000 });

describe('the bad-workbook corpus', () => {
  it('holds a case for every issue code ponam has (the list is the code’s own)', () => {
    const codes = new Set(CASES.map((c) => c.expect.code));
    // file-unreadable is what a damaged part gives: the fuzz (fuzz.test.ts) and the reader's own
    // tests (tests/reader/) make it; a corpus file would have to be damaged by hand.
    const elsewhere = new Set(['file-unreadable']);
    const missing = ISSUE_CODES.filter((code) => !codes.has(code) && !elsewhere.has(code));
    expect(missing).toEqual([]);
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

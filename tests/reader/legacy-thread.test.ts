/**
 * The thread that reads .xls and .ods (src/workbook/sheetjs.ts): past its time limit it is
 * stopped, past its heap it dies alone, and either way the file gets `read-limit` while the run
 * goes on — the next file is read by a new thread. No real file makes SheetJS loop for ever, so
 * the limits are tried here with tiny values. The thread runs the built JavaScript (`npm test`
 * builds first): from the TypeScript sources the parsing runs in this thread, without limits.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

type Module = typeof import('../../src/workbook/sheetjs.js');
type Errors = typeof import('../../src/workbook/read-errors.js');

const DIST = join(REPO, 'dist', 'workbook');
const load = async () => ({
  thread: (await import(pathToFileURL(join(DIST, 'sheetjs.js')).href)) as Module,
  errors: (await import(pathToFileURL(join(DIST, 'read-errors.js')).href)) as Errors,
});

const request = (file: string, format: 'xls' | 'ods') => ({
  path: join(REPO, 'tests', 'fixtures-formats', file),
  format,
  maxRows: 1_048_576,
  maxUncompressedBytes: 2 ** 31,
  maxCells: 10_000_000,
  namesOnly: false,
});

describe('the reading thread of legacy workbooks', () => {
  it('is built (npm test builds first)', () => {
    expect(existsSync(join(DIST, 'sheetjs-worker.js'))).toBe(true);
  });

  it('stops a reading past its time limit with read-limit (time), then reads the next file', async () => {
    const { thread, errors } = await load();
    const reader = new thread.LegacyThread(thread.HEAP_MB);
    const stopped = await reader.read(request('long/valeurs.xls', 'xls'), 1).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(errors.ReadLimit);
    expect((stopped as InstanceType<Errors['ReadLimit']>).what).toBe('time');
    const sheets = await reader.read(request('long/valeurs.xls', 'xls'), 120_000);
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([['Valeurs', 17]]);
  });

  it('ends a reading past its heap with read-limit (memory), the run untouched', async () => {
    const { thread, errors } = await load();
    const reader = new thread.LegacyThread(8);
    const died = await reader.read(request('long/valeurs.ods', 'ods'), 120_000).catch((e: unknown) => e);
    expect(died).toBeInstanceOf(errors.ReadLimit);
    expect(died).toMatchObject({ what: 'memory', limit: 8 });
  });

  it('gives the time limit of a file from its size: 30 s, plus 5 s per MB of .xls, 30 s per MB of .ods', async () => {
    const { thread } = await load();
    expect(thread.timeLimitMs('xls', 0)).toBe(30_000);
    expect(thread.timeLimitMs('xls', 2 * 1024 * 1024)).toBe(40_000);
    expect(thread.timeLimitMs('ods', 2 * 1024 * 1024)).toBe(90_000);
  });
});

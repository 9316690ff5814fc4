/**
 * Each input file is opened once per run (docs/validate.md, *Inputs*): its classification (the
 * sheet names: a plan, ponam's own annex, a recommendations workbook or a report), the look at its
 * format, its reading and its SHA-256 share one read of its bytes. Counted by wrapping every way
 * node:fs opens a file by path, for `report` (with `--out` inside the data folder, where ponam's
 * annex of an earlier run sits) and for `validate` (which classifies by content), in-process.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const opened = vi.hoisted(() => ({ paths: [] as string[] }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const note = (p: unknown) => {
    if (typeof p === 'string') opened.paths.push(p);
  };
  const wrapped = {
    ...fs,
    openSync: ((p: string, ...rest: never[]) => {
      note(p);
      return (fs.openSync as (...a: unknown[]) => number)(p, ...rest);
    }) as typeof fs.openSync,
    readFileSync: ((p: string, ...rest: never[]) => {
      note(p);
      return (fs.readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.readFileSync,
    createReadStream: ((p: string, ...rest: never[]) => {
      note(p);
      return (fs.createReadStream as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.createReadStream,
  };
  return { ...wrapped, default: wrapped };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const fsp = await importOriginal<typeof import('node:fs/promises')>();
  const wrapped = {
    ...fsp,
    open: ((p: string, ...rest: never[]) => {
      if (typeof p === 'string') opened.paths.push(p);
      return (fsp.open as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fsp.open,
    readFile: ((p: string, ...rest: never[]) => {
      if (typeof p === 'string') opened.paths.push(p);
      return (fsp.readFile as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fsp.readFile,
  };
  return { ...wrapped, default: wrapped };
});

const { runReport } = await import('../../src/core/report.js');
const { runValidation } = await import('../../src/core/validation.js');
const { DEFAULT_LIMITS } = await import('../../src/workbook/open.js');

const REPO = resolve(import.meta.dirname, '..', '..');
const root = mkdtempSync(join(tmpdir(), 'ponam-open-once-'));
const data = join(root, 'data');
cpSync(join(REPO, 'fixtures', 'ponam-2020-2024', 'data'), data, { recursive: true });
cpSync(join(REPO, 'fixtures', 'ponam-2020-2024', 'plan.xlsx'), join(root, 'plan.xlsx'));
// A copy of the plan kept among the data, and ponam's annex of an earlier run in the output folder.
cpSync(join(REPO, 'tests', 'fixtures-bad', 'plan-in-data.xlsx'), join(data, 'copie-du-plan.xlsx'));
mkdirSync(join(data, 'rapport'));
cpSync(join(REPO, 'tests', 'fixtures-bad', 'own-output.xlsx'), join(data, 'rapport', 'annexe.xlsx'));
writeFileSync(join(data, 'notes.txt'), 'pas un classeur');

const workbooks = [
  join(root, 'plan.xlsx'),
  ...readdirSync(data, { recursive: true })
    .map((name) => join(data, String(name)))
    .filter((p) => p.endsWith('.xlsx')),
];

/** How many times each workbook of the fixture folder was opened. */
function opensOfWorkbooks(): Map<string, number> {
  const count = new Map(workbooks.map((w) => [w, 0]));
  for (const p of opened.paths) {
    const key = resolve(p);
    if (count.has(key)) count.set(key, (count.get(key) as number) + 1);
  }
  return count;
}

beforeEach(() => {
  opened.paths.length = 0;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('each input file is opened once', () => {
  it('by report, --out inside the data folder beside an earlier annex', async () => {
    // The demo's 97 reports, a copy of the plan, the annex: 99 workbooks in the data, and the plan.
    expect(workbooks.length).toBe(100);
    const result = await runReport({
      plan: join(root, 'plan.xlsx'),
      data: [data],
      tool: { name: 'ponam', version: 'test' },
      strict: false,
      review: { kind: 'monitoring', analysisFolder: null, recommendations: [] },
      render: {
        formats: ['json'],
        out: join(data, 'rapport'),
        pdfTimeoutMs: 1000,
        signal: new AbortController().signal,
        messagesLang: 'fr',
      },
    });
    expect(result.kind).toBe('written');
    if (result.kind !== 'written') return;
    // The copy of the plan and the annex were recognised by their sheets, not read as reports.
    const codes = result.issues.map((i) => `${i.code} ${i.file}`);
    expect(codes.some((c) => c.startsWith('plan-in-data') && c.endsWith('copie-du-plan.xlsx'))).toBe(true);
    expect(codes.some((c) => c.startsWith('own-output') && c.endsWith('annexe.xlsx'))).toBe(true);
    const counts = opensOfWorkbooks();
    expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('by validate, which tells the plan from the reports by their sheets', async () => {
    // The plan and the demo's reports in one folder: the plan is found by its sheets.
    const folder = join(root, 'validate');
    cpSync(join(REPO, 'fixtures', 'ponam-2020-2024', 'data'), folder, { recursive: true });
    cpSync(join(REPO, 'fixtures', 'ponam-2020-2024', 'plan.xlsx'), join(folder, 'plan.xlsx'));
    // A CSV values file too: its look before reading and its reading share one read.
    cpSync(join(REPO, 'tests', 'fixtures-formats', 'long', 'valeurs-py-v.csv'), join(folder, 'valeurs.csv'));
    const result = await runValidation({
      paths: [folder],
      lang: 'fr',
      limits: DEFAULT_LIMITS,
      strict: false,
    });
    expect(result.files.find((f) => f.role === 'plan')?.path).toMatch(/validate\/plan\.xlsx$/);
    expect(result.files.filter((f) => f.role === 'data').length).toBe(98);
    const count = new Map(readdirSync(folder).map((name) => [join(folder, name), 0]));
    for (const p of opened.paths) {
      const key = resolve(p);
      if (count.has(key)) count.set(key, (count.get(key) as number) + 1);
    }
    expect(count.size).toBe(99);
    expect([...count].filter(([, n]) => n !== 1)).toEqual([]);
  });
});

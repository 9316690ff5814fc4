/**
 * The README's "Start your own plan" walkthrough (issue 22), run as written in an empty folder
 * through the built binary: its `sh` blocks are the commands, in order, and its tables are what
 * is filled in between them (the plan after `ponam template plan`, the partners' workbooks after
 * `ponam template report`), by openpyxl as a spreadsheet program would. Both are read from
 * README.md itself, so the test breaks as soon as the README drifts from what works.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ponam, REPO, tempDir } from '../helpers/cli.js';
import { PYTHON } from '../template/helpers.js';

vi.setConfig({ testTimeout: 300_000 });

const SECTION = 'Start your own plan';

/** The part of the Markdown tree this test reads (mdast), without a dependency on its types package. */
interface Node {
  type: string;
  value?: string;
  lang?: string | null;
  depth?: number;
  children?: Node[];
}

/** A node's text, its children's joined. */
function text(node: Node): string {
  return node.value ?? (node.children ?? []).map(text).join('');
}

/** The section's commands (`sh` blocks, in order) and tables (header then rows), from README.md. */
function walkthrough(): { blocks: string[][]; tables: string[][][] } {
  const tree: Node = fromMarkdown(readFileSync(join(REPO, 'README.md'), 'utf8'), {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()],
  });
  const children = tree.children ?? [];
  const start = children.findIndex((n) => n.type === 'heading' && n.depth === 2 && text(n) === SECTION);
  expect(start, `README.md has no "## ${SECTION}" section`).toBeGreaterThanOrEqual(0);
  const end = children.findIndex((n, i) => i > start && n.type === 'heading' && (n.depth ?? 9) <= 2);
  const nodes = children.slice(start + 1, end === -1 ? undefined : end);
  const blocks = nodes
    .filter((n) => n.type === 'code' && n.lang === 'sh')
    .map((c) =>
      (c.value ?? '')
        .replace(/\\\n\s*/g, ' ')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#')),
    );
  const tables = nodes
    .filter((n) => n.type === 'table')
    .map((t) => (t.children ?? []).map((row) => (row.children ?? []).map((cell) => text(cell).trim())));
  return { blocks, tables };
}

/** A command line as a shell splits it (quotes only: the README needs no more). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

function optionValue(args: string[], flag: string): string {
  const at = args.indexOf(flag);
  expect(at, `${flag} in ${args.join(' ')}`).toBeGreaterThan(-1);
  return args[at + 1];
}

/** Writes into workbooks with openpyxl, as a person would in a spreadsheet program. */
function python(script: string, spec: unknown): void {
  const r = spawnSync(PYTHON, ['-c', script, JSON.stringify(spec)], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

/** A table cell as typed into a spreadsheet: numbers as numbers, the rest as text. */
const typed = (cell: string): string | number => (/^-?\d+(?:\.\d+)?$/.test(cell) ? Number(cell) : cell);

/** The Plan sheet's keys, then one row per indicator under the Indicateurs header, by column name. */
const FILL_PLAN = `
import json, sys, openpyxl
spec = json.loads(sys.argv[1])
wb = openpyxl.load_workbook(spec['path'])
plan = wb['Plan']
for key, value in spec['settings']:
    row = next(r for r in range(1, plan.max_row + 1) if plan.cell(r, 1).value == key)
    plan.cell(row, 2).value = value
ws = wb['Indicateurs']
columns = {c.value: c.column for c in ws[1] if c.value}
for n, row in enumerate(spec['indicators'], start=2):
    for name, value in row.items():
        ws.cell(n, columns[name]).value = value
wb.save(spec['path'])
`;

/** Each partner's workbook: its values in the Valeur column, its submission date in Rapport. */
const FILL_REPORTS = `
import datetime, json, os, sys, openpyxl
spec = json.loads(sys.argv[1])
filled = 0
for name in sorted(os.listdir(spec['folder'])):
    path = os.path.join(spec['folder'], name)
    wb = openpyxl.load_workbook(path)
    rapport = wb['Rapport']
    keys = {rapport.cell(r, 1).value: r for r in range(1, rapport.max_row + 1)}
    entity = rapport.cell(keys['Entité'], 2).value
    mine = [v for v in spec['values'] if v['Entité'] == entity]
    if not mine:
        continue
    rapport.cell(keys['Date de soumission'], 2).value = datetime.datetime.fromisoformat(mine[0]['Date de soumission'])
    ws = wb['Valeurs']
    columns = {c.value: c.column for c in ws[1] if c.value}
    for v in mine:
        row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, columns['Indicateur']).value == v['Indicateur'])
        ws.cell(row, columns['Valeur']).value = v['Valeur']
        filled += 1
    wb.save(path)
assert filled == len(spec['values']), (filled, spec['values'])
`;

function records(table: string[][]): Record<string, string | number>[] {
  const [header, ...rows] = table;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, typed(row[i] ?? '')])));
}

const scratch: string[] = [];
afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

describe("the README's walkthrough for a new plan, run as written in an empty folder", () => {
  it('goes from a blank plan to a report whose figures are the ones the README states', () => {
    const { blocks, tables } = walkthrough();
    const settings = tables.find((t) => t[0][0] === 'Clé');
    const indicators = tables.find((t) => t[0][0] === 'Code');
    const values = tables.find((t) => t[0][0] === 'Entité');
    expect(settings && indicators && values, 'the Plan, Indicateurs and reports tables').toBeTruthy();
    const commands = blocks.flat();
    expect(commands.length).toBeGreaterThanOrEqual(5);
    expect(commands.every((c) => c.startsWith('ponam '))).toBe(true);

    const dir = tempDir('ponam-readme-');
    scratch.push(dir);
    expect(readdirSync(dir)).toEqual([]);
    let reportOut: string | null = null;
    for (const line of commands) {
      const args = words(line).slice(1);
      const r = ponam(args, { cwd: dir, env: { LANG: 'fr_FR.UTF-8', LC_ALL: '' }, timeout: 120_000 });
      expect(r.code, `${line}\n${r.stdout}\n${r.stderr}`).toBe(0);
      if (args[0] === 'template' && args[1] === 'plan')
        python(FILL_PLAN, {
          path: join(dir, optionValue(args, '--out')),
          settings: (settings as string[][]).slice(1),
          indicators: records(indicators as string[][]),
        });
      if (args[0] === 'template' && args[1] === 'report')
        python(FILL_REPORTS, {
          folder: join(dir, optionValue(args, '--out')),
          values: records(values as string[][]),
        });
      if (args[0] === 'report' && args.includes('--out') && reportOut === null)
        reportOut = optionValue(args, '--out');
    }

    expect(reportOut).not.toBeNull();
    const out = join(dir, reportOut as string);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      period: string;
      plan: { rate: number; status: string };
      indicators: { code: string; actual: number; target: number; rate: number; status: string }[];
    };
    expect(report.period).toBe('2025-T1');
    const figures = Object.fromEntries(
      report.indicators.map((i) => [i.code, [i.actual, i.target, Number(i.rate.toFixed(4)), i.status]]),
    );
    // I1, a flow (somme, annuelle): 60 + 45 = 105 against 400 × 3/12 = 100 → 105 %.
    // I2, a level (dernière, %): 42 against 40 + (50 − 40) × 3/12 = 42.5, by progression
    // (42 − 40) / (42.5 − 40) = 0.8 → on track (≥ 80 %).
    expect(figures).toEqual({ I1: [105, 100, 1.05, 'on-track'], I2: [42, 42.5, 0.8, 'on-track'] });
    // The plan: (min(1.05, 1) + 0.8) / 2 = 0.9.
    expect(Number(report.plan.rate.toFixed(4))).toBe(0.9);
  });
});

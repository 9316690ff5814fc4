/**
 * The acceptance scenario of `ponam validate` (issue 3), on workbooks written here and never seen
 * by the corpus, through the built binary; and the shape of each output format.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ponam, REPO, STACK, type ValidateJson } from './helpers.js';

// Each test spawns the binary, up to four times; a loaded machine needs more than 5 s.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

const PLAN = path.join(REPO, 'fixtures', 'ponam-2020-2024', 'plan.xlsx');
const GOOD = path.join(REPO, 'fixtures', 'ponam-2020-2024', 'data', 'DGME-2022-T4.xlsx');
let dir: string;
let bad: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ponam-validate-'));
  const wb = new ExcelJS.Workbook();
  const rapport = wb.addWorksheet('Rapport');
  rapport.addRows([
    ['Clé', 'Valeur'],
    ['Entité', 'DR Kayes'],
    ['Période', '2022-T3'],
  ]);
  const values = wb.addWorksheet('Valeurs');
  values.addRows([
    ['Indicateur', 'Période', 'Valeur', 'Sexe'],
    ['I1.1.1', '2022-T3', 120, 'H'], // row 2
    ['I1.1.9', '2022-T3', 40, ''], // row 3: unknown code
    ['I1.1.1', '2022-T3', 'douze', 'F'], // row 4: a word where a number belongs
    ['I1.1.1', '2022-T5', 30, ''], // row 5: impossible period
    ['I1.1.1', '2022-T3', 150, 'H'], // row 6: conflicts with row 2
  ]);
  bad = path.join(dir, 'Kayes-2022-T3.xlsx');
  await wb.xlsx.writeFile(bad);
  writeFileSync(path.join(dir, 'empty.xlsx'), '');
  writeFileSync(path.join(dir, 'notes.xlsx'), 'Rapport envoyé par courriel\n');
  const whole = readFileSync(GOOD);
  writeFileSync(path.join(dir, 'truncated.xlsx'), whole.subarray(0, Math.floor(whole.length * 0.6)));
  copyFileSync(GOOD, path.join(dir, 'good.xlsx'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inDir = (name: string) => path.join(dir, name);
const shown = (name: string) => inDir(name).split(path.sep).join('/');

describe('ponam validate, acceptance', () => {
  it('exits 1 on a data workbook with an unknown code, a word for a number, 2022-T5 and conflicting rows, naming each cell', () => {
    const run = ponam(['validate', '--plan', PLAN, bad, '--lang', 'en', '--format', 'json']);
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout) as ValidateJson;
    const at = (code: string) => out.issues.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.cell}`);
    expect(at('unknown-indicator')).toEqual(['Valeurs!A3']);
    expect(at('type-error')).toEqual(['Valeurs!C4']);
    expect(at('invalid-period')).toEqual(['Valeurs!B5']);
    expect(at('conflicting-duplicate')).toEqual(['Valeurs!C6']);
    const conflict = out.issues.find((i) => i.code === 'conflicting-duplicate');
    expect(conflict?.message).toContain('Valeurs › C2');
    expect(out.issues.find((i) => i.code === 'unknown-indicator')?.suggestion).toBe('did you mean I1.1.1?');
    expect(out.issues.every((i) => i.file === shown('Kayes-2022-T3.xlsx'))).toBe(true);
  });

  it('prints each problem with its file, sheet and cell in text, in French by default', () => {
    const run = ponam(['validate', '--plan', PLAN, bad]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(shown('Kayes-2022-T3.xlsx'));
    expect(run.stdout).toMatch(/Valeurs › C4 {2}erreur {2}« douze » n'est pas un nombre/);
    expect(run.stdout).toMatch(/fichiers? vérifiés? : \d+ erreurs?/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it.each([
    ['empty.xlsx', 'file-empty'],
    ['notes.xlsx', 'not-xlsx'],
    ['truncated.xlsx', 'file-truncated'],
  ])('exits 2 on %s, naming the file (%s)', (name, code) => {
    const run = ponam(['validate', '--plan', PLAN, inDir(name), '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain(shown(name));
    expect(run.stdout).toContain(code);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(STACK);
  });

  it('checks every file even when one is unreadable, and exits 2; files are listed in path order', () => {
    const run = ponam([
      'validate',
      '--plan',
      PLAN,
      inDir('empty.xlsx'),
      bad,
      inDir('good.xlsx'),
      '--format',
      'json',
    ]);
    expect(run.status).toBe(2);
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.files.map((f) => [f.path, f.readable, f.valid])).toEqual([
      [path.relative(REPO, PLAN), true, true],
      [shown('Kayes-2022-T3.xlsx'), true, false],
      [shown('empty.xlsx'), false, false],
      [shown('good.xlsx'), true, true],
    ]);
    expect(out.issues.some((i) => i.code === 'type-error')).toBe(true);
  });

  it('exits 0 on valid inputs, and a plan given alone is validated as a plan', () => {
    expect(ponam(['validate', '--plan', PLAN, inDir('good.xlsx')]).status).toBe(0);
    const alone = ponam(['validate', PLAN, '--format', 'json']);
    expect(alone.status).toBe(0);
    const out = JSON.parse(alone.stdout) as ValidateJson;
    expect(out.files).toEqual([expect.objectContaining({ role: 'plan', valid: true })]);
  });

  it('tells the plan from the data when both are given positionally', () => {
    const run = ponam(['validate', PLAN, inDir('good.xlsx'), '--format', 'json']);
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.files.map((f) => f.role)).toEqual(['plan', 'data']);
    expect(run.status).toBe(0);
  });

  it('fails on warnings with --strict and above --max-warnings', () => {
    const warned = path.join(REPO, 'tests', 'fixtures-bad', 'duplicate-header.xlsx');
    const plan = path.join(REPO, 'tests', 'fixtures-bad', 'plan.xlsx');
    expect(ponam(['validate', '--plan', plan, warned]).status).toBe(0);
    expect(ponam(['validate', '--plan', plan, warned, '--strict']).status).toBe(1);
    expect(ponam(['validate', '--plan', plan, warned, '--max-warnings', '0']).status).toBe(1);
    expect(ponam(['validate', '--plan', plan, warned, '--max-warnings', '1']).status).toBe(0);
  });

  it('exits 2 on usage errors', () => {
    expect(ponam(['validate']).status).toBe(2);
    expect(ponam(['validate', bad, '--format', 'xml']).status).toBe(2);
    expect(ponam(['validate', bad, '--max-warnings', 'many']).status).toBe(2);
    expect(ponam(['validate', bad, '--bogus']).status).toBe(2);
  });
});

describe('ponam validate, formats', () => {
  it('json: the documented shape', () => {
    const run = ponam([
      'validate',
      '--plan',
      PLAN,
      bad,
      inDir('empty.xlsx'),
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.schemaVersion).toBe('1.1');
    expect(out.valid).toBe(false);
    expect(out.totals.files).toBe(3);
    expect(out.totals.errors).toBe(out.issues.filter((i) => i.severity === 'error').length);
    for (const i of out.issues) {
      expect(Object.keys(i).sort()).toEqual([
        'cell',
        'code',
        'file',
        'message',
        'row',
        'severity',
        'sheet',
        'suggestion',
        'value',
      ]);
    }
    expect(out.issues.find((i) => i.code === 'type-error')?.value).toBe('douze');
  });

  it('junit: well-formed XML, one testsuite per workbook, one failing testcase per error', () => {
    const run = ponam([
      'validate',
      '--plan',
      PLAN,
      bad,
      inDir('good.xlsx'),
      '--format',
      'junit',
      '--lang',
      'en',
    ]);
    expect(run.status).toBe(1);
    const xml = run.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(wellFormed(xml)).toBe(true);
    const suites = [...xml.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/g)];
    expect(suites.map((s) => s[1])).toEqual([
      path.relative(REPO, PLAN),
      shown('Kayes-2022-T3.xlsx'),
      shown('good.xlsx'),
    ]);
    const json = JSON.parse(
      ponam(['validate', '--plan', PLAN, bad, '--format', 'json']).stdout,
    ) as ValidateJson;
    const errors = json.issues.filter((i) => i.severity === 'error').length;
    expect(Number(suites[1][3])).toBe(errors);
    expect((xml.match(/<failure /g) ?? []).length).toBe(errors);
    expect(Number(suites[2][3])).toBe(0);
  });

  it('github: annotation lines with escaped properties, then the full list', () => {
    const run = ponam(['validate', '--plan', PLAN, bad, '--format', 'github', '--lang', 'en']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    expect(annotations.length).toBeGreaterThanOrEqual(4);
    for (const l of annotations) expect(l).toMatch(/^::(error|warning|notice) file=[^,:]+,title=[^,:]+::.+$/);
    expect(annotations.join('\n')).toContain('title=type-error (Valeurs › C4)');
    expect(run.stdout).toContain('Kayes-2022-T3.xlsx\n');
    expect(run.stdout).toMatch(/checked: \d+ errors?/);
  });
});

/** A small well-formedness check: balanced tags, quoted attributes, only the five entities. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    if (m[6]) return false;
    if (m[5] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[5])) return false;
      continue;
    }
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[3])) return false;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else if (!m[4]) stack.push(m[2]);
  }
  return stack.length === 0;
}

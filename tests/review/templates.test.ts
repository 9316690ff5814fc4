/**
 * The review's templates: the Recommandations sheet of `ponam template plan` (read back by the
 * reader, in French and English, with its drop-down and instructions), and `ponam template
 * analyse` through the built binary (the skeleton, a valid report unchanged, never over a file
 * without --force).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/index.js';
import type { Issue } from '../../src/model/issues.js';
import { parseAnalysis } from '../../src/report/analysis.js';
import { markdownText } from '../../src/report/analysis-skeleton.js';
import { buildPlanTemplate } from '../../src/template/plan-template.js';
import { xlsxBytes } from '../../src/template/write-xlsx.js';
import { DEFAULT_VOCABULARY } from '../../src/workbook/aliases.js';
import { normaliseName } from '../../src/workbook/names.js';
import { readRecommendations } from '../../src/workbook/recommendations-reader.js';
import { RECOMMENDATION_COLUMNS, sheetRole } from '../../src/workbook/vocabulary.js';
import { DEMO, ponam, tempDir } from '../helpers/cli.js';
import { flat } from '../report/reports.js';

async function planTemplate(lang: 'fr' | 'en', example: boolean): Promise<string> {
  const file = path.join(tempDir(), `plan-${lang}.xlsx`);
  writeFileSync(file, await xlsxBytes(buildPlanTemplate({ lang, years: { from: 2024, to: 2026 }, example })));
  return file;
}

describe('the Recommandations sheet of ponam template plan', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`(${lang}) names the sheet, columns and statuses as the reader reads them`, () => {
      const r = catalogue(lang).review.templateSheet;
      expect(sheetRole(r.name)).toBe('recommendations');
      const columns = new Map(
        Object.entries(RECOMMENDATION_COLUMNS).flatMap(([k, names]) =>
          names.map((n) => [normaliseName(n), k]),
        ),
      );
      for (const [key, c] of Object.entries(r.columns))
        expect([c.header, columns.get(normaliseName(c.header))]).toEqual([c.header, key]);
      expect(
        r.statuses.map((s) => DEFAULT_VOCABULARY.lists.recommendationStatus.get(normaliseName(s))),
      ).toEqual(['not-started', 'in-progress', 'done', 'abandoned']);
    });

    it(`(${lang}) has a status drop-down, an axis list and its columns on the Instructions sheet; the example reads back`, async () => {
      const file = await planTemplate(lang, true);
      const r = catalogue(lang).review.templateSheet;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet(r.name);
      expect(ws).toBeDefined();
      const status = ws?.getCell('F2').dataValidation;
      expect(status?.type).toBe('list');
      expect(status?.formulae?.[0]).toBe(`"${r.statuses.join(',')}"`);
      expect(ws?.getCell('F400').dataValidation?.type).toBe('list');
      expect(ws?.getCell('C2').dataValidation?.formulae?.[0]).toMatch(/!\$A\$2:\$A\$500$/);
      const instructions: string[] = [];
      wb.getWorksheet(catalogue(lang).template.sheets.instructions)?.eachRow((row) => {
        if (row.getCell(1).value === r.name) instructions.push(String(row.getCell(2).value));
      });
      expect(instructions).toEqual(Object.values(r.columns).map((c) => c.header));
      const issues: Issue[] = [];
      const rows = await readRecommendations(file, 'plan.xlsx', ['A1', 'A2'], lang, issues);
      expect(issues).toEqual([]);
      // The example's deadlines fall in the plan's first year.
      expect(rows?.map((x) => [x.number, x.axis, x.status, x.deadline?.label, x.period])).toEqual([
        ['R1', 'A1', 'in-progress', '2024-S2', null],
        ['R2', 'A2', 'not-started', '2024-T4', null],
      ]);
    });
  }

  it('is empty without --example: no recommendation, no warning (a notice that the sheet is empty)', async () => {
    const issues: Issue[] = [];
    const rows = await readRecommendations(await planTemplate('fr', false), 'plan.xlsx', [], 'fr', issues);
    expect(rows).toEqual([]);
    expect(issues.map((i) => [i.code, i.severity, i.sheet])).toEqual([
      ['no-data', 'info', 'Recommandations'],
    ]);
  });
});

describe('the skeleton’s text', () => {
  it('escapes what Markdown would read otherwise, so a label comes back as written', () => {
    const label = 'Taux *brut* de <b>scolarisation</b> [2022] # _cycle_ | 100 % !';
    const md = `# A1 — ${markdownText(label)}\n\n${markdownText(label)}\n`;
    const { analysis, issues } = parseAnalysis(md, 'analyse.md', [{ code: 'A1', label }]);
    expect(issues).toEqual([]);
    expect(analysis.axes.A1).toEqual([{ paragraph: [{ text: label }] }]);
  });
});

describe('ponam template analyse', () => {
  const demo = ['--plan', path.join(DEMO, 'plan.xlsx'), '--data', path.join(DEMO, 'data')];

  it('writes the skeleton: every heading, each axis with its computed findings, the rest as notes', () => {
    const dir = tempDir();
    const out = path.join(dir, 'analyse.md');
    const r = ponam(['template', 'analyse', ...demo, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const md = flat(readFileSync(out, 'utf8'));
    const headings = [...md.matchAll(/^# (.+)$/gm)].map((m) => m[1]);
    expect(headings[0]).toBe('Contexte');
    expect(headings[1]).toBe('Méthodologie');
    expect(headings.slice(2, 10).map((h) => h.split(' ')[0])).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
    ]);
    expect(headings.slice(10)).toEqual(['Conclusions', 'Leçons apprises']);
    // A6 (32,3 %, critical in the demo at 2022-T4) with its four indicators in difficulty, worst first,
    // in the key findings' own words.
    const a6 = md.slice(md.indexOf('# A6'), md.indexOf('# A7'));
    expect(a6).toContain('Taux de réalisation : 32,3 % (Critique)');
    expect(a6).toContain(
      '- 4 indicateurs sont critiques ou en retard, du plus éloigné de sa cible au plus proche :',
    );
    expect(a6).toMatch(/ {2}- I6\.1\.2 .* — 25 % ○ Critique/);
    // A4 has the indicator never reported.
    expect(md.slice(md.indexOf('# A4'), md.indexOf('# A5'))).toContain(
      '- 1 indicateur n’a encore jamais été renseigné :',
    );
  });

  it('gives, unchanged, a report without a warning (--strict), the axes showing their findings', () => {
    const dir = tempDir();
    expect(
      ponam(['template', 'analyse', ...demo, '--out', path.join(dir, 'analyse.md')], { cwd: dir }).code,
    ).toBe(0);
    // Run where it was written: the report finds analyse.md in the folder it runs from.
    const r = ponam(
      ['report', ...demo, '--strict', '--format', 'json,html', '--out', path.join(dir, 'out')],
      {
        cwd: dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(json.quality.issues.filter((i: Issue) => i.severity !== 'info')).toEqual([]);
    expect(json.analysis.sections).toEqual({});
    expect(Object.keys(json.analysis.axes)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(json.sources.find((s: { role: string }) => s.role === 'analysis')?.path).toBe('analyse.md');
  });

  it('in English, with English headings the report knows', () => {
    const out = path.join(tempDir(), 'analysis.md');
    expect(ponam(['template', 'analyse', ...demo, '--out', out, '--lang', 'en']).code).toBe(0);
    const headings = [...readFileSync(out, 'utf8').matchAll(/^# (.+)$/gm)].map((m) => m[1]);
    expect([headings[0], headings[1], ...headings.slice(-2)]).toEqual([
      'Context',
      'Methodology',
      'Conclusions',
      'Lessons learned',
    ]);
  });

  it('never replaces an analysis without --force (exit 2, nothing written), and replaces it with it', () => {
    const out = path.join(tempDir(), 'analyse.md');
    writeFileSync(out, '# Contexte\n\nMon texte.\n');
    const refused = ponam(['template', 'analyse', ...demo, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('existe déjà : ponam ne remplace pas une analyse existante');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('# Contexte\n\nMon texte.\n');
    expect(ponam(['template', 'analyse', ...demo, '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('# A1');
  });

  it('asks for the plan and the data like report does', () => {
    const r = ponam(['template', 'analyse', '--out', path.join(tempDir(), 'a.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--plan');
    expect(existsSync(path.join(tempDir(), 'a.md'))).toBe(false);
  });
});

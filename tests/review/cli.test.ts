/**
 * The review's command-line contract, through the built binary: `--kind` and its refusals,
 * a missing `--analysis`, a prepared folder whose configuration gives the kind, the cover and the
 * recommendations while `analyse.md` lies beside it, and `validate` on an analysis and on
 * recommendations workbooks (their roles in the JSON).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO, ponam, tempDir } from '../helpers/cli.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures-review');

describe('ponam report --kind and --analysis', () => {
  it('refuses a kind it does not know, saying which it knows (exit 2, nothing written)', () => {
    const out = path.join(tempDir(), 'out');
    const r = ponam(['demo', '--kind', 'évaluation', '--out', out, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "--kind: 'évaluation' is not accepted; expected monitoring or review (also suivi or revue)",
    );
  });

  it('refuses an analysis that does not exist before reading anything (exit 2)', () => {
    const r = ponam(['demo', '--analysis', 'nulle-part.md', '--out', path.join(tempDir(), 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('analyse introuvable : nulle-part.md');
    expect(r.stderr).toContain('ponam template analyse');
  });

  it('refuses an output folder holding the analysis or a recommendations workbook', () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, 'analyse.md'), path.join(dir, 'analyse.md'));
    const r = ponam(['demo', '--analysis', path.join(dir, 'analyse.md'), '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ponam n’écrit jamais parmi ses entrées');
  });
});

describe('a prepared folder for the mid-term review', () => {
  it('takes the kind, the cover (institution, author, date) and the recommendations from ponam.config.json, and analyse.md beside it', () => {
    const dir = tempDir();
    cpSync(path.join(FIXTURES, 'analyse.md'), path.join(dir, 'analyse.md'));
    cpSync(path.join(FIXTURES, 'quarterly'), path.join(dir, 'recommandations'), { recursive: true });
    writeFileSync(
      path.join(dir, 'ponam.config.json'),
      JSON.stringify({
        plan: path.join(DEMO, 'plan.xlsx'),
        data: path.join(DEMO, 'data'),
        kind: 'revue',
        recommendations: 'recommandations',
        format: ['json', 'html'],
        out: 'sorties',
        cover: {
          institution: 'Ministère des Maliens de l’extérieur',
          author: 'Cellule de suivi-évaluation',
          date: '2023-03-15',
        },
      }),
    );
    const r = ponam(['report'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'sorties', 'report.json'), 'utf8'));
    expect(json.kind).toBe('review');
    expect(json.cover).toMatchObject({
      institution: 'Ministère des Maliens de l’extérieur',
      author: 'Cellule de suivi-évaluation',
      date: '2023-03-15',
      reportType: 'mid-term',
    });
    // The three quarterly copies give the same follow-up as the one workbook with a Période column.
    expect([
      json.recommendations.count,
      json.recommendations.overdue,
      json.recommendations.changes.length,
    ]).toEqual([5, 2, 1]);
    expect(Object.keys(json.analysis.sections)).toEqual(['context', 'methodology', 'conclusions', 'lessons']);
    const html = readFileSync(path.join(dir, 'sorties', 'report.html'), 'utf8');
    expect(html).toContain('<p class="institution">Ministère des Maliens de l’extérieur</p>');
    expect(html).toMatch(/<dt>Date du rapport<\/dt><dd><span class="v fig">15 mars 2023<\/span>/);
    expect(html).toContain('Revue à mi-parcours');
  });

  it('reads recommendations workbooks found among the data as the follow-up, never as reports', () => {
    const dir = tempDir();
    cpSync(path.join(DEMO, 'data'), path.join(dir, 'data'), { recursive: true });
    cpSync(path.join(FIXTURES, 'recommandations.xlsx'), path.join(dir, 'data', 'recommandations.xlsx'));
    const r = ponam([
      'report',
      '--plan',
      path.join(DEMO, 'plan.xlsx'),
      '--data',
      path.join(dir, 'data'),
      '--format',
      'json',
      '--out',
      path.join(dir, 'out'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(path.join(dir, 'out', 'report.json'), 'utf8'));
    expect(json.recommendations.count).toBe(5);
    expect(json.sources.filter((s: { role: string }) => s.role === 'recommendations')).toHaveLength(1);
  });
});

describe('ponam validate on the review’s inputs', () => {
  it('checks an analysis against the plan and recommendations workbooks, each with its role', () => {
    const r = ponam([
      'validate',
      '--format',
      'json',
      '--plan',
      path.join(DEMO, 'plan.xlsx'),
      path.join(FIXTURES, 'analyse.md'),
      path.join(FIXTURES, 'quarterly'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { files: { path: string; role: string }[]; issues: unknown[] };
    // The plan, the workbooks, then the analyses.
    expect(out.files.map((f) => [path.basename(f.path), f.role])).toEqual([
      ['plan.xlsx', 'plan'],
      ['recommandations-2022-T2.xlsx', 'recommendations'],
      ['recommandations-2022-T3.xlsx', 'recommendations'],
      ['recommandations-2022-T4.xlsx', 'recommendations'],
      ['analyse.md', 'analysis'],
    ]);
    expect(out.issues).toEqual([]);
  });

  it('says a missing analysis is not found, as for a workbook (exit 2)', () => {
    const r = ponam(['validate', '--format', 'json', '--lang', 'en', 'nowhere/analyse.md']);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { issues: { code: string; file: string }[] };
    expect(out.issues.map((i) => [i.code, i.file])).toEqual([['file-not-found', 'nowhere/analyse.md']]);
  });
});

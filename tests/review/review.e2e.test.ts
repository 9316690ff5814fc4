/**
 * Acceptance of issue 24, through the built binary as an officer runs it, on the demo with the
 * review's test inputs (tests/fixtures-review/: analyse.md with every heading kind, a table, a
 * list and a raw <script> line; recommandations.xlsx, eight rows across three quarters, written
 * by make_review_fixtures.py):
 *
 *   ponam demo --kind revue --analysis analyse.md --recommendations recommandations.xlsx \
 *     --format html,pdf,docx,xlsx,json
 *
 * Each format carries the officer's text where the review puts it, the <script> line as text,
 * the recommendation counts (5 followed: 1 non entamée, 2 en cours, 1 réalisée, 1 abandonnée),
 * the two overdue (R1, R2) and the one change since 2022-T3 (R4). The Word document is read
 * through LibreOffice's PDF (soffice --headless --convert-to pdf, then pdftotext). The monitoring
 * report (the default) places the same text in its own order.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ponam } from '../helpers/cli.js';
import { skipWithout } from '../helpers/tools.js';
import { findBrowser, skipWithoutBrowser } from '../pdf/find-browser.js';
import { tableRows, textById } from '../report/html-text.js';
import { flat, pdfPages } from '../report/reports.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures-review');
const INPUTS = [
  '--analysis',
  path.join(FIXTURES, 'analyse.md'),
  '--recommendations',
  path.join(FIXTURES, 'recommandations.xlsx'),
];
const browser = findBrowser();
const noBrowser = skipWithoutBrowser(browser, 'The review’s PDF checks');
const canReadPdf = !skipWithout(['pdftotext'], 'The review’s PDF and Word checks');
const soffice = !skipWithout(['soffice'], 'The review’s Word checks');

/** The script line of analyse.md, as every format must show it: text. */
const SCRIPT = '<script>alert("revue")</script>';

/**
 * What the review says, in its reading order: one marker per part, each a phrase only that part
 * holds (the officer's text, or the part's title).
 */
const REVIEW_ORDER = [
  'Résumé exécutif',
  'Taux de réalisation global du plan',
  // The executive summary ends with the officer's conclusions.
  'Conclusions de l’équipe',
  'Le plan avance à un rythme satisfaisant',
  'Sommaire',
  'saison des pluies',
  SCRIPT,
  'Méthode et limites',
  'Couverture des indicateurs',
  'Démarche de l’équipe',
  'entretiens avec les points focaux',
  'Constats par axe stratégique',
  'Protéger et sécuriser les migrants et leurs familles',
  'un trimestre manquant',
  'Tenir le comité de coordination',
  'Assurer la réinsertion des migrants de retour',
  'trop ambitieuses',
  'Efficacité : atteinte des résultats',
  'Efficience : exécution physique et financière',
  'Leçons apprises',
  'validé avant envoi',
  'Recommandations et suivi de leur mise en œuvre',
  '5 recommandations suivies à T4 2022',
  'Annexe A — Cadre logique',
  'Annexe B — Suivi des indicateurs par période (IPTT)',
  'Annexe C — Qualité des données',
  'Annexe D — Méthodologie',
  'Annexe E — Fichiers sources',
];

/** Each marker found after the one before it (from the second on, after its own first sighting). */
function inOrder(text: string, markers: readonly string[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of markers) {
    const at = text.indexOf(m, from);
    if (at < 0) out.push(`missing or out of order: ${m}`);
    else from = at + m.length;
  }
  return out;
}

/** PDF text on one line per page, spaces plain, so that a phrase broken across lines is found. */
function oneLine(pages: string[]): string {
  return flat(pages.join(' ')).replace(/\s+/g, ' ');
}

interface Run {
  dir: string;
  html: string;
  json: {
    kind: string;
    cover: { reportType: string | null };
    recommendations: { count: number; overdue: number; changes: unknown[]; counts: Record<string, number> };
    sources: { path: string; role: string }[];
  };
}

function run(kind: string, formats: string): Run {
  const dir = mkdtempSync(path.join(tmpdir(), `ponam-review-${kind}-`));
  const r = ponam([
    'demo',
    '--kind',
    kind,
    ...INPUTS,
    '--format',
    formats,
    '--out',
    dir,
    '--quiet',
    ...(browser && formats.includes('pdf') ? ['--browser', browser] : []),
  ]);
  if (r.code !== 0) throw new Error(`ponam demo --kind ${kind} failed (${r.code}):\n${r.stderr}`);
  return {
    dir,
    html: readFileSync(path.join(dir, 'report.html'), 'utf8'),
    json: JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')),
  };
}

describe('the mid-term review of the demo, in every format', () => {
  let review: Run;
  let monitoring: Run;

  beforeAll(() => {
    review = run('revue', `html,json,docx,xlsx${noBrowser ? '' : ',pdf'}`);
    monitoring = run('suivi', 'html,json');
  });

  afterAll(() => {
    for (const r of [review, monitoring]) if (r) rmSync(r.dir, { recursive: true, force: true });
  });

  it('computes the follow-up in the JSON: 5 recommendations, 2 overdue, 1 change; the inputs as sources', () => {
    expect(review.json.kind).toBe('review');
    expect(review.json.cover.reportType).toBe('mid-term');
    expect(review.json.recommendations.count).toBe(5);
    expect(review.json.recommendations.counts).toEqual({
      'not-started': 1,
      'in-progress': 2,
      done: 1,
      abandoned: 1,
    });
    expect(review.json.recommendations.overdue).toBe(2);
    expect(review.json.recommendations.changes).toHaveLength(1);
    expect(review.json.sources.filter((s) => s.role !== 'data').map((s) => s.role)).toEqual([
      'plan',
      'analysis',
      'recommendations',
    ]);
    expect(monitoring.json.kind).toBe('monitoring');
  });

  it('HTML: each part in the review’s order, the officer’s text in its place, the script line as text', () => {
    const sections = [...review.html.matchAll(/<(?:section|nav) id="([^"]+)"/g)].map((m) => m[1]);
    const top = sections.filter((id) => !/-analyse$|^methode-equipe$/.test(id));
    expect(top).toEqual([
      'constats',
      'resume-conclusions',
      'contexte',
      'methode',
      'constats-axes',
      ...Array.from({ length: 8 }, (_, n) => `axe-${n + 1}`),
      'resume',
      'changements',
      'execution',
      'conclusions',
      'lecons',
      'recommandations',
      'annexe-cadre-logique',
      'iptt',
      'qualite',
      'methodologie',
      'sources',
    ]);
    // The officer's analysis of an axis sits in that axis's section, under its figures.
    const a1 = textById(review.html, 'axe-1');
    expect(a1.indexOf('Analyse')).toBeGreaterThan(a1.indexOf('Indicateurs de l’axe A1'));
    expect(a1).toContain('la coordination reste le point faible');
    expect(textById(review.html, 'axe-3')).toContain('trop ambitieuses');
    expect(textById(review.html, 'axe-2')).not.toContain('Analyse');
    // The raw HTML of the file is text: escaped, never an element.
    expect(review.html).toContain('&lt;script&gt;alert(&quot;revue&quot;)&lt;/script&gt;');
    expect(review.html).not.toMatch(/<script/i);
    expect(textById(review.html, 'contexte')).toContain(SCRIPT);
    // Markdown laid out: a list, a table with its alignment, a link to the web.
    expect(textById(review.html, 'methode-equipe')).toContain('deux missions de terrain');
    expect(review.html).toMatch(/<th scope="col" class="align-right">Rapports reçus<\/th>/);
    expect(review.html).toContain('<a href="https://example.org/atelier-2022">le compte rendu</a>');
  });

  it('HTML: the recommendations’ counts, the two overdue, the change since T3 2022', () => {
    const text = textById(review.html, 'recommandations');
    expect(text).toContain(
      '5 recommandations suivies à T4 2022 : 1 non entamée, 2 en cours, 1 réalisée, 1 abandonnée ; 2 en retard sur leur échéance.',
    );
    expect(tableRows(review.html, 'recommandations-statuts')).toEqual([
      ['Statut', 'À T4 2022', 'À T3 2022'],
      ['non entamée', '1', '2'],
      ['en cours', '2', '1'],
      ['réalisée', '1', '1'],
      ['abandonnée', '1', '1'],
      ['Total', '5', '5'],
    ]);
    const overdue = tableRows(review.html, 'recommandations-retard').slice(1);
    expect(overdue.map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ['R1', 'A1', 'T3 2022 dépassée', 'en cours'],
      ['R2', 'A3', '30/09/2022 dépassée', 'non entamée'],
    ]);
    expect(text).toContain('Depuis T3 2022 : 1 changement.');
    expect(
      tableRows(review.html, 'recommandations-changements')
        .slice(1)
        .map((r) => [r[0], r[2], r[3]]),
    ).toEqual([['R4', 'non entamée', 'en cours']]);
    // Each recommendation is linked to its axis's section.
    expect(review.html).toMatch(/<a class="v" href="#axe-1">A1<\/a>/);
  });

  it('HTML of the monitoring report: the same text, in the quarterly report’s order', () => {
    const ids = [...monitoring.html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    const order = [
      'constats',
      'contexte',
      'resume',
      'axe-1',
      'execution',
      'conclusions',
      'lecons',
      'recommandations',
      'qualite',
      'methodologie',
      'methodologie-equipe',
      'sources',
    ];
    expect(order.map((id) => ids.indexOf(id))).toEqual(
      [...order.map((id) => ids.indexOf(id))].sort((a, b) => a - b),
    );
    expect(order.every((id) => ids.includes(id))).toBe(true);
    // No review-only part, and the monitoring titles.
    for (const id of ['methode', 'constats-axes', 'annexe-cadre-logique', 'resume-conclusions'])
      expect(ids).not.toContain(id);
    expect(textById(monitoring.html, 'methodologie-equipe')).toContain('entretiens avec les points focaux');
    expect(textById(monitoring.html, 'recommandations')).toContain('Suivi des recommandations');
    expect(monitoring.html).not.toMatch(/<script/i);
  });

  it.skipIf(noBrowser || !canReadPdf)(
    'PDF: every part in order, the text in place, the script line as text',
    () => {
      const pages = pdfPages(path.join(review.dir, 'report.pdf'));
      const text = oneLine(pages);
      expect(inOrder(text, REVIEW_ORDER)).toEqual([]);
      expect(text).toContain('R1 Mettre en place un mécanisme de coordination');
      // The overdue ones, each with its passed deadline.
      const overdue = text.slice(text.indexOf('Recommandations en retard sur leur échéance'));
      expect(overdue).toMatch(/R1 .*T3 2022 .*dépassée/);
      expect(overdue).toMatch(/R2 .*30\/09\/2022 .*dépassée/);
    },
  );

  it.skipIf(!soffice || !canReadPdf)(
    'Word: the same parts in the same order, read through LibreOffice’s PDF',
    () => {
      const work = mkdtempSync(path.join(tmpdir(), 'ponam-review-docx-'));
      try {
        const outdir = path.join(work, 'pdf');
        mkdirSync(outdir);
        const r = spawnSync(
          'soffice',
          [
            `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            outdir,
            path.join(review.dir, 'report.docx'),
          ],
          { encoding: 'utf8', timeout: 240_000 },
        );
        expect(r.status, r.stderr).toBe(0);
        const text = oneLine(pdfPages(path.join(outdir, 'report.pdf')));
        // Word's contents field is filled in by Word itself: the contents are only a heading here.
        expect(
          inOrder(
            text,
            REVIEW_ORDER.filter((m) => m !== 'Sommaire'),
          ),
        ).toEqual([]);
        expect(text).toContain(
          '5 recommandations suivies à T4 2022 : 1 non entamée, 2 en cours, 1 réalisée, 1 abandonnée ; 2 en retard sur leur échéance.',
        );
        expect(text).toMatch(/R2 .*30\/09\/2022 .*dépassée/);
        expect(text).toContain('Depuis T3 2022 : 1 changement.');
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );

  it('xlsx annex: a Recommandations sheet, an Analyse sheet with each section’s text, the counts in Résumé', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(review.dir, 'annexe.xlsx'));
    const rows = (name: string) => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name} in ${wb.worksheets.map((w) => w.name).join(', ')}`);
      const out: (string | number | null)[][] = [];
      ws.eachRow((row) => out.push((row.values as (string | number | null)[]).slice(1)));
      return out;
    };
    const recs = rows('Recommandations');
    expect(recs[0].slice(0, 9)).toEqual([
      'N°',
      'Recommandation',
      'Axe',
      'Responsable',
      'Échéance',
      'Statut',
      'En retard',
      'Statut précédent',
      'Changement',
    ]);
    expect(recs.slice(1).map((r) => [r[0], r[5], r[6], r[7], r[8] ?? null])).toEqual([
      ['R1', 'en cours', 'oui', 'en cours', null],
      ['R2', 'non entamée', 'oui', 'non entamée', null],
      ['R3', 'réalisée', 'non', 'réalisée', null],
      ['R4', 'en cours', 'non', 'non entamée', 'statut changé'],
      ['R5', 'abandonnée', 'non', 'abandonnée', null],
    ]);
    const analysis = rows('Analyse');
    const bySection = (s: string) => analysis.filter((r) => r[0] === s).map((r) => r[1]);
    expect(bySection('Contexte')).toContain(SCRIPT);
    expect(bySection('Méthodologie')).toContain('• deux missions de terrain, à Gao et à Kayes ;');
    expect(bySection('A1 — Protéger et sécuriser les migrants et leurs familles')).toContain(
      'DGME | 11 | un trimestre manquant',
    );
    expect(bySection('Conclusions').join(' ')).toContain('rythme satisfaisant');
    expect(bySection('Leçons apprises')[0]).toMatch(/^> Un classeur par partenaire/);
    const summary = new Map(rows('Résumé').map((r) => [r[0], r[1]]));
    expect(summary.get('Recommandations suivies')).toBe(5);
    expect(summary.get('Recommandations en retard')).toBe(2);
  });
});

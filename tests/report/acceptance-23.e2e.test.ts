/**
 * Issue 23's acceptance on the demo at 2022-T4 (`ponam demo --period 2022-T4`), in every format
 * a reader opens — HTML, PDF (its text, pdftotext), Word (its XML's text) and the xlsx annex:
 *
 * - I1.1.1, a flow (`somme`) with yearly targets 3 500 (2020), 4 000 (2021) and 4 500 (2022):
 *   its target at P is T_2022 = 3 500 + 4 000 + 4 500 = 12 000, cumulated since 2020 and shown
 *   as such; the plan's own target for 2022, 4 500, stands under it; its actual is 10 500 since
 *   2020, of which 4 285 in 2022 (10 500 less the 6 215 cumulated at 2021-T4, the JSON's trend)
 *   and 1 243 in 2022-T4 (10 500 − 9 257 at 2022-T3): 4 285 / 4 500 = 95,2 % for the year; its
 *   progress towards the final target is 10 500 / 21 000 = 50 %, at 36 of the plan's 60 months
 *   (2020-2024), 60 % of its time.
 * - I2.1.2, agreements in force (`max`, baseline 3): 5 at 2022-T3 and 5 at 2022-T4; its target
 *   went from 4 + (5 − 4) × 9/12 = 4,75 (pro-rated) to 5, so its rate from (5 − 3) / (4,75 − 3) =
 *   114,3 % to (5 − 3) / (5 − 3) = 100 %: −14,3 points with the actual unchanged, and the report
 *   says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables as docxTables, norm, parts } from '../docx/read-docx.js';
import { ponam } from '../helpers/cli.js';
import { skipWithout } from '../helpers/tools.js';
import { readWorkbook } from '../helpers/xlsx-read.js';
import { findBrowser, skipWithoutBrowser } from '../pdf/find-browser.js';
import { tables as htmlTables } from './html-text.js';
import { flat } from './reports.js';

const browser = findBrowser();
const skipPdf = skipWithoutBrowser(browser, 'Issue 23 PDF acceptance');
const poppler = !skipWithout(['pdftotext'], 'Issue 23 PDF acceptance');
const openpyxl = !skipWithout(['openpyxl'], 'Issue 23 annex acceptance');

/** What I1.1.1's row must say, cell by cell (target, actual, rate, progress towards the final target). */
const I111 = {
  target: '12 000 cumulée 2020-2022 2022 : 4 500',
  actual: '10 500 cumulé 2020-2022 2022 : 4 285 T4 2022 : 1 243',
  rate: '87,5 % 2022 : 95,2 %',
  final: '50 % finale 21 000',
};
const I212_CHANGE = '−14,3 pts réalisé inchangé (5) seule la cible a bougé : 4,75 au prorata → 5';
const FINAL_HEADER = 'Vers la cible finale à 60 % du temps';

let out: string;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'ponam-23-'));
  const formats = skipPdf ? 'json,html,docx,xlsx' : 'json,html,docx,xlsx,pdf';
  const r = ponam([
    'demo',
    '--period',
    '2022-T4',
    '--format',
    formats,
    '--out',
    out,
    '--quiet',
    ...(browser ? ['--browser', browser] : []),
  ]);
  if (r.code !== 0) throw new Error(`ponam demo failed (${r.code}):\n${r.stderr}`);
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('the demo’s report.json', () => {
  it('carries the figures the report shows, as computed by hand', () => {
    const m = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    const byCode = (code: string) => m.indicators.find((i: { code: string }) => i.code === code);
    const i111 = byCode('I1.1.1');
    const trend = (p: string) => i111.trend.find((t: { period: string }) => t.period === p).actual;
    expect([i111.target, i111.actual, i111.finalTarget, i111.rateFinal]).toEqual([12000, 10500, 21000, 0.5]);
    expect(i111.year).toEqual({ year: 2022, actual: 4285, target: 4500, rate: 4285 / 4500 });
    expect(i111.year.actual).toBe(trend('2022-T4') - trend('2021-T4'));
    expect(i111.periodActual).toBe(trend('2022-T4') - trend('2022-T3'));
    expect(m.plan.timeElapsed).toBe(0.6);
    const i212 = byCode('I2.1.2');
    expect(i212.previous).toMatchObject({ actual: 5, target: 4.75, targetSource: 'prorated' });
    expect(i212.change).toMatchObject({ actual: 0, target: 0.25, moved: 'target' });
    expect(i212.change.rate).toBeCloseTo(1 - 2 / 1.75, 12);
  });
});

describe('the demo’s HTML', () => {
  it('labels I1.1.1’s cumulated target as such, with the plan’s 2022 target, the year’s actual and 50 % of the final target', () => {
    const axis =
      htmlTables(readFileSync(path.join(out, 'report.html'), 'utf8')).get('axe-1-indicateurs') ?? [];
    const header = axis[0];
    const row = axis.find((r) => r[0] === 'I1.1.1') ?? [];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Cible')).toBe(I111.target);
    expect(cell('Réalisé')).toBe(I111.actual);
    expect(cell('Taux')).toBe(I111.rate);
    expect(cell(FINAL_HEADER)).toBe(I111.final);
  });

  it('says that I2.1.2’s actual did not move, only its target', () => {
    const axis =
      htmlTables(readFileSync(path.join(out, 'report.html'), 'utf8')).get('axe-2-indicateurs') ?? [];
    const row = axis.find((r) => r[0] === 'I2.1.2') ?? [];
    expect(row[axis[0].indexOf('Évolution')]).toBe(I212_CHANGE);
  });
});

describe('the demo’s PDF', () => {
  /** The PDF's text in reading order (pdftotext -raw: cell after cell), one space between words. */
  const raw = () => {
    const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', path.join(out, 'report.pdf'), '-'], {
      encoding: 'utf8',
    });
    return flat(r.stdout).replace(/\s+/g, ' ');
  };

  it.skipIf(skipPdf || !poppler)('prints I1.1.1’s row with what each figure covers', () => {
    const text = raw();
    const at = text.indexOf('I1.1.1 Nombre de migrants en détresse');
    expect(at).toBeGreaterThan(-1);
    const row = text.slice(at, text.indexOf('En bonne voie', at));
    expect(row).toContain([I111.target, I111.actual, I111.rate, I111.final].join(' '));
    expect(text).toContain(FINAL_HEADER);
  });

  it.skipIf(skipPdf || !poppler)('prints I2.1.2’s change with its actual unchanged', () => {
    const text = raw();
    const at = text.indexOf('I2.1.2 Nombre d');
    expect(text.slice(at, text.indexOf('En bonne voie', at))).toContain(I212_CHANGE);
  });
});

describe('the demo’s Word report', () => {
  const axisTable = (caption: string) => {
    const xml = parts(new Uint8Array(readFileSync(path.join(out, 'report.docx'))))['word/document.xml'];
    const rows = docxTables(xml).find((t) => t.caption === caption)?.rows ?? [];
    return rows.map((r) => r.map((c) => flat(norm(c))));
  };

  it('labels I1.1.1’s figures as the HTML does', () => {
    const rows = axisTable('Indicateurs de l’axe A1, par résultat');
    const header = rows[0];
    const row = rows.find((r) => r[0] === 'I1.1.1') ?? [];
    expect(header).toContain(FINAL_HEADER);
    expect([
      row[header.indexOf('Cible')],
      row[header.indexOf('Réalisé')],
      row[header.indexOf('Taux')],
      row[header.indexOf(FINAL_HEADER)],
    ]).toEqual([I111.target, I111.actual, I111.rate, I111.final]);
  });

  it('says that I2.1.2’s actual did not move', () => {
    const rows = axisTable('Indicateurs de l’axe A2, par résultat');
    const row = rows.find((r) => r[0] === 'I2.1.2') ?? [];
    expect(row[rows[0].indexOf('Évolution')]).toBe(I212_CHANGE);
  });
});

describe('the demo’s xlsx annex', () => {
  it.skipIf(!openpyxl)(
    'gives I1.1.1’s cumulated target, the plan’s 2022 target, the year’s actual and the progress, as numbers',
    () => {
      const book = readWorkbook(path.join(out, 'annexe.xlsx'));
      const [header, ...rows] = book.cells.Indicateurs.rows;
      const row = rows.find((r) => r[0] === 'I1.1.1') ?? [];
      const cell = (name: string) => row[header.indexOf(name)];
      expect(cell('Réalisé et cible')).toBe('cumulés 2020-2022');
      expect(cell('Cible à T4 2022')).toBe(12000);
      expect(cell('Cible 2022 (du plan pour l’année)')).toBe(4500);
      expect(cell('Réalisé à T4 2022')).toBe(10500);
      expect(cell('Réalisé 2022')).toBe(4285);
      expect(cell('Réalisé T4 2022 seul')).toBe(1243);
      expect(cell('Taux / cible finale')).toBe(0.5);
      const summary = book.cells.Résumé.rows.find((r) => r[0] === 'Temps écoulé du plan');
      expect(summary?.[1]).toBe(0.6);
    },
  );

  it.skipIf(!openpyxl)('says that I2.1.2’s actual did not move, only its target', () => {
    const [header, ...rows] = readWorkbook(path.join(out, 'annexe.xlsx')).cells.Indicateurs.rows;
    const row = rows.find((r) => r[0] === 'I2.1.2') ?? [];
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('Évolution du taux (points)')).toBe(-14.3);
    expect(cell('Évolution du réalisé')).toBe(0);
    expect(cell('Évolution de la cible')).toBe(0.25);
    expect(cell('Ce qui a bougé')).toBe('la cible seule (réalisé inchangé)');
  });
});

describe('the demo’s annex speaks the report’s language', () => {
  it.skipIf(!openpyxl)('gives a milestone as oui / non, never 1 / 0', () => {
    const [header, ...rows] = readWorkbook(path.join(out, 'annexe.xlsx')).cells.Indicateurs.rows;
    // I1.1.3, a milestone: baseline non (2019), due from 2021, reported oui.
    const row = rows.find((r) => r[0] === 'I1.1.3') ?? [];
    const cell = (name: string) => row[header.indexOf(name)];
    expect([
      cell('Référence'),
      cell('Cible à T4 2022'),
      cell('Cible finale'),
      cell('Réalisé à T4 2022'),
    ]).toEqual(['non', 'oui', 'oui', 'oui']);
  });

  it.skipIf(!openpyxl)(
    'writes the figures inside a sentence in French: a z-score with a decimal comma',
    () => {
      const rows = readWorkbook(path.join(out, 'annexe.xlsx')).cells.Qualité.rows;
      // OIM's 169 for I1.1.1 at 2020-T2, against a median of 570 over its 12 quarters: −3,78 (report.json's score).
      const outlier = rows.find((r) => r[2] === 'I1.1.1' && r[3] === 'OIM' && r[4] === '2020-T2');
      expect(outlier?.[6]).toBe('Médiane 570 · Score z −3,78');
    },
  );
});

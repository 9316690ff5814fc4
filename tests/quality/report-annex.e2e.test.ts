/**
 * End to end through the built binary (`npm test` builds first; this file builds only when dist/
 * is missing): a small plan and four reporting workbooks written here with exceljs, then
 *
 *   node bin/ponam.js report --plan plan.xlsx --data data --period 2022-T2 --format json,html,xlsx --out out
 *
 * Hand-computed execution at P = 2022-T2 (latest status up to P per activity, an activity with
 * no report planned and not done; disbursed summed up to P; the 2022-T3 report is after P):
 *   A1: AC1 (R1, 1 000), AC2 (R1, 3 000), AC3 (own axis A1, 1 000)
 *       AC1 en cours (T1) → réalisée (T2): done; disbursed 400 + 500 = 900
 *       AC2 non démarrée (T1) → en cours (T2): in progress (réalisée in T3, after P); disbursed 900
 *       AC3 abandonnée (T2); disbursed 100
 *       physical = 1 done / 3 planned = 0.3333; financial = (900 + 900 + 100) / 5 000 = 0.38
 *   A2: AC4 (R2, 2 000), AC5 (R2, no budget, never reported)
 *       AC4 réalisée (Gao T2), disbursed 1 500; AC5 not reported
 *       physical = 1 / 2 = 0.5; financial = 1 500 / 2 000 = 0.75 (AC5 gives no budget)
 *   Plan: physical = 2 / 5 = 0.4; financial = 3 400 / 7 000 = 0.4857
 * Completeness, at indicator level: Kayes owes I1 (trimestrielle) for T1 and T2 and reports both;
 *   Gao owes I1 for T1 and T2 and I2 (semestrielle) for S1, and sends a T2 report holding I1 and
 *   I2 (T2 lies within S1) → values 4 of 5 = 0.8. Reports (docs/quality.md, "Reports: one
 *   definition"): each entity reports at the pace of its finest frequency, a semester's values due
 *   in the quarter's report that ends it → Kayes T1, T2 and Gao T1, T2 owed (4); Kayes T1, T2 and
 *   Gao T2 received (3); Gao T1 missing.
 * Timeliness (Délai de soumission 20 days), over those 3 reports: Kayes T1 on 2022-04-10 (deadline
 *   04-20) on time, Kayes T2 on 2022-07-25 (deadline 07-20) 5 days late, Gao T2 on 2022-07-05
 *   (deadline 07-20) on time → 2 on time, 1 late.
 * I1 (nombre, somme, annuelle): target 2022 = 70 000; at 2022-T2 the target is pro-rated:
 *   0 + 6/12 × 70 000 = 35 000 → `35 000` in French, `35,000` in English.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, ponam as runPonam } from '../helpers/cli.js';
import { skipWithout } from '../helpers/tools.js';

const PYTHON = '/usr/bin/python3';
const INJECTED = '=HYPERLINK("http://x","y")';
const TIMEOUT = 120_000;
const OPENPYXL = !skipWithout(['openpyxl'], 'the annex read back by openpyxl');

type Row = (string | number | null)[];

async function workbook(file: string, sheets: Record<string, Row[]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  await wb.xlsx.writeFile(file);
}

async function writeInputs(dir: string): Promise<void> {
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  await workbook(path.join(dir, 'plan.xlsx'), {
    Plan: [
      ['Clé', 'Valeur'],
      ['Code', 'TEST'],
      ['Titre', 'Plan de test'],
      ['Année de début', 2022],
      ['Année de fin', 2023],
      ['Délai de soumission', 20],
    ],
    Axes: [
      ['Code', 'Intitulé'],
      ['A1', 'Protection'],
      ['A2', 'Gouvernance'],
    ],
    Résultats: [
      ['Code', 'Axe', 'Intitulé'],
      ['R1', 'A1', 'Migrants protégés'],
      ['R2', 'A2', 'Cadre renforcé'],
    ],
    Indicateurs: [
      [
        'Code',
        'Axe',
        'Résultat',
        'Intitulé',
        'Unité',
        'Type',
        'Sens',
        'Agrégation',
        'Type de cible',
        'Valeur de référence',
        'Cible 2022',
        'Cible 2023',
        'Fréquence',
        'Responsables',
      ],
      [
        'I1',
        'A1',
        'R1',
        INJECTED,
        'nombre',
        'quantitatif',
        'hausse',
        'somme',
        'annuelle',
        0,
        70000,
        80000,
        'trimestrielle',
        'Kayes; Gao',
      ],
      [
        'I2',
        'A2',
        'R2',
        'Part des dossiers traités',
        '%',
        'quantitatif',
        'hausse',
        'dernière',
        'cumulée',
        20,
        60,
        80,
        'semestrielle',
        'Gao',
      ],
    ],
    Activités: [
      ['Code', 'Résultat', 'Axe', 'Intitulé', 'Budget prévu'],
      ['AC1', 'R1', null, 'Centres d’accueil', 1000],
      ['AC2', 'R1', null, 'Référencement', 3000],
      ['AC3', null, 'A1', 'Campagne', 1000],
      ['AC4', 'R2', null, 'Loi', 2000],
      ['AC5', 'R2', null, 'Décret', null],
    ],
  });
  const report = (entity: string, period: string, date: string, values: Row[], activities: Row[]) => ({
    Rapport: [
      ['Clé', 'Valeur'],
      ['Entité', entity],
      ['Période', period],
      ['Date de soumission', date],
    ],
    Valeurs: [['Indicateur', 'Valeur'], ...values],
    Activités: [['Activité', 'Statut', 'Avancement', 'Montant décaissé'], ...activities],
  });
  const data = (name: string) => path.join(dir, 'data', name);
  await workbook(
    data('Kayes-2022-T1.xlsx'),
    report(
      'Kayes',
      '2022-T1',
      '2022-04-10',
      [['I1', 30]],
      [
        ['AC1', 'en cours', 50, 400],
        ['AC2', 'non démarrée', 0, null],
      ],
    ),
  );
  await workbook(
    data('Kayes-2022-T2.xlsx'),
    report(
      'Kayes',
      '2022-T2',
      '2022-07-25',
      [['I1', 20]],
      [
        ['AC1', 'réalisée', 100, 500],
        ['AC2', 'en cours', 30, 900],
        ['AC3', 'abandonnée', null, 100],
      ],
    ),
  );
  await workbook(
    data('Gao-2022-T2.xlsx'),
    report(
      'Gao',
      '2022-T2',
      '2022-07-05',
      [
        ['I1', 10],
        ['I2', 45],
      ],
      [['AC4', 'réalisée', 100, 1500]],
    ),
  );
  await workbook(
    data('Kayes-2022-T3.xlsx'),
    report('Kayes', '2022-T3', '2022-10-05', [['I1', 25]], [['AC2', 'réalisée', 100, 1000]]),
  );
}

function ponam(args: string[]) {
  const r = runPonam(args, { timeout: TIMEOUT });
  return { ...r, status: r.code };
}

interface Execution {
  planned: number;
  done: number;
  inProgress: number;
  notStarted: number;
  abandoned: number;
  notReported: number;
  physicalRate: number | null;
  budget: number | null;
  disbursed: number;
  financialRate: number | null;
}

let dir = '';

beforeAll(async () => {
  if (!existsSync(path.join(REPO, 'dist', 'cli', 'index.js'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8', timeout: TIMEOUT });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  }
  dir = mkdtempSync(path.join(tmpdir(), 'ponam-quality-'));
  await writeInputs(dir);
}, TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('report with execution, quality and the xlsx annex', () => {
  let model: {
    lang: string;
    plan: { execution: Execution };
    axes: { code: string; execution: Execution }[];
    quality: {
      completeness: {
        expected: number;
        received: number;
        rate: number;
        reportsExpected: number;
        reportsReceived: number;
      };
      timeliness: { onTime: number; late: number; undated: number; rate: number };
    };
    sources: { path: string; sha256: string }[];
  };
  let html = '';
  const out = () => path.join(dir, 'out-fr');

  beforeAll(() => {
    const args = [
      'report',
      '--plan',
      path.join(dir, 'plan.xlsx'),
      '--data',
      path.join(dir, 'data'),
      '--period',
      '2022-T2',
    ];
    const res = ponam([...args, '--format', 'json,html,xlsx', '--out', out(), '--quiet']);
    if (res.status !== 0) throw new Error(`ponam report failed (${res.status}):\n${res.stdout}${res.stderr}`);
    model = JSON.parse(readFileSync(path.join(out(), 'report.json'), 'utf8'));
    html = readFileSync(path.join(out(), 'report.html'), 'utf8');
  }, TIMEOUT);

  it('gives the hand-computed physical and financial execution per axis and for the plan', () => {
    const a1 = model.axes.find((a) => a.code === 'A1')?.execution;
    const a2 = model.axes.find((a) => a.code === 'A2')?.execution;
    expect(a1).toMatchObject({
      planned: 3,
      done: 1,
      inProgress: 1,
      abandoned: 1,
      notStarted: 0,
      notReported: 0,
      budget: 5000,
      disbursed: 1900,
    });
    expect(a1?.physicalRate).toBeCloseTo(1 / 3, 10);
    expect(a1?.financialRate).toBeCloseTo(0.38, 10);
    expect(a2).toMatchObject({ planned: 2, done: 1, notReported: 1, budget: 2000, disbursed: 1500 });
    expect(a2?.physicalRate).toBeCloseTo(0.5, 10);
    expect(a2?.financialRate).toBeCloseTo(0.75, 10);
    expect(model.plan.execution).toMatchObject({ planned: 5, done: 2, budget: 7000, disbursed: 3400 });
    expect(model.plan.execution.physicalRate).toBeCloseTo(0.4, 10);
    expect(model.plan.execution.financialRate).toBeCloseTo(3400 / 7000, 10);
  });

  it('gives the hand-computed completeness and timeliness', () => {
    expect(model.quality.completeness).toMatchObject({
      expected: 5,
      received: 4,
      rate: 0.8,
      reportsExpected: 4,
      reportsReceived: 3,
    });
    expect(model.quality.timeliness).toMatchObject({ onTime: 2, late: 1, undated: 0 });
  });

  it('shows execution and quality in French in the HTML, and every source with the start of its SHA-256', () => {
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Exécution physique et financière');
    expect(html).toContain('Qualité des données');
    // 1 of 3 = 33,3 %; 1 900 / 5 000 = 38 %; thousands with a narrow no-break space.
    const text = html.replace(/[\u202f\u00a0]/g, ' ');
    expect(text).toContain('33,3 %');
    expect(text).toContain('38 %');
    expect(text).toContain('35 000');
    // The page shows each file's first 12 hex digits; the whole SHA-256 is in the JSON and the
    // annex's Sources sheet (docs/report.md, issue 17).
    for (const s of model.sources) {
      expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(html).toContain(s.sha256.slice(0, 12));
      expect(html).not.toContain(s.sha256);
    }
  });

  it.skipIf(!OPENPYXL)('writes an annex with numeric cells and no formula from a label', () => {
    const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "cells": {}}
for ws in wb.worksheets:
    out["cells"][ws.title] = {
        "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
        "rows": [[[c.value, c.data_type, c.number_format] for c in row] for row in ws.iter_rows()],
    }
print(json.dumps(out, default=str))
`;
    const res = spawnSync(PYTHON, ['-c', script, path.join(out(), 'annexe.xlsx')], { encoding: 'utf8' });
    expect(res.status, res.stderr).toBe(0);
    const annex = JSON.parse(res.stdout) as {
      sheets: string[];
      cells: Record<string, { freeze: string; filter: string; rows: [unknown, string, string][][] }>;
    };
    expect(annex.sheets).toEqual([
      'Résumé',
      'Axes',
      'Résultats',
      'Indicateurs',
      'Entités',
      'Activités',
      'Qualité',
      'IPTT',
      'IPTT par période',
      'Sources',
    ]);
    /** A column's letters: 27 is AA. */
    const letters = (n: number): string =>
      (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
    // The header row is frozen everywhere; the IPTT's keep code, axis and label (one row per
    // indicator) or the code (one row per indicator and period) in sight when scrolling sideways.
    const frozen: Record<string, string> = { IPTT: 'D2', 'IPTT par période': 'B2' };
    for (const name of annex.sheets) {
      expect(annex.cells[name].freeze).toBe(frozen[name] ?? 'A2');
      // The filter covers the header and every data row.
      const { rows } = annex.cells[name];
      expect(annex.cells[name].filter).toBe(`A1:${letters(rows[0].length)}${rows.length}`);
    }
    // No cell anywhere is a formula, and the injected label is a quoted string.
    for (const sheet of Object.values(annex.cells)) {
      for (const row of sheet.rows) for (const [, type] of row) expect(type).not.toBe('f');
    }
    const label = annex.cells.Indicateurs.rows[1][3];
    expect(label).toEqual([`'${INJECTED}`, 's', 'General']);
    // Axes: rates as numbers formatted as percentages, counts as numbers.
    const header = annex.cells.Axes.rows[0].map((c) => c[0]);
    const a1 = annex.cells.Axes.rows[1];
    // The execution columns say what they count (issue 23): « Exécution physique (réalisées /
    // échues) », « Exécution financière (budget total) ».
    const column = (start: string) => header.findIndex((h) => String(h).startsWith(start));
    const physical = a1[column('Exécution physique')];
    expect(physical[1]).toBe('n');
    expect(physical[0] as number).toBeCloseTo(1 / 3, 10);
    expect(physical[2]).toBe('0.0%');
    const financial = a1[column('Exécution financière')];
    expect(financial[0] as number).toBeCloseTo(0.38, 10);
    expect(financial[2]).toBe('0.0%');
    expect(a1[header.indexOf('Prévues')]).toEqual([3, 'n', '0']);
    // Sources with their SHA-256.
    const hashes = annex.cells.Sources.rows.slice(1).map((r) => r[2][0]);
    expect(hashes).toEqual(model.sources.map((s) => s.sha256));
  });

  it('writes the whole report in English with --lang en', () => {
    const outEn = path.join(dir, 'out-en');
    const res = ponam([
      'report',
      '--plan',
      path.join(dir, 'plan.xlsx'),
      '--data',
      path.join(dir, 'data'),
      '--period',
      '2022-T2',
      '--format',
      'json,html,xlsx',
      '--out',
      outEn,
      '--quiet',
      '--lang',
      'en',
    ]);
    expect(res.status, res.stderr).toBe(0);
    const en = readFileSync(path.join(outEn, 'report.html'), 'utf8');
    expect(en).toContain('<html lang="en">');
    for (const heading of [
      'Executive summary',
      'Physical and financial execution',
      'Data quality',
      'Methodology annex',
      'Source files',
      'Completeness',
    ]) {
      expect(en).toContain(heading);
    }
    expect(en).toContain('35,000');
    expect(en).toContain('33.3%');
    // No French label of the report's own catalogue slipped in (data labels aside).
    for (const french of [
      'Résumé exécutif',
      'Exécution physique',
      'Qualité des données',
      'Annexe méthodologique',
      'Complétude',
      'n.d.',
    ]) {
      expect(en).not.toContain(french);
    }
    expect(JSON.parse(readFileSync(path.join(outEn, 'report.json'), 'utf8')).lang).toBe('en');
  });
});

/**
 * The IPTT annex (issue 23) in every format, on workbooks written by openpyxl
 * (tests/report/fixtures/make_iptt_workbooks.py), reported at 2022-T3 through the built binary.
 * Every cell of four indicators — a cumulated flow (C1), a level with a sub-year target (L1), a
 * milestone (M1), and a flow with yearly targets (F1) — is checked against the figures worked
 * out by hand below, in report.json, the HTML, the PDF (on landscape pages), the Word report
 * (in a landscape section) and both IPTT sheets of the xlsx annex.
 *
 * Plan 2021-2023, P = 2022-T3; the columns: the plan (final target, actual at P, progress towards
 * the final target), 2021, the quarters of 2022, 2022 (in progress at P), 2023 (to come).
 *
 * F1 nombre, somme, annuelle: 400 (2021), 1 200 (2022), 1 200 (2023), `Cible 2022-T2` = 500.
 *    Not cumulative: each period's own flow against the plan's own target for it.
 *    2021: Kayes 4 × 100 + DNDS's 2021-S2 60 = 460 / 400 = 115 %
 *    T1: Kayes 250 + OIM 50 = 300 / (1 200 × 3/12 = 300, pro-rated) = 100 %
 *    T2: 300 + 100 = 400 / 500 (the plan's column) = 80 %
 *    T3: 200 / 300 (pro-rated) = 66,7 %;  T4: target 300 (pro-rated) alone
 *    2022 so far: 300 + 400 + 200 = 900 / 1 200 = 75 %;  2023: target 1 200 alone
 *    Plan: final 400 + 1 200 + 1 200 = 2 800; actual 460 + 900 = 1 360; 1 360 / 2 800 = 48,6 %
 * C1 nombre, somme, cumulée: 100 (2021), 300 (2022), 500 (2023). Cumulative: running totals.
 *    2021: 60 + 60 = 120 / 100 = 120 %
 *    T1: 160 / (100 + 200 × 3/12 = 150) = 106,7 %;  T2: 160 / 200 = 80 %;  T3: 210 / 250 = 84 %
 *    T4: 300 alone;  2022 so far: 210 / 300 = 70 %;  2023: 500 alone
 *    Plan: final 500; actual 210; 42 %
 * L1 %, dernière, baseline 40: 50 (2021), 70 (2022), 80 (2023), `Cible 2022-T2` = 60.
 *    Its value at each period's end; progression (A − 40) / (T − 40):
 *    2021: 48 / 50 → 8 / 10 = 80 %;  T1: 52 / (50 + 20 × 3/12 = 55) → 12 / 15 = 80 %
 *    T2: 58 / 60 (the plan's column) → 18 / 20 = 90 %;  T3: 61 / (50 + 20 × 9/12 = 65) → 21 / 25 = 84 %
 *    T4: 70 alone;  2022 so far: 61 / 70 → 21 / 30 = 70 %;  2023: 80 alone
 *    Plan: final 80; actual 61; (61 − 40) / (80 − 40) = 52,5 %
 * M1 jalon, due from 2022 (oui in 2022 and 2023, nothing for 2021). Not due until the end of 2022. DNDS: non (2021-T4), oui (2022-T2).
 *    2021: non, no target, no rate;  T1: non / oui = 0 %;  T2, T3: oui = 100 %;  T4: oui alone
 *    2022 so far: oui = 100 %;  2023: oui alone.  Plan: final oui; actual oui; 100 %
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables as docxTables, norm, parts } from '../docx/read-docx.js';
import { ponam, REPO } from '../helpers/cli.js';
import { skipWithout } from '../helpers/tools.js';
import { readWorkbook } from '../helpers/xlsx-read.js';
import { findBrowser, skipWithoutBrowser } from '../pdf/find-browser.js';
import { tables as htmlTables } from './html-text.js';
import { flat, pdfPages } from './reports.js';

const FIXTURE = path.join(REPO, 'tests', 'report', 'fixtures', 'iptt-openpyxl');
const browser = findBrowser();
const skipPdf = skipWithoutBrowser(browser, 'IPTT PDF tests');
const poppler = !skipWithout(['pdftotext', 'pdfinfo'], 'IPTT PDF tests');
const openpyxl = !skipWithout(['openpyxl'], 'IPTT sheets of the annex');

const PERIODS = ['2021', '2022-T1', '2022-T2', '2022-T3', '2022-T4', '2022', '2023'];
type State = 'ended' | 'in-progress' | 'future';
/** A cell by hand: target, whether it is pro-rated, actual, rate, state. */
type HandCell = [number | null, boolean, number | null, number | null, State];

interface Hand {
  axis: string;
  cumulative: boolean;
  /** The plan's column: final target, actual at P, progress towards the final target. */
  plan: [number, number, number];
  cells: HandCell[];
  /** The same as the report prints it, in French: heading, then the rows Cible, Réalisé, %. */
  text: string[][];
}

const E = 'ended';
const G = 'in-progress';
const F = 'future';

const HAND: Record<'F1' | 'C1' | 'L1' | 'M1', Hand> = {
  F1: {
    axis: 'A1',
    cumulative: false,
    plan: [2800, 1360, 1360 / 2800],
    cells: [
      [400, false, 460, 1.15, E],
      [300, true, 300, 1, E],
      [500, false, 400, 0.8, E],
      [300, true, 200, 200 / 300, E],
      [300, true, null, null, F],
      [1200, false, 900, 0.75, G],
      [1200, false, null, null, F],
    ],
    text: [
      ['F1 Migrants assistés non cumulatif (flux de chaque période) · référence 0 (2020) · unité : nombre'],
      [
        'Cible',
        '2 800',
        '400',
        '300 au prorata',
        '500',
        '300 au prorata',
        '300 au prorata',
        '1 200',
        '1 200',
      ],
      ['Réalisé', '1 360 à T3 2022', '460', '300', '400', '200', '', '900 à T3 2022', ''],
      ['%', '48,6 %', '115 %', '100 %', '80 %', '66,7 %', '', '75 %', ''],
    ],
  },
  C1: {
    axis: 'A1',
    cumulative: true,
    plan: [500, 210, 0.42],
    cells: [
      [100, false, 120, 1.2, E],
      [150, true, 160, 160 / 150, E],
      [200, true, 160, 0.8, E],
      [250, true, 210, 0.84, E],
      [300, false, null, null, F],
      [300, false, 210, 0.7, G],
      [500, false, null, null, F],
    ],
    text: [
      ['C1 Personnes formées cumulatif (total depuis 2021) · référence 0 (2020) · unité : nombre'],
      ['Cible', '500', '100', '150 au prorata', '200 au prorata', '250 au prorata', '300', '300', '500'],
      ['Réalisé', '210 à T3 2022', '120', '160', '160', '210', '', '210 à T3 2022', ''],
      ['%', '42 %', '120 %', '106,7 %', '80 %', '84 %', '', '70 %', ''],
    ],
  },
  L1: {
    axis: 'A1',
    cumulative: false,
    plan: [80, 61, 0.525],
    cells: [
      [50, false, 48, 0.8, E],
      [55, true, 52, 0.8, E],
      [60, false, 58, 0.9, E],
      [65, true, 61, 0.84, E],
      [70, false, null, null, F],
      [70, false, 61, 0.7, G],
      [80, false, null, null, F],
    ],
    text: [
      [
        'L1 Taux de satisfaction des migrants assistés non cumulatif (valeur en fin de période) · référence 40 % (2020) · unité : %',
      ],
      ['Cible', '80 %', '50 %', '55 % au prorata', '60 %', '65 % au prorata', '70 %', '70 %', '80 %'],
      ['Réalisé', '61 % à T3 2022', '48 %', '52 %', '58 %', '61 %', '', '61 % à T3 2022', ''],
      ['%', '52,5 %', '80 %', '80 %', '90 %', '84 %', '', '70 %', ''],
    ],
  },
  M1: {
    axis: 'A2',
    cumulative: false,
    plan: [1, 1, 1],
    // Not due before the end of 2022 (issue 21): held to what fell due at the end of 2021 —
    // nothing, the baseline non (target 0) — with no rate, even once already oui (T2, T3).
    cells: [
      [0, false, 0, null, E],
      [0, false, 0, null, E],
      [0, false, 1, null, E],
      [0, false, 1, null, E],
      [1, false, null, null, F],
      [1, false, 1, 1, G],
      [1, false, null, null, F],
    ],
    text: [
      [
        'M1 Stratégie nationale adoptée non cumulatif (valeur en fin de période) · référence non (2020) · unité : oui/non',
      ],
      ['Cible', 'oui', 'non', 'non', 'non', 'non', 'oui', 'oui', 'oui'],
      ['Réalisé', 'oui à T3 2022', 'non', 'non', 'oui', 'oui', '', 'oui à T3 2022', ''],
      ['%', '100 %', 'non échu', 'non échu', 'non échu', 'non échu', '', '100 %', ''],
    ],
  },
};
const CODES = Object.keys(HAND) as (keyof typeof HAND)[];
const HEADER = [
  'Mesure',
  'Plan 2021-2023',
  '2021',
  'T1 2022',
  'T2 2022',
  'T3 2022',
  'T4 2022',
  '2022',
  '2023',
];
const CAPTIONS: Record<string, string> = {
  A1: 'IPTT de l’axe A1 : Protéger les migrants',
  A2: 'IPTT de l’axe A2 : Gouverner les migrations',
};

/** The rows of an axis's IPTT table as the hand figures print: header, then each indicator's four rows. */
function handTable(axis: string): string[][] {
  return [HEADER, ...CODES.filter((c) => HAND[c].axis === axis).flatMap((c) => HAND[c].text)];
}

const round = (n: number | null) => (n === null ? null : Math.round(n * 1e6) / 1e6);

let out: string;
let json: {
  iptt: {
    periods: string[];
    indicators: {
      code: string;
      cumulative: boolean;
      cells: {
        period: string;
        target: number | null;
        targetSource: string | null;
        actual: number | null;
        rate: number | null;
        state: string;
      }[];
    }[];
  };
  indicators: { code: string; finalTarget: number | null; actual: number | null; rateFinal: number | null }[];
};

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'ponam-iptt-'));
  const formats = skipPdf ? 'json,html,docx,xlsx' : 'json,html,docx,xlsx,pdf';
  const r = ponam([
    'report',
    '--plan',
    path.join(FIXTURE, 'plan.xlsx'),
    '--data',
    path.join(FIXTURE, 'data'),
    '--period',
    '2022-T3',
    '--format',
    formats,
    '--out',
    out,
    '--quiet',
    ...(browser ? ['--browser', browser] : []),
  ]);
  if (r.code !== 0) throw new Error(`ponam report failed (${r.code}):\n${r.stderr}`);
  json = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('the IPTT in report.json', () => {
  it('has the plan’s years and the quarters of the report’s year, each year after its quarters', () => {
    expect(json.iptt.periods).toEqual(PERIODS);
  });

  it('gives every cell of each indicator as worked out by hand', () => {
    for (const code of CODES) {
      const row = json.iptt.indicators.find((x) => x.code === code);
      expect(row?.cumulative, code).toBe(HAND[code].cumulative);
      expect(
        row?.cells.map((c) => [c.target, c.targetSource === 'prorated', c.actual, round(c.rate), c.state]),
        code,
      ).toEqual(HAND[code].cells.map(([t, p, a, r, s]) => [t, p, a, round(r), s]));
      const ind = json.indicators.find((x) => x.code === code);
      expect([ind?.finalTarget, ind?.actual, round(ind?.rateFinal ?? null)], code).toEqual(
        HAND[code].plan.map(round),
      );
    }
  });
});

describe('the IPTT in the HTML', () => {
  it('has one table per axis, each cell as worked out by hand', () => {
    const found = htmlTables(readFileSync(path.join(out, 'report.html'), 'utf8'));
    expect(found.get('iptt-a1')).toEqual(handTable('A1'));
    expect(found.get('iptt-a2')).toEqual(handTable('A2'));
  });

  it.skipIf(skipPdf || !poppler)(
    'prints it on landscape pages of its own in the PDF, each row as in the HTML',
    () => {
      const pdf = path.join(out, 'report.pdf');
      const pages = pdfPages(pdf).map((p) => flat(p));
      const ipttPages = pages.flatMap((text, n) => (text.includes('IPTT de l’axe') ? [n + 1] : []));
      expect(ipttPages.length).toBeGreaterThan(0);
      for (const n of [...ipttPages, 1]) {
        const info = spawnSync('pdfinfo', ['-f', String(n), '-l', String(n), pdf], {
          encoding: 'utf8',
        }).stdout;
        const size = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info);
        const [w, h] = [Number(size?.[1]), Number(size?.[2])];
        // The IPTT's pages are A4 landscape (842 × 595 pt), the cover A4 portrait.
        expect(w > h, `page ${n}: ${w} × ${h}`).toBe(n !== 1);
      }
      // Each row on one line of the page (pdftotext -layout), its figures in order; the small print
      // under a figure (`au prorata`, `à T3 2022`) is on the line below. pdftotext may drop the
      // narrow space before a `%`.
      const squeeze = (l: string) => l.replace(/\s+/g, ' ').replace(/ %/g, '%').trim();
      const lines = ipttPages.flatMap((n) => pages[n - 1].split('\n').map(squeeze));
      for (const code of CODES) {
        for (const row of HAND[code].text.slice(1)) {
          const figures = row
            .map((cell) => cell.replace(/ (au prorata|à T3 2022)$/, ''))
            .filter((cell) => cell !== '')
            .join(' ');
          expect(lines, `${code} ${row[0]}`).toContain(squeeze(figures));
        }
      }
    },
  );
});

describe('the IPTT in the Word report', () => {
  it('has the same tables, cell for cell, in a landscape section', () => {
    const xml = parts(new Uint8Array(readFileSync(path.join(out, 'report.docx'))))['word/document.xml'];
    for (const axis of ['A1', 'A2']) {
      const table = docxTables(xml).find((t) => t.caption === CAPTIONS[axis]);
      expect(
        table?.rows.map((r) => r.map((c) => norm(c))),
        axis,
      ).toEqual(handTable(axis));
    }
    // The section holding the IPTT ends with a landscape page size (A4: 16 838 × 11 906 twips).
    const at = xml.indexOf('IPTT de l’axe A1');
    const sectionEnd = xml.indexOf('<w:sectPr', at);
    expect(xml.slice(sectionEnd, xml.indexOf('</w:sectPr>', sectionEnd))).toMatch(
      /<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/,
    );
  });
});

describe('the IPTT in the xlsx annex', () => {
  it.skipIf(!openpyxl)(
    'has one row per indicator, numbers as numbers, the plan’s figures then target, actual and rate per period',
    () => {
      const book = readWorkbook(path.join(out, 'annexe.xlsx'));
      const sheet = book.cells.IPTT;
      expect(sheet.freeze).toBe('D2');
      expect(sheet.rows[0].slice(0, 9)).toEqual([
        'Code',
        'Axe',
        'Indicateur',
        'Unité',
        'Cumulatif',
        'Référence',
        'Cible finale',
        'Réalisé à T3 2022',
        'Progrès vers la cible finale',
      ]);
      expect(sheet.rows[0].slice(9, 12)).toEqual(['2021 cible', '2021 réalisé', '2021 taux']);
      /** A milestone's 1 and 0 as oui/non; every other value as the number it is. */
      const shown = (code: string, n: number | null) =>
        code === 'M1' && n !== null ? (n === 1 ? 'oui' : 'non') : n;
      for (const code of CODES) {
        const h = HAND[code];
        const row = sheet.rows.find((r) => r[0] === code) as (string | number | null)[];
        expect(row.slice(4, 9), code).toEqual([
          h.cumulative ? 'oui' : 'non',
          code === 'M1' ? 'non' : code === 'L1' ? 40 : 0,
          shown(code, h.plan[0]),
          shown(code, h.plan[1]),
          h.plan[2],
        ]);
        const cells = row.slice(9).map((v) => (typeof v === 'number' ? round(v) : v));
        expect(cells, code).toEqual(
          h.cells.flatMap(([t, , a, r, s]) => [
            shown(code, t),
            s === 'future' ? null : shown(code, a),
            s === 'future' ? null : round(r),
          ]),
        );
      }
    },
  );

  it.skipIf(!openpyxl)('has one row per indicator and period, for a pivot table', () => {
    const sheet = readWorkbook(path.join(out, 'annexe.xlsx')).cells['IPTT par période'];
    expect(sheet.freeze).toBe('B2');
    expect(sheet.rows[0]).toEqual([
      'Code',
      'Axe',
      'Indicateur',
      'Unité',
      'Cumulatif',
      'Période',
      'Type de période',
      'État de la période',
      'Cible',
      'Cible au prorata',
      'Réalisé',
      'Taux',
    ]);
    const states = { ended: 'terminée', 'in-progress': 'en cours', future: 'à venir' };
    const shown = (code: string, n: number | null) =>
      code === 'M1' && n !== null ? (n === 1 ? 'oui' : 'non') : n;
    for (const code of CODES) {
      const rows = sheet.rows.filter((r) => r[0] === code);
      expect(
        rows.map((r) => [
          r[5],
          r[6],
          r[7],
          r[8],
          r[9],
          r[10],
          typeof r[11] === 'number' ? round(r[11]) : r[11],
        ]),
        code,
      ).toEqual(
        HAND[code].cells.map(([t, p, a, r, s], n) => [
          PERIODS[n],
          PERIODS[n].includes('-') ? 'trimestre' : 'année',
          states[s],
          shown(code, t),
          t === null ? null : p ? 'oui' : 'non',
          s === 'future' ? null : shown(code, a),
          s === 'future' ? null : round(r),
        ]),
      );
    }
  });
});

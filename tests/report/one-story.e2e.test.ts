/**
 * Acceptance of issue 23 (one story): the demo at 2022-T4 rendered in every format (HTML, PDF,
 * Word, xlsx annex and JSON) by the built binary, then every number the key findings and the
 * data-quality section state is derived here from report.json — from the completeness grid's own
 * cells, not from the totals beside them — and looked for in the HTML, the PDF's text
 * (pdftotext), the Word document's text and the xlsx annex.
 *
 *   - one definition of a report: the findings' missing, incomplete and late reports are those of
 *     the grid (an entity's ✗ cells, its n/m cells, its dated cells past their deadline);
 *   - days late are counted from the deadline, and said so, in the findings, the late-reports
 *     table and the annex;
 *   - the annex's Quality sheet lists each report once per check;
 *   - the sentence "N statuts ont changé" matches its table in every format (the docx printed
 *     "Aucun statut n'a changé" above a table of 6).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatter } from '../../src/report/format.js';
import { blocks, parts } from '../docx/read-docx.js';
import { skipWithout } from '../helpers/tools.js';
import { findBrowser, skipWithoutBrowser } from '../pdf/find-browser.js';
import { plain, tables } from './html-text.js';
import { flat, REPORTS, type Rendered, render } from './reports.js';

const browser = findBrowser();
const skip =
  skipWithoutBrowser(browser, 'one-story acceptance (PDF)') ||
  skipWithout(['pdftotext'], 'one-story acceptance (PDF)');
const f = formatter('fr');

interface Cell {
  period: string;
  state: string;
  expected: number;
  filled: number;
  files: string[];
  submittedOn: string | null;
  daysLate: number | null;
}
interface Row {
  entity: string;
  expected: number;
  received: number;
  reportsExpected: number;
  reportsReceived: number;
  reportsPartial: number;
  cells: Cell[];
}
interface Model {
  period: string;
  plan: {
    rate: number;
    unweightedRate: number;
    status: string;
    withData: number;
    indicatorCount: number;
    previous: { period: string; rate: number; status: string } | null;
    startYear: number;
    endYear: number;
    execution: {
      planned: number;
      due: number;
      doneDue: number;
      doneAhead: number;
      physicalRate: number;
      budget: number;
      disbursed: number;
      financialRate: number;
    };
  };
  axes: { code: string; weight: number }[];
  changes: { period: string; statusChanges: { level: string; code: string; from: string; to: string }[] };
  quality: {
    completeness: { periods: string[]; rows: Row[]; rate: number; previous: { rate: number } };
    timeliness: { delayDays: number; rate: number };
    outliers: unknown[];
  };
}

/** The four texts a reader reads, spaces as a reader sees them. */
interface Texts {
  html: string;
  pdf: string;
  docx: string;
}

let demo: Rendered;
let m: Model;
let texts: Texts;
let htmlTables: Map<string, string[][]>;
let docxTables: { caption: string | null; rows: string[][] }[];
let annex: Map<string, (string | number | null)[][]>;

const squeeze = (s: string) => flat(s).replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  if (skip) return;
  demo = render(REPORTS[0], 'json,html,pdf,docx,xlsx', browser);
  m = JSON.parse(readFileSync(demo.json, 'utf8'));
  const html = readFileSync(demo.html, 'utf8');
  htmlTables = tables(html);
  const pdf = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', demo.pdf as string, '-'], {
    encoding: 'utf8',
  });
  const docx = blocks(parts(readFileSync(path.join(demo.dir, 'report.docx')))['word/document.xml']);
  docxTables = docx.flatMap((b) => (b.kind === 'table' ? [{ caption: b.caption, rows: b.rows }] : []));
  texts = {
    html: squeeze(plain(html)),
    pdf: squeeze(pdf.stdout),
    docx: squeeze(
      docx.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.join(' ')).join(' '))).join(' '),
    ),
  };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(demo.dir, 'annexe.xlsx'));
  annex = new Map(
    wb.worksheets.map((ws) => {
      const rows: (string | number | null)[][] = [];
      ws.eachRow((r) => {
        rows.push(
          // Array.from fills the holes ExcelJS leaves for empty cells: an empty cell is null.
          Array.from(r.values as unknown[])
            .slice(1)
            .map((v) => (v === undefined ? null : (v as string | number))),
        );
      });
      return [ws.name, rows];
    }),
  );
}, 300_000);

afterAll(() => {
  if (demo) rmSync(demo.dir, { recursive: true, force: true });
});

/** Each format holds the phrase (spaces as a reader sees them). */
function inEveryText(phrase: string): void {
  const want = squeeze(phrase);
  for (const [format, text] of Object.entries(texts)) expect(text, `${format}: ${want}`).toContain(want);
}

/** The rows of a table in the HTML and in the Word document, as the text of their cells joined by spaces. */
function tableRowsEverywhere(htmlId: string, caption: string): { html: string[]; docx: string[] } {
  const html = (htmlTables.get(htmlId) ?? []).map((r) => squeeze(r.join(' ')));
  const table = docxTables.find((t) => t.caption !== null && squeeze(t.caption) === squeeze(caption));
  return { html, docx: (table?.rows ?? []).map((r) => squeeze(r.join(' '))) };
}

// --- What the grid says, derived from its own cells --------------------------------------------

const rows = () => m.quality.completeness.rows;
const received = (c: Cell) => c.files.length > 0;
const expectedCells = (r: Row) => r.cells.filter((c) => c.state !== 'not-expected');
const endsAtP = (c: Cell) => c.period === m.period;
const late = (r: Row) => r.cells.filter((c) => (c.daysLate ?? 0) > 0);
const dated = (r: Row) => r.cells.filter((c) => c.submittedOn !== null);
const lateEntities = () =>
  rows()
    .filter((r) => late(r).length > 0)
    .map((r) => ({ r, late: late(r), worst: Math.max(...late(r).map((c) => c.daysLate as number)) }))
    .sort((a, b) => b.late.length - a.late.length || b.worst - a.worst || (a.r.entity < b.r.entity ? -1 : 1));

describe.skipIf(skip)('one story on the demo at 2022-T4, in every format', () => {
  it('counts one report per file received for an entity and period: 97 of the 108 expected', () => {
    const expected = rows().reduce((n, r) => n + expectedCells(r).length, 0);
    const got = rows().reduce((n, r) => n + r.cells.filter(received).length, 0);
    // 9 entities × 12 quarters; 97 workbooks in fixtures/ponam-2020-2024/data, one per entity and quarter.
    expect([expected, got]).toEqual([108, 97]);
    const partial = rows().reduce((n, r) => n + r.cells.filter((c) => c.state === 'partial').length, 0);
    inEveryText(`${got} rapports reçus sur ${expected} attendus, dont ${partial} incomplets`);
  });

  it('says in the key findings what the grid shows of the report of P', () => {
    const missing = rows().filter((r) => r.cells.some((c) => endsAtP(c) && c.state === 'missing'));
    const incomplete = rows().flatMap((r) =>
      r.cells.filter((c) => endsAtP(c) && c.state === 'partial').map((c) => ({ r, c })),
    );
    // Every entity sent its T4 2022 report: none is said missing (the Ministère's was, wrongly).
    expect(missing).toEqual([]);
    for (const text of Object.values(texts)) expect(text).not.toContain('Rapport de T4 2022 non reçu');
    expect(incomplete.map((x) => x.r.entity)).toContain("Ministère des Maliens de l'Extérieur");
    inEveryText(
      incomplete.length === 1
        ? 'Rapport de T4 2022 reçu incomplet :'
        : `Rapports de T4 2022 reçus incomplets de ${incomplete.length} entités :`,
    );
    for (const { r, c } of incomplete)
      inEveryText(
        `${r.entity} : ${f.count(c.filled, { one: 'valeur renseignée', other: 'valeurs renseignées' })} sur ${c.expected}`,
      );
    // The Ministère's T4 2022 cell of the grid: received late, incomplete.
    const ministry = rows().find((r) => r.entity.startsWith('Ministère')) as Row;
    expect(ministry.cells.find(endsAtP)).toMatchObject({ state: 'partial', daysLate: 10 });
  });

  it('names the partners missing reports with the grid’s counts', () => {
    const short = rows()
      .map((r) => ({
        entity: r.entity,
        missing: expectedCells(r).length - r.cells.filter(received).length,
        of: expectedCells(r).length,
      }))
      .filter((x) => x.missing > 0)
      .sort((a, b) => b.missing - a.missing || (a.entity < b.entity ? -1 : 1));
    inEveryText(
      `${short.length} entités n’ont pas transmis tous les rapports attendus depuis le début du plan`,
    );
    for (const x of short.slice(0, 5))
      inEveryText(
        `${x.entity} : ${f.count(x.missing, { one: 'rapport manquant', other: 'rapports manquants' })} sur ${x.of}`,
      );
    // The grid in HTML and Word: as many ✗ in each entity's rows as the finding says it misses.
    const matrices = [...htmlTables.entries()].filter(([id]) => id.startsWith('matrice-'));
    for (const x of short) {
      const crosses = matrices
        .flatMap(([, t]) => t.filter((r) => r[0] === x.entity))
        .flatMap((r) => r.slice(1))
        .filter((cell) => cell.startsWith('✗')).length;
      expect(crosses, x.entity).toBe(x.missing);
      const docxCrosses = docxTables
        .filter((t) => t.caption?.startsWith('Rapports de '))
        .flatMap((t) => t.rows.filter((r) => squeeze(r[0]) === x.entity))
        .flatMap((r) => r.slice(1))
        .filter((cell) => cell.trim() === '✗').length;
      expect(docxCrosses, `${x.entity} (docx)`).toBe(x.missing);
    }
    // The PDF: as many ✗ in the matrices (and one in their legend) as reports missing.
    const all = short.reduce((n, x) => n + x.missing, 0);
    const from = texts.pdf.indexOf('Rapports de 2022, par entité et par période');
    const to = texts.pdf.indexOf('Légende', from);
    expect([...texts.pdf.slice(from, to)].filter((ch) => ch === '✗').length).toBe(all);
  });

  it('counts late reports from the grid’s dated cells, in days after the deadline, the same in the findings, the table and the annex', () => {
    const entities = lateEntities();
    const allLate = entities.reduce((n, x) => n + x.late.length, 0);
    const allDated = rows().reduce((n, r) => n + dated(r).length, 0);
    inEveryText(
      `Sur ${allDated} rapports datés, ${allLate} sont arrivés après l’échéance (${m.quality.timeliness.delayDays} jours après la fin de la période) ; retards comptés à partir de l’échéance`,
    );
    // The Ministère: 4 late reports (2021-T2, 2021-T4, 2022-T1, 2022-T4), not 7.
    const ministry = entities.find((x) => x.r.entity.startsWith('Ministère'));
    expect(ministry?.late.map((c) => c.period)).toEqual(['2021-T2', '2021-T4', '2022-T1', '2022-T4']);
    for (const x of entities.slice(0, 5))
      inEveryText(
        `${x.r.entity} : ${f.count(x.late.length, { one: 'rapport en retard', other: 'rapports en retard' })}, jusqu’à ${f.count(x.worst, { one: 'jour', other: 'jours' })} après l’échéance`,
      );
    // The late-reports table: one row per entity, the same counts, each late period with its days.
    const table = tableRowsEverywhere(
      'retards',
      'Rapports reçus en retard, par entité (le détail des dates est dans l’annexe Excel, feuille Qualité)',
    );
    expect(table.html[0]).toContain('Plus long retard (jours après l’échéance)');
    for (const x of entities) {
      const periods = x.late
        .map((c) => `${c.period.replace(/^(\d{4})-T(\d)$/, 'T$2 $1')} (${c.daysLate})`)
        .join(', ');
      const row = squeeze(
        `${x.r.entity} ${dated(x.r).length} ${x.late.length} ${f.count(x.worst, { one: 'jour', other: 'jours' })} ${periods}`,
      );
      expect(table.html, row).toContain(row);
      expect(table.docx, row).toContain(row);
      expect(texts.pdf, row).toContain(row);
    }
    // The annex: one Promptitude row per late report, its days after the deadline as the value.
    const quality = annex.get('Qualité') ?? [];
    const lateRows = quality.filter((r) => r[0] === 'Promptitude');
    expect(lateRows).toHaveLength(allLate);
    for (const x of entities) {
      const own = lateRows.filter((r) => r[3] === x.r.entity);
      expect(own.map((r) => r[5])).toEqual(x.late.map((c) => c.daysLate));
      expect(own.every((r) => String(r[6]).includes('Jours après l’échéance'))).toBe(true);
    }
  });

  it('lists each report once per check in the annex’s Quality sheet', () => {
    const quality = (annex.get('Qualité') ?? []).slice(1);
    const keys = quality
      .filter((r) => r[0] === 'Complétude' || r[0] === 'Promptitude')
      .map((r) => `${r[0]} ${r[3]} ${r[4]}`);
    expect(new Set(keys).size).toBe(keys.length);
    const missing = rows().reduce((n, r) => n + r.cells.filter((c) => c.state === 'missing').length, 0);
    const partial = rows().reduce((n, r) => n + r.cells.filter((c) => c.state === 'partial').length, 0);
    expect(quality.filter((r) => r[0] === 'Complétude')).toHaveLength(missing + partial);
  });

  it('gives the quality section’s figures from the same reports', () => {
    const c = m.quality.completeness;
    const values = rows().reduce((n, r) => n + r.expected, 0);
    const filled = rows().reduce((n, r) => n + r.received, 0);
    inEveryText(`${f.number(filled)} valeurs reçues sur ${f.number(values)} attendues`);
    inEveryText(`${f.percent(filled / values)} T3 2022 : ${f.percent(c.previous.rate)}`);
    const got = rows().reduce((n, r) => n + r.cells.filter(received).length, 0);
    const allDated = rows().reduce((n, r) => n + dated(r).length, 0);
    const allLate = rows().reduce((n, r) => n + late(r).length, 0);
    inEveryText(`Sur ${got} rapports reçus : ${allDated - allLate} à temps, ${allLate} en retard`);
    inEveryText(`Promptitude ${f.percent((allDated - allLate) / allDated)}`);
    // Completeness by entity: each row and the total, from the grid's cells.
    const table = tableRowsEverywhere(
      'completude-entites',
      'Complétude par entité, du début du plan à la période du rapport',
    );
    for (const r of rows()) {
      const row = squeeze(
        `${r.entity} ${r.cells.filter(received).length}/${expectedCells(r).length} ${r.cells.filter((x) => x.state === 'partial').length} ${r.received}/${r.expected} ${f.percent(r.received / r.expected)}`,
      );
      expect(table.html).toContain(row);
      expect(table.docx).toContain(row);
      expect(texts.pdf).toContain(row);
    }
    inEveryText(`Valeurs aberrantes ${m.quality.outliers.length} cas`);
    // The annex: completeness and timeliness rates as numbers.
    const summary = new Map((annex.get('Résumé') ?? []).map((r) => [r[0], r[1]]));
    expect(summary.get('Complétude')).toBeCloseTo(filled / values, 12);
    expect(summary.get('Promptitude')).toBeCloseTo((allDated - allLate) / allDated, 12);
  });

  it('gives the plan’s rate with the weights behind it, and execution against what is due', () => {
    const p = m.plan;
    const weights = m.axes.filter((a) => a.weight !== 1).map((a) => `${a.code} poids ${a.weight}`);
    expect(weights).toEqual(['A1 poids 2']);
    inEveryText(
      `Taux de réalisation global du plan : ${f.percent(p.rate)}, statut « En retard » (${p.withData} indicateurs renseignés sur ${p.indicatorCount} ; moyenne pondérée des axes, ${weights.join(', ')} ; sans pondération : ${f.percent(p.unweightedRate)})`,
    );
    const e = p.execution;
    inEveryText(
      `Exécution physique : ${e.doneDue} activités réalisées sur ${e.due} échues à T4 2022 (${f.percent(e.doneDue / e.due)}), ${e.doneAhead} autre réalisée en avance ; ${e.planned - e.due} activités pas encore échues ; exécution financière : ${f.number(e.disbursed)} FCFA décaissés jusqu’à T4 2022, soit ${f.percent(e.disbursed / e.budget)} du budget total du plan pour ${p.startYear}-${p.endYear} (${f.number(e.budget)} FCFA)`,
    );
    const summary = new Map((annex.get('Résumé') ?? []).map((r) => [r[0], r[1]]));
    expect(summary.get('Échues à T4 2022')).toBe(e.due);
    expect(summary.get('Réalisées (échues)')).toBe(e.doneDue);
    expect(summary.get('Taux de réalisation global (moyenne des axes, chacun de poids 1)')).toBeCloseTo(
      p.unweightedRate,
      12,
    );
  });

  it('says as many status changes as its table lists, in every format', () => {
    const changes = m.changes.statusChanges;
    const rank: Record<string, number> = { critical: 0, behind: 1, 'on-track': 2 };
    const moved = (x: { from: string; to: string }) =>
      rank[x.from] === undefined || rank[x.to] === undefined ? 0 : Math.sign(rank[x.to] - rank[x.from]);
    const up = changes.filter((x) => moved(x) > 0).length;
    const down = changes.filter((x) => moved(x) < 0).length;
    inEveryText(`Depuis T3 2022, ${changes.length} statuts ont changé : ${up} en progrès, ${down} en recul`);
    for (const [format, text] of Object.entries(texts))
      expect(text, format).not.toContain('Aucun statut n’a changé');
    // The table: its group headings count the changes by level, and its rows name each one.
    const table = tableRowsEverywhere('changements-statuts', 'Statuts qui ont changé depuis T3 2022');
    for (const [format, lines] of Object.entries(table)) {
      const counted = lines.flatMap((l) => /^(?:Plan|Axes|Résultats|Indicateurs) \((\d+)\)$/.exec(l) ?? []);
      const sum = counted.filter((_, n) => n % 2 === 1).reduce((s, n) => s + Number(n), 0);
      expect(sum, format).toBe(changes.length);
      for (const x of changes)
        expect(
          lines.some((l) => l.startsWith(`${x.code} `)),
          `${format} ${x.code}`,
        ).toBe(true);
    }
    const section = texts.pdf.slice(texts.pdf.indexOf('Statuts qui ont changé depuis T3 2022'));
    const headings = [...section.slice(0, 2000).matchAll(/(?:Plan|Axes|Résultats|Indicateurs) \((\d+)\)/g)];
    expect(headings.reduce((s, h) => s + Number(h[1]), 0)).toBe(changes.length);
    // The annex: the count, and as many rows whose status differs from the previous one.
    const summary = new Map((annex.get('Résumé') ?? []).map((r) => [r[0], r[1]]));
    expect(summary.get('Statuts qui ont changé depuis T3 2022')).toBe(changes.length);
    let differ = summary.get('Statut') !== summary.get('Statut précédent') ? 1 : 0;
    for (const sheet of ['Axes', 'Résultats', 'Indicateurs']) {
      const [header, ...body] = annex.get(sheet) ?? [];
      const now = header.indexOf('Statut');
      const before = header.indexOf('Statut précédent');
      differ += body.filter((r) => r[before] !== null && r[now] !== r[before]).length;
    }
    expect(differ).toBe(changes.length);
  });
});

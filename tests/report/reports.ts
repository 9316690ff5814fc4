import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { BROWSER_FLAGS } from '../../src/report/pdf.js';
import { DEMO, ponam, REPO } from '../helpers/cli.js';

export { REPO };

/**
 * The reports the browser tests look at: the bundled PONAM demo and the layout fixture written by
 * openpyxl (tests/report/fixtures/make_layout_workbooks.py: long labels, 12-digit FCFA amounts,
 * 125 % rates), each rendered through the built binary as a user runs it.
 */
const LAYOUT = path.join(REPO, 'tests', 'report', 'fixtures', 'layout-openpyxl');
const REVIEW = path.join(REPO, 'tests', 'fixtures-review');

export interface Rendered {
  name: string;
  dir: string;
  html: string;
  pdf: string | null;
  json: string;
}

export const REPORTS: readonly {
  name: string;
  plan: string;
  data: string;
  lang: 'fr' | 'en';
  /** More arguments of `ponam report`. */
  more?: readonly string[];
}[] = [
  { name: 'demo', plan: path.join(DEMO, 'plan.xlsx'), data: path.join(DEMO, 'data'), lang: 'fr' },
  { name: 'openpyxl', plan: path.join(LAYOUT, 'plan.xlsx'), data: path.join(LAYOUT, 'data'), lang: 'fr' },
  { name: 'openpyxl-en', plan: path.join(LAYOUT, 'plan.xlsx'), data: path.join(LAYOUT, 'data'), lang: 'en' },
  // A quarter inside the year: targets pro-rated with their derivation, the year's target beside
  // them, the changes since the previous quarter.
  {
    name: 'demo-t2-en',
    plan: path.join(DEMO, 'plan.xlsx'),
    data: path.join(DEMO, 'data'),
    lang: 'en',
    more: ['--period', '2022-T2'],
  },
  // The mid-term review with the officer's text (a table, lists, a link) and the recommendations'
  // chapter and annexes (tests/fixtures-review/, docs/review.md).
  {
    name: 'demo-review',
    plan: path.join(DEMO, 'plan.xlsx'),
    data: path.join(DEMO, 'data'),
    lang: 'fr',
    more: [
      '--kind',
      'revue',
      '--analysis',
      path.join(REVIEW, 'analyse.md'),
      '--recommendations',
      path.join(REVIEW, 'recommandations.xlsx'),
    ],
  },
];

/** Runs `ponam report` on one of REPORTS; throws with its output when it fails. */
export function render(report: (typeof REPORTS)[number], formats: string, browser: string | null): Rendered {
  if (!existsSync(path.join(REPO, 'dist', 'cli', 'index.js')))
    throw new Error('dist/ is missing: run npm run build (npm test does)');
  const dir = mkdtempSync(path.join(tmpdir(), `ponam-${report.name}-`));
  const args = [
    'report',
    '--plan',
    report.plan,
    '--data',
    report.data,
    '--lang',
    report.lang,
    '--format',
    formats,
    '--out',
    dir,
    '--quiet',
    ...(report.more ?? []),
    ...(browser ? ['--browser', browser] : []),
  ];
  const run = ponam(args, { timeout: 180_000 });
  if (run.code !== 0) throw new Error(`ponam report ${report.name} failed (${run.code}):\n${run.stderr}`);
  return {
    name: report.name,
    dir,
    html: path.join(dir, 'report.html'),
    pdf: formats.includes('pdf') ? path.join(dir, 'report.pdf') : null,
    json: path.join(dir, 'report.json'),
  };
}

export async function launch(executablePath: string): Promise<Browser> {
  return puppeteer.launch({ executablePath, headless: true, pipe: true, args: BROWSER_FLAGS });
}

export function fileUrl(file: string): string {
  return pathToFileURL(file).href;
}

export function text(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Text of each page of a PDF (poppler's pdftotext, layout kept; pages split on form feeds). */
export function pdfPages(pdf: string): string[] {
  const r = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout.split('\f').slice(0, -1);
}

/**
 * Spaces and hyphens as a reader sees them: French figures use narrow no-break spaces (`17 181`,
 * `77,7 %`), a span of years a non-breaking hyphen (`2020‑2022`).
 */
export function flat(s: string): string {
  return s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2011/g, '-');
}

export interface Word {
  x0: number;
  x1: number;
  text: string;
}

/** The words of each text line of a PDF, with their horizontal extent (pdftotext -bbox-layout). */
export function pdfLines(pdf: string): Word[][] {
  const r = spawnSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  const entities = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...r.stdout.matchAll(/<line\b[^>]*>([\s\S]*?)<\/line>/g)].map((line) =>
    [...line[1].matchAll(/<word xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      x1: Number(w[2]),
      text: entities(w[3]),
    })),
  );
}

/**
 * Where a figure (`2 800 000 000`, `122,7 %`) stands whole on one line and apart from its
 * neighbours: the gaps on either side are clearly wider than the thin spaces inside it, so that
 * `2 800 000 0002 650 000 000`, or two amounts a thin space apart, never pass.
 */
export function standsApart(lines: Word[][], figure: string): boolean {
  const target = figure.replace(/\s+/g, '');
  for (const words of lines) {
    for (let i = 0; i < words.length; i++) {
      let joined = '';
      let j = i;
      while (j < words.length && joined.length < target.length) joined += words[j++].text;
      if (joined !== target) continue;
      const inside = Math.max(0, ...words.slice(i + 1, j).map((w, n) => w.x0 - words[i + n].x1));
      const apart = Math.max(3, inside * 2);
      const before = i === 0 ? Number.POSITIVE_INFINITY : words[i].x0 - words[i - 1].x1;
      // The sign of an exceeded target (`▲`) belongs to the figure.
      const next = words[j]?.text === '▲' ? j + 1 : j;
      const after = next >= words.length ? Number.POSITIVE_INFINITY : words[next].x0 - words[next - 1].x1;
      if (before >= apart && after >= apart) return true;
    }
  }
  return false;
}

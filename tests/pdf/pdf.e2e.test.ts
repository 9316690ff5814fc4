/**
 * The PDF through the built binary, as a user runs it:
 *
 *   node bin/ponam.js report --plan fixtures/ponam-2020-2024/plan.xlsx \
 *     --data fixtures/ponam-2020-2024/data --format pdf,html --out <tmp>
 *
 * Checked from the outside, by text extraction (poppler's pdftotext, pdfinfo, pdffonts): what a
 * reader would see on paper, not what the code meant to write. Needs `npm run build` first
 * (`npm test` does it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, REPO, ponam as runPonam } from '../helpers/cli.js';
import { skipWithout, skipWithoutFixtures } from '../helpers/tools.js';
import { findBrowser, skipWithoutBrowser } from './find-browser.js';

const FOREIGN = path.join(REPO, 'tests', 'fixtures-foreign', 'openpyxl-messy');
const TIMEOUT = 180_000;

const browser = findBrowser();
const skip = skipWithoutBrowser(browser, 'PDF end-to-end tests (tests/pdf/pdf.e2e.test.ts)');
const poppler =
  !skip && !skipWithout(['pdftotext', 'pdfinfo', 'pdffonts'], 'PDF checks read through poppler');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function ponam(args: string[]): Run {
  const r = runPonam(args, { timeout: TIMEOUT });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

function tool(name: string, args: string[]): string {
  const r = spawnSync(name, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Text of each page, in order (pdftotext separates pages with a form feed). */
function pagesOf(pdf: string): string[] {
  return tool('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']).split('\f').slice(0, -1);
}

/** Spaces as a reader sees them: French figures use narrow no-break spaces (`17 181`, `77,7 %`). */
const flat = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe.skipIf(skip)('PDF report of the PONAM demo through the binary', () => {
  let out: string;
  let run: Run;
  let model: {
    period: string;
    plan: { title: string; rate: number };
    axes: { code: string; label: string }[];
    indicators: { code: string; actual: number | null; trend: { actual: number | null }[] }[];
  };

  beforeAll(() => {
    if (!browser)
      throw new Error(
        'PONAM_REQUIRE_BROWSER=1 and no Chrome, Chromium or Edge was found (set PONAM_BROWSER)',
      );
    if (!existsSync(path.join(REPO, 'dist', 'cli', 'index.js')))
      throw new Error('dist/ is missing: run npm run build');
    out = mkdtempSync(path.join(tmpdir(), 'ponam-pdf-'));
    const planArgs = ['--plan', path.join(DEMO, 'plan.xlsx'), '--data', path.join(DEMO, 'data')];
    run = ponam(['report', ...planArgs, '--format', 'pdf,html,json', '--out', out, '--browser', browser]);
    model = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
  }, TIMEOUT);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes report.pdf beside the HTML and JSON and exits 0', () => {
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    expect(existsSync(path.join(out, 'report.pdf'))).toBe(true);
    expect(readFileSync(path.join(out, 'report.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(run.stdout).toContain('report.pdf');
  });

  it.skipIf(!poppler)('is A4, with a cover, contents, summary and one page or more per axis', () => {
    const info = tool('pdfinfo', [path.join(out, 'report.pdf')]);
    const pages = Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
    // cover + contents + summary + one page per axis + quality + methodology + sources at least
    expect(pages).toBeGreaterThanOrEqual(3 + model.axes.length + 3);
    expect(pages).toBeLessThan(60);
    // A4 as the page's CSS gives it (210 mm: 594.96 pt as Chromium rounds it), portrait first.
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it.skipIf(!poppler)(
    'numbers every page "Page N / total" and repeats the plan and period at the top',
    () => {
      const pages = pagesOf(path.join(out, 'report.pdf')).map(flat);
      const total = pages.length;
      pages.forEach((text, n) => {
        expect(text).toMatch(new RegExp(`Page ${n + 1} / ${total}\\s*$`));
        expect(text).toContain('Période T4 2022');
      });
    },
  );

  it.skipIf(!poppler)('has the titles, French accents and figures formatted in French', () => {
    const pages = pagesOf(path.join(out, 'report.pdf')).map(flat);
    const all = pages.join('\n');
    // A quarter's report says so, with its period in words (the JSON keeps 2022-T4).
    expect(model.period).toBe('2022-T4');
    expect(pages[0]).toContain('Rapport trimestriel');
    expect(pages[0]).toContain('T4 2022');
    expect(pages[0]).not.toContain('2022-T4');
    for (const title of [
      'Sommaire',
      'Résumé exécutif',
      'Qualité des données',
      'Annexe méthodologique',
      'Fichiers sources',
    ]) {
      expect(all).toContain(title);
    }
    // I1.1.2, migrants de retour assistés: 17 181 at 2022-T4 (fixtures/ponam-2020-2024/README.md)
    expect(all).toMatch(/17 181/);
    const planRate = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 }).format(
      model.plan.rate,
    );
    expect(planRate).toContain(',');
    expect(all).toContain(flat(planRate));
    expect(all).toMatch(/\d+,\d %/);
    expect(all).not.toMatch(/\d+\.\d %/);
  });

  it.skipIf(!poppler)('puts each axis on the page its contents entry gives', () => {
    const pages = pagesOf(path.join(out, 'report.pdf')).map(flat);
    const contents = pages.findIndex((p) => p.includes('Sommaire'));
    expect(contents).toBeGreaterThan(0);
    const toc = pages[contents].split('\n');
    for (const axis of model.axes) {
      const line = toc.find((l) => l.includes(`${axis.code} `) && l.includes(axis.label.slice(0, 20)));
      expect(line, `contents entry of ${axis.code}`).toBeDefined();
      const page = Number(line?.match(/(\d+)\s*$/)?.[1]);
      expect(page, `page number of ${axis.code}`).toBeGreaterThan(contents + 1);
      const heading = pages[page - 1]
        .split('\n')
        .find((l) => l.trim().startsWith(`${axis.code} ${axis.label.slice(0, 15)}`));
      expect(heading, `heading of ${axis.code} on page ${page}`).toBeDefined();
    }
  });

  it.skipIf(!poppler)('embeds its fonts', () => {
    const rows = tool('pdffonts', [path.join(out, 'report.pdf')])
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).slice(-5)[0], row).toBe('yes');
  });

  it('puts the same charts as inline SVG in the HTML, and no script', () => {
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    const withTrend = model.indicators.filter((i) => i.trend.some((p) => p.actual !== null)).length;
    expect((html.match(/<svg\b/g) ?? []).length).toBeGreaterThanOrEqual(2 + withTrend);
    expect(html).toContain('<figure class="chart" id="ponam-cs">');
    expect(html).toContain('<figure class="chart" id="ponam-cc">');
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/\bzr\d+-/);
  });
});

describe.skipIf(skip)('PDF on workbooks never seen before (openpyxl, messy)', () => {
  let out: string;
  let run: Run;

  beforeAll(() => {
    if (!browser)
      throw new Error(
        'PONAM_REQUIRE_BROWSER=1 and no Chrome, Chromium or Edge was found (set PONAM_BROWSER)',
      );
    out = mkdtempSync(path.join(tmpdir(), 'ponam-pdf-foreign-'));
    run = ponam([
      'report',
      '--plan',
      path.join(FOREIGN, 'plan.xlsx'),
      '--data',
      path.join(FOREIGN, 'data'),
      '--period',
      '2022-T4',
      '--format',
      'pdf,html,json',
      '--out',
      out,
    ]);
  }, TIMEOUT);

  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it.skipIf(
    skipWithoutFixtures(
      existsSync(path.join(FOREIGN, 'plan.xlsx')) ? [] : [path.join(FOREIGN, 'plan.xlsx')],
      'PDF on workbooks never seen before',
      'scripts/fixtures/make_openpyxl.py',
    ),
  )('has a cover, a summary, one section per axis and page numbers', () => {
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(0);
    expect(existsSync(path.join(out, 'report.pdf'))).toBe(true);
    const html = readFileSync(path.join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/<svg\b/);
    if (!poppler) return;
    const model = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
      axes: { code: string }[];
    };
    const pages = pagesOf(path.join(out, 'report.pdf')).map(flat);
    expect(pages.length).toBeGreaterThanOrEqual(3 + model.axes.length);
    expect(pages[pages.length - 1]).toMatch(new RegExp(`Page ${pages.length} / ${pages.length}`));
    const all = pages.join('\n');
    expect(all).toMatch(/Résumé exécutif|Executive summary/);
    for (const axis of model.axes) expect(all).toContain(axis.code);
  });
});

describe('PDF without a browser', () => {
  it(
    '--browser /nonexistent exits 2, says what to do, writes no PDF and still writes the HTML',
    () => {
      const out = mkdtempSync(path.join(tmpdir(), 'ponam-nopdf-'));
      try {
        const r = ponam([
          'report',
          '--plan',
          path.join(DEMO, 'plan.xlsx'),
          '--data',
          path.join(DEMO, 'data'),
          '--format',
          'html,pdf',
          '--out',
          out,
          '--browser',
          '/nonexistent',
        ]);
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('/nonexistent');
        expect(r.stderr).toMatch(/apt-get install chromium/);
        expect(r.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
        expect(existsSync(path.join(out, 'report.pdf'))).toBe(false);
        expect(existsSync(path.join(out, 'report.html'))).toBe(true);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});

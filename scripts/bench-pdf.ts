// `npx tsx scripts/bench-pdf.ts`: times the demo PDF through ponam against a bare Chromium print
// of the same HTML (`chromium --headless --print-to-pdf`), a few runs each, and prints medians.
// Needs `npm run build` (the CLI runs from dist/) and a browser (found as ponam finds one).
// BENCH_RUNS sets the number of runs (default 5).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchBrowser } from '../src/report/browser.js';
import { BROWSER_FLAGS, renderPdf } from '../src/report/pdf.js';

const root = process.cwd();
const bin = join(root, 'bin', 'ponam.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const browser = searchBrowser(undefined).path;
if (!browser) throw new Error('no Chrome, Chromium or Edge found (set PONAM_BROWSER)');
if (!existsSync(join(root, 'dist', 'cli', 'index.js'))) throw new Error('run npm run build first');

const work = mkdtempSync(join(tmpdir(), 'ponam-bench-pdf-'));

function time(action: () => unknown): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

async function timeAsync(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ponam = (format: string, out: string) =>
  execFileSync(process.execPath, [
    bin,
    'demo',
    '--quiet',
    '--format',
    format,
    '--out',
    out,
    '--browser',
    browser,
  ]);

try {
  ponam('html', join(work, 'ref'));
  const htmlPath = join(work, 'ref', 'report.html');
  const html = readFileSync(htmlPath, 'utf8');
  ponam('json', join(work, 'json'));
  const model = JSON.parse(readFileSync(join(work, 'json', 'report.json'), 'utf8'));

  const cliPdf: number[] = [];
  const cliHtml: number[] = [];
  const render: number[] = [];
  const bare: number[] = [];
  for (let n = 0; n < runs; n++) {
    cliPdf.push(time(() => ponam('pdf', join(work, `pdf-${n}`))));
    cliHtml.push(time(() => ponam('html', join(work, `html-${n}`))));
    render.push(
      await timeAsync(() =>
        renderPdf(html, { browser, lang: 'fr', title: model.plan.title, period: model.period }),
      ),
    );
    bare.push(
      time(() =>
        execFileSync(
          browser,
          [
            '--headless',
            ...BROWSER_FLAGS,
            `--user-data-dir=${join(work, `profile-${n}`)}`,
            '--no-pdf-header-footer',
            `--print-to-pdf=${join(work, `bare-${n}.pdf`)}`,
            pathToFileURL(htmlPath).href,
          ],
          { stdio: 'ignore' },
        ),
      ),
    );
  }

  const m = { cliPdf: median(cliPdf), cliHtml: median(cliHtml), render: median(render), bare: median(bare) };
  const ms = (v: number) => `${Math.round(v)} ms`;
  console.log(
    `demo PDF (${model.indicators.length} indicators, ${model.axes.length} axes), ${runs} runs each, medians, ${cpus().length} CPUs, ${browser}`,
  );
  console.log(`  ponam demo --format pdf (whole CLI: read, compute, HTML, PDF)   ${ms(m.cliPdf)}`);
  console.log(`  ponam demo --format html (same, without the PDF)                ${ms(m.cliHtml)}`);
  console.log(`  PDF step alone (renderPdf: launch, two passes for the contents) ${ms(m.render)}`);
  console.log(`  bare chromium --headless --print-to-pdf of the same HTML        ${ms(m.bare)}`);
  console.log(`  ratio PDF step / bare Chromium: ${(m.render / m.bare).toFixed(2)}`);
  console.log(`  ratio whole ponam PDF run / bare Chromium: ${(m.cliPdf / m.bare).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

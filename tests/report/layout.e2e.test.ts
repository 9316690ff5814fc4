/**
 * Acceptance of issue 11, layout: numbers never collide or wrap.
 *
 * Each report (the PONAM demo, and a report on workbooks written by openpyxl with long labels,
 * 12-digit FCFA amounts and 125 % rates, in French and English) is opened in the system Chromium
 * at 800, 1280 and 1920 px. In each table cell holding a figure, a code, a date or a status, the
 * value must sit on one line (its text's client rects share one line box) and inside its cell
 * (no overflow of the cell's box); the page itself never scrolls sideways, and a table wider than
 * its column is only ever inside a named, focusable scroll region.
 *
 * The PDF is checked from its text layout (pdftotext): every figure of the tables appears whole on
 * one line, set apart from its neighbours ("2 800 000 0002 650 000 000" fails), and no page is
 * left holding a lone row.
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from '../helpers/tools.js';
import { findBrowser, skipWithoutBrowser } from '../pdf/find-browser.js';
import {
  fileUrl,
  flat,
  launch,
  pdfLines,
  pdfPages,
  REPORTS,
  type Rendered,
  render,
  standsApart,
} from './reports.js';

const browserPath = findBrowser();
const skip = skipWithoutBrowser(browserPath, 'Report layout tests (tests/report/layout.e2e.test.ts)');
const poppler = !skipWithout(['pdftotext'], 'Report layout tests, PDF pages');
const WIDTHS = [800, 1280, 1920];

interface Measure {
  problems: string[];
  figures: string[];
  scrollRegions: string[];
}

/** Runs in the page: what does not fit, and the figures to look for in the PDF. */
function measure(): Measure {
  const problems: string[] = [];
  const lineCount = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const tops: number[] = [];
    for (const r of range.getClientRects()) {
      if (r.width === 0 || r.height === 0) continue;
      if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top);
    }
    return tops.length;
  };
  const name = (el: Element) =>
    `"${(el.textContent ?? '').trim()}" in ${el.closest('table')?.id ?? el.closest('section')?.id ?? '?'}`;
  // Values, not column headers: a header (`Statut T3 2023`) wraps between its words by design.
  const values = [
    ...document.querySelectorAll(
      'td.k-num > .v, th.k-num > .v, .k-date > .v, .k-code > .v, .k-hash > .v, td.k-status, th.k-status, .fig, .big-figure .figure, .status',
    ),
  ].filter((el) => !el.closest('thead'));
  for (const el of values) {
    if (!(el as HTMLElement).offsetParent && getComputedStyle(el).position !== 'fixed') continue;
    if (lineCount(el) > 1) problems.push(`wraps: ${name(el)}`);
    const cell = el.closest('td, th');
    if (cell) {
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`overflows its cell: ${name(el)}`);
      const a = el.getBoundingClientRect();
      const b = cell.getBoundingClientRect();
      if (a.right > b.right + 0.5 || a.left < b.left - 0.5) problems.push(`outside its cell: ${name(el)}`);
    }
  }
  for (const wrap of document.querySelectorAll('.table-wrap')) {
    const table = wrap.querySelector(':scope > table');
    if (!table) continue;
    const wider = table.getBoundingClientRect().width > wrap.getBoundingClientRect().width + 1;
    if (wider && !wrap.classList.contains('scroll'))
      problems.push(`table wider than its column: ${table.id}`);
    if (
      wider &&
      !(
        wrap.getAttribute('role') === 'region' &&
        wrap.getAttribute('tabindex') === '0' &&
        wrap.getAttribute('aria-labelledby')
      )
    )
      problems.push(`scrolling table without a named, focusable region: ${table.id}`);
  }
  if (document.documentElement.scrollWidth > window.innerWidth)
    problems.push(
      `the page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`,
    );
  const scrollRegions = [...document.querySelectorAll('.table-wrap.scroll')]
    .filter((w) => w.scrollWidth > w.clientWidth)
    .map((w) => w.querySelector('table')?.id ?? '?');
  const figures = [...document.querySelectorAll('td.k-num > .v, .big-figure .figure')].map((el) =>
    (el.textContent ?? '').trim(),
  );
  return { problems, figures, scrollRegions };
}

describe.skipIf(skip)('figures never collide or wrap, on screen and on paper', () => {
  const rendered: Rendered[] = [];
  let browser: Browser;
  const figures = new Map<string, string[]>();

  beforeAll(async () => {
    if (!browserPath)
      throw new Error(
        'PONAM_REQUIRE_BROWSER=1 and no Chrome, Chromium or Edge was found (set PONAM_BROWSER)',
      );
    for (const r of REPORTS) rendered.push(render(r, 'html,pdf,json', browserPath));
    browser = await launch(browserPath);
  });

  afterAll(async () => {
    await browser?.close();
    for (const r of rendered) rmSync(r.dir, { recursive: true, force: true });
  });

  it('catches the collisions of issue 11 (the check itself)', async () => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 800, height: 600 });
      await page.setContent(`<style>.k-num { white-space: nowrap; } td { border: 1px solid; }</style>
        <div class="table-wrap"><table id="old" style="table-layout: fixed; width: 100px">
          <tr><td class="k-num" style="width: 60px"><span class="v">2 800 000 000</span></td>
              <td class="k-date" style="width: 40px"><span class="v">2021-01- 30</span></td></tr>
        </table></div>`);
      const m = await page.evaluate(measure);
      expect(m.problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^overflows its cell: "2 800 000 000"/),
          expect.stringMatching(/^wraps: "2021-01- 30"/),
        ]),
      );
    } finally {
      await page.close();
    }
  });

  for (const report of REPORTS) {
    // A4's text width in CSS pixels: 210 − 2 × 15 mm portrait, 297 − 2 × 15 mm landscape (the IPTT).
    it(`${report.name} in print: no table is wider than its page (Chromium would shrink every page to fit it)`, async () => {
      const r = rendered.find((x) => x.name === report.name) as Rendered;
      const wider: string[] = [];
      for (const [width, landscape] of [
        [680, false],
        [1009, true],
      ] as const) {
        const page = await browser.newPage();
        try {
          await page.setViewport({ width, height: 1000 });
          await page.goto(fileUrl(r.html), { waitUntil: 'load' });
          await page.emulateMediaType('print');
          wider.push(
            ...(await page.evaluate((onLandscape: boolean) => {
              const found: string[] = [];
              for (const table of document.querySelectorAll('main table')) {
                if ((table.closest('section.iptt') !== null) !== onLandscape) continue;
                if (table.getBoundingClientRect().width > document.documentElement.clientWidth + 1)
                  found.push(`${table.id}: ${Math.round(table.getBoundingClientRect().width)} px`);
              }
              return found;
            }, landscape)),
          );
        } finally {
          await page.close();
        }
      }
      expect(wider).toEqual([]);
    });

    for (const width of WIDTHS) {
      it(`${report.name} at ${width} px: every figure, code, date and status on one line, inside its cell`, async () => {
        const r = rendered.find((x) => x.name === report.name) as Rendered;
        const page = await browser.newPage();
        try {
          await page.setViewport({ width, height: 1000 });
          await page.goto(fileUrl(r.html), { waitUntil: 'load' });
          const m = await page.evaluate(measure);
          expect(m.problems).toEqual([]);
          expect(m.figures.length).toBeGreaterThan(20);
          if (width >= 1280) expect(m.scrollRegions, 'tables scrolling at a desktop width').toEqual([]);
          figures.set(report.name, m.figures);
        } finally {
          await page.close();
        }
      });
    }

    it.skipIf(!poppler)(
      `${report.name} PDF: every figure of the tables whole on one line, apart from its neighbours`,
      () => {
        const r = rendered.find((x) => x.name === report.name) as Rendered;
        const lines = pdfLines(r.pdf as string);
        const wanted = [...new Set((figures.get(report.name) ?? []).map(flat))].filter(
          (f) => /\d/.test(f) && /[\s%]/.test(f),
        );
        expect(wanted.length).toBeGreaterThan(5);
        expect(wanted.filter((f) => !standsApart(lines, f))).toEqual([]);
      },
    );

    it.skipIf(!poppler)(`${report.name} PDF: no page holds a lone row`, () => {
      const r = rendered.find((x) => x.name === report.name) as Rendered;
      const pages = pdfPages(r.pdf as string).map(flat);
      const thin = pages
        .map((p, n) => ({
          page: n + 1,
          // Body lines: the running header (first line) and the page number (last) left out.
          lines: p
            .split('\n')
            .filter((l) => l.trim())
            .slice(1, -1),
        }))
        .filter((p) => p.page > 1 && p.lines.length < 4)
        .map((p) => `page ${p.page}: ${p.lines.join(' / ')}`);
      expect(thin).toEqual([]);
    });
  }
});

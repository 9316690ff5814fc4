/**
 * Acceptance of issue 11, accessibility: WCAG 2.1 AA as axe-core 4.14 checks it, run in the system
 * Chromium on the demo report and on the report of workbooks written by openpyxl (French and
 * English). No violation of serious or critical impact is allowed; moderate and minor ones are
 * printed, so that they can be looked at.
 *
 * axe-core is a pinned devDependency: its script is injected into the page (the report's own
 * Content-Security-Policy forbids scripts, so the test page bypasses it).
 */
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser, skipWithoutBrowser } from '../pdf/find-browser.js';
import { fileUrl, launch, REPORTS, type Rendered, render } from './reports.js';

const browserPath = findBrowser();
const skip = skipWithoutBrowser(
  browserPath,
  'Report accessibility tests (tests/report/accessibility.e2e.test.ts)',
);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(skip)('the HTML report meets WCAG 2.1 AA as axe-core checks it', () => {
  const rendered: Rendered[] = [];
  let browser: Browser;

  beforeAll(async () => {
    if (!browserPath)
      throw new Error(
        'PONAM_REQUIRE_BROWSER=1 and no Chrome, Chromium or Edge was found (set PONAM_BROWSER)',
      );
    for (const r of REPORTS) rendered.push(render(r, 'html', null));
    browser = await launch(browserPath);
  });

  afterAll(async () => {
    await browser?.close();
    for (const r of rendered) rmSync(r.dir, { recursive: true, force: true });
  });

  it('runs the pinned axe-core 4.14.1', () => {
    expect(
      JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8'))
        .version,
    ).toBe('4.14.1');
  });

  for (const report of REPORTS) {
    it(`${report.name}: no serious or critical violation`, async () => {
      const r = rendered.find((x) => x.name === report.name) as Rendered;
      const page = await browser.newPage();
      try {
        await page.setBypassCSP(true);
        await page.setViewport({ width: 1280, height: 1000 });
        await page.goto(fileUrl(r.html), { waitUntil: 'load' });
        await page.addScriptTag({ content: AXE });
        const violations = (await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> };
            }
          ).axe;
          const result = await axe.run(document, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
            },
            resultTypes: ['violations'],
          });
          return result.violations;
        })) as Violation[];
        const summary = (v: Violation) =>
          `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target.join(' ')})`;
        const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
        if (minor.length)
          console.warn(`axe, ${report.name}, below serious:\n  ${minor.map(summary).join('\n  ')}`);
        expect(
          violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(summary),
        ).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

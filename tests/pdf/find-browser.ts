import { spawnSync } from 'node:child_process';
import { searchBrowser } from '../../src/report/browser.js';

/**
 * The browser the PDF tests print with: the one ponam itself would find (`PONAM_BROWSER`, then
 * the usual install places). Without one the PDF tests are skipped with a loud notice, unless
 * `PONAM_REQUIRE_BROWSER=1` (CI), where a missing browser is a failure.
 */
export function findBrowser(): string | null {
  return searchBrowser(undefined).path;
}

export const browserRequired = process.env.PONAM_REQUIRE_BROWSER === '1';

/** True when the PDF tests should be skipped; says so loudly. */
export function skipWithoutBrowser(browser: string | null, what: string): boolean {
  if (browser || browserRequired) return false;
  console.warn(
    `\n${'!'.repeat(78)}\n!! ${what} SKIPPED: no Chrome, Chromium or Edge found on this machine.\n` +
      '!! Install one (apt-get install chromium) or set PONAM_BROWSER; CI sets PONAM_REQUIRE_BROWSER=1,\n' +
      `!! where a missing browser fails these tests.\n${'!'.repeat(78)}\n`,
  );
  return true;
}

/** Whether a poppler tool (pdftotext, pdfinfo, pdffonts) can be run. */
export function hasTool(name: string): boolean {
  return spawnSync(name, ['-v'], { encoding: 'utf8' }).error === undefined;
}

export function warnMissingTool(name: string): void {
  console.warn(
    `\n!! ${name} not found (apt-get install poppler-utils): the checks that need it are skipped.\n`,
  );
}

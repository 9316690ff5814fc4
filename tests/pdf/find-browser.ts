import { searchBrowser } from '../../src/report/browser.js';
import { browserRequired, skipWithout } from '../helpers/tools.js';

export { browserRequired };

/**
 * The browser the PDF tests print with: the one ponam itself would find (`PONAM_BROWSER`, then
 * the usual install places). Without one the PDF tests are skipped with a loud notice, unless
 * `PONAM_REQUIRE_TOOLS=1` or `PONAM_REQUIRE_BROWSER=1` (CI), where a missing browser is a failure.
 */
export function findBrowser(): string | null {
  return searchBrowser(undefined).path;
}

/** True when the PDF tests should be skipped (said loudly); throws where the browser is required (tests/helpers/tools.ts). */
export function skipWithoutBrowser(browser: string | null, what: string): boolean {
  return browser ? false : skipWithout(['browser'], what);
}

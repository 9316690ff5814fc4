/**
 * The programs outside Node that some tests need: a browser (the PDF), poppler (reading the PDF
 * back), /usr/bin/python3 with openpyxl (writing and reading workbooks as another program does),
 * LibreOffice (opening what ponam writes), npm (the packed package). On a developer's machine a
 * missing one skips the tests that need it, with a loud notice naming what to install. With
 * `PONAM_REQUIRE_TOOLS=1` (CI: .ci/run installs them all) a missing one fails those tests instead,
 * so that CI never passes by skipping. `PONAM_REQUIRE_BROWSER=1` alone requires the browser only.
 */
import { spawnSync } from 'node:child_process';
import { searchBrowser } from '../../src/report/browser.js';

export type Tool =
  | 'browser'
  | 'pdftotext'
  | 'pdfinfo'
  | 'pdffonts'
  | 'pdftoppm'
  | 'openpyxl'
  | 'soffice'
  | 'npm';

export const PYTHON = '/usr/bin/python3';

/** Every tool is required: a missing one fails the tests that need it (CI). */
export const toolsRequired = process.env.PONAM_REQUIRE_TOOLS === '1';

/** The browser is required (PONAM_REQUIRE_BROWSER=1, or every tool is). */
export const browserRequired = toolsRequired || process.env.PONAM_REQUIRE_BROWSER === '1';

const INSTALL: Record<Tool, string> = {
  browser: 'apt-get install chromium, or set PONAM_BROWSER',
  pdftotext: 'apt-get install poppler-utils',
  pdfinfo: 'apt-get install poppler-utils',
  pdffonts: 'apt-get install poppler-utils',
  pdftoppm: 'apt-get install poppler-utils',
  openpyxl: 'apt-get install python3-openpyxl (for /usr/bin/python3)',
  soffice: 'apt-get install libreoffice-calc-nogui libreoffice-writer-nogui',
  npm: 'install npm',
};

function probe(tool: Tool): boolean {
  switch (tool) {
    case 'browser':
      return searchBrowser(undefined).path !== null;
    case 'openpyxl':
      return spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
    case 'soffice':
      return spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).status === 0;
    case 'npm':
      return spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;
    default:
      // poppler's tools print their version with -v (on stderr) and exit 0 or 99 by version.
      return spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
  }
}

const known = new Map<Tool, boolean>();

/** Whether TOOL can be run on this machine (asked once per test file). */
export function hasTool(tool: Tool): boolean {
  let found = known.get(tool);
  if (found === undefined) {
    found = probe(tool);
    known.set(tool, found);
  }
  return found;
}

function required(tool: Tool): boolean {
  return tool === 'browser' ? browserRequired : toolsRequired;
}

/**
 * True when the tests described by WHAT must be skipped because one of TOOLS is missing; says so
 * loudly. Where the missing tool is required, throws instead: the test file fails, naming it.
 */
export function skipWithout(tools: readonly Tool[], what: string): boolean {
  const missing = tools.filter((t) => !hasTool(t));
  if (missing.length === 0) return false;
  const install = [...new Set(missing.map((t) => INSTALL[t]))].join('; ');
  const mandatory = missing.filter(required);
  if (mandatory.length > 0)
    throw new Error(
      `${what}: ${mandatory.join(', ')} not found, and PONAM_REQUIRE_${toolsRequired ? 'TOOLS' : 'BROWSER'}=1 ` +
        `makes it required (${install})`,
    );
  console.warn(
    `\n${'!'.repeat(78)}\n!! ${what} SKIPPED: ${missing.join(', ')} not found.\n!! ${install}; ` +
      `CI sets PONAM_REQUIRE_TOOLS=1, where this fails.\n${'!'.repeat(78)}\n`,
  );
  return true;
}

/**
 * True when committed fixture files are missing (skipped with a notice, naming the script that
 * makes them); fails instead where tools are required (CI: a clean clone holds every fixture).
 */
export function skipWithoutFixtures(missing: readonly string[], what: string, regenerate: string): boolean {
  if (missing.length === 0) return false;
  const message = `${what}: fixture files missing (${missing.join(', ')}): run ${regenerate}`;
  if (toolsRequired) throw new Error(message);
  console.warn(`\n!! ${message} — SKIPPED\n`);
  return true;
}

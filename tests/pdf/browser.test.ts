import { describe, expect, it } from 'vitest';
import { PonamError } from '../../src/model/errors.js';
import {
  candidatePaths,
  requireBrowser,
  type SearchContext,
  searchBrowser,
} from '../../src/report/browser.js';
import { destinationPages, fillTocPages } from '../../src/report/pdf.js';

const machine = (
  platform: NodeJS.Platform,
  present: string[],
  env: NodeJS.ProcessEnv = {},
): SearchContext => ({
  platform,
  env,
  isExecutable: (p) => present.includes(p),
});

describe('finding a browser', () => {
  it('prefers --browser, then PONAM_BROWSER, then the install places', () => {
    const ctx = machine('linux', ['/opt/custom/chrome', '/usr/bin/chromium', '/env/chrome'], {
      PONAM_BROWSER: '/env/chrome',
    });
    expect(searchBrowser('/opt/custom/chrome', ctx).path).toBe('/opt/custom/chrome');
    expect(searchBrowser(undefined, ctx).path).toBe('/env/chrome');
    expect(searchBrowser(undefined, machine('linux', ['/usr/bin/chromium'])).path).toBe('/usr/bin/chromium');
  });

  it('never replaces a browser that was asked for and is missing by another one', () => {
    const found = searchBrowser('/nonexistent', machine('linux', ['/usr/bin/chromium']));
    expect(found).toEqual({ path: null, tried: ['/nonexistent'], from: '--browser' });
  });

  it('knows the usual places on Linux, macOS and Windows, Edge included', () => {
    expect(candidatePaths({ platform: 'linux', env: {} })).toEqual(
      expect.arrayContaining([
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/microsoft-edge',
        '/snap/bin/chromium',
      ]),
    );
    expect(candidatePaths({ platform: 'darwin', env: {} })).toEqual(
      expect.arrayContaining([
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ]),
    );
    const windows = candidatePaths({
      platform: 'win32',
      env: { LOCALAPPDATA: 'C:\\Users\\awa\\AppData\\Local' },
    });
    expect(windows).toEqual(
      expect.arrayContaining([
        'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
        'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        'C:\\Users\\awa\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      ]),
    );
  });

  it('looks on PATH after the install places', () => {
    const found = searchBrowser(
      undefined,
      machine('linux', ['/nix/bin/chromium'], { PATH: '/nix/bin:/usr/bin' }),
    );
    expect(found.path).toBe('/nix/bin/chromium');
  });

  it('says which paths it tried and how to install a browser when there is none', () => {
    let error: unknown;
    try {
      requireBrowser(undefined, 'en', machine('linux', [], { PATH: '/usr/bin' }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PonamError);
    const e = error as PonamError;
    expect(e.code).toBe('browser-not-found');
    expect(e.message).toContain('/usr/bin/chromium');
    expect(e.message).toContain('/snap/bin/chromium');
    expect(e.suggestion).toMatch(/apt-get install chromium/);
    expect(e.suggestion).toMatch(/Edge/);
  });
});

describe('page numbers of the table of contents', () => {
  const pdf = Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj\n<</Type /Page\n/Parent 3 0 R>>\nendobj',
      '2 0 obj\n<</Type /Page\n/Parent 4 0 R>>\nendobj',
      '5 0 obj\n<</Type /Page\n/Parent 4 0 R>>\nendobj',
      '4 0 obj\n<</Type /Pages\n/Kids [2 0 R 5 0 R]>>\nendobj',
      '3 0 obj\n<</Type /Pages\n/Kids [1 0 R 4 0 R]>>\nendobj',
      '6 0 obj\n<</resume [2 0 R /XYZ 0 821.67 0]\n/axe-1 [5 0 R /XYZ 0 821.67 0]>>\nendobj',
      '7 0 obj\n<</Type /Catalog\n/Pages 3 0 R\n/Dests 6 0 R>>\nendobj',
      '%%EOF',
    ].join('\n'),
    'latin1',
  );

  it("reads the page of each named destination from Chromium's page tree", () => {
    expect(destinationPages(pdf)).toEqual(
      new Map([
        ['resume', 2],
        ['axe-1', 3],
      ]),
    );
  });

  it('writes the numbers only when every entry is known', () => {
    const html =
      '<span class="toc-page" data-dest="resume"></span><span class="toc-page" data-dest="axe-1"></span>';
    expect(fillTocPages(html, destinationPages(pdf))).toBe(
      '<span class="toc-page" data-dest="resume">2</span><span class="toc-page" data-dest="axe-1">3</span>',
    );
    expect(fillTocPages(html, new Map([['resume', 2]]))).toBe(html);
    expect(destinationPages(Buffer.from('not a pdf'))).toEqual(new Map());
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { escapeMarkup } from './markup.js';

/**
 * The report's HTML printed to PDF by a Chrome, Chromium or Edge found on the machine
 * (src/report/browser.ts). The page is locked down: no JavaScript, every network request
 * aborted. The browser runs in its own process group and is always killed, whatever happens:
 * at the time limit (even while it is still starting, or ignoring signals: SIGKILL to its
 * group), when `signal` is aborted (SIGINT/SIGTERM reaching ponam), and otherwise closed at the end.
 */
export interface PdfOptions {
  browser: string;
  lang: Lang;
  /** Language of the error messages, when it differs from the report's. */
  messagesLang?: Lang;
  /** Running header: plan title on the left, period on the right. */
  title: string;
  period: string;
  timeoutMs?: number;
  /** Aborted when ponam is interrupted: the browser is killed and its profile removed at once. */
  signal?: AbortSignal;
}

/** Flags that work as root in containers and CI; the page runs no script and loads nothing, so the sandbox guards nothing here. */
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--mute-audio',
];

const MARGIN = { top: '20mm', bottom: '17mm', left: '15mm', right: '15mm' };
export const DEFAULT_TIMEOUT_MS = 90_000;
const CLOSE_GRACE_MS = 5_000;

export async function renderPdf(html: string, opts: PdfOptions): Promise<Uint8Array> {
  const t = catalogue(opts.messagesLang ?? opts.lang);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  const profile = mkdtempSync(join(tmpdir(), 'ponam-browser-'));
  // Aborting it makes puppeteer SIGKILL the browser's process group, even before it has connected.
  const launch = new AbortController();
  let browser: Browser | null = null;
  let killed = false;
  const kill = () => {
    killed = true;
    launch.abort();
    killBrowser(browser);
    removeProfileSync(profile);
  };
  opts.signal?.addEventListener('abort', kill, { once: true });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      kill();
      reject(
        new PonamError('browser-failed', t.pdf.timeout(seconds), t.cli.errors.pdfTimeoutHint(seconds * 2)),
      );
    }, timeoutMs);
  });

  const print = async (): Promise<Uint8Array> => {
    const launched = await puppeteer.launch({
      executablePath: opts.browser,
      headless: true,
      pipe: true,
      userDataDir: profile,
      args: BROWSER_FLAGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: timeoutMs,
      protocolTimeout: timeoutMs,
      signal: launch.signal,
    });
    browser = launched;
    if (killed) killBrowser(launched);
    const page = await launched.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      void request.abort('blockedbyclient').catch(() => undefined);
    });
    const printPage = () =>
      page.pdf({
        format: 'A4',
        // The CSS names the pages' sizes: A4 portrait, and landscape for the IPTT's wide tables.
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(opts),
        footerTemplate: footerTemplate(catalogue(opts.lang).report.page),
        margin: MARGIN,
        outline: true,
        timeout: timeoutMs,
      });
    const printOnce = async (content: string) => {
      await page.setContent(content, { waitUntil: 'load', timeout: timeoutMs });
      return printPage();
    };
    // Two passes: the first tells on which page each section starts, the second writes those
    // numbers into the table of contents (which sits on its own page, so they move nothing).
    // The numbers go into the page already laid out (the page's own scripts stay off; this is
    // ponam's), which spares parsing and laying out the whole report again.
    const first = await printOnce(html);
    const pages = destinationPages(first);
    if (fillTocPages(html, pages) === html) return first;
    await page.evaluate(
      (numbers: [string, number][]) => {
        const byId = new Map(numbers);
        for (const slot of document.querySelectorAll<HTMLElement>('span.toc-page'))
          slot.textContent = String(byId.get(slot.dataset.dest ?? '') ?? '');
      },
      [...pages],
    );
    return printPage();
  };

  const printing = print();
  // Once the deadline has won, the print's own failure (the browser killed under it) is moot.
  printing.catch(() => undefined);
  try {
    if (opts.signal?.aborted) kill();
    return await Promise.race([printing, deadline]);
  } catch (error) {
    if (error instanceof PonamError) throw error;
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PonamError('browser-failed', t.pdf.failed(detail), t.pdf.failedHint);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', kill);
    if (killed) killBrowser(browser);
    else await closeBrowser(browser);
    removeProfileSync(profile);
  }
}

/** The browser and its helpers (renderer, zygote) share a process group on Linux and macOS. */
function killBrowser(browser: Browser | null): void {
  const child = browser?.process();
  if (!child?.pid) return;
  try {
    if (process.platform === 'win32') child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Helpers killed a moment ago may still be writing to the profile: retry for about a second. */
function removeProfileSync(profile: string): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      rmSync(profile, { recursive: true, force: true });
      return;
    } catch {
      Atomics.wait(pause, 0, 0, 100);
    }
  }
}

async function closeBrowser(browser: Browser | null): Promise<void> {
  if (!browser) return;
  const closing = browser.close().catch(() => undefined);
  const grace = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), CLOSE_GRACE_MS).unref());
  if ((await Promise.race([closing, grace])) === 'late') killBrowser(browser);
}

const BAND_STYLE =
  "font-family:'DejaVu Sans','Noto Sans','Segoe UI',Arial,sans-serif;font-size:7.5pt;color:#5b6775;width:100%;margin:0 15mm;display:flex;justify-content:space-between;gap:8mm;";

function headerTemplate(opts: PdfOptions): string {
  const t = catalogue(opts.lang).report;
  return `<div style="${BAND_STYLE}border-bottom:0.5pt solid #d5dbe3;padding-bottom:1.5mm;"><span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">${escapeMarkup(opts.title)}</span><span style="white-space:nowrap;">${escapeMarkup(t.period)} ${escapeMarkup(opts.period)}</span></div>`;
}

function footerTemplate(page: string): string {
  return `<div style="${BAND_STYLE}display:block;text-align:center;">${escapeMarkup(page)} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`;
}

const TOC_SLOT = /<span class="toc-page" data-dest="([^"]*)"><\/span>/g;

/** Writes each section's page number into the table of contents; leaves it as is unless every entry is known. */
export function fillTocPages(html: string, pages: Map<string, number>): string {
  const wanted = [...html.matchAll(TOC_SLOT)].map((m) => unescapeAttr(m[1]));
  if (wanted.length === 0 || wanted.some((id) => !pages.has(id))) return html;
  return html.replace(TOC_SLOT, (slot, id: string) =>
    slot.replace('></span>', `>${pages.get(unescapeAttr(id))}</span>`),
  );
}

function unescapeAttr(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Page (1-based) of each named destination of a PDF printed by Chromium: Skia writes internal
 * link targets as a `/Dests` dictionary of the catalog, `/name [pageRef /XYZ x y 0]`, and the
 * page tree uncompressed. Anything unexpected gives an empty map, and the contents then go
 * without page numbers rather than with wrong ones.
 */
export function destinationPages(pdf: Uint8Array): Map<string, number> {
  const result = new Map<string, number>();
  try {
    const text = Buffer.from(pdf).toString('latin1');
    const objects = new Map<number, string>();
    const starts = [...text.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b/g)];
    starts.forEach((m, n) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = n + 1 < starts.length ? (starts[n + 1].index ?? text.length) : text.length;
      const body = text.slice(from, to);
      const cut = body.search(/\bstream\r?\n|\bendobj\b/);
      objects.set(Number(m[1]), cut >= 0 ? body.slice(0, cut) : body);
    });
    const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
    const pagesRef = catalog?.match(/\/Pages\s+(\d+)\s+0\s+R/);
    const destsRef = catalog?.match(/\/Dests\s+(\d+)\s+0\s+R/);
    if (!pagesRef || !destsRef) return result;
    const order: number[] = [];
    const walk = (ref: number, depth: number) => {
      const body = objects.get(ref);
      if (!body || depth > 32) return;
      if (/\/Type\s*\/Pages\b/.test(body)) {
        const kids = body.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? '';
        for (const k of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(k[1]), depth + 1);
      } else if (/\/Type\s*\/Page\b/.test(body)) order.push(ref);
    };
    walk(Number(pagesRef[1]), 0);
    const dests = objects.get(Number(destsRef[1])) ?? '';
    for (const d of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+0\s+R/g)) {
      const page = order.indexOf(Number(d[2]));
      if (page >= 0)
        result.set(
          d[1].replace(/#([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
          page + 1,
        );
    }
  } catch {
    result.clear();
  }
  return result;
}

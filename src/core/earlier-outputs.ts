import { open, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePeriod } from '../compute/periods.js';
import { en } from '../i18n/en.js';
import { escapeText } from '../i18n/escape.js';
import { fr } from '../i18n/fr.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../model/formats.js';
import { periodInWords } from '../report/periods.js';
import { rawText } from '../workbook/cells.js';
import { streamWorkbook } from '../workbook/read.js';
import { dataWorkbookKind, sheetNames } from '../workbook/sheet-names.js';
import { openZip } from '../workbook/zip.js';
import { displayPath } from './inputs.js';

/**
 * ponam's own outputs left in `--out` by an earlier run, and the rule for those of another
 * period (README, `--out`; issue 22): two runs of different periods into one folder must not
 * leave a 2025-T1 report.json beside a 2025-T2 report.html without a word.
 *
 * An output is ponam's when it has one of the names ponam writes there (the defaults and the
 * configuration's `outputs`) AND its content says so — the JSON's `"tool": {"name":"ponam"`, the
 * HTML's `<meta name="generator" content="ponam">`, the annex's creator `ponam …` and its sheets,
 * the Word report's properties as ponam wrote them (a document saved since by Word or
 * LibreOffice is a person's, never touched), the PDF's title as ponam's HTML gives it to the
 * browser. Its period is read from the same content: the JSON's `period`, the annex's
 * `Période` row, the period in words of the HTML's and PDF's title and of the Word subject.
 *
 * The rule: an output of another period that this run would leave in place (its format not
 * asked this time) stops the run (exit 2) before anything is written, naming what is there and
 * what to do; with `--force` it is removed once the new report is written. Outputs this run
 * rewrites are simply replaced, so a configured folder's `ponam report` each quarter, with the
 * same formats, never stops. Files ponam does not recognise as its own are never touched.
 */
export interface EarlierOutput {
  format: ReportFormat;
  path: string;
  /** The period as the file gives it: a label (`2025-T1`) or words (`T1 2025`). */
  period: string;
}

/** How many bytes of a file are read to recognise it: ponam writes its markers at the start. */
const HEAD = 16 * 1024;

export async function earlierOutputs(
  out: string,
  names: Readonly<Record<ReportFormat, string>>,
): Promise<EarlierOutput[]> {
  const found: EarlierOutput[] = [];
  for (const format of REPORT_FORMATS) {
    const path = join(out, names[format]);
    const s = await stat(path).catch(() => null);
    if (!s?.isFile()) continue;
    const period = await periodOf(format, path).catch(() => null);
    // Words that read as a period (`T1 2025`) are shown as its label; others (`1er semestre 2025`) as they are.
    if (period) found.push({ format, path, period: parsePeriod(period)?.label ?? period });
  }
  return found;
}

/** The period of a file when it is ponam's output of that format, else null. */
async function periodOf(format: ReportFormat, path: string): Promise<string | null> {
  switch (format) {
    case 'json':
      return jsonPeriod(await head(path));
    case 'html':
      return htmlPeriod(await head(path));
    case 'pdf':
      return pdfPeriod(await head(path, 64 * 1024));
    case 'xlsx':
      return annexPeriod(path);
    case 'docx':
      return docxPeriod(path);
  }
}

async function head(path: string, bytes = HEAD): Promise<string> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await file.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('latin1');
  } finally {
    await file.close();
  }
}

/** `{ "schemaVersion": "2", "tool": {"name":"ponam",…}, …, "period": "2025-T1"`: src/report/json.ts. */
export function jsonPeriod(text: string): string | null {
  if (!/^\{\s*"schemaVersion":\s*"[^"]*",\s*"tool":\s*\{\s*"name"\s*:\s*"ponam"/.test(text)) return null;
  return /\n\s*"period":\s*"([^"]+)"/.exec(text)?.[1] ?? null;
}

export function htmlPeriod(text: string): string | null {
  if (!/<meta name="generator" content="ponam">/.test(text)) return null;
  const title = /<title>([^<]*)<\/title>/.exec(text)?.[1];
  return title ? titlePeriod(decodeEntities(Buffer.from(title, 'latin1').toString('utf8'))) : null;
}

/** `Plan — Rapport trimestriel, T1 2025` (the HTML's `<title>`): the period in words, when the type is ponam's. */
function titlePeriod(title: string): string | null {
  const m = /^.* — (.+), ([^,]+)$/.exec(title.trim());
  if (!m) return null;
  const types = [...Object.values(fr.report.reportTypes), ...Object.values(en.report.reportTypes)];
  return types.includes(m[1]) ? m[2] : null;
}

/** A PDF printed by Chrome's engine (Skia) from ponam's HTML: its document title is the HTML's. */
export function pdfPeriod(text: string): string | null {
  if (!text.startsWith('%PDF-') || !/\/Producer \(Skia\/PDF/.test(text)) return null;
  const title = /\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(text)?.[1];
  return title ? titlePeriod(pdfString(title)) : null;
}

/** A PDF string: `<FEFF…>` (UTF-16BE) or `(…)` with backslash escapes. */
function pdfString(s: string): string {
  if (s.startsWith('<')) {
    const hex = Buffer.from(s.slice(1, -1).replace(/\s/g, ''), 'hex');
    if (hex[0] === 0xfe && hex[1] === 0xff) return hex.subarray(2).swap16().toString('utf16le');
    return hex.toString('latin1');
  }
  return s
    .slice(1, -1)
    .replace(/\\([0-7]{1,3}|.)/g, (_, c: string) =>
      /^[0-7]/.test(c) ? String.fromCharCode(Number.parseInt(c, 8)) : (ESCAPES[c] ?? c),
    );
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

async function corePart(path: string): Promise<string | null> {
  const entry = (await openZip(path)).find('docProps/core.xml');
  return entry ? (await entry.buffer()).toString('utf8') : null;
}

/** The annex: created by ponam (`<dc:creator>ponam 0.1.0`), its sheets ponam's, and the period of its first sheet. */
async function annexPeriod(path: string): Promise<string | null> {
  const core = await corePart(path);
  if (!core || !/<dc:creator>ponam /.test(core)) return null;
  const names = await sheetNames(path);
  if (!names || dataWorkbookKind(names) !== 'own-output') return null;
  const labels = new Set([fr.report.period, en.report.period]);
  let period: string | null = null;
  let first = true;
  await streamWorkbook(path, () => {
    if (!first) return null;
    first = false;
    return {
      row: (_n, cells) => {
        if (period === null && labels.has(rawText(cells[1] ?? null).trim()))
          period = rawText(cells[2] ?? null).trim() || null;
      },
      end: () => undefined,
    };
  });
  return period;
}

/** The Word report as ponam wrote it (last saved by ponam, ponam's description), and the period of its subject. */
async function docxPeriod(path: string): Promise<string | null> {
  const core = await corePart(path);
  if (!core || !/<cp:lastModifiedBy>ponam<\/cp:lastModifiedBy>/.test(core)) return null;
  const description = decodeEntities(/<dc:description>([^<]*)<\/dc:description>/.exec(core)?.[1] ?? '');
  if (description !== fr.docx.description && description !== en.docx.description) return null;
  const subject = decodeEntities(/<dc:subject>([^<]*)<\/dc:subject>/.exec(core)?.[1] ?? '');
  const at = subject.lastIndexOf(' · ');
  return at >= 0 ? subject.slice(at + 3) : null;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** The file gives `period` as its label or in words, in either language. */
export function samePeriod(found: string, period: string): boolean {
  return found === period || found === periodInWords(period, 'fr') || found === periodInWords(period, 'en');
}

/**
 * The outputs of another period that a run at `period` writing `formats` would leave beside its
 * own. None: nothing to say. Some, without `force`: a usage error naming them and what to do.
 * With `force`: they are returned, for the caller to remove once the new report is written.
 */
export async function staleOutputs(
  out: string,
  names: Readonly<Record<ReportFormat, string>>,
  formats: readonly string[],
  period: string,
  force: boolean,
  lang: Lang,
): Promise<EarlierOutput[]> {
  const stale = (await earlierOutputs(out, names)).filter(
    (o) => !formats.includes(o.format) && !samePeriod(o.period, period),
  );
  if (stale.length === 0 || force) return stale;
  const t = catalogue(lang).cli.errors;
  const list = stale.map((o) => `${escapeText(displayPath(o.path))} (${escapeText(o.period)})`).join(', ');
  const asked = REPORT_FORMATS.filter((f) => formats.includes(f) || stale.some((o) => o.format === f));
  throw new PonamError(
    'usage',
    t.otherPeriodOutputs(escapeText(displayPath(out)), list, parsePeriod(period)?.label ?? period),
    t.otherPeriodOutputsHint(asked.join(',')),
  );
}

/** Removes the outputs of another period (`--force`), once the new report is written; returns them. */
export async function removeOutputs(stale: readonly EarlierOutput[]): Promise<EarlierOutput[]> {
  for (const o of stale) await rm(o.path, { force: true });
  return [...stale];
}

import { basename, join } from 'node:path';
import type { ReportModel } from '../compute/model.js';
import type { Lang } from '../i18n/index.js';
import type { ReportFormat } from '../model/formats.js';
import { jsonChunks, traceCsvChunks, traceFileName } from '../report/json.js';
import type { ReportView } from '../report/view.js';
import { type EarlierOutput, removeOutputs, staleOutputs } from './earlier-outputs.js';
import type { Logo } from './logo.js';
import { writeAtomic, writeAtomicChunks } from './write.js';

/** File names by format; a project configuration may give others (`outputs`). */
export const DEFAULT_NAMES: Record<ReportFormat, string> = {
  html: 'report.html',
  json: 'report.json',
  pdf: 'report.pdf',
  xlsx: 'annexe.xlsx',
  docx: 'report.docx',
};

export interface RenderRequest {
  formats: readonly string[];
  out: string;
  names?: Partial<Record<ReportFormat, string>>;
  logo: Logo | null;
  /** For the PDF: the browser asked for (else found), its time limit, the run's interruption. */
  browser?: string;
  pdfTimeoutMs: number;
  signal: AbortSignal;
  /** The language of messages (a missing browser), which may differ from the report's. */
  messagesLang: Lang;
  /** `--force`: remove ponam's outputs of another period that this run does not replace (src/core/earlier-outputs.ts). */
  force?: boolean;
}

export interface Rendered {
  paths: string[];
  /** Why the PDF could not be printed; the other formats are written all the same. */
  pdfFailure: unknown;
  /** ponam's outputs of another period removed from the folder (`--force`). */
  removed: EarlierOutput[];
}

/**
 * Each format rendered from the model and written atomically; the PDF last, so that a missing or
 * failing browser leaves the others written. Renderers are loaded when a format asks for them:
 * `--format json` never loads echarts, exceljs or a browser driver.
 */
export async function renderFormats(model: ReportModel, req: RenderRequest): Promise<Rendered> {
  const paths: string[] = [];
  const name = { ...DEFAULT_NAMES, ...req.names };
  // Another period's outputs that would be left beside these: refused here, before any write.
  const stale = await staleOutputs(
    req.out,
    name,
    req.formats,
    model.period,
    req.force ?? false,
    req.messagesLang,
  );
  const write = async (file: string, content: string | Uint8Array) => {
    const path = join(req.out, file);
    await writeAtomic(path, content);
    paths.push(path);
  };
  const wants = (format: string) => req.formats.includes(format);
  if (wants('json')) {
    // A large report's trace first, so that the report.json naming it never points at nothing.
    const traceName = traceFileName(name.json);
    if (model.traceFile) {
      const tracePath = join(req.out, traceName);
      await writeAtomicChunks(tracePath, traceCsvChunks(model.traceFile));
      paths.push(tracePath);
    }
    const path = join(req.out, name.json);
    await writeAtomicChunks(path, jsonChunks(model, basename(traceName)));
    paths.push(path);
  }
  // The view (charts included) is built only when a format needs it: JSON alone stays cheap.
  const wantsHtml = wants('html') || wants('pdf');
  const view = wantsHtml || wants('docx') ? await reportView(model, req.logo) : null;
  const page = view && wantsHtml ? { html: await reportHtml(view), view } : null;
  if (page && wants('html')) await write(name.html, page.html);
  if (wants('xlsx')) {
    const { renderXlsx } = await import('../report/xlsx.js');
    await write(name.xlsx, await renderXlsx(model, model.lang));
  }
  if (view && wants('docx')) {
    const { renderDocx } = await import('../report/docx/index.js');
    await write(name.docx, await renderDocx(view));
  }
  let pdfFailure: unknown = null;
  if (page && wants('pdf')) {
    try {
      const { requireBrowser } = await import('../report/browser.js');
      const { renderPdf } = await import('../report/pdf.js');
      const browser = requireBrowser(req.browser, req.messagesLang);
      const pdf = await renderPdf(page.html, {
        browser,
        lang: model.lang,
        messagesLang: req.messagesLang,
        title: page.view.title,
        period: page.view.period,
        timeoutMs: req.pdfTimeoutMs,
        signal: req.signal,
      });
      await write(name.pdf, pdf);
    } catch (error) {
      pdfFailure = error;
    }
  }
  return { paths, pdfFailure, removed: await removeOutputs(stale) };
}

async function reportView(model: ReportModel, logo: Logo | null): Promise<ReportView> {
  const { buildView } = await import('../report/view.js');
  return buildView(model, model.lang, { logo: logo?.dataUri ?? null });
}

async function reportHtml(view: ReportView): Promise<string> {
  const { renderHtml } = await import('../report/html.js');
  return renderHtml(view);
}

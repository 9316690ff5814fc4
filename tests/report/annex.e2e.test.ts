/**
 * Acceptance of issue 11, xlsx annex: printed by LibreOffice, each sheet of the demo's annex
 * holds on one page width (A4, landscape where wide, the header row repeated on every page), and
 * its autofilters survive a LibreOffice round trip (they are named `_xlnm._FilterDatabase`).
 *
 *   soffice --headless --convert-to pdf annexe.xlsx     → every page shows one sheet's whole header
 *   soffice --headless --convert-to xlsx annexe.xlsx    → openpyxl still reads each ws.auto_filter.ref
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from '../helpers/tools.js';
import { flat, pdfPages, REPORTS, type Rendered, render } from './reports.js';

const PYTHON = '/usr/bin/python3';
const ready = !skipWithout(['soffice', 'openpyxl', 'pdftotext'], 'xlsx annex print tests');

interface Sheet {
  title: string;
  header: string[];
  filter: string | null;
  orientation: string | null;
  fitToWidth: number | null;
  printTitles: string | null;
  tallest: number;
}

/** What openpyxl reads of each sheet. */
function sheets(xlsx: string): Sheet[] {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([{
  "title": ws.title,
  "header": [c.value for c in ws[1] if c.value is not None],
  "filter": ws.auto_filter.ref,
  "orientation": ws.page_setup.orientation,
  "fitToWidth": ws.page_setup.fitToWidth,
  "printTitles": ws.print_title_rows,
  "tallest": max([d.height or 0 for d in ws.row_dimensions.values()] + [0]),
} for ws in wb.worksheets]))
`;
  const r = spawnSync(PYTHON, ['-c', script, xlsx], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** LibreOffice with a profile of its own: another soffice running on the machine does not block it. */
function convert(file: string, to: 'pdf' | 'xlsx', outdir: string, profile: string): string {
  mkdirSync(outdir, { recursive: true });
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--convert-to',
      to,
      '--outdir',
      outdir,
      file,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  return path.join(outdir, `${path.basename(file, '.xlsx')}.${to}`);
}

describe.skipIf(!ready)('the xlsx annex prints and filters in LibreOffice', () => {
  let rendered: Rendered;
  let work: string;
  let annex: string;

  beforeAll(() => {
    rendered = render(REPORTS[0], 'xlsx', null);
    annex = path.join(rendered.dir, 'annexe.xlsx');
    work = mkdtempSync(path.join(tmpdir(), 'ponam-soffice-'));
  });

  afterAll(() => {
    rmSync(rendered.dir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('sets every sheet to A4, one page wide, header row repeated, landscape when wide, rows tall enough', () => {
    const all = sheets(annex);
    expect(all.length).toBeGreaterThanOrEqual(7);
    for (const s of all) {
      expect(s.fitToWidth, s.title).toBe(1);
      expect(s.printTitles, s.title).toBe('$1:$1');
      expect(s.filter, s.title).toMatch(/^A1:[A-Z]+\d+$/);
    }
    expect(all.find((s) => s.title === 'Indicateurs')?.orientation).toBe('landscape');
    expect(all.find((s) => s.title === 'Résumé')?.orientation).toBe('portrait');
    // Long indicator labels wrap in their cell, on rows tall enough for them.
    expect(all.find((s) => s.title === 'Indicateurs')?.tallest).toBeGreaterThanOrEqual(30);
  });

  it('prints each sheet on one page width: every page shows the whole header of one sheet', () => {
    const pdf = convert(annex, 'pdf', path.join(work, 'pdf'), path.join(work, 'profile'));
    const pages = pdfPages(pdf).map((p) => flat(p).replace(/\s+/g, ' '));
    const all = sheets(annex);
    const words = (s: Sheet) => s.header.flatMap((h) => h.split(/\s+/));
    const owner = pages.map(
      (text) => all.find((s) => words(s).every((w) => text.includes(w)))?.title ?? null,
    );
    expect(owner.filter((o) => o === null).length, 'pages holding part of a header only').toBe(0);
    for (const s of all) expect(owner, s.title).toContain(s.title);
    // 30 pages before issue 11 for the sheets other than the IPTT's (issue 23); the IPTT's long
    // sheet, one row per indicator and period, is for a pivot table rather than for print.
    expect(pages.filter((_, n) => !owner[n]?.startsWith('IPTT')).length).toBeLessThanOrEqual(20);
  });

  it('keeps its filters through a LibreOffice round trip', () => {
    const saved = convert(annex, 'xlsx', path.join(work, 'xlsx'), path.join(work, 'profile'));
    const before = sheets(annex).map((s) => [s.title, s.filter]);
    const after = sheets(saved).map((s) => [s.title, s.filter]);
    expect(after).toEqual(before);
  });
});

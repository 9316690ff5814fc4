/**
 * Acceptance of issue 12, end to end through the built binary as a consultant runs it:
 *
 *   ponam demo --format docx,json --out DIR        → DIR/report.docx
 *   soffice --headless --convert-to pdf report.docx → the document opens and prints
 *
 * The PDF's text holds the plan's title, its rate, every axis and an indicator; the document's
 * XML uses Word's heading styles, repeated table headers, rows kept whole, figures right-aligned,
 * statuses in their colours, charts as SVG pictures with a PNG beside them and alternative text,
 * a contents field Word updates on opening, page numbers in the footer. Two runs give the same
 * document; `--lang en` gives it in English.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../src/compute/status.js';
import { catalogue } from '../../src/i18n/index.js';
import { STATUS_STYLES } from '../../src/report/statuses.js';
import { ponam } from '../helpers/cli.js';
import { skipWithout } from '../helpers/tools.js';
import { flat, pdfPages } from '../report/reports.js';
import { WIDE } from '../wide/helpers.js';
import { blocks, entries, headings, norm, parts, tables } from './read-docx.js';

const ready = !skipWithout(['soffice', 'pdftotext'], 'Word report print tests');

interface Run {
  dir: string;
  docx: Uint8Array;
  xml: Record<string, string>;
}

function demo(...args: string[]): Run {
  const dir = mkdtempSync(path.join(tmpdir(), 'ponam-docx-'));
  const r = ponam(['demo', '--format', 'docx,json', '--out', dir, '--quiet', ...args]);
  if (r.code !== 0) throw new Error(`ponam demo failed (${r.code}):\n${r.stderr}`);
  const docx = new Uint8Array(readFileSync(path.join(dir, 'report.docx')));
  return { dir, docx, xml: parts(docx) };
}

/** LibreOffice with a profile of its own: another soffice running on the machine does not block it. */
function toPdf(file: string, work: string): string {
  const outdir = path.join(work, 'pdf');
  mkdirSync(outdir, { recursive: true });
  const r = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outdir,
      file,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  return path.join(outdir, `${path.basename(file, '.docx')}.pdf`);
}

describe('ponam demo --format docx', () => {
  let fr: Run;
  let again: Run;
  let en: Run;
  let json: {
    plan: { title: string };
    axes: { code: string; label: string }[];
    indicators: { code: string; label: string }[];
  };
  let doc: string;

  beforeAll(() => {
    fr = demo();
    again = demo();
    en = demo('--lang', 'en');
    json = JSON.parse(readFileSync(path.join(fr.dir, 'report.json'), 'utf8'));
    doc = fr.xml['word/document.xml'];
  });

  afterAll(() => {
    for (const r of [fr, again, en]) if (r) rmSync(r.dir, { recursive: true, force: true });
  });

  it('gives the same document twice: same word/document.xml, and the same bytes', () => {
    expect(again.xml['word/document.xml']).toBe(doc);
    expect(Buffer.from(again.docx).equals(Buffer.from(fr.docx))).toBe(true);
    // No clock time in the document's properties: the report has no date unless asked (--timestamp).
    expect(fr.xml['docProps/core.xml']).not.toMatch(/dcterms:(created|modified)/);
  });

  it('uses Word’s heading styles: a Heading 1 per part and per axis, Heading 2 and 3 inside', () => {
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    const h1 = headings(doc, 1).map(norm);
    expect(h1).toContain('Constats clés');
    expect(h1).toContain('Résumé exécutif');
    for (const a of json.axes) expect(h1).toContain(norm(`${a.code} ${a.label}`));
    expect(headings(doc, 2).length).toBeGreaterThan(json.axes.length);
    expect(headings(doc, 3).length).toBeGreaterThan(10);
    // The styles are Word's built-in ones, so Word shows their names in its own language, with the
    // outline levels its navigation pane reads.
    const styles = fr.xml['word/styles.xml'];
    for (const level of [1, 2, 3]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}">([\\s\\S]*?)</w:style>`).exec(
        styles,
      )?.[1];
      expect(style, `Heading${level}`).toMatch(new RegExp(`<w:name w:val="heading ${level}"/>`, 'i'));
      expect(style, `Heading${level}`).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
  });

  it('opens with a contents field that Word updates when it opens the document', () => {
    expect(doc).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(fr.xml['word/settings.xml']).toContain('<w:updateFields/>');
  });

  it('has real tables: a repeated header row, no row split across pages, figures right-aligned', () => {
    const captioned = tables(doc).filter((t) => t.caption !== null);
    expect(captioned.length).toBeGreaterThan(60);
    const raw = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    // The cover's facts and the summary's two large figures are laid out in tables without a header.
    expect(raw.filter((t) => t.includes('<w:tblHeader/>')).length).toBe(captioned.length);
    for (const t of raw) {
      const rows = [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)];
      expect(rows.every((r) => r[1].includes('<w:cantSplit/>'))).toBe(true);
    }
    const figure = /^[−+-]?\d[\d\u202f,.]*( ?(%|pts?))?$/;
    let figures = 0;
    for (const t of raw.filter((x) => x.includes('<w:tblHeader/>')))
      for (const tc of t
        .replace(/<w:tr><w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>[\s\S]*?<\/w:tr>/, '')
        .matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)) {
        const text = [...tc[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
        if (!figure.test(flat(text).replace(/\u00a0/g, ' '))) continue;
        figures++;
        expect(tc[1], text).toContain('<w:jc w:val="right"/>');
      }
    expect(figures).toBeGreaterThan(300);
  });

  it('shows each status as symbol, word and colour', () => {
    const words = catalogue('fr').status;
    for (const s of STATUSES) {
      const { symbol, colour } = STATUS_STYLES[s];
      const runs = [
        ...doc.matchAll(/<w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g),
      ].filter((m) => m[2] === `${symbol}\u00a0${words[s]}`);
      expect(runs.length, s).toBeGreaterThan(0);
      for (const r of runs) expect(r[1], s).toContain(`<w:color w:val="${colour.slice(1).toUpperCase()}"/>`);
    }
  });

  it('draws the charts as SVG pictures with a PNG beside them, each with its caption as alternative text', () => {
    const drawings = [...doc.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
    // The summary's two charts, the execution chart, and a trend per indicator with data.
    expect(drawings.length).toBeGreaterThan(20);
    for (const d of drawings) {
      expect(d).toContain('<a:blip r:embed=');
      expect(d).toMatch(/<asvg:svgBlip [^>]*r:embed=/);
      expect(d).toMatch(/<wp:docPr [^>]*descr="[^"]+"/);
    }
    const media = entries(fr.docx).filter((p) => p.startsWith('word/media/'));
    const svg = media.filter((p) => p.endsWith('.svg')).length;
    expect(svg).toBeGreaterThanOrEqual(20);
    expect(media.filter((p) => p.endsWith('.png')).length).toBe(svg);
    expect(doc).toContain('descr="Taux de réalisation du plan et des axes, avec les seuils de statut"');
  });

  it('numbers its pages “Page N / M” in the footer and gives plan and period in the header, A4', () => {
    const footers = Object.entries(fr.xml).filter(([p]) => /^word\/footer\d+\.xml$/.test(p));
    expect(footers.some(([, x]) => /<w:instrText[^>]*>PAGE<\/w:instrText>/.test(x))).toBe(true);
    expect(footers.some(([, x]) => /<w:instrText[^>]*>NUMPAGES<\/w:instrText>/.test(x))).toBe(true);
    const headers = Object.entries(fr.xml).filter(([p]) => /^word\/header\d+\.xml$/.test(p));
    expect(
      headers.some(([, x]) => x.includes(json.plan.title.replace(/'/g, '&apos;')) && x.includes('T4 2022')),
    ).toBe(true);
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('states its title, subject and language in its properties', () => {
    const core = fr.xml['docProps/core.xml'];
    expect(core).toContain(`<dc:title>${json.plan.title.replace(/'/g, '&apos;')}</dc:title>`);
    expect(core).toContain('<dc:subject>Rapport trimestriel · T4 2022</dc:subject>');
    expect(core).toContain('<dc:language>fr-FR</dc:language>');
    expect(fr.xml['word/styles.xml']).toContain('<w:lang w:val="fr-FR"/>');
    expect(en.xml['docProps/core.xml']).toContain('<dc:language>en-GB</dc:language>');
    expect(en.xml['word/styles.xml']).toContain('<w:lang w:val="en-GB"/>');
  });

  it('speaks English with --lang en', () => {
    const xml = en.xml['word/document.xml'];
    const h1 = headings(xml, 1);
    expect(h1).toContain('Key findings');
    expect(h1).toContain('Executive summary');
    expect(h1).toContain('Data quality');
    expect(h1).not.toContain('Constats clés');
    expect(en.xml['word/footer1.xml'] + en.xml['word/footer2.xml']).toContain('Page ');
    const text = blocks(xml)
      .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().join(' ')))
      .join(' ');
    expect(flat(text)).toContain('77.7%');
  });
});

describe.skipIf(!ready)('ponam demo --format docx opened in LibreOffice', () => {
  let run: Run;
  let json: {
    plan: { title: string };
    axes: { label: string }[];
    indicators: { code: string; label: string }[];
  };
  let work: string;
  let pages: string[];

  beforeAll(() => {
    run = demo();
    json = JSON.parse(readFileSync(path.join(run.dir, 'report.json'), 'utf8'));
    work = mkdtempSync(path.join(tmpdir(), 'ponam-docx-soffice-'));
    const pdf = toPdf(path.join(run.dir, 'report.docx'), work);
    pages = pdfPages(pdf).map((p) => flat(p).replace(/\s+/g, ' '));
  });

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(run.dir, { recursive: true, force: true });
  });

  it('prints the plan’s title, its rate, every axis and the indicators', () => {
    const all = pages.join(' ');
    expect(all).toContain(flat(json.plan.title).replace(/\s+/g, ' '));
    expect(all).toContain('77,7 %');
    for (const a of json.axes) expect(all).toContain(flat(a.label).replace(/\s+/g, ' '));
    const indicator = json.indicators[0];
    expect(all).toContain(indicator.code);
    expect(all).toContain(flat(indicator.label).replace(/\s+/g, ' '));
  });

  it('numbers every page but the cover, under the plan’s title', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages[0]).not.toMatch(/Page 1 \//);
    for (const [n, text] of pages.entries()) {
      if (n === 0) continue;
      expect(text, `page ${n + 1}`).toContain(`Page ${n + 1} / ${pages.length}`);
      expect(text, `page ${n + 1}`).toContain(flat(json.plan.title).replace(/\s+/g, ' '));
    }
  });
});

describe('a project configuration and the Word report', () => {
  it('names the file with outputs.docx, asks for it with format, and puts its logo on the cover', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ponam-docx-config-')), 'projet');
    cpSync(path.join(WIDE, 'configured', 'canonical'), dir, { recursive: true });
    const logo =
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#1f7a3f"/></svg>';
    writeFileSync(path.join(dir, 'logo.svg'), logo);
    writeFileSync(
      path.join(dir, 'ponam.config.json'),
      JSON.stringify({
        plan: 'plan.xlsx',
        data: ['rapports'],
        format: ['docx'],
        out: 'sorties',
        cover: { logo: 'logo.svg', institution: 'Ministère du Plan' },
        outputs: { docx: 'revue-mi-parcours.docx' },
      }),
    );
    const r = ponam(['report'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'sorties'))).toEqual(['revue-mi-parcours.docx']);
    const xml = parts(new Uint8Array(readFileSync(path.join(dir, 'sorties', 'revue-mi-parcours.docx'))));
    const doc = xml['word/document.xml'];
    expect(doc.indexOf('<w:drawing>')).toBeLessThan(doc.indexOf('<w:pStyle w:val="Title"/>'));
    expect(doc).toContain('descr="Logo : Ministère du Plan"');
    expect(xml['docProps/core.xml']).toContain('<dc:creator>Ministère du Plan</dc:creator>');
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });
});

import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { bitmapSize, fitWithin } from '../../src/report/docx/image.js';
import { renderDocx } from '../../src/report/docx/index.js';
import { fixCore } from '../../src/report/docx/package.js';
import { ems, layoutTable } from '../../src/report/docx/widths.js';
import { type Cell, type Column, simpleTable, type TableView } from '../../src/report/table.js';
import { buildView } from '../../src/report/view.js';
import { model } from '../report/model.js';
import { parts } from './read-docx.js';

/**
 * The Word report's own layout rules, from plain data: column widths (figures never wrap, the
 * label takes the room left, wide tables are set smaller, symbol columns narrow), the package's
 * properties (no clock time, the document's language), the logo.
 */
const PAGE = 9638;
const num = (text: string): Cell => ({ text, kind: 'number' });
const txt = (text: string): Cell => ({ text, kind: 'text' });

function indicatorTable(label: string, figures: string[]): TableView {
  return simpleTable(
    't',
    'caption',
    [
      { header: 'Code', kind: 'code' },
      { header: 'Indicateur', kind: 'text', wide: true },
      ...figures.map((_, n): Column => ({ header: `Col ${n}`, kind: 'number' })),
      { header: 'Statut', kind: 'status' },
    ],
    [
      {
        cells: [
          { text: 'I1.1.1', kind: 'code' },
          txt(label),
          ...figures.map(num),
          { text: 'En bonne voie', symbol: '●', kind: 'status', status: 'on-track' },
        ],
      },
    ],
  );
}

describe('column widths of a Word table', () => {
  it('gives each figure, code and status at least the width of its text, and the label the rest of the page', () => {
    const table = indicatorTable('Nombre de migrants en détresse ayant reçu une assistance directe', [
      '2\u202f850',
      '12\u202f000',
      '87,5\u00a0%',
    ]);
    const layout = layoutTable(table, PAGE, 17, 13);
    expect(layout.size).toBe(17);
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBe(PAGE);
    const perEm = 17 * 10;
    const texts = ['I1.1.1', null, '2\u202f850', '12\u202f000', '87,5\u00a0%', '● En bonne voie'];
    texts.forEach((t, i) => {
      if (t !== null) expect(layout.widths[i]).toBeGreaterThan(ems(t) * perEm);
    });
    // The label column is the widest: it takes what the figures leave.
    expect(Math.max(...layout.widths)).toBe(layout.widths[1]);
  });

  it('sets a table too wide for the page in smaller print, never below the smallest size', () => {
    const wide = indicatorTable(
      'Libellé',
      Array.from({ length: 9 }, () => '6\u202f000\u202f000\u202f000'),
    );
    const layout = layoutTable(wide, PAGE, 17, 13);
    expect(layout.size).toBeLessThan(17);
    expect(layout.size).toBeGreaterThanOrEqual(13);
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(PAGE);
  });

  it('keeps a short table of figures as narrow as its content', () => {
    const table = simpleTable(
      'b',
      'Réalisé par sexe',
      [
        { header: 'sexe', kind: 'text' },
        { header: 'Réalisé', kind: 'number' },
      ],
      [{ cells: [txt('F'), num('2\u202f971')] }, { cells: [txt('H'), num('7\u202f529')] }],
      { rowHeaders: true, compact: true },
    );
    const layout = layoutTable(table, PAGE, 15, 13);
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBeLessThan(PAGE / 3);
  });

  it('leaves out a column only drawn (the bars), and keeps a column of symbols narrow', () => {
    const table = simpleTable(
      'm',
      'Complétude',
      [
        { header: 'Entité', kind: 'text' },
        { header: 'Taux en barre', kind: 'text', decorative: true, hiddenHeader: true },
        ...Array.from(
          { length: 20 },
          (_, n): Column => ({ header: `1er semestre ${2000 + n}`, kind: 'state' }),
        ),
      ],
      [
        {
          cells: [
            txt('Ministère des Maliens de l’Extérieur'),
            txt(''),
            ...Array.from({ length: 20 }, (): Cell => ({ text: '●', kind: 'state', state: 'on-time' })),
          ],
        },
      ],
    );
    const layout = layoutTable(table, PAGE, 17, 13);
    expect(layout.columns).toEqual([0, ...Array.from({ length: 20 }, (_, n) => n + 2)]);
    // Twenty periods and the entity fit across the page at full size: their headers are set vertically.
    expect(layout.size).toBe(17);
    for (const w of layout.widths.slice(1)) expect(w).toBeLessThan(500);
  });
});

describe('the package of the Word report', () => {
  const core =
    '<?xml version="1.0"?><cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:dcterms="t" xmlns:xsi="x"><dc:title>T</dc:title>' +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-30T22:10:11.123Z</dcterms:created>' +
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-30T22:10:11.123Z</dcterms:modified></cp:coreProperties>';

  it('drops the clock time docx stamps when the report has no date, and states the language', () => {
    const fixed = fixCore(core, null, 'fr-FR');
    expect(fixed).not.toMatch(/dcterms:created|dcterms:modified|2026/);
    expect(fixed).toContain('<dc:language>fr-FR</dc:language></cp:coreProperties>');
  });

  it('dates the document with the report’s own date when it has one', () => {
    const fixed = fixCore(core, new Date('2023-01-15T08:00:00Z'), 'en-GB');
    expect(fixed).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2023-01-15T08:00:00Z</dcterms:created>',
    );
    expect(fixed).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-01-15T08:00:00Z</dcterms:modified>',
    );
    expect(fixed).toContain('<dc:language>en-GB</dc:language>');
  });
});

describe('the logo’s size', () => {
  it('reads a PNG’s and a JPEG’s pixel size, and fits it in its box keeping its proportions', () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 800);
    new DataView(png.buffer).setUint32(20, 200);
    expect(bitmapSize(png, 'png')).toEqual({ width: 800, height: 200 });
    // SOI, an APP0 segment of 16 bytes, then SOF0: precision, height 300, width 450.
    const jpg = new Uint8Array([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0,
      16,
      ...new Array(14).fill(0),
      0xff,
      0xc0,
      0,
      17,
      8,
      0x01,
      0x2c,
      0x01,
      0xc2,
      3,
    ]);
    expect(bitmapSize(jpg, 'jpg')).toEqual({ width: 450, height: 300 });
    expect(fitWithin({ width: 800, height: 200 }, { width: 227, height: 94 })).toEqual({
      width: 227,
      height: 57,
    });
    expect(fitWithin({ width: 100, height: 50 }, { width: 227, height: 94 })).toEqual({
      width: 100,
      height: 50,
    });
  });
});

describe('the cover’s logo in the Word report', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><rect width="400" height="100" fill="#14507a"/></svg>';

  it.each([
    [
      'a PNG',
      () => `data:image/png;base64,${Buffer.from(new Resvg(svg).render().asPng()).toString('base64')}`,
    ],
    ['an SVG', () => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`],
  ])('shows %s logo on the first page, within its box, with its alternative text', async (_name, uri) => {
    const view = buildView(model(), 'fr', { cwd: '/home/awa/suivi', logo: uri() });
    const docx = await renderDocx(view);
    const xml = parts(docx)['word/document.xml'];
    const first = xml.indexOf('<w:drawing>');
    // The logo is the document's first picture, before the plan's title.
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(xml.indexOf('<w:pStyle w:val="Title"/>'));
    const drawing = xml.slice(first, xml.indexOf('</w:drawing>', first));
    expect(drawing).toContain(`descr="${view.cover.logo?.alt}"`);
    // 6 cm wide at most: 227 px, 2 161 950 EMU; the 4:1 picture keeps its proportions.
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(drawing) ?? [];
    expect(Number(cx)).toBeLessThanOrEqual(227 * 9525);
    expect(Math.round(Number(cx) / Number(cy))).toBe(4);
  });
});

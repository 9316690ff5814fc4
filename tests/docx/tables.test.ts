import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import { renderDocx } from '../../src/report/docx/index.js';
import { collect, isTable } from '../../src/report/docx/walk.js';
import { simpleTable, type TableView, tableText } from '../../src/report/table.js';
import { buildView, type ReportView } from '../../src/report/view.js';
import { model } from '../report/model.js';
import { blocks, headings, norm, parts, tables } from './read-docx.js';

/**
 * Issue 12: every table of the HTML report has its counterpart in the Word report, with the same
 * figures. Both renderers are fed by one view (src/report/view.ts); the tables expected are the
 * view's own (`tableText`), found by walking the whole view, and the tables found are read back
 * from word/document.xml, so that a table added to the view and dropped by the Word renderer,
 * or a figure shown differently, fails here.
 */
const DEMO = join(import.meta.dirname, '..', '..', 'fixtures', 'ponam-2020-2024');

/** What a Word table must show for a view's table: its caption, header and rows as tableText gives them. */
function expected(table: TableView): { caption: string; rows: string[] } {
  // Columns only drawn in HTML (the bars beside the axes' rates) are no part of a Word table.
  const shown = table.columns.flatMap((c, n) => (c.decorative ? [] : [n]));
  const text = tableText(table);
  const headingRows = new Map<number, string>();
  let at = 1;
  for (const g of table.groups) {
    if (g.heading) {
      // A result's row carries its rate and status beside its label, as in the HTML.
      const h = g.heading;
      headingRows.set(
        at,
        [h.code, h.text, h.detail, h.note, [h.symbol, h.statusText].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(' '),
      );
      at++;
    }
    at += g.rows.length;
  }
  return {
    caption: table.caption,
    rows: text.map((row, n) => norm(headingRows.get(n) ?? shown.map((i) => row[i] ?? '').join(' | '))),
  };
}

/** A line of the view's contents as its heading reads: `A1 Protéger...`. */
const contentsLine = (e: { code: string | null; title: string }) =>
  norm(e.code ? `${e.code} ${e.title}` : e.title);

function found(docxXml: string): { caption: string | null; rows: string[] }[] {
  return tables(docxXml).map((t) => ({ caption: t.caption, rows: t.rows.map((r) => norm(r.join(' | '))) }));
}

/** Each table of the view matched to a Word table with the same caption and text, each Word table used once. */
function unmatched(view: ReportView, docxXml: string): string[] {
  const words = found(docxXml);
  const used = new Set<number>();
  const missing: string[] = [];
  for (const table of collect(view, isTable)) {
    const want = expected(table);
    const at = words.findIndex(
      (w, n) =>
        !used.has(n) && w.caption === want.caption && JSON.stringify(w.rows) === JSON.stringify(want.rows),
    );
    if (at < 0) {
      const near = words.find((w) => w.caption === want.caption);
      missing.push(
        `${table.id} (${table.caption}):\n  want ${JSON.stringify(want.rows.slice(0, 4))}\n  near ${JSON.stringify(near?.rows.slice(0, 4) ?? null)}`,
      );
    } else used.add(at);
  }
  return missing;
}

describe('the Word report shows every table of the view, with the same figures', () => {
  it('on the hand-written model (two axes, breakdowns, comments, late reports)', async () => {
    const view = buildView(model(), 'fr', { cwd: '/home/awa/suivi' });
    const xml = parts(await renderDocx(view))['word/document.xml'];
    const all = collect(view, isTable);
    expect(all.length).toBeGreaterThan(8);
    expect(unmatched(view, xml)).toEqual([]);
  });

  describe('on the demo plan', () => {
    let view: ReportView;
    let xml: string;

    beforeAll(async () => {
      const outcome = await buildReport({
        plan: join(DEMO, 'plan.xlsx'),
        data: [join(DEMO, 'data')],
        tool: { name: 'ponam', version: 'test' },
      });
      if (!outcome.ok) throw new Error('the demo fixture should build');
      view = buildView(outcome.model, 'fr');
      xml = parts(await renderDocx(view))['word/document.xml'];
    }, 120_000);

    it('matches each of its tables, indicators, breakdowns, activities, quality and sources included', () => {
      const all = collect(view, isTable);
      // Summary (2), per axis indicators + activities (16), breakdowns, execution (2), quality, sources (2).
      expect(all.length).toBeGreaterThan(60);
      expect(all.some((t) => t.id.endsWith('-entites'))).toBe(true);
      expect(unmatched(view, xml)).toEqual([]);
    });

    it('has no table of figures of its own: every captioned Word table comes from the view', () => {
      const captioned = tables(xml).filter((t) => t.caption !== null);
      expect(captioned.length).toBe(collect(view, isTable).length);
    });

    it('says everything the view says: every text of the view is in the document', () => {
      const text = norm(
        blocks(xml)
          .map((b) => (b.kind === 'paragraph' ? b.text : b.rows.flat().join(' ')))
          .join(' '),
      );
      const missing = viewTexts(view).filter((s) => !text.includes(norm(s)));
      expect(missing).toEqual([]);
    });

    it('gives a Heading 1 to each part of the contents, and one to each axis, in their order', () => {
      expect(headings(xml, 1).map(norm)).toEqual(view.toc.map(contentsLine));
    });
  });
});

describe('a part or a table added to the view comes through to the Word report', () => {
  it('lays out an unknown part by its shape: its title as a heading, its tables and its text', async () => {
    const base = buildView(model(), 'fr', { cwd: '/home/awa/suivi' });
    const added = simpleTable(
      'changements',
      'Changements depuis T3 2022',
      [
        { header: 'Indicateur', kind: 'code' },
        { header: 'Avant', kind: 'number' },
        { header: 'Après', kind: 'number' },
      ],
      [
        {
          cells: [
            { text: 'I1.1', kind: 'code' },
            { text: '12,5 %', kind: 'number' },
            { text: '40 %', kind: 'number' },
          ],
        },
      ],
    );
    // A part the renderer does not know (\`outlook\` is no part of the view today).
    const view = {
      ...base,
      outlook: {
        title: 'Changements depuis la période précédente',
        intro: 'Trois indicateurs ont changé de statut.',
        table: added,
      },
      summary: { ...base.summary, targetNote: 'La cible de la période est la cible annuelle au prorata.' },
    } as unknown as ReportView;
    const xml = parts(await renderDocx(view))['word/document.xml'];
    expect(headings(xml, 1)).toContain('Changements depuis la période précédente');
    expect(unmatched(view, xml)).toEqual([]);
    const text = blocks(xml).map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(text).toContain('Trois indicateurs ont changé de statut.');
    expect(text).toContain('La cible de la période est la cible annuelle au prorata.');
  });
  it('gives a part without a title of its own the title the view’s contents give it', async () => {
    const base = buildView(model(), 'fr', { cwd: '/home/awa/suivi' });
    // A part the renderer does not know (`outlook` is no part of the view today), given as a bare list.
    const outlook = simpleTable(
      'perspectives',
      'Perspectives par indicateur',
      [
        { header: 'Indicateur', kind: 'code' },
        { header: 'Statut', kind: 'text' },
      ],
      [
        {
          cells: [
            { text: 'I1.1', kind: 'code' },
            { text: 'critique → en retard', kind: 'text' },
          ],
        },
      ],
    );
    const toc = [...base.toc];
    toc.splice(toc.findIndex((e) => e.id === 'resume') + 1, 0, {
      id: 'perspectives',
      code: null,
      title: 'Perspectives',
    });
    // The new part comes right after the summary, as its entry in the contents.
    const view = Object.fromEntries(
      Object.entries({ ...base, toc }).flatMap(([k, v]) =>
        k === 'summary'
          ? [
              [k, v],
              ['outlook', [outlook]],
            ]
          : [[k, v]],
      ),
    ) as unknown as ReportView;
    const keys = Object.keys(view);
    expect(keys.indexOf('outlook')).toBe(keys.indexOf('summary') + 1);
    const xml = parts(await renderDocx(view))['word/document.xml'];
    expect(headings(xml, 1).map(norm)).toEqual(toc.map(contentsLine));
    expect(unmatched(view, xml)).toEqual([]);
  });
});

/**
 * Every text of a view a reader should find in the document. Left out: what names, links or
 * classifies (ids, kinds, statuses as keys), the SVG of charts (drawn as pictures), the logo
 * (a picture; its alternative text is the picture's), the catalogue of labels, the contents (Word
 * builds them from the headings), what screen readers alone hear in the HTML (a matrix cell's
 * `title`, a sign's meaning: in Word the legend and the methodology say it), a column only drawn
 * (the bars), the words shown only when a table is empty, and the period as the JSON writes it.
 */
function viewTexts(view: ReportView): string[] {
  const skip = new Set([
    't',
    'toc',
    'lang',
    'id',
    'href',
    'kind',
    'status',
    'state',
    'svg',
    'logo',
    'periodCode',
    'generatedAt',
    'folder',
    'noExclusions',
  ]);
  const out: string[] = [];
  const visit = (x: unknown, key: string, parent: unknown) => {
    if (typeof x === 'string') {
      const cellTitle = key === 'title' && typeof parent === 'object' && parent !== null && 'kind' in parent;
      const markLabel =
        key === 'label' &&
        typeof parent === 'object' &&
        parent !== null &&
        'symbol' in parent &&
        !('value' in parent) &&
        !('state' in parent);
      if (x.trim() && !cellTitle && !markLabel) out.push(x);
      return;
    }
    if (typeof x !== 'object' || x === null) return;
    if ('decorative' in x && x.decorative === true) return;
    for (const [k, v] of Array.isArray(x) ? x.map((v, n) => [String(n), v] as const) : Object.entries(x))
      if (!skip.has(k)) visit(v, Array.isArray(x) ? key : k, x);
  };
  visit(view, '', null);
  return [...new Set(out)];
}

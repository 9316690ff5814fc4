/**
 * The officer's analysis read into the report's blocks (src/report/analysis.ts, docs/review.md):
 * which heading goes where, what Markdown is kept and how, what is left out and said so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/analysis.js';
import { parseAnalysis, SECTION_TITLES } from '../../src/report/analysis.js';
import { blockLines } from '../../src/report/xlsx-review.js';

const AXES = [
  { code: 'A1', label: 'Protéger les migrants' },
  { code: 'A2', label: 'Gouvernance' },
  { code: 'A10', label: 'Dixième axe' },
];
const parse = (md: string) => parseAnalysis(md, 'analyse.md', AXES);
const text = (blocks: Block[] | undefined) => blockLines(blocks ?? []);

describe('the sections of analyse.md', () => {
  it('places each heading the report knows, in French or English, with a number or a colon', () => {
    const { analysis, issues } = parse(
      [
        '# Contexte',
        'c1',
        '# Methodology',
        'm1',
        '# 3. Conclusion :',
        'k1',
        '# Lessons learnt',
        'l1',
        '',
      ].join('\n\n'),
    );
    expect(issues).toEqual([]);
    expect(text(analysis.sections.context)).toEqual(['c1']);
    expect(text(analysis.sections.methodology)).toEqual(['m1']);
    expect(text(analysis.sections.conclusions)).toEqual(['k1']);
    expect(text(analysis.sections.lessons)).toEqual(['l1']);
  });

  it('knows every title the docs list (the skeleton writes the first of each)', () => {
    for (const [key, titles] of Object.entries(SECTION_TITLES))
      for (const title of titles) {
        const { analysis, issues } = parse(`# ${title.toUpperCase()}\n\ntexte\n`);
        expect(issues, title).toEqual([]);
        expect(Object.keys(analysis.sections), title).toEqual([key]);
      }
  });

  it('takes an axis by its code, with or without its label or the word axe, whatever the case', () => {
    const { analysis, issues } = parse(
      [
        '# A1 — Protéger les migrants',
        'un',
        '# axe a2',
        'deux',
        '# A10: Dixième',
        'dix',
        '# Gouvernance',
        'deux bis',
      ].join('\n\n'),
    );
    // `# Gouvernance` is A2's label: the same section again, said as a duplicate.
    expect(issues.map((i) => [i.code, i.row])).toEqual([['duplicate-heading', 13]]);
    expect(text(analysis.axes.A1)).toEqual(['un']);
    expect(text(analysis.axes.A2)).toEqual(['deux', 'deux bis']);
    // A10 is not taken for A1 followed by a 0.
    expect(text(analysis.axes.A10)).toEqual(['dix']);
  });

  it('warns at its line about a heading it does not know, and leaves its text out', () => {
    const { analysis, issues } = parse(
      '# Contexte\n\nc\n\n# Perspectives\n\n![carte](carte.png) p\n\n# A9\n\nneuf\n',
    );
    expect(issues.map((i) => [i.code, i.severity, i.row, i.params.heading, i.params.axis ?? null])).toEqual([
      ['unknown-heading', 'warning', 5, 'Perspectives', null],
      ['unknown-heading', 'warning', 9, 'A9', 'A9'],
    ]);
    expect(issues[0].params.known).toBe('Contexte, Méthodologie, Conclusions, Leçons apprises, A1, A2, A10');
    expect(issues[1].params.axes).toBe('A1, A2, A10');
    // Nothing of the unknown sections reaches the report (not even a warning about their image).
    expect(text(analysis.sections.context)).toEqual(['c']);
    expect(Object.keys(analysis.axes)).toEqual([]);
  });

  it('cuts sections at the file’s top level, whatever it is, and keeps deeper headings as sub-headings', () => {
    const { analysis, issues } = parse(
      '## Contexte\n\n### Sécurité\n\ns\n\n#### Détail\n\nd\n\n## A1\n\na\n',
    );
    expect(issues).toEqual([]);
    expect(analysis.sections.context).toEqual([
      { heading: { level: 1, children: [{ text: 'Sécurité' }] } },
      { paragraph: [{ text: 's' }] },
      { heading: { level: 2, children: [{ text: 'Détail' }] } },
      { paragraph: [{ text: 'd' }] },
    ]);
    expect(text(analysis.axes.A1)).toEqual(['a']);
  });

  it('says that text before the first heading is left out, once', () => {
    const { analysis, issues } = parse('<!-- une note -->\nNotes.\n\nEncore.\n\n# Contexte\n\nc\n');
    expect(issues.map((i) => [i.code, i.row])).toEqual([['text-outside-section', 2]]);
    expect(text(analysis.sections.context)).toEqual(['c']);
  });

  it('gives no section for a heading left empty or holding only comments (the skeleton unchanged)', () => {
    const { analysis, issues } = parse(
      '# Contexte\n\n<!--\nÀ écrire.\n-->\n\n# Conclusions\n\n# A1\n\nFait.\n',
    );
    expect(issues).toEqual([]);
    expect(analysis.sections).toEqual({});
    expect(text(analysis.axes.A1)).toEqual(['Fait.']);
  });

  it('without a plan, takes any heading that looks like an axis as one (validate analyse.md alone)', () => {
    const { analysis, issues } = parseAnalysis('# A7\n\nsept\n\n# Axe 3\n\ntrois\n', 'analyse.md', null);
    expect(issues).toEqual([]);
    expect(Object.keys(analysis.axes).sort()).toEqual(['3', 'A7']);
  });
});

describe('the Markdown kept, as plain data', () => {
  it('keeps emphasis, strong, code, links and hard breaks; a soft line break is a space', () => {
    const { analysis } = parse(
      '# Contexte\n\nUn *mot* et **deux**,\nsuite `code` [site](https://ex.org/a?b=1)  \nfin\n',
    );
    expect(analysis.sections.context).toEqual([
      {
        paragraph: [
          { text: 'Un ' },
          { emphasis: [{ text: 'mot' }] },
          { text: ' et ' },
          { strong: [{ text: 'deux' }] },
          { text: ', suite ' },
          { code: 'code' },
          { text: ' ' },
          { link: { url: 'https://ex.org/a?b=1', children: [{ text: 'site' }] } },
          { break: true },
          { text: 'fin' },
        ],
      },
    ]);
  });

  it('keeps raw HTML as its text, line by line, never as markup; drops HTML comments', () => {
    const { analysis, issues } = parse(
      '# Contexte\n\nAvant.\n<script>alert("x")</script>\n\n<div onclick="x()">\n<b>gras</b>\n</div>\n\nUn <b>mot</b><!-- note -->.\n',
    );
    expect(issues).toEqual([]);
    expect(analysis.sections.context).toEqual([
      { paragraph: [{ text: 'Avant.' }] },
      { paragraph: [{ text: '<script>alert("x")</script>' }] },
      {
        paragraph: [
          { text: '<div onclick="x()">' },
          { break: true },
          { text: '<b>gras</b>' },
          { break: true },
          { text: '</div>' },
        ],
      },
      { paragraph: [{ text: 'Un <b>mot</b>.' }] },
    ]);
  });

  it('keeps only http(s) and mailto links; any other keeps its text and is warned about at its line', () => {
    const { analysis, issues } = parse(
      '# Contexte\n\n[a](mailto:cellule@example.org) [b](javascript:alert(1)) [c](../secret.pdf) [d][ref]\n\n[ref]: HTTPS://ex.org\n',
    );
    expect(analysis.sections.context).toEqual([
      {
        paragraph: [
          { link: { url: 'mailto:cellule@example.org', children: [{ text: 'a' }] } },
          { text: ' b c ' },
          { link: { url: 'HTTPS://ex.org', children: [{ text: 'd' }] } },
        ],
      },
    ]);
    expect(issues.map((i) => [i.code, i.row, i.params.what, i.params.detail])).toEqual([
      ['unsupported-markdown', 3, 'link', 'javascript:alert(1)'],
      ['unsupported-markdown', 3, 'link', '../secret.pdf'],
    ]);
  });

  it('shows an image by its alternative text, and says it is left out', () => {
    const { analysis, issues } = parse('# Contexte\n\nVoir ![la carte des régions](carte.png).\n');
    expect(text(analysis.sections.context)).toEqual(['Voir la carte des régions.']);
    expect(issues.map((i) => [i.code, i.row, i.params.what])).toEqual([['unsupported-markdown', 3, 'image']]);
  });

  it('reads lists (ordered with their start, nested) and simple tables with their alignment', () => {
    const { analysis } = parse(
      '# A1\n\n3. trois\n4. quatre\n   - sous\n\n| Entité | Rapports |\n|:--|--:|\n| OIM | 12 |\n| DGME |\n',
    );
    const [list, table] = analysis.axes.A1;
    expect(list).toEqual({
      list: {
        ordered: true,
        start: 3,
        items: [
          [{ paragraph: [{ text: 'trois' }] }],
          [
            { paragraph: [{ text: 'quatre' }] },
            { list: { ordered: false, start: 1, items: [[{ paragraph: [{ text: 'sous' }] }]] } },
          ],
        ],
      },
    });
    // A row shorter than the header is completed with empty cells.
    expect(table).toEqual({
      table: {
        align: ['left', 'right'],
        head: [[{ text: 'Entité' }], [{ text: 'Rapports' }]],
        rows: [
          [[{ text: 'OIM' }], [{ text: '12' }]],
          [[{ text: 'DGME' }], []],
        ],
      },
    });
  });

  it('reads the test fixture with every heading kind, a table, a list and a raw <script> line', () => {
    const md = readFileSync(path.join(import.meta.dirname, '..', 'fixtures-review', 'analyse.md'), 'utf8');
    // The demo's eight axes, A1 to A8.
    const demo = Array.from({ length: 8 }, (_, n) => ({ code: `A${n + 1}`, label: `Axe ${n + 1}` }));
    const { analysis, issues } = parseAnalysis(md, 'analyse.md', demo);
    expect(issues).toEqual([]);
    expect(Object.keys(analysis.sections)).toEqual(['context', 'methodology', 'conclusions', 'lessons']);
    expect(Object.keys(analysis.axes)).toEqual(['A1', 'A3']);
    expect(text(analysis.sections.context)).toContain('<script>alert("revue")</script>');
  });
});

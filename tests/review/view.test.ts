/**
 * The review's view (src/report/review.ts) on the hand-written model of tests/report/model.ts,
 * with an analysis and recommendations added: the order of the parts per kind (the Word report
 * follows the view's keys, the HTML the same order), the review's titles, what a review says of a
 * chapter not written yet, the officer's text always escaped and links only to the web.
 */
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/model.js';
import { parsePeriod } from '../../src/compute/periods.js';
import { recommendationsAt } from '../../src/compute/recommendations.js';
import { parseAnalysis } from '../../src/report/analysis.js';
import { renderDocx } from '../../src/report/docx/index.js';
import { renderHtml } from '../../src/report/html.js';
import { buildView } from '../../src/report/view.js';
import { parts } from '../docx/read-docx.js';
import { textById } from '../report/html-text.js';
import { model } from '../report/model.js';
import { flat } from '../report/reports.js';

const MD = `# Context

The *context* [site](https://example.org/a?b=1&c="2") and [bad](javascript:alert(1)).

<img src=x onerror=alert(1)>

# A2

Financing is **on track**.

# Lessons learned

- keep it simple
`;

function withReview(kind: 'monitoring' | 'review', md = MD, recommendations = true): ReportModel {
  const m = model();
  const { analysis } = parseAnalysis(
    md,
    'analyse.md',
    m.axes.map((a) => ({ code: a.code, label: a.label })),
  );
  const P = parsePeriod(m.period);
  if (!P) throw new Error('period');
  return {
    ...m,
    kind,
    analysis,
    recommendations: recommendations
      ? recommendationsAt(
          [
            {
              number: '1',
              text: 'Publish <b>quarterly</b> figures',
              axis: 'A2',
              responsible: 'Cellule',
              deadline: { label: '2022-T3', kind: 'period', end: '2022-09-30' },
              status: 'in-progress',
              comment: null,
              period: null,
              file: 'plan.xlsx',
              sheet: 'Recommandations',
              row: 2,
              cell: 'A2',
            },
          ],
          P,
        )
      : null,
    logframe: {
      indicators: m.indicators.map((i) => ({
        code: i.code,
        source: 'Registres',
        frequency: null,
        responsible: ['OIM'],
        disaggregations: [],
      })),
    },
  };
}

const bodyKeys = (v: object) =>
  Object.keys(v).filter(
    (k) =>
      !['lang', 't', 'title', 'period', 'periodCode', 'generatedAt', 'cover', 'charts', 'kind'].includes(k),
  );

describe('the order of the parts', () => {
  it('monitoring: the officer’s parts around the computed ones; none of the review’s', () => {
    const v = buildView(withReview('monitoring'), 'en', { cwd: '/' });
    // model() has nothing to compare with (no `changes`), no conclusions and no notes on method.
    expect(bodyKeys(v).filter((k) => (v as unknown as Record<string, unknown>)[k] !== null)).toEqual([
      'findings',
      'toc',
      'context',
      'summary',
      'axes',
      'execution',
      'lessons',
      'recommendations',
      'quality',
      'methodology',
      'iptt',
      'sources',
    ]);
    expect(v.toc.map((e) => e.id)).toEqual([
      'constats',
      'contexte',
      'resume',
      'axe-1',
      'axe-2',
      'execution',
      'lecons',
      'recommandations',
      'qualite',
      'methodologie',
      'iptt',
      'sources',
    ]);
    expect(v.limitations).toBeNull();
    expect(v.logframe).toBeNull();
    expect(v.t.summary).toBe('Executive summary');
  });

  it('review: executive summary, context, method, axes, effectiveness, efficiency, conclusions, recommendations, annexes', () => {
    const v = buildView(withReview('review'), 'en', { cwd: '/' });
    expect(v.toc.map((e) => [e.id, e.title])).toEqual([
      ['constats', 'Executive summary'],
      ['contexte', 'Context'],
      ['methode', 'Method and limitations'],
      ['constats-axes', 'Findings by strategic axis'],
      ['axe-1', 'Protéger'],
      ['axe-2', 'Financer'],
      ['resume', 'Effectiveness: achievement of results'],
      ['execution', 'Efficiency: physical and financial execution'],
      ['conclusions', 'Conclusions'],
      ['lecons', 'Lessons learned'],
      ['recommandations', 'Recommendations and the follow-up of their implementation'],
      ['annexe-cadre-logique', 'Annex A — Logframe'],
      ['iptt', 'Annex B — Indicator tracking by period (IPTT)'],
      ['qualite', 'Annex C — Data quality'],
      ['methodologie', 'Annex D — Methodology'],
      ['sources', 'Annex E — Source files'],
    ]);
    // The view's keys in the same order: the Word report lays them out so.
    const keys = bodyKeys(v);
    const order = [
      'findings',
      'toc',
      'context',
      'limitations',
      'axesIntro',
      'axes',
      'summary',
      'execution',
      'conclusions',
      'lessons',
      'recommendations',
      'logframe',
      'iptt',
      'quality',
      'methodology',
      'sources',
    ];
    expect(order.map((k) => keys.indexOf(k))).toEqual(
      order.map((k) => keys.indexOf(k)).sort((a, b) => a - b),
    );
  });

  it('review: says which chapters the officer has still to write, and where', () => {
    const v = buildView(withReview('review'), 'fr', { cwd: '/' });
    expect(v.conclusions?.blocks).toEqual([]);
    expect(v.conclusions?.missing).toBe(
      'Section à rédiger : ajoutez un titre « # Conclusions » et son texte à analyse.md (voir docs/review.md).',
    );
    expect(v.limitations?.method?.missing).toContain('« # Méthodologie »');
    // The executive summary shows no placeholder: it ends with the conclusions only once written.
    expect(v.summaryConclusions).toBeNull();
    expect(v.context?.missing).toBeNull();
  });

  it('review without recommendations: the chapter says where to write them', () => {
    const v = buildView(withReview('review', MD, false), 'en', { cwd: '/' });
    expect(v.recommendations?.intro).toContain('add a Recommendations sheet');
    expect(v.recommendations?.counts).toBeNull();
    const html = renderHtml(v);
    expect(textById(html, 'recommandations')).toContain('--recommendations');
    expect(buildView(withReview('monitoring', MD, false), 'en', { cwd: '/' }).recommendations).toBeNull();
  });

  it('review: the limitations are the model’s figures', () => {
    const v = buildView(withReview('review'), 'fr', { cwd: '/' });
    const facts = new Map(v.limitations?.facts.map((f) => [f.label, [flat(f.value), f.note]]));
    // model(): 4 of 5 indicators reported (coverage 0.8); I5 never reported; no pro-rated target.
    expect(facts.get('Couverture des indicateurs')).toEqual(['80 %', '4 indicateurs renseignés sur 5']);
    expect(facts.get('Indicateurs jamais renseignés')).toEqual(['1', 'I5']);
    expect(facts.get('Cibles proratisées')).toEqual([
      'aucune : chaque indicateur est jugé contre la cible de l’année',
      null,
    ]);
  });
});

describe('the officer’s text in the HTML and in Word', () => {
  it('is escaped in HTML; only web links are links; the axis analysis is in its axis', () => {
    const html = renderHtml(buildView(withReview('review'), 'en', { cwd: '/' }));
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.org/a?b&#x3D;1&amp;c&#x3D;&quot;2&quot;">site</a>');
    expect(textById(html, 'axe-2')).toContain('Financing is on track.');
    expect(textById(html, 'axe-1')).not.toContain('Financing');
    // The recommendation's own text is text too.
    expect(html).toContain('Publish &lt;b&gt;quarterly&lt;/b&gt; figures');
  });

  it('is text in Word, with an external hyperlink for the web link only', async () => {
    const docx = await renderDocx(buildView(withReview('review'), 'en', { cwd: '/' }));
    const xml = parts(docx);
    const doc = xml['word/document.xml'];
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc).toContain('Financing is ');
    const rels = xml['word/_rels/document.xml.rels'];
    expect(rels).toContain('Target="https://example.org/a?b=1&amp;c=&quot;2&quot;" TargetMode="External"');
    expect(rels).not.toContain('javascript:');
    expect(doc).toContain('Annex A — Logframe');
  });
});

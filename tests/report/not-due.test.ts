/**
 * The status `not-due` (a milestone nothing is expected of yet; README, "Target at P") in every
 * format, in both languages: its word and symbol in the indicator table, the count by status, the
 * status legend of the method annex and the method paragraph on milestones; "achieved ahead of
 * time" under a milestone not due but already oui; the coverage counting the indicators due; the
 * xlsx annex's status and count. The model is the hand-written one of model.ts with I5 turned into
 * a milestone planned `non` for 2022 and reported `oui` (achieved ahead of time), and a second
 * milestone I6 not due and not reported.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/compute/model.js';
import { renderDocx } from '../../src/report/docx/index.js';
import { renderHtml } from '../../src/report/html.js';
import { buildView } from '../../src/report/view.js';
import { renderXlsx } from '../../src/report/xlsx.js';
import { parts } from '../docx/read-docx.js';
import { plain, tableRows } from './html-text.js';
import { indicator, model } from './model.js';

function withMilestones(): ReportModel {
  const m = model();
  const notDue = {
    type: 'milestone' as const,
    unit: 'oui/non',
    target: 0,
    targetSource: 'year' as const,
    targetYear: 0,
    finalTarget: 1,
    rate: null,
    rateYear: null,
    rateClamped: null,
    method: null,
    status: 'not-due' as const,
    reason: 'not-due' as const,
  };
  m.indicators[4] = {
    ...m.indicators[4],
    ...notDue,
    label: 'Loi adoptée',
    actual: 1,
    // against the final oui: 1 / 1
    rateFinal: 1,
  };
  m.indicators.push(
    indicator({
      code: 'I6',
      result: 'R3',
      axis: 'A2',
      label: 'Stratégie validée',
      ...notDue,
      actual: null,
      rateFinal: null,
      entities: [],
      trend: [],
      trace: [],
    }),
  );
  // 6 indicators: on track 2, behind 1, critical 1, not due 2; all 4 due are reported.
  m.plan = {
    ...m.plan,
    coverage: 1,
    indicatorCount: 6,
    withData: 4,
    statusCounts: { 'on-track': 2, behind: 1, critical: 1, 'no-data': 0, 'not-due': 2 },
  };
  return m;
}

const row = (html: string, code: string) =>
  tableRows(html, 'axe-2-indicateurs')
    .find((r) => r[0] === code)
    ?.join(' | ') ?? `${code} not found`;

describe('not-due in the HTML report (and so the PDF, printed from it)', () => {
  it('in French', () => {
    const html = renderHtml(buildView(withMilestones(), 'fr'));
    expect(row(html, 'I5')).toContain('◌ Non échu');
    expect(row(html, 'I5')).toContain('atteint en avance');
    expect(row(html, 'I6')).toContain('◌ Non échu');
    expect(row(html, 'I6')).not.toContain('atteint en avance');
    expect(tableRows(html, 'statuts').map((r) => r.join(' '))).toContain('◌ Non échu 2');
    const text = plain(html);
    expect(text).toContain('◌ Non échu : jalon dont rien n’est encore attendu');
    expect(text).toContain('Un jalon (ou une étape) est dû à la fin de la période que nomme sa cible');
    expect(text).toContain('indicateurs échus renseignés : 4 sur 4 ; non échus : 2');
    // not listed among the indicators never reported: nothing was expected of I6 yet
    expect(text).not.toMatch(/jamais été renseigné/);
  });

  it('in English', () => {
    const html = renderHtml(buildView(withMilestones(), 'en'));
    expect(row(html, 'I5')).toContain('◌ Not due');
    expect(row(html, 'I5')).toContain('achieved ahead of time');
    const text = plain(html);
    expect(text).toContain('◌ Not due: a milestone nothing is expected of yet');
    expect(text).toContain('A milestone (or a stage) falls due at the end of the period its target names');
    expect(text).toContain('indicators due reported: 4 of 4; not due: 2');
  });

  it('leaves the line out of the count by status when no indicator is not due', () => {
    const html = renderHtml(buildView(model(), 'fr'));
    expect(tableRows(html, 'statuts').map((r) => r[0])).not.toContain('◌ Non échu');
  });
});

describe('not-due in the Word report', () => {
  it.each([
    ['fr', '◌ Non échu', 'atteint en avance'],
    ['en', '◌ Not due', 'achieved ahead of time'],
  ] as const)('in %s', async (lang, word, ahead) => {
    const xml = parts(await renderDocx(buildView(withMilestones(), lang)))['word/document.xml'];
    const text = xml.replace(/<[^>]+>/g, '').replace(/\u00a0/g, ' ');
    expect(text).toContain(word);
    expect(text).toContain(ahead);
  });
});

describe('not-due in the xlsx annex', () => {
  it.each([
    ['fr', 'Non échu', 'Non échu (atteint en avance)', 'Indicateurs non échus'],
    ['en', 'Not due', 'Not due (achieved ahead of time)', 'Indicators not due'],
  ] as const)('in %s', async (lang, word, ahead, count) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(withMilestones(), lang)) as unknown as ArrayBuffer);
    const cells = (n: number) => {
      const found: string[] = [];
      wb.worksheets[n].eachRow((r) => {
        r.eachCell((c) => {
          found.push(String(c.value));
        });
      });
      return found;
    };
    const all = wb.worksheets.flatMap((_, n) => cells(n));
    expect(all).toContain(word);
    expect(all).toContain(ahead);
    // the summary's count of indicators not due: its label, then 2
    const summary = cells(0);
    expect(summary[summary.indexOf(count) + 1]).toBe('2');
  });
});

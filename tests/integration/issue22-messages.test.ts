/**
 * Issue 22, messages located and worded where the user looks, in-process on workbooks written
 * by openpyxl (scripts/fixtures/issue22/make_issue22.py → tests/fixtures-issue22/) and by the
 * corpus (tests/fixtures-bad/), each in French and English.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/core/report.js';
import { runValidation } from '../../src/core/validation.js';
import { catalogue, describeIssue } from '../../src/i18n/index.js';
import type { Issue } from '../../src/model/issues.js';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'tests', 'fixtures-issue22');
const BAD = join(REPO, 'tests', 'fixtures-bad');

async function validate(paths: string[], plan?: string): Promise<Issue[]> {
  const result = await runValidation({
    ...(plan ? { plan } : {}),
    paths,
    lang: 'fr',
    limits: DEFAULT_LIMITS,
    strict: false,
  });
  return result.issues;
}

const messageOf = (found: Issue | undefined, lang: 'fr' | 'en') => {
  expect(found).toBeDefined();
  return describeIssue(found as Issue, lang).message;
};

describe('an error in a plan whose sheets are named in English is located at its own sheet and cell', () => {
  it('a result whose axis the Axes sheet lacks: Results › B4, not « Résultats » without a cell', async () => {
    const issues = await validate([join(FIXTURES, 'plan-en', 'plan.xlsx')]);
    // R9 is on row 4 of Results; its axis A9 is in column B (Code, Axis, Label).
    const axis = issues.find((i) => i.code === 'unknown-axis');
    expect([axis?.sheet, axis?.cell]).toEqual(['Results', 'B4']);
    expect(messageOf(axis, 'fr')).toBe('axe A9 (R9) absent de la feuille Axes');
    expect(messageOf(axis, 'en')).toBe('axis A9 (R9) is not in the Axes sheet');
  });

  it('an indicator whose result the Results sheet lacks: at its Result cell, naming the Results sheet', async () => {
    const issues = await validate([join(FIXTURES, 'plan-en', 'plan.xlsx')]);
    // I3 is on row 4 of Indicators; its result R8 is in column C (Code, Axis, Result).
    const result = issues.find((i) => i.code === 'unknown-result');
    expect([result?.sheet, result?.cell]).toEqual(['Indicators', 'C4']);
    expect(messageOf(result, 'fr')).toBe('résultat R8 (indicateur I3) absent de la feuille Results');
    expect(messageOf(result, 'en')).toBe('result R8 (indicator I3) is not in the Results sheet');
    expect(issues.every((i) => i.sheet !== 'Résultats' && i.sheet !== 'Indicateurs')).toBe(true);
  });
});

describe("a partner's comment is located at its own cell", () => {
  it('the value in H4, the comment in L4: the report cites L4; an activity comment its F2', async () => {
    const outcome = await buildReport({
      plan: join(FIXTURES, 'comments', 'plan.xlsx'),
      data: [join(FIXTURES, 'comments', 'kayes-2025-T1.xlsx')],
      tool: { name: 'ponam', version: 'test' },
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const i1 = outcome.model.indicators.find((i) => i.code === 'I1');
    expect(i1?.comments.map((c) => [c.text, c.sheet, c.cell])).toEqual([
      ['Chiffre provisoire', 'Valeurs', 'L4'],
    ]);
    // The value itself is still traced to H4.
    expect(i1?.trace?.flatMap((g) => g.cells)).toEqual(['H4']);
    const ac1 = outcome.model.activities.find((a) => a.code === 'AC1');
    expect(ac1?.comments.map((c) => [c.text, c.cell])).toEqual([['Deux caravanes sur cinq', 'F2']]);
  });
});

describe('conflicting-duplicate says what to do', () => {
  it('across two workbooks: fill in the submission date, the later one replacing the other', async () => {
    const issues = await validate(
      [join(BAD, 'conflict-a.xlsx'), join(BAD, 'conflict-b.xlsx')],
      join(BAD, 'plan.xlsx'),
    );
    const conflict = issues.find((i) => i.code === 'conflicting-duplicate');
    expect(messageOf(conflict, 'fr')).toMatch(
      /en conflit avec 25 déjà donnée en .*conflict-a\.xlsx › Valeurs › B2 pour I1\.1\.1, .* ; si l’un des deux classeurs corrige l’autre, renseignez la Date de soumission \(feuille Rapport\) de chacun, la plus récente pour la correction : elle remplacera l’autre envoi ; sinon corrigez ou supprimez l’une des deux valeurs$/,
    );
    expect(messageOf(conflict, 'en')).toMatch(
      /; if one workbook corrects the other, fill in the submission date \(Date de soumission, Report sheet\) of each, the later one for the correction: it then replaces the other; otherwise correct or remove one of the two values$/,
    );
  });

  it('within one workbook: keep one of the two rows (a date would change nothing)', async () => {
    const issues = await validate([join(BAD, 'conflicting-duplicate.xlsx')], join(BAD, 'plan.xlsx'));
    const conflict = issues.find((i) => i.code === 'conflicting-duplicate');
    expect(messageOf(conflict, 'fr')).toMatch(/ ; gardez une seule des deux lignes$/);
    expect(messageOf(conflict, 'fr')).not.toContain('Date de soumission');
    expect(messageOf(conflict, 'en')).toMatch(/; keep only one of the two rows$/);
  });
});

describe('sentences with a count agree with it', () => {
  it('one warning under --strict counts as an error, not « comme des erreurs »', () => {
    expect(catalogue('fr').cli.outcome.strict(1)).toBe('--strict : l’avertissement compte comme une erreur.');
    expect(catalogue('fr').cli.outcome.strict(3)).toBe(
      '--strict : les 3 avertissements comptent comme des erreurs.',
    );
    expect(catalogue('en').cli.outcome.strict(1)).toBe('--strict: the warning counts as an error.');
    expect(catalogue('en').cli.outcome.strict(3)).toBe('--strict: the 3 warnings count as errors.');
  });

  it('one issue left out is « 1 autre … non listé »; one indicator reported is singular in French', () => {
    expect(catalogue('fr').cli.outcome.moreTitle(1, 'type-error')).toBe('1 autre type-error non listé');
    expect(catalogue('fr').cli.outcome.moreTitle(4, 'type-error')).toBe('4 autres type-error non listés');
    expect(catalogue('fr').report.coverageOf('1', '5', null)).toBe('1 indicateur renseigné sur 5');
    expect(catalogue('fr').report.coverageOf('0', '5', null)).toBe('0 indicateur renseigné sur 5');
    expect(catalogue('fr').report.coverageOf('2', '5', null)).toBe('2 indicateurs renseignés sur 5');
    expect(catalogue('en').cli.outcome.summary(0, 0, 1)).toBe('0 files checked: 0 errors, 1 warning');
    expect(catalogue('en').cli.outcome.summary(1, 2, 0)).toBe('1 file checked: 2 errors, 0 warnings');
  });
});

/**
 * The CLI contract of issue 21's reading rules: a total row and a hidden Valeurs sheet no longer
 * stop `validate` (exit 0, a notice naming the file, sheet and cell); a header on two rows that
 * cannot be read is an error naming the file, the sheet and the rows, saying what to do (exit 1).
 * The rules themselves are tested in-process: tests/integration/totals-headers-dates.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ponam } from '../helpers/cli.js';

const T = 'tests/fixtures-totals';

describe('validate on workbooks with totals, hidden sheets and two header rows', () => {
  it('exits 0 with notices for a total row and a hidden Valeurs sheet', () => {
    const run = ponam([
      'validate',
      '--plan',
      `${T}/plan.xlsx`,
      `${T}/total-row/openpyxl/label.xlsx`,
      `${T}/hidden/libreoffice/values-hidden.xlsx`,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${T}/total-row/openpyxl/label.xlsx`);
    expect(run.stdout).toMatch(/Valeurs › A4 +info +row 4: a total row of the table \("Total"\), ignored/);
    expect(run.stdout).toContain(`${T}/hidden/libreoffice/values-hidden.xlsx`);
    expect(run.stdout).toMatch(/Valeurs +info +hidden sheet: read all the same; unhide it/);
  });

  it('exits 1 on a two-row header it cannot read, naming the rows and what to do', () => {
    const run = ponam(['validate', '--plan', `${T}/plan.xlsx`, `${T}/two-row-header/openpyxl/shared.xlsx`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${T}/two-row-header/openpyxl/shared.xlsx`);
    expect(run.stdout).toMatch(
      /Valeurs › ligne 1 +erreur +en-tête sur deux lignes \(lignes 1 et 2\) : « Valeur » couvre plusieurs colonnes \(B, C\)/,
    );
    expect(run.stdout).toContain("mettez chaque nom de colonne sur une seule ligne d'en-tête");
  });
});

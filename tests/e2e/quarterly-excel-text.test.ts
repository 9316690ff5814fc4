/**
 * Text and dates as Excel writes and reads them (issue 10, "Read what Excel writes"), end to end
 * on workbooks written by openpyxl and by LibreOffice (tests/fixtures-quarterly/excel-text-dates,
 * made by scripts/fixtures/quarterly/make_quarterly.py). The plan holds one indicator, I1 (nombre,
 * somme, annuelle, 1 000 a year, responsible: DR Kayes and Ségou), 2025-2029.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byCode,
  issuesOfBoth,
  modelOf,
  type ReportRun,
  removeScratch,
  report,
  scenario,
  type ValidateRun,
  validate,
  WRITERS,
} from '../helpers/quarterly.js';

afterAll(removeScratch);

const FOLDERS = [
  'shared-strings-1mib',
  'escapes',
  'date1904',
  'date1904-on',
  'iso-date-cells',
  'impossible-date',
  'two-values-sheets',
] as const;
type Folder = (typeof FOLDERS)[number];

describe.each(WRITERS)('Excel’s text and dates, workbooks written by %s', (writer) => {
  const dir = scenario('excel-text-dates', writer);
  const runs = {} as Record<Folder, { report: ReportRun; validate: ValidateRun }>;
  // date1904-on exists for openpyxl only (LibreOffice writes "true").
  const folders = FOLDERS.filter((f) => f !== 'date1904-on' || writer === 'openpyxl');

  beforeAll(async () => {
    const done = await Promise.all(
      folders.map(async (folder) => {
        const [r, v] = await Promise.all([
          report(dir, ['--plan', 'plan.xlsx', '--data', folder]),
          validate(dir, ['--plan', 'plan.xlsx', folder]),
        ]);
        return { report: r, validate: v };
      }),
    );
    folders.forEach((f, k) => {
      runs[f] = done[k];
    });
  });

  function expectSameIssues(folder: Folder): void {
    const found = issuesOfBoth(runs[folder].report, runs[folder].validate);
    expect(found.report).toEqual(found.validate);
  }

  it('decodes accented names stored past the first MiB of shared strings intact', () => {
    const m = modelOf(runs['shared-strings-1mib'].report);
    // segou.xlsx: ~1 MiB of notes (a sheet ponam ignores) first, then 300 Valeurs rows of I1 = 1,
    // one per region « Région de Ségou n°001 — Kéniéba, … »; byte 1 MiB of sharedStrings.xml is
    // the second byte of an « é » in the 20th region's name. No total row: the parts add up to 300.
    const regions = Array.from(
      { length: 300 },
      (_, k) =>
        `Région de Ségou n°${String(k + 1).padStart(3, '0')} — Kéniéba, Diéma, Yélimané, Sébékoro, Bafoulabé`,
    );
    const i1 = byCode(m.indicators, 'I1');
    expect(i1.actual).toBe(300);
    expect(i1.entities).toEqual([{ entity: 'Ségou', value: 300, valueCount: 300 }]);
    expect(i1.breakdowns.map((b) => b.dimension)).toEqual(['région']);
    expect(i1.breakdowns[0].parts).toEqual(regions.map((value) => ({ value, actual: 1 })));
    expect(m.quality.issues).toEqual([]);
    expectSameIssues('shared-strings-1mib');
  });

  it('decodes _xHHHH_ escapes in cell text', () => {
    const m = modelOf(runs.escapes.report);
    // Entité « DR_x0020_Kayes » is DR Kayes. The comment: openpyxl wrote « Très_x0020_bien_x0021_ »
    // (« Très bien! »); LibreOffice wrote « Très_x0020_bien_x005F_x0021_ », where _x005F_ is an
    // underscore: « Très bien_x0021_ ».
    const i1 = byCode(m.indicators, 'I1');
    expect(i1.entities.map((e) => e.entity)).toEqual(['DR Kayes']);
    expect(i1.comments.map((c) => c.text)).toEqual([
      writer === 'openpyxl' ? 'Très bien!' : 'Très bien_x0021_',
    ]);
    expect(m.quality.issues).toEqual([]);
    expectSameIssues('escapes');
  });

  it('reads dates of a 1904-based workbook (date1904 1 or true)', () => {
    const m = modelOf(runs.date1904.report);
    // kayes-a.xlsx (1904 dates) was submitted 2025-04-20, kayes-b.xlsx 2025-04-15, both DR Kayes
    // 2025-T1: a replaces b, so I1 is a's 146 (b's 120 goes). Read as 1900 dates, a's date would
    // be 2021-04-19, and b would win.
    expect(byCode(m.indicators, 'I1').actual).toBe(146);
    const notice = m.quality.issues.find((i) => i.code === 'resubmission');
    expect(notice).toMatchObject({ severity: 'info', file: 'date1904/kayes-b.xlsx' });
    expect(notice?.message).toContain('2025-04-20');
    expect(notice?.message).toContain('2025-04-15');
    expectSameIssues('date1904');
  });

  if (writer === 'openpyxl') {
    it('reads dates of a 1904-based workbook (date1904 on)', () => {
      const m = modelOf(runs['date1904-on'].report);
      // As above: a (2025-04-20, 1904-based, date1904="on") replaces b (2025-04-15).
      expect(byCode(m.indicators, 'I1').actual).toBe(146);
      expect(m.quality.issues.find((i) => i.code === 'resubmission')?.file).toBe('date1904-on/kayes-b.xlsx');
      expectSameIssues('date1904-on');
    });
  }

  it('reads ISO date cells (t="d")', () => {
    const m = modelOf(runs['iso-date-cells'].report);
    // kayes-a.xlsx: Date de soumission 2025-04-20 (t="d" from openpyxl; LibreOffice rewrote it as a
    // serial); kayes-b.xlsx 2025-04-15: a replaces b, I1 = 146.
    expect(byCode(m.indicators, 'I1').actual).toBe(146);
    expect(m.quality.issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['info', 'resubmission', 'iso-date-cells/kayes-b.xlsx'],
    ]);
    expectSameIssues('iso-date-cells');
  });

  it('refuses 2025-02-30 as a submission date: type-error at its cell', () => {
    const { report: r, validate: v } = runs['impossible-date'];
    // Rapport: A1 Clé, A2 Entité, A3 Période, A4 Date de soumission = « 2025-02-30 » (text) in B4.
    expect(r.code).toBe(1);
    expect(v.code).toBe(1);
    expect(v.issues.map((i) => [i.severity, i.code, i.file, i.sheet, i.cell])).toEqual([
      ['error', 'type-error', 'impossible-date/kayes.xlsx', 'Rapport', 'B4'],
    ]);
    expectSameIssues('impossible-date');
  });

  it('refuses a workbook holding both Valeurs and Values, naming both', () => {
    const { report: r, validate: v } = runs['two-values-sheets'];
    // Valeurs: I1 146; Values: I1 999 — which one the partner meant, ponam cannot tell.
    expect(r.code).toBe(1);
    expect(v.code).toBe(1);
    const errors = v.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.file)).toEqual(['two-values-sheets/kayes.xlsx']);
    expect(errors[0].message).toContain('Valeurs');
    expect(errors[0].message).toContain('Values');
    expectSameIssues('two-values-sheets');
  });
});

/**
 * Resubmissions, periods outside the plan and never a double count (docs/rules.md, "What counts at
 * P", "Resubmissions and double counts"; issue 10), end to end on workbooks written by openpyxl and
 * by LibreOffice (tests/fixtures-quarterly/{resubmissions,outside-plan,double-counts}, made by
 * scripts/fixtures/quarterly/make_quarterly.py). Plan PAN25, 2025-2029, as in
 * quarterly-targets.test.ts; every data workbook is DR Kayes's. Each scenario also checks that
 * `ponam validate` on the same inputs reports the same issues as `report`.
 */
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byCode,
  type IssueJson,
  issueKeys,
  issuesOfBoth,
  modelOf,
  ponamAsync,
  type ReportRun,
  type Run,
  removeScratch,
  report,
  scenario,
  scratch,
  type ValidateRun,
  validate,
  WRITERS,
} from '../helpers/quarterly.js';

afterAll(removeScratch);

interface Pair {
  report: ReportRun;
  validate: ValidateRun;
}

/** `report` and `validate` on the same plan and data. */
async function both(cwd: string, data: string[], ...more: string[]): Promise<Pair> {
  const [r, v] = await Promise.all([
    report(cwd, ['--plan', 'plan.xlsx', '--data', ...data, ...more]),
    validate(cwd, ['--plan', 'plan.xlsx', ...data]),
  ]);
  return { report: r, validate: v };
}

/** The same issues (code, severity, file, sheet, cell) from `report` as from `validate`. */
function expectSameIssues({ report: r, validate: v }: Pair): void {
  const found = issuesOfBoth(r, v);
  expect(found.report).toEqual(found.validate);
}

function codes(issues: readonly IssueJson[]): string[] {
  return issues.map((i) => `${i.severity} ${i.code}`).sort();
}

describe.each(WRITERS)('resubmissions on workbooks written by %s', (writer) => {
  const dir = scenario('resubmissions', writer);
  const runs: Record<string, Pair> = {};
  const folders = [
    'later-wins',
    'same-date-identical',
    'same-date-conflict',
    'no-date-identical',
    'no-date-conflict',
    'one-date-conflict',
  ];

  beforeAll(async () => {
    const done = await Promise.all(folders.map((f) => both(dir, [f])));
    folders.forEach((f, k) => {
      runs[f] = done[k];
    });
  });

  it('uses the later submission of the same entity and period, leaves the earlier out, and says so', () => {
    const m = modelOf(runs['later-wins'].report);
    // kayes-2025-T1-corrige.xlsx (submitted 2025-04-20: I1 146, I2 100) replaces kayes-2025-T1.xlsx
    // (2025-04-10: I1 120, I2 90, I3 44), although it comes first in the folder: all of the earlier
    // report goes, I3 included.
    expect(byCode(m.indicators, 'I1').actual).toBe(146);
    expect(byCode(m.indicators, 'I2').actual).toBe(100);
    expect(byCode(m.indicators, 'I3').actual).toBeNull();
    expect(byCode(m.indicators, 'I1').trace.map((t) => t.file)).toEqual([
      'later-wins/kayes-2025-T1-corrige.xlsx',
    ]);
    const notices = m.quality.issues.filter((i) => i.code === 'resubmission');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ severity: 'info', file: 'later-wins/kayes-2025-T1.xlsx' });
    expect(notices[0].message).toContain('later-wins/kayes-2025-T1-corrige.xlsx');
    expect(codes(m.quality.issues)).toEqual(['info resubmission']);
    expectSameIssues(runs['later-wins']);
  });

  it.each(['same-date-identical', 'no-date-identical'])(
    'counts identical values once when dates do not decide (%s)',
    (folder) => {
      const m = modelOf(runs[folder].report);
      // Both workbooks give I1 146 and I2 100: 146, not 292; one duplicate-value warning per value.
      expect(byCode(m.indicators, 'I1').actual).toBe(146);
      expect(byCode(m.indicators, 'I2').actual).toBe(100);
      expect(codes(m.quality.issues)).toEqual(['warning duplicate-value', 'warning duplicate-value']);
      expectSameIssues(runs[folder]);
    },
  );

  it.each(['same-date-conflict', 'no-date-conflict', 'one-date-conflict'])(
    'stops on different values when dates do not decide (%s)',
    (folder) => {
      const { report: r, validate: v } = runs[folder];
      // I1: 146 in kayes-a.xlsx, 150 in kayes-b.xlsx; the same date, no date, or only one of them dated.
      expect(r.code).toBe(1);
      expect(r.model).toBeNull();
      expect(v.code).toBe(1);
      expect(codes(v.issues)).toEqual(['error conflicting-duplicate']);
      expect(v.issues[0].cell).toBe('B2');
      expectSameIssues(runs[folder]);
    },
  );
});

describe.each(WRITERS)('periods outside the plan on workbooks written by %s', (writer) => {
  const dir = scenario('outside-plan', writer);
  let outside: ReportRun;
  let values: Pair;
  let template: Run;
  const templateOut = join(scratch('ponam-q-tpl-'), 'DR-Kayes-2031-T1.xlsx');

  beforeAll(async () => {
    [outside, values, template] = await Promise.all([
      report(dir, ['--plan', 'plan.xlsx', '--data', 'data', '--period', '2031-T1']),
      both(dir, ['data']),
      ponamAsync(
        [
          'template',
          'report',
          '--plan',
          'plan.xlsx',
          '--entity',
          'DR Kayes',
          '--period',
          '2031-T1',
          '--out',
          templateOut,
        ],
        { cwd: dir },
      ),
    ]);
  });

  it('refuses --period 2031-T1 on a 2025-2029 plan with exit 2, naming the plan’s years', () => {
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('2031-T1');
    expect(outside.stderr).toContain('2025');
    expect(outside.stderr).toContain('2029');
    expect(outside.model).toBeNull();
  });

  it('refuses a template for --period 2031-T1 with exit 2, naming the plan’s years, and writes nothing', () => {
    expect(template.code).toBe(2);
    expect(template.stderr).toContain('2025');
    expect(template.stderr).toContain('2029');
    expect(existsSync(templateOut)).toBe(false);
  });

  it('warns about values dated 2019 and 2030 and leaves them out', () => {
    const m = modelOf(values.report);
    // data/kayes.xlsx rows: I1 2025-T1 146, I1 2019-T4 500, I2 2030-T1 999, I2 2025-T1 100.
    // P is the latest period of the values kept: 2025-T1 (2030-T1 is left out).
    expect(m.period).toBe('2025-T1');
    expect(byCode(m.indicators, 'I1').actual).toBe(146);
    expect(byCode(m.indicators, 'I2').actual).toBe(100);
    const warnings = m.quality.issues.filter((i) => i.code === 'period-outside-plan');
    expect(warnings.map((w) => [w.severity, w.file, w.sheet, w.cell?.replace(/^[A-Z]+/, '')])).toEqual([
      ['warning', 'data/kayes.xlsx', 'Valeurs', '3'],
      ['warning', 'data/kayes.xlsx', 'Valeurs', '4'],
    ]);
    expectSameIssues(values);
  });
});

describe.each(WRITERS)('never a double count, on workbooks written by %s', (writer) => {
  const dir = scenario('double-counts', writer);
  const runs: Record<string, Pair> = {};
  let twice: Pair;
  let firstRun: ReportRun;
  let secondRun: ReportRun;
  let own: ValidateRun;
  let work: string;
  let moved: string;
  let movedRun: ReportRun;
  let movedChecked: ValidateRun;

  beforeAll(async () => {
    const folders = ['same-row-twice', 'disaggregated-twice', 'overlapping-flow', 'with-plan'];
    const done = await Promise.all([
      ...folders.map((f) => both(dir, [f])),
      both(dir, ['months-and-quarter'], '--period', '2025-T1'),
      both(dir, ['rapports', 'rapports/kayes.xlsx']),
    ]);
    folders.forEach((f, k) => {
      runs[f] = done[k];
    });
    runs['months-and-quarter'] = done[folders.length];
    twice = done[folders.length + 1];
    // ponam's own annex written inside the data folder, then found there by the next run.
    work = scratch('ponam-q-own-');
    cpSync(join(dir, 'plan.xlsx'), join(work, 'plan.xlsx'));
    cpSync(join(dir, 'rapports'), join(work, 'rapports'), { recursive: true });
    const args = ['--plan', 'plan.xlsx', '--data', 'rapports', '--format', 'json,xlsx'];
    firstRun = await report(work, args, 'rapports/sorties');
    secondRun = await report(work, args, 'rapports/sorties');
    own = await validate(work, ['--plan', 'plan.xlsx', 'rapports']);
    // The same annex written outside, then moved among the data by hand.
    moved = scratch('ponam-q-moved-');
    cpSync(join(dir, 'plan.xlsx'), join(moved, 'plan.xlsx'));
    cpSync(join(dir, 'rapports'), join(moved, 'rapports'), { recursive: true });
    const outside = await report(moved, args, 'sorties');
    expect(outside.code, outside.stderr).toBe(0);
    cpSync(join(moved, 'sorties', 'annexe.xlsx'), join(moved, 'rapports', 'annexe.xlsx'));
    [movedRun, movedChecked] = await Promise.all([
      report(moved, ['--plan', 'plan.xlsx', '--data', 'rapports']),
      validate(moved, ['--plan', 'plan.xlsx', 'rapports']),
    ]);
  });

  it('counts the same row given twice in one sheet once: 30 stays 30', () => {
    const m = modelOf(runs['same-row-twice'].report);
    // Valeurs: I1 30 (B2), I1 30 (B3), I2 100.
    expect(byCode(m.indicators, 'I1').actual).toBe(30);
    expect(m.quality.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['warning', 'duplicate-value', 'B3'],
    ]);
    expectSameIssues(runs['same-row-twice']);
  });

  it('counts the same disaggregated row given twice once: F 10 + H 20 = 30', () => {
    const m = modelOf(runs['disaggregated-twice'].report);
    // Valeurs: I1 F 10 (C2), I1 F 10 (C3), I1 H 20 (C4); no total row: the parts add up.
    const i1 = byCode(m.indicators, 'I1');
    expect(i1.actual).toBe(30);
    expect(i1.breakdowns).toEqual([
      {
        dimension: 'sexe',
        parts: [
          { value: 'F', actual: 10 },
          { value: 'H', actual: 20 },
        ],
        // The parts are the whole actual: 30 − (10 + 20) = 0 left out.
        unallocated: 0,
        unallocatedEntities: [],
      },
    ]);
    expect(m.quality.issues.map((i) => [i.severity, i.code, i.cell])).toEqual([
      ['warning', 'duplicate-value', 'C3'],
    ]);
    expectSameIssues(runs['disaggregated-twice']);
  });

  it('reads a file given twice on the command line once: values neither doubled nor lost', () => {
    const m = modelOf(twice.report);
    // rapports/kayes.xlsx: I1 30, I2 100 — read once.
    expect(byCode(m.indicators, 'I1').actual).toBe(30);
    expect(byCode(m.indicators, 'I2').actual).toBe(100);
    expect(m.quality.issues).toEqual([]);
    expect(m.sources.filter((s) => s.role === 'data').map((s) => s.path)).toEqual(['rapports/kayes.xlsx']);
    expectSameIssues(twice);
  });

  it('stops on T1 + T2 + S1 of one flow indicator and entity: overlapping-periods naming both cells', () => {
    const { report: r, validate: v } = runs['overlapping-flow'];
    // kayes-T1.xlsx I1 100, kayes-T2.xlsx I1 150, kayes-S1.xlsx I1 250: S1 would count T1 and T2 again.
    expect(r.code).toBe(1);
    expect(r.model).toBeNull();
    expect(v.code).toBe(1);
    const errors = v.issues.filter((i) => i.code === 'overlapping-periods');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.severity === 'error')).toBe(true);
    const named = errors.map((e) => `${e.file} › ${e.sheet} › ${e.cell}\n${e.message}`).join('\n');
    expect(named).toContain('overlapping-flow/kayes-S1.xlsx › Valeurs › B2');
    expect(named).toMatch(/overlapping-flow\/kayes-T[12]\.xlsx › Valeurs › B2/);
    expect(r.stderr).toContain('overlapping-flow/kayes-S1.xlsx');
    expectSameIssues(runs['overlapping-flow']);
  });

  it('uses the finer periods of a level reported by month and by quarter, with a warning', () => {
    const m = modelOf(runs['months-and-quarter'].report);
    // I3 (dernière): 2025-01 41 (C2), 2025-02 42 (C3), 2025-T1 50 (C4). The quarter overlaps the
    // months and is left out: the latest month, 42 (with the quarter it would be 50, as T1 ends later).
    expect(byCode(m.indicators, 'I3').actual).toBe(42);
    const warnings = m.quality.issues.filter((i) => i.code === 'overlapping-periods');
    expect(warnings.map((w) => [w.severity, w.cell])).toEqual([['warning', 'C4']]);
    expectSameIssues(runs['months-and-quarter']);
  });

  it('skips a plan kept in the data folder with a notice, and still reports', () => {
    const m = modelOf(runs['with-plan'].report);
    expect(byCode(m.indicators, 'I1').actual).toBe(146);
    expect(m.quality.issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['info', 'plan-in-data', 'with-plan/plan.xlsx'],
    ]);
    expectSameIssues(runs['with-plan']);
  });

  it('skips an annexe.xlsx of its own found among the data, with a notice', () => {
    const m = modelOf(movedRun);
    // rapports/kayes.xlsx: I1 30; rapports/annexe.xlsx (ponam's annex, moved there) is not a report.
    expect(byCode(m.indicators, 'I1').actual).toBe(30);
    expect(m.quality.issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['info', 'own-output', 'rapports/annexe.xlsx'],
    ]);
    expect(issueKeys(m.quality.issues)).toEqual(issueKeys(movedChecked.issues));
  });

  it('skips its own annexe.xlsx written into the data folder by an earlier run', () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    expect(existsSync(join(work, 'rapports', 'sorties', 'annexe.xlsx'))).toBe(true);
    const m = modelOf(secondRun);
    // rapports/kayes.xlsx: I1 30, counted once; rapports/sorties/annexe.xlsx is not read as a report,
    // and the report.json beside it is named too (issue 21: no file of a data folder goes unsaid).
    expect(byCode(m.indicators, 'I1').actual).toBe(30);
    expect(m.quality.issues.map((i) => [i.severity, i.code, i.file])).toEqual([
      ['info', 'own-output', 'rapports/sorties/annexe.xlsx'],
      ['info', 'own-output', 'rapports/sorties/report.json'],
    ]);
    expect(issueKeys(m.quality.issues)).toEqual(issueKeys(own.issues));
  });
});

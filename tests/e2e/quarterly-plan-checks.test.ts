/**
 * Plan checks of issue 10 (README, "Plan workbook (cadre logique)"; docs/rules.md, "Not due"), end
 * to end on plans written by openpyxl and by LibreOffice (tests/fixtures-quarterly/plan-checks,
 * made by scripts/fixtures/quarterly/make_quarterly.py). Every plan is PAN25 (see
 * quarterly-targets.test.ts) with one change; data/kayes.xlsx holds DR Kayes's 2025-T1 I1 = 146 and
 * an Activités sheet reporting AC3 réalisée, 100 % done, 100 000 disbursed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byCode,
  issueKeys,
  modelOf,
  ponamAsync,
  type ReportRun,
  removeScratch,
  report,
  scenario,
  stderrIssueKeys,
  type ValidateRun,
  validate,
  WRITERS,
} from '../helpers/quarterly.js';

afterAll(removeScratch);

describe.each(WRITERS)('plan checks on plans written by %s', (writer) => {
  const dir = scenario('plan-checks', writer);
  const broken = ['years-reversed', 'span-huge', 'span-61-years', 'axis-mismatch'];
  const runs: Record<string, { report: ReportRun; validate: ValidateRun }> = {};
  let activities: ReportRun;
  let activitiesChecked: ValidateRun;
  let milestone: ReportRun;
  let milestoneChecked: ValidateRun;

  beforeAll(async () => {
    const pairs = await Promise.all(
      broken.map(async (name) => {
        const plan = `${name}/plan.xlsx`;
        const [r, v] = await Promise.all([
          report(dir, ['--plan', plan, '--data', 'data']),
          validate(dir, ['--plan', plan, 'data']),
        ]);
        return { report: r, validate: v };
      }),
    );
    broken.forEach((name, k) => {
      runs[name] = pairs[k];
    });
    [activities, activitiesChecked, milestone, milestoneChecked] = await Promise.all([
      report(dir, ['--plan', 'activities-fill-down/plan.xlsx', '--data', 'data']),
      validate(dir, ['--plan', 'activities-fill-down/plan.xlsx', 'data']),
      report(dir, ['--plan', 'milestone-non/plan.xlsx', '--data', 'data']),
      validate(dir, ['--plan', 'milestone-non/plan.xlsx', 'data']),
    ]);
  });

  /** Exit 1 from both commands, the same errors and warnings, and `code` at one of `cells`. */
  function expectPlanError(name: string, code: string, sheet: string, cells: string[]): void {
    const { report: r, validate: v } = runs[name];
    expect(r.code, r.stderr).toBe(1);
    expect(r.model).toBeNull();
    expect(v.code).toBe(1);
    const found = v.issues.filter((i) => i.code === code);
    expect(found.map((i) => [i.severity, i.file, i.sheet])).toEqual([['error', `${name}/plan.xlsx`, sheet]]);
    expect(cells).toContain(found[0].cell);
    expect(stderrIssueKeys(r.stderr)).toEqual(issueKeys(v.issues.filter((i) => i.severity !== 'info')));
  }

  it('does not give a blank Résultat the previous axis’s result once Axe changes', () => {
    const m = modelOf(activities);
    // Activités: AC1 A1 R1 100 000; AC2 (Axe merged with AC1's, Résultat blank) → A1, R1, 200 000;
    // AC3 A2, Résultat blank → A2 with no result (not R1), 400 000; AC4 (Axe blank) R3 → A2, 800 000.
    expect(m.activities.map((a) => [a.code, a.axis, a.result])).toEqual([
      ['AC1', 'A1', 'R1'],
      ['AC2', 'A1', 'R1'],
      ['AC3', 'A2', null],
      ['AC4', 'A2', 'R3'],
    ]);
    // A1: 100 000 + 200 000 planned, nothing done or disbursed. A2: 400 000 + 800 000 planned;
    // AC3 done (1 of 2: 0.5) and 100 000 disbursed: 100 000 / 1 200 000.
    const a1 = byCode(m.axes, 'A1').execution;
    const a2 = byCode(m.axes, 'A2').execution;
    expect(a1).toMatchObject({ planned: 2, done: 0, budget: 300_000, disbursed: 0 });
    expect(a2).toMatchObject({
      planned: 2,
      done: 1,
      physicalRate: 0.5,
      budget: 1_200_000,
      disbursed: 100_000,
    });
    expect(a2?.financialRate).toBeCloseTo(100_000 / 1_200_000, 9);
    expect(issueKeys(m.quality.issues)).toEqual(issueKeys(activitiesChecked.issues));
  });

  it('refuses a start year after the end year: invalid-setting at the year’s cell', () => {
    // Plan sheet: B5 Année de début 2029, B6 Année de fin 2025.
    expectPlanError('years-reversed', 'invalid-setting', 'Plan', ['B5', 'B6']);
  });

  it('refuses a plan over 50 years (2020 to 2080): invalid-setting', () => {
    expectPlanError('span-61-years', 'invalid-setting', 'Plan', ['B5', 'B6']);
  });

  it('refuses 2020 to 100002020 quickly and in little memory', async () => {
    expectPlanError('span-huge', 'invalid-setting', 'Plan', ['B5', 'B6']);
    // A loop over the years, or an array of them, would take minutes and gigabytes: 64 MB of heap
    // and 60 s are plenty for a plan of seven indicators.
    const tight = await ponamAsync(
      ['validate', '--plan', 'span-huge/plan.xlsx', 'data', '--format', 'json'],
      {
        cwd: dir,
        node: ['--max-old-space-size=64'],
        timeout: 60_000,
      },
    );
    expect(tight.code, tight.stderr).toBe(1);
    expect(tight.stdout).toContain('invalid-setting');
  });

  it('refuses an indicator of axis A1 whose result R3 belongs to A2: axis-mismatch at its row', () => {
    // I8 is on row 9 of Indicateurs: Axe A1, Résultat R3 (A2 in Résultats).
    expectPlanError(
      'axis-mismatch',
      'axis-mismatch',
      'Indicateurs',
      ['A9', 'B9', 'C9'], // its code, axis or result cell
    );
  });

  it('accepts a milestone planned `non` for 2025 and `oui` after: not due at 2025-T1, no error, no warning', () => {
    // I5 (row 6): Cible 2025 non, 2026-2029 oui. Before issue 21 this stopped the report.
    expect(milestone.code, milestone.stderr).toBe(0);
    expect(milestoneChecked.code).toBe(0);
    const m = modelOf(milestone);
    expect(
      m.quality.issues.filter((i) => i.code === 'invalid-setting' || i.code === 'milestone-never-due'),
    ).toEqual([]);
    expect(issueKeys(m.quality.issues)).toEqual(issueKeys(milestoneChecked.issues));
    // At 2025-T1 the target due is the baseline non (nothing has fallen due yet): not due.
    expect(byCode(m.indicators, 'I5')).toMatchObject({
      target: 0,
      rate: null,
      status: 'not-due',
      reason: 'not-due',
    });
  });
});

/**
 * Milestones not yet due (README, "Target at P"; issue 21), end to end through the built binary
 * on a plan and reports written by openpyxl (tests/fixtures-milestones/openpyxl, made by
 * scripts/fixtures/milestones/make_milestones.py). The milestone is written the way logframes
 * write one — `Cible 2022: non`, `Cible 2023: oui` — which stopped the report (invalid-setting)
 * before issue 21.
 *
 * Plan PJAL 2022-2024, default settings (auto, thresholds 80 / 50, ceiling 100 %):
 *   A1 › R1  I1 nombre, somme, cumulée, B 0: 100 / 200 / 300
 *            I2 jalon, B non: non / oui / oui, Cible finale oui
 *   A2 › R2  I3 %, dernière, cumulée, B 20: 40 / 60 / 80
 *            I4 jalon, B non: non / oui / oui
 *            I5 jalon, no baseline: blank / oui / oui
 * DR Kayes:  2022-T3  I1 40  I2 non  I3 30  I4 non  I5 non
 *            2022-T4  I1 50  I2 non  I3 35  I4 oui  I5 non
 *            2023-T3  I1 50  I2 non  I3 50  I4 oui  I5 oui
 *            2023-T4  I1 60  I2 oui  I3 56  I4 oui  I5 non
 *
 * At 2022-T4: I1 (40 + 50) / 100 = 0.9; I3 (35 − 20) / (40 − 20) = 0.75; I2, I4, I5 not due.
 *   Plan = mean of A1 (R1 = I1 = 0.9) and A2 (R2 = I3 = 0.75) = 0.825, on track; coverage 2 / 2.
 * At 2023-T4: I1 200 / 200 = 1; I2 oui / oui = 1; I3 (56 − 20) / (60 − 20) = 0.9; I4 1; I5 non
 *   against oui = 0. R1 = (1 + 1) / 2 = 1; R2 = (0.9 + 1 + 0) / 3 = 0.6333; plan 0.81667.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import {
  byCode,
  modelOf,
  type ReportJson,
  type ReportRun,
  removeScratch,
  report,
  scratch,
  type ValidateRun,
  validate,
} from '../helpers/quarterly.js';
import { plain, tableRows } from '../report/html-text.js';

afterAll(removeScratch);

const DIR = join(REPO, 'tests', 'fixtures-milestones', 'openpyxl');
const at = (period: string, ...more: string[]) => [
  '--plan',
  'plan.xlsx',
  '--data',
  'data',
  '--period',
  period,
  '--format',
  'json,html',
  ...more,
];

describe('a milestone planned `non` for 2022 and `oui` for 2023, through the built binary', () => {
  let fr22: ReportRun;
  let en22: ReportRun;
  let fr23: ReportRun;
  let checked: ValidateRun;
  let compared: ReportRun;
  let y22: ReportJson;
  let y23: ReportJson;

  beforeAll(async () => {
    [fr22, en22, fr23, checked] = await Promise.all([
      report(DIR, at('2022-T4')),
      report(DIR, at('2022-T4', '--lang', 'en')),
      report(DIR, at('2023-T4')),
      validate(DIR, ['--plan', 'plan.xlsx', 'data']),
    ]);
    y22 = modelOf(fr22);
    y23 = modelOf(fr23);
    // A report published under schema version 2, before not-due existed: its milestones then
    // scored against the final target, and its counts had four statuses.
    const old = JSON.parse(readFileSync(join(fr22.out, 'report.json'), 'utf8'));
    old.schemaVersion = '2';
    for (const x of [old.plan, ...old.axes, ...old.results]) delete x.statusCounts['not-due'];
    for (const i of old.indicators) {
      delete i.targetPeriod;
      if (i.status === 'not-due') Object.assign(i, { status: 'critical', rate: 0, reason: null });
    }
    const published = join(scratch('ponam-m-'), 'report.json');
    writeFileSync(published, JSON.stringify(old));
    compared = await report(DIR, at('2023-T4', '--compare', published));
  });

  it('gives a report (exit 0) and validate finds nothing to say', () => {
    expect(fr22.code, fr22.stderr).toBe(0);
    expect(fr23.code, fr23.stderr).toBe(0);
    expect(checked.code).toBe(0);
    expect(checked.issues).toEqual([]);
    expect(y22.schemaVersion).toBe('4');
  });

  it('says not-due at 2022-T4, with target 0 and no rate', () => {
    for (const code of ['I2', 'I4', 'I5'])
      expect(byCode(y22.indicators, code), code).toMatchObject({
        target: 0,
        rate: null,
        status: 'not-due',
        reason: 'not-due',
      });
    expect(byCode(y22.indicators, 'I2')).toMatchObject({ targetSource: 'year', targetPeriod: '2022' });
    expect(byCode(y22.indicators, 'I5')).toMatchObject({ targetSource: 'due', targetPeriod: null });
  });

  it('rates the plan without them at 2022-T4: (0.9 + 0.75) / 2', () => {
    expect(byCode(y22.indicators, 'I1').rate).toBeCloseTo(0.9, 12);
    expect(byCode(y22.indicators, 'I3').rate).toBeCloseTo(0.75, 12);
    expect(y22.plan.rate).toBeCloseTo(0.825, 12);
    expect(y22.plan.status).toBe('on-track');
    const plan = y22.plan as ReportJson['plan'] & {
      coverage: number;
      withData: number;
      statusCounts: Record<string, number>;
    };
    // Due: I1 and I3, both reported.
    expect(plan.coverage).toBe(1);
    expect(plan.withData).toBe(2);
    expect(plan.statusCounts).toEqual({ 'on-track': 1, behind: 1, critical: 0, 'no-data': 0, 'not-due': 3 });
  });

  it('rates the milestone at 2023-T4, when it falls due', () => {
    expect(byCode(y23.indicators, 'I2')).toMatchObject({
      actual: 1,
      target: 1,
      rate: 1,
      status: 'on-track',
      reason: null,
    });
    expect(byCode(y23.indicators, 'I5')).toMatchObject({ actual: 0, target: 1, rate: 0, status: 'critical' });
    // (1 + (0.9 + 1 + 0) / 3) / 2
    expect(y23.plan.rate).toBeCloseTo((1 + 1.9 / 3) / 2, 12);
    expect(y23.changes.statusChanges.filter((c) => c.from === 'not-due').map((c) => [c.code, c.to])).toEqual([
      ['I2', 'on-track'],
      ['I4', 'on-track'],
      ['I5', 'critical'],
    ]);
  });

  it('shows « Non échu » and « atteint en avance » in the French report', () => {
    const html = readFileSync(join(fr22.out, 'report.html'), 'utf8');
    const row = (code: string) =>
      tableRows(html, 'axe-2-indicateurs')
        .find((r) => r[0] === code)
        ?.join(' | ') ?? `${code} missing`;
    expect(row('I4')).toContain('Non échu');
    expect(row('I4')).toContain('atteint en avance');
    expect(row('I5')).toContain('Non échu');
    expect(row('I5')).not.toContain('atteint en avance');
    expect(tableRows(html, 'statuts').map((r) => r.join(' '))).toContain('◌ Non échu 3');
    expect(plain(html)).toContain('2 indicateurs renseignés sur 2 échus ; 3 non échus, hors du taux');
  });

  it('shows “Not due” and “achieved ahead of time” in the English report', () => {
    const html = readFileSync(join(en22.out, 'report.html'), 'utf8');
    const i4 = tableRows(html, 'axe-2-indicateurs').find((r) => r[0] === 'I4') ?? [];
    expect(i4.join(' | ')).toContain('Not due');
    expect(i4.join(' | ')).toContain('achieved ahead of time');
    expect(plain(html)).toContain('2 of 2 indicators due reported; 3 not due, out of the rate');
  });

  it('compares with a report published under schema version 2', () => {
    const m = modelOf(compared);
    expect(m.changes).toMatchObject({ against: 'published-report', period: '2022-T4' });
    // The published I2 said critical (0); today it is on track (1).
    expect(byCode(m.indicators, 'I2').previous).toMatchObject({
      period: '2022-T4',
      rate: 0,
      status: 'critical',
    });
    expect(m.changes.statusChanges.map((c) => [c.code, c.from, c.to])).toContainEqual([
      'I2',
      'critical',
      'on-track',
    ]);
  });
});

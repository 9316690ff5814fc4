/**
 * A milestone's targets as the plan reader reads them (README, "Plan workbook" and "Target at P";
 * issue 21): `non` (or stage 0) for the years before it falls due is a valid target — no error, no
 * warning —, read as 0; a blank year before the first target is simply absent; only a milestone
 * whose every target, `Cible finale` included, is `non` gets the warning `milestone-never-due`,
 * at its row. A milestone with only a `Cible finale` has no target at any P: `missing-target`
 * names every plan year, as for any indicator. Plans written by openpyxl and LibreOffice.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/issues.js';
import { DEFAULT_SETTINGS, type Indicator, type Plan } from '../../src/model/plan.js';
import { completePlan } from '../../src/workbook/plan-checks.js';
import { readPlan } from '../../src/workbook/plan-reader.js';
import { indicator } from '../helpers/compute.js';

const REPO = join(import.meta.dirname, '..', '..');

async function read(path: string): Promise<{ plan: Plan | null; issues: Issue[] }> {
  const issues: Issue[] = [];
  const plan = await readPlan(join(REPO, path), path, 'fr', issues);
  return { plan, issues };
}

const byCode = (plan: Plan | null, code: string) => plan?.indicators.find((i) => i.code === code);

describe('reading a milestone planned `non` before it falls due', () => {
  it('reads Cible 2022: non, Cible 2023: oui as 0 then 1, with no issue (openpyxl)', async () => {
    const { plan, issues } = await read('tests/fixtures-milestones/openpyxl/plan.xlsx');
    expect(issues).toEqual([]);
    expect(byCode(plan, 'I2')).toMatchObject({
      type: 'milestone',
      baseline: 0,
      targets: { '2022': 0, '2023': 1, '2024': 1 },
      finalTarget: 1,
    });
    // 2022 left blank: no column for it, nothing due yet
    expect(byCode(plan, 'I5')?.targets).toEqual({ '2023': 1, '2024': 1 });
  });

  it.each(['openpyxl', 'libreoffice'])(
    'accepts Cible 2025: non, then oui, without an issue (%s)',
    async (writer) => {
      const { plan, issues } = await read(
        `tests/fixtures-quarterly/plan-checks/${writer}/milestone-non/plan.xlsx`,
      );
      expect(issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(byCode(plan, 'I5')?.targets).toEqual({ '2025': 0, '2026': 1, '2027': 1, '2028': 1, '2029': 1 });
    },
  );

  it('warns about a milestone whose every target is non, at its row', async () => {
    const { plan, issues } = await read('tests/fixtures-bad/plan-milestone-never-due.xlsx');
    expect(plan).not.toBeNull();
    expect(issues).toEqual([
      {
        code: 'milestone-never-due',
        severity: 'warning',
        file: 'tests/fixtures-bad/plan-milestone-never-due.xlsx',
        sheet: 'Indicateurs',
        cell: 'A4',
        params: { indicator: 'I2.1.1', stage: 0 },
      },
    ]);
  });
});

describe('completePlan: the targets a milestone should have', () => {
  function check(indicators: Indicator[]): Issue[] {
    const issues: Issue[] = [];
    const plan: Plan = {
      file: 'plan.xlsx',
      settings: { ...DEFAULT_SETTINGS, startYear: 2022, endYear: 2024 },
      axes: [{ code: 'A1', label: 'A1', weight: 1 }],
      results: [{ code: 'R1', axis: 'A1', label: 'R1', level: null, weight: 1 }],
      indicators,
      activities: [],
    };
    completePlan(plan, 'plan.xlsx', (i) => issues.push(i));
    return issues;
  }
  const milestone = (more: Partial<Indicator>) =>
    indicator('J1', { type: 'milestone', aggregation: 'last', targetType: 'cumulative', ...more });

  it('says nothing of non before oui, nor of blank years before the first target', () => {
    expect(check([milestone({ targets: { '2022': 0, '2023': 1, '2024': 1 } })])).toEqual([]);
    expect(check([milestone({ targets: { '2023': 1, '2024': 1 } })])).toEqual([]);
    // every yearly target non but the final one oui: it falls due at the end, no warning
    expect(check([milestone({ targets: { '2022': 0, '2023': 0, '2024': 0 }, finalTarget: 1 })])).toEqual([]);
  });

  it('warns when every target, the final one included, is non — or stage 0 for a stage indicator', () => {
    const never = check([milestone({ targets: { '2022': 0, '2023': 0, '2024': 0 }, finalTarget: 0 })]);
    expect(never.map((i) => [i.code, i.severity, i.params])).toEqual([
      ['milestone-never-due', 'warning', { indicator: 'J1', stage: 0 }],
    ]);
    const stage = check([milestone({ type: 'qualitative', targets: { '2022': 0, '2023': 0, '2024': 0 } })]);
    expect(stage.map((i) => [i.code, i.params.stage])).toEqual([['milestone-never-due', 1]]);
  });

  it('names every plan year missing for a milestone with only a Cible finale (it has no target at P)', () => {
    const issues = check([milestone({ targets: {}, finalTarget: 1 })]);
    expect(issues.map((i) => [i.code, i.params.years])).toEqual([['missing-target', '2022, 2023, 2024']]);
  });
});

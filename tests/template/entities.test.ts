import { describe, expect, it } from 'vitest';
import { type Period, parsePeriod } from '../../src/compute/periods.js';
import type { Activity, Indicator, ReportedValue } from '../../src/model/plan.js';
import { entityScope, planEntities } from '../../src/template/entities.js';
import { lastValues, rowKey } from '../../src/template/last-values.js';
import { indicator as sharedIndicator } from '../helpers/compute.js';

const at = { file: 'plan.xlsx', sheet: 'Indicateurs', cell: 'A2' };
function indicator(code: string, responsible: string[], unit = 'nombre'): Indicator {
  return sharedIndicator(code, { result: null, unit, targets: {}, responsible, at });
}
function activity(code: string, responsible: string[]): Activity {
  return { code, result: null, axis: null, label: code, responsible, budget: null, at };
}
function value(
  indicator: string,
  entity: string,
  period: string,
  v: number,
  disaggregation = '',
): ReportedValue {
  return {
    indicator,
    entity,
    period,
    value: v,
    numerator: null,
    denominator: null,
    disaggregation,
    file: 'f.xlsx',
    sheet: 'Valeurs',
    cell: 'H2',
  };
}

describe('entities of a plan', () => {
  const plan = {
    indicators: [
      indicator('I1', ['DR Kayes', 'OIM']),
      indicator('I2', ['dr kayes']),
      indicator('I3', ['Ministère']),
    ],
    activities: [activity('AC1', ['Ministere']), activity('AC2', ['AECID'])],
  };

  it('lists each entity once, as first spelled, activities included', () => {
    expect(planEntities(plan)).toEqual(['DR Kayes', 'OIM', 'Ministère', 'AECID']);
  });

  it('matches an entity case- and accent-insensitively and keeps the plan’s spelling', () => {
    const scope = entityScope(plan, '  MINISTERE ');
    expect(scope?.entity).toBe('Ministère');
    expect(scope?.indicators.map((i) => i.code)).toEqual(['I3']);
    expect(scope?.activities.map((a) => a.code)).toEqual(['AC1']);
    expect(entityScope(plan, 'DR KAYES')?.indicators.map((i) => i.code)).toEqual(['I1', 'I2']);
  });

  it('gives every indicator to any entity when the plan names none, and knows no entity otherwise', () => {
    const anonymous = { indicators: [indicator('I1', []), indicator('I2', [])], activities: [] };
    expect(entityScope(anonymous, 'Qui que ce soit')?.indicators).toHaveLength(2);
    expect(entityScope(plan, 'Inconnu')).toBeNull();
  });
});

describe('last values shown as help', () => {
  const P = parsePeriod('2023-T1') as Period;
  const inds = [indicator('I1', []), indicator('I2', [], '%')];

  it('takes the entity’s latest value before the period, per disaggregation, ignoring others and later ones', () => {
    const values = [
      value('I1', 'DR Kayes', '2022-T3', 10),
      value('I1', 'dr kayes', '2022-T4', 12),
      value('I1', 'DR Kayes', '2023-T1', 99),
      value('I1', 'OIM', '2022-T4', 50),
      value('I1', 'DR Kayes', '2022-T4', 7, 'sexe=F'),
    ];
    const last = lastValues(values, inds, 'DR Kayes', P);
    expect(last.get(rowKey('I1', ''))).toEqual({ value: 12, period: '2022-T4' });
    expect(last.get(rowKey('I1', 'sexe=F'))).toEqual({ value: 7, period: '2022-T4' });
  });

  it('rolls a missing total up from its parts: summed for counts, averaged for percentages', () => {
    const values = [
      value('I1', 'E', '2022-T4', 3, 'sexe=H'),
      value('I1', 'E', '2022-T4', 4, 'sexe=F'),
      value('I2', 'E', '2022-T4', 40, 'sexe=H'),
      value('I2', 'E', '2022-T4', 60, 'sexe=F'),
    ];
    const last = lastValues(values, inds, 'E', P);
    expect(last.get(rowKey('I1', ''))?.value).toBe(7);
    expect(last.get(rowKey('I2', ''))?.value).toBe(50);
  });
});

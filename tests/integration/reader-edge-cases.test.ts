import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/core/load.js';
import { tempDir } from '../helpers/cli.js';
import { smallPlan, writeWorkbook } from '../helpers/workbooks.js';

describe('blank value rows in a reporting workbook', () => {
  it('does not warn about a blank Total row under filled parts, and warns once, at the value cell, for an indicator left blank', async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, 'plan.xlsx'), smallPlan());
    await writeWorkbook(join(dir, 'oim.xlsx'), {
      Rapport: [
        ['Clé', 'Valeur'],
        ['Entité', 'OIM'],
        ['Période', '2022-T2'],
      ],
      Valeurs: [
        ['Indicateur', 'Sexe', 'Valeur'],
        ['I1', 'Total', null],
        ['I1', 'H', 40],
        ['I1', 'F', 15],
        ['I2', null, null],
        ['I2', null, null],
      ],
    });
    const loaded = await loadInputs(
      { path: join(dir, 'plan.xlsx'), display: 'plan.xlsx' },
      [{ path: join(dir, 'oim.xlsx'), display: 'oim.xlsx' }],
      'fr',
    );
    const blanks = loaded.issues.filter((i) => i.code === 'missing-cell');
    expect(blanks).toHaveLength(1);
    expect(blanks[0]).toMatchObject({
      severity: 'warning',
      sheet: 'Valeurs',
      cell: 'C5',
      params: { indicator: 'I2' },
    });
    expect(loaded.data.values.toArray().map((v) => [v.indicator, v.disaggregation, v.value])).toEqual([
      ['I1', 'sexe=H', 40],
      ['I1', 'sexe=F', 15],
    ]);
  });
});

describe('the Plan sheet', () => {
  it('reads thresholds written in two cells beside Seuils, as percentages', async () => {
    const dir = tempDir();
    const plan = smallPlan();
    plan.Plan.push(['Seuils', 0.9, 0.6], ['Plafond', 1.2]);
    await writeWorkbook(join(dir, 'plan.xlsx'), plan);
    const loaded = await loadInputs({ path: join(dir, 'plan.xlsx'), display: 'plan.xlsx' }, [], 'fr');
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(loaded.plan?.settings.thresholds).toEqual({ onTrack: 0.9, behind: 0.6 });
    expect(loaded.plan?.settings.ceiling).toBe(1.2);
  });
});

describe('activity reports', () => {
  it('sets aside an activity code the plan does not know, with a warning and a suggestion', async () => {
    const dir = tempDir();
    const plan = smallPlan();
    plan.Activités = [
      ['Code', 'Résultat', 'Intitulé', 'Responsable', 'Budget prévu'],
      ['AC1.1', 'R1', 'Campagne de sensibilisation', 'OIM', 1000],
    ];
    await writeWorkbook(join(dir, 'plan.xlsx'), plan);
    await writeWorkbook(join(dir, 'oim.xlsx'), {
      Rapport: [
        ['Clé', 'Valeur'],
        ['Entité', 'OIM'],
        ['Période', '2022-T2'],
      ],
      Valeurs: [
        ['Indicateur', 'Valeur'],
        ['I1', 5],
      ],
      Activités: [
        ['Activité', 'Statut', 'Montant décaissé'],
        ['AC1.1', 'en cours', 200],
        ['AC11', 'réalisée', 300],
      ],
    });
    const loaded = await loadInputs(
      { path: join(dir, 'plan.xlsx'), display: 'plan.xlsx' },
      [{ path: join(dir, 'oim.xlsx'), display: 'oim.xlsx' }],
      'fr',
    );
    const unknown = loaded.issues.filter((i) => i.code === 'unknown-activity');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({
      severity: 'warning',
      sheet: 'Activités',
      cell: 'A3',
      value: 'AC11',
      params: { suggestion: 'AC1.1' },
    });
    expect(loaded.data.activities.map((a) => a.activity)).toEqual(['AC1.1']);
  });
});

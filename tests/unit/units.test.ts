/**
 * Units (docs/rules.md, "Aggregation across entities"): values are summed across entities when the
 * unit is a count or an amount (nombre, FCFA/XOF, EUR, USD...), averaged otherwise (%, rates,
 * days...).
 */
import { describe, expect, it } from 'vitest';
import { isCountUnit, isPercentUnit, isSummableUnit } from '../../src/compute/units.js';

describe('isSummableUnit', () => {
  it.each([
    'nombre',
    'Nombre',
    'Nombre de personnes',
    'FCFA',
    'F CFA',
    'XOF',
    'EUR',
    'USD',
    'millions de FCFA',
    'Montant (FCFA)',
  ])('sums %j across entities', (unit) => {
    expect(isSummableUnit(unit)).toBe(true);
  });

  it.each(['%', 'taux', 'Taux (%)', 'pourcentage', 'jours', 'Délai moyen (jours)', 'score'])(
    'averages %j across entities',
    (unit) => {
      expect(isSummableUnit(unit)).toBe(false);
    },
  );

  // A duration in hours is neither a count nor an amount; `heures` contains the letters of `eur`.
  it('averages a duration in hours across entities', () => {
    expect(isSummableUnit('heures')).toBe(false);
    expect(isSummableUnit('Délai moyen (heures)')).toBe(false);
  });
});

describe('isPercentUnit', () => {
  it.each(['%', 'Taux (%)', 'taux', 'pourcentage', 'percentage'])('recognises %j as a percentage', (unit) => {
    expect(isPercentUnit(unit)).toBe(true);
  });

  it.each(['nombre', 'FCFA', 'jours'])('does not take %j for a percentage', (unit) => {
    expect(isPercentUnit(unit)).toBe(false);
  });
});

describe('isCountUnit (issue 22: 1.300 personnes is 1 300)', () => {
  it.each(['nombre', 'Nombre de personnes', 'personnes', 'ménages', 'Bénéficiaires', 'nb', 'people'])(
    'counts %j in whole numbers',
    (unit) => {
      expect(isCountUnit(unit)).toBe(true);
    },
  );

  it.each([
    'FCFA',
    'millions de FCFA',
    'Montant (FCFA)',
    'montant',
    '%',
    'taux',
    'jours',
    'personnes par ménage',
    'Nombre moyen de jours',
    'ratio',
    'score',
  ])('does not count %j in whole numbers (amounts, rates, averages)', (unit) => {
    expect(isCountUnit(unit)).toBe(false);
  });
});

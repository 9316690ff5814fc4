/**
 * Sheet and column names (README, "The workbook format"; docs/workbook-format.md): matched case-
 * and accent-insensitively, trimmed, with a trailing note in parentheses ignored.
 */
import { describe, expect, it } from 'vitest';
import { aliasTable, normaliseName } from '../../src/workbook/names.js';

describe('normaliseName', () => {
  it('matches names whatever their case', () => {
    expect(normaliseName('INDICATEURS')).toBe(normaliseName('indicateurs'));
    expect(normaliseName('Valeurs')).toBe(normaliseName('vALEURS'));
  });

  it('matches names whatever their accents', () => {
    expect(normaliseName('Résultats')).toBe(normaliseName('Resultats'));
    expect(normaliseName('Activités')).toBe(normaliseName('ACTIVITES'));
    expect(normaliseName('Intitulé')).toBe('intitule');
    expect(normaliseName('Période')).toBe(normaliseName('periode'));
  });

  it('matches names whatever the surrounding spaces', () => {
    expect(normaliseName('  Cible 2022 ')).toBe(normaliseName('Cible 2022'));
    expect(normaliseName('Cible   2022')).toBe(normaliseName('Cible 2022'));
  });

  it('ignores a trailing note in parentheses', () => {
    expect(normaliseName('Budget prévu (FCFA)')).toBe(normaliseName('budget prevu'));
    expect(normaliseName('Avancement (%)')).toBe(normaliseName('avancement'));
    expect(normaliseName('Valeur de référence (2019) ')).toBe(normaliseName('valeur de reference'));
  });

  it('keeps the words that differ', () => {
    expect(normaliseName('Cible 2022')).not.toBe(normaliseName('Cible 2023'));
    expect(normaliseName('Budget prévu')).not.toBe(normaliseName('Budget'));
  });
});

describe('aliasTable', () => {
  it('maps every spelling of a name, in any case and accent, to its canonical key', () => {
    const table = aliasTable({
      label: ['intitulé', "Intitulé de l'indicateur", 'libellé'],
      unit: ['unité', 'unit'],
    });
    expect(table.get(normaliseName('INTITULE'))).toBe('label');
    expect(table.get(normaliseName('Intitulé de l’indicateur'))).toBe('label');
    expect(table.get(normaliseName('Libellé (court)'))).toBe('label');
    expect(table.get(normaliseName('Unité'))).toBe('unit');
    expect(table.get(normaliseName('sens'))).toBeUndefined();
  });
});

/**
 * Total labels (docs/workbook-format.md, *Totals*): one list, matched without case, accents,
 * spaces or punctuation.
 */
import { describe, expect, it } from 'vitest';
import { isTotalLabel } from '../../src/workbook/vocabulary.js';

describe('isTotalLabel', () => {
  it.each([
    'Total',
    'TOTAL',
    'Total général',
    'Total general',
    'TOTAL GÉNÉRAL',
    'Sous-total',
    'Sous total',
    'Somme',
    'Ensemble',
    'H+F',
    'H + F',
    'F+H',
    'Les deux sexes',
    'Deux sexes',
    'Both sexes',
    'All',
    'Grand total',
    'Total (H+F)',
    ' total: ',
  ])('%j is a total', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it.each([
    'F',
    'H',
    'Femmes',
    'Kayes',
    'Totalement',
    'Sous-préfecture',
    'I1.2.1',
    'H',
    'HF',
    'Kayes (total)',
  ])('%j is not a total', (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});

/**
 * Two header rows (docs/workbook-format.md, *Two header rows*): spreadsheets keep only the first
 * cell of a merged range, so a name with nothing under it was merged down, and a name with
 * names under it and under the blank cells to its right heads a group.
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/workbook/cells.js';
import { splitHeader } from '../../src/workbook/two-row-header.js';

const KNOWN = new Set([
  'indicateur',
  'valeur',
  'sexe',
  'region',
  'periode',
  'cibles 2023',
  'cibles 2024',
  'code',
]);
const known = (name: string) =>
  KNOWN.has(
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  );

/** Row cells, 1-based as the reader gives them: `[null, A, B, ...]`. */
function row(...values: (string | number | null)[]): (Cell | null)[] {
  return [
    null,
    ...values.map((v): Cell | null =>
      v === null ? null : typeof v === 'number' ? { t: 'n', v, percent: false } : { t: 's', v },
    ),
  ];
}

const names = (cells: (Cell | null)[] | undefined) =>
  (cells ?? []).slice(1).map((c) => (c?.t === 's' ? c.v : null));

describe('splitHeader', () => {
  it('joins names merged down with a group merged across', () => {
    const split = splitHeader(
      row('Indicateur', 'Valeur', 'Désagrégation', null),
      row(null, null, 'Sexe', 'Région'),
      known,
    );
    expect(names(split?.cells)).toEqual(['Indicateur', 'Valeur', 'Sexe', 'Région']);
    expect(split?.shared).toBeUndefined();
  });

  it('names years under a group `group year`', () => {
    const split = splitHeader(row('Code', 'Cibles', null), row(null, 2023, 2024), known);
    expect(names(split?.cells)).toEqual(['Code', 'Cibles 2023', 'Cibles 2024']);
  });

  it('finds a group whose sub-columns are no known names: one name for two columns', () => {
    const split = splitHeader(row('Indicateur', 'Valeur', null), row(null, 'Hommes', 'Femmes'), known);
    expect(split?.shared).toEqual({ name: 'Valeur', columns: [2, 3], subs: ['Hommes', 'Femmes'] });
  });

  it.each([
    ['a data row without code', row(null, 12, 'F')],
    ['a number typed as text', row(null, '1 300', null)],
    ['a year under a column that heads no group', row(null, 2023, null)],
    ['an answer under Valeur', row(null, 'oui', null)],
    ['nothing', row(null, null, null)],
  ])('does not take %s for a second header row', (_what, bottom) => {
    expect(splitHeader(row('Indicateur', 'Valeur', 'Sexe'), bottom, known)).toBeNull();
  });

  it('does not take a template row with only its period filled in for a second header row', () => {
    // `2023-T1` is a known name (a wide sheet's period column), but under `Période`, a known name
    // that heads no group, it is data.
    expect(splitHeader(row('Indicateur', 'Période', 'Valeur'), row(null, '2023-T1', null), known)).toBeNull();
  });
});

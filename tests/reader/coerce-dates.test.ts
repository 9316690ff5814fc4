/** Dates typed as text (`Date de soumission`, `Date de référence`): a day that does not exist is a type error. */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/issues.js';
import type { Cell } from '../../src/workbook/cells.js';
import { CellReader } from '../../src/workbook/coerce.js';

function read(cell: Cell): { date: string | null | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const reader = new CellReader({ file: 'f.xlsx', sheet: 'Rapport' }, 'fr', (i) => issues.push(i));
  return { date: reader.date({ cell, col: 2, address: 'B4' }, 'Date de soumission'), issues };
}

describe('dates written as text', () => {
  it('reads real days in ISO and day/month/year order', () => {
    expect(read({ t: 's', v: '2022-03-31' }).date).toBe('2022-03-31');
    expect(read({ t: 's', v: ' 2024-02-29 ' }).date).toBe('2024-02-29');
    expect(read({ t: 's', v: '2022-03-31T10:00:00' }).date).toBe('2022-03-31');
    expect(read({ t: 's', v: '31/03/2022' }).date).toBe('2022-03-31');
    expect(read({ t: 's', v: '1.4.2022' }).date).toBe('2022-04-01');
    expect(read({ t: 'd', v: new Date(Date.UTC(2022, 11, 31)) }).date).toBe('2022-12-31');
  });

  it('reports days that do not exist as type-error instead of rolling them over', () => {
    for (const v of [
      '2022-02-30',
      '2022-13-01',
      '2023-02-29',
      '2022-04-31',
      '2022-00-10',
      '30/02/2022',
      '01/13/2022',
      '00/01/2022',
    ]) {
      const { date, issues } = read({ t: 's', v });
      expect(date, v).toBeNull();
      expect(issues, v).toEqual([
        expect.objectContaining({
          code: 'type-error',
          cell: 'B4',
          value: v,
          params: { column: 'Date de soumission', expected: 'date' },
        }),
      ]);
    }
  });
});

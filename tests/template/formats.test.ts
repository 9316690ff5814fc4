/**
 * Issue 17: the partner's template shows targets and last values with thousands separators, and
 * wrapped labels get row heights (LibreOffice drew them over the next rows). Read back with
 * openpyxl, another program than the one that wrote the file.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { skipWithout } from '../helpers/tools.js';
import { PONAM_PLAN, PYTHON, ponam, REPO, tempDir } from './helpers.js';

const OPENPYXL = !skipWithout(['openpyxl'], 'the partner’s template read back by openpyxl');

const READ = `
import json, sys
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for name in wb.sheetnames:
    ws = wb[name]
    header = [c.value for c in ws[1]]
    rows = []
    for r in range(2, ws.max_row + 1):
        cells = {}
        for i, h in enumerate(header):
            if h is None:
                continue
            c = ws.cell(r, i + 1)
            cells[h] = [c.value if isinstance(c.value, (int, float, str)) else None, c.number_format]
        rows.append({'row': r, 'height': ws.row_dimensions[r].height, 'cells': cells})
    out[name] = {'widths': {h: ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i, h in enumerate(header) if h}, 'rows': rows}
print(json.dumps(out))
`;

interface Sheet {
  widths: Record<string, number>;
  rows: { row: number; height: number | null; cells: Record<string, [unknown, string]> }[];
}

describe.skipIf(!OPENPYXL)('the partner’s template, read back by openpyxl', () => {
  let book: Record<string, Sheet>;
  beforeAll(() => {
    const dir = tempDir();
    const file = path.join(dir, 'giz.xlsx');
    const r = ponam([
      'template',
      'report',
      '--plan',
      PONAM_PLAN,
      '--entity',
      'GIZ / Expertise France',
      '--period',
      '2023-T1',
      '--data',
      path.join(REPO, 'fixtures', 'ponam-2020-2024', 'data'),
      '--out',
      file,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const read = spawnSync(PYTHON, ['-c', READ, file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(read.status, read.stderr).toBe(0);
    book = JSON.parse(read.stdout);
  });

  it('shows every numeric target and last value with a thousands separator', () => {
    const values = book.Valeurs;
    const numeric = values.rows.flatMap((r) =>
      Object.entries(r.cells).filter(
        ([h, [v]]) => (/^Cible \d{4}$/.test(h) || h === 'Dernière valeur') && typeof v === 'number',
      ),
    );
    expect(numeric.length).toBeGreaterThan(5);
    for (const [h, [v, format]] of numeric) expect(format, `${h} = ${v}`).toMatch(/^#,##0(\.0##)?$/);
    expect(numeric.some(([, [v]]) => (v as number) >= 1000)).toBe(true);
  });

  it('gives a wrapped label the height of its lines, in Valeurs and Activités', () => {
    for (const [sheet, column] of [
      ['Valeurs', 'Intitulé'],
      ['Activités', 'Intitulé'],
    ] as const) {
      const s = book[sheet];
      const width = s.widths[column];
      const long = s.rows.filter((r) => String(r.cells[column]?.[0] ?? '').length > width * 1.2);
      expect(long.length, `${sheet}: no label longer than its column`).toBeGreaterThan(0);
      for (const r of long) expect(r.height ?? 0, `${sheet} row ${r.row}`).toBeGreaterThanOrEqual(30);
    }
  });
});

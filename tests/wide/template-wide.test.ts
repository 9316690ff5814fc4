/**
 * `ponam template report --layout wide` (issue 14): the reporting template in the ministries'
 * tracking-matrix shape — one row per indicator (and per category of a disaggregation), one
 * column per period of the year, the `Rapport` period being the year. Read back with openpyxl,
 * filled with openpyxl as a partner's program would, it validates (exit 0) and the report traces
 * each value to its own cell, in the column of its period.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ponam, type Run, tempDir } from '../helpers/cli.js';
import { python, readReport, traces, WIDE } from './helpers.js';

const PLAN = path.join(WIDE, 'plan.xlsx');
const QUARTERS = ['2023-T1', '2023-T2', '2023-T3', '2023-T4'];

interface Sheet {
  rows: (string | number | null)[][];
}
interface Workbook {
  sheets: string[];
  content: Record<string, Sheet>;
}

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({"sheets": wb.sheetnames, "content": {ws.title: {"rows": [list(r) for r in ws.iter_rows(values_only=True)]} for ws in wb}}, default=str))
`;

/** Fills `code|category` rows, by period header; prints the cells written. */
const FILL = `
import json, sys, openpyxl
from openpyxl.utils import get_column_letter
path, out, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
wb = openpyxl.load_workbook(path)
ws = wb["Valeurs"]
header = {str(c.value): c.column for c in ws[1] if c.value is not None}
written = []
for row in range(2, ws.max_row + 1):
    code = ws.cell(row, header["Indicateur"]).value
    if not code:
        continue
    category = ws.cell(row, header["Sexe"]).value or ""
    for period, value in spec.get("%s|%s" % (code, category), {}).items():
        col = header[period]
        ws.cell(row, col).value = value
        written.append({"indicator": code, "category": category, "period": period, "value": value,
                        "cell": "%s%d" % (get_column_letter(col), row)})
wb.save(out)
print(json.dumps(written))
`;

interface Written {
  indicator: string;
  category: string;
  period: string;
  value: number | string;
  cell: string;
}

const FILLS = {
  'I1|H': { '2023-T1': 10, '2023-T2': 12, '2023-T3': 99 },
  'I1|F': { '2023-T1': 11, '2023-T2': 13 },
  'I2|': { '2023-T1': 60, '2023-T2': 66 },
  'I3|': { '2023-T1': 19, '2023-T2': 18 },
  'I4|': { '2023-T2': 'oui' },
  'I5|': { '2023-T1': 500000 },
};

let dir: string;
let made: Run;
let wb: Workbook;
let written: Written[];
let validate: Run;
let report: Run;

beforeAll(() => {
  dir = tempDir('ponam-template-wide-');
  const blank = path.join(dir, 'modele-OIM-2023.xlsx');
  made = ponam([
    'template',
    'report',
    '--plan',
    PLAN,
    '--entity',
    'OIM',
    '--period',
    '2023-T2',
    '--layout',
    'wide',
    '--out',
    blank,
  ]);
  wb = python<Workbook>(READ, [blank]);
  const filled = path.join(dir, 'data', 'OIM-2023.xlsx');
  mkdirSync(path.dirname(filled));
  written = python<Written[]>(FILL, [blank, filled, JSON.stringify(FILLS)]);
  validate = ponam(['validate', '--plan', PLAN, filled]);
  report = ponam([
    'report',
    '--plan',
    PLAN,
    '--data',
    path.dirname(filled),
    '--period',
    '2023-T2',
    '--format',
    'json',
    '--out',
    path.join(dir, 'out'),
  ]);
});

function sheet(name: string): Sheet {
  const s = wb.content[name];
  if (!s) throw new Error(`no sheet ${name} in ${wb.sheets.join(', ')}`);
  return s;
}

describe('the written wide template', () => {
  it('is written (exit 0)', () => {
    expect(made.code, made.stderr).toBe(0);
  });

  it('has one column per quarter of the year, headed by the period, and no Valeur column', () => {
    const header = sheet('Valeurs').rows[0].map((h) => (h === null ? '' : String(h)));
    expect(header.filter((h) => /^\d{4}/.test(h))).toEqual(QUARTERS);
    const first = header.indexOf('2023-T1');
    expect(header.slice(first, first + 4)).toEqual(QUARTERS);
    expect(header).not.toContain('Valeur');
    expect(header).toContain('Indicateur');
  });

  it('its Rapport period is the year, for the entity asked', () => {
    const kv = Object.fromEntries(
      sheet('Rapport').rows.map((r) => [String(r[0]), r[1] === null ? null : String(r[1])]),
    );
    expect([kv.Entité, kv.Période]).toEqual(['OIM', '2023']);
  });

  it('has a row for each indicator OIM reports, and a row per category of a disaggregation', () => {
    const rows = sheet('Valeurs')
      .rows.slice(1)
      .filter((r) => typeof r[0] === 'string' && /^I\d$/.test(r[0]));
    const header = sheet('Valeurs').rows[0];
    const sexe = header.indexOf('Sexe');
    expect(rows.map((r) => `${r[0]}|${r[sexe] ?? ''}`)).toEqual([
      'I1|H',
      'I1|F',
      'I1|Total',
      'I2|',
      'I3|',
      'I4|',
      'I5|',
    ]);
  });

  it('its Instructions describe only columns the Valeurs sheet has', () => {
    const header = new Set(sheet('Valeurs').rows[0].map((h) => String(h)));
    const described = sheet('Instructions')
      .rows.filter((r) => r[0] === 'Valeurs' && typeof r[1] === 'string')
      .map((r) => String(r[1]))
      .filter((c) => c !== 'Cible <année>');
    expect(described.length).toBeGreaterThan(3);
    expect(described.filter((c) => !header.has(c))).toEqual([]);
  });
});

describe('filled by openpyxl', () => {
  it('fills the cells asked (the fixture of the next tests)', () => {
    expect(written.length).toBe(Object.values(FILLS).reduce((n, v) => n + Object.keys(v).length, 0));
  });

  it('validates against the plan (exit 0)', () => {
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
  });

  it('gives a report (exit 0) with the figures of the cells up to the period', () => {
    expect(report.code, report.stderr).toBe(0);
    const r = readReport(path.join(dir, 'out'));
    const actual = Object.fromEntries(r.indicators.map((i) => [i.code, i.actual]));
    // I1: H and F of T1 and T2 (the blank Total takes their sum; T3 is after P).
    expect(actual).toEqual({ I1: 10 + 12 + 11 + 13, I2: 66, I3: (19 + 18) / 2, I4: 1, I5: 500000 });
  });

  it('traces each value to its own cell, in the column of its period', () => {
    const r = readReport(path.join(dir, 'out'));
    const traced = [...traces(r)].flatMap(([code, groups]) =>
      groups.flatMap((g) =>
        g.cells.map((cell, n) => `${code} ${g.sheet}!${cell} ${g.period} ${g.values[n]} (${g.file})`),
      ),
    );
    // Up to P = 2023-T2; I2 is a `dernière` indicator: its actual comes from its latest value only.
    const expected = written
      .filter((w) => w.period <= '2023-T2' && !(w.indicator === 'I2' && w.period === '2023-T1'))
      .map(
        (w) =>
          `${w.indicator} Valeurs!${w.cell} ${w.period} ${w.value === 'oui' ? 1 : w.value} (OIM-2023.xlsx)`,
      );
    expect(traced.sort()).toEqual(expected.sort());
  });
});

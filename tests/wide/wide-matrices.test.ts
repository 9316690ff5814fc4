/**
 * Wide `Valeurs` sheets (issue 14; README, "Reporting workbook (rapport périodique)" › "Wide
 * `Valeurs`"): one row per indicator (plus optional entité and désagrégation columns), one column
 * per period whose header reads as a period; each filled cell is one value with its own address.
 *
 * Every wide matrix under tests/fixtures-wide/<scenario>/ was written twice — by openpyxl
 * (`openpyxl/`) and re-saved by LibreOffice Calc (`libreoffice/`) — and has a LONG twin (`long/`:
 * the same values in ponam's canonical layout, one row per value with a `Période` column).
 * Acceptance: the report of the wide workbooks has exactly the figures of the long twin's, and each
 * value is traced to its own cell of the wide sheet (manifest.json maps each long cell to the wide
 * cell holding the same value).
 *
 *   /usr/bin/python3 scripts/fixtures/wide/make_wide.py && bash scripts/fixtures/wide/make_libreoffice.sh
 *
 * Scenarios: quarters (2022-T1, T2 2022, 2022 Q3, Réalisation T4 2022, Valeur 2023-T1 (réalisé),
 * blank cells, Sexe rows H/F/Total), other-periods (S1 2023, janvier…mars 2023, 2023-04, 2022 as
 * text, 2023 as a number), yearless (T1…T4 alone: the year of the Rapport period or of an Année
 * column), entity-column (a consolidated file), mixed-layout and duplicate-period (errors).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ponam, type Run, tempDir } from '../helpers/cli.js';
import {
  figures,
  type Manifest,
  manifest,
  mapTraces,
  numeric,
  type ReportJson,
  readReport,
  traces,
  WIDE,
} from './helpers.js';

const PLAN = path.join(WIDE, 'plan.xlsx');
const SCENARIOS = ['quarters', 'other-periods', 'yearless', 'entity-column'] as const;
const WRITERS = ['openpyxl', 'libreoffice'] as const;
type Writer = (typeof WRITERS)[number];

interface Runs {
  manifest: Manifest;
  long: ReportJson;
  wide: Record<Writer, ReportJson>;
}

function report(scenario: string, variant: string, period: string): ReportJson {
  const out = tempDir('ponam-wide-');
  const r = ponam([
    'report',
    '--plan',
    PLAN,
    '--data',
    path.join(WIDE, scenario, variant),
    '--period',
    period,
    '--format',
    'json',
    '--out',
    out,
  ]);
  if (r.code !== 0) throw new Error(`${scenario}/${variant}: exit ${r.code}\n${r.stderr}`);
  return readReport(out);
}

const runs = new Map<string, Runs>();

beforeAll(() => {
  for (const s of SCENARIOS) {
    const m = manifest(path.join(WIDE, s));
    runs.set(s, {
      manifest: m,
      long: report(s, 'long', m.period),
      wide: { openpyxl: report(s, 'openpyxl', m.period), libreoffice: report(s, 'libreoffice', m.period) },
    });
  }
});

function get(s: string): Runs {
  const r = runs.get(s);
  if (!r) throw new Error(`no run for ${s}`);
  return r;
}

describe('the fixtures are what they claim to be', () => {
  it.each(SCENARIOS)('%s: the libreoffice/ workbooks were written by LibreOffice', async (s) => {
    const m = manifest(path.join(WIDE, s));
    const files = [...new Set(m.values.map((v) => v.wide.file))];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const zip = await JSZip.loadAsync(readFileSync(path.join(WIDE, s, 'libreoffice', f)));
      const app = (await zip.file('docProps/app.xml')?.async('string')) ?? '';
      expect(app, f).toContain('LibreOffice');
    }
  });
});

describe.each(SCENARIOS)('wide matrix %s', (s) => {
  it.each(WRITERS)('written by %s: the same figures as the long twin', (w) => {
    const r = get(s);
    expect(r.wide[w].period).toBe(r.manifest.period);
    expect(figures(r.wide[w])).toEqual(figures(r.long));
  });

  it.each(WRITERS)('written by %s: no problem reported', (w) => {
    expect(get(s).wide[w].quality.issues).toEqual([]);
  });

  it.each(WRITERS)('written by %s: each value is traced to its own cell of the wide sheet', (w) => {
    const r = get(s);
    const expected = mapTraces(traces(r.long), r.manifest.values);
    expect(traces(r.wide[w])).toEqual(expected);
  });

  it.each(WRITERS)('written by %s: a traced cell holds the value and the period of its column', (w) => {
    const r = get(s);
    const byCell = new Map(r.manifest.values.map((v) => [`${v.wide.file}|${v.wide.cell}`, v]));
    const seen = new Set<string>();
    let count = 0;
    for (const [code, groups] of traces(r.wide[w])) {
      for (const g of groups) {
        expect(g.cells.length).toBe(g.values.length);
        g.cells.forEach((cell, n) => {
          const v = byCell.get(`${g.file}|${cell}`);
          expect(v, `${code} ${g.file}!${cell}`).toBeDefined();
          expect([v?.indicator, v?.period, numeric(v?.value ?? NaN)]).toEqual([code, g.period, g.values[n]]);
          expect(seen.has(`${g.file}|${cell}`), `${g.file}!${cell} traced twice`).toBe(false);
          seen.add(`${g.file}|${cell}`);
          count++;
        });
      }
    }
    expect(count).toBeGreaterThan(5);
  });

  it('the long twin itself has data for the indicators (the comparison is not of empty reports)', () => {
    const r = get(s);
    expect(r.long.indicators.filter((i) => i.actual !== null).length).toBeGreaterThanOrEqual(3);
  });
});

describe('what each header style means', () => {
  /** Periods of the values read from one wide file (openpyxl), by the traced cells. */
  function periodsByColumn(s: string, file: string): Record<string, string> {
    const r = get(s);
    const out: Record<string, string> = {};
    for (const groups of traces(r.wide.openpyxl).values())
      for (const g of groups)
        if (g.file === file) for (const c of g.cells) out[c.replace(/\d+$/, '')] = g.period ?? '';
    return out;
  }

  it('2022-T1, T2 2022, 2022 Q3, Réalisation T4 2022, Valeur 2023-T1 (réalisé) are quarters', () => {
    expect(periodsByColumn('quarters', 'OIM-2022.xlsx')).toEqual({
      C: '2022-T1',
      D: '2022-T2',
      E: '2022-T3',
      F: '2022-T4',
      G: '2023-T1',
    });
  });

  it('S1 2023 and S2 2023 are semesters', () => {
    expect(periodsByColumn('other-periods', 'GIZ-2023.xlsx')).toEqual({ B: '2023-S1', C: '2023-S2' });
  });

  it('janvier 2023, février 2023, mars 2023, 2023-04, 2023-05 are months', () => {
    expect(periodsByColumn('other-periods', 'DNDS-2023.xlsx')).toEqual({
      B: '2023-01',
      C: '2023-02',
      D: '2023-03',
      E: '2023-04',
      F: '2023-05',
    });
  });

  it('2022 written as text and 2023 written as a number are years', () => {
    expect(periodsByColumn('other-periods', 'OIM-annuel.xlsx')).toEqual({ B: '2022', C: '2023' });
  });

  it('T1…T4 alone take the year of the Rapport period (2022-T4)', () => {
    const r = get('yearless');
    const oim = traces(r.wide.openpyxl)
      .get('I1')
      ?.filter((g) => g.file === 'OIM-2022-T4.xlsx');
    expect(oim?.map((g) => [g.period, g.cells])).toEqual([
      ['2022-T1', ['B2']],
      ['2022-T2', ['C2']],
      ['2022-T4', ['E2']],
    ]);
  });

  it('T1…T4 alone take the year of the row’s Année column', () => {
    const r = get('yearless');
    const giz = traces(r.wide.libreoffice)
      .get('I1')
      ?.filter((g) => g.file === 'GIZ-2022-2023.xlsx');
    // P = 2023-T2: 2023-T3 (E3) does not count yet.
    expect(giz?.map((g) => [g.period, g.cells])).toEqual([
      ['2022-T1', ['C2']],
      ['2022-T2', ['D2']],
      ['2022-T3', ['E2']],
      ['2022-T4', ['F2']],
      ['2023-T1', ['C3']],
      ['2023-T2', ['D3']],
    ]);
  });

  it('an Entité column gives each row its entity', () => {
    const r = get('entity-column');
    const i2 = r.wide.openpyxl.indicators.find((i) => i.code === 'I2');
    // I2 is a `dernière` %: each entity's latest value, averaged across entities.
    expect(i2?.entities?.map(({ entity, value }) => ({ entity, value }))).toEqual([
      { entity: 'DNDS', value: 50 },
      { entity: 'OIM', value: 63 },
    ]);
    expect(i2?.actual).toBe((50 + 63) / 2);
  });

  it('Sexe rows H and F give the breakdown; a blank Total takes the sum of its parts', () => {
    const r = get('quarters');
    const i1 = r.wide.openpyxl.indicators.find((i) => i.code === 'I1');
    // OIM's totals 95 + 115 + (20 + 30) + 135 + 75, GIZ's 30 + 40 + 50.
    expect(i1?.actual).toBe(470 + 120);
    expect(i1?.breakdowns).toEqual([
      {
        dimension: 'sexe',
        parts: [
          { value: 'F', actual: 45 + 55 + 30 + 65 + 35 },
          { value: 'H', actual: 50 + 60 + 20 + 70 + 40 },
        ],
        // GIZ's 120 has no sex breakdown: 590 − (230 + 240) = 120 not broken down.
        unallocated: 120,
        unallocatedEntities: ['GIZ'],
      },
    ]);
  });
});

/** `validate` and `report` on an invalid wide sheet, each writer, French and English. */
describe.each([
  ['mixed-layout', 'a Valeur column beside period columns'],
  ['duplicate-period', 'two columns for the same period'],
] as const)('%s: %s', (s, _what) => {
  const m = manifest(path.join(WIDE, s));
  const results = new Map<string, { validate: Run; json: Run; en: Run; report: Run; out: string }>();

  beforeAll(() => {
    for (const w of WRITERS) {
      const dir = path.join(WIDE, s, w);
      const out = tempDir();
      results.set(w, {
        validate: ponam(['validate', '--plan', PLAN, dir]),
        json: ponam(['validate', '--plan', PLAN, '--format', 'json', dir]),
        en: ponam(['validate', '--lang', 'en', '--plan', PLAN, dir]),
        report: ponam(['report', '--plan', PLAN, '--data', dir, '--format', 'json', '--out', out]),
        out,
      });
    }
  });
  const of = (w: Writer) => {
    const r = results.get(w);
    if (!r) throw new Error(`no run for ${w}`);
    return r;
  };

  it.each(WRITERS)(`written by %s: an error ${m.error}, exit 1 for validate and report`, (w) => {
    const r = of(w);
    expect([r.validate.code, r.report.code, r.en.code]).toEqual([1, 1, 1]);
    const issues = (JSON.parse(r.json.stdout) as { issues: { code: string; severity: string }[] }).issues;
    expect(issues.map((i) => [i.code, i.severity])).toEqual([[m.error, 'error']]);
  });

  it.each(WRITERS)('written by %s: the message locates each column by its cell', (w) => {
    const r = of(w);
    for (const out of [r.validate.stdout, r.en.stdout])
      for (const c of m.columns ?? []) expect(out).toMatch(new RegExp(`\\b${c.cell}\\b`));
  });

  it.each(WRITERS)('written by %s: the message names each column by its header', (w) => {
    const r = of(w);
    for (const out of [r.validate.stdout, r.en.stdout])
      for (const c of m.columns ?? []) expect(out).toContain(c.header);
  });

  it.each(WRITERS)('written by %s: the report is not written', (w) => {
    expect(existsSync(path.join(of(w).out, 'report.json'))).toBe(false);
  });
});

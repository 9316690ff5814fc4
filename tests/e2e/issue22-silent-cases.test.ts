/**
 * Issue 22: four mistakes users make every quarter used to give a report that exited 0, printed
 * nothing alarming and was wrong or empty. End to end through the built binary, on workbooks a
 * new user makes: `ponam template plan` and `ponam template report` filled in with openpyxl
 * (tests/fixtures-newuser, made by scripts/fixtures/new-user/make_new_user.py; its docstring
 * lists every value). Plan PNM25, 2025-2029; DR Kayes, OIM and DGME report 2025-T1 and T2.
 *
 * The figures at 2025-T2 of quarterly/, by hand:
 *   I1.1 (somme, by sex for DR Kayes): DR Kayes (H 120 + F 100) + (H 150 + F 90) = 460; OIM 180 +
 *        230 (its T2 report corrected from 200, re-dated 2025-08-02) = 410; actual 460 + 410 = 870.
 *        By sex: F 190, H 270, of 460; not broken down: 870 − 460 = 410, OIM's.
 *   I1.2 (dernière): DR Kayes's latest, 4.
 *   I1.3 (somme): OIM 40 + 56 (corrected from 55) = 96.
 *   AC2.1: 2 000 000 (T1) + 4 000 000 (T2) disbursed = 6 000 000.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parts } from '../docx/read-docx.js';
import { REPO } from '../helpers/cli.js';
import {
  byCode,
  modelOf,
  ponamAsync,
  type ReportRun,
  removeScratch,
  report,
  scratch,
  type ValidateRun,
  validate,
} from '../helpers/quarterly.js';

const DIR = join(REPO, 'tests', 'fixtures-newuser');

afterAll(removeScratch);

interface Breakdown {
  dimension: string;
  parts: { value: string; actual: number | null }[];
  unallocated: number | null;
  unallocatedEntities: string[];
}

describe('1. a partner writes its name differently', () => {
  let misspelt: ReportRun;
  let checked: ValidateRun;
  let aliased: ReportRun;
  let configured: ReportRun;

  beforeAll(async () => {
    // The configuration's `entities` lists the alias instead of the plan.
    const folder = scratch();
    writeFileSync(
      join(folder, 'ponam.config.json'),
      JSON.stringify({
        plan: join(DIR, 'plan.xlsx'),
        data: join(DIR, 'misspelt-entity'),
        entities: { 'DR Kayes': ['DR de Kayes'], OIM: [], DGME: [] },
      }),
    );
    [misspelt, checked, aliased, configured] = await Promise.all([
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'misspelt-entity']),
      validate(DIR, ['--plan', 'plan.xlsx', 'misspelt-entity']),
      report(DIR, ['--plan', 'plan-entities.xlsx', '--data', 'misspelt-entity']),
      report(folder, []),
    ]);
  });

  it('stops the report on « DR de Kayes » for the plan’s « DR Kayes », at the cell, naming it', () => {
    // Before: a warning without suggestion, two entities, I1.2 = 3 + 4 = 7, exit 0.
    expect(misspelt.code).toBe(1);
    expect(misspelt.model).toBeNull();
    expect(misspelt.stderr).toContain('misspelt-entity/DR-Kayes-2025-T2.xlsx');
    expect(misspelt.stderr).toMatch(/Rapport › B2 {2}erreur {2}entité « DR de Kayes »/);
    expect(misspelt.stderr).toContain('Corrigez le nom');
    expect(misspelt.stderr).toContain('vouliez-vous dire « DR Kayes » ?');
    expect(misspelt.stderr).toContain('Rapport non produit');
  });

  it('says the same in validate, with the suggestion in the JSON', () => {
    expect(checked.code).toBe(1);
    const found = checked.issues.filter((i) => i.code === 'unknown-entity');
    expect(found).toMatchObject([
      {
        severity: 'error',
        file: 'misspelt-entity/DR-Kayes-2025-T2.xlsx',
        sheet: 'Rapport',
        cell: 'B2',
        value: 'DR de Kayes',
      },
    ]);
    expect((found[0] as unknown as { suggestion: string }).suggestion).toBe(
      'vouliez-vous dire « DR Kayes » ?',
    );
  });

  it('counts an alias the plan’s Entités sheet gives as its entity, and says so', () => {
    const m = modelOf(aliased);
    // One DR Kayes: its latest I1.2 is 4 (T2, signed « DR de Kayes »), not 3 + 4 = 7.
    expect(byCode(m.indicators, 'I1.2').actual).toBe(4);
    expect(byCode(m.indicators, 'I1.1').entities.map((e) => [e.entity, e.value])).toEqual([
      ['DR Kayes', 460],
      ['OIM', 410],
    ]);
    expect(m.quality.issues.filter((i) => i.code === 'entity-alias')).toMatchObject([
      { severity: 'info', file: 'misspelt-entity/DR-Kayes-2025-T2.xlsx', sheet: 'Rapport', cell: 'B2' },
    ]);
  });

  it('counts an alias the configuration’s entities give as its entity', () => {
    const m = modelOf(configured);
    expect(byCode(m.indicators, 'I1.2').actual).toBe(4);
  });
});

describe('2. the same report twice', () => {
  let copies: Record<string, ReportRun> = {};

  beforeAll(async () => {
    const [a, b] = await Promise.all([
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'same-report-twice']),
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'undated-copies']),
    ]);
    copies = { 'same-report-twice': a, 'undated-copies': b };
  });

  it.each([
    ['same-report-twice', 'DR-Kayes-2025-T2 (1).xlsx'],
    ['undated-copies', 'DR-Kayes-2025-T2 - copie.xlsx'],
  ])('adds the Activités rows once, with the warning values get (%s)', (folder, copy) => {
    const m = modelOf(copies[folder]);
    // Before: 2 000 000 + 4 000 000 + 4 000 000 = 10 000 000, without a word.
    expect(byCode(m.activities as unknown as { code: string; disbursed: number }[], 'AC2.1').disbursed).toBe(
      6_000_000,
    );
    const warned = m.quality.issues.filter((i) => i.code === 'duplicate-value' && i.sheet === 'Activités');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ severity: 'warning', cell: 'A2' });
    // Both files are named: the one left out, and the one it repeats.
    expect([warned[0].file, warned[0].message].join(' ')).toContain(copy);
    expect([warned[0].file, warned[0].message].join(' ')).toContain(`${folder}/DR-Kayes-2025-T2`);
    // The values too count once: I1.2 = 4, I1.1's DR Kayes part 460.
    expect(byCode(m.indicators, 'I1.2').actual).toBe(4);
    expect(copies[folder].stderr).toContain('duplicate-value');
  });
});

describe('3. a period no value reaches', () => {
  let runs: Record<string, ReportRun> = {};
  let cell: ValidateRun;

  beforeAll(async () => {
    const config = scratch();
    writeFileSync(
      join(config, 'ponam.config.json'),
      JSON.stringify({ plan: join(DIR, 'plan.xlsx'), data: join(DIR, 'quarterly'), period: '2025-2' }),
    );
    const [ambiguous, english, month, plan, blank, inCell, configured] = await Promise.all([
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'quarterly', '--period', '2025-2']),
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'quarterly', '--period', '2025-2', '--lang', 'en']),
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'quarterly', '--period', '2025-02']),
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'plan.xlsx']),
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'blank']),
      report(DIR, ['--plan', 'plan.xlsx', '--data', 'period-cell']),
      report(config, []),
    ]);
    runs = { ambiguous, english, month, plan, blank, inCell, configured };
    cell = await validate(DIR, ['--plan', 'plan.xlsx', 'period-cell']);
  });

  it('refuses --period 2025-2 as ambiguous, saying what to write, in French and English (exit 2)', () => {
    // Before: read as February 2025, « Rapport mensuel · février 2025 », every figure n.d., exit 0.
    expect(runs.ambiguous.code).toBe(2);
    expect(runs.ambiguous.model).toBeNull();
    expect(runs.ambiguous.stderr).toContain(
      '--period : « 2025-2 » est ambigu : écrivez 2025-T2 pour un trimestre, 2025-02 pour un mois',
    );
    expect(runs.english.code).toBe(2);
    expect(runs.english.stderr).toContain(
      "--period: '2025-2' is ambiguous: write 2025-T2 for a quarter, 2025-02 for a month",
    );
  });

  it('refuses a configuration’s period 2025-2, naming the file and the JSON path (exit 2)', () => {
    expect(runs.configured.code).toBe(2);
    expect(runs.configured.stderr).toContain('ponam.config.json');
    expect(runs.configured.stderr).toContain('/period');
    expect(runs.configured.stderr).toContain('écrivez 2025-T2 pour un trimestre, 2025-02 pour un mois');
  });

  it('refuses 2025-2 in a workbook’s Période cell, naming the cell', () => {
    expect(runs.inCell.code).toBe(1);
    expect(cell.issues.filter((i) => i.severity === 'error')).toMatchObject([
      {
        code: 'invalid-period',
        file: 'period-cell/DR-Kayes-2025-T2.xlsx',
        sheet: 'Rapport',
        cell: 'B3',
        message: '« 2025-2 » est ambigu : écrivez 2025-T2 pour un trimestre, 2025-02 pour un mois',
      },
    ]);
  });

  it('stops a report at a month no value reaches, and says which periods the data cover (exit 1)', () => {
    // 2025-02 is February: no quarterly value ends by then.
    expect(runs.month.code).toBe(1);
    expect(runs.month.model).toBeNull();
    expect(runs.month.stderr).toContain('aucune valeur ne compte à la période 2025-02');
    expect(runs.month.stderr).toContain('2025-T1');
    expect(runs.month.stderr).toContain('les données couvrent 2025-T1, 2025-T2');
  });

  it('stops a report whose data are only the plan, or blank templates (exit 1)', () => {
    // Before: an empty report for "2029", nothing printed, exit 0.
    expect(runs.plan.code).toBe(1);
    expect(runs.plan.model).toBeNull();
    expect(runs.plan.stderr).toContain('aucune valeur dans les données (1 classeur donné, dont 1 ignoré');
    expect(runs.blank.code).toBe(1);
    expect(runs.blank.stderr).toContain('aucune valeur dans les données (3 classeurs donnés)');
    expect(runs.blank.stderr).toContain('missing-cell');
  });
});

describe('4. a resubmission is disclosed where people look', () => {
  let run: ReportRun;
  let out: string;
  let template: string;

  beforeAll(async () => {
    out = scratch();
    run = await report(
      DIR,
      ['--plan', 'plan.xlsx', '--data', 'quarterly', '--format', 'json,html,xlsx,docx'],
      out,
    );
    template = join(scratch(), 'OIM-2025-T3.xlsx');
    const made = await ponamAsync(
      [
        'template',
        'report',
        '--plan',
        'plan.xlsx',
        '--entity',
        'OIM',
        '--period',
        '2025-T3',
        '--data',
        'quarterly',
        '--out',
        template,
      ],
      { cwd: DIR },
    );
    expect(made.code).toBe(0);
  });

  it('lists the superseded file with its replacement in the JSON', () => {
    const m = modelOf(run) as unknown as Omit<ReturnType<typeof modelOf>, 'sources' | 'quality'> & {
      quality: { resubmissions: unknown[] };
      sources: { path: string; supersededBy: string | null }[];
    };
    expect(m.quality.resubmissions).toEqual([
      {
        file: 'quarterly/OIM-2025-T2.xlsx',
        by: 'quarterly/OIM-2025-T2-corrige.xlsx',
        entity: 'OIM',
        period: '2025-T2',
        earlier: '2025-07-15',
        later: '2025-08-02',
      },
    ]);
    expect(m.sources.find((s) => s.path === 'quarterly/OIM-2025-T2.xlsx')?.supersededBy).toBe(
      'quarterly/OIM-2025-T2-corrige.xlsx',
    );
    expect(m.sources.filter((s) => s.supersededBy !== null)).toHaveLength(1);
    // The figures use the correction: 180 + 230 and 40 + 56.
    expect(byCode(m.indicators, 'I1.1').actual).toBe(870);
    expect(byCode(m.indicators, 'I1.3').actual).toBe(96);
  });

  it('lists it in the HTML quality section and sources, the Word report and the annex', async () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Rapports remplacés (resoumissions)');
    expect(html).toContain('remplacé par quarterly/OIM-2025-T2-corrige.xlsx');
    const word = Object.values(parts(readFileSync(join(out, 'report.docx')))).join('');
    expect(word).toContain('Rapports remplacés (resoumissions)');
    expect(word).toContain('remplacé par quarterly/OIM-2025-T2-corrige.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'annexe.xlsx'));
    const rows = (name: string) => {
      const found: unknown[][] = [];
      wb.getWorksheet(name)?.eachRow((r) => {
        found.push((r.values as unknown[]).slice(1));
      });
      return found;
    };
    expect(rows('Sources')).toContainEqual([
      'quarterly/OIM-2025-T2.xlsx',
      'données',
      expect.any(String),
      'quarterly/OIM-2025-T2-corrige.xlsx',
    ]);
    const quality = rows('Qualité').find((r) => r[0] === 'Rapports remplacés par une nouvelle soumission');
    expect(quality).toMatchObject([
      'Rapports remplacés par une nouvelle soumission',
      'info',
      undefined,
      'OIM',
      '2025-T2',
      undefined,
      expect.stringContaining('quarterly/OIM-2025-T2-corrige.xlsx'),
      'quarterly/OIM-2025-T2.xlsx',
    ]);
  });

  it('keeps the first submission date for timeliness, and dates a wide workbook’s quarters', () => {
    const m = modelOf(run) as unknown as ReturnType<typeof modelOf> & {
      quality: {
        timeliness: {
          undated: number;
          submissions: {
            file: string;
            entity: string;
            period: string;
            submittedOn: string;
            daysLate: number;
          }[];
        };
      };
    };
    const tl = m.quality.timeliness;
    const of = (entity: string, period: string) =>
      tl.submissions.find((s) => s.entity === entity && s.period === period);
    // OIM's T2: first sent 2025-07-15, before its deadline 2025-07-30 (30 days after 30 June);
    // the correction of 2025-08-02 does not make it 3 days late.
    expect(of('OIM', '2025-T2')).toMatchObject({ file: 'quarterly/OIM-2025-T2.xlsx', daysLate: 0 });
    // DGME's wide workbook (Rapport period 2025), dated 2025-07-20, gives T1 and T2: T1 was due
    // 2025-04-30, so 81 days late; T2 on time. Before: « sans date de soumission ».
    expect(of('DGME', '2025-T1')).toMatchObject({ submittedOn: '2025-07-20', daysLate: 81 });
    expect(of('DGME', '2025-T2')).toMatchObject({ submittedOn: '2025-07-20', daysLate: 0 });
    expect(tl.undated).toBe(0);
  });

  it('pre-fills the template’s « Dernière valeur » from what the report uses, not the superseded file', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet('Valeurs') as ExcelJS.Worksheet;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const last = header.indexOf('Dernière valeur');
    const sex = header.indexOf('Sexe');
    const found = new Map<string, unknown>();
    ws.eachRow((r, n) => {
      if (n === 1) return;
      const v = r.values as unknown[];
      found.set(`${v[1]}|${sex > 0 ? (v[sex] ?? '') : ''}`, v[last]);
    });
    // 230 and 56 (OIM-2025-T2-corrige.xlsx), not 200 and 55 (OIM-2025-T2.xlsx).
    expect(found.get('I1.1|Total')).toBe(230);
    expect(found.get('I1.3|')).toBe(56);
  });
});

describe('5. a breakdown says what part of the total it covers', () => {
  it('gives the part not broken down in the JSON and shows it as a row', async () => {
    const out = scratch();
    const run = await report(
      DIR,
      ['--plan', 'plan.xlsx', '--data', 'quarterly', '--format', 'json,html'],
      out,
    );
    const i = byCode(modelOf(run).indicators, 'I1.1') as unknown as {
      actual: number;
      breakdowns: Breakdown[];
    };
    expect(i.actual).toBe(870);
    expect(i.breakdowns).toEqual([
      {
        dimension: 'sexe',
        parts: [
          { value: 'F', actual: 190 },
          { value: 'H', actual: 270 },
        ],
        unallocated: 410,
        unallocatedEntities: ['OIM'],
      },
    ]);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('Non ventilé');
    expect(html).toContain('valeurs sans cette ventilation : OIM');
  });
});

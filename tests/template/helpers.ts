import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { REPO, ponam as runPonam } from '../helpers/cli.js';

export { REPO };
export const PONAM_PLAN = path.join(REPO, 'fixtures', 'ponam-2020-2024', 'plan.xlsx');

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'ponam-template-'));
}

export function ponam(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = runPonam(args, { timeout: 120_000 });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}

export const PYTHON = '/usr/bin/python3';

/**
 * Fills a reporting template the way a partner's spreadsheet program would: openpyxl, not
 * exceljs, so the round trip goes through another writer. Values are keyed `code|category`
 * (`E2.1|H`, `E2.1|Total`, `E1.1|` for a row without category).
 */
const FILL_SCRIPT = `
import datetime, json, sys
import openpyxl
path, spec = sys.argv[1], json.loads(sys.argv[2])
wb = openpyxl.load_workbook(path)
ws = wb[spec['values_sheet']]
header = {c.value: c.column for c in ws[1] if c.value}
code_col, value_col = header[spec['indicator']], header[spec['value']]
dim_col = header.get(spec.get('dimension'))
for row in range(2, ws.max_row + 1):
    code = ws.cell(row, code_col).value
    if not code:
        continue
    category = ws.cell(row, dim_col).value if dim_col else None
    key = '%s|%s' % (code, category or '')
    if key in spec['values']:
        ws.cell(row, value_col).value = spec['values'][key]
report = wb[spec['report_sheet']]
report['B4'] = datetime.datetime(2025, 4, 20)
acts = wb[spec['activities_sheet']]
for row in range(2, acts.max_row + 1):
    code = acts.cell(row, 1).value
    if code in spec.get('activities', {}):
        status, progress, disbursed = spec['activities'][code]
        acts.cell(row, 5).value = status
        acts.cell(row, 6).value = progress
        acts.cell(row, 7).value = disbursed
wb.save(path)
`;

export interface FillSpec {
  values_sheet: string;
  report_sheet: string;
  activities_sheet: string;
  indicator: string;
  value: string;
  dimension?: string;
  values: Record<string, number | string>;
  activities?: Record<string, [string, number, number]>;
}

export function fillWithOpenpyxl(dir: string, file: string, spec: FillSpec): void {
  const script = path.join(dir, 'fill.py');
  writeFileSync(script, FILL_SCRIPT);
  const r = spawnSync(PYTHON, [script, file, JSON.stringify(spec)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`openpyxl fill failed: ${r.stderr}`);
}

/** A small plan never seen before (water and sanitation), written with exceljs. */
export async function writeWaterPlan(file: string, opts: { badType?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet('Plan');
  plan.addRows([
    ['Clé', 'Valeur'],
    ['Code', 'PNEA'],
    ['Année de début', 2024],
    ['Année de fin', 2026],
  ]);
  const ind = wb.addWorksheet('Indicateurs');
  ind.addRow([
    'Code',
    'Axe',
    'Intitulé',
    'Unité',
    'Type',
    'Agrégation',
    'Type de cible',
    'Cible 2024',
    'Cible 2025',
    'Cible 2026',
    'Responsables',
    'Désagrégations',
  ]);
  ind.addRow([
    'E1.1',
    'A1',
    'Nombre de points d’eau construits',
    'nombre',
    'quantitatif',
    'somme',
    'annuelle',
    20,
    25,
    30,
    'Région Nord; Région Sud',
    '',
  ]);
  ind.addRow([
    'E1.2',
    'A1',
    'Taux de fonctionnalité des points d’eau',
    '%',
    'quantitatif',
    'dernière',
    'cumulée',
    70,
    75,
    80,
    'Région Nord',
    '',
  ]);
  ind.addRow([
    'E2.1',
    'A2',
    'Nombre de personnes formées à la gestion de l’eau',
    'nombre',
    opts.badType ? 'bizarre' : 'quantitatif',
    'somme',
    'annuelle',
    100,
    120,
    150,
    'Région Nord; Ministère de l’Eau',
    'sexe',
  ]);
  ind.addRow([
    'E2.2',
    'A2',
    'Plan national de l’eau adopté',
    'oui/non',
    'jalon',
    'dernière',
    'cumulée',
    null,
    'oui',
    'oui',
    'Ministère de l’Eau',
    '',
  ]);
  ind.addRow([
    'E3.1',
    'A3',
    'Nombre de latrines construites',
    'nombre',
    'quantitatif',
    'somme',
    'annuelle',
    200,
    300,
    400,
    'Région Sud',
    '',
  ]);
  const act = wb.addWorksheet('Activités');
  act.addRow(['Code', 'Intitulé', 'Responsable', 'Budget prévu']);
  act.addRow(['AC1', 'Forages dans la région Nord', 'Région Nord', 50_000_000]);
  act.addRow(['AC2', 'Campagne latrines', 'Région Sud', 20_000_000]);
  await wb.xlsx.writeFile(file);
}

// Synthetic plans and data for `npm run bench`, written with exceljs' streaming writer into
// bench-data/ (git-ignored). Deterministic: a seeded generator, no clock.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export const INDICATORS = 200;
export const ENTITIES = 50;
const YEARS = [2020, 2021, 2022, 2023, 2024];
const QUARTERS = YEARS.flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-T${q}`));

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const entity = (e: number) => `Entité ${String(e + 1).padStart(2, '0')}`;
const code = (i: number) => `I${Math.floor(i / 25) + 1}.${Math.floor((i % 25) / 5) + 1}.${(i % 5) + 1}`;

/** The bench's plan: 200 indicators, each the responsibility of every entity named. */
export async function writePlan(
  path: string,
  entities: readonly string[] = Array.from({ length: ENTITIES }, (_, e) => entity(e)),
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const plan = wb.addWorksheet('Plan');
  for (const row of [
    ['Clé', 'Valeur'],
    ['Code', 'BENCH'],
    ['Titre', 'Plan synthétique'],
    ['Année de début', 2020],
    ['Année de fin', 2024],
  ]) {
    plan.addRow(row).commit();
  }
  plan.commit();
  const ind = wb.addWorksheet('Indicateurs');
  ind
    .addRow([
      'Code',
      'Axe',
      'Résultat',
      'Intitulé',
      'Unité',
      'Agrégation',
      'Type de cible',
      'Valeur de référence',
      ...YEARS.map((y) => `Cible ${y}`),
      'Responsables',
      'Désagrégations',
    ])
    .commit();
  const all = entities.join('; ');
  for (let i = 0; i < INDICATORS; i++) {
    const percent = i % 4 === 3;
    ind
      .addRow([
        code(i),
        `A${Math.floor(i / 25) + 1}`,
        `R${Math.floor(i / 25) + 1}.${Math.floor((i % 25) / 5) + 1}`,
        `Indicateur synthétique ${i + 1}`,
        percent ? '%' : 'nombre',
        percent ? 'dernière' : 'somme',
        'cumulée',
        percent ? 20 : 0,
        ...YEARS.map((_, k) => (percent ? 30 + k * 10 : (k + 1) * 20 * entities.length * 4 * 10)),
        all,
        'sexe',
      ])
      .commit();
  }
  ind.commit();
  await wb.commit();
}

/** One consolidated workbook of `count` values: Indicateur, Entité, Période, Sexe, Valeur. */
export async function writeValues(path: string, count: number, seed: number): Promise<void> {
  const random = prng(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('Valeurs');
  ws.addRow(['Indicateur', 'Entité', 'Période', 'Sexe', 'Valeur', 'Commentaire']).commit();
  let n = 0;
  // Walks quarter × entity × indicator × (total, then 4 sex parts that add up to it): up to
  // 20 × 50 × 200 × 5 = 1M rows, in order.
  outer: for (let q = 0; q < QUARTERS.length; q++) {
    for (let e = 0; e < ENTITIES; e++) {
      for (let i = 0; i < INDICATORS; i++) {
        if (i % 4 === 3) {
          if (n >= count) break outer;
          ws.addRow([code(i), entity(e), QUARTERS[q], null, Math.round(random() * 1000) / 10, null]).commit();
          n++;
          continue;
        }
        const parts = [0, 1, 2, 3].map(() => Math.floor(random() * 100));
        const rows: [string | null, number][] = [
          [null, parts.reduce((a, b) => a + b, 0)],
          ['H', parts[0]],
          ['F', parts[1]],
          ['Inconnu', parts[2]],
          ['Autre', parts[3]],
        ];
        for (const [sex, value] of rows) {
          if (n >= count) break outer;
          ws.addRow([code(i), entity(e), QUARTERS[q], sex, value, null]).commit();
          n++;
        }
      }
    }
  }
  ws.commit();
  await wb.commit();
}

/**
 * The same values as `writeValues`, laid out wide: one row per indicator, entity and sex part,
 * one column per quarter (`2020-T1` … `2024-T4`); `count` values in all (rounded to whole rows).
 */
export async function writeWideValues(path: string, count: number, seed: number): Promise<void> {
  const random = prng(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('Valeurs');
  ws.addRow(['Indicateur', 'Entité', 'Sexe', ...QUARTERS]).commit();
  const rows = Math.ceil(count / QUARTERS.length);
  let n = 0;
  outer: for (let e = 0; e < ENTITIES; e++) {
    for (let i = 0; i < INDICATORS; i++) {
      const parts = i % 4 === 3 ? [null] : [null, 'H', 'F', 'Inconnu', 'Autre'];
      const values = QUARTERS.map(() => [0, 1, 2, 3].map(() => Math.floor(random() * 100)));
      for (const [k, sex] of parts.entries()) {
        if (n >= rows) break outer;
        const cells = values.map((v) =>
          i % 4 === 3 ? Math.round(random() * 1000) / 10 : k === 0 ? v.reduce((a, b) => a + b, 0) : v[k - 1],
        );
        ws.addRow([code(i), entity(e), sex, ...cells]).commit();
        n++;
      }
    }
  }
  ws.commit();
  await wb.commit();
}

/** `files` small quarterly workbooks of `rows` values each, with a Rapport sheet. */
export async function writeSmallFiles(dir: string, files: number, rows: number, seed: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const random = prng(seed);
  for (let f = 0; f < files; f++) {
    const e = f % ENTITIES;
    const q = Math.floor(f / ENTITIES) % QUARTERS.length;
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      filename: join(dir, `E${e + 1}-${QUARTERS[q]}.xlsx`),
      useSharedStrings: true,
    });
    const rapport = wb.addWorksheet('Rapport');
    rapport.addRow(['Clé', 'Valeur']).commit();
    rapport.addRow(['Entité', entity(e)]).commit();
    rapport.addRow(['Période', QUARTERS[q]]).commit();
    rapport.commit();
    const ws = wb.addWorksheet('Valeurs');
    ws.addRow(['Indicateur', 'Valeur', 'Commentaire']).commit();
    for (let r = 0; r < rows; r++)
      ws.addRow([code(r % INDICATORS), Math.floor(random() * 100), null]).commit();
    ws.commit();
    await wb.commit();
  }
}

export async function ensureData(root: string, sizes: number[]): Promise<void> {
  mkdirSync(root, { recursive: true });
  if (!existsSync(join(root, 'plan.xlsx'))) await writePlan(join(root, 'plan.xlsx'));
  // The plan of the many-entity workbooks (scripts/bench/openpyxl_entities.py): 250 entities.
  const many = Array.from({ length: 250 }, (_, e) => `Entité ${String(e + 1).padStart(3, '0')}`);
  if (!existsSync(join(root, 'plan-250.xlsx'))) await writePlan(join(root, 'plan-250.xlsx'), many);
  for (const size of sizes) {
    const file = join(root, `values-${size}.xlsx`);
    if (!existsSync(file)) {
      process.stderr.write(`bench: generating ${file}\n`);
      await writeValues(file, size, size);
    }
    const wide = join(root, `wide-${size}.xlsx`);
    if (!existsSync(wide)) {
      process.stderr.write(`bench: generating ${wide}\n`);
      await writeWideValues(wide, size, size);
    }
  }
  const small = join(root, 'small');
  if (!existsSync(join(small, 'done'))) {
    process.stderr.write('bench: generating 500 small workbooks\n');
    await writeSmallFiles(small, 500, 100, 7);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(small, 'done'), '');
  }
}

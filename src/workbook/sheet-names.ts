import { normaliseName } from './names.js';
import { scanOds } from './ods-scan.js';
import { readLegacyWorkbook } from './sheetjs.js';
import { type SheetRole, sheetRole } from './vocabulary.js';
import { parseWorkbook } from './xlsx/workbook-part.js';
import { openZip } from './zip.js';
import { probeFile } from './zip-probe.js';

const DEFAULT_MAX_ROWS = 1_048_576;

/**
 * The roles of a workbook's sheets (`indicators`, `values`...), from the sheet names declared in
 * the workbook (no worksheet is parsed): enough for `validate` to tell a plan from a
 * reporting workbook. Null when the file is not a readable workbook: the reader proper will then
 * say why.
 */
export async function sheetRoles(
  path: string,
  roleOf: (name: string) => SheetRole | undefined = sheetRole,
): Promise<Set<SheetRole> | null> {
  const names = await sheetNames(path);
  if (!names) return null;
  const roles = new Set<SheetRole>();
  for (const name of names) {
    const role = roleOf(name);
    if (role) roles.add(role);
  }
  return roles;
}

/**
 * The sheet names of a workbook, in order, without reading its cells: declared in
 * `xl/workbook.xml` for an .xlsx, in the workbook globals for an .xls, in `content.xml` for an
 * .ods; null when the file is not a readable workbook (a CSV has no sheets): the reader proper
 * will then say why.
 */
export async function sheetNames(path: string): Promise<string[] | null> {
  let xml: Buffer | null = null;
  try {
    const workbook = (await openZip(path)).get('xl/workbook.xml');
    if (workbook) xml = await workbook.buffer();
  } catch {
    // Not a zip: perhaps an .xls.
  }
  if (xml === null) return legacySheetNames(path);
  try {
    // The parser the reading itself uses (read.ts): the names are those the reader will see.
    return parseWorkbook(xml).sheets.map((s) => s.name);
  } catch {
    // Malformed XML: the reader proper says where.
    return null;
  }
}

/** Inflated bytes of `content.xml` looked through for an .ods's sheet names, at most. */
const NAMES_BUDGET = 256 * 1024 * 1024;

async function legacySheetNames(path: string): Promise<string[] | null> {
  try {
    const { kind } = await probeFile(path);
    if (kind === 'ods')
      return (await scanOds(path, { budget: { used: 0, limit: NAMES_BUDGET } })).sheets.map((s) => s.name);
    if (kind === 'xls')
      return (
        await readLegacyWorkbook(
          path,
          'xls',
          { maxRows: DEFAULT_MAX_ROWS, maxUncompressedBytes: NAMES_BUDGET },
          true,
        )
      ).map((s) => s.name);
  } catch {
    // Unreadable: the reader proper says why.
  }
  return null;
}

/**
 * What a workbook found among the data is: a report to read, or a plan (an `Indicateurs` sheet and
 * no `Valeurs`), or the annex ponam itself writes (its `Sources` sheet beside `Indicateurs`) —
 * both skipped with a notice, so that a plan kept in the data folder or an annex written into it
 * never stops a report —, or a recommendations workbook (a `Recommandations` sheet and neither
 * `Valeurs` nor `Indicateurs`), read as the follow-up of recommendations (docs/review.md).
 */
export function dataWorkbookKind(
  names: readonly string[],
  roleOf: (name: string) => SheetRole | undefined = sheetRole,
): 'data' | 'plan' | 'own-output' | 'recommendations' {
  const roles = new Set(names.map(roleOf));
  if (roles.has('recommendations') && !roles.has('values') && !roles.has('indicators'))
    return 'recommendations';
  if (roles.has('values') || !roles.has('indicators')) return 'data';
  return names.some((n) => normaliseName(n) === 'sources') ? 'own-output' : 'plan';
}

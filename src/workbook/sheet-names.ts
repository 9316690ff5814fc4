import { type SheetRole, sheetRole } from './vocabulary.js';
import { openZip } from './zip.js';

/**
 * The roles of a workbook's sheets (`indicators`, `values`...), from the sheet names declared in
 * `xl/workbook.xml` (no worksheet is parsed): enough for `validate` to tell a plan from a
 * reporting workbook. Null when the file is not a readable workbook: the reader proper will then
 * say why.
 */
export async function sheetRoles(path: string): Promise<Set<SheetRole> | null> {
  let xml: string;
  try {
    const workbook = (await openZip(path)).get('xl/workbook.xml');
    if (!workbook) return null;
    xml = (await workbook.buffer()).toString('utf8');
  } catch {
    return null;
  }
  const roles = new Set<SheetRole>();
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const role = sheetRole(decodeXml(m[1] ?? m[2] ?? ''));
    if (role) roles.add(role);
  }
  return roles;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

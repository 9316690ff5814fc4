import { open } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { type SheetRole, sheetRole } from './vocabulary.js';

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const MAX_WORKBOOK_XML = 16 * 1024 * 1024;

export interface SheetEntry {
  name: string;
  id: number;
  rId: string;
  state?: string;
}

/**
 * The sheets declared in `xl/workbook.xml` and the relationships of `xl/_rels/workbook.xml.rels`,
 * read straight from the zip (no worksheet is parsed): enough for `validate` to tell a plan from
 * a reporting workbook, and for the streaming reader to name sheets when exceljs loses one of
 * those entries. Null when the file is not a readable zip: the reader proper will then say why.
 */
export interface Manifest {
  sheets: SheetEntry[];
  rels: { Id: string; Target: string }[];
  /** Names of all the entries of the zip. */
  entries: Set<string>;
  /** Dates counted from 1904 (old Mac workbooks). */
  date1904: boolean;
}

export async function workbookManifest(path: string): Promise<Manifest | null> {
  try {
    const entries = new Set<string>();
    const xml = await readEntry(path, 'xl/workbook.xml', entries);
    if (xml === null) return null;
    const sheets: SheetEntry[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
      const a = attributes(m[1]);
      if (a.name === undefined) continue;
      const entry: SheetEntry = { name: a.name, id: Number(a.sheetId), rId: a['r:id'] ?? a.id ?? '' };
      if (a.state) entry.state = a.state;
      sheets.push(entry);
    }
    const relsXml = (await readEntry(path, 'xl/_rels/workbook.xml.rels')) ?? '';
    const rels: { Id: string; Target: string }[] = [];
    for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
      const a = attributes(m[1]);
      if (a.Id && a.Target) rels.push({ Id: a.Id, Target: a.Target });
    }
    const pr = /<(?:\w+:)?workbookPr\b([^>]*)>/.exec(xml);
    const date1904 = pr ? /^(1|true)$/.test(attributes(pr[1]).date1904 ?? '') : false;
    return { sheets, rels, entries, date1904 };
  } catch {
    return null;
  }
}

export async function sheetNames(path: string): Promise<string[] | null> {
  return (await workbookManifest(path))?.sheets.map((s) => s.name) ?? null;
}

function attributes(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    found[m[1]] = decodeXml(m[2] ?? m[3] ?? '');
  return found;
}

/** The roles of a workbook's sheets (`indicators`, `values`...), by their names. */
export async function sheetRoles(path: string): Promise<Set<SheetRole> | null> {
  const names = await sheetNames(path);
  if (!names) return null;
  const roles = new Set<SheetRole>();
  for (const n of names) {
    const role = sheetRole(n);
    if (role) roles.add(role);
  }
  return roles;
}

async function readEntry(path: string, wanted: string, names?: Set<string>): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size < 22) return null;
    const tailLength = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset + cdSize > size) return null;
    const cd = Buffer.alloc(cdSize);
    await handle.read(cd, 0, cdSize, cdOffset);
    let found: { method: number; compressed: number; localOffset: number } | null = null;
    for (let p = 0; p + 46 <= cd.length && cd.readUInt32LE(p) === CENTRAL_ENTRY; ) {
      const nameLength = cd.readUInt16LE(p + 28);
      const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
      names?.add(name);
      if (name === wanted && !found) {
        found = {
          method: cd.readUInt16LE(p + 10),
          compressed: cd.readUInt32LE(p + 20),
          localOffset: cd.readUInt32LE(p + 42),
        };
      }
      p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    if (!found) return null;
    const { method, compressed, localOffset } = found;
    if (compressed > MAX_WORKBOOK_XML || localOffset + 30 > size) return null;
    const local = Buffer.alloc(30);
    await handle.read(local, 0, 30, localOffset);
    if (local.readUInt32LE(0) !== LOCAL_ENTRY) return null;
    const start = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const data = Buffer.alloc(compressed);
    await handle.read(data, 0, compressed, start);
    if (method === 0) return data.toString('utf8');
    if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_WORKBOOK_XML }).toString('utf8');
    return null;
  } finally {
    await handle.close();
  }
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

/**
 * The generator of the hostile corpus' files (tests/hostile/cases.ts): small workbooks written
 * with exceljs, then patched as raw XML where a case needs what no spreadsheet program writes
 * (a character reference to ESC, a `_x001B_` escape, a DOCTYPE, a lying zip directory).
 * Everything is made in a temporary folder at test time: nothing binary is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Rows, smallData, smallPlan } from '../helpers/workbooks.js';

export async function workbookBytes(sheets: Record<string, Rows>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2023, 0, 1));
  wb.modified = wb.created;
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Replaces `marker` by raw XML text in every part of the package that holds it. */
export async function patchXml(bytes: Buffer, marker: string, xml: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith('.xml')) continue;
    const text = await zip.file(name)?.async('string');
    if (text?.includes(marker)) zip.file(name, text.split(marker).join(xml));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

export function put(path: string, bytes: Buffer | string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** Control characters, a fake workflow command, bidi override and CI markers in one cell. */
export const INJECTION = '12\n::error::x \x1b[2J\x1b]0;title\x07 ##[error]y \u202eabc\r\n::warning file=a::b';

export const plan = () => workbookBytes(smallPlan());

/** A data workbook whose I1 value is text that must come out as data. */
export const injected = () =>
  workbookBytes(
    smallData('DR Kayes', '2022-T2', [
      ['I1', INJECTION],
      ['I2', 55],
    ]),
  );

/** A value cell whose XML text is `xml` as written: ESC as a character reference, or as OOXML's `_x001B_`. */
export async function escapedRef(xml: string): Promise<Buffer> {
  const bytes = await workbookBytes(
    smallData('DR Kayes', '2022-T2', [
      ['I1', 'MARKER_ONE'],
      ['I2', 55],
    ]),
  );
  return patchXml(bytes, 'MARKER_ONE', xml);
}

/** A sheet name and an entity that carry ESC and a newline. */
export const hostileNames = () =>
  workbookBytes({
    Rapport: [
      ['Clé', 'Valeur'],
      ['Entité', 'Kayes\x1b[2J\n::error::entity'],
      ['Période', '2022-T2'],
    ],
    Valeurs: [
      ['Indicateur', 'Valeur'],
      ['I1', 'douze'],
      ['I2', 55],
    ],
  });

/** One 60 kB string in a thousand cells: a small file that once made `validate --format json` print 120 MB. */
export function echoed(size = 60_000, cells = 1000): Promise<Buffer> {
  const long = `${'x'.repeat(size - 10)}\x1bEND`;
  const rows: Rows = [['Indicateur', 'Valeur']];
  for (let i = 0; i < cells; i++) rows.push(['I1', long]);
  return workbookBytes({
    Rapport: [
      ['Clé', 'Valeur'],
      ['Entité', 'DR Kayes'],
      ['Période', '2022-T2'],
    ],
    Valeurs: rows,
  });
}

/** Three warnings and no error: a percentage above 100 in three quarters. */
export const threeWarnings = () =>
  workbookBytes({
    Rapport: [
      ['Clé', 'Valeur'],
      ['Entité', 'DR Kayes'],
    ],
    Valeurs: [
      ['Indicateur', 'Période', 'Valeur'],
      ['I2', '2022-T1', 150],
      ['I2', '2022-T2', 160],
      ['I2', '2022-T3', 170],
    ],
  });

export const goodData = (entity = 'DR Kayes', period = '2022-T2') =>
  workbookBytes(
    smallData(entity, period, [
      ['I1', 60],
      ['I2', 55],
    ]),
  );

/** A plan whose responsible entities are `names` (long, non-Latin, colliding once made safe). */
export function planWithEntities(names: readonly string[]): Promise<Buffer> {
  const p = smallPlan();
  p.Indicateurs = p.Indicateurs.map((row, i) => (i === 0 ? row : [...row.slice(0, 11), names.join('; ')]));
  return workbookBytes(p);
}

// -------------------------------------------------------------------------------------------
// For the reader's cases (READER_CASES): files no spreadsheet program writes.

/** A sheet whose cell reference lies beyond column XFD. */
export async function beyondXfd(): Promise<Buffer> {
  const bytes = await goodData();
  const zip = await JSZip.loadAsync(bytes);
  const name = Object.keys(zip.files).find((n) => /worksheets\/sheet2\.xml$/.test(n)) as string;
  const xml = (await zip.file(name)?.async('string')) ?? '';
  zip.file(name, xml.replace(/r="B2"/, 'r="FXSHRXW2"'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A DOCTYPE with an internal entity in the shared strings (the billion-laughs shape, small). */
export async function withDoctype(): Promise<Buffer> {
  const bytes = await goodData();
  const zip = await JSZip.loadAsync(bytes);
  const name = Object.keys(zip.files).find((n) => /worksheets\/sheet2\.xml$/.test(n)) as string;
  const xml = (await zip.file(name)?.async('string')) ?? '';
  zip.file(
    name,
    xml.replace(
      /^(<\?xml[^>]*\?>)?/,
      (decl) => `${decl}<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Two sheets named `Valeurs` in the workbook part. */
export async function duplicateSheets(): Promise<Buffer> {
  const bytes = await workbookBytes({
    ...smallData('DR Kayes', '2022-T2', [['I1', 1]]),
    Autre: [
      ['Indicateur', 'Valeur'],
      ['I1', 2],
    ],
  });
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  zip.file('xl/workbook.xml', xml.replace('name="Autre"', 'name="Valeurs"'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A zip bomb with a lying central directory: the worksheet inflates to `megabytes` MB of
 * spaces while the directory (and the local header) claim 2 kB.
 */
export async function lyingZip(megabytes = 64): Promise<Buffer> {
  const bytes = await goodData();
  const zip = await JSZip.loadAsync(bytes);
  const entries: { name: string; data: Buffer }[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    entries.push({
      name,
      data: Buffer.from(await (zip.file(name) as JSZip.JSZipObject).async('uint8array')),
    });
  }
  const sheet = entries.find((e) => /worksheets\/sheet2\.xml$/.test(e.name)) as { data: Buffer };
  const text = sheet.data.toString('utf8');
  const padding = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
  sheet.data = Buffer.concat([Buffer.from(text), padding]);
  return rawZip(entries, (e) => (e === sheet ? 2048 : e.data.length));
}

/** A zip written by hand, each entry deflated, its declared uncompressed size taken from `claim`. */
function rawZip(
  entries: { name: string; data: Buffer }[],
  claim: (e: { name: string; data: Buffer }) => number,
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data);
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(claim(e), 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(claim(e), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

// -------------------------------------------------------------------------------------------
// Legacy workbooks (issue 21): .xls and .ods that no spreadsheet program writes, read through
// SheetJS in its own thread. Written here with SheetJS's own writer, then patched.

type SheetRows = (string | number)[][];

/** A BIFF8 .xls of the given sheets (SheetJS writes values, not formulas). */
export function xlsBytes(sheets: Record<string, SheetRows>): Buffer {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer;
}

const goodXlsSheets = (): Record<string, SheetRows> =>
  smallData('DR Kayes', '2022-T2', [
    ['I1', 60],
    ['I2', 55],
  ]) as Record<string, SheetRows>;

/** The records of a BIFF stream: type, offset of the record, length of its data. */
function records(stream: Buffer): { type: number; at: number; length: number }[] {
  const out: { type: number; at: number; length: number }[] = [];
  for (let p = 0; p + 4 <= stream.length; ) {
    const length = stream.readUInt16LE(p + 2);
    out.push({ type: stream.readUInt16LE(p), at: p, length });
    p += 4 + length;
  }
  return out;
}

/** `edit` changes the Workbook stream of an .xls; the container is written again around it. */
function patchWorkbookStream(xls: Buffer, edit: (stream: Buffer) => Buffer): Buffer {
  const container = XLSX.CFB.read(xls, { type: 'buffer' });
  const entry = XLSX.CFB.find(container, 'Workbook');
  const stream = edit(Buffer.from(entry.content));
  entry.content = stream;
  entry.size = stream.length;
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }));
}

/** An .xls cut at 60 % of its length (an interrupted download). */
export const truncatedXls = () => {
  const whole = xlsBytes(goodXlsSheets());
  return whole.subarray(0, Math.floor(whole.length * 0.6));
};

/** Every sheet's DIMENSIONS record claims 4 294 967 295 rows and 65 535 columns; the SST claims 2^31 strings. */
export const hugeDimensionsXls = () =>
  patchWorkbookStream(xlsBytes(goodXlsSheets()), (stream) => {
    for (const r of records(stream)) {
      if (r.type === 0x0200) {
        stream.writeUInt32LE(0xffffffff, r.at + 8);
        stream.writeUInt16LE(0xffff, r.at + 14);
      }
      if (r.type === 0x00fc) {
        stream.writeUInt32LE(0x7fffffff, r.at + 4);
        stream.writeUInt32LE(0x7fffffff, r.at + 8);
      }
    }
    return stream;
  });

/** The container's directory says the Workbook stream is 4 GB long (its sectors cannot be followed). */
export function hugeStreamXls(): Buffer {
  const bytes = Buffer.from(xlsBytes(goodXlsSheets()));
  const sectorSize = 1 << bytes.readUInt16LE(0x1e);
  const directory = 512 + bytes.readUInt32LE(0x30) * sectorSize;
  for (let at = directory; at < directory + sectorSize; at += 128) {
    const name = bytes.toString('utf16le', at, at + Math.max(0, bytes.readUInt16LE(at + 64) - 2));
    if (name === 'Workbook') bytes.writeUInt32LE(0xfffffff0, at + 0x78);
  }
  return bytes;
}

/**
 * A sheet `Calculs` of 20 000 formulas, each adding one to the cell below (a chain 20 000 deep),
 * its first formula a sum of 1 300 terms inside 2 500 parentheses, beside a good report.
 */
export function deepFormulaXls(): Buffer {
  const chain: SheetRows = Array.from({ length: 20_000 }, (_, i) => [20_000 - i + 0.5]);
  const xls = xlsBytes({ ...goodXlsSheets(), Calculs: chain });
  let first = true;
  return patchWorkbookStream(xls, (stream) => {
    const parts: Buffer[] = [];
    let sheet = 0;
    for (const r of records(stream)) {
      const record = stream.subarray(r.at, r.at + 4 + r.length);
      if (r.type === 0x0809) sheet++;
      // NUMBER records of the fourth substream (globals, Rapport, Valeurs, Calculs) become FORMULA records.
      if (r.type !== 0x0203 || sheet !== 4) {
        parts.push(record);
        continue;
      }
      const row = record.readUInt16LE(4);
      const col = record.readUInt16LE(6);
      let tokens: Buffer;
      if (first) {
        first = false;
        tokens = Buffer.concat([
          Buffer.from([0x1e, 1, 0]),
          ...Array.from({ length: 1300 }, () => Buffer.from([0x1e, 1, 0, 0x03])),
          Buffer.alloc(2500, 0x15),
        ]);
      } else
        tokens = Buffer.from([0x24, (row + 1) & 0xff, (row + 1) >> 8, col & 0xff, 0xc0, 0x1e, 1, 0, 0x03]);
      const body = Buffer.alloc(22);
      record.copy(body, 0, 4, 10); // row, column, format
      body.writeDoubleLE(record.readDoubleLE(10), 6); // the cached result
      body.writeUInt16LE(tokens.length, 20);
      const data = Buffer.concat([body, tokens]);
      const head = Buffer.alloc(4);
      head.writeUInt16LE(0x0006, 0);
      head.writeUInt16LE(data.length, 2);
      parts.push(head, data);
    }
    return Buffer.concat(parts);
  });
}

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

/** An .ods whose content.xml is `body` inside a spreadsheet (deflated, with a true directory). */
function odsWith(body: string, claim?: number): Buffer {
  const entries = [
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet') },
    {
      name: 'content.xml',
      data: Buffer.from(
        `<office:document-content ${ODS_NS}><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`,
      ),
    },
  ];
  return rawZip(entries, (e) => (claim !== undefined && e.name === 'content.xml' ? claim : e.data.length));
}

/** One row of 16 384 filled cells repeated 1 048 575 times: 17 billion cells in 700 bytes. */
export const repeatedRowsOds = () =>
  odsWith(
    '<table:table table:name="Valeurs"><table:table-row><table:table-cell office:value-type="string"><text:p>Indicateur</text:p></table:table-cell></table:table-row><table:table-row table:number-rows-repeated="1048575"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"><text:p>1</text:p></table:table-cell></table:table-row></table:table>',
  );

/** An .ods whose content.xml inflates to 64 MB of spaces while its directory says 2 kB. */
export const lyingOds = () =>
  odsWith(
    `<table:table table:name="Valeurs"><table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>${' '.repeat(64 * 1024 * 1024)}`,
    2048,
  );

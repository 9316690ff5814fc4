import { crc32, deflateRawSync } from 'node:zlib';
import type { Cell } from '../../src/workbook/cells.js';
import type { SheetSetup } from '../../src/workbook/sheet-parser.js';
import { SheetScanner } from '../../src/workbook/sheet-parser.js';
import { numberFormat, PLAIN } from '../../src/workbook/xlsx/number-formats.js';

export type Rows = [number, (Cell | null)[]][];

/** Cell styles of the test sheets: 1 percent, 2 a date, 3 thousands, 4 an elapsed time. */
export const FORMATS = [
  PLAIN,
  numberFormat('0%'),
  numberFormat('dd/mm/yyyy'),
  numberFormat('#,##0'),
  numberFormat('[h]:mm'),
];

export function setup(over: Partial<SheetSetup> = {}): SheetSetup {
  const shared: (Cell | null)[] = [{ t: 's', v: 'Valeur' }, { t: 's', v: 'Douze' }, null];
  return {
    sheet: 'Valeurs',
    sharedCell: (i) => shared[i] ?? null,
    format: (s) => FORMATS[s] ?? PLAIN,
    date1904: false,
    ...over,
  };
}

export function worksheet(sheetData: string, before = ''): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${before}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData><mergeCells count="0"/></worksheet>`,
    'utf8',
  );
}

/** Runs the scanner over `bytes` cut at the given offsets. */
export function scanChunks(bytes: Buffer, cuts: number[], over: Partial<SheetSetup> = {}): Rows {
  const rows: Rows = [];
  const scanner = new SheetScanner(setup(over), {
    row: (n, cells) => rows.push([n, [...cells]]),
    end: () => {},
  });
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    scanner.write(bytes.subarray(from, cut));
    from = cut;
  }
  scanner.end();
  return rows;
}

export const whole = (bytes: Buffer, over: Partial<SheetSetup> = {}): Rows => scanChunks(bytes, [], over);

/** Every chunking of `bytes` into pieces of `size` bytes. */
export const inPieces = (bytes: Buffer, size: number, over: Partial<SheetSetup> = {}): Rows =>
  scanChunks(
    bytes,
    Array.from({ length: Math.ceil(bytes.length / size) - 1 }, (_, i) => (i + 1) * size),
    over,
  );

export interface ZipPart {
  name: string;
  data: Buffer;
  /** Stored instead of deflated. */
  stored?: boolean;
  /** What the directories say, when they should lie. */
  claimSize?: number;
  claimCrc?: number;
}

/**
 * A minimal zip writer for crafted archives (lying sizes, bad checksums, ZIP64 records), which
 * no library writes on purpose.
 */
export function makeZip(parts: ZipPart[], options: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const body = p.stored ? p.data : deflateRawSync(p.data);
    const size = p.claimSize ?? p.data.length;
    const crc = p.claimCrc ?? crc32(p.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(p.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    let extra = Buffer.alloc(0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(45, 4);
    central.writeUInt16LE(45, 6);
    central.writeUInt16LE(p.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    if (options.zip64) {
      extra = Buffer.alloc(4 + 24);
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
      central.writeUInt32LE(0xffffffff, 20);
      central.writeUInt32LE(0xffffffff, 24);
      central.writeUInt32LE(0xffffffff, 42);
    } else {
      central.writeUInt32LE(body.length, 20);
      central.writeUInt32LE(size, 24);
      central.writeUInt32LE(offset, 42);
    }
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    centrals.push(central, name, extra);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, cd, ...tail, end]);
}

/** The parts of a one-sheet workbook, sheet XML and shared strings given. */
export function workbookParts(
  sheetXml: string | Buffer,
  more: { sharedStrings?: string; styles?: string; workbook?: string; sheets?: string } = {},
): ZipPart[] {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        more.workbook ??
          `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${more.sheets ?? '<sheet name="Valeurs" sheetId="1" r:id="rId1"/>'}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: typeof sheetXml === 'string' ? Buffer.from(sheetXml) : sheetXml,
    },
  ];
  if (more.sharedStrings !== undefined)
    parts.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(more.sharedStrings) });
  if (more.styles !== undefined) parts.push({ name: 'xl/styles.xml', data: Buffer.from(more.styles) });
  return parts;
}

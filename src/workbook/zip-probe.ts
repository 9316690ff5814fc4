import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { readSmallFile } from './small-file.js';

/**
 * A look at a file before it is read, by its content (the extension is a claim of the sender):
 * an .xlsx (a zip holding `xl/workbook.xml`, whatever its name), a legacy Excel 97-2003 workbook
 * (an OLE/CFB container), an OpenDocument spreadsheet (a zip whose `mimetype` says so), a CSV
 * values file (text named `.csv`), or one of the common wrong files, each with a precise message
 * instead of a stack trace: empty, password-protected, truncated, or not a workbook (`detail`
 * says what it looks like: a PDF, a Word document…).
 */
export type FileKind =
  | { kind: 'xlsx'; uncompressedBytes: number }
  | { kind: 'xls' }
  | { kind: 'ods'; uncompressedBytes: number }
  | { kind: 'csv' }
  | { kind: 'empty' }
  | { kind: 'encrypted' }
  | { kind: 'truncated' }
  | { kind: 'not-xlsx'; detail: NotWorkbook };

/** What a file that is not a workbook looks like, for the message (worded by the catalogues). */
export type NotWorkbook =
  | 'pdf'
  | 'html'
  | 'rtf'
  | 'image'
  | 'csv'
  | 'text'
  | 'docx'
  | 'pptx'
  | 'xlsb'
  | 'odt'
  | 'odp'
  | 'doc'
  | 'ppt'
  | 'ole'
  | 'zip'
  | 'unknown';

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const ODS_MIME = 'application/vnd.oasis.opendocument.spreadsheet';

/** Random access to a file's bytes: the file on disk, or its content already read. */
type ByteSource = { size: number; read(offset: number, length: number): Promise<Buffer> };

export async function probeFile(path: string): Promise<FileKind> {
  const csvNamed = extname(path).toLowerCase() === '.csv';
  const small = await readSmallFile(path);
  if (small) return probe({ size: small.length, read: async (o, l) => small.subarray(o, o + l) }, csvNamed);
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return await probe(
      {
        size,
        read: async (offset, length) => {
          const b = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
          await handle.read(b, 0, b.length, offset);
          return b;
        },
      },
      csvNamed,
    );
  } finally {
    await handle.close();
  }
}

async function probe(file: ByteSource, csvNamed: boolean): Promise<FileKind> {
  const { size } = file;
  if (size === 0) return { kind: 'empty' };
  const head = await file.read(0, Math.min(size, 512));
  if (head.length >= 8 && head.subarray(0, 8).equals(CFB)) {
    // An encrypted .xlsx is a CFB holding `EncryptionInfo`; everything else is left to the
    // legacy reader, which tells a workbook from a Word document (or a password-protected .xls).
    const whole = await file.read(0, Math.min(size, 4 * 1024 * 1024));
    return whole.includes(ENCRYPTION_INFO) ? { kind: 'encrypted' } : { kind: 'xls' };
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) {
    const detail = describeHead(head);
    return csvNamed && (detail === 'text' || detail === 'csv')
      ? { kind: 'csv' }
      : { kind: 'not-xlsx', detail };
  }
  const tailLength = Math.min(size, 65_557);
  const tail = await file.read(size - tailLength, tailLength);
  const cdRange = await locateDirectory(tail, size, file.read);
  if (!cdRange) return { kind: 'truncated' };
  const entries = centralDirectory(await file.read(cdRange.offset, cdRange.size));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const uncompressedBytes = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (byName.has('xl/workbook.xml')) return { kind: 'xlsx', uncompressedBytes };
  const mimetype = byName.get('mimetype');
  if (mimetype) {
    const mime = (await smallEntry(file, mimetype))?.toString('latin1').trim() ?? '';
    if (mime.startsWith(ODS_MIME)) {
      const manifest = byName.get('META-INF/manifest.xml');
      const text = manifest ? ((await smallEntry(file, manifest))?.toString('utf8') ?? '') : '';
      // An encrypted OpenDocument keeps its manifest in clear, with the key of each encrypted part.
      return /<(?:\w+:)?encryption-data\b/.test(text)
        ? { kind: 'encrypted' }
        : { kind: 'ods', uncompressedBytes };
    }
    if (mime.includes('opendocument.text')) return { kind: 'not-xlsx', detail: 'odt' };
    if (mime.includes('opendocument.presentation')) return { kind: 'not-xlsx', detail: 'odp' };
  }
  const names = [...byName.keys()];
  if (names.includes('xl/workbook.bin')) return { kind: 'not-xlsx', detail: 'xlsb' };
  if (names.some((n) => n.startsWith('word/'))) return { kind: 'not-xlsx', detail: 'docx' };
  if (names.some((n) => n.startsWith('ppt/'))) return { kind: 'not-xlsx', detail: 'pptx' };
  return { kind: 'not-xlsx', detail: 'zip' };
}

/** Parts this small are read whole to be looked at (`mimetype`, the manifest). */
const SMALL_ENTRY = 256 * 1024;

/** An entry's bytes, inflated, when it is small; null when it is larger, damaged or of another method. */
async function smallEntry(file: ByteSource, e: DirectoryEntry): Promise<Buffer | null> {
  if (e.compressedSize > SMALL_ENTRY || e.uncompressedSize > SMALL_ENTRY) return null;
  const local = await file.read(e.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_ENTRY) return null;
  const start = e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = await file.read(start, e.compressedSize);
  if (e.method === 0) return data;
  if (e.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: SMALL_ENTRY });
  } catch {
    return null;
  }
}

export interface DirectoryEntry {
  name: string;
  method: number;
  /** General purpose bit flag (bit 0: encrypted). */
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;

/**
 * Where the central directory lies, from the end of the file (`tail`, its last bytes); null when
 * it cannot be found. A ZIP64 archive (more than 4 GiB or 65 535 entries) points from its
 * locator to a ZIP64 end record, which may lie before `tail`: `read` fetches it.
 */
export async function locateDirectory(
  tail: Buffer,
  fileSize: number,
  read: (offset: number, length: number) => Promise<Buffer>,
): Promise<{ offset: number; size: number } | null> {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    let size = tail.readUInt32LE(i + 12);
    let offset = tail.readUInt32LE(i + 16);
    const at = fileSize - tail.length + i;
    if ((size === 0xffffffff || offset === 0xffffffff || tail.readUInt16LE(i + 10) === 0xffff) && at >= 20) {
      const locator = await read(at - 20, 20);
      if (locator.length === 20 && locator.readUInt32LE(0) === ZIP64_LOCATOR) {
        const recordAt = Number(locator.readBigUInt64LE(8));
        const record = recordAt + 56 <= fileSize ? await read(recordAt, 56) : null;
        if (!record || record.length < 56 || record.readUInt32LE(0) !== ZIP64_END) return null;
        size = Number(record.readBigUInt64LE(40));
        offset = Number(record.readBigUInt64LE(48));
      }
    }
    return offset + size > fileSize ? null : { offset, size };
  }
  return null;
}

/** The entries of a central directory, with ZIP64 sizes and offsets where the record has them. */
export function centralDirectory(cd: Buffer): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (let p = 0; p + 46 <= cd.length && cd.readUInt32LE(p) === CENTRAL_ENTRY; ) {
    const nameLength = cd.readUInt16LE(p + 28);
    const extraLength = cd.readUInt16LE(p + 30);
    const entry: DirectoryEntry = {
      name: cd.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/'),
      method: cd.readUInt16LE(p + 10),
      flags: cd.readUInt16LE(p + 8),
      crc32: cd.readUInt32LE(p + 16),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    };
    readZip64Extra(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    p += 46 + nameLength + extraLength + cd.readUInt16LE(p + 32);
  }
  return entries;
}

/** The ZIP64 extra field (id 1) holds, in this order, each 32-bit field that was saturated. */
function readZip64Extra(extra: Buffer, entry: DirectoryEntry): void {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const end = Math.min(q + 4 + length, extra.length);
      const next = (): number | null => {
        if (r + 8 > end) return null;
        const v = Number(extra.readBigUInt64LE(r));
        r += 8;
        return v;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next() ?? entry.uncompressedSize;
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next() ?? entry.compressedSize;
      if (entry.localOffset === 0xffffffff) entry.localOffset = next() ?? entry.localOffset;
      return;
    }
    q += 4 + length;
  }
}

/** What the first bytes of a file that is no zip or CFB say it is. */
function describeHead(head: Buffer): NotWorkbook {
  const text = head.toString('latin1').toLowerCase();
  if (text.startsWith('%pdf')) return 'pdf';
  if (text.startsWith('{\\rtf')) return 'rtf';
  if (head[0] === 0x89 && text.startsWith('\x89png')) return 'image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'image';
  if (text.startsWith('gif8')) return 'image';
  const body = text.replace(/^\xef\xbb\xbf/, '').trimStart();
  if (body.startsWith('<')) return 'html';
  if (isBinary(head)) return 'unknown';
  const firstLine = body.split(/\r?\n/)[0] ?? '';
  return /[;,\t]/.test(firstLine) ? 'csv' : 'text';
}

/** NUL bytes, or many control characters, are not text (UTF-16 text is, with its BOM). */
function isBinary(head: Buffer): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) controls++;
  }
  return controls > head.length / 10;
}

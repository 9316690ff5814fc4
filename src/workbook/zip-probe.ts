import { open } from 'node:fs/promises';
import { readSmallFile } from './small-file.js';

/**
 * A look at a file before exceljs opens it, so that the common wrong files get a precise message
 * instead of an unzip stack trace: empty, password-protected (an OLE/CFB container), legacy .xls,
 * OpenDocument, not a zip at all, truncated, or a zip that is not a workbook (.docx).
 */
export type FileKind =
  | { kind: 'xlsx'; uncompressedBytes: number }
  | { kind: 'empty' }
  | { kind: 'encrypted' }
  | { kind: 'legacy-xls' }
  | { kind: 'ods' }
  | { kind: 'truncated' }
  | { kind: 'not-xlsx'; detail: string };

const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** Random access to a file's bytes: the file on disk, or its content already read. */
type ByteSource = { size: number; read(offset: number, length: number): Promise<Buffer> };

export async function probeFile(path: string): Promise<FileKind> {
  const small = await readSmallFile(path);
  if (small) return probe({ size: small.length, read: async (o, l) => small.subarray(o, o + l) });
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    return await probe({
      size,
      read: async (offset, length) => {
        const b = Buffer.alloc(length);
        await handle.read(b, 0, length, offset);
        return b;
      },
    });
  } finally {
    await handle.close();
  }
}

async function probe(file: ByteSource): Promise<FileKind> {
  const { size } = file;
  if (size === 0) return { kind: 'empty' };
  const head = await file.read(0, Math.min(size, 8));
  if (head.length === 8 && head.equals(CFB)) {
    const whole = await file.read(0, Math.min(size, 4 * 1024 * 1024));
    return whole.includes(ENCRYPTION_INFO) ? { kind: 'encrypted' } : { kind: 'legacy-xls' };
  }
  if (head[0] !== 0x50 || head[1] !== 0x4b) return { kind: 'not-xlsx', detail: describeHead(head) };
  const tailLength = Math.min(size, 65_557);
  const tail = await file.read(size - tailLength, tailLength);
  const cdRange = await locateDirectory(tail, size, file.read);
  if (!cdRange) return { kind: 'truncated' };
  const entries = centralDirectory(await file.read(cdRange.offset, cdRange.size));
  const names = entries.map((e) => e.name);
  const uncompressedBytes = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (names.includes('xl/workbook.xml')) return { kind: 'xlsx', uncompressedBytes };
  if (names.includes('mimetype') && names.includes('content.xml')) return { kind: 'ods' };
  if (names.some((n) => n.startsWith('word/'))) return { kind: 'not-xlsx', detail: 'Word document (.docx)' };
  if (names.some((n) => n.startsWith('ppt/')))
    return { kind: 'not-xlsx', detail: 'PowerPoint document (.pptx)' };
  return { kind: 'not-xlsx', detail: 'zip archive' };
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

function describeHead(head: Buffer): string {
  const text = head.toString('latin1').toLowerCase();
  if (text.startsWith('%pdf')) return 'PDF document';
  if (text.startsWith('<') || text.includes('<html') || text.includes('<?xml')) return 'HTML or XML page';
  if (text.startsWith('{\\rtf')) return 'RTF document';
  return 'text or unknown file (a CSV saved with a .xlsx name?)';
}

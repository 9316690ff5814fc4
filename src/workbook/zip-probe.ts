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
  const cdRange = centralDirectoryRange(tail, size);
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
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** Where the central directory lies, from the end of the file (`tail`); null when it cannot be found. */
export function centralDirectoryRange(
  tail: Buffer,
  fileSize: number,
): { offset: number; size: number } | null {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    const size = tail.readUInt32LE(i + 12);
    const offset = tail.readUInt32LE(i + 16);
    return offset + size > fileSize ? null : { offset, size };
  }
  return null;
}

export function centralDirectory(cd: Buffer): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (let p = 0; p + 46 <= cd.length && cd.readUInt32LE(p) === CENTRAL_ENTRY; ) {
    const nameLength = cd.readUInt16LE(p + 28);
    entries.push({
      name: cd.toString('utf8', p + 46, p + 46 + nameLength),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      uncompressedSize: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return entries;
}

function describeHead(head: Buffer): string {
  const text = head.toString('latin1').toLowerCase();
  if (text.startsWith('%pdf')) return 'PDF document';
  if (text.startsWith('<') || text.includes('<html') || text.includes('<?xml')) return 'HTML or XML page';
  if (text.startsWith('{\\rtf')) return 'RTF document';
  return 'text or unknown file (a CSV saved with a .xlsx name?)';
}

import { open } from 'node:fs/promises';

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

export async function probeFile(path: string): Promise<FileKind> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size === 0) return { kind: 'empty' };
    const head = Buffer.alloc(Math.min(size, 8));
    await handle.read(head, 0, head.length, 0);
    if (head.length === 8 && head.equals(CFB)) {
      const whole = Buffer.alloc(Math.min(size, 4 * 1024 * 1024));
      await handle.read(whole, 0, whole.length, 0);
      return whole.includes(ENCRYPTION_INFO) ? { kind: 'encrypted' } : { kind: 'legacy-xls' };
    }
    if (head[0] !== 0x50 || head[1] !== 0x4b) return { kind: 'not-xlsx', detail: describeHead(head) };
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
    if (eocd < 0) return { kind: 'truncated' };
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset + cdSize > size) return { kind: 'truncated' };
    const cd = Buffer.alloc(cdSize);
    await handle.read(cd, 0, cdSize, cdOffset);
    const names: string[] = [];
    let uncompressedBytes = 0;
    for (let p = 0; p + 46 <= cd.length && cd.readUInt32LE(p) === CENTRAL_ENTRY; ) {
      uncompressedBytes += cd.readUInt32LE(p + 24);
      const nameLength = cd.readUInt16LE(p + 28);
      names.push(cd.toString('utf8', p + 46, p + 46 + nameLength));
      p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    if (names.includes('xl/workbook.xml')) return { kind: 'xlsx', uncompressedBytes };
    if (names.includes('mimetype') && names.includes('content.xml')) return { kind: 'ods' };
    if (names.some((n) => n.startsWith('word/')))
      return { kind: 'not-xlsx', detail: 'Word document (.docx)' };
    if (names.some((n) => n.startsWith('ppt/')))
      return { kind: 'not-xlsx', detail: 'PowerPoint document (.pptx)' };
    return { kind: 'not-xlsx', detail: 'zip archive' };
  } finally {
    await handle.close();
  }
}

function describeHead(head: Buffer): string {
  const text = head.toString('latin1').toLowerCase();
  if (text.startsWith('%pdf')) return 'PDF document';
  if (text.startsWith('<') || text.includes('<html') || text.includes('<?xml')) return 'HTML or XML page';
  if (text.startsWith('{\\rtf')) return 'RTF document';
  return 'text or unknown file (a CSV saved with a .xlsx name?)';
}

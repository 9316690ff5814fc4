import { type FileHandle, open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { readSmallFile } from './small-file.js';
import { NotARegularFile, UncompressedTooLarge, ZipDamaged, ZipUnsupported } from './xlsx/errors.js';
import { centralDirectory, type DirectoryEntry, locateDirectory } from './zip-probe.js';

/**
 * Random access to the entries of an .xlsx (zip) through its central directory, for files of any
 * size: small files are read once into memory, larger ones are read entry by entry from the disk
 * at the offsets the directory gives. Entries are inflated with node:zlib; every byte that comes
 * out is counted against the file's budget as it comes out (the directory's sizes may lie), and
 * checked against the entry's size and CRC-32 at its end, so that a damaged zip is an error, not
 * wrong values. Every loop here consumes bytes or stops: a damaged zip cannot make it wait.
 */
export interface ZipEntry {
  path: string;
  /** As the central directory states it (checked once the entry has been read). */
  uncompressedSize: number;
  /** The entry's bytes, inflated, in chunks. */
  chunks(): AsyncIterable<Buffer>;
  buffer(): Promise<Buffer>;
}

/** Uncompressed bytes a file may yield, across all the entries read from it. */
export interface InflateBudget {
  used: number;
  readonly limit: number;
}

/** The entries by path; `find` also matches a path in another case (part names are case-insensitive). */
export class ZipArchive extends Map<string, ZipEntry> {
  private lower: Map<string, ZipEntry> | null = null;

  find(path: string): ZipEntry | undefined {
    const exact = this.get(path);
    if (exact) return exact;
    this.lower ??= new Map([...this].map(([name, entry]) => [name.toLowerCase(), entry]));
    return this.lower.get(path.toLowerCase());
  }
}

const UNLIMITED = (): InflateBudget => ({ used: 0, limit: Number.POSITIVE_INFINITY });
const LOCAL_ENTRY = 0x04034b50;
/** Reads from the disk and inflated chunks: large enough that per-chunk costs vanish. */
const CHUNK = 1 << 20;
/** Entries up to this size (as stated) are inflated in one call when the file is in memory. */
const AT_ONCE = 4 << 20;

export async function openZip(path: string, budget: InflateBudget = UNLIMITED()): Promise<ZipArchive> {
  const small = await readSmallFile(path);
  const source = small ? memorySource(small) : await fileSource(path);
  const tailLength = Math.min(source.size, 65_557);
  const tail = await source.read(source.size - tailLength, tailLength);
  const range = await locateDirectory(tail, source.size, source.read);
  if (!range) throw new ZipDamaged('end of central directory not found');
  const directory = centralDirectory(await source.read(range.offset, range.size));
  const archive = new ZipArchive();
  for (const e of directory) {
    if (archive.has(e.name)) throw new ZipUnsupported(`two zip entries are named ${e.name}`);
    archive.set(e.name, entry(source, e, budget));
  }
  return archive;
}

interface Source {
  size: number;
  read(offset: number, length: number): Promise<Buffer>;
  /** The whole file, when it is in memory. */
  bytes?: Buffer;
  /** Compressed bytes `[offset, offset + length)` in chunks. */
  chunks(offset: number, length: number): AsyncIterable<Buffer>;
}

function memorySource(data: Buffer): Source {
  return {
    size: data.length,
    bytes: data,
    read: async (offset, length) => data.subarray(offset, offset + length),
    async *chunks(offset, length) {
      for (let p = offset; p < offset + length; p += CHUNK)
        yield data.subarray(p, Math.min(p + CHUNK, offset + length));
    },
  };
}

async function fileSource(path: string): Promise<Source> {
  const size = await withHandle(path, async (h) => {
    const s = await h.stat();
    if (!s.isFile()) throw new NotARegularFile(path);
    return s.size;
  });
  return {
    size,
    read: (offset, length) => withHandle(path, (h) => readFully(h, offset, length)),
    async *chunks(offset, length) {
      const handle = await open(path, 'r');
      try {
        for (let p = offset; p < offset + length; p += CHUNK)
          yield await readFully(handle, p, Math.min(CHUNK, offset + length - p));
      } finally {
        await handle.close();
      }
    },
  };
}

async function withHandle<T>(path: string, use: (h: FileHandle) => Promise<T>): Promise<T> {
  const handle = await open(path, 'r');
  try {
    return await use(handle);
  } finally {
    await handle.close();
  }
}

async function readFully(handle: FileHandle, offset: number, length: number): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const { bytesRead } = await handle.read(buf, done, length - done, offset + done);
    if (bytesRead === 0) throw new ZipDamaged('unexpected end of file');
    done += bytesRead;
  }
  return buf;
}

function entry(source: Source, e: DirectoryEntry, budget: InflateBudget): ZipEntry {
  const chunks = () => inflated(source, e, budget);
  return {
    path: e.name,
    uncompressedSize: e.uncompressedSize,
    chunks,
    async buffer() {
      const parts: Buffer[] = [];
      for await (const part of chunks()) parts.push(part);
      return parts.length === 1 ? parts[0] : Buffer.concat(parts);
    },
  };
}

async function* inflated(source: Source, e: DirectoryEntry, budget: InflateBudget): AsyncGenerator<Buffer> {
  if (e.flags & 1) throw new ZipUnsupported(`${e.name} is encrypted`);
  if (e.method !== 0 && e.method !== 8) throw new ZipUnsupported(`${e.name}: compression method ${e.method}`);
  const start = await dataStart(source, e);
  const check = new Check(e, budget);
  if (e.method === 0) {
    for await (const chunk of source.chunks(start, e.compressedSize)) yield check.add(chunk);
  } else if (source.bytes && e.uncompressedSize <= AT_ONCE && budget.limit - budget.used > 0) {
    const all = inflateAtOnce(source.bytes.subarray(start, start + e.compressedSize), e, budget);
    if (all) yield check.add(all);
    else yield* inflateStream(source.chunks(start, e.compressedSize), check);
  } else {
    yield* inflateStream(source.chunks(start, e.compressedSize), check);
  }
  check.end();
}

/** Where an entry's data starts: after its local header, whose name and extra field lengths are its own. */
async function dataStart(source: Source, e: DirectoryEntry): Promise<number> {
  if (e.localOffset + 30 > source.size)
    throw new ZipDamaged(`${e.name}: local header beyond the end of the file`);
  const header = await source.read(e.localOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_ENTRY)
    throw new ZipDamaged(`${e.name}: invalid local header signature`);
  const start = e.localOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + e.compressedSize > source.size) throw new ZipDamaged(`${e.name}: unexpected end of file`);
  return start;
}

/** Inflates a small entry in one call, bounded by the budget; null when it is larger than it said. */
function inflateAtOnce(raw: Buffer, e: DirectoryEntry, budget: InflateBudget): Buffer | null {
  const remaining = budget.limit - budget.used;
  const cap = Math.min(remaining, AT_ONCE);
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, cap) });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') throw damaged(e, error);
    if (remaining <= AT_ONCE) throw new UncompressedTooLarge(budget.used + cap + 1, budget.limit);
    return null;
  }
}

async function* inflateStream(compressed: AsyncIterable<Buffer>, check: Check): AsyncGenerator<Buffer> {
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  const feeding = pipeline(Readable.from(compressed), inflater);
  feeding.catch(() => {}); // surfaced below, or moot once the inflater has been destroyed
  try {
    for await (const chunk of inflater) yield check.add(chunk as Buffer);
    await feeding;
  } catch (error) {
    if (error instanceof UncompressedTooLarge || error instanceof ZipDamaged) throw error;
    throw damaged(check.e, error);
  } finally {
    inflater.destroy();
  }
}

function damaged(e: DirectoryEntry, error: unknown): ZipDamaged {
  return new ZipDamaged(`${e.name}: ${(error as Error).message}`);
}

/** Counts an entry's bytes against the budget as they come, then checks its size and CRC-32. */
class Check {
  private size = 0;
  private crc = 0;

  constructor(
    readonly e: DirectoryEntry,
    private readonly budget: InflateBudget,
  ) {}

  add(chunk: Buffer): Buffer {
    this.budget.used += chunk.length;
    if (this.budget.used > this.budget.limit)
      throw new UncompressedTooLarge(this.budget.used, this.budget.limit);
    this.size += chunk.length;
    this.crc = crc32(chunk, this.crc);
    return chunk;
  }

  end(): void {
    if (this.size !== this.e.uncompressedSize)
      throw new ZipDamaged(
        `${this.e.name}: ${this.size} bytes where the zip directory says ${this.e.uncompressedSize}`,
      );
    if (this.crc >>> 0 !== this.e.crc32 >>> 0) throw new ZipDamaged(`${this.e.name}: CRC-32 mismatch`);
  }
}

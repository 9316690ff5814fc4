import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { readSmallFile } from './small-file.js';
import { centralDirectory, centralDirectoryRange } from './zip-probe.js';

/**
 * Random access to the entries of an .xlsx (zip) through its central directory, with unzipper
 * (exceljs' own dependency). exceljs' streaming reader walks the zip in one forward pass instead,
 * and on Node ≥ 18 that pass now and then loses an entry (exceljs issues #2790, #3064): a sheet,
 * the styles, or xl/workbook.xml. Reading each entry by its directory record never does.
 */
export interface ZipEntry {
  path: string;
  uncompressedSize: number;
  stream(): Readable;
  buffer(): Promise<Buffer>;
}

interface UnzipperDirectory {
  files: ZipEntry[];
}

const require = createRequire(import.meta.url);
interface Source {
  stream(offset: number, length?: number): Readable;
  size(): Promise<number>;
}
const directoryOf = require('unzipper/lib/Open/directory') as (source: Source) => Promise<UnzipperDirectory>;

export async function openZip(path: string): Promise<Map<string, ZipEntry>> {
  // Small workbooks are read once into memory and their parts inflated synchronously: going to
  // the disk and to zlib's thread pool for each part is most of the time of 500 small files.
  const small = await readSmallFile(path);
  if (small) return inMemory(small);
  const { size } = await stat(path);
  const directory = await directoryOf(fileSource(path, size));
  return new Map(directory.files.map((f) => [f.path, f]));
}

function inMemory(data: Buffer): Map<string, ZipEntry> {
  const range = centralDirectoryRange(data.subarray(Math.max(0, data.length - 65_557)), data.length);
  if (!range) throw new Error('FILE_ENDED: end of central directory not found');
  const entries = new Map<string, ZipEntry>();
  for (const e of centralDirectory(data.subarray(range.offset, range.offset + range.size))) {
    const raw = (): Buffer => {
      const local = e.localOffset;
      if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_ENTRY)
        throw new Error(`invalid signature: ${e.name}`);
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const compressed = data.subarray(start, start + e.compressedSize);
      if (compressed.length < e.compressedSize) throw new Error(`unexpected end of file: ${e.name}`);
      if (e.method !== 0 && e.method !== 8)
        throw new Error(`unsupported compression method ${e.method}: ${e.name}`);
      return compressed;
    };
    const bytes = (): Buffer => (e.method === 0 ? raw() : inflateRawSync(raw()));
    entries.set(e.name, {
      path: e.name,
      uncompressedSize: e.uncompressedSize,
      // Parts are inflated at once when small; a large worksheet is inflated as it is parsed, so
      // that memory does not grow with its rows.
      stream: () =>
        e.uncompressedSize > INFLATE_AT_ONCE && e.method === 8
          ? Readable.from([raw()]).pipe(createInflateRaw({ chunkSize: 1 << 20 }))
          : Readable.from(
              (function* () {
                yield bytes();
              })(),
              { objectMode: false },
            ),
      buffer: async () => bytes(),
    });
  }
  return entries;
}

const LOCAL_ENTRY = 0x04034b50;
const INFLATE_AT_ONCE = 1 << 20;

/**
 * unzipper's own file source reads in 64 KiB chunks; a large worksheet is read faster in 1 MiB
 * ones. Parts are read between their offset and the next record, as unzipper asks.
 */
function fileSource(path: string, size: number): Source {
  return {
    stream: (offset, length) =>
      createReadStream(path, {
        start: offset,
        end: length ? offset + length : undefined,
        highWaterMark: 1 << 20,
      }),
    size: async () => size,
  };
}

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';

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
const unzipper = require('unzipper') as {
  Open: { buffer(data: Buffer): Promise<UnzipperDirectory> };
};
interface Source {
  stream(offset: number, length?: number): Readable;
  size(): Promise<number>;
}
const directoryOf = require('unzipper/lib/Open/directory') as (source: Source) => Promise<UnzipperDirectory>;

/** Files up to this size (compressed) are read in one go: a quarterly report is a few kilobytes. */
const IN_MEMORY = 8 * 1024 * 1024;

export async function openZip(path: string): Promise<Map<string, ZipEntry>> {
  const { size } = await stat(path);
  // Small workbooks are read once into memory: reading them entry by entry from disk costs an
  // open and several reads per part, which is most of the time of 500 small quarterly files.
  const directory =
    size <= IN_MEMORY
      ? await unzipper.Open.buffer(await readFile(path))
      : await directoryOf(fileSource(path, size));
  return new Map(directory.files.map((f) => [f.path, f]));
}

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

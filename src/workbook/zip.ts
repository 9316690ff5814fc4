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
const unzipper = require('unzipper') as { Open: { file(path: string): Promise<UnzipperDirectory> } };

export async function openZip(path: string): Promise<Map<string, ZipEntry>> {
  const directory = await unzipper.Open.file(path);
  return new Map(directory.files.map((f) => [f.path, f]));
}

import { readFile, stat } from 'node:fs/promises';
import { NotARegularFile } from './xlsx/errors.js';

/** Files up to this size (compressed) are read in one go: a quarterly report is a few kilobytes. */
export const IN_MEMORY = 8 * 1024 * 1024;

let last: { path: string; mtimeMs: number; data: Buffer } | null = null;

/**
 * A small workbook's bytes, read once for the look before opening (zip-probe.ts) and the
 * reading proper (zip.ts): reading 500 quarterly files is mostly waiting on file operations.
 * Null for larger files, which are read part by part. Only regular files are read: a FIFO or a
 * device could block, or never end.
 */
export async function readSmallFile(path: string): Promise<Buffer | null> {
  const s = await stat(path);
  if (!s.isFile()) throw new NotARegularFile(path);
  if (s.size > IN_MEMORY) return null;
  if (last && last.path === path && last.mtimeMs === s.mtimeMs && last.data.length === s.size)
    return last.data;
  const data = await readFile(path);
  last = { path, mtimeMs: s.mtimeMs, data };
  return data;
}

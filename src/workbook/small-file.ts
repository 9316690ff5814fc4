import { readFileSync, statSync } from 'node:fs';
import { NotARegularFile } from './xlsx/errors.js';

/** Files up to this size (compressed) are read in one go: a quarterly report is a few kilobytes. */
export const IN_MEMORY = 8 * 1024 * 1024;

let last: { path: string; mtimeMs: number; data: Buffer } | null = null;

/**
 * A small workbook's bytes, read once for the look before opening (zip-probe.ts) and the
 * reading proper (zip.ts): reading 500 quarterly files is mostly waiting on file operations.
 * Null for larger files, which are read part by part. Only regular files are read: a FIFO or a
 * device could block, or never end.
 *
 * The calls are synchronous on purpose: a stat and a read of a few kilobytes take microseconds,
 * while each await of node:fs/promises is a round trip through libuv's thread pool — on the demo's
 * 98 workbooks, a quarter of a second of the main thread waiting (CPU profile, mostly idle).
 */
export async function readSmallFile(path: string): Promise<Buffer | null> {
  const s = statSync(path);
  if (!s.isFile()) throw new NotARegularFile(path);
  if (s.size > IN_MEMORY) return null;
  if (last && last.path === path && last.mtimeMs === s.mtimeMs && last.data.length === s.size)
    return last.data;
  const data = readFileSync(path);
  last = { path, mtimeMs: s.mtimeMs, data };
  return data;
}

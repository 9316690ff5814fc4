import { readFileSync, statSync } from 'node:fs';
import { NotARegularFile } from './xlsx/errors.js';

/** Files up to this size (compressed) are read in one go: a quarterly report is a few kilobytes. */
export const IN_MEMORY = 8 * 1024 * 1024;

/** Bytes of small files held at once between their uses, at most (the oldest go first beyond it). */
const HELD_LIMIT = 64 * 1024 * 1024;

const held = new Map<string, { mtimeMs: number; data: Buffer }>();
let heldBytes = 0;

/**
 * A small workbook's bytes, read once for every use a run makes of it: its classification (the
 * sheet names, src/core/inputs.ts), the look before opening (zip-probe.ts), the reading proper
 * (zip.ts) and its SHA-256 — each input file is opened once (docs/validate.md, *Inputs*). Null
 * for larger files, which are read part by part. Only regular files are read: a FIFO or a device
 * could block, or never end. The bytes stay until `releaseFile` (or `releaseFiles`) says the run
 * is done with them, or, past 64 MB held, until newer files push them out (then read again).
 *
 * The calls are synchronous on purpose: a stat and a read of a few kilobytes take microseconds,
 * while each await of node:fs/promises is a round trip through libuv's thread pool — on the demo's
 * 98 workbooks, a quarter of a second of the main thread waiting (CPU profile, mostly idle).
 */
export async function readSmallFile(path: string): Promise<Buffer | null> {
  const s = statSync(path);
  if (!s.isFile()) throw new NotARegularFile(path);
  if (s.size > IN_MEMORY) return null;
  const known = held.get(path);
  if (known && known.mtimeMs === s.mtimeMs && known.data.length === s.size) return known.data;
  if (known) releaseFile(path);
  const data = readFileSync(path);
  held.set(path, { mtimeMs: s.mtimeMs, data });
  heldBytes += data.length;
  for (const [oldest, entry] of held) {
    if (heldBytes <= HELD_LIMIT || oldest === path) break;
    held.delete(oldest);
    heldBytes -= entry.data.length;
  }
  return data;
}

/** The run is done with this file's bytes. */
export function releaseFile(path: string): void {
  const known = held.get(path);
  if (!known) return;
  held.delete(path);
  heldBytes -= known.data.length;
}

/** The run is done with every file's bytes. */
export function releaseFiles(): void {
  held.clear();
  heldBytes = 0;
}

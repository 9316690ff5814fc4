import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Writes to a temporary name beside the target, then renames: an interrupted run never leaves a
 * half-written report under the real name.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, content);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Like `writeAtomic`, for content produced in pieces (a large JSON model). */
export async function writeAtomicChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await pipeline(Readable.from(batched(chunks)), createWriteStream(temp));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Small pieces joined into blocks of about 64 KiB: one stream write per block, not per token. */
function* batched(chunks: Iterable<string>): Generator<string> {
  let block = '';
  for (const c of chunks) {
    block += c;
    if (block.length >= 65_536) {
      yield block;
      block = '';
    }
  }
  if (block) yield block;
}

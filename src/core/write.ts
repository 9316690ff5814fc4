import { randomBytes } from 'node:crypto';
import { createWriteStream, rmSync } from 'node:fs';
import { link, lstat, mkdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Every output is written to a temporary name beside its target, then renamed: an interrupted
 * run never leaves a half-written file under the real name.
 *
 * The temporary name is hidden, carries the process id and 48 random bits, and is created with
 * O_EXCL, so two runs (even on two machines sharing a folder) never write into the same one.
 * Temporary files still open are listed, so that a signal handler can remove them before the
 * process exits (`removePendingTemps`).
 */
export interface WriteOptions {
  /**
   * `false`: refuse to replace an existing file (a workbook a person may have filled). The check
   * and the write are one step — the temporary file is hard-linked to the target, which fails if
   * the target exists — so a file that appears meanwhile is not overwritten either.
   */
  overwrite?: boolean;
}

/** A write that failed, with the path the user asked for (not the temporary one) and the system's reason. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    /** `EACCES`, `EROFS`, `ENOSPC`, `ENAMETOOLONG`, `ENOTDIR`, `EISDIR`, `EEXIST`… */
    readonly reason: string,
    cause: unknown,
  ) {
    super(`cannot write ${path}: ${reason}`, { cause });
    this.name = 'WriteError';
  }
}

const pending = new Set<string>();

/** Removes the temporary files of writes still under way; synchronous, for a signal handler. */
export function removePendingTemps(): void {
  for (const temp of pending) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Windows refuses to remove a file still open; nothing else can be done in a signal handler.
    }
  }
  pending.clear();
}

/** `.report.json.1234.9f86d081884c.tmp`, beside the target. */
export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeAtomic(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  await writeThroughTemp(path, options, (temp) => writeFile(temp, content, { flag: 'wx' }));
}

/** Like `writeAtomic`, for content produced in pieces (a large JSON model). */
export async function writeAtomicChunks(
  path: string,
  chunks: Iterable<string>,
  options: WriteOptions = {},
): Promise<void> {
  await writeThroughTemp(path, options, (temp) =>
    pipeline(Readable.from(batched(chunks)), createWriteStream(temp, { flags: 'wx' })),
  );
}

async function writeThroughTemp(
  path: string,
  options: WriteOptions,
  fill: (temp: string) => Promise<void>,
): Promise<void> {
  await makeFolder(dirname(path));
  const temp = tempNameFor(path);
  pending.add(temp);
  try {
    await fill(temp);
    if (options.overwrite === false) await linkNoClobber(temp, path);
    else await rename(temp, path);
  } catch (error) {
    throw asWriteError(path, error);
  } finally {
    pending.delete(temp);
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Creates a folder and its missing parents, one level at a time, and returns the ones it
 * created (outermost first). Node's `mkdir(…, {recursive: true})` retries forever where a
 * parent exists but refuses a new entry without saying why (`/proc/x`: ENOENT at every try,
 * issue 22); one `mkdir` per level fails at once with the system's reason, as a `WriteError`
 * naming the folder asked for.
 */
export async function makeFolder(folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let dir = resolve(folder); ; ) {
    const kind = await stat(dir).then(
      (s) => (s.isDirectory() ? 'dir' : 'other'),
      () => 'missing',
    );
    if (kind === 'dir') break;
    if (kind === 'other') throw new WriteError(folder, 'ENOTDIR', null);
    missing.unshift(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const made: string[] = [];
  for (const dir of missing) {
    try {
      await mkdir(dir);
      made.push(dir);
    } catch (error) {
      // Another run made it meanwhile: fine.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw asWriteError(folder, error);
    }
  }
  return made;
}

/**
 * Checks, before any work, that a folder can be made: makes its missing levels, then removes
 * them (a run stopped by errors leaves no empty folder behind). Throws the `WriteError` the
 * write itself would meet.
 */
export async function probeFolder(folder: string): Promise<void> {
  const made = await makeFolder(folder);
  for (const dir of made.reverse()) await rmdir(dir).catch(() => undefined);
}

/**
 * Puts the temporary file in place only if nothing has that name. Hard links are refused by a
 * few file systems (FAT and exFAT memory sticks, some network shares): there the target is checked
 * just before an ordinary rename, a tiny window a person cannot hit by hand.
 */
async function linkNoClobber(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
  }
  const exists = await lstat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
  await rename(temp, path);
}

function asWriteError(path: string, error: unknown): unknown {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? new WriteError(path, code, error) : error;
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

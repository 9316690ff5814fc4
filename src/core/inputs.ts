import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Source } from '../compute/model.js';
import type { Issue } from '../model/issues.js';

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods']);

export interface InputFile {
  /** Path to open. */
  path: string;
  /** Path shown in messages and reports: relative to the current folder when below it, with `/` separators. */
  display: string;
}

/**
 * Expands the paths given on the command line: files as they are, folders to the workbooks they
 * hold (recursively, Office lock files `~$…` and hidden files skipped). The result is sorted by
 * displayed path and each file appears once, however it was reached (`rapports` and
 * `rapports/kayes.xlsx`, a symbolic link, `./x.xlsx` and `x.xlsx`): the order of the arguments
 * never changes what is read, nor any output.
 */
export async function expandInputs(paths: readonly string[]): Promise<InputFile[]> {
  const byRealPath = new Map<string, InputFile>();
  const add = async (path: string) => {
    const file = { path, display: displayPath(path) };
    const key = await realKey(path);
    const seen = byRealPath.get(key);
    if (!seen || file.display < seen.display) byRealPath.set(key, file);
  };
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      // Reported as file-not-found when opened.
    }
    if (!isDir) await add(p);
    else for (const f of await listWorkbooks(p)) await add(f);
  }
  return [...byRealPath.values()].sort((a, b) =>
    a.display < b.display ? -1 : a.display > b.display ? 1 : 0,
  );
}

/** The real path (symbolic links resolved) when the file exists, else the absolute path. */
export async function realKey(path: string): Promise<string> {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A folder given (or found) among the inputs that could not be listed, with the system's reason. */
export class FolderError extends Error {
  constructor(
    readonly path: string,
    /** `EACCES`, `EMFILE`… */
    readonly reason: string,
    cause: unknown,
  ) {
    super(`cannot list ${path}: ${reason}`, { cause });
    this.name = 'FolderError';
  }
}

async function listWorkbooks(dir: string): Promise<string[]> {
  const found: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new FolderError(dir, error.code ?? 'EIO', error);
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) found.push(...(await listWorkbooks(full)));
    else if (WORKBOOK_EXTENSIONS.has(extname(e.name).toLowerCase())) found.push(full);
  }
  return found;
}

export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  const shown = rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : p;
  return shown.split(sep).join('/');
}

/** Files up to this size are hashed from one synchronous read (a quarterly workbook: a few kB). */
const HASH_AT_ONCE = 8 * 1024 * 1024;

/**
 * The SHA-256 of a file. Small files are read synchronously (file operations awaited one by one
 * cost a thread-pool round trip each: the main thread idles through hundreds of them); larger
 * ones are streamed.
 */
export async function sha256(path: string): Promise<string> {
  // Never opened unless it is a regular file: a FIFO would block, a device never end.
  const s = statSync(path);
  if (!s.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'EINVAL' });
  if (s.size <= HASH_AT_ONCE) return createHash('sha256').update(readFileSync(path)).digest('hex');
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function describeSources(plan: InputFile, data: readonly InputFile[]): Promise<Source[]> {
  const sources: Source[] = [{ path: plan.display, role: 'plan', sha256: await sha256(plan.path) }];
  for (const d of data) sources.push({ path: d.display, role: 'data', sha256: await sha256(d.path) });
  return sources;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

import { createHash } from 'node:crypto';
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { Source } from '../compute/model.js';
import { sheetNames } from '../workbook/sheet-names.js';
import { readSmallFile } from '../workbook/small-file.js';
import { openZip } from '../workbook/zip.js';
import type { NotWorkbook } from '../workbook/zip-probe.js';

/** Extensions read from a folder; the content then decides the format (an .xls may be an .xlsx). */
const READ_EXTENSIONS = new Set(['.xlsx', '.xlsm', '.xls', '.ods', '.csv']);

export interface InputFile {
  /** Path to open. */
  path: string;
  /** Path shown in messages and reports: relative to the current folder when below it, with `/` separators. */
  display: string;
  /** Set for a file found (or named) that is not read, with why: a `skipped-file` notice. */
  skip?: Skip;
  /**
   * The workbook's sheet names once looked at (`sheetNamesOf`; null: not a readable workbook),
   * and its SHA-256 once computed: kept so that no step opens the file again for them.
   */
  sheets?: string[] | null;
  sha256?: string;
}

export interface Skip {
  reason: 'lock-file' | 'system-file' | 'hidden' | 'not-a-workbook' | 'own-output';
  /** What a file that is not a workbook looks like, from its extension. */
  detail?: NotWorkbook;
}

/** Office lock files: Excel's `~$rapport.xlsx`, LibreOffice's `.~lock.rapport.xlsx#`. */
const LOCK_FILE = /^~\$|^\.~lock\..*#$/;
/**
 * Files the system leaves in folders, never reports: macOS's `.DS_Store` and `._rapport.xlsx`
 * (the AppleDouble companions written on USB keys), Windows' `Thumbs.db` and `desktop.ini`.
 */
const SYSTEM_FILE = /^(?:\.ds_store|\._.*|\.localized|thumbs\.db|ehthumbs\.db|desktop\.ini)$/i;

const KIND_BY_EXTENSION: Record<string, NotWorkbook> = {
  '.pdf': 'pdf',
  '.doc': 'doc',
  '.docx': 'docx',
  '.docm': 'docx',
  '.odt': 'odt',
  '.rtf': 'rtf',
  '.txt': 'text',
  '.md': 'text',
  '.tsv': 'text',
  '.htm': 'html',
  '.html': 'html',
  '.xml': 'html',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.gif': 'image',
  '.bmp': 'image',
  '.tif': 'image',
  '.tiff': 'image',
  '.webp': 'image',
  '.heic': 'image',
  '.zip': 'zip',
  '.rar': 'zip',
  '.7z': 'zip',
  '.gz': 'zip',
  '.tar': 'zip',
  '.xlsb': 'xlsb',
  '.ppt': 'ppt',
  '.pptx': 'pptx',
  '.odp': 'odp',
};

/**
 * What becomes of a file found in a folder: read (a workbook or CSV extension), or skipped with
 * its reason. Hidden files other than lock and system files are skipped too, with a notice: a
 * report hidden by mistake is then seen.
 */
function folderEntry(name: string): Skip | null {
  if (LOCK_FILE.test(name)) return { reason: 'lock-file' };
  if (SYSTEM_FILE.test(name)) return { reason: 'system-file' };
  if (name.startsWith('.')) return { reason: 'hidden' };
  const ext = extname(name).toLowerCase();
  if (READ_EXTENSIONS.has(ext)) return null;
  return { reason: 'not-a-workbook', detail: KIND_BY_EXTENSION[ext] ?? 'unknown' };
}

/** A file named on the command line is read whatever its name, but for lock and system files. */
function namedEntry(name: string): Skip | null {
  if (LOCK_FILE.test(name)) return { reason: 'lock-file' };
  if (SYSTEM_FILE.test(name)) return { reason: 'system-file' };
  return null;
}

/**
 * Expands the paths given on the command line: files as they are, folders to the workbooks and
 * CSV files they hold (recursively); what is not read is returned apart, with its reason (see
 * docs/validate.md, *Inputs*): Office lock files, system files, hidden files, files of another
 * kind. Hidden folders (`.git`) and system files in folders are passed over without a word. Each
 * list is sorted by displayed path and each file appears once, however it was reached
 * (`rapports` and `rapports/kayes.xlsx`, a symbolic link, `./x.xlsx` and `x.xlsx`): the order of
 * the arguments never changes what is read, nor any output.
 */
export async function gatherInputs(paths: readonly string[]): Promise<Gathered> {
  const byRealPath = new Map<string, InputFile>();
  const emptyFolders: Gathered['emptyFolders'] = [];
  const add = async (path: string, skip: Skip | null) => {
    const file: InputFile = { path, display: displayPath(path), ...(skip ? { skip } : {}) };
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
    if (!isDir) {
      await add(p, namedEntry(basename(p)));
      continue;
    }
    // A system file in a folder is no input at all; named on the command line, it gets its line.
    const inside = (await listFolder(p)).filter((f) => f.skip?.reason !== 'system-file');
    if (!inside.some((f) => !f.skip))
      emptyFolders.push({ path: p, skipped: inside.map((f) => displayPath(f.path)).sort(byText) });
    for (const f of inside) await add(f.path, f.skip);
  }
  const all = [...byRealPath.values()].sort((a, b) => byText(a.display, b.display));
  return { files: all.filter((f) => !f.skip), skipped: all.filter((f) => f.skip), emptyFolders };
}

/** What `gatherInputs` found: the files to read, those not read, and the folders named that hold nothing to read. */
export interface Gathered {
  files: InputFile[];
  skipped: InputFile[];
  /** Each folder named that holds no file to read, with the files it does hold (shown, sorted). */
  emptyFolders: { path: string; skipped: string[] }[];
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The sheet names of an input workbook, looked at once (src/workbook/sheet-names.ts) and kept on
 * the file: the classification of the inputs and the reading share them.
 */
export async function sheetNamesOf(file: InputFile): Promise<string[] | null> {
  if (file.sheets === undefined) file.sheets = await sheetNames(file.path);
  return file.sheets;
}

/** The files to read among the paths given (`gatherInputs` without what it skips). */
export async function expandInputs(paths: readonly string[]): Promise<InputFile[]> {
  return (await gatherInputs(paths)).files;
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

async function listFolder(dir: string): Promise<{ path: string; skip: Skip | null }[]> {
  const found: { path: string; skip: Skip | null }[] = [];
  const here: { path: string; skip: Skip | null }[] = [];
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new FolderError(dir, error.code ?? 'EIO', error);
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.')) found.push(...(await listFolder(full)));
    } else here.push({ path: full, skip: folderEntry(e.name) });
  }
  await markOwnOutputs(here);
  return [...found, ...here];
}

/**
 * ponam's own report, written by an earlier run into a folder read as data (`--out` inside
 * it): its `report.json` (the `tool` it names) and its Word report (its author) say so; the
 * HTML and PDF beside them are taken as theirs. They get the `own-output` notice of the annex
 * (whose sheets say what it is, load.ts), not « not a workbook ».
 */
async function markOwnOutputs(entries: { path: string; skip: Skip | null }[]): Promise<void> {
  const others = entries.filter((e) => e.skip?.reason === 'not-a-workbook');
  let found = false;
  for (const e of others) {
    if (await isOwnReport(e.path)) {
      e.skip = { reason: 'own-output' };
      found = true;
    }
  }
  if (!found) return;
  for (const e of others) if (/\.(html?|pdf)$/i.test(e.path)) e.skip = { reason: 'own-output' };
}

const OWN_JSON = /"tool":\s*\{\s*"name":\s*"ponam"/;

async function isOwnReport(path: string): Promise<boolean> {
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.json') {
      const handle = await open(path, 'r');
      try {
        const head = Buffer.alloc(512);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        return OWN_JSON.test(head.toString('utf8', 0, bytesRead));
      } finally {
        await handle.close();
      }
    }
    if (ext === '.docx') {
      const core = (await openZip(path)).find('docProps/core.xml');
      return core !== undefined && (await core.buffer()).includes('<dc:creator>ponam</dc:creator>');
    }
  } catch {
    // Not readable: not ponam's.
  }
  return false;
}

export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  const shown = rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : p;
  return shown.split(sep).join('/');
}

/**
 * The SHA-256 of a file. Small files are read synchronously, once for the whole run (file operations awaited one by one
 * cost a thread-pool round trip each: the main thread idles through hundreds of them); larger
 * ones are streamed.
 */
export async function sha256(path: string): Promise<string> {
  // Never opened unless it is a regular file: a FIFO would block, a device never end.
  const s = statSync(path);
  if (!s.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'EINVAL' });
  // A small workbook's bytes are those its reading used: not read again (small-file.ts).
  const small = await readSmallFile(path);
  if (small) return createHash('sha256').update(small).digest('hex');
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The SHA-256 of an input, computed once and kept on it. */
export async function hashOf(file: InputFile): Promise<string> {
  file.sha256 ??= await sha256(file.path);
  return file.sha256;
}

export async function describeSources(plan: InputFile, data: readonly InputFile[]): Promise<Source[]> {
  const sources: Source[] = [{ path: plan.display, role: 'plan', sha256: await hashOf(plan) }];
  for (const d of data) sources.push({ path: d.display, role: 'data', sha256: await hashOf(d) });
  return sources;
}

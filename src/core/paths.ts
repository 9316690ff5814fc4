import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UsageError } from '../model/errors.js';
import { displayPath, gatherInputs, type InputFile, realKey } from './inputs.js';
import { WriteError } from './write.js';

/**
 * Checks made on the paths of a command line before any work: each refusal is a `UsageError`
 * naming the path (worded with what to do by src/cli/problems.ts; exit 2), never a stack or a
 * half-done run.
 */

async function kindOf(path: string): Promise<'missing' | 'file' | 'dir' | 'other'> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * `--plan` names one workbook. A folder is refused (never "the first workbook in it"), and so
 * is anything that is not a regular file (a FIFO, a device), without opening it. A missing file
 * is left to the reader, which reports `file-not-found` like any unreadable input.
 */
export async function planFile(path: string): Promise<InputFile> {
  const kind = await kindOf(path);
  const shown = displayPath(path);
  if (kind === 'dir') throw new UsageError({ code: 'plan-is-folder', path: shown });
  if (kind === 'other') throw new UsageError({ code: 'plan-not-file', path: shown });
  return { path, display: shown };
}

/** Reporting workbooks and folders; a folder that holds no workbook is a mistake worth a sentence. */
export async function dataFiles(paths: readonly string[]): Promise<InputFile[]> {
  return (await dataInputs(paths)).files;
}

/**
 * `dataFiles` with what the folders hold and is not read (lock files, files of another kind…),
 * each with its reason: the caller turns them into `skipped-file` notices. A folder holding no
 * file to read is refused, naming the files it does hold. The paths are expanded once.
 */
export async function dataInputs(
  paths: readonly string[],
): Promise<{ files: InputFile[]; skipped: InputFile[] }> {
  // An empty path is a shell variable left unset (`--data "$DIR"`), not a file to report as missing.
  if (paths.some((p) => p.trim() === '')) throw new UsageError({ code: 'empty-path' });
  const { files, skipped, emptyFolders } = await gatherInputs(paths);
  const empty = emptyFolders[0];
  if (empty)
    throw new UsageError({
      code: 'folder-without-workbook',
      path: displayPath(empty.path),
      files: empty.skipped,
    });
  return { files, skipped };
}

/**
 * The output folder of `report`: not a file, not a folder holding any input (compared by real
 * path, at any depth, so `--out rapports` beside `--data rapports/kayes.xlsx` is refused), not
 * inside a data folder (searched recursively, its annex would be read as a report next time),
 * and writable — checked before the inputs are read, so a mistake costs nothing. An input inside
 * it that `isOwnOutput` recognises (ponam's annex, written there by an earlier run) is no input:
 * the reading skips it, and the run may replace it; only those inputs are looked into.
 */
export async function outputFolder(
  out: string,
  inputs: readonly InputFile[],
  isOwnOutput: (file: InputFile) => Promise<boolean> = async () => false,
): Promise<void> {
  const shown = displayPath(out);
  const kind = await kindOf(out);
  if (kind === 'file' || kind === 'other') throw new UsageError({ code: 'out-is-file', path: shown });
  const realOut = await realFolder(out);
  for (const input of inputs) {
    if (within(await realKey(input.path), realOut) && !(await isOwnOutput(input)))
      throw new UsageError({ code: 'out-holds-input', out: shown, input: displayPath(input.path) });
  }
  await writable(out);
}

/** `path` is `folder` or below it. */
function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * `template`'s target files: none may be a folder or one of the inputs (even with `--force`);
 * unless `--force`, none may exist — all are checked before any is written, so a refusal never
 * leaves some written and others not.
 */
export async function targetFiles(
  paths: readonly string[],
  inputs: readonly string[],
  force: boolean,
): Promise<void> {
  const existing: string[] = [];
  const read = new Set(await Promise.all(inputs.map(realKey)));
  for (const path of paths) {
    const kind = await kindOf(path);
    const shown = displayPath(path);
    if (read.has(await realKey(path))) throw new UsageError({ code: 'target-is-input', path: shown });
    if (kind === 'dir')
      throw new UsageError({
        code: 'target-is-folder',
        path: shown,
        example: `${shown}/${basename(path) || 'plan'}.xlsx`,
      });
    if (kind === 'other') throw new UsageError({ code: 'target-not-file', path: shown });
    if (kind === 'file' && !force) existing.push(shown);
  }
  if (existing.length > 0) throw new UsageError({ code: 'targets-exist', paths: existing });
  for (const folder of new Set(paths.map((p) => dirname(p)))) await writable(folder);
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor's, plus the rest. */
async function realFolder(path: string): Promise<string> {
  const absolute = resolve(path);
  const rest: string[] = [];
  let dir = absolute;
  for (;;) {
    if ((await kindOf(dir)) !== 'missing') return join(await realKey(dir), ...rest);
    const parent = dirname(dir);
    if (parent === dir) return absolute;
    rest.unshift(basename(dir));
    dir = parent;
  }
}

/**
 * A folder (existing or to be created) ponam may write in: its nearest existing ancestor must be
 * a writable folder. The write itself may still fail (a full disk): that failure is worded too.
 */
async function writable(folder: string): Promise<void> {
  let dir = resolve(folder);
  for (;;) {
    const kind = await kindOf(dir);
    if (kind === 'dir') break;
    if (kind !== 'missing') throw new WriteError(folder, 'ENOTDIR', null);
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
  try {
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new WriteError(folder, (error as NodeJS.ErrnoException).code ?? 'EACCES', error);
  }
}

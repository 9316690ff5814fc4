import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { escapeText } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { displayPath, gatherInputs, type InputFile, realKey } from './inputs.js';
import { WriteError } from './write.js';

/**
 * Checks made on the paths of a command line before any work: each refusal is a sentence naming
 * the path and what to do (exit 2), never a stack or a half-done run.
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
export async function planFile(path: string, lang: Lang): Promise<InputFile> {
  const t = catalogue(lang).cli.errors;
  const kind = await kindOf(path);
  const shown = escapeText(displayPath(path));
  if (kind === 'dir')
    throw new PonamError('usage', t.planIsFolder(shown), t.planIsFolderHint(`${shown}/plan.xlsx`));
  if (kind === 'other') throw new PonamError('usage', t.planNotFile(shown));
  return { path, display: displayPath(path) };
}

/** Reporting workbooks and folders; a folder that holds no workbook is a mistake worth a sentence. */
export async function dataFiles(paths: readonly string[], lang: Lang): Promise<InputFile[]> {
  return (await dataInputs(paths, lang)).files;
}

/**
 * `dataFiles` with what the folders hold and is not read (lock files, files of another kind…),
 * each with its reason: the caller turns them into `skipped-file` notices. A folder holding no
 * file to read is refused, naming the files it does hold.
 */
export async function dataInputs(
  paths: readonly string[],
  lang: Lang,
): Promise<{ files: InputFile[]; skipped: InputFile[] }> {
  const t = catalogue(lang).cli.errors;
  // An empty path is a shell variable left unset (`--data "$DIR"`), not a file to report as missing.
  if (paths.some((p) => p.trim() === '')) throw new PonamError('usage', t.emptyPath, t.emptyPathHint);
  for (const p of paths) {
    if ((await kindOf(p)) !== 'dir') continue;
    const inside = await gatherInputs([p]);
    if (inside.files.length > 0) continue;
    const names = inside.skipped.map((f) => escapeText(f.display));
    const listed = names.length > 5 ? `${names.slice(0, 5).join(', ')}, …` : names.join(', ');
    throw new PonamError(
      'usage',
      t.folderWithoutWorkbook(escapeText(displayPath(p)), listed),
      t.folderWithoutWorkbookHint,
    );
  }
  return gatherInputs(paths);
}

/**
 * The output folder of `report`: not a file, not a folder holding any input (compared by real
 * path, at any depth, so `--out rapports` beside `--data rapports/kayes.xlsx` is refused), not
 * inside a data folder (searched recursively, its annex would be read as a report next time),
 * and writable — checked before the inputs are read, so a mistake costs nothing.
 */
export async function outputFolder(out: string, inputs: readonly string[], lang: Lang): Promise<void> {
  const t = catalogue(lang).cli.errors;
  const shown = escapeText(displayPath(out));
  const kind = await kindOf(out);
  if (kind === 'file' || kind === 'other') throw new PonamError('usage', t.outIsFile(shown), t.outIsFileHint);
  const realOut = await realFolder(out);
  for (const input of inputs) {
    if (within(await realKey(input), realOut))
      throw new PonamError(
        'usage',
        t.outHoldsInput(shown, escapeText(displayPath(input))),
        t.outHoldsInputHint,
      );
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
  lang: Lang,
): Promise<void> {
  const t = catalogue(lang).cli.errors;
  const existing: string[] = [];
  const read = new Set(await Promise.all(inputs.map(realKey)));
  for (const path of paths) {
    const kind = await kindOf(path);
    const shown = escapeText(displayPath(path));
    if (read.has(await realKey(path))) throw new PonamError('usage', t.outIsInput(shown), t.outIsInputHint);
    if (kind === 'dir')
      throw new PonamError(
        'usage',
        t.outIsFolder(shown),
        t.outIsFolderHint(`${shown}/${basename(path) || 'plan'}.xlsx`),
      );
    if (kind === 'other') throw new PonamError('usage', t.write.EEXIST(shown, 'EEXIST'), t.existsHint);
    if (kind === 'file' && !force) existing.push(shown);
  }
  if (existing.length === 1) throw new PonamError('usage', t.exists(existing[0]), t.existsHint);
  if (existing.length > 1) {
    const list = existing.length > 5 ? `${existing.slice(0, 5).join(', ')}, …` : existing.join(', ');
    throw new PonamError('usage', t.existMany(existing.length, list), t.existManyHint);
  }
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

import { isAbsolute, relative, sep } from 'node:path';

/**
 * File paths as the report shows them. The JSON keeps whatever the model holds; a reader of the
 * HTML, the PDF or the xlsx annex never sees this machine's absolute paths:
 * - a file under the folder the command ran in: its path relative to that folder;
 * - a file outside it (the demo run from another folder, data on another drive): its path from
 *   the deepest folder that holds every such source, that folder's name included
 *   (`ponam-2020-2024/data/OIM-2022-T4.xlsx`); any other file outside it by its folder's name and
 *   its own (`2022-T3/report.json`).
 * In the body of the report, paths are shortened further by the folder that holds every source,
 * named once in the sources section.
 */
export interface ShownPaths {
  /** A path as the report shows it, relative to where ponam ran or to the outside sources' folder. */
  shown(path: string): string;
  /** A path as the body shows it: `shown`, without the folder common to every source. */
  inBody(path: string): string;
  /** A message with every known absolute path in it replaced by its shown form. */
  text(message: string): string;
  /** The folder (shown, with its trailing `/`) holding every source; '' when none is shared. */
  folder: string;
}

/**
 * @param sources the model's source files: those outside `cwd` are shown from their common
 *   folder; any other absolute path outside `cwd` by its folder's name and its own
 * @param others other paths the model holds (the published report compared with), replaced in
 *   messages too
 */
export function shownPaths(
  sources: readonly string[],
  cwd: string,
  others: readonly string[] = [],
): ShownPaths {
  const outside = [...new Set(sources.filter((p) => absolute(p) && !under(p, cwd)).map(slashes))];
  // The folder above the sources' common one: what is cut off their paths.
  const base = parentOf(
    outside.length > 1 ? commonFolder(outside) : outside.length === 1 ? folderOf(outside[0]) : '',
  );
  const shown = (path: string): string => {
    if (!absolute(path)) return slashes(path);
    if (under(path, cwd)) return slashes(relative(cwd, path));
    const p = slashes(path);
    return base && p.startsWith(base) ? p.slice(base.length) : p.slice(parentOf(folderOf(p)).length);
  };
  const listed = sources.map(shown);
  const folder = listed.length > 1 ? commonFolder(listed) : '';
  // Longest first, so that a path is never replaced by way of a shorter one it starts with.
  const replacements = [...new Set([...sources, ...others].filter(absolute))]
    .sort((a, b) => b.length - a.length)
    .map((p) => [p, shown(p)] as const);
  return {
    shown,
    inBody: (path) => within(shown(path), folder),
    text: (message) => replacements.reduce((m, [from, to]) => m.split(from).join(to), message),
    folder,
  };
}

function absolute(path: string): boolean {
  return isAbsolute(path) || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

function under(path: string, cwd: string): boolean {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function slashes(path: string): string {
  return path.split(sep).join('/').split('\\').join('/');
}

function folderOf(path: string): string {
  const n = path.lastIndexOf('/');
  return n < 0 ? '' : path.slice(0, n + 1);
}

/** `/a/b/` → `/a/`; a drive's or the root's own folder has no parent to cut. */
function parentOf(folder: string): string {
  const n = folder.lastIndexOf('/', folder.length - 2);
  return n < 0 ? '' : folder.slice(0, n + 1);
}

/** The deepest folder (with its trailing `/`) that holds every path; '' when none is shared. */
export function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  const folders = paths.map((p) => p.split('/').slice(0, -1));
  const first = folders[0];
  let n = 0;
  while (n < first.length && folders.every((f) => f[n] === first[n])) n++;
  return n === 0 ? '' : `${first.slice(0, n).join('/')}/`;
}

/** A path with the common folder taken off the front. */
export function within(path: string, folder: string): string {
  return folder && path.startsWith(folder) ? path.slice(folder.length) : path;
}

/** The first 12 hex digits of a SHA-256: enough to tell files apart, short enough for a table. */
export function shortHash(sha256: string): string {
  return sha256.slice(0, 12);
}

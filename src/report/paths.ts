import { isAbsolute, relative, sep } from 'node:path';

/**
 * File paths as the report shows them. The JSON keeps whatever the model holds; a reader of the
 * HTML or PDF sees paths relative to the folder the command ran in (never this machine's
 * absolute path for a file under it), and in the body of the report, relative to the folder
 * that holds every source, named once.
 */
export function shownPath(path: string, cwd: string): string {
  if (!isAbsolute(path) && !/^[A-Za-z]:[\\/]/.test(path)) return path.split('\\').join('/');
  const rel = relative(cwd, path);
  const under = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  return (under ? rel : path).split(sep).join('/');
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

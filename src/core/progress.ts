/**
 * How far reading has gone, for the progress bar of long runs (src/cli/progress-bar.ts). The
 * reader reports the characters of worksheet XML it has parsed; `loadInputs` says which file it
 * is on. Nothing listens unless a command on a terminal asks for it.
 */
export interface ProgressListener {
  file(index: number, count: number, name: string): void;
  /** Characters of the current worksheet parsed so far, out of its uncompressed size. */
  sheet(read: number, size: number): void;
}

let listener: ProgressListener | null = null;

export function listenToProgress(l: ProgressListener | null): void {
  listener = l;
}

export function progressFile(index: number, count: number, name: string): void {
  listener?.file(index, count, name);
}

export function progressSheet(read: number, size: number): void {
  listener?.sheet(read, size);
}

/**
 * A1 notation: where a value was read is part of the value itself (traceability), so the
 * spelling of cell references lives with the model, below the readers that produce them.
 */
const LETTERS: string[] = [];
export function columnLetters(col: number): string {
  let cached = LETTERS[col];
  if (cached === undefined) {
    cached = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
      cached = String.fromCharCode(65 + ((n - 1) % 26)) + cached;
    LETTERS[col] = cached;
  }
  return cached;
}

export function address(col: number, row: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A1 references in reading order: by row, then by column (`B2` < `AA2` < `A3`). */
export function compareCellRefs(a: string, b: string): number {
  const row = (c: string) => Number(/\d+$/.exec(c)?.[0] ?? 0);
  return row(a) - row(b) || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Places in reading order: by file, sheet, then cell; the order no input order can change. */
export function comparePlaces(
  a: { file: string; sheet: string; cell: string },
  b: { file: string; sheet: string; cell: string },
): number {
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return text(a.file, b.file) || text(a.sheet, b.sheet) || compareCellRefs(a.cell, b.cell);
}

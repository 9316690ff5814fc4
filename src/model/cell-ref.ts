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

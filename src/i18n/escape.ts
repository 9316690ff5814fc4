/**
 * Text from a workbook, a file name, a command line or the environment is data: printed, it must
 * never move the cursor, clear the screen, retitle a window, reorder a line (bidi overrides) or
 * become a CI command. `escapeText` is the one function every human-readable output goes through
 * (text, github, junit, the message strings of the JSON, errors, the progress bar):
 *
 * - newline, carriage return and tab are shown as `\n`, `\r`, `\t`;
 * - other C0 controls, DEL and C1 controls as `\xHH` (ESC is `\x1b`);
 * - bidi controls, line and paragraph separators, lone surrogates as `\uHHHH`;
 * - `##[` and `##vso[` (GitHub's legacy and Azure's logging commands, parsed anywhere in a line)
 *   as `#\x23[` and `#\x23vso[`.
 *
 * Backslashes are left alone (Windows paths stay readable), so the escaping is for reading, not
 * a reversible encoding. A line of output that would begin with `::` is guarded separately
 * (`guardLine`): that depends on where the text lands, not on the text.
 */
const UNSAFE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters escaped
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeText(text: string): string {
  return text
    .replace(UNSAFE, (ch) => {
      const code = ch.charCodeAt(0);
      return (
        NAMED[ch] ??
        (code <= 0xff
          ? `\\x${code.toString(16).padStart(2, '0')}`
          : `\\u${code.toString(16).padStart(4, '0')}`)
      );
    })
    .replace(/##(?=(?:vso)?\[)/g, '#\\x23');
}

/** Longest value quoted in a message, in characters, before it is cut with `…`. */
export const MAX_QUOTED = 80;

/**
 * A value quoted in a message: escaped, then cut to `max` characters (counted on the escaped
 * text, never inside a surrogate pair or an escape sequence) with `…`.
 */
export function quoteValue(text: string, max = MAX_QUOTED): string {
  // Escaping only lengthens: the first `max` pieces come from the first 2 × max code units.
  const escaped = escapeText(text.length > 2 * max + 2 ? text.slice(0, 2 * max + 2) : text);
  if (escaped.length <= max && text.length <= 2 * max + 2) return escaped;
  let out = '';
  for (const piece of pieces(escaped)) {
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return `${out}…`;
}

/** Code points, with each escape sequence written by `escapeText` kept whole. */
function* pieces(escaped: string): Generator<string> {
  const re = /\\x[0-9a-f]{2}|\\u[0-9a-f]{4}|\\[nrt]|[\s\S]/gu;
  for (const m of escaped.matchAll(re)) yield m[0];
}

/**
 * A line that would start (after blanks, which CI runners trim) with `::` is a workflow command
 * to GitHub Actions: its first colon is shown as `\x3a`. Applied to every line ponam prints,
 * except its own annotations.
 */
export function guardLine(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1\\x3a');
}

/** `guardLine` on each line of a block of text. */
export function guardLines(text: string): string {
  return text.includes('::') ? text.split('\n').map(guardLine).join('\n') : text;
}

/**
 * Serialised JSON made safe to print on a terminal or in a CI log: JSON.stringify leaves DEL,
 * C1 controls and bidi controls raw, and `##[` (a command to CI runners anywhere in a line);
 * written as `\uHHHH` they mean the same to a JSON parser. Only strings can hold them.
 */
export function terminalSafeJson(json: string): string {
  return json
    .replace(
      /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
    )
    .replace(/##(?=(?:vso)?\[)/g, '#\\u0023');
}

/** Raw text cut to `max` code points with `…`, for fields meant for programs (the JSON `value`). */
export function cutText(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, 2 * max + 2));
  return points.length <= max && text.length <= 2 * max + 2 ? text : `${points.slice(0, max - 1).join('')}…`;
}

/**
 * Text of SpreadsheetML parts as an XML parser would hand it over: line ends normalised, the five
 * predefined entities and character references decoded (a DOCTYPE is refused elsewhere, so no
 * other entity can exist), then the `_xHHHH_` escapes Excel writes for characters XML cannot hold
 * (ECMA-376 Part 1, §22.4.2.4 ST_Xstring; `_x005F_` is a literal underscore).
 */

/** XML that is malformed or refused; the caller names the part it came from. */
export class BadXml extends Error {}

/** UTF-8 bytes `[start, end)` of character data, decoded. `escapes`: also decode `_xHHHH_`. */
export function decodeText(buf: Buffer, start: number, end: number, escapes: boolean): string {
  let s = buf.toString('utf8', start, end);
  if (s.includes('\r')) s = s.replace(CRLF, '\n');
  if (s.includes('&')) s = decodeReferences(s);
  if (FORBIDDEN.test(s)) throw new BadXml('a control character that XML does not allow');
  return escapes && s.includes('_x') ? decodeEscapes(s) : s;
}

/** An attribute value: as text, with white space characters turned into spaces (XML §3.3.3). */
export function decodeAttribute(buf: Buffer, start: number, end: number): string {
  let s = buf.toString('utf8', start, end);
  if (s.includes('\r')) s = s.replace(CRLF, '\n');
  if (s.includes('\n') || s.includes('\t')) s = s.replace(/[\n\t]/g, ' ');
  if (s.includes('&')) s = decodeReferences(s);
  if (FORBIDDEN.test(s)) throw new BadXml('a control character that XML does not allow');
  return s;
}

/** `_x0041_` → `A`; `_x005F_x0041_` → `_x0041_` (one pass from the left does exactly that). */
export function decodeEscapes(s: string): string {
  return s.replace(ESCAPE, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const CRLF = /\r\n?/g;
const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
// Raw C0 controls other than tab, line feed and carriage return are not XML characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeReferences(s: string): string {
  let out = '';
  let from = 0;
  for (let amp = s.indexOf('&'); amp >= 0; amp = s.indexOf('&', from)) {
    const semi = s.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) throw new BadXml('a bare "&" (not an entity)');
    const name = s.slice(amp + 1, semi);
    out += s.slice(from, amp) + reference(name);
    from = semi + 1;
  }
  return out + s.slice(from);
}

function reference(name: string): string {
  const named = NAMED[name];
  if (named !== undefined) return named;
  let code = Number.NaN;
  if (/^#[0-9]{1,7}$/.test(name)) code = Number(name.slice(1));
  else if (/^#x[0-9A-Fa-f]{1,6}$/.test(name)) code = Number.parseInt(name.slice(2), 16);
  else throw new BadXml(`the entity &${name}; is not defined`);
  if (!isXmlChar(code)) throw new BadXml(`&${name}; is not a character XML allows`);
  return String.fromCodePoint(code);
}

/** XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

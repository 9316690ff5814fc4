/**
 * File names made from entity names, safe on Windows, macOS and Linux: accents stripped, path
 * separators and the characters Windows forbids (`/ \ : * ? " < > |`) replaced, spaces turned to
 * hyphens, trailing dots and spaces removed, and reserved device names (CON, NUL, COM1, COM¹…) prefixed.
 *
 * Length is counted in UTF-8 bytes, as file systems count it (255 bytes for a name on ext4 and
 * APFS): 120 characters of Arabic or Chinese are 240 to 360 bytes. A stem keeps at most 150
 * bytes (and 100 characters), so that with the period, the extension, a collision number and the
 * temporary name ponam writes first (`.NAME.PID.RANDOM.tmp`, src/core/write.ts) every name
 * stays under 255 bytes. All names are made before any workbook is written.
 */
/**
 * Windows' device names: CON, PRN, AUX, NUL, and COM and LPT followed by a digit — 0 to 9 and
 * the superscripts ¹ ² ³ too (`COM¹` names a device as `COM1` does).
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const MAX_STEM_CHARS = 100;
export const MAX_STEM_BYTES = 150;

const encoder = new TextEncoder();

export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

/** The longest start of `text` within both limits, cut between code points. */
function cut(text: string): string {
  let out = '';
  let bytes = 0;
  let chars = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (bytes + size > MAX_STEM_BYTES || chars + 1 > MAX_STEM_CHARS) break;
    out += ch;
    bytes += size;
    chars++;
  }
  return out;
}

export function safeFileStem(name: string, fallback = 'entity'): string {
  let stem = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-. ]+$/g, '');
  const short = cut(stem);
  if (short !== stem) stem = short.replace(/[-.]+$/g, '');
  if (!stem) stem = fallback;
  if (RESERVED.test(stem.split('.')[0])) stem = `_${stem}`;
  return stem;
}

/**
 * Gives each entity its own file name, numbering the ones that collide once made safe (the
 * number is added after the stem is cut, so it always makes the name differ).
 */
export function uniqueFileNames(
  entities: readonly string[],
  period: string,
  fallback?: string,
): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  const periodStem = safeFileStem(period, 'period');
  for (const entity of entities) {
    const stem = safeFileStem(entity, fallback);
    let name = `${stem}-${periodStem}.xlsx`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}-${periodStem}.xlsx`;
    used.add(name.toLowerCase());
    names.set(entity, name);
  }
  return names;
}

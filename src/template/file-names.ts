/**
 * File names made from entity names, safe on Windows, macOS and Linux: accents stripped, path
 * separators and the characters Windows forbids (`/ \ : * ? " < > |`) replaced, spaces turned to
 * hyphens, trailing dots and spaces removed, and reserved device names (CON, NUL, COM1…) prefixed.
 */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_STEM = 100;

export function safeFileStem(name: string, fallback = 'entity'): string {
  let stem = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-. ]+$/g, '');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/[-.]+$/g, '');
  if (!stem) stem = fallback;
  if (RESERVED.test(stem.split('.')[0])) stem = `_${stem}`;
  return stem;
}

/** `GIZ / Expertise France` at `2023-T1` → `GIZ-Expertise-France-2023-T1.xlsx`. */
export function reportFileName(entity: string, period: string, fallback?: string): string {
  return `${safeFileStem(entity, fallback)}-${safeFileStem(period, 'period')}.xlsx`;
}

/** Gives each entity its own file name, numbering the ones that collide once made safe. */
export function uniqueFileNames(
  entities: readonly string[],
  period: string,
  fallback?: string,
): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const entity of entities) {
    let name = reportFileName(entity, period, fallback);
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = reportFileName(`${entity}-${n}`, period, fallback);
    used.add(name.toLowerCase());
    names.set(entity, name);
  }
  return names;
}

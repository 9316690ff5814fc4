/**
 * Sheet and header matching: case- and accent-insensitive, trimmed, with a trailing note in
 * parentheses ignored (`Budget prévu (FCFA)` matches `budget prevu`).
 */
export function normaliseName(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)\s*$/, '')
    .replace(/[’'`´]/g, ' ')
    .replace(/[_\-.:/*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Maps each accepted spelling (normalised) to a canonical key. */
export function aliasTable<K extends string>(aliases: Record<K, readonly string[]>): Map<string, K> {
  const table = new Map<string, K>();
  for (const [key, names] of Object.entries(aliases) as [K, readonly string[]][]) {
    for (const name of names) table.set(normaliseName(name), key);
  }
  return table;
}

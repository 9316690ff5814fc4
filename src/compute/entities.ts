/**
 * Entity names as partners type them ("DR Kayes", "dr  kayes", "DR Kayès") name one entity: the
 * key compares names case-, accent- and space-insensitively. The one rule for every comparison
 * of entity names (plan responsibles, reported values, completeness, templates).
 */
const MAX_KEYS = 10_000;
const keys = new Map<string, string>();

export function entityKey(name: string): string {
  // A few dozen names come back on every value: each is normalised once.
  let key = keys.get(name);
  if (key === undefined) {
    key = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}

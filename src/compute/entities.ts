/**
 * Entity names as partners type them ("DR Kayes", "dr  kayes", "DR Kayès") name one entity: the
 * key compares names case-, accent- and space-insensitively. The one rule for every comparison
 * of entity names (plan responsibles, reported values, completeness, templates).
 */
export function entityKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

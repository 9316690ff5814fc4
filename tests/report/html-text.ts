/**
 * The report's HTML read as a reader reads it: each table's rows as the text of their cells, and
 * the text of an element. A small tokenizer over ponam's own markup (no script, no comment, well
 * nested), enough for tests that check what the report says, not how it is laid out.
 */
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&#x3D;': '=',
  '&#x60;': '`',
  '&nbsp;': ' ',
};

/** Text as a reader sees it: entities decoded, no-break spaces plain, runs of spaces one. */
export function plain(fragment: string): string {
  return (
    fragment
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[#\w]+;/g, (e) => ENTITIES[e] ?? e)
      .replace(/[\u00a0\u202f]/g, ' ')
      // A non-breaking hyphen (`2020‑2022` in a narrow column) reads as a hyphen.
      .replace(/\u2011/g, '-')
      .replace(/\s+/g, ' ')
      .replace(/ ([,.)])/g, '$1')
      .trim()
  );
}

interface Building {
  id: string;
  rows: string[][];
  row: string[] | null;
  cell: string | null;
}

/** Every table of the page by id: its rows (header, groups, body, foot) as cell texts; nested tables apart. */
export function tables(html: string): Map<string, string[][]> {
  const found = new Map<string, string[][]>();
  const open: Building[] = [];
  const parts = html.split(/(<[^>]+>)/);
  for (const part of parts) {
    const top = open[open.length - 1];
    if (!part.startsWith('<')) {
      if (top?.cell !== null && top?.cell !== undefined) top.cell += part;
      for (const t of open.slice(0, -1)) if (t.cell !== null) t.cell += part;
      continue;
    }
    const tag = /^<\/?([a-z0-9]+)/i.exec(part)?.[1]?.toLowerCase() ?? '';
    const closing = part.startsWith('</');
    if (tag === 'table' && !closing) {
      open.push({ id: /\sid="([^"]*)"/.exec(part)?.[1] ?? '', rows: [], row: null, cell: null });
    } else if (tag === 'table' && closing) {
      const done = open.pop();
      if (done) found.set(done.id, done.rows);
    } else if (!top) {
      // outside any table
    } else if (tag === 'tr' && !closing) {
      top.row = [];
      top.rows.push(top.row);
    } else if ((tag === 'td' || tag === 'th') && !closing) {
      top.cell = '';
    } else if ((tag === 'td' || tag === 'th') && closing) {
      top.row?.push(plain(top.cell ?? ''));
      top.cell = null;
    } else if (top.cell !== null) {
      top.cell += part;
    }
  }
  return found;
}

/** The rows of one table; throws when the page has no table of that id. */
export function tableRows(html: string, id: string): string[][] {
  const rows = tables(html).get(id);
  if (!rows) throw new Error(`no table #${id} in the report`);
  return rows;
}

/** The text of the element with this id (its whole subtree). */
export function textById(html: string, id: string): string {
  const start = html.search(new RegExp(`<([a-z0-9]+)[^>]*\\sid="${id}"`));
  if (start < 0) throw new Error(`no element #${id} in the report`);
  const tag = /^<([a-z0-9]+)/.exec(html.slice(start))?.[1] as string;
  let depth = 0;
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return plain(html.slice(start, m.index));
  }
  return plain(html.slice(start));
}

/** The text of each list item of the page whose text contains `needle`. */
export function itemsWith(html: string, needle: string): string[] {
  return [...html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)]
    .map((m) => plain(m[1]))
    .filter((t) => t.includes(needle));
}

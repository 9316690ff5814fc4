import { strFromU8, unzipSync } from 'fflate';

/**
 * A .docx read back as a reader of the file sees it: its parts, the paragraphs of its body with
 * their style, and its tables as rows of cell texts. Read from the XML Word reads, never from
 * what a renderer meant to write.
 */
export function parts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => /\.(xml|rels)$/.test(path))
      .map(([path, data]) => [path, strFromU8(data)]),
  );
}

/** The paths of the package's entries, media included. */
export function entries(docx: Uint8Array): string[] {
  return Object.keys(unzipSync(docx));
}

export type Block =
  | { kind: 'paragraph'; style: string | null; text: string }
  | { kind: 'table'; caption: string | null; rows: string[][] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_m, e: string) => ENTITIES[e]);
}

/** The text of a paragraph's runs (`w:t`), tabs as tabs. */
export function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
    .map((m) => (m[0] === '<w:tab/>' ? '\t' : decode(m[1])))
    .join('');
}

/** The body's paragraphs and tables in reading order; a table's caption is the Caption paragraph just before it. */
export function blocks(documentXml: string): Block[] {
  const body = documentXml.slice(documentXml.indexOf('<w:body>'), documentXml.lastIndexOf('</w:body>'));
  const out: Block[] = [];
  for (const m of body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)) {
    const xml = m[0];
    if (xml.startsWith('<w:tbl>')) {
      const before = out.at(-1);
      const caption = before?.kind === 'paragraph' && before.style === 'Caption' ? before.text : null;
      out.push({ kind: 'table', caption, rows: rows(xml) });
    } else {
      const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null;
      out.push({ kind: 'paragraph', style, text: paragraphText(xml) });
    }
  }
  return out;
}

/** A table's rows, each cell's paragraphs joined by a space. */
function rows(tableXml: string): string[][] {
  return [...tableXml.matchAll(/<w:tr(?: [^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((tr) =>
    [...tr[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((tc) =>
      [...tc[1].matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join(' '),
    ),
  );
}

export function tables(documentXml: string): Extract<Block, { kind: 'table' }>[] {
  return blocks(documentXml).filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
}

export function headings(documentXml: string, level: 1 | 2 | 3): string[] {
  return blocks(documentXml).flatMap((b) =>
    b.kind === 'paragraph' && b.style === `Heading${level}` ? [b.text] : [],
  );
}

/** Text as a reader compares it: no-break spaces as spaces, runs of spaces as one. */
export function norm(s: string): string {
  return s
    .replace(/[\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

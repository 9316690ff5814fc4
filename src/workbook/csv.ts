import { isUtf8 } from 'node:buffer';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { DEFAULT_VOCABULARY, type Vocabulary } from './aliases.js';
import type { Cell } from './cells.js';
import { aliasTable, normaliseName } from './names.js';
import { periodColumn } from './period-columns.js';
import type { RowSink, SheetInfo, SheetProgress } from './read.js';
import { TooManyRows } from './read.js';
import { CsvMalformed, CsvNotValues } from './read-errors.js';
import { readSmallFile } from './small-file.js';
import { DISAGGREGATIONS, SHEETS } from './vocabulary.js';

/**
 * A CSV values file, read as a workbook holding one sheet, `Valeurs`, and no `Rapport`: entity
 * and period come from its columns. Each record is a row of that sheet (row 1 is the first line,
 * as Excel shows the file; a `sep=;` first line, which Excel hides, is not counted), each field
 * a cell at its column, so a value's place is `Kayes.csv › Valeurs › C14` as in a workbook.
 *
 * - Encoding: a byte-order mark says it (UTF-8, UTF-16); otherwise UTF-8 when the bytes are valid
 *   UTF-8, else Windows-1252 (what Excel writes for « CSV (séparateur : point-virgule) » on a
 *   French Windows).
 * - Separator: `sep=X` on the first line when Excel wrote one; else the one among `;` `,` tab `|`
 *   that splits a header row into the indicator column and the most other column names of the
 *   `Valeurs` sheet (the run's names, aliases included), then the one that gives the most rows of
 *   one field count — never fooled by the decimal commas of a `;` file, whose header has no comma.
 * - Fields are text, read as a typed cell would be (coerce.ts: `12,5`, `70 000`, `45 %`), with
 *   one rule the file itself settles: a number with one decimal mark and three digits after it
 *   (`1,500`, ambiguous in a cell) is a decimal in a `;` file when the mark is a comma (French
 *   Excel writes decimal commas and no comma thousands separator) and in a `,` file when it is a
 *   dot.
 * - Parsing is csv-parse's: quotes, separators and line breaks inside quoted fields.
 */
export const CSV_SHEET: string = SHEETS.values[0];

const CANDIDATES = [';', ',', '\t', '|'] as const;
/** Rows looked at to find the header and the separator (TableSink looks for the header in 20). */
const SAMPLE_ROWS = 20;
const SAMPLE_CHARS = 256 * 1024;
/** A record longer than this is no row of values: a quote left open swallowing the file. */
const MAX_RECORD = 4 * 1024 * 1024;
const SLICE = 1 << 20;

export interface CsvOptions {
  maxRows: number;
  vocab?: Vocabulary;
  onProgress?: SheetProgress;
}

export async function readCsv(
  path: string,
  pick: (sheet: SheetInfo) => RowSink | null,
  options: CsvOptions,
): Promise<SheetInfo[]> {
  // The bytes its look before opening read (small-file.ts): the file is opened once.
  const text = decode((await readSmallFile(path)) ?? readFileSync(path)).replace(/\r\n?/g, '\n');
  const names = columnNames(options.vocab ?? DEFAULT_VOCABULARY);
  const { delimiter, skip } = detectDelimiter(text, names);
  const body = text.slice(skip);
  const info: SheetInfo = { name: CSV_SHEET, hidden: false };
  const sink = pick(info);
  if (!sink) return [info];
  const { parse } = await import('csv-parse');
  const parser = parse({
    delimiter,
    record_delimiter: '\n',
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD,
  });
  const decimal = delimiter === ';' ? ',' : delimiter === ',' ? '.' : null;
  let rowNumber = 0;
  let rows = 0;
  let headerSeen = false;
  let firstRecord: string[] | null = null;
  // Fed a slice at a time as the records are taken: the records of a large file never pile up.
  const feed = (async () => {
    for (let p = 0; p < body.length; p += SLICE) {
      if (parser.destroyed) return;
      if (!parser.write(body.slice(p, p + SLICE)))
        await Promise.race([once(parser, 'drain'), once(parser, 'close')]);
      options.onProgress?.(Math.min(p + SLICE, body.length), body.length);
    }
    if (!parser.destroyed) parser.end();
  })();
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (!headerSeen) {
        if (isHeader(record, names)) headerSeen = true;
        else if (record.some((f) => f.trim() !== '')) firstRecord ??= record;
        if (!headerSeen && rowNumber >= SAMPLE_ROWS)
          throw new CsvNotValues((firstRecord ?? record).join(' | '));
      }
      const cells: (Cell | null)[] = [];
      let any = false;
      for (let c = 0; c < record.length; c++) {
        const cell = csvCell(record[c], decimal);
        if (!cell) continue;
        cells[c + 1] = cell;
        any = true;
      }
      if (!any) continue;
      if (++rows > options.maxRows) throw new TooManyRows(CSV_SHEET, options.maxRows);
      sink.row(rowNumber, cells);
    }
    await feed;
  } catch (error) {
    parser.destroy();
    await feed.catch(() => {});
    throw malformed(error);
  }
  if (!headerSeen) throw new CsvNotValues((firstRecord ?? []).join(' | '));
  sink.end();
  return [info];
}

/** Text of the file: a BOM decides, then valid UTF-8, else Windows-1252. */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.toString('utf8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (isUtf8(bytes)) return bytes.toString('utf8');
  return windows1252(bytes);
}

/**
 * Windows-1252 is Latin-1 but for 0x80-0x9F, where it has `€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” •
 * – — ˜ ™ š › œ ž Ÿ` (five codes unassigned, kept as they are). Node's TextDecoder gives Latin-1
 * for the label `windows-1252` (the C1 controls instead of `’` and `œ`): the table is here.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Buffer): string {
  const latin1 = bytes.toString('latin1');
  return /[\x80-\x9f]/.test(latin1)
    ? latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80])
    : latin1;
}

type Names = (field: string) => 'indicator' | 'column' | null;

/** Whether a header field names the indicator column, another column of `Valeurs`, or nothing. */
function columnNames(vocab: Vocabulary): Names {
  const table = aliasTable(vocab.columns.values);
  const dimensions = aliasTable(DISAGGREGATIONS);
  return (field) => {
    const name = normaliseName(field);
    if (name === '') return null;
    const key = table.get(name);
    if (key === 'indicator') return 'indicator';
    return key || dimensions.has(name) || periodColumn(name) ? 'column' : null;
  };
}

function isHeader(record: readonly string[], names: Names): boolean {
  return record.some((f) => names(f) === 'indicator');
}

/**
 * The separator, and how many characters to skip (Excel's `sep=;` line). Each candidate splits
 * the first rows with csv-parse itself (quotes respected); a candidate that cannot is out.
 */
export function detectDelimiter(text: string, names: Names): { delimiter: string; skip: number } {
  const sep = /^sep=(.)[^\n]*(\n|$)/i.exec(text);
  if (sep) return { delimiter: sep[1], skip: sep[0].length };
  const sample = firstLines(text);
  let best: { delimiter: string; score: number } = { delimiter: ';', score: -1 };
  for (const delimiter of CANDIDATES) {
    const records = splitSample(sample, delimiter);
    if (!records) continue;
    // A header must name the indicator column: a split that finds it weighs most.
    let named = 0;
    for (const r of records)
      named = Math.max(named, r.filter((f) => names(f) !== null).length + (isHeader(r, names) ? 100 : 0));
    const counts = new Map<number, number>();
    for (const r of records) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const steady = Math.max(0, ...counts.values());
    const score = named * 1000 + steady;
    if (score > best.score) best = { delimiter, score };
  }
  return { delimiter: best.delimiter, skip: 0 };
}

function firstLines(text: string): string {
  let end = 0;
  for (let i = 0; i < SAMPLE_ROWS && end < text.length; i++) {
    const next = text.indexOf('\n', end);
    end = next < 0 ? text.length : next + 1;
  }
  return text.slice(0, Math.min(end, SAMPLE_CHARS));
}

/** The sample's non-empty records, split by `delimiter`; null when csv-parse refuses it. */
function splitSample(sample: string, delimiter: string): string[][] | null {
  const records: string[][] = [];
  // A quoted field may run past the sample's end: the last, unfinished record is dropped.
  for (const line of quotedLines(sample)) {
    const fields = splitRecord(line, delimiter);
    if (fields === null) return null;
    if (fields.some((f) => f.trim() !== '')) records.push(fields);
  }
  return records;
}

/** Lines, with line breaks inside double quotes kept in their record. */
function quotedLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (!quoted && start < text.length) out.push(text.slice(start));
  return out;
}

/** One record split as csv-parse would (a quoted field may hold the separator), or null. */
function splitRecord(line: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && atStart) {
      quoted = true;
      atStart = false;
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
      atStart = true;
    } else {
      field += ch;
      atStart = false;
    }
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

const SETTLED = /^\s*[+-]?\d{1,3}([.,])\d{3}\s*$/;

/** A field as a cell: empty is no cell; text stays text, but for the number its file settles. */
export function csvCell(field: string, decimal: ',' | '.' | null): Cell | null {
  if (field.trim() === '') return null;
  const m = SETTLED.exec(field);
  if (m && decimal !== null && m[1] === decimal) {
    const v = Number(field.trim().replace(',', '.'));
    if (Number.isFinite(v)) return { t: 'n', v, percent: false };
  }
  return { t: 's', v: field };
}

function malformed(error: unknown): unknown {
  const e = error as { code?: string; records?: number };
  if (typeof e?.code !== 'string' || !e.code.startsWith('CSV_')) return error;
  const reason =
    e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'quote' : e.code === 'CSV_MAX_RECORD_SIZE' ? 'record-size' : 'other';
  // The record being split when csv-parse gave up follows the records it had made (blank lines
  // count: they are rows).
  return new CsvMalformed((e.records ?? 0) + 1, reason);
}

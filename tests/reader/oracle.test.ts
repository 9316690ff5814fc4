/**
 * The oracle: for every .xlsx committed under fixtures/ and tests/ that exceljs can read, the cells
 * the reader yields are those of exceljs' public streaming reader, normalised through `toCell`,
 * except where the difference is one of the fixes listed in FIXES (each a rule that must explain
 * the difference, cell by cell). Sheets are matched by their part (`sheetN.xml`): exceljs' stream
 * names a sheet `SheetN` when xl/workbook.xml comes after it in the zip, as openpyxl writes them.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { address, type Cell, toCell } from '../../src/workbook/cells.js';
import { streamWorkbook } from '../../src/workbook/read.js';
import { parseRelationships, parseWorkbook } from '../../src/workbook/xlsx/workbook-part.js';
import { decodeEscapes } from '../../src/workbook/xlsx/xml-text.js';
import { openZip } from '../../src/workbook/zip.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DAY = 86_400_000;

interface Context {
  workbookXml: string;
  sharedStringsXml: string;
  /** The zip's entries in their order. */
  entries: string[];
}

/** exceljs' date of a serial number (no 1900 leap-year correction). */
const exceljsDate = (serial: number) => new Date(Math.round((serial - 25569) * DAY));

/**
 * The fixes: where this reader differs from exceljs on purpose. `explains` is given the cell as
 * exceljs read it and as this reader reads it.
 */
const FIXES: { fix: string; explains(theirs: Cell | null, mine: Cell | null, c: Context): boolean }[] = [
  {
    fix: 'shared strings decoded as UTF-8 as a whole: exceljs decodes each chunk and cuts characters (U+FFFD)',
    explains: (t, m) => t?.t === 's' && t.v.includes('\ufffd') && m?.t === 's' && !m.v.includes('\ufffd'),
  },
  {
    fix: 'date1904="true" (LibreOffice) and "on" read as the 1904 system: exceljs only knows "1"',
    explains: (t, m, c) =>
      /date1904="(true|on)"/i.test(c.workbookXml) &&
      t?.t === 'd' &&
      m?.t === 'd' &&
      m.v.getTime() - t.v.getTime() === 1462 * DAY,
  },
  {
    fix: '_xHHHH_ escapes decoded in texts (ECMA-376 ST_Xstring): exceljs leaves them',
    explains: (t, m) => t?.t === 's' && m?.t === 's' && t.v !== m.v && decodeEscapes(t.v) === m.v,
  },
  {
    fix: 't="d" ISO 8601 cells read as dates: exceljs takes parseFloat of the text (the year)',
    explains: (t, m) =>
      m?.t === 'd' &&
      ((t?.t === 'n' && t.v === m.v.getUTCFullYear()) ||
        (t?.t === 'd' && t.v.getTime() === exceljsDate(m.v.getUTCFullYear()).getTime())),
  },
  {
    fix: 'inline strings keep every run: exceljs keeps the last <t>',
    explains: (t, m) => m?.t === 's' && t?.t === 's' && m.v.endsWith(t.v) && m.v !== t.v,
  },
  {
    fix: 'shared strings without the white space between their tags (pretty-printed XML)',
    explains: (t, m) => t?.t === 's' && m?.t === 's' && t.v !== m.v && t.v.trim() === m.v.trim(),
  },
  {
    fix: 'shared strings without their phonetic runs: exceljs gives the <rPh> reading instead of the text',
    explains: (t, m, c) => t?.t === 's' && m?.t === 's' && c.sharedStringsXml.includes(`${t.v}</t></rPh>`),
  },
  {
    fix: 'serials 1-60 of the 1900 system: Excel counts a 29 February 1900 (60 is that day: text)',
    explains: (t, m) =>
      t?.t === 'd' &&
      t.v.getTime() < Date.UTC(1900, 2, 1) &&
      ((m?.t === 'd' && m.v.getTime() - t.v.getTime() === DAY) || (m?.t === 's' && m.v === '1900-02-29')),
  },
  {
    fix: 'a formula whose cached result is an error (t="e") keeps it (#DIV/0!): exceljs parses it as NaN',
    explains: (t, m) => t?.t === 'e' && t.v === '#VALUE!' && m?.t === 'e',
  },
  {
    fix: "a date cell of a sheet zipped before xl/styles.xml (as openpyxl writes): exceljs' stream reads it before the styles now and then, as a number (under load)",
    explains: (t, m, c) =>
      t?.t === 'n' &&
      m?.t === 'd' &&
      exceljsDate(t.v).getTime() === m.v.getTime() &&
      c.entries.indexOf('xl/styles.xml') > c.entries.findIndex((e) => e.startsWith('xl/worksheets/')),
  },
  {
    fix: 'a formula with a cached boolean or error result as LibreOffice writes it (t="b"/t="e", <f aca="false">): exceljs gives the formula without its result',
    explains: (t, m) => t?.t === 'f' && (m?.t === 'b' || m?.t === 'e'),
  },
  {
    fix: 'a formula with a boolean result (t="b") is a boolean: exceljs parses it as a number',
    explains: (t, m) => t?.t === 'n' && m?.t === 'b' && m.v === (t.v !== 0),
  },
];

function workbooks(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(full).isDirectory()) found.push(...workbooks(full));
    else if (name.endsWith('.xlsx')) found.push(full);
  }
  return found;
}

const FILES = [...workbooks(path.join(REPO, 'fixtures')), ...workbooks(path.join(REPO, 'tests'))].sort();

/**
 * The same cells through exceljs' whole-file reader: the second opinion when its stream fails on
 * a file (a workbook whose sheets are zipped before xl/workbook.xml, under load).
 */
async function exceljsWholeCells(file: string): Promise<Map<string, Cell> | null> {
  const cells = new Map<string, Cell>();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    return null;
  }
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      row.eachCell({ includeEmpty: false }, (c, col) => {
        const cell = toCell(c.value, c.numFmt);
        if (cell) cells.set(`sheet${ws.id}!${address(col, n)}`, cell);
      });
    });
  });
  return wb.worksheets.length > 0 ? cells : null;
}

async function exceljsCells(file: string): Promise<Map<string, Cell> | null> {
  const cells = new Map<string, Cell>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const ws of reader) {
      sheets++;
      const id = (ws as unknown as { id: number }).id;
      for await (const row of ws) {
        row.eachCell({ includeEmpty: false }, (c, col) => {
          const cell = toCell(c.value, c.numFmt);
          if (cell) cells.set(`sheet${id}!${address(col, row.number)}`, cell);
        });
      }
    }
  } catch {
    return null;
  }
  return sheets > 0 ? cells : null;
}

async function readerCells(file: string): Promise<{ cells: Map<string, Cell>; context: Context }> {
  const zip = await openZip(file);
  const workbookXml = (await zip.find('xl/workbook.xml')?.buffer())?.toString('utf8') ?? '';
  const sharedStringsXml = (await zip.find('xl/sharedStrings.xml')?.buffer())?.toString('utf8') ?? '';
  const rels = parseRelationships(
    (await zip.find('xl/_rels/workbook.xml.rels')?.buffer()) ?? Buffer.alloc(0),
  );
  const part = new Map(
    parseWorkbook(Buffer.from(workbookXml)).sheets.map((s) => [
      s.name,
      /(sheet\d+)\.xml$/.exec(rels.get(s.relId) ?? '')?.[1] ?? s.name,
    ]),
  );
  const cells = new Map<string, Cell>();
  await streamWorkbook(file, (info) => ({
    row: (n, row) => {
      for (const [col, c] of row.entries()) if (c) cells.set(`${part.get(info.name)}!${address(col, n)}`, c);
    },
    end: () => {},
  }));
  return { cells, context: { workbookXml, sharedStringsXml, entries: [...zip.keys()] } };
}

describe('the reader against exceljs', () => {
  it('covers the committed workbooks', () => {
    expect(FILES.length).toBeGreaterThan(140);
  });

  it.each(FILES.map((f) => [path.relative(REPO, f), f]))('%s', async (_name, file) => {
    // exceljs' stream now and then loses an entry of a valid file under load (exceljs issues
    // #2790, #3064: why ponam stopped relying on it): it is asked up to three times.
    // The last attempt reads the whole file with exceljs (not its stream), which has no such
    // losses (seen in CI: every shared string of a LibreOffice file null three times in a row).
    let unexplained: string[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      let theirs = attempt < 3 ? await exceljsCells(file) : await exceljsWholeCells(file);
      if (theirs === null) {
        if (attempt < 2) continue;
        theirs = await exceljsWholeCells(file);
      }
      if (theirs === null) {
        // Not a workbook exceljs can read either way (the bad-file corpus): the reader refuses it too.
        await expect(readerCells(file)).rejects.toThrow();
        return;
      }
      const { cells: mine, context } = await readerCells(file);
      expect(mine.size).toBeGreaterThan(0);
      unexplained = [];
      for (const key of new Set([...theirs.keys(), ...mine.keys()])) {
        const t = theirs.get(key) ?? null;
        const m = mine.get(key) ?? null;
        if (JSON.stringify(t) === JSON.stringify(m)) continue;
        if (!FIXES.some((f) => f.explains(t, m, context)))
          unexplained.push(`${key}: exceljs ${JSON.stringify(t)}, reader ${JSON.stringify(m)}`);
      }
      if (unexplained.length === 0) return;
    }
    expect(unexplained).toEqual([]);
  });
});

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type Cell, toCell } from '../../src/workbook/cells.js';
import { parseSheet, type SheetSetup } from '../../src/workbook/sheet-parser.js';
import { numberFormat } from '../../src/workbook/xlsx/number-formats.js';

const STYLES: Record<number, string> = { 1: '0%', 2: 'dd/mm/yyyy', 3: '#,##0' };
const SHARED: unknown[] = ['Valeur', { richText: [{ text: 'Dou' }, { text: 'ze' }] }];

async function rows(xml: string, over: Partial<SheetSetup> = {}): Promise<[number, (Cell | null)[]][]> {
  const found: [number, (Cell | null)[]][] = [];
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml}</sheetData></worksheet>`;
  // Split in small chunks, some inside a multi-byte character, as a zip stream would deliver them.
  const bytes = Buffer.from(sheet, 'utf8');
  const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
    bytes.subarray(i * 7, i * 7 + 7),
  );
  await parseSheet(
    Readable.from(chunks),
    bytes.length,
    {
      sheet: 'sheet',
      sharedCell: (i) => toCell(SHARED[i], undefined),
      format: (style) => numberFormat(STYLES[style]),
      date1904: false,
      ...over,
    },
    { row: (n, cells) => found.push([n, cells]), end: () => {} },
  );
  return found;
}

describe('the worksheet parser', () => {
  it('reads shared strings, rich text, inline strings with every run, numbers, booleans and errors', async () => {
    const [[n, cells]] = await rows(
      '<row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="inlineStr"><is><r><t>Entit</t></r><r><t>é</t></r></is></c>' +
        '<c r="D3"><v>70000</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#DIV/0!</v></c></row>',
    );
    expect(n).toBe(3);
    expect(cells[1]).toEqual({ t: 's', v: 'Valeur' });
    expect(cells[2]).toEqual({ t: 's', v: 'Douze' });
    expect(cells[3]).toEqual({ t: 's', v: 'Entité' });
    expect(cells[4]).toEqual({ t: 'n', v: 70000, percent: false });
    expect(cells[5]).toEqual({ t: 'b', v: true });
    expect(cells[6]).toEqual({ t: 'e', v: '#DIV/0!' });
  });

  it('keeps percent formats, turns date formats into dates (1900 and 1904 systems)', async () => {
    const xml =
      '<row r="1"><c r="A1" s="1"><v>0.45</v></c><c r="B1" s="2"><v>44926</v></c><c r="C1" s="3"><v>1250</v></c></row>';
    const [[, cells]] = await rows(xml);
    expect(cells[1]).toEqual({ t: 'n', v: 0.45, percent: true });
    expect(cells[2]).toEqual({ t: 'd', v: new Date(Date.UTC(2022, 11, 31)) });
    expect(cells[3]).toEqual({ t: 'n', v: 1250, percent: false });
    const [[, in1904]] = await rows(xml, { date1904: true });
    expect(in1904[2]).toEqual({ t: 'd', v: new Date(Date.UTC(2027, 0, 1)) });
  });

  it('gives a formula its cached result, and says when it has none', async () => {
    const [[, cells]] = await rows(
      '<row r="2"><c r="A2"><f>1000+250</f><v>1250</v></c><c r="B2" t="str"><f>A1&amp;"x"</f><v>ax</v></c><c r="C2"><f>B2*2</f><v></v></c><c r="D2"><f t="shared" si="0"/><v>7</v></c></row>',
    );
    expect(cells[1]).toEqual({ t: 'n', v: 1250, percent: false });
    expect(cells[2]).toEqual({ t: 's', v: 'ax' });
    expect(cells[3]).toEqual({ t: 'f', formula: 'B2*2' });
    expect(cells[4]).toEqual({ t: 'n', v: 7, percent: false });
  });

  it('skips empty cells and rows, numbers rows and columns without r attributes', async () => {
    const found = await rows(
      '<row r="1"><c r="B1"><v></v></c></row><row><c><v>1</v></c><c><v>2</v></c></row><row r="9"><c r="AB9"><v>3</v></c></row>',
    );
    expect(found.map(([n]) => n)).toEqual([2, 9]);
    expect(found[0][1][1]).toEqual({ t: 'n', v: 1, percent: false });
    expect(found[0][1][2]).toEqual({ t: 'n', v: 2, percent: false });
    expect(found[1][1][28]).toEqual({ t: 'n', v: 3, percent: false });
  });
});

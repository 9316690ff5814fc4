/**
 * The worksheet scanner on bytes: every cell kind, and the same rows whatever the chunking (every
 * cut point, one byte at a time, cuts inside multi-byte characters and inside tags).
 */
import { describe, expect, it } from 'vitest';
import { SheetScanner } from '../../src/workbook/sheet-parser.js';
import { InvalidCellRef, XmlRefused } from '../../src/workbook/xlsx/errors.js';
import { inPieces, type Rows, scanChunks, setup, whole, worksheet } from './helpers.js';

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

/** One row of every kind of cell the reader knows, with text that is hard to cut. */
const EVERY_KIND =
  '<row r="3" spans="1:20">' +
  '<c r="A3" t="s"><v>0</v></c>' +
  '<c r="B3" t="inlineStr"><is><t>Ségou &amp; Mopti</t></is></c>' +
  '<c r="C3" t="inlineStr"><is><r><rPr><b/></rPr><t xml:space="preserve">Entit</t></r><r><t>é 😀</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>' +
  '<c r="D3"><v>70000</v></c>' +
  '<c r="E3" s="1"><v>0.455</v></c>' +
  '<c r="F3" s="2"><v>44926</v></c>' +
  '<c r="G3" t="b"><v>1</v></c>' +
  '<c r="H3" t="e"><v>#DIV/0!</v></c>' +
  '<c r="I3"><f>1000+250</f><v>1250</v></c>' +
  '<c r="J3" t="str"><f>A1&amp;"x"</f><v>a_x0020_b</v></c>' +
  '<c r="K3"><f>B2*2</f></c>' +
  '<c r="L3"><f t="shared" ref="L3:L9" si="0">K3+1</f><v>8</v></c>' +
  '<c r="M3"><f t="shared" si="0"/><v>9</v></c>' +
  '<c r="N3" t="d"><v>2022-03-31</v></c>' +
  '<c r="O3" t="d"><v>2022-03-31T14:05:00</v></c>' +
  '<c r="P3" t="d"><v>2022-02-30</v></c>' +
  '<c r="Q3"><v>-1.25E-3</v></c>' +
  '<c r="R3" t="inlineStr"><is><t>_x005F_x0020_ &#233;&#x1F600; line&#10;two</t></is></c>' +
  '<c r="S3" s="3"/>' +
  '<c r="T3" t="s"><v>2</v></c>' +
  '</row>';

const EXPECTED: Rows = [
  [
    3,
    [
      undefined,
      { t: 's', v: 'Valeur' },
      { t: 's', v: 'Ségou & Mopti' },
      { t: 's', v: 'Entité 😀' },
      { t: 'n', v: 70000, percent: false },
      { t: 'n', v: 0.455, percent: true },
      { t: 'd', v: utc(2022, 12, 31) },
      { t: 'b', v: true },
      { t: 'e', v: '#DIV/0!' },
      { t: 'n', v: 1250, percent: false },
      { t: 's', v: 'a b' },
      { t: 'f', formula: 'B2*2' },
      { t: 'n', v: 8, percent: false },
      { t: 'n', v: 9, percent: false },
      { t: 'd', v: utc(2022, 3, 31) },
      { t: 'd', v: utc(2022, 3, 31, 14, 5) },
      { t: 's', v: '2022-02-30' },
      { t: 'n', v: -0.00125, percent: false },
      { t: 's', v: '_x0020_ é😀 line\ntwo' },
    ] as never,
  ],
];

describe('the worksheet scanner', () => {
  const sheet = worksheet(EVERY_KIND);

  it('reads every kind of cell as the reader always has (and the fixes: t="d", _xHHHH_, phonetic runs)', () => {
    const rows = whole(sheet);
    expect(rows).toHaveLength(1);
    const [n, cells] = rows[0];
    expect(n).toBe(3);
    for (let col = 1; col < EXPECTED[0][1].length; col++)
      expect(cells[col], `column ${col}`).toEqual(EXPECTED[0][1][col]);
    // A styled empty cell and a blank shared string give no cell.
    expect(cells[19]).toBeUndefined();
    expect(cells[20]).toBeUndefined();
  });

  it('gives the same rows for a cut at every byte', () => {
    const expected = whole(sheet);
    for (let cut = 1; cut < sheet.length; cut++)
      expect(scanChunks(sheet, [cut]), `cut at ${cut}`).toEqual(expected);
  });

  it('gives the same rows one byte at a time, and in pieces of 2, 3, 5, 7 and 64 bytes', () => {
    const expected = whole(sheet);
    for (const size of [1, 2, 3, 5, 7, 64])
      expect(inPieces(sheet, size), `pieces of ${size}`).toEqual(expected);
  });

  it('keeps a character whole when a chunk ends inside its UTF-8 bytes', () => {
    const text = 'Ségou Kayès 😀 Tombouctou';
    const xml = worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`);
    const at = xml.indexOf(Buffer.from('😀')) + 2;
    expect(scanChunks(xml, [at - 5, at])).toEqual([[1, [undefined, { t: 's', v: text }]]]);
  });

  it('numbers rows and columns without r attributes, and skips empty rows and cells', () => {
    const rows = whole(
      worksheet(
        '<row r="1"><c r="B1"><v></v></c></row><row><c><v>1</v></c><c><v>2</v></c></row><row r="9"><c r="AB9"><v>3</v></c></row><row r="10"/>',
      ),
    );
    expect(rows.map(([n]) => n)).toEqual([2, 9]);
    expect(rows[0][1][1]).toEqual({ t: 'n', v: 1, percent: false });
    expect(rows[0][1][2]).toEqual({ t: 'n', v: 2, percent: false });
    expect(rows[1][1][28]).toEqual({ t: 'n', v: 3, percent: false });
  });

  it('reads dates in the 1904 system, and the 1900 system with its 29 February 1900', () => {
    const xml = worksheet(
      '<row r="1"><c r="A1" s="2"><v>44926</v></c><c r="B1" s="2"><v>1</v></c><c r="C1" s="2"><v>59</v></c><c r="D1" s="2"><v>60</v></c><c r="E1" s="2"><v>61</v></c><c r="F1" s="4"><v>1.5</v></c></row>',
    );
    const [[, in1900]] = whole(xml);
    expect(in1900.slice(1)).toEqual([
      { t: 'd', v: utc(2022, 12, 31) },
      { t: 'd', v: utc(1900, 1, 1) },
      { t: 'd', v: utc(1900, 2, 28) },
      // A day that never existed: text, so that a date column reports it.
      { t: 's', v: '1900-02-29' },
      { t: 'd', v: utc(1900, 3, 1) },
      // An elapsed time ([h]:mm) is read as exceljs reads it: a date-time.
      { t: 'd', v: utc(1900, 1, 1, 12) },
    ]);
    const [[, in1904]] = whole(xml, { date1904: true });
    expect(in1904[1]).toEqual({ t: 'd', v: utc(2027, 1, 1) });
    expect(in1904[2]).toEqual({ t: 'd', v: utc(1904, 1, 2) });
  });

  it('reads CDATA, comments and processing instructions inside values, and a prefixed namespace', () => {
    const xml = Buffer.from(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><!-- a comment --><x:row r="1"><x:c r="A1"><x:v><![CDATA[12]]></x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>a<!-- c -->b<![CDATA[<&>]]></x:t></x:is></x:c><?pi x?></x:row></x:sheetData></x:worksheet>',
    );
    expect(whole(xml)).toEqual([[1, [undefined, { t: 'n', v: 12, percent: false }, { t: 's', v: 'ab<&>' }]]]);
  });

  it('treats a number it cannot read as an error value, as before', () => {
    const [[, cells]] = whole(
      worksheet('<row r="1"><c r="A1"><v>douze</v></c><c r="B1"><v>1e999</v></c></row>'),
    );
    expect(cells[1]).toEqual({ t: 'e', v: 'douze' });
    expect(cells[2]).toEqual({ t: 'e', v: '1e999' });
  });

  it('reads plain decimals exactly as Number() does', () => {
    const values = [
      '0.1',
      '0.3',
      '-0',
      '123456789012345',
      '1234567890123456789',
      '3.14159265358979',
      '0.30000000000000004',
      '5.',
      '.5',
      '007',
    ];
    const xml = worksheet(
      `<row r="1">${values.map((v, i) => `<c r="${String.fromCharCode(65 + i)}1"><v>${v}</v></c>`).join('')}</row>`,
    );
    const [[, cells]] = whole(xml);
    for (const [i, v] of values.entries())
      expect(cells[i + 1], v).toEqual({ t: 'n', v: Number(v), percent: false });
    expect(Object.is((cells[3] as { v: number }).v, -0)).toBe(true);
  });
});

describe('references outside the grid', () => {
  const refused = (sheetData: string) => () => whole(worksheet(sheetData));

  it('refuses a column beyond XFD and a row beyond 1 048 576, at once', () => {
    const started = performance.now();
    expect(refused('<row r="1"><c r="FXSHRXW1"><v>1</v></c></row>')).toThrow(InvalidCellRef);
    expect(refused('<row r="1"><c r="XFE1"><v>1</v></c></row>')).toThrow(/XFE1/);
    expect(refused('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')).toThrow(InvalidCellRef);
    expect(refused('<row r="1"><c r="A1048577"><v>1</v></c></row>')).toThrow(InvalidCellRef);
    expect(refused('<row r="99999999999999999999"><c><v>1</v></c></row>')).toThrow(InvalidCellRef);
    expect(refused('<row r="1"><c r="A-1"><v>1</v></c></row>')).toThrow(InvalidCellRef);
    expect(refused('<row r="1"><c r="ZZZZ0"><v>1</v></c></row>')).toThrow(InvalidCellRef);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('accepts XFD1048576, the last cell, and counts implicit columns up to it', () => {
    expect(whole(worksheet('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'))[0][0]).toBe(1_048_576);
    const cells = Array.from({ length: 16_385 }, () => '<c><v>1</v></c>').join('');
    expect(refused(`<row r="1">${cells}</row>`)).toThrow(/XFE1/);
  });

  it('names the sheet and the reference', () => {
    try {
      whole(worksheet('<row r="2"><c r="XFE2"><v>1</v></c></row>'));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidCellRef);
      expect(error).toMatchObject({ sheet: 'Valeurs', ref: 'XFE2' });
    }
  });
});

describe('XML the scanner refuses', () => {
  it('refuses a DOCTYPE or an entity declaration, before any row', () => {
    const rows: unknown[] = [];
    const bomb = worksheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>',
    );
    const scanner = new SheetScanner(setup(), { row: (n) => rows.push(n), end: () => {} });
    expect(() => {
      scanner.write(bomb);
      scanner.end();
    }).toThrow(/DOCTYPE/);
    expect(rows).toEqual([]);
  });

  it('refuses an undefined entity and a control character XML does not allow', () => {
    expect(() =>
      whole(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>')),
    ).toThrow(XmlRefused);
    expect(() =>
      whole(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&#x1b;[2J</t></is></c></row>')),
    ).toThrow(XmlRefused);
  });

  it('refuses a sheet that ends in the middle of its data', () => {
    const xml = worksheet('<row r="1"><c r="A1"><v>1</v></c></row>');
    const cut = xml.subarray(0, xml.indexOf('</sheetData>'));
    expect(() => whole(cut)).toThrow(/ends in the middle/);
    expect(() => whole(xml.subarray(0, xml.indexOf('<v>1') + 3))).toThrow(/ends in the middle/);
  });

  it('refuses an element longer than 16 MiB instead of buffering it', () => {
    const scanner = new SheetScanner(setup(), { row: () => {}, end: () => {} });
    scanner.write(Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'));
    const mebibyte = Buffer.alloc(1 << 20, 0x61);
    expect(() => {
      for (let i = 0; i < 20; i++) scanner.write(mebibyte);
    }).toThrow(/longer than/);
  });
});

/**
 * The small parts of a workbook, each parsed by its own reader: text decoding, markup, workbook,
 * relationships, styles, shared strings, number formats and dates.
 */
import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseIsoDate, serialToDate } from '../../src/workbook/xlsx/dates.js';
import { XmlRefused } from '../../src/workbook/xlsx/errors.js';
import { Markup, MarkupKind, readMarkup, walkXml } from '../../src/workbook/xlsx/markup.js';
import { formatCode, isDateFormat, isPercentFormat } from '../../src/workbook/xlsx/number-formats.js';
import { SharedStrings } from '../../src/workbook/xlsx/shared-strings.js';
import { parseStyles } from '../../src/workbook/xlsx/styles-part.js';
import { parseRelationships, parseWorkbook } from '../../src/workbook/xlsx/workbook-part.js';
import { BadXml, decodeAttribute, decodeEscapes, decodeText } from '../../src/workbook/xlsx/xml-text.js';

const b = (s: string) => Buffer.from(s, 'utf8');
const text = (s: string, escapes = true) => decodeText(b(s), 0, b(s).length, escapes);
const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min, s));

describe('text decoding', () => {
  it('decodes the five entities and character references', () => {
    expect(text('&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#233;&#xE9;&#x1F600;')).toBe(
      '<a> & "b" \'c\' éé😀',
    );
  });

  it('normalises line ends as XML does, but keeps a carriage return written as a reference', () => {
    expect(text('a\r\nb\rc\nd&#13;')).toBe('a\nb\nc\nd\r');
  });

  it('decodes _xHHHH_ escapes, _x005F_ being a literal underscore', () => {
    expect(text('a_x0020_b_x000D__x000A_c')).toBe('a b\r\nc');
    expect(text('_x005F_x0020_')).toBe('_x0020_');
    expect(text('_xD83D__xDE00_')).toBe('😀');
    expect(text('_x12_ _xZZZZ_ x0020_')).toBe('_x12_ _xZZZZ_ x0020_');
    expect(text('a_x0020_b', false)).toBe('a_x0020_b');
    expect(decodeEscapes('_x005f_x005F_')).toBe('_x005F_');
  });

  it('refuses undefined entities, bare ampersands, and characters XML does not allow', () => {
    expect(() => text('&nbsp;')).toThrow(BadXml);
    expect(() => text('a & b')).toThrow(BadXml);
    expect(() => text('&#0;')).toThrow(BadXml);
    expect(() => text('&#x1b;')).toThrow(BadXml);
    expect(() => text('a\u0001b')).toThrow(BadXml);
    expect(() => text('&#xD800;')).toThrow(BadXml);
  });

  it('turns white space in attribute values into spaces', () => {
    expect(decodeAttribute(b('a\tb\r\nc&#10;'), 0, 11)).toBe('a b c\n');
  });
});

describe('markup', () => {
  it('reads tags with quoted ">" in attributes, and waits for a tag cut short', () => {
    const m = new Markup();
    const xml = b('<c r="A1" t=\'a>b\'/>');
    expect(readMarkup(xml, 0, m)).toBe(true);
    expect(m).toMatchObject({ kind: MarkupKind.Open, selfClosing: true, end: xml.length });
    for (let cut = 1; cut < xml.length; cut++)
      expect(readMarkup(xml.subarray(0, cut), 0, m), `cut ${cut}`).toBe(false);
  });

  it('refuses DOCTYPE and ENTITY declarations, and UTF-16 parts', () => {
    const visit = { open() {}, close() {} };
    expect(() => walkXml(b('<!DOCTYPE x><x/>'), visit)).toThrow(/DOCTYPE/);
    expect(() => walkXml(b('<x><!ENTITY a "b"></x>'), visit)).toThrow(/DOCTYPE/);
    expect(() => walkXml(Buffer.from('\ufeff<x/>', 'utf16le'), visit)).toThrow(/UTF-16/);
    expect(() => walkXml(b('\ufeff<x/>'), visit)).not.toThrow();
  });

  it('checks that tags nest', () => {
    const visit = { open() {}, close() {} };
    expect(() => walkXml(b('<a><b></a></b>'), visit)).toThrow(BadXml);
    expect(() => walkXml(b('<a><b/>'), visit)).toThrow(BadXml);
    expect(() => walkXml(b('<a/><b/>'), visit)).toThrow(BadXml);
  });
});

describe('xl/workbook.xml', () => {
  const workbook = (sheets: string, pr = '') =>
    b(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${pr}<sheets>${sheets}</sheets></workbook>`,
    );

  it('lists the sheets in order, with their relationship id and state, names decoded', () => {
    const part = parseWorkbook(
      workbook(
        '<sheet name="Valeurs &amp; cibles" sheetId="1" rel:id="rId1"/><sheet name="Calc" sheetId="2" state="hidden" rel:id="rId2"/><sheet name="X" sheetId="3" state="veryHidden" rel:id="rId3"/>',
      ),
    );
    expect(part.sheets).toEqual([
      { name: 'Valeurs & cibles', relId: 'rId1', state: 'visible' },
      { name: 'Calc', relId: 'rId2', state: 'hidden' },
      { name: 'X', relId: 'rId3', state: 'veryHidden' },
    ]);
    expect(part.date1904).toBe(false);
  });

  it('reads date1904 written as 1, true or on (and 0, false, off as the 1900 system)', () => {
    for (const yes of ['1', 'true', 'on', 'TRUE'])
      expect(parseWorkbook(workbook('', `<workbookPr date1904="${yes}"/>`)).date1904, yes).toBe(true);
    for (const no of ['0', 'false', 'off'])
      expect(parseWorkbook(workbook('', `<workbookPr date1904="${no}"/>`)).date1904, no).toBe(false);
  });
});

describe('xl/_rels/workbook.xml.rels', () => {
  it('resolves relative and absolute targets, and leaves out external ones', () => {
    const rels = parseRelationships(
      b(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Target="../xl/./worksheets/sheet3.xml"/><Relationship Id="rId4" Target="http://x/y" TargetMode="External"/></Relationships>',
      ),
    );
    expect([...rels]).toEqual([
      ['rId1', 'xl/worksheets/sheet1.xml'],
      ['rId2', 'xl/worksheets/sheet2.xml'],
      ['rId3', 'xl/worksheets/sheet3.xml'],
    ]);
  });
});

describe('xl/styles.xml', () => {
  it('gives each cell style (cellXfs, not cellStyleXfs) its number format, custom or built in', () => {
    const formats = parseStyles(
      b(
        '<styleSheet><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0&quot;%&quot;"/></numFmts>' +
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
          '<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="9"><alignment horizontal="left"/></xf><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="45"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="3"/><xf numFmtId="27"/></cellXfs></styleSheet>',
      ),
    );
    expect(formats).toEqual([
      { date: false, percent: false },
      { date: false, percent: true },
      { date: false, percent: true },
      { date: true, percent: false },
      { date: true, percent: false },
      { date: true, percent: false },
      { date: true, percent: false },
      { date: false, percent: false },
      { date: false, percent: false },
      { date: false, percent: false },
    ]);
  });

  it('knows the built-in dates 14-22 and 45-47, and the percentages 9 and 10', () => {
    const none = new Map<number, string>();
    for (let id = 14; id <= 22; id++) expect(isDateFormat(formatCode(id, none)), String(id)).toBe(true);
    for (const id of [45, 46, 47]) expect(isDateFormat(formatCode(id, none)), String(id)).toBe(true);
    for (const id of [0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49])
      expect(isDateFormat(formatCode(id, none)), String(id)).toBe(false);
    expect(isPercentFormat(formatCode(9, none))).toBe(true);
    expect(isPercentFormat(formatCode(10, none))).toBe(true);
  });
});

describe('number formats', () => {
  it('finds date tokens outside quoted text, [..] blocks and escapes', () => {
    for (const code of [
      'dd/mm/yyyy',
      'yyyy-mm-dd hh:mm',
      '[$-40C]d mmmm yyyy',
      '[h]:mm:ss',
      'mmm-yy',
      'YYYY',
      'DD.MM.YYYY',
    ])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of [
      'General',
      '0.00',
      '#,##0 "days"',
      '[Red]#,##0',
      '0\\m',
      '#,##0_m',
      '0.00E+00',
      '@',
      '0%',
    ])
      expect(isDateFormat(code), code).toBe(false);
  });

  it('finds a percent sign outside literal text', () => {
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('0.0"%"')).toBe(false);
    expect(isPercentFormat('0.0\\%')).toBe(false);
    expect(isPercentFormat(undefined)).toBe(false);
  });
});

describe('xl/sharedStrings.xml', () => {
  const sst = (items: string) => SharedStrings.parse(b(`<sst xmlns="x" count="9">${items}</sst>`));

  it('reads plain and rich strings, leaves out phonetic runs, decodes entities and escapes', () => {
    const strings = sst(
      '<si><t>Valeur</t></si>' +
        '<si><r><rPr><b/></rPr><t>Dou</t></r><r><t xml:space="preserve">ze </t></r></si>' +
        '<si><t>東京</t><rPh sb="0" eb="2"><t>とうきょう</t></rPh><phoneticPr fontId="1"/></si>' +
        '<si><t>S&#233;gou &amp; Kayes_x0020_!</t></si>' +
        '<si><t>   </t></si>' +
        '<si><t><![CDATA[<b>&amp;]]></t></si>' +
        '<si>\n  <t>a</t>\n</si>' +
        '<si/>',
    );
    expect(strings.count).toBe(8);
    expect([...Array(8).keys()].map((i) => strings.text(i))).toEqual([
      'Valeur',
      'Douze ',
      '東京',
      'Ségou & Kayes !',
      '   ',
      '<b>&amp;',
      'a',
      '',
    ]);
    expect(strings.cell(0)).toEqual({ t: 's', v: 'Valeur' });
    expect(strings.cell(0)).toBe(strings.cell(0));
    expect(strings.cell(4)).toBeNull();
    expect(strings.cell(7)).toBeNull();
    expect(strings.cell(8)).toBeNull();
    expect(strings.cell(-1)).toBeNull();
    expect(strings.cell(1.5)).toBeNull();
  });

  it('decodes strings past the first mebibyte intact (accents are never cut)', () => {
    const names = Array.from({ length: 40_000 }, (_, i) => `Ségou-Kayès-Tombouctou ${i} é`);
    const strings = sst(names.map((n) => `<si><t>${n}</t></si>`).join(''));
    expect(strings.count).toBe(names.length);
    for (const i of [0, 20_000, 39_999]) expect(strings.text(i)).toBe(names[i]);
    expect(names.every((n, i) => strings.text(i) === n)).toBe(true);
  });

  it('says which part holds a string it cannot decode', () => {
    expect(() => sst('<si><t>&bogus;</t></si>').cell(0)).toThrow(XmlRefused);
    expect(() => sst('<si><t>&bogus;</t></si>').cell(0)).toThrow(/sharedStrings/);
  });
});

describe('dates', () => {
  it('turns serials into dates in both systems, with Excel’s 29 February 1900', () => {
    expect(serialToDate(1, false)).toEqual(utc(1900, 1, 1));
    expect(serialToDate(59, false)).toEqual(utc(1900, 2, 28));
    expect(serialToDate(60, false)).toBeNull();
    expect(serialToDate(61, false)).toEqual(utc(1900, 3, 1));
    expect(serialToDate(44926, false)).toEqual(utc(2022, 12, 31));
    expect(serialToDate(44926.75, false)).toEqual(utc(2022, 12, 31, 18));
    expect(serialToDate(0, true)).toEqual(utc(1904, 1, 1));
    expect(serialToDate(43464, true)).toEqual(utc(2022, 12, 31));
  });

  it('reads ISO 8601 dates and date-times, and refuses days that do not exist', () => {
    expect(parseIsoDate('2022-03-31')).toEqual(utc(2022, 3, 31));
    expect(parseIsoDate('2024-02-29T23:59:59')).toEqual(utc(2024, 2, 29, 23, 59, 59));
    expect(parseIsoDate('2022-03-31T10:00:00Z')).toEqual(utc(2022, 3, 31, 10));
    expect(parseIsoDate('2022-03-31T10:00:00+02:00')).toEqual(utc(2022, 3, 31, 8));
    expect(parseIsoDate('0050-01-01')?.getUTCFullYear()).toBe(50);
    for (const bad of [
      '2022-02-30',
      '2023-02-29',
      '2022-13-01',
      '2022-00-10',
      '2022-04-31',
      '2022-03-31T25:00',
      '31/03/2022',
      'douze',
      '',
    ])
      expect(parseIsoDate(bad), bad).toBeNull();
  });

  it('knows the calendar', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2022, 12, 31)).toBe(true);
    expect(isCalendarDate(2022, 11, 31)).toBe(false);
  });
});

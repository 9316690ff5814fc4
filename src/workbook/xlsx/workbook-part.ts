import { posix } from 'node:path';
import { Attributes, ascii, isNamed, type Markup, walkXml } from './markup.js';
import { decodeAttribute } from './xml-text.js';

export interface SheetEntry {
  name: string;
  /** The relationship id (`r:id`) that leads to the sheet's part. */
  relId: string;
  /** `visible` (default), `hidden` or `veryHidden`. */
  state: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** Serial numbers count from 1904-01-01 (old Mac workbooks). */
  date1904: boolean;
}

const SHEETS = ascii('sheets');
const SHEET = ascii('sheet');
const WORKBOOK_PR = ascii('workbookPr');
const NAME = ascii('name');
const ID = ascii('id');
const STATE = ascii('state');
const DATE1904 = ascii('date1904');

/** `xl/workbook.xml`: the sheets in workbook order, and the date system. */
export function parseWorkbook(buf: Buffer): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false };
  const a = new Attributes();
  let inSheets = false;
  walkXml(buf, {
    open(b: Buffer, m: Markup) {
      if (isNamed(b, m, SHEETS)) inSheets = !m.selfClosing;
      else if (inSheets && isNamed(b, m, SHEET)) {
        const sheet: SheetEntry = { name: '', relId: '', state: 'visible' };
        for (a.of(b, m); a.next(); ) {
          if (a.nameIs(NAME) && !a.prefixed) sheet.name = decodeAttribute(b, a.valueStart, a.valueEnd);
          // The relationship id is `r:id`, whatever the prefix bound to the relationships namespace.
          else if (a.nameIs(ID) && a.prefixed) sheet.relId = decodeAttribute(b, a.valueStart, a.valueEnd);
          else if (a.nameIs(STATE)) sheet.state = decodeAttribute(b, a.valueStart, a.valueEnd);
        }
        part.sheets.push(sheet);
      } else if (isNamed(b, m, WORKBOOK_PR)) {
        for (a.of(b, m); a.next(); ) {
          if (a.nameIs(DATE1904)) part.date1904 = isTrue(decodeAttribute(b, a.valueStart, a.valueEnd));
        }
      }
    },
    close(b: Buffer, m: Markup) {
      if (isNamed(b, m, SHEETS)) inSheets = false;
    },
  });
  return part;
}

/** An xsd:boolean as Excel and LibreOffice write it (`1`, `true`), and `on`, which some tools write. */
function isTrue(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === '1' || v === 'true' || v === 'on';
}

const RELATIONSHIP = ascii('Relationship');
const REL_ID = ascii('Id');
const TARGET = ascii('Target');
const TARGET_MODE = ascii('TargetMode');

/**
 * `xl/_rels/workbook.xml.rels`: relationship id → the zip path of its part. Targets are relative
 * to `xl/` (`worksheets/sheet1.xml`, as Excel writes them) or absolute (`/xl/worksheets/…`,
 * openpyxl); external targets are left out.
 */
export function parseRelationships(buf: Buffer, base = 'xl'): Map<string, string> {
  const targets = new Map<string, string>();
  const a = new Attributes();
  walkXml(buf, {
    open(b: Buffer, m: Markup) {
      if (!isNamed(b, m, RELATIONSHIP)) return;
      let id = '';
      let target = '';
      let external = false;
      for (a.of(b, m); a.next(); ) {
        if (a.nameIs(REL_ID)) id = decodeAttribute(b, a.valueStart, a.valueEnd);
        else if (a.nameIs(TARGET)) target = decodeAttribute(b, a.valueStart, a.valueEnd);
        else if (a.nameIs(TARGET_MODE))
          external = decodeAttribute(b, a.valueStart, a.valueEnd).trim() === 'External';
      }
      if (id && target && !external && !targets.has(id)) targets.set(id, resolveTarget(target, base));
    },
    close() {},
  });
  return targets;
}

function resolveTarget(target: string, base: string): string {
  const path = target.replace(/\\/g, '/');
  return path.startsWith('/') ? posix.normalize(path).slice(1) : posix.normalize(posix.join(base, path));
}

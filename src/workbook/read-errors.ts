import type { NotWorkbook } from './zip-probe.js';

/**
 * Why an .xls, .ods or .csv file could not be read, as typed errors beside those of the .xlsx
 * reader (xlsx/errors.ts): open.ts turns each into its issue code. They cross the boundary of
 * the thread that reads legacy workbooks as plain data (`ReadFailure`), then are rebuilt here.
 */

/** A password-protected workbook: an .xls with a FILEPASS record, an encrypted .ods or .xlsx. */
export class FileEncrypted extends Error {
  constructor() {
    super('the workbook is password-protected');
    this.name = 'FileEncrypted';
  }
}

/** A container that holds no workbook: a Word 97 document, a PowerPoint file, another OLE file. */
export class NotAWorkbook extends Error {
  constructor(readonly detail: NotWorkbook) {
    super(`not a workbook (${detail})`);
    this.name = 'NotAWorkbook';
  }
}

/** A legacy workbook the reader gave up on: damaged, truncated, or a structure it cannot follow. */
export class WorkbookDamaged extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'WorkbookDamaged';
  }
}

/**
 * Reading an .xls or .ods would need more than the run allows: more time than its limit, more
 * memory than the reading thread has, or more cells than that memory can hold (counted before
 * the reading starts, from the file's own row and column repeats).
 */
export class ReadLimit extends Error {
  constructor(
    readonly what: 'time' | 'memory' | 'cells',
    readonly limit: number,
  ) {
    super(`reading stopped: ${what} limit ${limit}`);
    this.name = 'ReadLimit';
  }
}

/** A CSV file csv-parse cannot split into records (a quote never closed, a record too long). */
export class CsvMalformed extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'quote' | 'record-size' | 'other',
  ) {
    super(`malformed CSV at line ${line} (${reason})`);
    this.name = 'CsvMalformed';
  }
}

/** A CSV file whose first rows hold no header naming the indicator and the value. */
export class CsvNotValues extends Error {
  constructor(readonly found: string) {
    super('no header row of a values table');
    this.name = 'CsvNotValues';
  }
}

/** A failure of the legacy reader's thread, as plain data (errors lose their class in a message). */
export type ReadFailure =
  | { type: 'encrypted' }
  | { type: 'not-a-workbook'; detail: NotWorkbook }
  | { type: 'damaged'; detail: string }
  | { type: 'limit'; what: 'time' | 'memory' | 'cells'; limit: number }
  | { type: 'too-many-rows'; sheet: string; limit: number }
  | { type: 'too-large'; inflated: number; limit: number };

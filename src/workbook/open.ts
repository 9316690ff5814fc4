import { statSync } from 'node:fs';
import { FILE_CODES, type Issue, type IssueCode, issue } from '../model/issues.js';
import type { Vocabulary } from './aliases.js';
import { CSV_SHEET, readCsv } from './csv.js';
import {
  type RowSink,
  type SheetInfo,
  type SheetPick,
  type SheetProgress,
  streamWorkbook,
  TooManyRows,
} from './read.js';
import {
  CsvMalformed,
  CsvNotValues,
  FileEncrypted,
  NotAWorkbook,
  ReadLimit,
  WorkbookDamaged,
} from './read-errors.js';
import { readLegacyWorkbook } from './sheetjs.js';
import type { LegacySheet } from './sheetjs-parse.js';
import { type SheetRole, sheetRole } from './vocabulary.js';
import { InvalidCellRef, NotARegularFile, UncompressedTooLarge, ZipDamaged } from './xlsx/errors.js';
import { type FileKind, probeFile } from './zip-probe.js';

export interface FileLimits {
  maxBytes: number;
  maxUncompressedBytes: number;
  /** Rows per sheet (Excel itself stops at 1 048 576). */
  maxRows: number;
}

/** How a workbook is read: its limits, the run's names (aliases) and who hears of the progress. */
export interface ReadSetup {
  limits?: FileLimits;
  vocab?: Vocabulary;
  onProgress?: SheetProgress;
}

export const DEFAULT_LIMITS: FileLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxRows: 1_048_576,
};

/** The formats ponam reads; the file's content decides, not its extension (zip-probe.ts). */
export type WorkbookFormat = 'xlsx' | 'xls' | 'ods' | 'csv';

/**
 * Checks that a file is a workbook the reader can open — an .xlsx, a legacy .xls, an .ods, or a
 * CSV values file — reporting why not; returns its format. The issues raised here are the ones
 * that make `validate` exit 2: the tool could not read the input at all. Only regular files are
 * opened: a FIFO, a device or a socket is refused on its `stat`.
 */
export async function openWorkbook(
  file: string,
  display: string,
  report: (found: Issue) => void,
  limits: FileLimits = DEFAULT_LIMITS,
): Promise<WorkbookFormat | false> {
  const fail = (code: IssueCode, params: Record<string, string | number> = {}) => {
    report(issue(code, 'error', { file: display }, params));
    return false as const;
  };
  let size: number;
  try {
    const s = statSync(file);
    if (s.isFIFO() || s.isCharacterDevice() || s.isBlockDevice() || s.isSocket())
      return fail('not-a-regular-file');
    if (!s.isFile()) return fail('file-not-found');
    size = s.size;
  } catch {
    return fail('file-not-found');
  }
  if (size > limits.maxBytes) return fail('file-too-large', { size, limit: limits.maxBytes });
  let kind: FileKind;
  try {
    kind = await probeFile(file);
  } catch (error) {
    if (error instanceof NotARegularFile) return fail('not-a-regular-file');
    return fail('file-unreadable', { detail: (error as Error).message });
  }
  switch (kind.kind) {
    case 'xlsx':
    case 'ods':
      if (kind.uncompressedBytes > limits.maxUncompressedBytes) {
        return fail('file-too-large', {
          size: kind.uncompressedBytes,
          limit: limits.maxUncompressedBytes,
          what: 'uncompressed',
        });
      }
      return kind.kind;
    case 'xls':
    case 'csv':
      return kind.kind;
    case 'empty':
      return fail('file-empty');
    case 'encrypted':
      return fail('file-encrypted');
    case 'truncated':
      return fail('file-truncated');
    case 'not-xlsx':
      return fail('not-xlsx', { detail: kind.detail });
  }
}

/** Issue codes that mean the file could not be read at all (exit code 2 in `validate`). */
export const UNREADABLE: ReadonlySet<IssueCode> = new Set<IssueCode>([...FILE_CODES, 'too-many-rows']);

/**
 * Streams a workbook already checked by `openWorkbook` (`format` is what it returned; without it
 * the file is looked at again); a failure half-way (a corrupt entry, a malformed sheet, more
 * bytes than the limit once inflated, a legacy workbook past its time or memory) becomes an
 * issue rather than an exception. A cell reference outside the grid (`invalid-cell-ref`) is an
 * error in a readable file: the sheet is read up to it, the other sheets are read. Every format
 * hands the same cells to the same sinks: .xlsx through ponam's own reader (read.ts), .xls and
 * .ods through SheetJS in a thread of its own (sheetjs.ts), .csv as one `Valeurs` sheet (csv.ts).
 */
export async function readSheets(
  file: string,
  display: string,
  report: (found: Issue) => void,
  pick: Parameters<typeof streamWorkbook>[1],
  limits: FileLimits = DEFAULT_LIMITS,
  onProgress?: SheetProgress,
  how: { format?: WorkbookFormat; vocab?: Vocabulary } = {},
): Promise<SheetInfo[] | null> {
  const onInvalidRef = (error: InvalidCellRef) =>
    report(issue('invalid-cell-ref', 'error', { file: display, sheet: error.sheet }, {}, error.ref));
  try {
    const format = how.format ?? (await formatOf(file));
    if (format === 'csv')
      return await readCsv(file, pick, { maxRows: limits.maxRows, vocab: how.vocab, onProgress });
    if (format === 'xls' || format === 'ods') {
      const sheets = await readLegacyWorkbook(file, format, limits);
      return deliver(sheets, pick, onInvalidRef, onProgress);
    }
    return await streamWorkbook(file, pick, limits.maxRows, {
      maxUncompressedBytes: limits.maxUncompressedBytes,
      onProgress,
      onInvalidRef,
    });
  } catch (error) {
    report(readFailure(error, display));
    return null;
  }
}

async function formatOf(file: string): Promise<WorkbookFormat> {
  const kind = (await probeFile(file)).kind;
  return kind === 'xls' || kind === 'ods' || kind === 'csv' ? kind : 'xlsx';
}

/** The rows of a legacy workbook, already read, to the sinks its sheets are picked for. */
function deliver(
  sheets: readonly LegacySheet[],
  pick: SheetPick,
  onInvalidRef: (error: InvalidCellRef) => void,
  onProgress?: SheetProgress,
): SheetInfo[] {
  // Every sheet is known before the first is picked: a hidden copy beside a visible sheet of the
  // same role is then set aside, whatever their order (pickByRole).
  const seen: SheetInfo[] = sheets.map((sheet) => ({ name: sheet.name, hidden: sheet.hidden }));
  for (const [index, sheet] of sheets.entries()) {
    const info = seen[index];
    const sink = pick(info, seen);
    if (!sink) continue;
    for (const [i, [row, cells]] of sheet.rows.entries()) {
      sink.row(row, cells);
      if (onProgress && (i & 1023) === 0) onProgress(i, sheet.rows.length);
    }
    if (sheet.invalidRef) onInvalidRef(new InvalidCellRef(sheet.name, sheet.invalidRef));
    sink.end();
  }
  return seen;
}

function readFailure(error: unknown, display: string): Issue {
  const at = { file: display };
  if (error instanceof TooManyRows)
    return issue('too-many-rows', 'error', { ...at, sheet: error.sheet }, { limit: error.limit });
  if (error instanceof UncompressedTooLarge)
    return issue('file-too-large', 'error', at, {
      size: error.inflated,
      limit: error.limit,
      what: 'uncompressed',
    });
  if (error instanceof NotARegularFile) return issue('not-a-regular-file', 'error', at);
  if (error instanceof FileEncrypted) return issue('file-encrypted', 'error', at);
  if (error instanceof NotAWorkbook) return issue('not-xlsx', 'error', at, { detail: error.detail });
  if (error instanceof ReadLimit)
    return issue('read-limit', 'error', at, { what: error.what, limit: error.limit });
  if (error instanceof CsvNotValues)
    return issue('csv-not-values', 'error', { ...at, sheet: CSV_SHEET }, { found: error.found || '—' });
  if (error instanceof CsvMalformed)
    return issue(
      'csv-malformed',
      'error',
      { ...at, sheet: CSV_SHEET, row: error.line },
      { reason: error.reason },
    );
  // A legacy workbook SheetJS gave up on: its message is of no use to the user.
  if (error instanceof WorkbookDamaged) return issue('file-truncated', 'error', at);
  const detail = (error as Error).message.split('\n')[0].slice(0, 200);
  // Everything else (XmlRefused, ZipUnsupported, a zip without xl/workbook.xml) is unreadable.
  return issue(error instanceof ZipDamaged ? 'file-truncated' : 'file-unreadable', 'error', at, { detail });
}

/**
 * The `pick` of `readSheets` for ponam's workbooks: each sheet whose name has a role (`Valeurs`,
 * `Indicateurs`...) is handed to `choose`. Two sheets with the same role (`Valeurs` and `Values`)
 * are an error naming both (`duplicate-sheet`); only the first is read. A hidden (or very hidden)
 * sheet with a role is read, with a notice saying so, unless a visible sheet has the same role (a
 * hidden old copy beside the sheet in use): then it is skipped with a notice naming that one.
 * A hidden sheet without a role is noted and skipped, as any sheet without a role is.
 */
export function pickByRole(
  display: string,
  report: (found: Issue) => void,
  choose: (role: SheetRole, info: SheetInfo) => RowSink | null,
  roleOf: (name: string) => SheetRole | undefined = sheetRole,
): SheetPick {
  const claimed = new Map<SheetRole, string>();
  const claimedVisible = new Map<SheetRole, string>();
  return (info, all = []) => {
    const role = roleOf(info.name);
    if (info.hidden) {
      const at = { file: display, sheet: info.name };
      const twin = role
        ? (all.find((s) => !s.hidden && roleOf(s.name) === role)?.name ?? claimedVisible.get(role))
        : undefined;
      if (!role || twin !== undefined) {
        report(issue('hidden-sheet', 'info', at, twin !== undefined ? { twin } : {}));
        return null;
      }
      report(issue('hidden-sheet', 'info', at, info.veryHidden ? { read: 1, very: 1 } : { read: 1 }));
    }
    if (!role) return null;
    const first = claimed.get(role);
    if (first !== undefined) {
      report(
        issue('duplicate-sheet', 'error', { file: display, sheet: info.name }, { first, second: info.name }),
      );
      return null;
    }
    claimed.set(role, info.name);
    if (!info.hidden) claimedVisible.set(role, info.name);
    return choose(role, info);
  };
}

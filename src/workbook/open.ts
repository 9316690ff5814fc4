import { statSync } from 'node:fs';
import { FILE_CODES, type Issue, type IssueCode, issue } from '../model/issues.js';
import type { Vocabulary } from './aliases.js';
import {
  type RowSink,
  type SheetInfo,
  type SheetPick,
  type SheetProgress,
  streamWorkbook,
  TooManyRows,
} from './read.js';
import { type SheetRole, sheetRole } from './vocabulary.js';
import { NotARegularFile, UncompressedTooLarge, ZipDamaged } from './xlsx/errors.js';
import { probeFile } from './zip-probe.js';

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

/**
 * Checks that a file is an .xlsx workbook the reader can open, reporting why not. The issues
 * raised here are the ones that make `validate` exit 2: the tool could not read the input at all.
 * Only regular files are opened: a FIFO, a device or a socket is refused on its `stat`.
 */
export async function openWorkbook(
  file: string,
  display: string,
  report: (found: Issue) => void,
  limits: FileLimits = DEFAULT_LIMITS,
): Promise<boolean> {
  const fail = (code: IssueCode, params: Record<string, string | number> = {}) => {
    report(issue(code, 'error', { file: display }, params));
    return false;
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
  let kind: Awaited<ReturnType<typeof probeFile>>;
  try {
    kind = await probeFile(file);
  } catch (error) {
    if (error instanceof NotARegularFile) return fail('not-a-regular-file');
    return fail('file-unreadable', { detail: (error as Error).message });
  }
  switch (kind.kind) {
    case 'xlsx':
      if (kind.uncompressedBytes > limits.maxUncompressedBytes) {
        return fail('file-too-large', {
          size: kind.uncompressedBytes,
          limit: limits.maxUncompressedBytes,
          what: 'uncompressed',
        });
      }
      return true;
    case 'empty':
      return fail('file-empty');
    case 'encrypted':
      return fail('file-encrypted');
    case 'legacy-xls':
      return fail('legacy-xls');
    case 'ods':
      return fail('ods-file');
    case 'truncated':
      return fail('file-truncated');
    case 'not-xlsx':
      return fail('not-xlsx', { detail: kind.detail });
  }
}

/** Issue codes that mean the file could not be read at all (exit code 2 in `validate`). */
export const UNREADABLE: ReadonlySet<IssueCode> = new Set<IssueCode>([...FILE_CODES, 'too-many-rows']);

/**
 * Streams a workbook already checked by `openWorkbook`; a failure half-way (a corrupt entry, a
 * malformed sheet, more bytes than the limit once inflated) becomes an issue rather than an
 * exception. A cell reference outside the grid (`invalid-cell-ref`) is an error in a readable
 * file: the sheet is read up to it, the other sheets are read.
 */
export async function readSheets(
  file: string,
  display: string,
  report: (found: Issue) => void,
  pick: Parameters<typeof streamWorkbook>[1],
  limits: FileLimits = DEFAULT_LIMITS,
  onProgress?: SheetProgress,
): Promise<SheetInfo[] | null> {
  try {
    return await streamWorkbook(file, pick, limits.maxRows, {
      maxUncompressedBytes: limits.maxUncompressedBytes,
      onProgress,
      onInvalidRef: (error) =>
        report(issue('invalid-cell-ref', 'error', { file: display, sheet: error.sheet }, {}, error.ref)),
    });
  } catch (error) {
    report(readFailure(error, display));
    return null;
  }
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

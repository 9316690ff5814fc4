import { stat } from 'node:fs/promises';
import { type Issue, type IssueCode, issue } from '../model/issues.js';
import { type RowSink, type SheetInfo, streamWorkbook, TooManyRows } from './read.js';
import { type SheetRole, sheetRole } from './vocabulary.js';
import { probeFile } from './zip-probe.js';

export interface FileLimits {
  maxBytes: number;
  maxUncompressedBytes: number;
  /** Rows per sheet (Excel itself stops at 1 048 576). */
  maxRows: number;
}

export const DEFAULT_LIMITS: FileLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  maxRows: 1_048_576,
};

/**
 * Checks that a file is an .xlsx workbook exceljs can open, reporting why not. The issues raised
 * here are the ones that make `validate` exit 2: the tool could not read the input at all.
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
    const s = await stat(file);
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
export const UNREADABLE: ReadonlySet<IssueCode> = new Set([
  'file-not-found',
  'file-empty',
  'not-xlsx',
  'file-truncated',
  'file-encrypted',
  'legacy-xls',
  'ods-file',
  'file-too-large',
  'file-unreadable',
  'too-many-rows',
]);

/**
 * Streams a workbook already checked by `openWorkbook`; a failure half-way (a corrupt entry, a
 * malformed sheet) becomes an issue rather than an exception.
 */
export async function readSheets(
  file: string,
  display: string,
  report: (found: Issue) => void,
  pick: Parameters<typeof streamWorkbook>[1],
  limits: FileLimits = DEFAULT_LIMITS,
): Promise<SheetInfo[] | null> {
  try {
    return await streamWorkbook(file, pick, limits.maxRows);
  } catch (error) {
    if (error instanceof TooManyRows) {
      report(issue('too-many-rows', 'error', { file: display, sheet: error.sheet }, { limit: error.limit }));
      return null;
    }
    const detail = (error as Error).message.split('\n')[0].slice(0, 200);
    const truncated =
      /zip|end of|unexpected end|invalid (signature|distance|stored)|inflat|corrupt|FILE_ENDED/i.test(detail);
    report(issue(truncated ? 'file-truncated' : 'file-unreadable', 'error', { file: display }, { detail }));
    return null;
  }
}

/**
 * The `pick` of `readSheets` for ponam's workbooks: each sheet whose name has a role (`Valeurs`,
 * `Indicateurs`...) is handed to `choose`, the first of each role only; every hidden sheet is
 * noted (an info) and skipped.
 */
export function pickByRole(
  display: string,
  report: (found: Issue) => void,
  choose: (role: SheetRole, info: SheetInfo) => RowSink | null,
  roleOf: (name: string) => SheetRole | undefined = sheetRole,
): (info: SheetInfo) => RowSink | null {
  const claimed = new Set<SheetRole>();
  return (info) => {
    if (info.hidden) {
      report(issue('hidden-sheet', 'info', { file: display, sheet: info.name }));
      return null;
    }
    const role = roleOf(info.name);
    if (!role || claimed.has(role)) return null;
    claimed.add(role);
    return choose(role, info);
  };
}

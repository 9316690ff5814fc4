import { isPercentFormat } from './xlsx/number-formats.js';

/**
 * One spreadsheet cell as the reader gives it (numbers, text, dates, booleans, error values, a
 * formula saved without its result). `toCell` makes one from a value as exceljs represents it
 * (rich text, formulas with their cached result, hyperlinks): the comparison with exceljs in the
 * tests goes through it.
 */
export type Cell =
  | { t: 'n'; v: number; percent: boolean }
  | { t: 's'; v: string }
  | { t: 'd'; v: Date }
  | { t: 'b'; v: boolean }
  /** An Excel error value such as `#DIV/0!`. */
  | { t: 'e'; v: string }
  /** A formula saved without its computed value (written by a program that does not calculate). */
  | { t: 'f'; formula: string };

interface RichText {
  richText: { text: string }[];
}

/** Returns null for an empty cell (nothing, or only white space). */
export function toCell(value: unknown, numFmt: string | undefined): Cell | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value)
        ? { t: 'n', v: value, percent: isPercentFormat(numFmt) }
        : { t: 'e', v: '#NUM!' };
    case 'string':
      return value.trim() === '' ? null : { t: 's', v: value };
    case 'boolean':
      return { t: 'b', v: value };
  }
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? { t: 'e', v: '#VALUE!' } : { t: 'd', v: value };
  if (typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if ('richText' in o && Array.isArray(o.richText))
    return toCell((o as unknown as RichText).richText.map((r) => r.text).join(''), numFmt);
  if ('error' in o) return { t: 'e', v: String(o.error) };
  if ('formula' in o || 'sharedFormula' in o) {
    const result = o.result;
    if (result === undefined || result === null)
      return { t: 'f', formula: String(o.formula ?? o.sharedFormula ?? '') };
    // exceljs parses an error result of a formula (t="e") as a number: it comes back NaN.
    if (typeof result === 'number' && Number.isNaN(result)) return { t: 'e', v: '#VALUE!' };
    if (typeof result === 'object' && result !== null && 'error' in result)
      return { t: 'e', v: String((result as { error: unknown }).error) };
    return toCell(result, numFmt);
  }
  if ('text' in o && typeof o.text === 'string') return toCell(o.text, numFmt); // hyperlink
  return null;
}

/** The cell as the user typed or saw it, for messages ("'douze' is not a number"). */
export function rawText(cell: Cell | null): string {
  if (!cell) return '';
  switch (cell.t) {
    case 'n':
      return cell.percent ? `${round(cell.v * 100)} %` : String(cell.v);
    case 's':
      return cell.v;
    case 'd':
      return cell.v.toISOString().slice(0, 10);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.v;
    case 'f':
      return `=${cell.formula}`;
  }
}

function round(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

export { address, columnLetters } from '../model/cell-ref.js';

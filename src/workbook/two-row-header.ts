import type { Cell } from './cells.js';
import { parseNumberText } from './numbers.js';

/** A header cell's text: text, or a year written as a number (`2023`). Null for anything else. */
export function headerText(cell: Cell | null | undefined): string | null {
  if (cell?.t === 's') return cell.v;
  if (cell?.t === 'n' && Number.isInteger(cell.v)) return String(cell.v);
  return null;
}

export interface SplitHeader {
  /** One header row: each column's name, from the two rows. */
  cells: (Cell | null)[];
  /** A group whose sub-columns are no known names: its one name would stand for several columns. */
  shared?: { name: string; columns: number[]; subs: string[] };
}

interface Column {
  top: string | null;
  bottom: string | null;
  /** The column of the group's name (the first column of a horizontal merge) when under one. */
  group: number | null;
}

/**
 * The one header that two header rows make, or null when `bottom` is not a second header row.
 * Spreadsheets keep only the first cell of a merged range, so: a name in `top` with nothing
 * under it was merged vertically (`Indicateur` over rows 1-2); a name in `top` with a name under
 * it and names under the blank cells to its right was merged horizontally over them, its group
 * (`Désagrégation` over `Sexe` | `Région`). A sub-column is named `group name` when that is a
 * known name (`Cibles 2022`, `Réalisation T1`), else by itself when known (`Sexe`), else by the
 * group's name. A name in `top` known by itself heads no group unless blank cells to its right
 * have sub-columns: a value under it is then data, not a name (a template row with a period
 * already filled in).
 *
 * `bottom` is a second header row only if every cell in it is a name (text that is not a number,
 * or a year under a group) and one of its names is known, or a group spans several columns.
 */
export function splitHeader(
  top: readonly (Cell | null)[],
  bottom: readonly (Cell | null)[],
  known: (name: string) => boolean,
): SplitHeader | null {
  const width = Math.max(top.length, bottom.length);
  const columns: Column[] = [];
  const carried = new Map<number, number>();
  let group: number | null = null;
  for (let col = 1; col < width; col++) {
    const t = headerText(top[col]);
    const b = bottom[col] ? headerText(bottom[col]) : null;
    if (bottom[col] && (b === null || !isName(bottom[col] as Cell))) return null;
    if (t !== null) group = b !== null ? col : null;
    else if (b === null) group = null;
    else if (group !== null) carried.set(group, (carried.get(group) ?? 0) + 1);
    columns[col] = {
      top: t,
      bottom: b,
      group: t !== null ? (b !== null ? col : null) : b !== null ? group : null,
    };
  }
  const spans = (g: number | null) => g !== null && (carried.get(g) ?? 0) > 0;
  const cells: (Cell | null)[] = new Array(width).fill(null);
  const byGroupName = new Map<number, number[]>();
  let qualifies = false;
  for (let col = 1; col < width; col++) {
    const c = columns[col];
    if (!c) continue;
    const { top: t, bottom: b } = c;
    if (b === null) {
      cells[col] = t === null ? null : { t: 's', v: t };
      continue;
    }
    const parent = c.group === null ? null : (columns[c.group].top as string);
    // A year is a name only under a group (`Cibles` over 2022 | 2023), never a value in data.
    if (/^\s*\d+\s*$/.test(b) && !spans(c.group)) return null;
    // A known name with a value under it and no group: the value is data, the name stays.
    if (t !== null && known(t) && !spans(c.group)) {
      cells[col] = { t: 's', v: t };
      continue;
    }
    const joined = parent === null ? null : `${parent} ${b}`;
    let name: string;
    if (joined !== null && known(joined)) name = joined;
    else if (known(b)) name = b;
    else if (parent !== null && known(parent) && spans(c.group)) {
      name = parent;
      byGroupName.set(c.group as number, [...(byGroupName.get(c.group as number) ?? []), col]);
    } else name = b;
    if (name !== parent && known(name)) qualifies = true;
    cells[col] = { t: 's', v: name };
  }
  if (!qualifies && ![...carried.values()].some((n) => n > 0)) return null;
  for (const [g, cols] of byGroupName)
    if (cols.length > 1) {
      const subs = cols.map((c) => columns[c].bottom as string);
      return { cells, shared: { name: columns[g].top as string, columns: cols, subs } };
    }
  return { cells };
}

/** Text that is not a number (`12`, `1 300`), or a year (`2023`, as a number or as text). */
function isName(cell: Cell): boolean {
  if (cell.t === 'n') return isYear(cell.v);
  if (cell.t !== 's' || cell.v.trim() === '') return false;
  return /^\s*\d{4}\s*$/.test(cell.v) ? isYear(Number(cell.v)) : parseNumberText(cell.v) === null;
}

function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= 1900 && n <= 2100;
}

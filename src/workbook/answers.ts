import type { Cell } from './cells.js';
import { normaliseName } from './names.js';
import { YES_NO } from './vocabulary.js';

/**
 * A milestone's answer, as the plan and the reports write it: `oui`/`non` and their spellings
 * (vocabulary.ts `YES_NO`: yes/no, vrai/faux, réalisé…) or a TRUE/FALSE cell, as 1 or 0.
 * Undefined when the cell holds something else (a number, a stage, a word that is no answer).
 * The one reading of yes/no for both readers.
 */
export type YesNoTable = ReadonlyMap<string, 'yes' | 'no'>;

export function yesNoOf(cell: Cell | undefined, table: YesNoTable = YES_NO): 1 | 0 | undefined {
  if (!cell) return undefined;
  if (cell.t === 'b') return cell.v ? 1 : 0;
  if (cell.t !== 's') return undefined;
  const answer = table.get(normaliseName(cell.v));
  return answer === undefined ? undefined : answer === 'yes' ? 1 : 0;
}

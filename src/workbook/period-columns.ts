import { type Period, parsePeriod } from '../compute/periods.js';
import { monthOf } from './date-text.js';

/** Words that may stand before a period in a wide sheet's header (`Réalisation T1 2022`). */
const VALUE_PREFIXES = [
  'realisation',
  'realisations',
  'realise',
  'realisee',
  'realises',
  'realisees',
  'valeur',
  'valeurs',
  'valeur realisee',
  'valeur atteinte',
  'resultat',
  'value',
  'values',
  'actual',
  'actuals',
  'achieved',
];

/**
 * The period a wide sheet's column holds, from its (normalised) header: `2022 t1`, `t1 2022`,
 * `2022 q1`, `realisation t1 2022`, `valeur 2022 t1` (a note in parentheses is already gone),
 * `s1 2023`, `mars 2023`, `janv 2023`, `2023 03`, `2023`. A quarter or semester without a year (`t1`) gives
 * `T1`, whose year comes from the `Rapport` period or an `Année` column. Null for any other header.
 */
export function periodColumn(name: string): string | null {
  let rest = name;
  for (const prefix of VALUE_PREFIXES) {
    if (rest.startsWith(`${prefix} `)) {
      rest = rest.slice(prefix.length + 1);
      break;
    }
  }
  let m = /^([a-z]+) (\d{4})$/.exec(rest);
  const month = m ? monthOf(m[1]) : undefined;
  if (m && month !== undefined) return `${m[2]}-${String(month).padStart(2, '0')}`;
  m = /^(\d{4}) (\d{1,2})$/.exec(rest);
  if (m) return label(parsePeriod(`${m[1]}-${m[2]}`));
  m = /^(\d{1,2}) (\d{4})$/.exec(rest);
  if (m) return label(parsePeriod(`${m[2]}-${m[1]}`));
  m = /^([tqsh]) ?(\d)$/.exec(rest);
  if (m) {
    const kind = m[1] === 's' || m[1] === 'h' ? 'S' : 'T';
    const max = kind === 'S' ? 2 : 4;
    const n = Number(m[2]);
    return n >= 1 && n <= max ? `${kind}${n}` : null;
  }
  if (/^(\d{4}( ?[tqsh] ?\d)?|[tqsh] ?\d \d{4})$/.test(rest)) return label(parsePeriod(rest));
  return null;
}

function label(p: Period | null): string | null {
  return p ? p.label : null;
}

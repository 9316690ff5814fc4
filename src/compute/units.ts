/**
 * Units decide how values add up across entities: counts and amounts are summed, everything else
 * (percentages, rates, durations, scores) is averaged. Listed as data, not code.
 */
const COUNT_WORDS = [
  'nombre',
  'nb',
  'nbre',
  'number',
  'count',
  'effectif',
  'personnes',
  'personne',
  'persons',
  'people',
  'individus',
  'migrants',
  'menages',
  'households',
  'cas',
  'cases',
  'projets',
  'projects',
  'structures',
  'organisations',
  'organizations',
  'osc',
  'sessions',
  'ateliers',
  'workshops',
  'dossiers',
  'documents',
  'unites',
  'units',
  'beneficiaires',
  'beneficiaries',
  'emplois',
  'jobs',
  'entreprises',
  'participants',
  'montant',
  'amount',
];
const CURRENCIES = [
  'fcfa',
  'f cfa',
  'cfa',
  'xof',
  'eur',
  'euro',
  'euros',
  'usd',
  'dollars',
  'dollar',
  'gnf',
  'xaf',
  'chf',
  'gbp',
];
/** Amounts among COUNT_WORDS: they add up, but may have decimals. */
const AMOUNT_WORDS = ['montant', 'amount'];
/** Words of a unit that is a ratio or an average of counts (`personnes par ménage`, `nombre moyen`). */
const NOT_WHOLE_WORDS = ['par', 'per', 'moyen', 'moyenne', 'average', 'mean', 'ratio'];
const PERCENT_WORDS = ['%', 'pourcentage', 'percentage', 'percent', 'pct', 'taux', 'rate', 'proportion'];

function words(unit: string): string[] {
  return unit
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/%/g, ' % ')
    .split(/[^a-z0-9%]+/)
    .filter(Boolean);
}

// Units repeat on every value of an indicator: each spelling is classified once.
const percentUnits = new Map<string, boolean>();
const summableUnits = new Map<string, boolean>();

export function isPercentUnit(unit: string): boolean {
  let known = percentUnits.get(unit);
  if (known === undefined) {
    known = words(unit).some((w) => PERCENT_WORDS.includes(w));
    percentUnits.set(unit, known);
  }
  return known;
}

/** Counts and amounts (`nombre`, `FCFA`, `millions de FCFA`, `EUR`) add up across entities. */
export function isSummableUnit(unit: string): boolean {
  let known = summableUnits.get(unit);
  if (known === undefined) {
    known = classifySummable(unit);
    summableUnits.set(unit, known);
  }
  return known;
}

function classifySummable(unit: string): boolean {
  if (isPercentUnit(unit)) return false;
  const ws = words(unit);
  const joined = ` ${ws.join(' ')} `;
  // Whole words only: `eur` is a currency, not the end of `heures` or `valeur`.
  if (CURRENCIES.some((c) => joined.includes(` ${c} `))) return true;
  return ws.some((w) => COUNT_WORDS.includes(w));
}

/** The words that classify a unit, for the documentation (docs/workbook-format.md). */
export const UNIT_WORDS = {
  counts: COUNT_WORDS.filter((w) => !AMOUNT_WORDS.includes(w)),
  amounts: [...AMOUNT_WORDS, ...CURRENCIES],
  notWhole: NOT_WHOLE_WORDS,
} as const;

const countUnits = new Map<string, boolean>();

/**
 * Units counted in whole numbers (`nombre`, `personnes`, `ménages`...): a count, not an amount
 * (`FCFA`, `montant`), a percentage, or a ratio or average of counts (`personnes par ménage`,
 * `nombre moyen`). The reader takes `1.300` and `1,250` typed for such a unit as 1 300 and 1 250.
 */
export function isCountUnit(unit: string): boolean {
  let known = countUnits.get(unit);
  if (known === undefined) {
    const ws = words(unit);
    known =
      isSummableUnit(unit) &&
      ws.some((w) => COUNT_WORDS.includes(w) && !AMOUNT_WORDS.includes(w)) &&
      !ws.some((w) => AMOUNT_WORDS.includes(w) || NOT_WHOLE_WORDS.includes(w)) &&
      !CURRENCIES.some((c) => ` ${ws.join(' ')} `.includes(` ${c} `));
    countUnits.set(unit, known);
  }
  return known;
}

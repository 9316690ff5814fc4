/**
 * Percentages reported as a numerator and a denominator (`30 / 120`) add up as fractions:
 * Σ numerators / Σ denominators, never as a mean of percentages. The one place that rule is
 * written: parts of a period, an entity's periods and entities all combine through it.
 */
export interface Fraction {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/** In percentage points (30 / 120 → 25); null when the denominator is 0 or the result is not finite. */
export function percentOf(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const p = (numerator / denominator) * 100;
  return Number.isFinite(p) ? p : null;
}

/**
 * Figures summed (`sum`) or averaged (`mean`), unless every one gives a numerator and a
 * denominator: then Σ numerators / Σ denominators, whichever way they would add up.
 */
export function combine(parts: readonly Fraction[], how: 'sum' | 'mean'): Fraction {
  const fractions = parts.every((p) => p.numerator !== null && p.denominator !== null);
  const numerator = fractions ? sum(parts.map((p) => p.numerator as number)) : null;
  const denominator = fractions ? sum(parts.map((p) => p.denominator as number)) : null;
  const ratio = fractions ? percentOf(numerator as number, denominator as number) : null;
  const total = sum(parts.map((p) => p.value));
  return { value: ratio ?? (how === 'sum' ? total : total / parts.length), numerator, denominator };
}

export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** A figure that overflowed (1e308 + 1e308) is no figure: null, never Infinity in a report. */
export function finiteOrNull(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

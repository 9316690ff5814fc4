import { z } from 'zod';
import { ambiguousPeriod, parsePeriod } from '../compute/periods.js';
import { asFraction } from '../compute/status.js';
import { quoteValue } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';

/**
 * Options are parsed once through zod so that actions receive typed values. Values are
 * case-insensitive where they are words (`--lang EN`, `--format PDF`). A value refused names the
 * option as typed (`--max-rows`), what was given and what is expected, in the user's language
 * (`optionProblem`): zod's own messages never reach the user.
 */
const word = z.string().trim().toLowerCase();

export const LangOption = word.pipe(z.enum(['fr', 'en']));

export const Formats = (allowed: readonly string[]) =>
  z
    .string()
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((f) => f.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .refine((list) => list.length > 0 && list.every((f) => allowed.includes(f)));

export const OneOf = <const T extends readonly [string, ...string[]]>(values: T) => word.pipe(z.enum(values));

/** The report's structure (docs/review.md): `suivi`/`monitoring` (the default) or `revue`/`review`. */
export const KindOption = word
  .pipe(z.enum(['suivi', 'monitoring', 'revue', 'review']))
  .transform((k) => (k === 'revue' || k === 'review' ? ('review' as const) : ('monitoring' as const)));

/** A period as the user writes it (`2022-T4`, `T4 2022`, `2022-S1`, `2022-03`, `2022`): parsed once, here. */
export const PeriodOption = z.string().transform((s, ctx) => {
  const period = parsePeriod(s);
  if (!period) {
    ctx.addIssue({ code: 'custom' });
    return z.NEVER;
  }
  return period;
});

/** `80,50`, `80/50` or `0.8,0.5`: on-track then behind. */
export const ThresholdsOption = z.string().transform((s, ctx) => {
  const parts = s.split(/[,/;]/).map((p) => Number(p.trim().replace('%', '')));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n) || n < 0)) {
    ctx.addIssue({ code: 'custom' });
    return z.NEVER;
  }
  const [a, b] = parts.map(asFraction);
  return { onTrack: Math.max(a, b), behind: Math.min(a, b) };
});

export const CeilingOption = z
  .string()
  .transform((s) => asFraction(Number(s.replace('%', '').trim())))
  .refine((n) => Number.isFinite(n) && n > 0);

/** A number written on the command line: blanks and a decimal comma accepted, nothing else. */
const numeric = z
  .string()
  .trim()
  .regex(/^\d+(?:[.,]\d+)?$/)
  .transform((s) => Number(s.replace(',', '.')));

export const PositiveNumber = numeric.refine((n) => n > 0);
export const WholeNumber = z.string().trim().regex(/^\d+$/).transform(Number).refine(Number.isSafeInteger);
export const PositiveWholeNumber = WholeNumber.refine((n) => n > 0);

/** Free text for the cover: one line, trimmed, not empty. */
export const CoverText = z
  .string()
  .transform((s) => s.replace(/\s+/g, ' ').trim())
  .refine((s) => s.length > 0);

export const Common = {
  quiet: z.boolean().default(false),
  color: z.boolean().default(true),
  debug: z.boolean().default(false),
};

/** `maxRows` → `--max-rows`. */
export function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

export interface ProblemWording {
  /** The catalogue's description of a valid value, when its key differs from the option's. */
  expectKeys?: Record<string, string>;
  /** The values allowed, for the descriptions that list them (`--format`). */
  lists?: Record<string, string>;
}

/** Parses the options, or throws a usage error naming the first option refused. */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  raw: Record<string, unknown>,
  lang: Lang,
  command: string,
  wording: ProblemWording = {},
): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw optionProblem(parsed.error, raw, lang, command, wording);
}

export function optionProblem(
  error: z.ZodError,
  raw: Record<string, unknown>,
  lang: Lang,
  command: string,
  { expectKeys = {}, lists = {} }: ProblemWording = {},
): PonamError {
  const t = catalogue(lang).cli;
  const found = error.issues[0];
  const key = String(found?.path[0] ?? '');
  if (found?.code === 'custom' && key === 'entity') return new PonamError('usage', t.errors.entityOrAll);
  const given = raw[key];
  const value = Array.isArray(given) ? given.join(' ') : String(given ?? '');
  const ambiguous = key === 'period' ? ambiguousPeriod(value) : null;
  if (ambiguous)
    return new PonamError(
      'usage',
      `${flagOf(key)}${lang === 'fr' ? ' : ' : ': '}${catalogue(lang).periodAmbiguous(quoteValue(value), ambiguous.quarter, ambiguous.month)}`,
      t.errors.seeHelp(command),
    );
  const expect = t.expect[expectKeys[key] ?? key] ?? t.expect.text;
  const expected = typeof expect === 'function' ? expect(lists[key] ?? allowedOf(found)) : expect;
  return new PonamError(
    'usage',
    t.errors.badOption(flagOf(key), quoteValue(value), expected),
    t.errors.seeHelp(command),
  );
}

function allowedOf(found: z.core.$ZodIssue | undefined): string {
  const values = found && 'values' in found ? (found.values as unknown[]) : [];
  return values.map(String).join(', ');
}

import { z } from 'zod';
import { asFraction } from '../workbook/plan-reader.js';

/** Options shared by commands, parsed once through zod so that actions receive typed values. */
export const Lang = z.enum(['fr', 'en']);

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
    .refine((list) => list.length > 0 && list.every((f) => allowed.includes(f)), {
      message: `expected a comma-separated list of: ${allowed.join(', ')}`,
    });

/** `80,50`, `80/50` or `0.8,0.5`: on-track then behind. */
export const ThresholdsOption = z.string().transform((s, ctx) => {
  const parts = s.split(/[,/;]/).map((p) => Number(p.trim().replace('%', '')));
  if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n) || n < 0)) {
    ctx.addIssue({ code: 'custom', message: 'expected two numbers such as 80,50' });
    return z.NEVER;
  }
  const [a, b] = parts.map(asFraction);
  return { onTrack: Math.max(a, b), behind: Math.min(a, b) };
});

export const CeilingOption = z
  .string()
  .transform((s) => asFraction(Number(s.replace('%', ''))))
  .refine((n) => Number.isFinite(n) && n > 0, { message: 'expected a positive number such as 100 or 120' });

/** Turns a zod failure on options into a usage message naming the option. */
export function optionProblem(error: z.ZodError): string {
  return error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ');
}

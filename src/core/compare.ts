import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PublishedReport } from '../compute/changes.js';
import { parsePeriod } from '../compute/periods.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';

// `not-due` since schema version 3; a report of version 1 or 2 holds only the other four.
const Status = z.enum(['on-track', 'behind', 'critical', 'no-data', 'not-due']);
const Rate = z.number().nullable();
const Rollup = z.object({ code: z.string(), rate: Rate, status: Status });

/** What `--compare` reads of a published report.json (schema versions 1 to 3 hold it). */
const Published = z.object({
  schemaVersion: z.string(),
  period: z.string().refine((p) => parsePeriod(p) !== null, 'not a period'),
  plan: z.object({ code: z.string(), rate: Rate, status: Status }),
  axes: z.array(Rollup),
  results: z.array(Rollup),
  indicators: z.array(
    z.object({
      code: z.string(),
      actual: z.number().nullable(),
      target: z.number().nullable(),
      // `final` (schema 1-2: a milestone held to its final target) no longer exists: read as unknown.
      targetSource: z
        .enum(['period', 'year', 'prorated', 'due', 'final'])
        .nullable()
        .optional()
        .transform((s) => (s === 'final' ? null : s)),
      rate: Rate,
      status: Status,
      trend: z.array(z.object({ period: z.string(), actual: z.number().nullable() })),
    }),
  ),
});

/** Reads a report published earlier, for `report --compare`; a usage error (exit 2) when it is not one. */
export async function readPublished(path: string, shown: string, lang: Lang): Promise<PublishedReport> {
  const t = catalogue(lang).run;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code);
    if (code === 'ENOENT') throw new PonamError('usage', t.compareNotFound(shown), t.compareExpected);
    throw new PonamError('usage', t.compareUnreadable(shown, code), t.compareExpected);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // JSON.parse's own words (« Unexpected token… ») say nothing to the user: what the file is not does.
    throw new PonamError('usage', t.compareNotJson(shown), t.compareExpected);
  }
  const parsed = Published.safeParse(data);
  if (!parsed.success) {
    const field = parsed.error.issues[0].path.join('.') || '/';
    throw new PonamError('usage', t.compareNotReport(shown, field), t.compareExpected);
  }
  const r = parsed.data;
  return {
    file: shown,
    period: r.period,
    planCode: r.plan.code,
    plan: { rate: r.plan.rate, status: r.plan.status },
    axes: r.axes,
    results: r.results,
    indicators: r.indicators,
  };
}

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PublishedReport } from '../compute/changes.js';
import { parsePeriod } from '../compute/periods.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';

const Status = z.enum(['on-track', 'behind', 'critical', 'no-data']);
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
      targetSource: z.enum(['period', 'year', 'prorated', 'final']).nullable().optional(),
      rate: Rate,
      status: Status,
      trend: z.array(z.object({ period: z.string(), actual: z.number().nullable() })),
    }),
  ),
});

/** Reads a report published earlier, for `report --compare`; a usage error (exit 2) when it is not one. */
export async function readPublished(path: string, shown: string, lang: Lang): Promise<PublishedReport> {
  const t = catalogue(lang).run;
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const why = error instanceof SyntaxError ? error.message : (error as NodeJS.ErrnoException).code;
    throw new PonamError('usage', t.compareUnreadable(shown, String(why)), t.compareExpected);
  }
  const parsed = Published.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const why = `${first.path.join('.') || '/'}: ${first.message}`;
    throw new PonamError('usage', t.compareUnreadable(shown, why), t.compareExpected);
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

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PublishedReport } from '../compute/changes.js';
import { parsePeriod } from '../compute/periods.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import {
  AxisModel,
  IndicatorModel,
  PlanModel,
  READABLE_SCHEMA_VERSIONS,
  ReportJson,
  ResultModel,
  TargetSource,
} from '../model/report-schema.js';

/**
 * What `--compare` reads of a published report.json, through the contract's schema
 * (model/report-schema.ts): only the fields it uses, other keys ignored, so that a report of an
 * earlier version (1 and 2 lack `not-due` and `targetSource`) or one a later release of the same
 * version wrote (fields are only added within a version) is read. docs/json-contract.md.
 */
const Rollup = AxisModel.pick({ code: true, rate: true, status: true }).strip();
const Published = z.object({
  schemaVersion: z.enum(READABLE_SCHEMA_VERSIONS),
  period: ReportJson.shape.period.refine((p) => parsePeriod(p) !== null, 'not a period'),
  plan: PlanModel.pick({ code: true, rate: true, status: true }).strip(),
  axes: z.array(Rollup),
  results: z.array(ResultModel.pick({ code: true, rate: true, status: true }).strip()),
  indicators: z.array(
    IndicatorModel.pick({ code: true, actual: true, target: true, rate: true, status: true })
      .extend({
        // `final` (schema 1-2: a milestone held to its final target) no longer exists: read as
        // unknown; reports of schema 1 do not give it.
        targetSource: z
          .enum([...TargetSource.options, 'final'])
          .nullable()
          .optional()
          .transform((s) => (s === 'final' ? null : s)),
        trend: z.array(IndicatorModel.shape.trend.element.pick({ period: true, actual: true }).strip()),
      })
      .strip(),
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
  // A report of another schema version says so, rather than which of its fields differs.
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'string' && !(READABLE_SCHEMA_VERSIONS as readonly string[]).includes(version))
    throw new PonamError(
      'usage',
      t.compareVersion(shown, version, READABLE_SCHEMA_VERSIONS),
      t.compareVersionFix,
    );
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

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/compute/periods.js';
import { buildReport, type ReportRequest } from '../../src/core/report.js';
import { ReportJson, reportJsonSchema, SCHEMA_VERSION } from '../../src/model/report-schema.js';
import { jsonChunks } from '../../src/report/json.js';
import { DEMO, REPO } from '../helpers/cli.js';

/**
 * The JSON contract as a schema (docs/json-contract.md, "Validating report.json"):
 * report.schema.json validates the report.json of the demo and of the test fixtures with ajv, as a
 * consumer would; the zod schema parses the same outputs strictly, so a key the model writes and
 * the schema lacks fails here; and the committed report.schema.json is the generated one.
 */

const TOOL = { name: 'ponam', version: 'test' };
const at = (p: string) => parsePeriod(p) ?? undefined;
const fx = (...parts: string[]) => join(REPO, 'tests', ...parts);

const CASES: [string, Omit<ReportRequest, 'tool'>][] = [
  [
    'the demo at 2022-T4',
    { plan: join(DEMO, 'plan.xlsx'), data: [join(DEMO, 'data')], period: at('2022-T4') },
  ],
  [
    'the demo at 2022-T2',
    { plan: join(DEMO, 'plan.xlsx'), data: [join(DEMO, 'data')], period: at('2022-T2') },
  ],
  [
    'the demo at 2022-T4 in English',
    { plan: join(DEMO, 'plan.xlsx'), data: [join(DEMO, 'data')], period: at('2022-T4'), lang: 'en' },
  ],
  [
    'the demo as a mid-term review, with its analysis and recommendations',
    {
      plan: join(DEMO, 'plan.xlsx'),
      data: [join(DEMO, 'data')],
      period: at('2022-T4'),
      review: {
        kind: 'review',
        analysis: fx('fixtures-review', 'analyse.md'),
        analysisFolder: null,
        recommendations: [fx('fixtures-review', 'recommandations.xlsx')],
      },
    },
  ],
  [
    'fixtures-quarterly/activities-due',
    {
      plan: fx('fixtures-quarterly', 'activities-due', 'openpyxl', 'plan.xlsx'),
      data: [fx('fixtures-quarterly', 'activities-due', 'openpyxl', 'data')],
      period: at('2025-T4'),
    },
  ],
  [
    'fixtures-quarterly/resubmissions (a report superseded)',
    {
      plan: fx('fixtures-quarterly', 'resubmissions', 'openpyxl', 'plan.xlsx'),
      data: [fx('fixtures-quarterly', 'resubmissions', 'openpyxl', 'later-wins')],
    },
  ],
  [
    'fixtures-quarterly/outside-plan',
    {
      plan: fx('fixtures-quarterly', 'outside-plan', 'openpyxl', 'plan.xlsx'),
      data: [fx('fixtures-quarterly', 'outside-plan', 'openpyxl', 'data')],
    },
  ],
  [
    'fixtures-milestones (milestones not due)',
    {
      plan: fx('fixtures-milestones', 'openpyxl', 'plan.xlsx'),
      data: [fx('fixtures-milestones', 'openpyxl', 'data')],
      period: at('2022-T4'),
    },
  ],
  [
    'fixtures-totals/hidden',
    {
      plan: fx('fixtures-totals', 'hidden', 'openpyxl', 'plan-hidden.xlsx'),
      data: [fx('fixtures-totals', 'hidden', 'openpyxl', 'values-hidden.xlsx')],
    },
  ],
  [
    'fixtures-wide/configured',
    {
      plan: fx('fixtures-wide', 'configured', 'canonical', 'plan.xlsx'),
      data: [fx('fixtures-wide', 'configured', 'canonical', 'rapports')],
    },
  ],
  [
    'fixtures-issue22/comments',
    {
      plan: fx('fixtures-issue22', 'comments', 'plan.xlsx'),
      data: [fx('fixtures-issue22', 'comments', 'kayes-2025-T1.xlsx')],
    },
  ],
];

/** report.json as `ponam report --format json` writes it, parsed. */
async function reportJson(req: Omit<ReportRequest, 'tool'>): Promise<unknown> {
  const outcome = await buildReport({ ...req, tool: TOOL });
  if (!outcome.ok) throw new Error(`no report: ${JSON.stringify(outcome.issues.slice(0, 3))}`);
  return JSON.parse([...jsonChunks(outcome.model)].join(''));
}

const committed = JSON.parse(readFileSync(join(REPO, 'report.schema.json'), 'utf8')) as Record<
  string,
  unknown
>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(committed);
const errors = (data: unknown) =>
  validate(data)
    ? []
    : (validate.errors ?? []).map(
        (e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`,
      );

describe('report.schema.json validates report.json', () => {
  const reports = new Map<string, unknown>();
  beforeAll(async () => {
    for (const [name, req] of CASES) reports.set(name, await reportJson(req));
  }, 120_000);

  it.each(CASES.map(([name]) => name))(
    '%s: valid for ajv (draft 2020-12) and for the strict zod schema',
    (name) => {
      const data = reports.get(name);
      expect(errors(data)).toEqual([]);
      const parsed = ReportJson.safeParse(data);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    },
  );

  it('the cases reach the optional and nested parts: a review, a resubmission, comments, activities', () => {
    const all = [...reports.values()] as ReportJson[];
    expect(all.some((r) => r.kind === 'review' && r.analysis !== null && r.recommendations !== null)).toBe(
      true,
    );
    expect(all.some((r) => (r.quality.resubmissions ?? []).length > 0)).toBe(true);
    expect(all.some((r) => r.indicators.some((i) => i.comments.length > 0))).toBe(true);
    expect(all.some((r) => r.activities.length > 0 && r.plan.execution !== null)).toBe(true);
    expect(all.some((r) => r.indicators.some((i) => i.status === 'not-due'))).toBe(true);
    expect(all.some((r) => r.quality.timeliness.lateByEntity.length > 0)).toBe(true);
  });

  it('a key the schema does not know fails it, at every level of the report', () => {
    // Each distinct object path of the review (array indices merged), given one more key: both
    // schemas refuse it. This is what fails when a field is added to the model but not the schema.
    const review = reports.get(CASES[3][0]) as Record<string, unknown>;
    const paths = new Map<string, (string | number)[]>();
    const walk = (v: unknown, path: (string | number)[]) => {
      if (v === null || typeof v !== 'object') return;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
        return;
      }
      const shape = path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');
      // Records keyed by the data (analysis.axes by axis code) take any key: not a field.
      if (!paths.has(shape) && !/(^|\.)analysis\.axes$|\.sections$/.test(shape)) paths.set(shape, path);
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(review, []);
    expect(paths.size).toBeGreaterThan(60);
    const refused: string[] = [];
    for (const [shape, path] of paths) {
      let node: Record<string | number, unknown> = review;
      for (const p of path) node = node[p] as Record<string | number, unknown>;
      node.addedField = 1;
      if (!validate(review) && !ReportJson.safeParse(review).success) refused.push(shape);
      delete node.addedField;
    }
    expect(refused).toEqual([...paths.keys()]);
    expect(errors(review)).toEqual([]);
  });
});

describe('report.schema.json, the file', () => {
  it('is the schema generated from src/model/report-schema.ts, committed', () => {
    const head = execFileSync('git', ['show', 'HEAD:report.schema.json'], { cwd: REPO, encoding: 'utf8' });
    expect(head).toBe(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  });

  it('is a draft 2020-12 schema of the current schemaVersion whose every object refuses unknown keys', () => {
    expect(committed.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((committed.properties as { schemaVersion: unknown }).schemaVersion).toEqual({
      type: 'string',
      const: SCHEMA_VERSION,
    });
    const open: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object' && n.additionalProperties !== false && n.propertyNames === undefined)
        open.push(at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
    };
    walk(committed, '#');
    expect(open).toEqual([]);
  });

  it('is regenerated by the build and published in the package', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      files: string[];
      scripts: Record<string, string>;
    };
    expect(pkg.files).toContain('report.schema.json');
    expect(pkg.scripts.build).toContain('node scripts/gen-report-schema.mjs');
  });
});

/**
 * Properties of the whole model over generated plans and values (fast-check), for the rules of
 * issue 10 (docs/rules.md, "Target at P", "Previous period and changes"):
 * - a report at P recomputed against its own model, published (`--compare` with its own JSON),
 *   lists no revision and no status change;
 * - the order of the values, of the files and sheets they come from, of the activity reports
 *   and of the submissions changes no figure of the model;
 * - no number anywhere in the model — targets at P, pro-rating, previous figures, breakdowns,
 *   execution, quality — is NaN or ±Infinity, for any finite input.
 *
 * Generated inputs are what reaches the computation after reading and checking: canonical period
 * labels, one value per indicator × entity × period × disaggregation (duplicates are set aside
 * before, checks.ts), every kind of period (quarters, semesters, months, years) and of P.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublishedReport } from '../../src/compute/changes.js';
import { type ComputeInput, computeReport, type ReportModel } from '../../src/compute/model.js';
import {
  type Activity,
  type ActivityReport,
  DEFAULT_SETTINGS,
  type Indicator,
  type Plan,
  type ReportedValue,
  type Submission,
} from '../../src/model/plan.js';
import { p } from '../helpers/compute.js';

const RUNS = { numRuns: Number(process.env.PROP_RUNS ?? 200) };

const PERIODS = [
  '2022-T1',
  '2022-T2',
  '2022-T3',
  '2022-T4',
  '2022-S1',
  '2022-S2',
  '2022-02',
  '2022-05',
  '2022-12',
  '2022',
  '2023-T1',
  '2023-S1',
  '2023-04',
  '2023',
];
const REPORT_PERIODS = [
  '2022-T1',
  '2022-T2',
  '2022-S1',
  '2022-05',
  '2022-T4',
  '2022',
  '2023-T1',
  '2023-S1',
  '2023-04',
];
const ENTITIES = ['Kayes', 'Gao', 'Mopti'];
const PARTS = ['', '', 'sexe=F', 'sexe=H', 'région=Kayes|sexe=F'];
const FILES = ['a.xlsx', 'b.xlsx', 'c.xlsx'];
const SHEETS = ['Valeurs', 'Données'];
const SUB_YEAR = ['2022-T1', '2022-S1', '2022-05', '2023-T1'];

interface Generated {
  input: ComputeInput;
}

/** Plans and values; `number` gives every figure (targets, baselines, values, budgets). */
function inputs(number: fc.Arbitrary<number>): fc.Arbitrary<Generated> {
  const option = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
  const indicatorArb = fc.record({
    owner: fc.nat(5),
    type: fc.constantFrom('quantitative', 'quantitative', 'quantitative', 'milestone', 'qualitative'),
    direction: fc.constantFrom('increase', 'decrease', 'maintain'),
    aggregation: fc.constantFrom('sum', 'last', 'mean', 'max'),
    entityAggregation: fc.constantFrom(null, null, 'sum', 'mean'),
    targetType: fc.constantFrom('annual', 'cumulative'),
    method: fc.constantFrom(null, 'auto', 'ratio', 'progression'),
    unit: fc.constantFrom('nombre', '%', 'jours', 'FCFA'),
    baseline: option(number),
    t2022: option(number),
    t2023: option(number),
    sub: fc.uniqueArray(fc.tuple(fc.constantFrom(...SUB_YEAR), number), {
      maxLength: 3,
      selector: ([l]) => l,
    }),
    final: option(number),
    scale: option(fc.integer({ min: 1, max: 5 })),
    weight: fc.oneof(fc.constant(1), fc.constant(0), fc.integer({ min: 1, max: 5 })),
    frequency: fc.constantFrom(null, 'trimestrielle', 'semestrielle', 'annuelle', 'mensuelle'),
    values: fc.uniqueArray(
      fc.record({
        entity: fc.constantFrom(...ENTITIES),
        period: fc.constantFrom(...PERIODS),
        part: fc.constantFrom(...PARTS),
        value: option(number),
        fraction: option(fc.tuple(number, number)),
        file: fc.constantFrom(...FILES),
        sheet: fc.constantFrom(...SHEETS),
        comment: fc.option(fc.constantFrom('retard', 'RAS', 'données partielles'), { nil: undefined }),
      }),
      { maxLength: 8, selector: (x) => `${x.entity}|${x.period}|${x.part}` },
    ),
  });
  return fc
    .record({
      axes: fc.integer({ min: 1, max: 3 }),
      results: fc.array(fc.nat(2), { maxLength: 4 }),
      indicators: fc.array(indicatorArb, { minLength: 1, maxLength: 6 }),
      activities: fc.array(
        fc.record({
          owner: fc.nat(5),
          budget: option(number),
          reports: fc.array(
            fc.record({
              period: fc.constantFrom(...PERIODS),
              status: fc.constantFrom(null, 'not-started', 'in-progress', 'done', 'abandoned'),
              progress: option(number),
              disbursed: option(number),
            }),
            { maxLength: 3 },
          ),
        }),
        { maxLength: 3 },
      ),
      period: fc.constantFrom(...REPORT_PERIODS),
      basis: fc.constantFrom('pace', 'year'),
      method: fc.constantFrom('auto', 'ratio', 'progression'),
      ceiling: fc.constantFrom(1, 1.2, 2),
      dates: fc.array(fc.constantFrom(null, '2022-04-10', '2022-07-30', '2023-01-15'), {
        minLength: FILES.length,
        maxLength: FILES.length,
      }),
    })
    .map((g) => {
      const axes = Array.from({ length: g.axes }, (_, k) => ({
        code: `A${k + 1}`,
        label: `Axe ${k + 1}`,
        weight: 1,
      }));
      const results = g.results.map((a, k) => ({
        code: `R${k + 1}`,
        axis: axes[a % axes.length].code,
        label: `Résultat ${k + 1}`,
        level: null,
        weight: 1,
      }));
      const values: ReportedValue[] = [];
      let row = 2;
      const indicators: Indicator[] = g.indicators.map((x, k) => {
        const code = `I${k + 1}`;
        const result = x.owner < results.length ? results[x.owner] : null;
        for (const v of x.values) {
          values.push({
            indicator: code,
            entity: v.entity,
            period: v.period,
            value: v.value,
            numerator: v.fraction ? v.fraction[0] : null,
            denominator: v.fraction ? v.fraction[1] : null,
            disaggregation: v.part,
            file: v.file,
            sheet: v.sheet,
            cell: `C${row++}`,
            ...(v.comment ? { comment: v.comment } : {}),
          });
        }
        const targets: Record<string, number> = {};
        if (x.t2022 !== null) targets['2022'] = x.t2022;
        if (x.t2023 !== null) targets['2023'] = x.t2023;
        return {
          code,
          axis: result ? result.axis : axes[x.owner % axes.length].code,
          result: result ? result.code : null,
          label: `Indicateur ${code}`,
          unit: x.unit,
          type: x.type,
          direction: x.direction,
          aggregation: x.aggregation,
          entityAggregation: x.entityAggregation,
          targetType: x.targetType,
          method: x.method,
          baseline: x.baseline,
          baselineYear: null,
          targets,
          periodTargets: Object.fromEntries(x.sub),
          finalTarget: x.final,
          frequency: x.frequency,
          responsible: ['Kayes', 'Gao'],
          disaggregations: [],
          source: null,
          weight: x.weight,
          scale: x.scale,
          at: { file: 'plan.xlsx', sheet: 'Indicateurs', cell: `A${k + 2}` },
        };
      });
      const planActivities: Activity[] = [];
      const reports: ActivityReport[] = [];
      g.activities.forEach((a, k) => {
        const code = `AC${k + 1}`;
        const result = a.owner < results.length ? results[a.owner] : null;
        planActivities.push({
          code,
          result: result ? result.code : null,
          axis: result ? result.axis : axes[a.owner % axes.length].code,
          label: `Activité ${k + 1}`,
          responsible: ['Kayes'],
          budget: a.budget === null ? null : Math.abs(a.budget),
          at: { file: 'plan.xlsx', sheet: 'Activités', cell: `A${k + 2}` },
        });
        a.reports.forEach((r, j) => {
          reports.push({
            activity: code,
            entity: 'Kayes',
            period: r.period,
            status: r.status,
            progress: r.progress,
            disbursed: r.disbursed,
            file: FILES[j % FILES.length],
            sheet: 'Activités',
            cell: `A${k * 10 + j + 2}`,
            comment: `note ${k}.${j}`,
          });
        });
      });
      const plan: Plan = {
        file: 'plan.xlsx',
        settings: {
          ...DEFAULT_SETTINGS,
          code: 'PAN',
          title: 'Plan',
          startYear: 2022,
          endYear: 2024,
          targetBasis: g.basis,
          method: g.method,
          ceiling: g.ceiling,
        },
        axes,
        results,
        indicators,
        activities: planActivities,
      };
      const submissions: Submission[] = FILES.map((file, k) => ({
        file,
        entity: ENTITIES[k],
        period: '2022-T1',
        submittedOn: g.dates[k],
      }));
      const input: ComputeInput = {
        plan,
        values,
        activities: reports,
        submissions,
        period: p(g.period),
        lang: 'fr',
        issues: [],
        sources: [],
        tool: { name: 'ponam', version: 'test' },
        generatedAt: null,
      };
      return { input };
    });
}

/** The model as its JSON is published, read back the way `--compare` reads it. */
function asPublished(model: ReportModel): PublishedReport {
  const json = JSON.parse(JSON.stringify(model)) as ReportModel;
  return {
    file: 'report.json',
    period: json.period,
    planCode: json.plan.code,
    plan: { rate: json.plan.rate, status: json.plan.status },
    axes: json.axes.map((a) => ({ code: a.code, rate: a.rate, status: a.status })),
    results: json.results.map((r) => ({ code: r.code, rate: r.rate, status: r.status })),
    indicators: json.indicators.map((i) => ({
      code: i.code,
      actual: i.actual,
      target: i.target,
      rate: i.rate,
      status: i.status,
      trend: i.trend.map((t) => ({ period: t.period, actual: t.actual })),
    })),
  };
}

describe('--compare with its own report', () => {
  it('lists no revision and no status change', () => {
    fc.assert(
      fc.property(inputs(fc.double({ min: -1e9, max: 1e9, noNaN: true })), ({ input }) => {
        const model = computeReport(input);
        const again = computeReport({ ...input, published: asPublished(model) });
        expect(again.changes.against).toBe('published-report');
        expect(again.changes.period).toBe(model.period);
        expect(again.changes.revisions).toEqual([]);
        expect(again.changes.statusChanges).toEqual([]);
      }),
      RUNS,
    );
  });
});

/** Shuffles with a seed fast-check chose, so that a failure is replayable. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The model with the lists that follow the input order by design put in a canonical order: the
 * trace ("in the order the values were used": parts of one entity and period in reading order).
 */
function figures(model: ReportModel): unknown {
  return {
    ...model,
    indicators: model.indicators.map((i) => ({
      ...i,
      trace: (i.trace ?? [])
        .map((g) => ({
          ...g,
          cells: g.cells.map((c, k) => `${c}=${g.values[k]}`).sort(),
          values: null,
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    })),
  };
}

describe('the order of the inputs', () => {
  // Whole numbers: their sums are exact in any order, so any difference is a real one.
  const whole = fc.integer({ min: -1_000_000, max: 1_000_000 });

  it('changes no figure when the values and the submissions are shuffled', () => {
    fc.assert(
      fc.property(inputs(whole), fc.integer(), ({ input }, seed) => {
        const model = computeReport(input);
        const other = computeReport({
          ...input,
          values: shuffled(input.values as ReportedValue[], seed),
          submissions: shuffled(input.submissions, seed + 1),
        });
        expect(figures(other)).toEqual(figures(model));
      }),
      RUNS,
    );
  });

  it('changes no figure when the files (and their sheets) come in another order', () => {
    fc.assert(
      fc.property(inputs(whole), fc.integer(), ({ input }, seed) => {
        const values = input.values as ReportedValue[];
        const order = shuffled(
          FILES.flatMap((f) => SHEETS.map((s) => `${f}|${s}`)),
          seed,
        );
        const byFile = order.flatMap((key) => values.filter((v) => `${v.file}|${v.sheet}` === key));
        expect(byFile).toHaveLength(values.length);
        expect(figures(computeReport({ ...input, values: byFile }))).toEqual(figures(computeReport(input)));
      }),
      RUNS,
    );
  });

  it('changes no figure when the activity reports are shuffled', () => {
    fc.assert(
      fc.property(inputs(whole), fc.integer(), ({ input }, seed) => {
        const other = computeReport({ ...input, activities: shuffled(input.activities, seed) });
        expect(figures(other)).toEqual(figures(computeReport(input)));
      }),
      { ...RUNS, seed: 20251130 },
    );
  });

  it('takes the same status whichever of two reports ending the same month comes first', () => {
    const [{ input }] = fc.sample(inputs(whole), { numRuns: 1, seed: 1 });
    const plan: Plan = {
      ...input.plan,
      activities: [
        {
          code: 'AC1',
          result: null,
          axis: input.plan.axes[0].code,
          label: 'Activité',
          responsible: ['Kayes'],
          budget: 1000,
          at: { file: 'plan.xlsx', sheet: 'Activités', cell: 'A2' },
        },
      ],
    };
    const report = (period: string, status: ActivityReport['status'], file: string): ActivityReport => ({
      activity: 'AC1',
      entity: 'Kayes',
      period,
      status,
      progress: null,
      disbursed: null,
      file,
      sheet: 'Activités',
      cell: 'A2',
    });
    // Kayes's yearly report says in progress, its December report done: both end in December 2022.
    const reports = [
      report('2022', 'in-progress', 'annuel.xlsx'),
      report('2022-12', 'done', 'decembre.xlsx'),
    ];
    const at = (order: ActivityReport[]) =>
      computeReport({ ...input, plan, activities: order, period: p('2022-T4') }).activities[0];
    expect(at([...reports].reverse())).toEqual(at(reports));
  });
});

/** Every number in the model, with its path. */
function numbers(x: unknown, path = '$'): [string, number][] {
  if (typeof x === 'number') return [[path, x]];
  if (Array.isArray(x)) return x.flatMap((v, k) => numbers(v, `${path}[${k}]`));
  if (x && typeof x === 'object') return Object.entries(x).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

function expectFinite(model: ReportModel): void {
  const bad = numbers(model).filter(([, n]) => !Number.isFinite(n));
  expect(bad).toEqual([]);
}

describe('no NaN or Infinity anywhere in the model', () => {
  // 0, or 1e-6 ≤ |x| ≤ 1e12: what a plan and its reports hold.
  const plain = fc.oneof(
    fc.constant(0),
    fc.double({ min: 1e-6, max: 1e12, noNaN: true }),
    fc.double({ min: -1e12, max: -1e-6, noNaN: true }),
  );

  it('for figures as a plan holds them, at P, at P−1 and against a published report', () => {
    fc.assert(
      fc.property(inputs(plain), ({ input }) => {
        const model = computeReport(input);
        expectFinite(model);
        expectFinite(computeReport({ ...input, published: asPublished(model) }));
      }),
      RUNS,
    );
  });

  it('for any finite figures, however large or small', () => {
    fc.assert(
      fc.property(inputs(fc.double({ noNaN: true, noDefaultInfinity: true })), ({ input }) => {
        expectFinite(computeReport(input));
      }),
      { ...RUNS, seed: 20251130 },
    );
  });

  describe('the smallest cases', () => {
    const [{ input }] = fc.sample(inputs(fc.constant(1)), { numRuns: 1, seed: 1 });
    const axis = input.plan.axes[0].code;
    const base = input.plan.indicators[0];
    const percent: Indicator = {
      ...base,
      code: 'I1',
      axis,
      result: null,
      unit: '%',
      type: 'quantitative',
      aggregation: 'last',
      entityAggregation: null,
      targets: { '2022': 50 },
      periodTargets: {},
    };
    const part = (sex: string, cell: string): ReportedValue => ({
      indicator: 'I1',
      entity: 'Kayes',
      period: '2022-T1',
      value: 50,
      numerator: 1,
      denominator: 5e-324,
      disaggregation: `sexe=${sex}`,
      file: 'a.xlsx',
      sheet: 'Valeurs',
      cell,
    });
    const compute = (more: Partial<ComputeInput>) =>
      computeReport({
        ...input,
        plan: { ...input.plan, results: [], indicators: [percent], activities: [] },
        values: [],
        activities: [],
        period: p('2022-T1'),
        ...more,
      });

    it('gives no infinite entity figure for a tiny denominator', () => {
      // Two parts of Kayes at 2022-T1, each 1 / 5e-324: Σ numerators / Σ denominators overflows.
      expectFinite(compute({ values: [part('F', 'B2'), part('H', 'B3')] }));
    });

    it('gives no infinite financial rate for a tiny budget', () => {
      const activity: Activity = {
        code: 'AC1',
        result: null,
        axis,
        label: 'Activité',
        responsible: [],
        budget: 5e-324,
        at: { file: 'plan.xlsx', sheet: 'Activités', cell: 'A2' },
      };
      const model = compute({
        plan: { ...input.plan, results: [], indicators: [percent], activities: [activity] },
        activities: [
          {
            activity: 'AC1',
            entity: 'Kayes',
            period: '2022-T1',
            status: null,
            progress: null,
            disbursed: 1,
            file: 'a.xlsx',
            sheet: 'Activités',
            cell: 'A2',
          },
        ],
      });
      expectFinite(model);
    });

    it('gives no infinite target when yearly targets add up beyond the largest number', () => {
      const flow: Indicator = {
        ...percent,
        unit: 'nombre',
        aggregation: 'sum',
        targetType: 'annual',
        targets: { '2022': 1e308, '2023': 1e308 },
      };
      // At 2023-T1: T_2023 = 1e308 + 1e308 overflows; pro-rated from T_2022 = 1e308.
      expectFinite(
        compute({
          plan: { ...input.plan, results: [], indicators: [flow], activities: [] },
          period: p('2023-T1'),
        }),
      );
    });
  });
});

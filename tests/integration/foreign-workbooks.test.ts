/**
 * Foreign workbooks: plan and data workbooks written by programs other than exceljs
 * (openpyxl, LibreOffice Calc), with realistic messiness, run through the built CLI:
 *
 *   node bin/ponam.js report --plan <plan.xlsx> --data <data dir> --period 2022-T4 --format json --out <tmp>
 *
 * Every expected figure below is computed by hand from docs (docs/rules.md):
 * - values counted at P = 2022-T4 are those whose period ends on or before 2022-12-31;
 * - per entity: somme → sum of its periods, dernière → its latest value; across entities:
 *   summed for counts/amounts (nombre, FCFA, USD), averaged otherwise (%, jours/days);
 *   a % reported with numérateur/dénominateur → Σnum / Σden (×100, percentage points);
 * - target at P: cumulée → the `Cible 2022` cell; annuelle + somme → Σ Cible 2020..2022;
 * - method auto: ratio for flows (somme), progression for levels (dernière…) with a baseline;
 *   ratio = A/T (baisse: T/A); progression = (A−B)/(T−B) (baisse: (B−A)/(B−T));
 *   jalon oui/non → 1/0;
 * - roll-ups use rates clamped to [0, plafond = 1]; result = mean of its indicators with data,
 *   axis = mean of its results with data, plan = mean of axes (all weights 1);
 *   coverage = indicators with data / indicators;
 * - status: ≥ 0.8 on-track, ≥ 0.5 behind, below critical, no data → no-data.
 *
 * Fixtures are produced by scripts/fixtures/make_openpyxl.py and scripts/fixtures/make_libreoffice.sh.
 * A fixture set whose files are missing is skipped with a message; a failing CLI is a failure.
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ponam, REPO } from '../helpers/cli.js';
import { skipWithoutFixtures } from '../helpers/tools.js';

const PERIOD = '2022-T4';
const CLI_TIMEOUT_MS = 120_000;

type Status = 'on-track' | 'behind' | 'critical' | 'no-data' | 'not-due';

interface JsonIndicator {
  code: string;
  result: string;
  axis: string;
  unit?: string | null;
  direction?: string;
  aggregation?: string;
  entityAggregation?: string;
  targetType?: string;
  method?: string | null;
  baseline?: number | null;
  target: unknown;
  actual: unknown;
  rate: number | null;
  rateClamped?: number | null;
  status: Status;
  reason?: string | null;
  entities?: { entity: string; value: unknown; valueCount?: number }[];
  trace?: { file: string; sheet: string; entity?: string; period?: string; cells: string[] }[];
}

interface JsonReport {
  schemaVersion: string;
  period: string;
  plan: {
    rate: number | null;
    coverage: number;
    status?: Status;
    indicatorCount?: number;
    withData?: number;
    statusCounts?: Record<Status, number>;
  };
  axes: {
    code: string;
    rate: number | null;
    coverage: number;
    status: Status;
    indicatorCount?: number;
    withData?: number;
    statusCounts?: Record<Status, number>;
  }[];
  results: { code: string; axis: string; rate: number | null; status?: Status }[];
  indicators: JsonIndicator[];
  quality?: { issues: unknown[] };
  sources?: { path: string; sha256: string }[];
}

/** A milestone value: the contract does not fix its JSON spelling, so accept the usual ones. */
type Milestone = { milestone: 'yes' | 'no' };

interface IndicatorExpectation {
  code: string;
  result: string;
  axis: string;
  target: number | Milestone;
  actual: number | null | Milestone;
  rate: number | null;
  rateClamped: number | null;
  status: Status;
  method?: 'ratio' | 'progression' | 'milestone';
  entityAggregation?: 'sum' | 'mean' | 'ratio';
  reason?: string;
  /** per-entity values after aggregation over the entity's own periods */
  entities?: Record<string, number>;
  /** (file basename, sheet, cell) of every source value the actual came from */
  trace?: [string, string, string][];
}

interface GroupExpectation {
  code: string;
  rate: number | null;
  status: Status;
  axis?: string;
  coverage?: number;
  indicatorCount?: number;
  withData?: number;
  statusCounts?: Record<Status, number>;
}

interface FixtureExpectation {
  name: string;
  dir: string; // relative to the repo root
  regenerate: string;
  requiredFiles: string[]; // relative to dir
  indicators: IndicatorExpectation[];
  results: GroupExpectation[];
  axes: GroupExpectation[];
  plan: {
    rate: number;
    coverage: number;
    status: Status;
    indicatorCount: number;
    withData: number;
    statusCounts: Record<Status, number>;
  };
}

// ---------------------------------------------------------------------------------------------
// openpyxl-messy (scripts/fixtures/make_openpyxl.py)
// ---------------------------------------------------------------------------------------------
const OPENPYXL: FixtureExpectation = {
  name: 'openpyxl-messy',
  dir: 'tests/fixtures-foreign/openpyxl-messy',
  regenerate: '/usr/bin/python3 scripts/fixtures/make_openpyxl.py',
  requiredFiles: [
    'plan.xlsx',
    'data/OIM-2022-T4.xlsx',
    'data/GIZ-2022-T4.xlsx',
    'data/OIM-2023-T1.xlsx',
    'bad/OIM-2022-T4.xlsx',
  ],
  indicators: [
    {
      // nombre, somme, cumulée, baseline 0 — entities OIM and GIZ
      code: 'I1.1.1',
      result: 'R1.1', // Résultat B2
      axis: 'A1', // merged Axe A2:A5
      // cumulée target read at 2022: Cible 2022 = text "70 000" (normal space) → 70000
      target: 70000,
      // somme per entity over periods ≤ 2022-T4:
      //   OIM 30000 (2021-T4) + "12 500" (U+00A0, 2022-T2) + 20000 (2022-T4) = 62500
      //   GIZ 10000 ("T2 2022") + "1 250" (U+202F, 2022-T3) = 11250
      //   ignored (after P): GIZ 99999 (2023-T1), OIM-2023-T1.xlsx 5000
      // unit nombre (count) → summed across entities: 62500 + 11250 = 73750
      actual: 73750,
      // auto + somme (flow) → ratio: 73750 / 70000 = 1.0535714… (raw rate kept above 1)
      rate: 73750 / 70000,
      rateClamped: 1, // clamped to plafond 100 % → 1
      status: 'on-track', // 1.05 ≥ 0.8
      method: 'ratio',
      entityAggregation: 'sum',
      entities: { OIM: 62500, GIZ: 11250 },
      trace: [
        ['OIM-2022-T4.xlsx', 'Valeurs', 'C2'],
        ['OIM-2022-T4.xlsx', 'Valeurs', 'C3'],
        ['OIM-2022-T4.xlsx', 'Valeurs', 'C4'],
        ['GIZ-2022-T4.xlsx', 'VALEURS', 'B2'],
        ['GIZ-2022-T4.xlsx', 'VALEURS', 'B3'],
      ],
    },
    {
      // nombre, somme, annuelle targets 10/20/30/40/50 for 2020..2024
      code: 'I1.1.2',
      result: 'R1.1', // Résultat B3
      axis: 'A1', // merged Axe (blank A3)
      // annuelle target of a somme indicator adds up over the years to P: 10 + 20 + 30 = 60
      target: 60,
      // OIM 15 (2021-T2) + 12 (2022-T1) + 8 (2022-T3) = 35; GIZ 10 (2022-T4) = 10;
      // OIM-2023-T1.xlsx 40 ignored; counts summed across entities: 35 + 10 = 45
      actual: 45,
      // auto + somme → ratio: 45 / 60 = 0.75
      rate: 0.75,
      rateClamped: 0.75,
      status: 'behind', // 0.5 ≤ 0.75 < 0.8
      method: 'ratio',
      entityAggregation: 'sum',
      entities: { OIM: 35, GIZ: 10 },
    },
    {
      // %, dernière, cumulée, baseline 40
      code: 'I1.2.1',
      result: 'R1.2', // Résultat B4
      axis: 'A1',
      target: 70, // Cible 2022 = 70
      // dernière per entity: OIM latest ≤ P is 2022-T4 "45 %" (text) → 45 (2022-T2 0.5 '0%' superseded);
      //   GIZ latest ≤ P is 2022-T3 0.75 formatted '0%' → 75 (2023-T1 99 ignored)
      // unit % → averaged across entities: (45 + 75) / 2 = 60
      actual: 60,
      // auto + dernière (level) with baseline → progression: (60 − 40) / (70 − 40) = 20/30
      rate: 2 / 3,
      rateClamped: 2 / 3,
      status: 'behind', // 0.667
      method: 'progression',
      entityAggregation: 'mean',
      entities: { OIM: 45, GIZ: 75 },
    },
    {
      // %, dernière, cumulée, baseline 20, reported with Numérateur / Dénominateur
      code: 'I1.2.2',
      result: 'R1.2', // blank Résultat B5 filled down from B4
      axis: 'A1',
      target: 55, // Cible 2022 = 55
      // OIM 2022-T4: 30/120 (Valeur 25); GIZ 2022-T3: 90/180 (Valeur 50); GIZ 2023-T1 900/1000 ignored
      // Σnum/Σden = (30 + 90) / (120 + 180) = 120/300 = 40 % → 40   (mean of % would be 37.5: wrong)
      actual: 40,
      // auto + dernière with baseline → progression: (40 − 20) / (55 − 20) = 20/35 = 0.5714286
      // (the wrong mean-of-% would give (37.5 − 20)/35 = 0.5)
      rate: 20 / 35,
      rateClamped: 20 / 35,
      status: 'behind',
      method: 'progression',
      entityAggregation: 'ratio',
    },
    {
      // jours, baisse, dernière, cumulée, baseline 90
      code: 'I2.1.1',
      result: 'R2.1', // Résultat B7 (after the blank row 6)
      axis: 'A2', // merged Axe A7:A10
      target: 60, // Cible 2022 = 60
      // dernière: OIM 2022-T4 = 70 (2022-T2 80 superseded); GIZ 2022-T3 = 76
      // unit jours (not a count) → averaged: (70 + 76) / 2 = 73
      actual: 73,
      // auto + dernière with baseline → progression, baisse: (B − A)/(B − T) = (90 − 73)/(90 − 60) = 17/30
      rate: 17 / 30,
      rateClamped: 17 / 30,
      status: 'behind', // 0.567
      method: 'progression',
      entityAggregation: 'mean',
      entities: { OIM: 70, GIZ: 76 },
    },
    {
      // jalon, oui/non, OIM only
      code: 'I2.1.2',
      result: 'R2.1', // blank Résultat B8 filled down from B7
      axis: 'A2',
      target: { milestone: 'yes' }, // Cible 2022 = "oui"
      // dernière: OIM 2022-T2 "non", 2022-T4 "oui" → "oui" (OIM-2023-T1.xlsx "non" ignored)
      actual: { milestone: 'yes' },
      rate: 1, // oui → 100 %
      rateClamped: 1,
      status: 'on-track',
      method: 'milestone',
    },
    {
      // nombre, somme, cumulée, Cible 2022 = 5 — the only value is in OIM-2023-T1.xlsx (after P)
      code: 'I2.2.1',
      result: 'R2.2', // Résultat B9
      axis: 'A2',
      target: 5, // cumulée: Cible 2022
      actual: null, // no value counts at 2022-T4
      rate: null,
      rateClamped: null,
      status: 'no-data',
      reason: 'no-data',
    },
    {
      // %, dernière, cumulée, baseline text "12,5", percent-formatted targets
      code: 'I2.2.2',
      result: 'R2.2', // blank Résultat B10 filled down from B9
      axis: 'A2',
      target: 50, // Cible 2022 = 0.5 stored with number format '0%' → 50 (percentage points)
      // dernière: OIM 2022-T4 = 25 (OIM-2023-T1.xlsx 90 ignored); single entity → 25
      actual: 25,
      // auto + dernière with baseline "12,5" → 12.5 → progression: (25 − 12.5)/(50 − 12.5) = 12.5/37.5 = 1/3
      rate: 1 / 3,
      rateClamped: 1 / 3,
      status: 'critical', // 0.333 < 0.5
      method: 'progression',
    },
  ],
  results: [
    // R1.1 = mean(I1.1.1 clamped 1, I1.1.2 0.75) = 1.75 / 2 = 0.875
    { code: 'R1.1', axis: 'A1', rate: 0.875, status: 'on-track' },
    // R1.2 = mean(I1.2.1 2/3, I1.2.2 4/7) = (14/21 + 12/21) / 2 = 13/21 = 0.6190476
    { code: 'R1.2', axis: 'A1', rate: 13 / 21, status: 'behind' },
    // R2.1 = mean(I2.1.1 17/30, I2.1.2 1) = (17/30 + 30/30) / 2 = 47/60 = 0.7833333
    { code: 'R2.1', axis: 'A2', rate: 47 / 60, status: 'behind' },
    // R2.2 = mean of indicators WITH data = I2.2.2 only (I2.2.1 no data) = 1/3
    { code: 'R2.2', axis: 'A2', rate: 1 / 3, status: 'critical' },
  ],
  axes: [
    // A1 = mean(R1.1 0.875, R1.2 13/21) = (0.875 + 0.6190476) / 2 = 0.7470238; coverage 4/4
    {
      code: 'A1',
      rate: (0.875 + 13 / 21) / 2,
      coverage: 1,
      status: 'behind',
      indicatorCount: 4,
      withData: 4,
      // on-track: I1.1.1; behind: I1.1.2, I1.2.1, I1.2.2
      statusCounts: { 'on-track': 1, behind: 3, critical: 0, 'no-data': 0, 'not-due': 0 },
    },
    // A2 = mean(R2.1 47/60, R2.2 1/3) = (47/60 + 20/60) / 2 = 67/120 = 0.5583333; coverage 3/4 = 0.75
    {
      code: 'A2',
      rate: 67 / 120,
      coverage: 0.75,
      status: 'behind',
      indicatorCount: 4,
      withData: 3,
      // on-track: I2.1.2; behind: I2.1.1; critical: I2.2.2; no-data: I2.2.1
      statusCounts: { 'on-track': 1, behind: 1, critical: 1, 'no-data': 1, 'not-due': 0 },
    },
  ],
  plan: {
    // plan = mean(A1 0.7470238, A2 0.5583333) = 0.6526786
    rate: ((0.875 + 13 / 21) / 2 + 67 / 120) / 2,
    // 7 of 8 indicators have data at 2022-T4
    coverage: 7 / 8,
    status: 'behind',
    indicatorCount: 8,
    withData: 7,
    statusCounts: { 'on-track': 2, behind: 4, critical: 1, 'no-data': 1, 'not-due': 0 },
  },
};

// ---------------------------------------------------------------------------------------------
// libreoffice-formulas (scripts/fixtures/make_libreoffice.sh): English plan, formulas with
// cached values, merged Axis/Result cells, percent-formatted cells
// ---------------------------------------------------------------------------------------------
const LIBREOFFICE: FixtureExpectation = {
  name: 'libreoffice-formulas',
  dir: 'tests/fixtures-foreign/libreoffice-formulas',
  regenerate: 'bash scripts/fixtures/make_libreoffice.sh',
  requiredFiles: ['plan.xlsx', 'data/partners-2022.xlsx', 'data/DGME-2022-T4.xlsx'],
  indicators: [
    {
      // USD (amount), sum, cumulative, baseline 0 — partners-2022.xlsx (Entity/Period columns)
      code: 'I1.1.1',
      result: 'R1.1', // merged Result B2:B3
      axis: 'A1', // merged Axis A2:A4
      // cumulative: Target 2022 = formula =100000+150000, cached 250000
      target: 250000,
      // sum per entity: OIM 80000 (2022-T1) + 60000 (2022-T3) = 140000;
      //   EU =40000*2 → 80000 (2022-T2); EU 50000 (2023-T1) ignored
      // USD is an amount → summed across entities: 140000 + 80000 = 220000
      actual: 220000,
      // auto + sum → ratio: 220000 / 250000 = 0.88
      rate: 0.88,
      rateClamped: 0.88,
      status: 'on-track',
      method: 'ratio',
      entityAggregation: 'sum',
      entities: { OIM: 140000, EU: 80000 },
      trace: [
        ['partners-2022.xlsx', 'Values', 'D2'],
        ['partners-2022.xlsx', 'Values', 'D3'],
        ['partners-2022.xlsx', 'Values', 'D4'],
      ],
    },
    {
      // %, last, cumulative, baseline 20; targets are percent-formatted cells
      code: 'I1.1.2',
      result: 'R1.1', // covered cell B3 of the merge B2:B3
      axis: 'A1',
      target: 60, // Target 2022 = 0.6 shown as 60 % → 60
      // last: OIM 2022-T4 = 0.55 shown as 55 % → 55 (2022-T2 30 superseded); EU 2022-T3 = 45
      // % → averaged across entities: (55 + 45) / 2 = 50
      actual: 50,
      // auto + last with baseline → progression: (50 − 20) / (60 − 20) = 30/40 = 0.75
      rate: 0.75,
      rateClamped: 0.75,
      status: 'behind',
      method: 'progression',
      entityAggregation: 'mean',
      entities: { OIM: 55, EU: 45 },
    },
    {
      // days, decrease, last, cumulative, baseline 30 — DGME-2022-T4.xlsx (French Rapport/Valeurs)
      code: 'I1.2.1',
      result: 'R1.2',
      axis: 'A1', // covered cell A4 of the merge A2:A4
      target: 20, // Target 2022 = 20
      // last: DGME 2022-T4 = 27 (2022-T2 29 superseded); single entity → 27
      actual: 27,
      // auto + last with baseline → progression, decrease: (B − A)/(B − T) = (30 − 27)/(30 − 20) = 0.3
      rate: 0.3,
      rateClamped: 0.3,
      status: 'critical', // 0.3 < 0.5
      method: 'progression',
    },
    {
      // number, sum, cumulative, baseline 0 — DGME only
      code: 'I2.1.1',
      result: 'R2.1', // merged Result B5:B6
      axis: 'A2', // merged Axis A5:A7
      target: 400, // Target 2022 = 400
      // sum: 2021-T4 =100+50 → 150; 2022-T2 =SUM(Calculs!B2:B4) → 40+50+30 = 120; 2022-T4 90;
      //   2023-T1 200 ignored → 150 + 120 + 90 = 360 (single entity)
      actual: 360,
      // auto + sum → ratio: 360 / 400 = 0.9
      rate: 0.9,
      rateClamped: 0.9,
      status: 'on-track',
      method: 'ratio',
      entities: { DGME: 360 },
      trace: [
        ['DGME-2022-T4.xlsx', 'Valeurs', 'C4'],
        ['DGME-2022-T4.xlsx', 'Valeurs', 'C5'],
        ['DGME-2022-T4.xlsx', 'Valeurs', 'C6'],
      ],
    },
    {
      // number, decrease, sum (a flow), cumulative, baseline 80 — EU only
      code: 'I2.1.2',
      result: 'R2.1',
      axis: 'A2',
      target: 50, // Target 2022 = 50
      // sum: EU 25 (2022-T1) + =SUM(Workings!B2:B3) → 20+15 = 35 (2022-T3) = 60
      actual: 60,
      // auto + sum (flow) → ratio even though a baseline exists; decrease: T/A = 50/60 = 0.8333333
      // (progression would give (80 − 60)/(80 − 50) = 0.667: must NOT be used)
      rate: 50 / 60,
      rateClamped: 50 / 60,
      status: 'on-track',
      method: 'ratio',
    },
    {
      // milestone yes/no — EU only
      code: 'I2.2.1',
      result: 'R2.2',
      axis: 'A2',
      target: { milestone: 'yes' }, // Target 2022 = "yes"
      // last: EU 2022-T4 "no" (2023-T2 "yes" ignored, after P)
      actual: { milestone: 'no' },
      rate: 0, // no → 0 %
      rateClamped: 0,
      status: 'critical',
      method: 'milestone',
    },
  ],
  results: [
    // R1.1 = mean(0.88, 0.75) = 0.815
    { code: 'R1.1', axis: 'A1', rate: 0.815, status: 'on-track' },
    // R1.2 = I1.2.1 = 0.3
    { code: 'R1.2', axis: 'A1', rate: 0.3, status: 'critical' },
    // R2.1 = mean(0.9, 50/60) = (0.9 + 0.8333333) / 2 = 0.8666667
    { code: 'R2.1', axis: 'A2', rate: (0.9 + 50 / 60) / 2, status: 'on-track' },
    // R2.2 = I2.2.1 = 0 (a rate of 0 is data, not no-data)
    { code: 'R2.2', axis: 'A2', rate: 0, status: 'critical' },
  ],
  axes: [
    // A1 = mean(R1.1 0.815, R1.2 0.3) = 0.5575; coverage 3/3
    {
      code: 'A1',
      rate: 0.5575,
      coverage: 1,
      status: 'behind',
      indicatorCount: 3,
      withData: 3,
      statusCounts: { 'on-track': 1, behind: 1, critical: 1, 'no-data': 0, 'not-due': 0 },
    },
    // A2 = mean(R2.1 0.8666667, R2.2 0) = 0.4333333; coverage 3/3
    {
      code: 'A2',
      rate: (0.9 + 50 / 60) / 2 / 2,
      coverage: 1,
      status: 'critical',
      indicatorCount: 3,
      withData: 3,
      statusCounts: { 'on-track': 2, behind: 0, critical: 1, 'no-data': 0, 'not-due': 0 },
    },
  ],
  plan: {
    // plan = mean(0.5575, 0.4333333) = 0.4954167
    rate: (0.5575 + (0.9 + 50 / 60) / 4) / 2,
    coverage: 1, // 6 of 6 indicators have data
    status: 'critical', // 0.495 < 0.5
    indicatorCount: 6,
    withData: 6,
    statusCounts: { 'on-track': 3, behind: 1, critical: 2, 'no-data': 0, 'not-due': 0 },
  },
};

// ---------------------------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------------------------
interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  error?: Error;
}

function runCli(args: string[]): CliRun {
  const res = ponam(args, { timeout: CLI_TIMEOUT_MS, env: { FORCE_COLOR: '0', LANG: 'C.UTF-8' } });
  return { ...res, status: res.code };
}

function describeRun(run: CliRun): string {
  return `exit ${run.status}${run.signal ? ` (signal ${run.signal})` : ''}${run.error ? ` spawn error: ${run.error.message}` : ''}\n--- stderr ---\n${run.stderr}\n--- stdout ---\n${run.stdout.slice(0, 2000)}`;
}

function missingFiles(fx: FixtureExpectation): string[] {
  return fx.requiredFiles.filter((f) => !existsSync(path.join(REPO, fx.dir, f)));
}

function expectNumber(actual: unknown, expected: number, what: string): void {
  expect(
    typeof actual,
    `${what}: expected a number close to ${expected}, got ${JSON.stringify(actual)}`,
  ).toBe('number');
  expect(actual as number, what).toBeCloseTo(expected, 6);
}

function expectRate(actual: unknown, expected: number | null, what: string): void {
  if (expected === null) {
    expect(actual, `${what}: expected null`).toBeNull();
  } else {
    expectNumber(actual, expected, what);
  }
}

const YES = new Set(['oui', 'yes', 'true', '1', '100']);
const NO = new Set(['non', 'no', 'false', '0']);

/** Milestone values: accept oui/yes/true/1/100 (resp. non/no/false/0), the contract leaves the spelling open. */
function expectMilestone(actual: unknown, expected: Milestone, what: string): void {
  const norm = typeof actual === 'string' ? actual.trim().toLowerCase() : String(actual);
  const ok = expected.milestone === 'yes' ? YES.has(norm) : NO.has(norm);
  expect(ok, `${what}: expected a milestone '${expected.milestone}', got ${JSON.stringify(actual)}`).toBe(
    true,
  );
}

function expectValue(actual: unknown, expected: number | null | Milestone, what: string): void {
  if (expected === null) expect(actual, `${what}: expected null`).toBeNull();
  else if (typeof expected === 'number') expectNumber(actual, expected, what);
  else expectMilestone(actual, expected, what);
}

// ---------------------------------------------------------------------------------------------
// suites
// ---------------------------------------------------------------------------------------------
function fixtureSuite(fx: FixtureExpectation): void {
  const missing = missingFiles(fx);
  const skip = skipWithoutFixtures(
    missing.map((f) => `${fx.dir}/${f}`),
    `[foreign-workbooks] ${fx.name}`,
    fx.regenerate,
  );
  const title = skip ? `${fx.name} (SKIPPED: fixture files missing — run ${fx.regenerate})` : fx.name;

  describe.skipIf(skip)(title, () => {
    let outDir = '';
    let run: CliRun;
    let report: JsonReport;

    beforeAll(() => {
      outDir = mkdtempSync(path.join(tmpdir(), `ponam-foreign-${fx.name}-`));
      run = runCli([
        'report',
        '--plan',
        path.join(fx.dir, 'plan.xlsx'),
        '--data',
        path.join(fx.dir, 'data'),
        '--period',
        PERIOD,
        '--format',
        'json',
        '--out',
        outDir,
      ]);
      const reportPath = path.join(outDir, 'report.json');
      if (run.status === 0 && existsSync(reportPath)) {
        report = JSON.parse(readFileSync(reportPath, 'utf8')) as JsonReport;
      }
    }, CLI_TIMEOUT_MS + 10_000);

    afterAll(() => {
      if (outDir) rmSync(outDir, { recursive: true, force: true });
    });

    function getReport(): JsonReport {
      expect(run.status, describeRun(run)).toBe(0);
      expect(report, `report.json missing or unreadable in ${outDir}\n${describeRun(run)}`).toBeDefined();
      return report;
    }

    function indicator(code: string): JsonIndicator {
      const r = getReport();
      const found = r.indicators.find((i) => i.code === code);
      expect(
        found,
        `indicator ${code} in report.json (have: ${r.indicators.map((i) => i.code).join(', ')})`,
      ).toBeDefined();
      return found as JsonIndicator;
    }

    it('exits 0 and writes report.json for the requested period', () => {
      const r = getReport();
      expect(r.schemaVersion).toBe('4');
      expect(r.period).toBe(PERIOD);
      expect(r.indicators.map((i) => i.code).sort()).toEqual(fx.indicators.map((i) => i.code).sort());
      expect(r.results.map((x) => x.code).sort()).toEqual(fx.results.map((x) => x.code).sort());
      expect(r.axes.map((x) => x.code).sort()).toEqual(fx.axes.map((x) => x.code).sort());
    });

    for (const exp of fx.indicators) {
      it(`indicator ${exp.code}: actual, target, rate, status`, () => {
        const ind = indicator(exp.code);
        const w = `${fx.name} ${exp.code}`;
        expect(ind.result, `${w} result (fill-down)`).toBe(exp.result);
        expect(ind.axis, `${w} axis (merged cells)`).toBe(exp.axis);
        expectValue(ind.target, exp.target, `${w} target`);
        expectValue(ind.actual, exp.actual, `${w} actual`);
        expectRate(ind.rate, exp.rate, `${w} rate`);
        expectRate(ind.rateClamped, exp.rateClamped, `${w} rateClamped`);
        expect(ind.status, `${w} status`).toBe(exp.status);
        if (exp.method) expect(ind.method, `${w} method`).toBe(exp.method);
        if (exp.entityAggregation)
          expect(ind.entityAggregation, `${w} entityAggregation`).toBe(exp.entityAggregation);
        if (exp.reason) expect(ind.reason, `${w} reason`).toBe(exp.reason);
        if (exp.entities) {
          const got = Object.fromEntries((ind.entities ?? []).map((e) => [e.entity, e.value]));
          expect(Object.keys(got).sort(), `${w} entities`).toEqual(Object.keys(exp.entities).sort());
          for (const [entity, value] of Object.entries(exp.entities)) {
            expectNumber(got[entity], value, `${w} entity ${entity}`);
          }
        }
        if (exp.trace) {
          // sheet names compared case-insensitively (the GIZ file spells it `VALEURS`)
          const key = (file: string, sheet: string, cell: string) =>
            [path.basename(file), sheet.trim().toLowerCase(), cell].join(' › ');
          const got = (ind.trace ?? [])
            .flatMap((t) => t.cells.map((cell) => key(t.file, t.sheet, cell)))
            .sort();
          expect(got, `${w} trace (file › sheet › cell)`).toEqual(exp.trace.map((t) => key(...t)).sort());
        }
      });
    }

    it('ignores every value dated after 2022-T4 (no trace entry from 2023)', () => {
      const r = getReport();
      for (const ind of r.indicators) {
        for (const t of ind.trace ?? []) {
          expect(
            String(t.period ?? ''),
            `${ind.code} traces ${t.file} › ${t.sheet} › ${t.cells.join(', ')}`,
          ).not.toMatch(/2023/);
          expect(path.basename(t.file), `${ind.code} traces a value of a 2023 report`).not.toMatch(/2023/);
        }
      }
    });

    for (const exp of fx.results) {
      it(`result ${exp.code}: rate`, () => {
        const r = getReport();
        const res = r.results.find((x) => x.code === exp.code);
        expect(res, `result ${exp.code}`).toBeDefined();
        const found = res as NonNullable<typeof res>;
        if (exp.axis) expect(found.axis).toBe(exp.axis);
        expectRate(found.rate, exp.rate, `${fx.name} result ${exp.code} rate`);
        expect(found.status, `${fx.name} result ${exp.code} status`).toBe(exp.status);
      });
    }

    for (const exp of fx.axes) {
      it(`axis ${exp.code}: rate, coverage, status`, () => {
        const r = getReport();
        const axis = r.axes.find((x) => x.code === exp.code);
        expect(axis, `axis ${exp.code}`).toBeDefined();
        const found = axis as NonNullable<typeof axis>;
        const w = `${fx.name} axis ${exp.code}`;
        expectRate(found.rate, exp.rate, `${w} rate`);
        expectNumber(found.coverage, exp.coverage as number, `${w} coverage`);
        expect(found.status, `${w} status`).toBe(exp.status);
        expect(found.indicatorCount, `${w} indicatorCount`).toBe(exp.indicatorCount);
        expect(found.withData, `${w} withData`).toBe(exp.withData);
        expect(found.statusCounts, `${w} statusCounts`).toEqual(exp.statusCounts);
      });
    }

    it('plan: rate, coverage, status', () => {
      const r = getReport();
      expectRate(r.plan.rate, fx.plan.rate, `${fx.name} plan rate`);
      expectNumber(r.plan.coverage, fx.plan.coverage, `${fx.name} plan coverage`);
      expect(r.plan.status, `${fx.name} plan status`).toBe(fx.plan.status);
      expect(r.plan.indicatorCount).toBe(fx.plan.indicatorCount);
      expect(r.plan.withData).toBe(fx.plan.withData);
      expect(r.plan.statusCounts).toEqual(fx.plan.statusCounts);
    });
  });
}

describe('foreign workbooks (not written by exceljs) through the CLI', () => {
  fixtureSuite(OPENPYXL);
  fixtureSuite(LIBREOFFICE);

  // A copy of the OIM data workbook where Valeurs!C7 (I1.1.2, 2022-T1) holds the text 'douze'.
  const badMissing = [...missingFiles(OPENPYXL)];
  const badSkip = skipWithoutFixtures(
    badMissing.map((f) => `${OPENPYXL.dir}/${f}`),
    "[foreign-workbooks] the 'douze' test",
    OPENPYXL.regenerate,
  );
  describe.skipIf(badSkip)(
    badSkip
      ? `bad value 'douze' (SKIPPED: fixture files missing — run ${OPENPYXL.regenerate})`
      : "bad value 'douze'",
    () => {
      let work = '';
      afterAll(() => {
        if (work) rmSync(work, { recursive: true, force: true });
      });

      it(
        'report exits 1 (no crash) and stderr names the file, the sheet Valeurs and the cell C7',
        () => {
          work = mkdtempSync(path.join(tmpdir(), 'ponam-foreign-douze-'));
          const dataDir = path.join(work, 'data');
          cpSync(path.join(REPO, OPENPYXL.dir, 'data'), dataDir, { recursive: true });
          copyFileSync(
            path.join(REPO, OPENPYXL.dir, 'bad', 'OIM-2022-T4.xlsx'),
            path.join(dataDir, 'OIM-2022-T4.xlsx'),
          );
          const outDir = path.join(work, 'out');
          const run = runCli([
            'report',
            '--plan',
            path.join(OPENPYXL.dir, 'plan.xlsx'),
            '--data',
            dataDir,
            '--period',
            PERIOD,
            '--format',
            'json',
            '--out',
            outDir,
          ]);
          expect(run.error, describeRun(run)).toBeUndefined();
          expect(run.signal, describeRun(run)).toBeNull();
          // an error message, not a crash: no JS stack trace
          expect(run.stderr, `no stack trace\n${describeRun(run)}`).not.toMatch(/^\s+at .+:\d+:\d+\)?\s*$/m);
          expect(run.stderr).not.toMatch(/TypeError|ReferenceError|RangeError|SyntaxError|MODULE_NOT_FOUND/);
          expect(run.status, describeRun(run)).toBe(1);
          expect(run.stderr, 'stderr names the file').toContain('OIM-2022-T4.xlsx');
          expect(run.stderr, 'stderr names the sheet').toContain('Valeurs');
          expect(run.stderr, 'stderr names the cell').toMatch(/\bC7\b/);
          // errors stop `report`: no report.json written
          expect(existsSync(path.join(outDir, 'report.json')), 'no report.json after an error').toBe(false);
        },
        CLI_TIMEOUT_MS + 10_000,
      );
    },
  );
});

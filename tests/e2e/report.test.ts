import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO, ponam, tempDir } from '../helpers/cli.js';
import { smallData, smallPlan, writeWorkbook } from '../helpers/workbooks.js';

describe('ponam report through the built binary', () => {
  let dir: string;
  const reportArgs = (out: string) => [
    'report',
    '--plan',
    join(dir, 'plan.xlsx'),
    '--data',
    join(dir, 'data'),
    '--out',
    out,
  ];
  beforeAll(async () => {
    dir = tempDir();
    mkdirSync(join(dir, 'data'));
    await writeWorkbook(join(dir, 'plan.xlsx'), smallPlan('<script>alert(1)</script> & "quotes"'));
    await writeWorkbook(
      join(dir, 'data', 'kayes.xlsx'),
      smallData('DR Kayes', '2022-T2', [
        ['I1', 60],
        ['I2', 55],
      ]),
    );
    await writeWorkbook(
      join(dir, 'data', 'oim.xlsx'),
      smallData('OIM', '2022-T2', [
        ['I1', '1 250'],
        ['I2', '45 %'],
      ]),
    );
  });

  it('writes report.json and report.html and exits 0', () => {
    const out = join(dir, 'out1');
    const run = ponam(reportArgs(out));
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['report.html', 'report.json']);
    const model = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(model.schemaVersion).toBe('4');
    expect(model.period).toBe('2022-T2');
    const i1 = model.indicators.find((i: { code: string }) => i.code === 'I1');
    // 60 + 1 250 (French text with a space) summed across entities (a count). Cumulative targets
    // 100 (2021) and 200 (2022): at 2022-T2, 100 + 6/12 × (200 − 100) = 150.
    expect(i1.actual).toBe(1310);
    expect(i1.target).toBe(150);
    expect(i1).toMatchObject({ targetSource: 'prorated', elapsedShare: 0.5, targetYear: 200 });
    expect(i1.rate).toBeCloseTo(1310 / 150, 9);
    expect(i1.rateYear).toBeCloseTo(6.55, 9);
    expect(i1.rateClamped).toBe(1);
    const i2 = model.indicators.find((i: { code: string }) => i.code === 'I2');
    // Mean of 55 and 45 (a percentage) = 50; target 50 + 6/12 × (60 − 50) = 55;
    // progression (50 − 40) / (55 − 40) = 0.667.
    expect(i2.actual).toBe(50);
    expect(i2.target).toBe(55);
    expect(i2.rate).toBeCloseTo(2 / 3, 9);
    expect(i2.status).toBe('behind');
  });

  it('escapes labels in the HTML: markup in a plan label is shown as text', () => {
    const out = join(dir, 'out-xss');
    expect(ponam([...reportArgs(out), '--format', 'html']).code).toBe(0);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script\b/i);
  });

  it('gives byte-identical files for the same inputs', () => {
    const a = join(dir, 'same-a');
    const b = join(dir, 'same-b');
    for (const out of [a, b]) expect(ponam(reportArgs(out)).code).toBe(0);
    for (const name of ['report.html', 'report.json'])
      expect(readFileSync(join(a, name))).toEqual(readFileSync(join(b, name)));
  });

  it('leaves no temporary file behind', () => {
    const out = join(dir, 'out-tmp');
    ponam(reportArgs(out));
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('stops with exit 1 on an input error, names file, sheet and cell, and writes nothing', async () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    await writeWorkbook(join(bad, 'sikasso.xlsx'), smallData('OIM', '2022-T2', [['I1', 'douze']]));
    const out = join(dir, 'out-bad');
    const run = ponam(['report', '--plan', join(dir, 'plan.xlsx'), '--data', bad, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('sikasso.xlsx');
    expect(run.stderr).toMatch(/Valeurs › B2/);
    expect(run.stderr).toContain('douze');
    expect(existsSync(join(out, 'report.json'))).toBe(false);
  });

  it('exits 2 on a usage error: an impossible --period, a missing plan', () => {
    const period = ponam([
      'report',
      '--plan',
      join(dir, 'plan.xlsx'),
      '--data',
      join(dir, 'data'),
      '--period',
      '2022-T5',
      '--out',
      join(dir, 'o'),
    ]);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('2022-T5');
    const missing = ponam([
      'report',
      '--plan',
      join(dir, 'nope.xlsx'),
      '--data',
      join(dir, 'data'),
      '--out',
      join(dir, 'o'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx');
    expect(missing.stderr).not.toMatch(/^\s+at /m);
  });

  it('writes no empty report at an earlier --period that no value reaches, and says which periods the data cover', async () => {
    const out = join(dir, 'out-period');
    const run = ponam([
      'report',
      '--plan',
      join(dir, 'plan.xlsx'),
      '--data',
      join(dir, 'data'),
      '--period',
      '2022-T1',
      '--out',
      out,
      '--format',
      'json',
    ]);
    // Every value is dated 2022-T2: none counts at 2022-T1 (README, "Which values count").
    expect(run.code, run.stderr).toBe(1);
    expect(existsSync(join(out, 'report.json'))).toBe(false);
    expect(run.stderr).toContain('aucune valeur ne compte à la période 2022-T1');
    expect(run.stderr).toContain('les données couvrent 2022-T2');
  });

  it('applies --thresholds and --method over the plan', () => {
    const out = join(dir, 'out-flags');
    const run = ponam([...reportArgs(out), '--format', 'json', '--thresholds', '90,40', '--method', 'ratio']);
    expect(run.code, run.stderr).toBe(0);
    const model = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(model.settings.thresholds).toEqual({ onTrack: 0.9, behind: 0.4 });
    const i2 = model.indicators.find((i: { code: string }) => i.code === 'I2');
    expect(i2.method).toBe('ratio');
    // 50 against the target at 2022-T2, 55: 0.909, at or above 90 %.
    expect(i2.rate).toBeCloseTo(50 / 55, 9);
    expect(i2.status).toBe('on-track');
  });

  it('prints --help and --version with exit 0', () => {
    expect(ponam(['--version']).code).toBe(0);
    const help = ponam(['report', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--period');
  });
});

describe('ponam demo', () => {
  it('writes the PONAM example report', () => {
    const out = tempDir();
    const run = ponam(['demo', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const model = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(model.axes).toHaveLength(8);
    expect(model.indicators.length).toBeGreaterThanOrEqual(30);
    expect(model.sources.length).toBeGreaterThan(90);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('17\u202f181');
    expect(existsSync(join(DEMO, 'plan.xlsx'))).toBe(true);
  });
});

describe('reading in worker threads (PONAM_READ_THREADS)', () => {
  it('gives byte-identical JSON to a sequential read', () => {
    const one = tempDir();
    const three = tempDir();
    expect(ponam(['demo', '--out', one, '--format', 'json']).code).toBe(0);
    const run = ponam(['demo', '--out', three, '--format', 'json'], { env: { PONAM_READ_THREADS: '3' } });
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(join(three, 'report.json'))).toEqual(readFileSync(join(one, 'report.json')));
  });
});

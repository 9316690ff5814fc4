// `npm run bench`: prints the start-up ratio (scripts/bench-startup.mjs), then generates synthetic
// plans and data and times a bare exceljs streaming read of the same files against
// `ponam validate` and `ponam report --format json`, with peak memory. Each measurement runs in
// a fresh Node process so that peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ensureData } from './bench/generate.js';

const root = join(process.cwd(), 'bench-data');
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 1);

interface Measure {
  ms: number;
  maxRssMB: number;
}

/** Both under Node's default heap limit, as `ponam` runs (BENCH_HEAP=1024 sets a limit for ponam, to compare). */
function node(script: string, args: string[]): Measure {
  const heap = process.env.BENCH_HEAP;
  const flags = heap && script.includes('measure') ? [`--max-old-space-size=${heap}`] : [];
  const out = execFileSync(process.execPath, [...flags, script, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as Measure;
}

function best(script: string, args: string[]): Measure {
  const all = Array.from({ length: runs }, () => node(script, args));
  return { ms: Math.min(...all.map((m) => m.ms)), maxRssMB: Math.max(...all.map((m) => m.maxRssMB)) };
}

const fmt = (m: Measure) => `${(m.ms / 1000).toFixed(2)} s, ${m.maxRssMB.toFixed(0)} MB`;

execFileSync(process.execPath, ['scripts/bench-startup.mjs'], { stdio: 'inherit' });
await ensureData(root, sizes);
// A workbook written by another program (openpyxl), when python3 with openpyxl is on the machine.
const foreign = join(root, 'openpyxl-200000.xlsx');
if (!existsSync(foreign)) {
  try {
    execFileSync('/usr/bin/python3', ['scripts/bench/openpyxl_values.py', foreign], { stdio: 'inherit' });
  } catch {
    console.log('bench: openpyxl not available, the 200,000-value openpyxl case is skipped');
  }
}
console.log(
  `machine: ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log('case | bare read | ponam validate | ponam report --format json | report / bare');
const plan = join(root, 'plan.xlsx');
const cases: [string, string[]][] = [
  ...sizes.map(
    (s) =>
      [`${s.toLocaleString('en')} values, one workbook`, [join(root, `values-${s}.xlsx`)]] as [
        string,
        string[],
      ],
  ),
  ['500 workbooks × 100 values', [join(root, 'small')]],
  ...(existsSync(foreign) ? [['200,000 values written by openpyxl', [foreign]] as [string, string[]]] : []),
];
for (const [name, inputs] of cases) {
  const files = inputs[0].endsWith('small')
    ? execFileSync('sh', ['-c', `ls ${inputs[0]}/*.xlsx`], { encoding: 'utf8' })
        .trim()
        .split('\n')
    : inputs;
  const bare = best('scripts/bench/bare-read.mjs', files);
  const validate = best('scripts/bench/measure.mjs', [
    'validate',
    '--plan',
    plan,
    ...inputs,
    '--format',
    'json',
    '--quiet',
  ]);
  const report = best('scripts/bench/measure.mjs', [
    'report',
    '--plan',
    plan,
    '--data',
    ...inputs,
    '--format',
    'json',
    '--out',
    join(root, 'out'),
    '--quiet',
  ]);
  console.log(
    `${name} | ${fmt(bare)} | ${fmt(validate)} | ${fmt(report)} | ${(report.ms / bare.ms).toFixed(2)}×`,
  );
}

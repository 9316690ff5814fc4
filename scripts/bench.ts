// `npm run bench`: times ponam on synthetic and real workbooks, each case side by side with a bare
// exceljs streaming read and with `unzip -p` (decompression alone) of the same files, and ponam's
// reader alone. Every figure is a whole process started afresh (`node …`, `unzip -p …`), timed
// from outside; peak RSS comes from GNU time (`/usr/bin/time -f %M`) when it is there. The
// commands of a case run in rounds after a warm-up round, BENCH_RUNS rounds (default 3): medians
// are printed, ratios are medians of round-by-round ratios. Then the demo's PDF against a bare
// Chromium print of the same HTML, and start-up against `node -e 0`. BENCH_CASES picks cases by
// name (`openpyxl`, `entities`, `demo`, `pdf`, `start-up`…), BENCH_SIZES the synthetic sizes (the
// 1,000,000-value many-entity workbook comes with 1000000). Last, the figures against the targets.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchBrowser } from '../src/report/browser.js';
import { BROWSER_FLAGS } from '../src/report/pdf.js';
import { ensureData } from './bench/generate.js';

const root = join(process.cwd(), 'bench-data');
const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const only = process.env.BENCH_CASES?.split(',');
const TIME = '/usr/bin/time';
const hasTime = spawnSync(TIME, ['-f', '%M', 'true']).status === 0;
const NODE = process.execPath;
const PONAM = join(process.cwd(), 'bin', 'ponam.js');

interface Run {
  s: number;
  /** User + system seconds, when GNU time is there: steadier than wall time on a busy machine. */
  cpu: number | null;
  mb: number | null;
}

/** One process, timed from outside; peak RSS of its largest process (GNU time). */
function once(command: string[]): Run {
  const started = performance.now();
  const r = hasTime
    ? spawnSync(TIME, ['-f', 'BENCH-RSS %M %U %S', ...command], { encoding: 'utf8', maxBuffer: 1 << 26 })
    : spawnSync(command[0], command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
  const s = (performance.now() - started) / 1000;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${command.join(' ')} exited ${r.status}: ${(r.stderr ?? '').slice(-500)}`);
  const rss = /BENCH-RSS (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  return rss
    ? { s, mb: Number(rss[1]) / 1024, cpu: Number(rss[2]) + Number(rss[3]) }
    : { s, mb: null, cpu: null };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

interface Measured extends Run {
  /** Each run, in round order (for ratios taken round by round). */
  all: Run[];
}

/**
 * Runs the commands in rounds (A B C … A B C …) after one warm-up round, so that a ratio between
 * two of them is taken within a round, while the shared machine runs at the same pace. Each
 * figure is the median wall (and cpu) time and the largest peak RSS over BENCH_RUNS rounds.
 */
function rounds(commands: string[][]): Measured[] {
  for (const c of commands) once(c);
  const all = commands.map(() => [] as Run[]);
  for (let r = 0; r < runs; r++) for (const [i, c] of commands.entries()) all[i].push(once(c));
  return all.map((rs) => {
    const mbs = rs.map((x) => x.mb).filter((m): m is number => m !== null);
    const cpus = rs.map((x) => x.cpu).filter((c): c is number => c !== null);
    return {
      s: median(rs.map((x) => x.s)),
      cpu: cpus.length ? median(cpus) : null,
      mb: mbs.length ? Math.max(...mbs) : null,
      all: rs,
    };
  });
}

const sh = (script: string) => ['sh', '-c', script];
const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
const xlsxIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => join(dir, f));

await ensureData(root, sizes);
const foreign = join(root, 'openpyxl-200000.xlsx');
if (!existsSync(foreign)) {
  const made = spawnSync('/usr/bin/python3', ['scripts/bench/openpyxl_values.py', foreign], {
    stdio: 'inherit',
  });
  if (made.status !== 0)
    console.log('bench: openpyxl not available, the 200,000-value openpyxl case is skipped');
}
// Many entities (250), one value per indicator, entity and quarter, texts in a shared-string
// table (scripts/bench/openpyxl_entities.py): 4 quarters make 200,000 values, 20 make 1,000,000.
const manyName = (quarters: number) =>
  `${(quarters * 50_000).toLocaleString('en')} values, 250 entities, openpyxl with shared strings`;
const manyEntities = [4, ...(sizes.includes(1_000_000) ? [20] : [])]
  .filter((quarters) => !only || only.some((o) => manyName(quarters).includes(o)))
  .map((quarters) => ({ quarters, file: join(root, `openpyxl-250-entities-${quarters * 50_000}.xlsx`) }));
for (const { quarters, file } of manyEntities) {
  if (existsSync(file)) continue;
  process.stderr.write(`bench: generating ${file}\n`);
  const made = spawnSync('/usr/bin/python3', ['scripts/bench/openpyxl_entities.py', file, String(quarters)], {
    stdio: 'inherit',
  });
  if (made.status !== 0) console.log(`bench: openpyxl not available, ${file} is skipped`);
}

interface Case {
  name: string;
  plan: string;
  /** Data arguments for ponam, and the data files they stand for. */
  data: string[];
  files: string[];
  formats: string;
}

const plan = join(root, 'plan.xlsx');
const demo = join(process.cwd(), 'fixtures', 'ponam-2020-2024');
const cases: Case[] = [
  ...sizes.flatMap((n) => [
    {
      name: `${n.toLocaleString('en')} values (long layout)`,
      plan,
      data: [join(root, `values-${n}.xlsx`)],
      files: [join(root, `values-${n}.xlsx`)],
      formats: 'json',
    },
    {
      name: `${n.toLocaleString('en')} values (wide layout)`,
      plan,
      data: [join(root, `wide-${n}.xlsx`)],
      files: [join(root, `wide-${n}.xlsx`)],
      formats: 'json',
    },
  ]),
  ...manyEntities
    .filter(({ file }) => existsSync(file))
    .map(({ quarters, file }) => ({
      name: manyName(quarters),
      plan: join(root, 'plan-250.xlsx'),
      data: [file],
      files: [file],
      formats: 'json',
    })),
  ...(existsSync(foreign)
    ? [
        {
          name: '200,000 values written by openpyxl',
          plan,
          data: [foreign],
          files: [foreign],
          formats: 'json',
        },
      ]
    : []),
  {
    name: '500 workbooks × 100 values',
    plan,
    data: [join(root, 'small')],
    files: xlsxIn(join(root, 'small')),
    formats: 'json',
  },
  {
    name: `demo (${xlsxIn(join(demo, 'data')).length + 1} workbooks), report json,html`,
    plan: join(demo, 'plan.xlsx'),
    data: [join(demo, 'data')],
    files: xlsxIn(join(demo, 'data')),
    formats: 'json,html',
  },
].filter((c) => !only || only.some((o) => c.name.includes(o)));

const fmt = (r: Run) =>
  `${r.s.toFixed(2)} s${r.cpu === null ? '' : ` (cpu ${r.cpu.toFixed(2)})`}${r.mb === null ? '' : `, ${r.mb.toFixed(0)} MB`}`;
/** The median of the round-by-round ratios of wall times, and of cpu times. */
function ratio(a: Measured, b: Measured): string {
  const wall = median(a.all.map((x, i) => x.s / b.all[i].s));
  // GNU time counts cpu in hundredths of a second: no cpu ratio against a few of them.
  const cpu =
    a.cpu === null || b.cpu === null || b.cpu < 0.05
      ? null
      : median(a.all.map((x, i) => (x.cpu ?? 0) / Math.max(b.all[i].cpu ?? 0, 0.01)));
  return `${wall.toFixed(2)}×${cpu === null ? '' : ` (cpu ${cpu.toFixed(2)}×)`}`;
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; median of ${runs} run(s), whole processes`,
);
console.log(
  '| case | ponam report | ponam validate | reader alone | bare exceljs read | unzip -p | report / exceljs | report / unzip | reader / unzip |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const out = join(root, 'out');
/** What the summary against the targets reads: each case's measures, and its report.json's size. */
const measured = new Map<string, { report: Measured; unzip: Measured; json: number; trace: number | null }>();
const size = (path: string) => (existsSync(path) ? statSync(path).size : null);
for (const c of cases) {
  rmSync(out, { recursive: true, force: true });
  const [report, validate, reader, bare, unzip] = rounds([
    [
      NODE,
      PONAM,
      'report',
      '--plan',
      c.plan,
      '--data',
      ...c.data,
      '--format',
      c.formats,
      '--out',
      out,
      '--quiet',
    ],
    [NODE, PONAM, 'validate', '--plan', c.plan, ...c.data, '--format', 'json', '--quiet'],
    [NODE, 'scripts/bench/reader-only.mjs', c.plan, ...c.data],
    [NODE, 'scripts/bench/bare-read.mjs', c.plan, ...c.data],
    sh(`for f in ${[c.plan, ...c.files].map(quote).join(' ')}; do unzip -p "$f"; done > /dev/null`),
  ]);
  console.log(
    `| ${c.name} | ${fmt(report)} | ${fmt(validate)} | ${fmt(reader)} | ${fmt(bare)} | ${fmt(unzip)} | ${ratio(report, bare)} | ${ratio(report, unzip)} | ${ratio(reader, unzip)} |`,
  );
  measured.set(c.name, {
    report,
    unzip,
    json: size(join(out, 'report.json')) ?? 0,
    trace: size(join(out, 'report.trace.csv')),
  });
}

// Against the targets of issue 25: peak RSS at 200,000 and 1,000,000 values, the 200,000-value
// reports against `unzip -p`, and each report.json's main document (its trace's side file apart).
const MB = 2 ** 20;
const targets: string[] = [];
for (const [name, m] of measured) {
  const count = Number(name.split(' ')[0].replaceAll(',', ''));
  if (count !== 200_000 && count !== 1_000_000) continue;
  const goal = count === 200_000 ? 200 : 250;
  targets.push(
    `${name}: peak ${m.report.mb === null ? '?' : m.report.mb.toFixed(0)} MB (goal ≤ ${goal})` +
      (count === 200_000 ? `, report / unzip ${ratio(m.report, m.unzip)} (goal ≤ 6×)` : '') +
      `, report.json ${(m.json / MB).toFixed(1)} MB` +
      (m.trace === null ? ' (trace inline)' : ` + report.trace.csv ${(m.trace / MB).toFixed(1)} MB`),
  );
}
if (targets.length) console.log(`\nagainst the targets:\n${targets.map((t) => `- ${t}`).join('\n')}`);

// The demo's PDF against a bare Chromium printing the same HTML (`--print-to-pdf`), each a whole
// process: ponam reads, computes, draws and prints; Chromium only prints.
const browser = searchBrowser(undefined).path;
if ((!only || only.includes('pdf')) && browser) {
  const html = join(root, 'demo-html');
  rmSync(html, { recursive: true, force: true });
  spawnSync(NODE, [PONAM, 'demo', '--format', 'html', '--out', html, '--quiet'], { stdio: 'inherit' });
  const profile = join(root, 'chromium-profile');
  const [pdf, bareChromium] = rounds([
    [NODE, PONAM, 'demo', '--format', 'json,html,pdf', '--out', out, '--quiet', '--browser', browser],
    sh(
      `rm -rf ${quote(profile)}; ${quote(browser)} --headless ${BROWSER_FLAGS.join(' ')} --user-data-dir=${quote(profile)} --no-pdf-header-footer --print-to-pdf=${quote(join(root, 'bare.pdf'))} ${quote(pathToFileURL(join(html, 'report.html')).href)} 2>/dev/null`,
    ),
  ]);
  console.log(
    `\ndemo report json,html,pdf: ponam ${fmt(pdf)}; bare Chromium print of the same HTML ${fmt(bareChromium)}: ${ratio(pdf, bareChromium)} (goal ≤ 1.5×)`,
  );
} else if (!browser) console.log('\nbench: no Chrome, Chromium or Edge found, the PDF case is skipped');

if (!only || only.includes('start-up')) {
  const [version, help, bareNode] = rounds([
    [NODE, PONAM, '--version'],
    [NODE, PONAM, '--help'],
    [NODE, '-e', '0'],
  ]);
  console.log(
    `\nstart-up: ponam --version ${fmt(version)}, ponam --help ${fmt(help)}, node -e 0 ${fmt(bareNode)}: --version ${ratio(version, bareNode)}, --help ${ratio(help, bareNode)}`,
  );
}

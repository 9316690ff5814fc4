// `npm run bench:startup` (also part of `npm run bench`): how long `ponam --version` and
// `ponam --help` take to start, against a bare `node -e 0`, each a fresh process, the two
// alternated run by run so that a machine slowing down affects both. Prints the medians and the
// median of the run-by-run ratios; issue 13 asks for at most 2.5×.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'ponam.js');

function seconds(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** `{ command, ponam, bare, ratio }` per command, medians over `runs` alternated pairs. */
export function startup(runs = 15) {
  return ['--version', '--help'].map((flag) => {
    seconds([BIN, flag]);
    seconds(['-e', '0']);
    const pairs = Array.from({ length: runs }, () => [seconds([BIN, flag]), seconds(['-e', '0'])]);
    return {
      command: `ponam ${flag}`,
      ponam: median(pairs.map(([p]) => p)),
      bare: median(pairs.map(([, b]) => b)),
      ratio: median(pairs.map(([p, b]) => p / b)),
    };
  });
}

export function printStartup(rows) {
  console.log('start-up | ponam | node -e 0 | ratio (median of pairs)');
  for (const r of rows)
    console.log(
      `${r.command} | ${(r.ponam * 1000).toFixed(0)} ms | ${(r.bare * 1000).toFixed(0)} ms | ${r.ratio.toFixed(2)}×`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href)
  printStartup(startup(Number(process.env.BENCH_RUNS ?? 15)));

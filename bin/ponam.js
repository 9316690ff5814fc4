#!/usr/bin/env node
// Thin launcher: the CLI is written in TypeScript and built to dist/ (`npm run build`; the
// published package carries dist/). Plain JavaScript so that `npx ponam`, a global install and
// `npm link` work without a TypeScript loader. One process: signals reach the work directly
// (src/cli/signals.ts), and no heap limit is set (docs/performance.md, "Heap").
let cli;
try {
  cli = await import('../dist/cli/index.js');
} catch (error) {
  process.stderr.write(
    error?.code === 'ERR_MODULE_NOT_FOUND'
      ? 'ponam: dist/ is missing — run `npm run build` in the ponam folder first\n'
      : `ponam: could not start: ${String(error?.message ?? error).split('\n')[0]}\n`,
  );
  process.exit(2);
}
await cli.runCli(process.argv.slice(2));

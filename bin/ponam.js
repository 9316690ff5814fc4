#!/usr/bin/env node
// Thin launcher: the CLI is written in TypeScript and built to dist/ (npm install runs the build
// through `prepare`). Keeping this file plain JavaScript lets `npm link` and `npx ponam` work
// without a TypeScript loader.
//
// It also starts Node with a 1 GiB old-space limit (unless one is given through NODE_OPTIONS or
// node's own flags). ponam's live heap is small — about 60 MB for a million values, which sit in
// typed arrays — but with its default multi-gigabyte limit V8 lets garbage pile up before
// collecting it, and a national database then peaks near 400 MB instead of under 300 MB.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';

const LIMIT = '--max-old-space-size';
const limited =
  process.execArgv.some((a) => a.startsWith(LIMIT)) || (process.env.NODE_OPTIONS ?? '').includes(LIMIT);

if (limited) {
  const { main } = await import('../dist/cli/index.js');
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `ponam: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 2;
    },
  );
} else {
  const child = spawn(
    process.execPath,
    [...process.execArgv, `${LIMIT}=1024`, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  // Ctrl-C reaches the child directly (same process group); the launcher just waits for it.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? 128 + (constants.signals[signal] ?? 1);
  });
  child.on('error', (error) => {
    process.stderr.write(`ponam: could not start: ${error.message}\n`);
    process.exitCode = 2;
  });
}

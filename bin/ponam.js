#!/usr/bin/env node
// Thin launcher: the CLI is written in TypeScript and built to dist/ (npm install runs the build
// through `prepare`). Keeping this file plain JavaScript lets `npm link` and `npx ponam` work
// without a TypeScript loader.
import { main } from '../dist/cli/index.js';

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

import { join } from 'node:path';
import type { Command } from 'commander';
import { PACKAGE_ROOT } from '../report/assets.js';
import { reportCommand } from './report.js';

/** The bundled PONAM 2020-2024 example: what a newcomer runs first. */
export const DEMO_DIR = join(PACKAGE_ROOT, 'fixtures', 'ponam-2020-2024');

export function registerDemo(program: Command, run: (code: number) => void): void {
  program
    .command('demo')
    .description('run `report` on the bundled PONAM 2020-2024 example (writes to out/)')
    .option('--format <list>', 'comma-separated: html, json, pdf, xlsx', 'html,json')
    .option('--out <dir>', 'output folder', 'out')
    .option('--lang <fr|en>', 'language of the report', 'fr')
    .option('--period <P>', 'report period (default: the latest in the data)')
    .option('--browser <path>', 'Chrome, Chromium or Edge executable for PDF output')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--no-color', 'no colours in messages')
    .option('--debug', 'print stack traces of internal errors')
    .action(async (raw: Record<string, unknown>) => {
      run(await reportCommand({ ...raw, plan: join(DEMO_DIR, 'plan.xlsx'), data: [join(DEMO_DIR, 'data')] }));
    });
}

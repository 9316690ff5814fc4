import { join } from 'node:path';
import { PACKAGE_ROOT } from '../report/assets.js';
import type { CommandEnv } from './program.js';
import { reportCommand } from './report.js';

/** The bundled PONAM 2020-2024 example: what a newcomer runs first. */
export const DEMO_DIR = join(PACKAGE_ROOT, 'fixtures', 'ponam-2020-2024');

export function demoCommand(raw: Record<string, unknown>, env: CommandEnv): Promise<number> {
  return reportCommand(
    { ...raw, plan: join(DEMO_DIR, 'plan.xlsx'), data: [join(DEMO_DIR, 'data')] },
    env,
    'ponam demo',
  );
}

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root, found from this file whether it runs from `src/` (tests, tsx) or from the
 * built `dist/`: both sit one or two levels below the folder holding `templates/`.
 */
export const PACKAGE_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'templates', 'report.hbs'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('ponam: templates/ not found next to the package');
})();

export function templatePath(name: string): string {
  return join(PACKAGE_ROOT, 'templates', name);
}

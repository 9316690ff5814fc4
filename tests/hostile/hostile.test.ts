import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, type HostileCase } from './cases.js';
import { commonProblems, prepare, removeUnprivilegedCopy, run } from './run.js';

/**
 * Cases about permissions mean nothing to root: as root they run as `nobody` (user 65534), from
 * a copy of the binary it can reach when it cannot reach the checkout (tests/hostile/run.ts,
 * `unprivilegedCommand`). They are never skipped.
 */

afterAll(removeUnprivilegedCopy);

/** tests/hostile/cases.ts, through the built binary (`npm test` builds first). */
describe('the hostile corpus', () => {
  const variants = CASES.flatMap((c) => [[c, 'fr'] as const, ...(c.en ? [[c, 'en'] as const] : [])]) as [
    HostileCase,
    'fr' | 'en',
  ][];

  it.each(variants.map(([c, lang]) => [`${c.name} (${lang})`, c, lang] as const))(
    '%s',
    async (_name, c, lang) => {
      const dir = await prepare(c);
      try {
        const o = run(c, dir, lang);
        const output = `${o.stdout}\n${o.stderr}`;
        expect(commonProblems(c, o), output).toEqual([]);
        for (const re of (lang === 'en' ? c.en : c.says) ?? []) expect(output).toMatch(re);
        for (const re of c.never ?? []) expect(output).not.toMatch(re);
        c.check?.(dir, o);
      } finally {
        // A case may leave a folder without permissions: give them back so that it can be removed.
        spawnSync('chmod', ['-R', 'u+rwx', dir]);
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

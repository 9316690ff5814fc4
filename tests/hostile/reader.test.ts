import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READER_CASES } from './cases.js';
import { commonProblems, prepare, run } from './run.js';

/**
 * The reader's hostile cases (zip bomb with a lying directory, a cell reference beyond XFD, a
 * FIFO, /dev/zero, a DOCTYPE, two sheets of one name): the new reader refuses them; the same
 * common checks as tests/hostile/hostile.test.ts apply (exit code, no stack, no raw control
 * character, inputs unchanged, time and memory bounds).
 */
describe('the hostile corpus, reader cases', () => {
  const variants = READER_CASES.flatMap((c) => [
    [`${c.name} (fr)`, c, 'fr'] as const,
    ...(c.en ? [[`${c.name} (en)`, c, 'en'] as const] : []),
  ]);
  it.each(variants)('%s', async (_name, c, lang) => {
    const dir = await prepare(c);
    try {
      const o = run(c, dir, lang);
      const output = `${o.stdout}\n${o.stderr}`;
      expect(commonProblems(c, o), output).toEqual([]);
      for (const re of (lang === 'en' ? c.en : c.says) ?? []) expect(output).toMatch(re);
      c.check?.(dir, o);
    } finally {
      // A case may leave a folder without permissions: give them back so that it can be removed.
      spawnSync('chmod', ['-R', 'u+rwx', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

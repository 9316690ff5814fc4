import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPublished } from '../../src/core/compare.js';
import { PonamError } from '../../src/model/errors.js';
import { ponam } from '../helpers/cli.js';

/**
 * `--compare` reads the earlier report through the contract's schema (docs/json-contract.md):
 * the fields it uses, from reports of schema versions 1 to 4; a report of another version is
 * a usage error (exit 2) that names the file, its version and the versions understood.
 */

const dir = mkdtempSync(join(tmpdir(), 'ponam-compare-'));
let n = 0;
function file(data: unknown): string {
  const path = join(dir, `report-${++n}.json`);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data));
  return path;
}

/** A report of schema version 2, as ponam wrote it then: four statuses, `final` targets, no targetPeriod. */
const v2 = {
  schemaVersion: '2',
  tool: { name: 'ponam', version: '0.0.9' },
  period: '2022-T3',
  cover: { title: 'PONAM' },
  plan: { code: 'PONAM', title: 'PONAM', rate: 0.71, coverage: 1, status: 'behind' },
  axes: [{ code: 'A1', label: 'Axe 1', rate: 0.78, status: 'behind', execution: null }],
  results: [{ code: 'R1.1', axis: 'A1', rate: null, status: 'no-data' }],
  indicators: [
    {
      code: 'I1.1.1',
      actual: 52000,
      target: 52500,
      targetSource: 'final',
      rate: 0.99,
      status: 'on-track',
      trend: [{ period: '2022-T3', actual: 52000, target: 52500 }],
    },
  ],
};

async function refusal(path: string, lang: 'fr' | 'en'): Promise<PonamError> {
  const error = await readPublished(path, 'publie/report.json', lang).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PonamError);
  return error as PonamError;
}

describe('--compare reads an earlier report through the schema', () => {
  it('a report of schema version 2: what it lacks read as unknown, its other keys ignored', async () => {
    const published = await readPublished(file(v2), 'publie/report.json', 'fr');
    expect(published).toEqual({
      file: 'publie/report.json',
      period: '2022-T3',
      planCode: 'PONAM',
      plan: { rate: 0.71, status: 'behind' },
      axes: [{ code: 'A1', rate: 0.78, status: 'behind' }],
      results: [{ code: 'R1.1', rate: null, status: 'no-data' }],
      // `final` no longer exists (a milestone is never held to its final target at P): unknown.
      indicators: [
        {
          code: 'I1.1.1',
          actual: 52000,
          target: 52500,
          targetSource: null,
          rate: 0.99,
          status: 'on-track',
          trend: [{ period: '2022-T3', actual: 52000 }],
        },
      ],
    });
  });

  it('a report of schema version 1, without targetSource', async () => {
    const { targetSource: _, ...indicator } = v2.indicators[0];
    const published = await readPublished(
      file({ ...v2, schemaVersion: '1', indicators: [indicator] }),
      'publie/report.json',
      'fr',
    );
    expect(published.indicators[0].targetSource).toBeUndefined();
    expect(published.indicators[0].rate).toBe(0.99);
  });

  it('a status outside the contract is refused, naming the field', async () => {
    const bad = { ...v2, axes: [{ code: 'A1', rate: 0.5, status: 'late' }] };
    const e = await refusal(file(bad), 'fr');
    expect(e.code).toBe('usage');
    expect(e.message).toBe(
      '--compare publie/report.json : ce n’est pas un report.json de ponam (champ « axes.0.status » absent ou invalide)',
    );
  });

  it('a report of a newer schema version: the file, its version and the versions understood', async () => {
    const path = file({ ...v2, schemaVersion: '5' });
    const fr = await refusal(path, 'fr');
    expect(fr.code).toBe('usage');
    expect(fr.message).toBe(
      '--compare publie/report.json : report.json de la version de schéma « 5 », que cette version de ponam ne lit pas (elle lit les versions 1, 2, 3 et 4)',
    );
    expect(fr.suggestion).toBe(
      'comparez avec un report.json écrit par cette version de ponam ou une plus ancienne, ou mettez ponam à jour',
    );
    const en = await refusal(path, 'en');
    expect(en.message).toBe(
      "--compare publie/report.json: a report.json of schema version '5', which this version of ponam does not read (it reads versions 1, 2, 3 and 4)",
    );
    expect(en.suggestion).toBe(
      'compare with a report.json written by this version of ponam or an older one, or update ponam',
    );
  });

  it('today’s messages stay for a file that is not JSON and for JSON that is not a report', async () => {
    expect((await refusal(file('PK\u0003\u0004'), 'fr')).message).toBe(
      '--compare publie/report.json : ce n’est pas un report.json de ponam (le fichier n’est pas du JSON)',
    );
    expect((await refusal(file({ hello: 1 }), 'en')).message).toBe(
      "--compare publie/report.json: not a ponam report.json (field 'schemaVersion' missing or invalid)",
    );
    expect((await refusal(file({ ...v2, schemaVersion: 3 }), 'en')).message).toBe(
      "--compare publie/report.json: not a ponam report.json (field 'schemaVersion' missing or invalid)",
    );
  });

  it('the command exits 2 (a usage error) with the message, naming the file as given', () => {
    const path = file({ ...v2, schemaVersion: '5' });
    const r = ponam(['demo', '--period', '2022-T4', '--compare', path, '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`report.json de la version de schéma « 5 »`);
    expect(r.stderr).toContain('elle lit les versions 1, 2, 3 et 4');
    expect(r.stderr).toContain(`--compare ${path}`);
  });
});

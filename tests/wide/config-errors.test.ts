/**
 * Errors in `ponam.config.json` (issue 14; README, "Configuration" and "Errors and messages"): an
 * unknown key (with "did you mean"), a wrong type or a missing file is a usage error — exit 2 —
 * naming the file, the JSON path and what is expected, in French by default and in English with
 * `--lang en`, never with a stack trace. An alias that collides with another role's name, or names
 * a role, field or value ponam does not have, is an error too.
 *
 * Each case writes its configuration into a copy of tests/fixtures-wide/configured/canonical/
 * (so the plan and the rapports/ folder it may name exist) and runs a bare `ponam report` there.
 */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ponam, type Run, tempDir } from '../helpers/cli.js';
import { STACK, WIDE } from './helpers.js';

const CANONICAL = path.join(WIDE, 'configured', 'canonical');
// No \b: it is ASCII-only, and French words end in accented letters (déjà).
const FRENCH = /(clé|inconnue|invalide|introuvable|attendu|désigne|déjà|n’est pas|aucun)/i;
const ENGLISH = /\b(unknown|invalid|expected|names|already|not|does)\b/i;

/** A folder holding the canonical plan and reports and this configuration, under `name`. */
function folderWith(config: string, name = 'ponam.config.json'): string {
  const dir = path.join(tempDir('ponam-config-error-'), 'projet');
  cpSync(CANONICAL, dir, { recursive: true });
  writeFileSync(path.join(dir, name), config);
  return dir;
}

interface Both {
  fr: Run;
  en: Run;
}

function run(config: string, args: string[] = ['report']): Both {
  const dir = folderWith(config);
  return { fr: ponam(args, { cwd: dir }), en: ponam([...args, '--lang', 'en'], { cwd: dir }) };
}

function expectUsageError(r: Both, file: string, mentions: string[]): void {
  for (const [lang, out] of Object.entries(r)) {
    expect(out.code, `${lang}: ${out.stderr}`).toBe(2);
    expect(out.stdout, lang).toBe('');
    expect(out.stderr, lang).toContain(file);
    for (const m of mentions) expect(out.stderr, lang).toContain(m);
    expect(out.stderr, lang).not.toMatch(STACK);
    expect(out.stderr, lang).not.toMatch(/\b(TypeError|ZodError|SyntaxError|Error):/);
  }
  expect(r.fr.stderr).toMatch(FRENCH);
  expect(r.en.stderr).toMatch(ENGLISH);
  expect(r.en.stderr).not.toBe(r.fr.stderr);
}

const j = (o: unknown) => JSON.stringify(o, null, 2);

describe.each([
  ['an unknown key, with “did you mean”', j({ plan: 'plan.xlsx', perod: '2023-T2' }), ['/perod', 'period']],
  ['a wrong type (text for a number)', j({ ceiling: 'cent' }), ['/ceiling']],
  ['a value outside its list', j({ format: ['html', 'word'] }), ['/format']],
  ['a wrong type at the root', '[]\n', ['/']],
  ['a missing plan file', j({ plan: 'absent.xlsx' }), ['/plan', 'absent.xlsx']],
  ['a plan that is a folder', j({ plan: 'rapports' }), ['/plan', 'rapports']],
  [
    'a missing data folder',
    j({ plan: 'plan.xlsx', data: ['rapports', 'manquant'] }),
    ['/data/1', 'manquant'],
  ],
  ['a missing logo file', j({ cover: { logo: 'logo.png' } }), ['/cover/logo', 'logo.png']],
  [
    'a sheet alias that is another role’s sheet name (Valeurs for the indicators)',
    j({ aliases: { sheets: { indicators: ['Valeurs'] } } }),
    ['/aliases/sheets/indicators/0', 'Valeurs', 'values'],
  ],
  [
    'a sheet alias given to two roles',
    j({ aliases: { sheets: { indicators: ['Suivi'], values: ['Suivi'] } } }),
    ['/aliases/sheets/values/0', 'Suivi', 'indicators'],
  ],
  [
    'a column alias that is another field’s name (Code for the baseline)',
    j({ aliases: { columns: { 'indicators.baseline': ['Code'] } } }),
    ['/aliases/columns/indicators.baseline/0', 'Code', 'indicators.code'],
  ],
  [
    'a value alias that is another value’s name (En cours for done)',
    j({ aliases: { values: { 'status.done': ['En cours'] } } }),
    ['/aliases/values/status.done/0', 'En cours', 'status.in-progress'],
  ],
  [
    'an unknown alias role of a column',
    j({ aliases: { columns: { 'indicateurs.baseline': ['Niveau initial'] } } }),
    ['/aliases/columns/indicateurs.baseline'],
  ],
  [
    'an unknown alias field of a column',
    j({ aliases: { columns: { 'indicators.niveau': ['Niveau initial'] } } }),
    ['/aliases/columns/indicators.niveau'],
  ],
  [
    'an unknown alias list of a value',
    j({ aliases: { values: { 'statut.done': ['Exécutée'] } } }),
    ['/aliases/values/statut.done'],
  ],
  [
    'an unknown value of a list',
    j({ aliases: { values: { 'status.finie': ['Exécutée'] } } }),
    ['/aliases/values/status.finie'],
  ],
  [
    'an unknown alias role of a sheet',
    j({ aliases: { sheets: { matrice: ['Matrice des indicateurs'] } } }),
    ['/aliases/sheets/matrice'],
  ],
])('%s', (_what, config, mentions) => {
  it('is a usage error naming the file and the JSON path, French then English, no stack', () => {
    expectUsageError(run(config), 'ponam.config.json', mentions);
  });
});

describe('invalid JSON', () => {
  const broken = '{\n  "plan": "plan.xlsx"\n  "period": "2023-T2"\n}\n';
  const commented = `// projet\n${broken}`;

  it('is a usage error naming the file with the line:column of the fault', () => {
    // The fault is the string "period" opening line 3 at column 3.
    expectUsageError(run(broken), 'ponam.config.json', ['3:3']);
  });

  it('gives the right line:column below a comment (as ponam init writes them)', () => {
    expectUsageError(run(commented), 'ponam.config.json', ['4:3']);
  });

  it('is told in French by default, not in the JSON parser’s English', () => {
    const r = run(broken);
    expect(r.fr.stderr).not.toMatch(/\b(Expected|Unexpected|after property value|in JSON)\b/);
  });

  it('comments in the file are no error', () => {
    const r = run('// projet\n{\n  /* le plan */\n  "plan": "plan.xlsx", // ici\n  "data": "rapports"\n}\n', [
      'validate',
    ]);
    expect([r.fr.code, r.en.code]).toEqual([0, 0]);
  });
});

describe('every command reads the configuration the same way', () => {
  it('validate: the same usage error', () => {
    expectUsageError(run(j({ perod: '2023-T2' }), ['validate']), 'ponam.config.json', ['/perod', 'period']);
  });

  it('template report: the same usage error', () => {
    expectUsageError(
      run(j({ plan: 'absent.xlsx' }), ['template', 'report', '--entity', 'OIM', '--out', 'modele.xlsx']),
      'ponam.config.json',
      ['/plan', 'absent.xlsx'],
    );
  });

  it('--config FILE names that file', () => {
    const dir = folderWith(j({ ceiling: 'cent' }), 'suivi.json');
    const r = {
      fr: ponam(['report', '--config', 'suivi.json'], { cwd: dir }),
      en: ponam(['report', '--config', 'suivi.json', '--lang', 'en'], { cwd: dir }),
    };
    expectUsageError(r, 'suivi.json', ['/ceiling']);
  });

  it('--config to a file that does not exist is a usage error naming it', () => {
    const dir = folderWith(j({}));
    const r = {
      fr: ponam(['report', '--config', 'absent.json'], { cwd: dir }),
      en: ponam(['report', '--config', 'absent.json', '--lang', 'en'], { cwd: dir }),
    };
    for (const out of [r.fr, r.en]) {
      expect(out.code).toBe(2);
      expect(out.stderr).toContain('absent.json');
      expect(out.stderr).not.toMatch(STACK);
    }
  });
});

describe('errors the configuration must also catch', () => {
  it('a wrong type inside a list names the item', () => {
    expectUsageError(run(j({ data: ['rapports', 3] })), 'ponam.config.json', ['/data/1']);
  });

  it('an unknown nested key, with “did you mean”', () => {
    expectUsageError(run(j({ cover: { autor: 'CPS' } })), 'ponam.config.json', ['/cover/autor', 'author']);
  });

  it('one column alias given to two fields', () => {
    const r = run(
      j({
        plan: 'plan.xlsx',
        data: 'rapports',
        aliases: { columns: { 'indicators.baseline': ['Niveau'], 'indicators.finalTarget': ['Niveau'] } },
      }),
    );
    expectUsageError(r, 'ponam.config.json', ['Niveau', '/aliases/columns/indicators.finalTarget/0']);
  });

  it('one value alias given to two values', () => {
    const r = run(
      j({
        plan: 'plan.xlsx',
        data: 'rapports',
        aliases: { values: { 'status.done': ['Faite'], 'status.abandoned': ['Faite'] } },
      }),
    );
    expectUsageError(r, 'ponam.config.json', ['Faite', '/aliases/values/status.abandoned/0']);
  });

  it('an invalid period names the file and /period', () => {
    expectUsageError(
      run(j({ plan: 'plan.xlsx', data: 'rapports', period: '2023-T9' })),
      'ponam.config.json',
      ['/period', '2023-T9'],
    );
  });

  // The published schema accepts "format": ["docx"], and report writes it since issue 12.
  it('a format the published schema accepts is written, or refused naming the file and /format', () => {
    const r = run(j({ plan: 'plan.xlsx', data: 'rapports', format: ['docx'] }));
    for (const out of [r.fr, r.en]) {
      expect(out.stderr).not.toContain('--format');
      const blamed = out.stderr.includes('ponam.config.json') && out.stderr.includes('/format');
      expect(out.code === 0 || (out.code === 2 && blamed), out.stderr).toBe(true);
    }
  });
});

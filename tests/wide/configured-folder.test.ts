/**
 * A prepared folder (issue 14; README, "Configuration"): `ponam.config.json` in the
 * current folder (or `--config FILE`) holds what the flags hold, the cover, and `aliases` so a
 * ministry's own sheet, column and value names are read as they are. Flags override it; it
 * overrides the plan's `Plan` sheet; relative paths are relative to the configuration file.
 *
 * tests/fixtures-wide/configured/ (scripts/fixtures/wide/make_configured.py):
 *   ministere/   the ministry's plan (`Fiche du plan`, `Matrice des indicateurs`, `Niveau initial`,
 *                `Objectif 2023`, `À réduire`…), wide reports (`Identification`, `Suivi
 *                trimestriel`, `Réalisation T1 2023`, `Partenaire de mise en œuvre`, `T1`), an
 *                `Activités` sheet with `Exécutée`, a logo and ponam.config.json (JSONC, $schema)
 *   canonical/   the same plan and data in ponam's own names and long layout
 * A bare `ponam report` run in ministere/ must give the figures of the canonical run with flags.
 * Every run works on a copy in a temporary folder: outputs never land in the repository.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ponam, type Run, tempDir } from '../helpers/cli.js';
import {
  figures,
  manifest,
  mapTraces,
  python,
  type ReportJson,
  readReport,
  traces,
  WIDE,
} from './helpers.js';

const FIXTURE = path.join(WIDE, 'configured');
const INSTITUTION = "Ministère des Maliens de l'extérieur";
const AUTHOR = 'Cellule de planification et de statistique';

/** A fresh copy of a fixture folder under a new temporary folder. */
function copy(name: 'ministere' | 'canonical', as: string = name): string {
  const root = tempDir('ponam-configured-');
  const dir = path.join(root, as);
  cpSync(path.join(FIXTURE, name), dir, { recursive: true });
  return dir;
}

function mustRun(r: Run, what: string): void {
  if (r.code !== 0) throw new Error(`${what}: exit ${r.code}\n${r.stderr}`);
}

let ministry: string;
let bare: Run;
let canonical: ReportJson;
let canonicalPlain: ReportJson;

beforeAll(() => {
  ministry = copy('ministere');
  bare = ponam(['report'], { cwd: ministry });

  const can = copy('canonical');
  const out = tempDir('ponam-configured-out-');
  // What the configuration says, spelled as flags.
  mustRun(
    ponam(
      [
        'report',
        '--plan',
        'plan.xlsx',
        '--data',
        'rapports',
        '--period',
        '2023-T2',
        '--format',
        'json',
        '--out',
        out,
        '--thresholds',
        '80,50',
        '--institution',
        INSTITUTION,
        '--author',
        AUTHOR,
      ],
      { cwd: can },
    ),
    'canonical run',
  );
  canonical = readReport(out);
  const plain = tempDir('ponam-configured-plain-');
  mustRun(
    ponam(['report', '--plan', 'plan.xlsx', '--data', 'rapports', '--format', 'json', '--out', plain], {
      cwd: can,
    }),
    'canonical run without settings',
  );
  canonicalPlain = readReport(plain);
});

describe('a bare `ponam report` in the configured folder', () => {
  it('runs (exit 0) and writes the configured formats into the configured folder', () => {
    expect(bare.code, bare.stderr).toBe(0);
    expect(existsSync(path.join(ministry, 'sorties', 'report.json'))).toBe(true);
    expect(existsSync(path.join(ministry, 'sorties', 'report.html'))).toBe(true);
    expect(existsSync(path.join(ministry, 'out'))).toBe(false);
  });

  it('gives the figures of the long, canonical equivalent run with flags', () => {
    const r = readReport(path.join(ministry, 'sorties'));
    expect(r.period).toBe('2023-T2');
    expect(figures(r)).toEqual(figures(canonical));
  });

  it('reads every indicator of the ministry’s matrix, with its baseline and targets', () => {
    const r = readReport(path.join(ministry, 'sorties'));
    expect(r.indicators.map((i) => [i.code, i.baseline, i.targetYear, i.finalTarget])).toEqual([
      ['K1', 0, 500, 500],
      ['K2', 35, 70, 80],
      ['K3', 40, 20, 15],
    ]);
  });

  it('traces each value to its own cell of the wide `Suivi trimestriel` sheets', () => {
    const r = readReport(path.join(ministry, 'sorties'));
    const m = manifest(FIXTURE);
    expect(traces(r)).toEqual(mapTraces(traces(canonical), m.values));
    const sheets = new Set([...traces(r).values()].flat().map((g) => g.sheet));
    expect([...sheets]).toEqual(['Suivi trimestriel']);
  });

  it('reads a value alias: `Exécutée` is a done activity', () => {
    const r = readReport(path.join(ministry, 'sorties'));
    expect(r.activities.map((a) => [a.code, a.status])).toEqual([
      ['AC1', 'done'],
      ['AC2', 'done'],
      ['AC3', 'not-started'],
    ]);
    expect((r.plan.execution as { done: number }).done).toBe(2);
  });

  it('reads a value alias of the plan: `À réduire` is a decreasing indicator', () => {
    const r = readReport(path.join(ministry, 'sorties'));
    expect(r.indicators.find((i) => i.code === 'K3')?.direction).toBe('decrease');
  });

  it('takes the cover from the configuration', () => {
    const r = readReport(path.join(ministry, 'sorties'));
    expect([r.cover.institution, r.cover.author]).toEqual([INSTITUTION, AUTHOR]);
  });

  it('the configuration’s thresholds override the plan’s Plan sheet (70 / 40)', () => {
    const r = readReport(path.join(ministry, 'sorties'));
    expect(canonicalPlain.settings.thresholds).toEqual({ onTrack: 0.7, behind: 0.4 });
    expect(r.settings.thresholds).toEqual({ onTrack: 0.8, behind: 0.5 });
  });

  it('embeds the configured logo in the HTML report', () => {
    const html = readFileSync(path.join(ministry, 'sorties', 'report.html'), 'utf8');
    const logo = readFileSync(path.join(ministry, 'logo.png')).toString('base64');
    expect(html).toContain(`data:image/png;base64,${logo}`);
  });
});

describe('flags override the configuration', () => {
  let dir: string;
  let run: Run;
  beforeAll(() => {
    dir = copy('ministere');
    run = ponam(
      ['report', '--period', '2023-T1', '--format', 'json', '--out', 'autre', '--thresholds', '90,60'],
      {
        cwd: dir,
      },
    );
  });

  it('--period, --format, --out, --thresholds win over the file', () => {
    expect(run.code, run.stderr).toBe(0);
    const r = readReport(path.join(dir, 'autre'));
    expect(r.period).toBe('2023-T1');
    expect(r.settings.thresholds).toEqual({ onTrack: 0.9, behind: 0.6 });
    expect(existsSync(path.join(dir, 'autre', 'report.html'))).toBe(false);
    expect(existsSync(path.join(dir, 'sorties'))).toBe(false);
  });

  it('what the flags do not say still comes from the file (plan, data, aliases, cover)', () => {
    const r = readReport(path.join(dir, 'autre'));
    expect(r.indicators.map((i) => i.code)).toEqual(['K1', 'K2', 'K3']);
    expect(r.indicators.every((i) => i.actual !== null)).toBe(true);
    expect(r.cover.institution).toBe(INSTITUTION);
  });
});

describe('paths in the configuration are relative to the configuration file', () => {
  it('--config sub/ponam.config.json run from the parent folder reads and writes beside the file', () => {
    const sub = copy('ministere', 'sub');
    const parent = path.dirname(sub);
    const r = ponam(['report', '--config', 'sub/ponam.config.json', '--format', 'json'], { cwd: parent });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(parent, 'sorties'))).toBe(false);
    expect(figures(readReport(path.join(sub, 'sorties')))).toEqual(figures(canonical));
  });

  it('--config given from an unrelated folder works the same', () => {
    const dir = copy('ministere');
    const elsewhere = tempDir('ponam-elsewhere-');
    const config = path.relative(elsewhere, path.join(dir, 'ponam.config.json'));
    const r = ponam(['report', '--config', config, '--format', 'json'], { cwd: elsewhere });
    expect(r.code, r.stderr).toBe(0);
    expect(figures(readReport(path.join(dir, 'sorties')))).toEqual(figures(canonical));
  });
});

describe('`ponam validate` with no argument checks the configured plan and data', () => {
  it('exit 0 on the ministry’s folder, every configured file listed', () => {
    const text = ponam(['validate'], { cwd: ministry });
    expect(text.code, text.stderr).toBe(0);
    const json = ponam(['validate', '--format', 'json'], { cwd: ministry });
    expect(json.code).toBe(0);
    const files = (JSON.parse(json.stdout) as { files: { path: string; role: string; valid: boolean }[] })
      .files;
    expect(files.map((f) => [f.path, f.role, f.valid])).toEqual([
      ['Cadre de mesure 2022-2023.xlsx', 'plan', true],
      ['rapports/DRDS-Kayes-2023.xlsx', 'data', true],
      ['rapports/partenaires-2023.xlsx', 'data', true],
    ]);
  });

  it('exit 1 when a configured data file is invalid, naming it', () => {
    const dir = copy('ministere');
    cpSync(
      path.join(WIDE, 'mixed-layout', 'openpyxl', 'OIM-2022.xlsx'),
      path.join(dir, 'rapports', 'melange.xlsx'),
    );
    const r = ponam(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('rapports/melange.xlsx');
    expect(r.stdout).toContain('mixed-layout');
  });
});

describe('`ponam template report` reads the configured plan', () => {
  it('writes a reporting workbook for the ministry’s indicators without --plan', () => {
    const dir = copy('ministere');
    const r = ponam(['template', 'report', '--entity', 'OIM', '--out', 'modele-OIM.xlsx'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const codes = python<string[]>(
      `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Valeurs']
print(json.dumps(sorted({r[0] for r in ws.iter_rows(min_row=2, values_only=True) if r[0]})))`,
      [path.join(dir, 'modele-OIM.xlsx')],
    );
    expect(codes).toEqual(['K1', 'K2']);
  });
});

describe('`ponam init` in a folder holding a plan and a rapports/ folder', () => {
  let dir: string;
  let first: Run;
  let written: string;
  beforeAll(() => {
    dir = copy('canonical', 'projet');
    first = ponam(['init'], { cwd: dir });
    written = readFileSync(path.join(dir, 'ponam.config.json'), 'utf8');
  });

  it('writes a commented configuration naming the plan and the reports, with a $schema that exists', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(written).toMatch(/^\s*\/\//m);
    expect(written).toMatch(/"plan":\s*"plan\.xlsx"/);
    expect(written).toMatch(/"data":\s*\[\s*"rapports"\s*\]/);
    const schema = /"\$schema":\s*"([^"]+)"/.exec(written)?.[1] ?? '';
    expect(existsSync(path.resolve(dir, schema)), schema).toBe(true);
  });

  it('`ponam report` then runs with it and gives the figures of the run with flags', () => {
    const r = ponam(['report'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const out = /"out":\s*"([^"]+)"/.exec(written)?.[1] ?? 'out';
    expect(figures(readReport(path.join(dir, out)))).toEqual(figures(canonicalPlain));
  });

  it('refuses to overwrite the configuration without --force (exit 2), and replaces it with --force', () => {
    writeFileSync(path.join(dir, 'ponam.config.json'), `${written}// edited by hand\n`);
    const again = ponam(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('ponam.config.json');
    expect(readFileSync(path.join(dir, 'ponam.config.json'), 'utf8')).toBe(`${written}// edited by hand\n`);
    const forced = ponam(['init', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'ponam.config.json'), 'utf8')).not.toContain('edited by hand');
  });

  it('in an empty folder still writes a configuration to fill in (exit 0)', () => {
    const empty = tempDir('ponam-init-empty-');
    mkdirSync(path.join(empty, 'rapports'));
    const r = ponam(['init'], { cwd: empty });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(empty, 'ponam.config.json'))).toBe(true);
  });
});

/**
 * Bounded fuzzing of `ponam validate`: 520 mutations of valid workbooks (bytes flipped, zips
 * truncated, XML inside the zip edited), from a seeded PRNG so that a failure can be replayed.
 * They are run through the built binary in batches; every run must end with exit 0, 1 or 2, a
 * JSON report naming every file, and no stack trace. Each mutant is either reported with an
 * issue or valid.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { ponam, REPO, STACK, type ValidateJson } from './helpers.js';

const SEED = 20240503;
const MUTANTS = 520;
const BATCH = 65;
const SOURCES = [
  'fixtures/ponam-2020-2024/data/DGME-2022-T4.xlsx',
  'fixtures/ponam-2020-2024/data/OIM-2021-T2.xlsx',
  'fixtures/ponam-2020-2024/data/DR-Kayes-2022-T1.xlsx',
  'fixtures/ponam-2020-2024/plan.xlsx',
  'tests/fixtures-bad/ok-data.xlsx',
  'tests/fixtures-bad/openpyxl-type-error.xlsx',
];
const PLAN = 'fixtures/ponam-2020-2024/plan.xlsx';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(SEED);
const int = (n: number) => Math.floor(rand() * n);
const pickOne = <T>(list: readonly T[]): T => list[int(list.length)];

function flipBytes(b: Buffer): Buffer {
  const out = Buffer.from(b);
  const flips = 1 + int(16);
  for (let i = 0; i < flips; i++) out[int(out.length)] ^= 1 + int(255);
  return out;
}

function truncate(b: Buffer): Buffer {
  return b.subarray(0, int(b.length));
}

const XML_EDITS: ((xml: string) => string)[] = [
  (x) => {
    const at = int(x.length);
    return x.slice(0, at) + x.slice(at + 1 + int(200));
  },
  (x) => {
    const at = int(x.length);
    return `${x.slice(0, at)}<${pickOne(['c', 'row', 'v', 'x', 'sheet', '!--', '?'])}${x.slice(at)}`;
  },
  (x) =>
    x.replace(
      /<v>[^<]*<\/v>/,
      pickOne(['<v>douze</v>', '<v>1e999</v>', '<v>-</v>', '<v></v>', '<v>NaN</v>']),
    ),
  (x) => x.replace(/ r="[A-Z]+\d+"/, pickOne([' r="ZZZZ0"', ' r=""', ' r="A-1"', ' r="XFE1048577"'])),
  (x) => x.replace(/ t="s"/, pickOne([' t="e"', ' t="n"', ' t="b"', ' t="str"', ' t="inlineStr"', ' t="d"'])),
  (x) => x.replace(/ s="\d+"/, ' s="999"'),
  (x) => x.replace(/<\/(\w+)>/, ''),
  (x) => x.replace(/name="[^"]*"/, pickOne(['name=""', 'name="Valeurs"', 'name="&amp;&lt;"'])),
  (x) => x.replace(/<si>/, '<si><t>'),
];

async function editXml(b: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(b);
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  const name = pickOne(names);
  const xml = await zip.file(name)?.async('string');
  if (xml === undefined) return b;
  const edits = 1 + int(3);
  let edited = xml;
  for (let i = 0; i < edits; i++) edited = pickOne(XML_EDITS)(edited);
  if (rand() < 0.1) zip.remove(pickOne(names));
  else zip.file(name, edited);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

let dir = '';
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('validate under fuzzing', () => {
  it(`survives ${MUTANTS} mutations of valid workbooks with exit 0, 1 or 2 and a message`, {
    timeout: 120_000,
  }, async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ponam-fuzz-'));
    const sources = SOURCES.map((s) => readFileSync(path.join(REPO, s)));
    const files: string[] = [];
    for (let i = 0; i < MUTANTS; i++) {
      const source = pickOne(sources);
      const kind = i % 3;
      const mutant = kind === 0 ? flipBytes(source) : kind === 1 ? truncate(source) : await editXml(source);
      const batch = path.join(dir, `b${Math.floor(i / BATCH)}`);
      mkdirSync(batch, { recursive: true });
      const file = path.join(batch, `m${String(i).padStart(3, '0')}-${['flip', 'cut', 'xml'][kind]}.xlsx`);
      writeFileSync(file, mutant);
      files.push(file);
    }
    const exits = new Map<number, number>();
    for (let b = 0; b * BATCH < files.length; b++) {
      const batch = files.slice(b * BATCH, (b + 1) * BATCH);
      const run = ponam(['validate', '--plan', PLAN, '--format', 'json', '--lang', 'en', ...batch]);
      exits.set(run.status ?? -1, (exits.get(run.status ?? -1) ?? 0) + 1);
      expect([0, 1, 2], run.stderr).toContain(run.status);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stderr, 'no internal error').not.toContain('internal error');
      let out: ValidateJson;
      try {
        out = JSON.parse(run.stdout) as ValidateJson;
      } catch {
        throw new Error(`batch ${b}: exit ${run.status}, no JSON; stderr: ${run.stderr.slice(0, 500)}`);
      }
      for (const f of batch) {
        const shown = f.split(path.sep).join('/');
        const entry = out.files.find((x) => x.path === shown);
        expect(entry, shown).toBeDefined();
        const issues = out.issues.filter((i) => i.file === shown);
        if (!entry?.valid) expect(issues.length, shown).toBeGreaterThan(0);
        for (const i of issues) expect(i.message.length).toBeGreaterThan(0);
      }
    }
    expect([...exits.keys()].every((c) => [0, 1, 2].includes(c))).toBe(true);
  });
});

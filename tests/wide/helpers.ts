import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers/cli.js';

export const WIDE = path.join(REPO, 'tests', 'fixtures-wide');
export const PYTHON = '/usr/bin/python3';

/** One value of a fixture: where the wide sheet holds it and where its long twin does. */
export interface ManifestValue {
  indicator: string;
  entity?: string | null;
  sexe?: string | null;
  period: string;
  value: number | string;
  wide: { file: string; sheet: string; cell: string };
  long: { file: string; sheet: string; cell: string };
}

export interface Manifest {
  period: string;
  values: ManifestValue[];
  error?: string;
  columns?: { header: string; cell: string }[];
}

export function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

export interface TraceGroup {
  file: string;
  sheet: string;
  entity?: string;
  period?: string;
  cells: string[];
  values: (number | null)[];
}

export interface ReportJson {
  period: string;
  cover: Record<string, unknown>;
  settings: Record<string, unknown>;
  plan: Record<string, unknown>;
  axes: Record<string, unknown>[];
  results: Record<string, unknown>[];
  indicators: ({
    code: string;
    actual: unknown;
    trace: TraceGroup[];
    entities?: { entity: string; value: unknown }[];
    breakdowns?: unknown;
  } & Record<string, unknown>)[];
  activities: Record<string, unknown>[];
  quality: { issues: { code: string; severity: string }[] } & Record<string, unknown>;
  sources: { path: string }[];
}

export function readReport(outDir: string, name = 'report.json'): ReportJson {
  return JSON.parse(readFileSync(path.join(outDir, name), 'utf8')) as ReportJson;
}

/** Where a value came from: every key naming a file, sheet or cell, which differ between twins. */
const PLACE_KEYS = new Set(['file', 'sheet', 'cell', 'cells', 'path', 'sha256', 'sources', 'trace']);

function withoutPlaces(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutPlaces);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => !PLACE_KEYS.has(k))
        .map(([k, x]) => [k, withoutPlaces(x)]),
    );
  return v;
}

/**
 * Every figure of a report — the period, settings, plan, axes, results, indicators (actual,
 * target, rates, status, reason, entities, breakdowns, trend, previous…), activities, changes
 * and the quality model (completeness, timeliness, issue codes) — without the places the values
 * were read from (files, sheets, cells, checksums), which are all a wide matrix and its long twin
 * may differ by. Traces are compared cell by cell elsewhere.
 */
export function figures(r: ReportJson): unknown {
  return withoutPlaces(r);
}

/** The trace of each indicator, files named by base name, groups and cells in a stable order. */
export function traces(r: ReportJson): Map<string, TraceGroup[]> {
  return new Map(
    r.indicators.map((i) => [
      i.code,
      i.trace
        .map((g) => ({ ...g, file: path.basename(g.file) }))
        .sort((a, b) => key(a).localeCompare(key(b))),
    ]),
  );
}

function key(g: TraceGroup): string {
  return `${g.file}|${g.sheet}|${g.entity ?? ''}|${g.period ?? ''}|${g.cells.join(',')}`;
}

/**
 * The long report's traces carried over to the wide workbook through the manifest: each long cell
 * replaced by the wide cell holding the same value. Cells inside a group keep the long order and
 * are then sorted as the wide ones are, by row then column.
 */
export function mapTraces(
  long: Map<string, TraceGroup[]>,
  values: ManifestValue[],
): Map<string, TraceGroup[]> {
  const byLong = new Map(values.map((v) => [`${v.long.file}|${v.long.sheet}|${v.long.cell}`, v]));
  const out = new Map<string, TraceGroup[]>();
  for (const [code, groups] of long) {
    const mapped = groups.map((g) => {
      const pairs = g.cells.map((c, n) => {
        const v = byLong.get(`${g.file}|${g.sheet}|${c}`);
        if (!v) throw new Error(`long cell ${g.file}!${c} is not in the manifest`);
        return { cell: v.wide.cell, sheet: v.wide.sheet, value: g.values[n] };
      });
      pairs.sort((a, b) => cellOrder(a.cell) - cellOrder(b.cell));
      return {
        ...g,
        sheet: pairs[0]?.sheet ?? g.sheet,
        cells: pairs.map((p) => p.cell),
        values: pairs.map((p) => p.value),
      };
    });
    out.set(
      code,
      mapped.sort((a, b) => key(a).localeCompare(key(b))),
    );
  }
  return out;
}

/** A1 → a number ordering cells by row, then column. */
export function cellOrder(a1: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return Number(m[2]) * 1000 + col;
}

/** The number a cell stands for: oui/non of a milestone are 1/0. */
export function numeric(v: number | string): number {
  if (typeof v === 'number') return v;
  if (v === 'oui') return 1;
  if (v === 'non') return 0;
  throw new Error(`no number for ${v}`);
}

/** Runs a Python snippet with openpyxl; its stdout is parsed as JSON. */
export function python<T>(script: string, args: string[] = []): T {
  const r = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`python failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** No JavaScript stack trace in what a person reads. */
export const STACK = /^\s+at .+\(?.+:\d+:\d+\)?$/m;

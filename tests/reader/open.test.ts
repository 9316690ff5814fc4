/**
 * Opening and reading through open.ts: what is refused before reading (FIFOs, devices, sockets),
 * how read failures become issues, invalid references, and two sheets with one role.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/core/load.js';
import type { Issue } from '../../src/model/issues.js';
import type { Cell } from '../../src/workbook/cells.js';
import { DEFAULT_LIMITS, openWorkbook, pickByRole, readSheets, UNREADABLE } from '../../src/workbook/open.js';
import { smallData, smallPlan, writeWorkbook } from '../helpers/workbooks.js';
import { makeZip, workbookParts } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'ponam-open-'));
let count = 0;
const path = (name = `w${count++}.xlsx`) => join(dir, name);

async function opened(file: string): Promise<{ ok: boolean; issues: Issue[]; ms: number }> {
  const issues: Issue[] = [];
  const started = performance.now();
  const ok = Boolean(await openWorkbook(file, 'x.xlsx', (i) => issues.push(i)));
  return { ok, issues, ms: performance.now() - started };
}

describe('files that are not regular files', () => {
  it('refuses a FIFO without opening it (it would wait forever for a writer)', async () => {
    const fifo = path('pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const { ok, issues, ms } = await opened(fifo);
    expect(ok).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(['not-a-regular-file']);
    expect(ms).toBeLessThan(1000);
  });

  it('refuses /dev/zero (it never ends) and a socket', async () => {
    const zero = await opened('/dev/zero');
    expect(zero.issues.map((i) => i.code)).toEqual(['not-a-regular-file']);
    expect(zero.ms).toBeLessThan(1000);
    const socket = path('socket.xlsx');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      expect((await opened(socket)).issues.map((i) => i.code)).toEqual(['not-a-regular-file']);
    } finally {
      server.close();
    }
  });

  it('is a code that makes the file unreadable (exit 2); a folder is still file-not-found', async () => {
    expect(UNREADABLE.has('not-a-regular-file')).toBe(true);
    expect(UNREADABLE.has('invalid-cell-ref')).toBe(false);
    expect(UNREADABLE.has('duplicate-sheet')).toBe(false);
    expect((await opened(dir)).issues.map((i) => i.code)).toEqual(['file-not-found']);
  });

  it('refuses a FIFO through the whole loading path, at once', async () => {
    const fifo = path('pipe2.xlsx');
    execFileSync('mkfifo', [fifo]);
    const started = performance.now();
    const loaded = await loadInputs(null, [{ path: fifo, display: 'pipe2.xlsx' }], 'fr');
    expect(loaded.issues.map((i) => i.code)).toEqual(['not-a-regular-file']);
    expect([...loaded.unreadable]).toEqual(['pipe2.xlsx']);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

/** Reads every sheet of `file` into rows of raw cells. */
async function readAll(file: string, limits = DEFAULT_LIMITS) {
  const issues: Issue[] = [];
  const sheets: Record<string, [number, (Cell | null)[]][]> = {};
  const infos = await readSheets(
    file,
    'x.xlsx',
    (i) => issues.push(i),
    (info) => {
      const rows: [number, (Cell | null)[]][] = [];
      sheets[info.name] = rows;
      return { row: (n, cells) => rows.push([n, cells]), end: () => {} };
    },
    limits,
  );
  return { infos, sheets, issues };
}

describe('read failures as issues', () => {
  it('reports a cell beyond XFD as invalid-cell-ref, reads its sheet up to it and the other sheets', async () => {
    const file = path();
    const parts = workbookParts(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="FXSHRXW2"><v>2</v></c></row><row r="3"><c r="A3"><v>3</v></c></row></sheetData></worksheet>',
      {
        sheets:
          '<sheet name="Valeurs" sheetId="1" r:id="rId1"/><sheet name="Rapport" sheetId="2" r:id="rId2"/>',
      },
    );
    parts.push({
      name: 'xl/worksheets/sheet2.xml',
      data: Buffer.from(
        '<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>',
      ),
    });
    writeFileSync(file, makeZip(parts));
    const started = performance.now();
    const { infos, sheets, issues } = await readAll(file);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(infos?.map((i) => i.name)).toEqual(['Valeurs', 'Rapport']);
    expect(issues).toEqual([
      {
        code: 'invalid-cell-ref',
        severity: 'error',
        file: 'x.xlsx',
        sheet: 'Valeurs',
        value: 'FXSHRXW2',
        params: {},
      },
    ]);
    expect(sheets.Valeurs.map(([n]) => n)).toEqual([1]);
    expect(sheets.Rapport.map(([n]) => n)).toEqual([1]);
  });

  it('stops a lying directory at --max-uncompressed-size with file-too-large (what: uncompressed)', async () => {
    // A sheet entry whose directory says 2 KB and that inflates to 200 MB.
    const deflate = createDeflateRaw({ level: 9 });
    const out: Buffer[] = [];
    deflate.on('data', (c: Buffer) => out.push(c));
    const ended = new Promise((resolve) => deflate.on('end', resolve));
    deflate.write('<worksheet><sheetData>');
    const spaces = Buffer.alloc(1 << 20, 0x20);
    for (let i = 0; i < 200; i++)
      if (!deflate.write(spaces)) await new Promise((r) => deflate.once('drain', r));
    deflate.end('</sheetData></worksheet>');
    await ended;
    const body = Buffer.concat(out);
    const parts = workbookParts('<worksheet/>');
    const zip = makeZip(parts);
    // Swap the sheet's body for the bomb, keeping the directory's claim of 2 KB.
    const file = path();
    writeFileSync(file, withEntryBody(zip, 'xl/worksheets/sheet1.xml', body, 2048));
    expect((await opened(file)).ok).toBe(true); // the directory's sizes are within the limit
    const started = performance.now();
    const { issues } = await readAll(file, { ...DEFAULT_LIMITS, maxUncompressedBytes: 1 << 20 });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'file-too-large',
      params: { what: 'uncompressed', limit: 1 << 20 },
    });
    expect(UNREADABLE.has(issues[0].code)).toBe(true);
  });

  it('reports a DOCTYPE as file-unreadable saying why, and a damaged entry as file-truncated', async () => {
    const doctype = path();
    writeFileSync(
      doctype,
      makeZip(workbookParts('<!DOCTYPE x [<!ENTITY a "b">]><worksheet><sheetData/></worksheet>')),
    );
    const refused = await readAll(doctype);
    expect(refused.issues).toMatchObject([
      { code: 'file-unreadable', params: { detail: expect.stringMatching(/DOCTYPE/) } },
    ]);
    const crc = path();
    const parts = workbookParts('<worksheet><sheetData/></worksheet>');
    parts[3].claimCrc = 42;
    writeFileSync(crc, makeZip(parts));
    expect((await readAll(crc)).issues).toMatchObject([{ code: 'file-truncated' }]);
  });
});

/** Replaces the body of `name` in a zip made by makeZip (deflated), its directory still claiming `claim`. */
function withEntryBody(zip: Buffer, name: string, body: Buffer, claim: number): Buffer {
  const local = zip.indexOf(Buffer.concat([Buffer.from(name)]));
  const headerStart = local - 30;
  const oldSize = zip.readUInt32LE(headerStart + 18);
  const bodyStart = local + name.length;
  const out = Buffer.concat([zip.subarray(0, bodyStart), body, zip.subarray(bodyStart + oldSize)]);
  const delta = body.length - oldSize;
  out.writeUInt32LE(body.length, headerStart + 18);
  out.writeUInt32LE(claim, headerStart + 22);
  // Central directory: fix this entry's sizes and every later local offset, then the end record.
  const eocd = out.length - 22;
  const cdStart = out.readUInt32LE(eocd + 16) + delta;
  out.writeUInt32LE(cdStart, eocd + 16);
  for (let p = cdStart; p < eocd; ) {
    const nameLength = out.readUInt16LE(p + 28);
    const entryName = out.toString('utf8', p + 46, p + 46 + nameLength);
    const offset = out.readUInt32LE(p + 42);
    if (entryName === name) {
      out.writeUInt32LE(body.length, p + 20);
      out.writeUInt32LE(claim, p + 24);
    } else if (offset > headerStart) out.writeUInt32LE(offset + delta, p + 42);
    p += 46 + nameLength + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

describe('two sheets with the same role', () => {
  it('is duplicate-sheet naming both (the first is read); a hidden copy beside the visible sheet is skipped with an info', () => {
    const issues: Issue[] = [];
    const chosen: string[] = [];
    const pick = pickByRole(
      'x.xlsx',
      (i) => issues.push(i),
      (_role, info) => {
        chosen.push(info.name);
        return { row: () => {}, end: () => {} };
      },
    );
    for (const name of ['Rapport', 'Valeurs', 'Values', 'Indicateurs', ' INDICATEURS ', 'Calc'])
      pick({ name, hidden: false });
    pick({ name: 'Valeurs (2)', hidden: true });
    expect(chosen).toEqual(['Rapport', 'Valeurs', 'Indicateurs']);
    expect(issues).toEqual([
      {
        code: 'duplicate-sheet',
        severity: 'error',
        file: 'x.xlsx',
        sheet: 'Values',
        params: { first: 'Valeurs', second: 'Values' },
      },
      {
        code: 'duplicate-sheet',
        severity: 'error',
        file: 'x.xlsx',
        sheet: ' INDICATEURS ',
        params: { first: 'Indicateurs', second: ' INDICATEURS ' },
      },
      {
        code: 'hidden-sheet',
        severity: 'info',
        file: 'x.xlsx',
        sheet: 'Valeurs (2)',
        params: { twin: 'Valeurs' },
      },
    ]);
  });

  it('stops a report whose workbook holds both Valeurs and Values', async () => {
    const plan = path();
    const data = path();
    await writeWorkbook(plan, smallPlan());
    const sheets = smallData('OIM', '2022-T2', [['I1', 5]]);
    await writeWorkbook(data, {
      ...sheets,
      Values: [
        ['Indicator', 'Value'],
        ['I1', 7],
      ],
    });
    const loaded = await loadInputs(
      { path: plan, display: 'plan.xlsx' },
      [{ path: data, display: 'oim.xlsx' }],
      'en',
    );
    expect(loaded.issues.filter((i) => i.code === 'duplicate-sheet')).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'oim.xlsx',
        sheet: 'Values',
        params: { first: 'Valeurs', second: 'Values' },
      }),
    ]);
    expect(loaded.data.values.toArray().map((v) => v.value)).toEqual([5]);
  });
});

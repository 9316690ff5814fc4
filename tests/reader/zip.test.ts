/**
 * The zip layer on crafted archives: its own central-directory reader for files in memory and on
 * disk, ZIP64 records, checksums and sizes checked, and the decompression budget counted while
 * inflating whatever the directory claims.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IN_MEMORY } from '../../src/workbook/small-file.js';
import { UncompressedTooLarge, ZipDamaged, ZipUnsupported } from '../../src/workbook/xlsx/errors.js';
import { openZip } from '../../src/workbook/zip.js';
import { makeZip, type ZipPart } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'ponam-zip-'));
let count = 0;
function file(bytes: Buffer): string {
  const path = join(dir, `z${count++}.zip`);
  writeFileSync(path, bytes);
  return path;
}

const text = (n: number) => Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(n));

/** `megabytes` MiB of zero bytes, deflated without ever holding them. */
async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const zeros = Buffer.alloc(1 << 20);
  for (let i = 0; i < megabytes; i++)
    if (!deflate.write(zeros)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** A zip whose one entry inflates to `megabytes` MiB while its directory says `claim` bytes. */
async function lyingZip(megabytes: number, claim: number): Promise<Buffer> {
  const body = await deflatedZeros(megabytes);
  const zip = makeZip([{ name: 'bomb.xml', data: Buffer.alloc(0), claimSize: claim }]);
  // Put the real deflated body in place of the empty one (sizes patched in both headers).
  const local = zip.subarray(0, 30 + 'bomb.xml'.length);
  const rest = zip.subarray(30 + 'bomb.xml'.length + 2); // deflate of nothing is 2 bytes
  const patched = Buffer.concat([local, body, rest]);
  patched.writeUInt32LE(body.length, 18);
  const cd = 30 + 'bomb.xml'.length + body.length;
  patched.writeUInt32LE(body.length, cd + 20);
  patched.writeUInt32LE(cd, patched.length - 22 + 16);
  return patched;
}

async function read(path: string, name: string, limit = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const zip = await openZip(path, { used: 0, limit });
  const entry = zip.find(name);
  if (!entry) throw new Error(`no ${name}`);
  return entry.buffer();
}

describe('the zip reader', () => {
  const parts: ZipPart[] = [
    { name: 'a.xml', data: text(10) },
    { name: 'stored.bin', data: randomBytes(5000), stored: true },
  ];

  it('reads deflated and stored entries of a file in memory', async () => {
    const path = file(makeZip(parts));
    expect(await read(path, 'a.xml')).toEqual(parts[0].data);
    expect(await read(path, 'stored.bin')).toEqual(parts[1].data);
  });

  it('reads a file larger than the in-memory threshold entry by entry from the disk', async () => {
    const big = randomBytes(IN_MEMORY + 1024);
    const sheet = text(200_000); // several MiB once inflated: streamed in chunks
    const path = file(
      makeZip([
        { name: 'pad.bin', data: big, stored: true },
        { name: 'sheet.xml', data: sheet },
      ]),
    );
    const zip = await openZip(path);
    const entry = zip.find('sheet.xml');
    let chunks = 0;
    const parts2: Buffer[] = [];
    for await (const c of entry?.chunks() ?? []) {
      chunks++;
      parts2.push(c);
    }
    expect(chunks).toBeGreaterThan(1);
    // Buffer.equals: vitest's deep equality is far too slow on megabytes.
    expect(Buffer.concat(parts2).equals(sheet)).toBe(true);
    expect((await read(path, 'pad.bin')).equals(big)).toBe(true);
  });

  it('reads ZIP64 end records and extra fields', async () => {
    const path = file(makeZip(parts, { zip64: true }));
    expect(await read(path, 'a.xml')).toEqual(parts[0].data);
    expect(await read(path, 'stored.bin')).toEqual(parts[1].data);
  });

  it('finds a part whatever the case of its name', async () => {
    const zip = await openZip(file(makeZip([{ name: 'XL/Workbook.xml', data: text(1) }])));
    expect(zip.find('xl/workbook.xml')).toBeDefined();
  });

  it('says a zip is damaged when a checksum or a size does not match, or its end is missing', async () => {
    const crc = file(makeZip([{ name: 'a.xml', data: text(10), claimCrc: 1234 }]));
    await expect(read(crc, 'a.xml')).rejects.toThrow(ZipDamaged);
    const size = file(makeZip([{ name: 'a.xml', data: text(10), claimSize: 20 }]));
    await expect(read(size, 'a.xml')).rejects.toThrow(/bytes where the zip directory says 20/);
    const whole = makeZip([{ name: 'a.xml', data: randomBytes(4000) }]);
    await expect(openZip(file(whole.subarray(0, whole.length - 30)))).rejects.toThrow(ZipDamaged);
    const flipped = Buffer.from(whole);
    flipped[100] ^= 0xff;
    await expect(read(file(flipped), 'a.xml')).rejects.toThrow(ZipDamaged);
  });

  it('refuses encrypted entries, unknown compression methods and two entries with one name', async () => {
    const encrypted = makeZip([{ name: 'a.xml', data: text(1) }]);
    encrypted.writeUInt16LE(1, encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    await expect(read(file(encrypted), 'a.xml')).rejects.toThrow(ZipUnsupported);
    const bzip2 = makeZip([{ name: 'a.xml', data: text(1) }]);
    bzip2.writeUInt16LE(12, bzip2.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    await expect(read(file(bzip2), 'a.xml')).rejects.toThrow(/compression method 12/);
    const twice = makeZip([
      { name: 'a.xml', data: text(1) },
      { name: 'a.xml', data: text(2) },
    ]);
    await expect(openZip(file(twice))).rejects.toThrow(ZipUnsupported);
  });
});

describe('the decompression budget', () => {
  it('stops a directory that says 2 KB at the limit while inflating 200 MB, fast and in little memory', async () => {
    const bomb = await lyingZip(200, 2048);
    expect(bomb.length).toBeLessThan(400_000);
    const path = file(bomb);
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    await expect(read(path, 'bomb.xml', 1 << 20)).rejects.toThrow(UncompressedTooLarge);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - rss).toBeLessThan(64 << 20);
  });

  it('stops at the limit when the lie is larger than one inflation call, streaming', async () => {
    const path = file(await lyingZip(40, 2048));
    let inflated = 0;
    const zip = await openZip(path, { used: 0, limit: 10 << 20 });
    await expect(
      (async () => {
        for await (const c of zip.find('bomb.xml')?.chunks() ?? []) inflated += c.length;
      })(),
    ).rejects.toThrow(UncompressedTooLarge);
    expect(inflated).toBeLessThanOrEqual(10 << 20);
  });

  it('counts all parts of a file against one budget', async () => {
    const path = file(
      makeZip([
        { name: 'a.xml', data: Buffer.alloc(600_000, 0x20) },
        { name: 'b.xml', data: Buffer.alloc(600_000, 0x20) },
      ]),
    );
    const budget = { used: 0, limit: 1_000_000 };
    const zip = await openZip(path, budget);
    await zip.find('a.xml')?.buffer();
    await expect(zip.find('b.xml')?.buffer()).rejects.toThrow(UncompressedTooLarge);
  });

  it('without a limit, says the lying entry is damaged once inflated', async () => {
    const path = file(await lyingZip(8, 2048));
    await expect(read(path, 'bomb.xml')).rejects.toThrow(ZipDamaged);
  });
});

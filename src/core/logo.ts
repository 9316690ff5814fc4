import { readFile, stat } from 'node:fs/promises';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';

/** The cover's logo, embedded in the report (HTML, PDF, Word) as a data URI: no file to carry along. */
export interface Logo {
  mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml';
  bytes: Uint8Array;
  dataUri: string;
}

/** A logo is a small picture; a larger file is surely not the one meant. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Reads a PNG, JPEG or SVG logo, known by its first bytes rather than its name. Anything else is
 * a usage error naming the file. SVG is shown through `<img>`, where it can run no script.
 */
export async function readLogo(path: string, shown: string, lang: Lang): Promise<Logo> {
  const t = catalogue(lang).config;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new PonamError('usage', t.logoMissing(shown));
  }
  if (size > MAX_BYTES) throw new PonamError('usage', t.logoTooLarge(shown, MAX_BYTES / 1024 / 1024));
  const bytes = new Uint8Array(await readFile(path));
  const mediaType = mediaTypeOf(bytes);
  if (!mediaType) throw new PonamError('usage', t.logoNotImage(shown));
  return { mediaType, bytes, dataUri: `data:${mediaType};base64,${Buffer.from(bytes).toString('base64')}` };
}

function mediaTypeOf(b: Uint8Array): Logo['mediaType'] | null {
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  const head = Buffer.from(b.subarray(0, 1024)).toString('utf8').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(head)) return 'image/svg+xml';
  return null;
}

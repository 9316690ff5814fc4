import { Resvg, type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { ImageRun } from 'docx';
import { TEXT_WIDTH } from './look.js';

/**
 * Pictures in the Word report: each chart's SVG (Word 2016 and later show it) with a PNG drawn
 * from it by resvg for the programs that show no SVG (older Word, LibreOffice), and the cover's
 * logo. Sizes are in CSS pixels, 96 to the inch, as docx takes them.
 */

/** The text width in pixels: no picture is drawn wider. */
export const MAX_WIDTH = Math.floor(TEXT_WIDTH / 15);

/** PNG pixels per displayed pixel: sharp on paper (about 190 dpi) for a few dozen kB a chart. */
const PNG_SCALE = 2;

const FONTS: ResvgRenderOptions['font'] = {
  // The charts name DejaVu Sans first, then fonts of other systems: whichever the machine has.
  loadSystemFonts: true,
  defaultFontFamily: 'DejaVu Sans',
};

export interface Picture {
  svg: Uint8Array;
  png: Uint8Array;
  width: number;
  height: number;
}

/** An SVG drawn as a PNG, at most `maxWidth` wide and `maxHeight` high, with its displayed size. */
export async function picture(svg: string, maxWidth = MAX_WIDTH, maxHeight = Infinity): Promise<Picture> {
  const natural = new Resvg(svg, { font: { loadSystemFonts: false } });
  const scale = Math.min(1, maxWidth / natural.width, maxHeight / natural.height);
  const width = Math.round(natural.width * scale);
  const height = Math.round(natural.height * scale);
  // Drawn on libuv's threads: the charts of a report are drawn side by side.
  const png = (
    await renderAsync(svg, {
      font: FONTS,
      fitTo: { mode: 'width', value: width * PNG_SCALE },
      background: '#ffffff',
    })
  ).asPng();
  return { svg: new TextEncoder().encode(svg), png: new Uint8Array(png), width, height };
}

/** A picture as a run of a paragraph, with its alternative text (Word's Alt Text pane). */
export function imageRun(p: Picture, alt: string, name: string): ImageRun {
  return new ImageRun({
    type: 'svg',
    data: p.svg,
    fallback: { type: 'png', data: p.png },
    transformation: { width: p.width, height: p.height },
    altText: { name, title: alt, description: alt },
  });
}

/** A PNG or JPEG as a run, at most `maxWidth` × `maxHeight` pixels (the cover's logo). */
export function bitmapRun(
  bytes: Uint8Array,
  type: 'png' | 'jpg',
  size: { width: number; height: number },
  alt: string,
  name: string,
): ImageRun {
  return new ImageRun({
    type,
    data: bytes,
    transformation: size,
    altText: { name, title: alt, description: alt },
  });
}

/** The pixel size of a PNG (its IHDR) or a JPEG (its first frame header); null when unreadable. */
export function bitmapSize(bytes: Uint8Array, type: 'png' | 'jpg'): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (type === 'png') {
    if (bytes.length < 24) return null;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    const length = view.getUint16(at + 2);
    // SOF0..SOF15 hold the size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    at += 2 + length;
  }
  return null;
}

/** A size brought within a box, its proportions kept. */
export function fitWithin(
  size: { width: number; height: number },
  box: { width: number; height: number },
): { width: number; height: number } {
  const scale = Math.min(1, box.width / size.width, box.height / size.height);
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

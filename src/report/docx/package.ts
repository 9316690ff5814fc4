import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import type { ReportView } from '../view.js';
import { LANGUAGE } from './look.js';

/**
 * The package as docx wrote it, made reproducible: docx 9 stamps the document's properties with
 * the clock (`dcterms:created`, `dcterms:modified`) and its zip entries with the time of writing.
 * Here the dates become the report's own date (`--timestamp`), or are left out when the report
 * has none, and every zip entry gets that date or the zip format's first day: the same inputs
 * give the same bytes. The document's language is added to its properties (`dc:language`),
 * which docx has no option for.
 */
const CORE = 'docProps/core.xml';
/** The zip format's earliest date, for a report without a date. */
const NO_DATE = new Date(1980, 0, 1);

export function fixPackage(packed: Uint8Array, view: ReportView): Uint8Array {
  const files = unzipSync(packed);
  const when = view.generatedAt ? new Date(view.generatedAt) : null;
  const core = files[CORE];
  if (core) files[CORE] = strToU8(fixCore(strFromU8(core), when, LANGUAGE[view.lang]));
  const mtime = when && !Number.isNaN(when.getTime()) && when >= NO_DATE ? when : NO_DATE;
  const zippable: Zippable = {};
  for (const [path, data] of Object.entries(files)) zippable[path] = [data, { mtime }];
  return zipSync(zippable, { level: 6 });
}

export function fixCore(xml: string, when: Date | null, language: string): string {
  const stamp = when && !Number.isNaN(when.getTime()) ? when.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  const dated = xml.replace(
    /<dcterms:(created|modified)( [^>]*)?>[^<]*<\/dcterms:\1>/g,
    (_all, name: string, attrs: string | undefined) =>
      stamp ? `<dcterms:${name}${attrs ?? ''}>${stamp}</dcterms:${name}>` : '',
  );
  return dated.replace('</cp:coreProperties>', `<dc:language>${language}</dc:language></cp:coreProperties>`);
}

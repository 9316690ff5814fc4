import type { Issue, IssueParams } from '../model/issues.js';
import { en } from './en.js';
import { escapeText, quoteValue } from './escape.js';
import { type Catalogue, fr } from './fr.js';

export type Lang = 'fr' | 'en';
export type { Catalogue };

export function catalogue(lang: Lang): Catalogue {
  return lang === 'en' ? en : fr;
}

/** The message and suggestion of an issue, in the user's language. */
export function describeIssue(found: Issue, lang: Lang): { message: string; suggestion: string | null } {
  const t = catalogue(lang);
  const params = safeParams({
    ...found.params,
    ...(found.value !== undefined ? { value: found.value } : {}),
    ...(firstElsewhere(found) ? { elsewhere: 1 } : {}),
  });
  const message = t.issues[found.code](params);
  const suggestion = typeof params.suggestion === 'string' ? t.suggestion(params.suggestion) : null;
  return { message, suggestion };
}

/**
 * The `first` place an issue refers to (`kayes.xlsx › Valeurs › C4`, the other half of a
 * duplicate) lies in another file than the issue: what to do then differs (a resubmission is
 * told apart by its submission date; two rows of one file are not).
 */
function firstElsewhere(found: Issue): boolean {
  const first = found.params.first;
  return typeof first === 'string' && first.includes(' › ') && !first.startsWith(`${found.file} › `);
}

/** Parameters that list what was found (headers, sheets, allowed values) are cut longer than a quoted value. */
const LIST_PARAMS = new Set(['found', 'allowed', 'detail', 'years', 'first']);
const MAX_LIST = 240;

/** Every text parameter escaped (src/i18n/escape.ts) and cut, so a cell's content reads as data. */
function safeParams(params: IssueParams): IssueParams {
  const out: IssueParams = {};
  for (const [key, v] of Object.entries(params))
    out[key] = typeof v === 'string' ? quoteValue(v, LIST_PARAMS.has(key) ? MAX_LIST : undefined) : v;
  return out;
}

/** `Kayes-2022-T3.xlsx › Valeurs › D14` */
export function formatLocation(found: Pick<Issue, 'file' | 'sheet' | 'cell' | 'row'>, lang: Lang): string {
  const parts = [escapeText(found.file)];
  if (found.sheet) parts.push(escapeText(found.sheet));
  if (found.cell) parts.push(escapeText(found.cell));
  else if (found.row !== undefined) parts.push(`${lang === 'fr' ? 'ligne' : 'row'} ${found.row}`);
  return parts.join(' › ');
}

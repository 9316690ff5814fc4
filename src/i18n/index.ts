import type { Issue } from '../model/issues.js';
import { en } from './en.js';
import { type Catalogue, fr } from './fr.js';

export type Lang = 'fr' | 'en';
export type { Catalogue };

export function catalogue(lang: Lang): Catalogue {
  return lang === 'en' ? en : fr;
}

/** The message and suggestion of an issue, in the user's language. */
export function describeIssue(found: Issue, lang: Lang): { message: string; suggestion: string | null } {
  const t = catalogue(lang);
  const params = found.value !== undefined ? { ...found.params, value: found.value } : found.params;
  const message = t.issues[found.code](params);
  const suggestion =
    typeof found.params.suggestion === 'string' ? t.suggestion(found.params.suggestion) : null;
  return { message, suggestion };
}

/** `Kayes-2022-T3.xlsx › Valeurs › D14` */
export function formatLocation(found: Pick<Issue, 'file' | 'sheet' | 'cell' | 'row'>, lang: Lang): string {
  const parts = [found.file];
  if (found.sheet) parts.push(found.sheet);
  if (found.cell) parts.push(found.cell);
  else if (found.row !== undefined) parts.push(`${lang === 'fr' ? 'ligne' : 'row'} ${found.row}`);
  return parts.join(' › ');
}

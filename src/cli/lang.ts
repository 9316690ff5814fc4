import type { Lang } from '../i18n/index.js';

/**
 * The language ponam speaks on the command line — help, usage errors, messages — known before
 * the program is built, since commander prints help and errors with the descriptions it was
 * given: `--lang fr|en` (any case, `--lang=en` too) anywhere before `--`, else the locale
 * (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first one set wins, as POSIX reads them):
 * English for `en…`, French for anything else, French when none is set.
 *
 * A report's own language is chosen apart (src/cli/report.ts): `--lang`, else the plan's
 * `Langue`, else French — a document does not change with the machine that printed it.
 */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  return langOption(argv) ?? localeLang(env);
}

/**
 * A `--lang` value that is neither fr nor en (`--lang de`), anywhere before `--`: a usage error
 * for every command, `--help` and `--version` included, rather than French without a word.
 */
export function badLangOption(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    // `--lang` last, with no value: commander says that an option lacks its value.
    if (value !== undefined && !normaliseLang(value)) return value;
  }
  return undefined;
}

/** The value of `--lang` on the command line, when it is fr or en. */
export function langOption(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    const lang = normaliseLang(value);
    if (lang) found = lang;
  }
  return found;
}

export function normaliseLang(value: unknown): Lang | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  return v === 'fr' || v === 'en' ? v : undefined;
}

export function localeLang(env: NodeJS.ProcessEnv): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale && /^en(?:[_.@-]|$)/i.test(locale) ? 'en' : 'fr';
}

import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { z } from 'zod';
import { closest } from '../compute/checks.js';
import { entityClashes } from '../compute/entities.js';
import { ambiguousPeriod, parsePeriod } from '../compute/periods.js';
import { quoteValue } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { type Config, ConfigSchema } from '../model/config.js';
import { PonamError } from '../model/errors.js';
import { aliasProblems } from '../workbook/aliases.js';

export const CONFIG_FILE = 'ponam.config.json';

/** A configuration as read: paths made absolute from the folder of the file. */
export interface LoadedConfig {
  file: string;
  config: Config;
  /** The file as written, comments included: a missing key is pointed at by its line. */
  text: string;
}

/** A line of the file that names a key, perhaps commented out (`// "plan": "plan.xlsx",`). */
export interface KeyLine {
  line: number;
  text: string;
  commented: boolean;
}

/**
 * Where the configuration names `key` at the top level, commented out or not: the first line
 * that starts (after blanks, and `//`) with `"key":`. `ponam init` writes every key it could not
 * fill in as such a commented line, so the message of a missing plan can point at it.
 */
export function keyLine(text: string, key: string): KeyLine | null {
  const lines = text.split('\n');
  const pattern = new RegExp(`^\\s*(//\\s*)?"${key}"\\s*:`);
  for (const [i, line] of lines.entries()) {
    const m = pattern.exec(line);
    if (m) return { line: i + 1, text: line.trim(), commented: m[1] !== undefined };
  }
  return null;
}

/**
 * The project configuration: `--config FILE`, else `ponam.config.json` in the current folder,
 * else none. Every problem is a usage error (exit 2) naming the file, the JSON path and what is
 * expected; paths it gives are relative to the file and must exist.
 */
export async function loadConfig(
  explicit: string | undefined,
  lang: Lang,
  cwd: string = process.cwd(),
): Promise<LoadedConfig | null> {
  const t = catalogue(lang).config;
  const file = explicit ? resolve(cwd, explicit) : join(cwd, CONFIG_FILE);
  if (!explicit && !existsSync(file)) return null;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new PonamError(
      'usage',
      t.unreadable(shown(file, cwd), (error as NodeJS.ErrnoException).code ?? ''),
    );
  }
  let data: unknown;
  const plain = stripComments(text);
  try {
    data = JSON.parse(plain);
  } catch (error) {
    throw new PonamError('usage', t.syntax(shown(file, cwd), where(error as Error, plain)), t.syntaxHint);
  }
  const parsed = ConfigSchema.safeParse(data);
  if (!parsed.success)
    throw new PonamError('usage', describe(parsed.error, shown(file, cwd), lang), t.schemaHint);
  checkFiles(parsed.data, dirname(file), shown(file, cwd), lang);
  if (parsed.data.period !== undefined && !parsePeriod(parsed.data.period)) {
    const ambiguous = ambiguousPeriod(parsed.data.period);
    throw new PonamError(
      'usage',
      t.invalid(
        shown(file, cwd),
        '/period',
        ambiguous
          ? catalogue(lang).periodAmbiguous(
              quoteValue(parsed.data.period),
              ambiguous.quarter,
              ambiguous.month,
            )
          : `${quoteValue(parsed.data.period)} — ${t.expected.period}`,
      ),
      t.schemaHint,
    );
  }
  const [clash] = entityClashes(
    Object.entries(parsed.data.entities ?? {}).map(([name, aliases]) => ({ name, aliases })),
  );
  if (clash)
    throw new PonamError(
      'usage',
      t.entityCollision(
        shown(file, cwd),
        `/entities/${clash.entity}${clash.index === 'name' ? '' : `/${clash.index}`}`,
        clash.name,
        clash.other,
      ),
      t.schemaHint,
    );
  const config = absolute(parsed.data, dirname(file));
  const [problem] = aliasProblems(config.aliases);
  if (problem)
    throw new PonamError(
      'usage',
      problem.other === null
        ? t.unknownAlias(shown(file, cwd), problem.path)
        : t.collision(shown(file, cwd), problem.path, problem.name, problem.other.kind, problem.other.name),
      t.aliasHint,
    );
  return { file, config, text };
}

/** Where JSON.parse stopped, as `line:column` (its own message is English, and varies with Node). */
function where(error: Error, text: string): string {
  const m = /position (\d+)/.exec(error.message) ?? /line (\d+) column (\d+)/.exec(error.message);
  if (!m) return `${text.split('\n').length}:1`;
  if (m.length === 3) return `${m[1]}:${m[2]}`;
  const before = text.slice(0, Number(m[1]));
  return `${before.split('\n').length}:${Number(m[1]) - before.lastIndexOf('\n')}`;
}

function shown(file: string, cwd: string): string {
  return file.startsWith(`${cwd}/`) ? file.slice(cwd.length + 1) : file;
}

/**
 * `// …` and `/* … *\/` comments outside strings, blanked out: the file may explain itself, and
 * every character keeps its line and column for the messages.
 */
export function stripComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
      const end =
        text[i + 1] === '/'
          ? (text.indexOf('\n', i) + 1 || text.length + 1) - 1
          : (text.indexOf('*/', i + 2) + 1 || text.length - 1) + 1;
      out += text.slice(i, end).replace(/[^\n]/g, ' ');
      i = end - 1;
    } else out += c;
  }
  return out;
}

function describe(error: z.ZodError, file: string, lang: Lang): string {
  const t = catalogue(lang).config;
  const { issue: first, path } = deepest(error.issues[0], error.issues[0].path);
  if (first.code === 'unrecognized_keys') {
    const key = first.keys[0];
    return t.unknownKey(file, jsonPath([...path, key]), closest(key, keysAt(path)));
  }
  return t.invalid(file, jsonPath(path), expected(first, lang));
}

/**
 * A value that matched no way of writing it (`"data": "…"` or a list): the way that went deepest
 * says best what is wrong (`/data/1`, not `/data`).
 */
function deepest(
  issue: z.core.$ZodIssue,
  path: readonly PropertyKey[],
): { issue: z.core.$ZodIssue; path: PropertyKey[] } {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return { issue, path: [...path] };
  const best = issue.errors
    .map((branch) => branch[0])
    .filter((i): i is z.core.$ZodIssue => i !== undefined)
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (best && best.path.length > 0) return deepest(best, [...path, ...best.path]);
  // No way went deeper: the first way of writing the value says what was expected.
  return { issue: issue.errors[0]?.[0] ?? issue, path: [...path] };
}

/** The keys a configuration object may hold at a path, for "did you mean". */
function keysAt(path: readonly PropertyKey[]): string[] {
  let shape: Record<string, z.ZodType> | null = ConfigSchema.shape;
  for (const key of path) {
    let field: z.ZodType | undefined = shape?.[String(key)];
    while (field && 'unwrap' in field && typeof field.unwrap === 'function')
      field = field.unwrap() as z.ZodType;
    shape = field && 'shape' in field ? (field.shape as Record<string, z.ZodType>) : null;
  }
  return shape ? Object.keys(shape) : [];
}

/** What a value should have been, in the user's language (zod's own messages are English). */
function expected(issue: z.core.$ZodIssue, lang: Lang): string {
  const t = catalogue(lang).config.expected;
  switch (issue.code) {
    case 'invalid_type':
      return t.type(String(issue.expected));
    case 'invalid_value':
      return t.oneOf(issue.values.map(String).join(', '));
    case 'invalid_union':
      return t.union;
    case 'too_small':
      return t.atLeast(String(issue.minimum));
    case 'too_big':
      return t.atMost(String(issue.maximum));
    case 'invalid_format':
      return t.format;
    case 'invalid_key':
      return t.key;
    default:
      return issue.message;
  }
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '/' : `/${path.map(String).join('/')}`;
}

function absolute(config: Config, dir: string): Config {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(dir, p));
  const data =
    config.data === undefined ? undefined : Array.isArray(config.data) ? config.data : [config.data];
  return {
    ...config,
    ...(config.plan ? { plan: abs(config.plan) } : {}),
    ...(data ? { data: data.map(abs) } : {}),
    ...(config.out ? { out: abs(config.out) } : {}),
    ...(config.browser ? { browser: abs(config.browser) } : {}),
    ...(config.cover?.logo ? { cover: { ...config.cover, logo: abs(config.cover.logo) } } : {}),
    ...(config.analysis ? { analysis: abs(config.analysis) } : {}),
    ...(config.recommendations ? { recommendations: [config.recommendations].flat().map(abs) } : {}),
  };
}

/** Every path the file gives must exist (relative to the file), each named by its JSON path. */
function checkFiles(config: Config, dir: string, file: string, lang: Lang): void {
  const t = catalogue(lang).config;
  const must = (path: string | undefined, at: string, kind: 'any' | 'file' = 'any') => {
    if (path === undefined) return;
    const full = isAbsolute(path) ? path : resolve(dir, path);
    if (!existsSync(full) || (kind === 'file' && !statSync(full).isFile()))
      throw new PonamError('usage', t.missingFile(file, at, path));
  };
  must(config.plan, '/plan', 'file');
  if (Array.isArray(config.data)) for (const [n, d] of config.data.entries()) must(d, `/data/${n}`);
  else must(config.data, '/data');
  must(config.cover?.logo, '/cover/logo', 'file');
  must(config.analysis, '/analysis', 'file');
  if (Array.isArray(config.recommendations))
    for (const [n, r] of config.recommendations.entries()) must(r, `/recommendations/${n}`);
  else must(config.recommendations, '/recommendations');
}

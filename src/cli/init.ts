import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import { z } from 'zod';
import { CONFIG_FILE, keyLine } from '../core/config.js';
import { expandInputs } from '../core/inputs.js';
import { writeAtomic } from '../core/write.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { ValueStore } from '../model/value-store.js';
import { PACKAGE_ROOT } from '../report/assets.js';
import { type DataSink, readData } from '../workbook/data-reader.js';
import { dataWorkbookKind, sheetNames } from '../workbook/sheet-names.js';
import { makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import { Common, LangOption, parseOptions } from './options.js';
import type { CommandEnv } from './program.js';

const InitOptions = z.object({ force: z.boolean().default(false), lang: LangOption.optional(), ...Common });

/** Where the schema is once ponam is installed in the project folder: the path that works on any machine. */
export const PROJECT_SCHEMA = './node_modules/ponam/ponam.schema.json';

/**
 * `ponam init`: a commented starting `ponam.config.json` for the current folder, with the plan and
 * the reporting workbooks it finds there, so that the next quarterly run is just `ponam report`.
 * Blank templates (`ponam template report --all-entities` before the partners fill them in) are
 * left out of `data`, and said so. An existing configuration is never replaced without `--force`.
 */
export async function initCommand(raw: Record<string, unknown>, env: CommandEnv): Promise<number> {
  const ctx = makeContext({ lang: env.lang, color: raw.color as boolean, quiet: raw.quiet as boolean });
  try {
    const opts = parseOptions(InitOptions, raw, env.lang, 'ponam init');
    const t = catalogue(env.lang).cli.init;
    const cwd = process.cwd();
    const file = join(cwd, CONFIG_FILE);
    if (existsSync(file) && !opts.force) throw new PonamError('usage', t.exists(CONFIG_FILE), t.existsHint);
    const found = await findWorkbooks(cwd);
    const lang = opts.lang ?? env.lang;
    const text = configText(found, lang, cwd);
    await writeAtomic(file, text);
    if (!ctx.quiet) {
      ctx.stdout(escapeText(CONFIG_FILE));
      for (const line of saying(found, text, env.lang)) ctx.stderr(line);
    }
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(raw.debug));
  }
}

export interface Found {
  plans: string[];
  /** Folders holding filled reporting workbooks, or the workbooks themselves. */
  data: string[];
  /** Places holding only blank templates, left out of `data`, with how many each holds. */
  blank: { path: string; count: number }[];
}

/** One reporting workbook found, relative to the folder with `/`, and whether any value was entered. */
interface Report {
  rel: string;
  filled: boolean;
}

/**
 * The plan(s) and the reporting workbooks below `cwd`. `data` names each top-level folder (or
 * workbook of the folder itself) that holds a filled report; a folder holding both filled reports
 * and blank templates is named by its parts that hold filled ones only (down to single
 * workbooks), so that no blank template is read; one holding only blank templates is left out.
 */
export async function findWorkbooks(cwd: string): Promise<Found> {
  const plans: string[] = [];
  const reports: Report[] = [];
  for (const f of await expandInputs([cwd])) {
    if (!f.path.toLowerCase().endsWith('.xlsx')) continue;
    const rel = relative(cwd, f.path).split(sep).join('/');
    // `out/` holds ponam's own outputs.
    if (rel.split('/')[0] === 'out') continue;
    const names = await sheetNames(f.path);
    if (!names) continue;
    const kind = dataWorkbookKind(names);
    if (kind === 'plan') plans.push(rel);
    else if (kind === 'data') reports.push({ rel, filled: await holdsValues(f.path) });
  }
  const data: string[] = [];
  const blank: Found['blank'] = [];
  place(reports, '', data, blank);
  return { plans: plans.sort(), data: data.sort(), blank: blank.sort((a, b) => cmp(a.path, b.path)) };
}

/** Splits the reports below `prefix` into the places to read and the places of blank templates only. */
function place(reports: readonly Report[], prefix: string, data: string[], blank: Found['blank']): void {
  const byChild = new Map<string, Report[]>();
  for (const r of reports) {
    const child = prefix + r.rel.slice(prefix.length).split('/')[0];
    const list = byChild.get(child);
    if (list) list.push(r);
    else byChild.set(child, [r]);
  }
  for (const [child, within] of byChild) {
    const filled = within.filter((r) => r.filled).length;
    const isFile = within.length === 1 && within[0].rel === child;
    if (filled === 0) blank.push({ path: isFile ? child : `${child}/`, count: within.length });
    else if (filled === within.length || isFile) data.push(child);
    else place(within, `${child}/`, data, blank);
  }
}

/**
 * A reporting workbook holds a value someone entered: a value in `Valeurs`, or an activity row
 * with a status, a progress or an amount. A blank template (`ponam template report`) holds none:
 * its rows list the indicators and activities, with every answer cell empty.
 */
async function holdsValues(path: string): Promise<boolean> {
  const into: DataSink = { values: new ValueStore(), activities: [], submissions: [] };
  const read = await readData(path, basename(path), null, 'fr', [], into);
  // A workbook that cannot be read is not taken for a template: the report will say what is wrong.
  if (!read) return true;
  return (
    into.values.size > 0 ||
    into.activities.some((a) => a.status !== null || a.progress !== null || a.disbursed !== null)
  );
}

/**
 * `$schema`, portable: `./node_modules/ponam/ponam.schema.json` when ponam is installed in the
 * folder (the path that works on any machine that runs `npm install` there); else the path of
 * the running ponam's schema relative to the folder; never an absolute path of this machine
 * (another Windows drive, where no relative path exists, gets the node_modules path).
 */
export function schemaPath(cwd: string, packageRoot: string = PACKAGE_ROOT): string {
  if (existsSync(join(cwd, PROJECT_SCHEMA))) return PROJECT_SCHEMA;
  const rel = relative(cwd, join(packageRoot, 'ponam.schema.json'));
  if (isAbsolute(rel) || /^[a-z]:/i.test(rel)) return PROJECT_SCHEMA;
  const posix = rel.split(sep).join('/');
  return posix.startsWith('.') ? posix : `./${posix}`;
}

function configText(found: Found, lang: Lang, cwd: string): string {
  const t = catalogue(lang).cli.init;
  const json = (v: unknown) => JSON.stringify(v);
  const plan =
    found.plans.length === 1
      ? `  "plan": ${json(found.plans[0])},`
      : `  // "plan": ${json(found.plans[0] ?? 'plan.xlsx')},${found.plans.length > 1 ? ` // ${t.severalPlans(found.plans.join(', '))}` : ''}`;
  const data =
    found.data.length > 0 ? `  "data": [${found.data.map(json).join(', ')}],` : '  // "data": ["rapports"],';
  const left =
    found.blank.length > 0 ? [`  // ${t.blankComment(found.blank.map((b) => b.path).join(', '))}`] : [];
  return [
    `// ${t.header}`,
    '{',
    `  "$schema": ${json(schemaPath(cwd))},`,
    `  // ${t.plan}`,
    plan,
    `  // ${t.data}`,
    ...left,
    data,
    `  // ${t.period}`,
    '  // "period": "2024-T4",',
    `  // ${t.format}`,
    '  "format": ["html", "json"],',
    `  // ${t.out}`,
    '  "out": "out",',
    `  "lang": ${json(lang)},`,
    `  // ${t.cover}`,
    '  "cover": {',
    '    // "institution": "…",',
    '    // "author": "…",',
    '    // "logo": "logo.png"',
    '  },',
    `  // ${t.aliases}`,
    '  "aliases": {',
    '    "sheets": {},',
    '    "columns": {},',
    '    "values": {}',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** What init tells the user: what it wrote, and each thing left for them to fill in, by its line. */
function saying(found: Found, text: string, lang: Lang): string[] {
  const t = catalogue(lang).cli.init;
  const lineOf = (key: string) => keyLine(text, key)?.line ?? 1;
  const shown = escapeText(CONFIG_FILE);
  const lines = [
    t.written(shown, found.plans.length === 1 ? escapeText(found.plans[0]) : null, found.data.length),
  ];
  if (found.plans.length === 0) lines.push(t.noPlanFound(shown, lineOf('plan')));
  if (found.plans.length > 1)
    lines.push(t.plansFound(found.plans.map(escapeText).join(', '), shown, lineOf('plan')));
  for (const b of found.blank) lines.push(t.blankLeftOut(escapeText(b.path), b.count));
  if (found.data.length === 0) lines.push(t.noDataFound(shown, lineOf('data')));
  lines.push(t.next);
  return lines;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { CONFIG_FILE } from '../core/config.js';
import { expandInputs } from '../core/inputs.js';
import { writeAtomic } from '../core/write.js';
import { escapeText } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';
import { PACKAGE_ROOT } from '../report/assets.js';
import { dataWorkbookKind, sheetNames } from '../workbook/sheet-names.js';
import { makeContext } from './context.js';
import { EXIT, handleError } from './handle-error.js';
import { Common, LangOption, parseOptions } from './options.js';
import type { CommandEnv } from './program.js';

const InitOptions = z.object({ force: z.boolean().default(false), lang: LangOption.optional(), ...Common });

/**
 * `ponam init`: a commented starting `ponam.config.json` for the current folder, with the plan and
 * the reporting workbooks it finds there, so that the next quarterly run is just `ponam report`.
 * An existing configuration is never replaced without `--force`.
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
    await writeAtomic(file, configText(found, lang, cwd));
    if (!ctx.quiet) {
      ctx.stdout(escapeText(CONFIG_FILE));
      ctx.stderr(t.written(found.plans.length, found.data.length));
    }
    return EXIT.ok;
  } catch (error) {
    return handleError(error, ctx, Boolean(raw.debug));
  }
}

interface Found {
  plans: string[];
  /** Folders holding reporting workbooks, or the workbooks themselves when they lie in the folder itself. */
  data: string[];
}

async function findWorkbooks(cwd: string): Promise<Found> {
  const plans: string[] = [];
  const data = new Set<string>();
  for (const f of await expandInputs([cwd])) {
    if (!f.path.toLowerCase().endsWith('.xlsx')) continue;
    const names = await sheetNames(f.path);
    if (!names) continue;
    const kind = dataWorkbookKind(names);
    const rel = relative(cwd, f.path).split(sep).join('/');
    if (kind === 'plan') plans.push(rel);
    else if (kind === 'data') {
      const top = rel.split('/')[0];
      // `out/` holds ponam's own outputs; a workbook of the folder itself is named, not the folder.
      if (top === 'out') continue;
      data.add(rel.includes('/') ? top : rel);
    }
  }
  return { plans: plans.sort(), data: [...data].sort() };
}

function configText(found: Found, lang: Lang, cwd: string): string {
  const t = catalogue(lang).cli.init;
  const schema = relative(cwd, join(PACKAGE_ROOT, 'ponam.schema.json')).split(sep).join('/');
  const json = (v: unknown) => JSON.stringify(v);
  const plan =
    found.plans.length === 1
      ? `  "plan": ${json(found.plans[0])},`
      : `  // "plan": "plan.xlsx",${found.plans.length > 1 ? ` // ${t.severalPlans(found.plans.join(', '))}` : ''}`;
  const data = found.data.length > 0 ? `  "data": ${json(found.data)},` : '  // "data": ["rapports"],';
  return [
    `// ${t.header}`,
    '{',
    `  "$schema": ${json(schema)},`,
    `  // ${t.plan}`,
    plan,
    `  // ${t.data}`,
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

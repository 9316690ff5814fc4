/**
 * `ponam report` and `ponam validate` run in the test's own process, through the core the CLI
 * calls (src/core/report.ts `runReport`, src/core/validation.ts `runValidation`) and the same JSON
 * writers (report.json from src/report/json.ts, validate's JSON from src/cli/reporters/json.ts):
 * the figures, statuses and issues of a run without starting Node, loading the CLI and reading
 * zips in another process. What only the binary shows — exit codes as the shell sees them, the
 * messages on stderr, option parsing — is tested through tests/helpers/cli.ts.
 *
 * The command line is read here for the options these tests use (an unknown one throws, so that a
 * test never silently runs without it); relative paths are taken from `cwd`, as the binary run in
 * `cwd` would.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatJson } from '../../src/cli/reporters/json.js';
import { TOOL } from '../../src/cli/version.js';
import { parsePeriod } from '../../src/compute/periods.js';
import { runReport } from '../../src/core/report.js';
import { runValidation, validationExitCode } from '../../src/core/validation.js';
import type { Lang } from '../../src/i18n/index.js';
import { PonamError } from '../../src/model/errors.js';
import { EXIT } from '../../src/model/exit.js';
import { SKIP_CODES } from '../../src/model/issues.js';
import { DEFAULT_LIMITS } from '../../src/workbook/open.js';

interface Parsed {
  plan?: string;
  data: string[];
  values: Record<string, string>;
}

/** `--opt value`, `--opt=value`, `--data a b`, positionals; FLAGS take no value. */
function parse(args: readonly string[], known: readonly string[]): Parsed {
  const out: Parsed = { data: [], values: {} };
  let list: string[] | null = out.data;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      (list ?? out.data).push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (!known.includes(name)) throw new Error(`in-process runner: unsupported option --${name}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`in-process runner: --${name} needs a value`);
    if (name === 'data') {
      out.data.push(value);
      list = out.data;
    } else {
      out.values[name] = value;
      list = null;
    }
    if (name === 'plan') out.plan = value;
  }
  return out;
}

const REPORT_OPTIONS = [
  'plan',
  'data',
  'period',
  'lang',
  'target-basis',
  'compare',
  'method',
  'format',
  'out',
];

export interface InProcessReport {
  /** The exit code the binary would give (src/cli/report.ts, printReport). */
  code: number;
  /** report.json as written, when the run wrote one. */
  model: unknown;
  out: string;
  /** The usage error that stopped the run (the binary prints it and exits 2). */
  error: PonamError | null;
}

/**
 * `ponam report ARGS --out OUT` in-process: report.json written to OUT (resolved from `cwd`) and
 * read back. Formats other than json are not rendered (`--format` is ignored).
 */
export async function reportInProcess(
  cwd: string,
  args: readonly string[],
  out: string,
): Promise<InProcessReport> {
  const p = parse(args, REPORT_OPTIONS);
  const at = (path: string) => resolve(cwd, path);
  const v = p.values;
  const folder = at(v.out ?? out);
  const period = v.period ? parsePeriod(v.period) : null;
  if (v.period && !period) throw new Error(`in-process runner: not a period: ${v.period}`);
  try {
    const result = await runReport({
      plan: at(p.plan ?? ''),
      data: p.data.map(at),
      ...(period ? { period } : {}),
      ...(v.lang ? { lang: v.lang as Lang } : {}),
      settings: v.method ? { method: v.method as 'auto' | 'ratio' | 'progression' } : {},
      ...(v['target-basis'] ? { targetBasis: v['target-basis'] as 'pace' | 'year' } : {}),
      ...(v.compare ? { compare: at(v.compare) } : {}),
      review: { kind: 'monitoring', analysisFolder: cwd, recommendations: [] },
      timestamp: false,
      tool: TOOL,
      messagesLang: (v.lang as Lang | undefined) ?? 'fr',
      strict: false,
      render: {
        formats: ['json'],
        out: folder,
        pdfTimeoutMs: 90_000,
        signal: new AbortController().signal,
        messagesLang: (v.lang as Lang | undefined) ?? 'fr',
      },
    });
    if (result.kind === 'written')
      return {
        code: EXIT.ok,
        model: JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')),
        out: v.out ?? out,
        error: null,
      };
    const listed = result.issues.some((i) => i.severity !== 'info' || SKIP_CODES.has(i.code));
    const code = result.noValues || (listed && !result.unreadable) ? EXIT.invalid : EXIT.failure;
    return { code, model: null, out: v.out ?? out, error: null };
  } catch (error) {
    if (!(error instanceof PonamError)) throw error;
    return { code: EXIT.failure, model: null, out: v.out ?? out, error };
  }
}

export interface InProcessValidation {
  /** The exit code the binary would give (validationExitCode). */
  code: number;
  /** What `ponam validate --format json` prints, parsed. */
  json: { valid: boolean; issues: unknown[] } & Record<string, unknown>;
}

/** `ponam validate ARGS --format json` in-process. */
export async function validateInProcess(cwd: string, args: readonly string[]): Promise<InProcessValidation> {
  const p = parse(args, ['plan', 'lang', 'format']);
  const at = (path: string) => resolve(cwd, path);
  const result = await runValidation({
    ...(p.plan ? { plan: at(p.plan) } : {}),
    paths: p.data.map(at),
    lang: (p.values.lang as Lang | undefined) ?? 'fr',
    limits: DEFAULT_LIMITS,
    strict: false,
  });
  const code = validationExitCode(result);
  return { code, json: JSON.parse(formatJson(result, code === EXIT.ok)) };
}

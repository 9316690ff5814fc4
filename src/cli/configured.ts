import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { keyLine, type LoadedConfig, loadConfig } from '../core/config.js';
import { displayPath } from '../core/inputs.js';
import { ANALYSIS_FILES } from '../core/review-inputs.js';
import { escapeText, quoteValue } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import type { Config } from '../model/config.js';
import { PonamError } from '../model/errors.js';

/** Which command reads the configuration: each takes the keys that mean something to it. */
export type ConfiguredCommand = 'report' | 'validate' | 'template-report';

/**
 * The options a command runs with: the flags the user typed, over the project configuration
 * (`--config FILE`, else ./ponam.config.json), over the commands' own defaults. The configuration
 * is spelled as the command line would spell it (`"format": ["html", "pdf"]` → `html,pdf`,
 * thresholds in %), so one parser checks both. `raw` holds only what was typed: the actions drop
 * commander's defaults.
 */
export async function withConfig(
  raw: Record<string, unknown>,
  lang: Lang,
  command: ConfiguredCommand,
): Promise<{ raw: Record<string, unknown>; config: LoadedConfig | null }> {
  const loaded = await loadConfig(raw.config as string | undefined, lang);
  if (!loaded) return { raw, config: null };
  return { raw: { ...asOptions(loaded.config, command, dirname(loaded.file)), ...raw }, config: loaded };
}

function asOptions(c: Config, command: ConfiguredCommand, folder: string): Record<string, unknown> {
  const data = c.data === undefined ? undefined : Array.isArray(c.data) ? c.data : [c.data];
  const shared = { ...defined({ plan: c.plan, lang: c.lang }) };
  // The review's inputs (docs/review.md): the analysis named, else analyse.md beside the file.
  const recommendations = c.recommendations === undefined ? undefined : [c.recommendations].flat();
  const analysis = c.analysis ?? ANALYSIS_FILES.map((f) => join(folder, f)).find((f) => existsSync(f));
  if (command === 'validate')
    return {
      ...shared,
      ...defined({
        paths:
          data || recommendations || analysis
            ? [...(data ?? []), ...(recommendations ?? []), ...(analysis ? [analysis] : [])]
            : undefined,
      }),
    };
  if (command === 'template-report') return { ...shared, ...defined({ period: c.period, data }) };
  return {
    ...shared,
    ...defined({
      data,
      period: c.period,
      format: c.format === undefined ? undefined : [c.format].flat().join(','),
      out: c.out,
      method: c.method,
      thresholds: c.thresholds ? `${c.thresholds.onTrack},${c.thresholds.behind}` : undefined,
      ceiling: c.ceiling === undefined ? undefined : String(c.ceiling),
      targetBasis: c.targetBasis,
      browser: c.browser,
      title: c.cover?.title,
      subtitle: c.cover?.subtitle,
      author: c.cover?.author,
      institution: c.cover?.institution,
      logo: c.cover?.logo,
      date: c.cover?.date,
      outputs: c.outputs,
      kind: c.kind,
      analysis: c.analysis,
      recommendations,
      analysisFolder: folder,
    }),
  };
}

function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/**
 * No plan (or no data) for a command that needs one. Without a configuration: the option that is
 * missing. In a configured folder: the configuration's key, and the line where it is commented
 * out (`ponam init` writes such a line, listing the plans it found), with what to write there.
 */
export function missingInput(
  key: 'plan' | 'data',
  config: LoadedConfig | null,
  lang: Lang,
  command: string,
): PonamError {
  const t = catalogue(lang).cli.errors;
  if (!config)
    return key === 'plan'
      ? new PonamError('usage', t.missingOption('--plan'), t.seeHelp(command))
      : new PonamError('usage', t.noData, t.noDataHint);
  const file = escapeText(displayPath(config.file));
  const line = keyLine(config.text, key);
  // The line as written (cut past 240 characters): it lists the plans init found.
  const where = line ? { line: line.line, text: quoteValue(line.text, 240) } : null;
  return key === 'plan'
    ? new PonamError('usage', t.configNoPlan(file, where), t.configNoPlanHint(file, where?.line ?? null))
    : new PonamError('usage', t.configNoData(file, where), t.configNoDataHint(file, where?.line ?? null));
}

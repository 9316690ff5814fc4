import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, win32 } from 'node:path';
import { escapeText } from '../i18n/escape.js';
import { catalogue, type Lang } from '../i18n/index.js';
import { PonamError } from '../model/errors.js';

/**
 * Finding a Chrome, Chromium or Edge already on the machine: ponam never downloads a browser
 * (M&E officers work on thin bandwidth, and CI images install one from their own packages).
 * Order: `--browser PATH`, then `PONAM_BROWSER`, then the usual install places of each system.
 */
export interface BrowserSearch {
  path: string | null;
  tried: string[];
  /** Where the path that was asked for came from, when one was asked for. */
  from: '--browser' | 'PONAM_BROWSER' | null;
}

export interface SearchContext {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  isExecutable: (path: string) => boolean;
}

const LINUX = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
  '/usr/local/bin/chromium',
  '/usr/local/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/opt/microsoft/msedge/msedge',
  '/var/lib/flatpak/exports/bin/org.chromium.Chromium',
];

const MACOS = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
];

/** Names looked up on PATH after the fixed places (NixOS, Homebrew, portable installs). */
const PATH_NAMES: Record<string, string[]> = {
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'],
  darwin: ['chromium', 'google-chrome'],
  win32: ['chrome.exe', 'msedge.exe'],
};

function windowsPaths(env: NodeJS.ProcessEnv): string[] {
  const roots = [
    env.PROGRAMFILES ?? 'C:\\Program Files',
    env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
    env.LOCALAPPDATA,
  ].filter((r): r is string => Boolean(r));
  const apps = [
    'Google\\Chrome\\Application\\chrome.exe',
    'Microsoft\\Edge\\Application\\msedge.exe',
    'Chromium\\Application\\chrome.exe',
  ];
  return apps.flatMap((app) => roots.map((root) => win32.join(root, app)));
}

function fixedPaths(ctx: Pick<SearchContext, 'platform' | 'env'>): string[] {
  return ctx.platform === 'win32'
    ? windowsPaths(ctx.env)
    : ctx.platform === 'darwin'
      ? [...MACOS, ...homeApps(ctx.env)]
      : LINUX;
}

function pathNames(platform: NodeJS.Platform): string[] {
  return PATH_NAMES[platform] ?? PATH_NAMES.linux;
}

export function candidatePaths(ctx: Pick<SearchContext, 'platform' | 'env'>): string[] {
  const fixed = fixedPaths(ctx);
  const sep = ctx.platform === 'win32' ? ';' : delimiter;
  const dirs = (ctx.env.PATH ?? ctx.env.Path ?? '').split(sep).filter(Boolean);
  const onPath = pathNames(ctx.platform).flatMap((name) =>
    dirs.map((dir) => (ctx.platform === 'win32' ? win32.join(dir, name) : join(dir, name))),
  );
  return [...new Set([...fixed, ...onPath])];
}

function homeApps(env: NodeJS.ProcessEnv): string[] {
  return env.HOME ? MACOS.map((p) => join(env.HOME as string, p)) : [];
}

export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const SYSTEM: SearchContext = {
  platform: process.platform,
  env: process.env,
  isExecutable: isExecutableFile,
};

/**
 * A path asked for explicitly is used or refused, never silently replaced by another browser:
 * the user who names one wants that one.
 */
export function searchBrowser(explicit: string | undefined, ctx: SearchContext = SYSTEM): BrowserSearch {
  const asked = explicit
    ? { path: explicit, from: '--browser' as const }
    : ctx.env.PONAM_BROWSER
      ? { path: ctx.env.PONAM_BROWSER, from: 'PONAM_BROWSER' as const }
      : null;
  if (asked)
    return { path: ctx.isExecutable(asked.path) ? asked.path : null, tried: [asked.path], from: asked.from };
  const tried: string[] = [];
  for (const candidate of candidatePaths(ctx)) {
    tried.push(candidate);
    if (ctx.isExecutable(candidate)) return { path: candidate, tried, from: null };
  }
  return { path: null, tried, from: null };
}

/** The browser to print with, or a `browser-not-found` error that lists what was tried and how to get one. */
export function requireBrowser(
  explicit: string | undefined,
  lang: Lang,
  ctx: SearchContext = SYSTEM,
): string {
  const found = searchBrowser(explicit, ctx);
  if (found.path) return found.path;
  const t = catalogue(lang).pdf;
  // A path from the command line or the environment is data: escaped, a newline in it stays on its line.
  const message = found.from ? t.browserMissingAt(escapeText(found.tried[0]), found.from) : t.browserNotFound;
  // Every PATH directory times every name would bury the message: the names stand for them.
  const lines = [...fixedPaths(ctx).map(escapeText), `PATH: ${pathNames(ctx.platform).join(', ')}`];
  const tried = found.from ? '' : `\n  ${t.tried}\n${lines.map((p) => `    ${p}`).join('\n')}`;
  throw new PonamError('browser-not-found', `${message}${tried}`, t.install);
}

import { removePendingTemps } from '../core/write.js';
import { catalogue, type Lang } from '../i18n/index.js';

/** Exit codes of a run stopped by a signal: 128 + the signal's number, as shells report them. */
const CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

export interface Interruption {
  /** Aborted when a signal arrives: whatever runs a child process (the PDF's browser) kills it on abort. */
  signal: AbortSignal;
  stop(): void;
}

/**
 * SIGINT, SIGTERM and SIGHUP stop the run: the abort listeners run first (synchronously: the
 * browser is killed, its profile removed), then the temporary files of writes under way are
 * removed, one line says why, and the process exits with 130, 143 or 129. Nothing half-written
 * is left under a real name, since outputs are renamed into place only once complete.
 */
export function watchSignals(lang: Lang): Interruption {
  const controller = new AbortController();
  const handler = (signal: NodeJS.Signals) => {
    controller.abort(signal);
    removePendingTemps();
    const t = catalogue(lang).cli.errors;
    process.stderr.write(`${t.prefix} ${t.interrupted(signal)}\n`);
    process.exit(CODES[signal] ?? 1);
  };
  const signals = Object.keys(CODES) as NodeJS.Signals[];
  for (const s of signals) process.on(s, handler);
  return {
    signal: controller.signal,
    stop: () => {
      for (const s of signals) process.removeListener(s, handler);
    },
  };
}

import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { TooManyRows } from './read.js';
import { FileEncrypted, NotAWorkbook, type ReadFailure, ReadLimit, WorkbookDamaged } from './read-errors.js';
import type { LegacyOutcome, LegacyRequest, LegacySheet } from './sheetjs-parse.js';
import { UncompressedTooLarge } from './xlsx/errors.js';

/**
 * Reading .xls and .ods workbooks without putting the run at risk. SheetJS builds every cell of
 * a workbook in memory, synchronously: a 10 kB .ods that repeats a row a million times over
 * 16 384 columns would hold the main thread for ever, then abort the process. So the parsing runs
 * in a thread of its own (sheetjs-worker.ts), started at the first such file and kept for the
 * next ones, with
 *
 * - a heap of its own (`HEAP_MB`: half of Node's, between 256 MB and 2 GB): past it the thread
 *   dies alone and the file gets `read-limit` (memory);
 * - a time limit per file (`timeLimitMs`: 30 s, plus 5 s per MB of an .xls or 30 s per MB of an
 *   .ods — measured at about 1 s per MB and 13 s per MB on a loaded 2-core machine), past which
 *   the thread is stopped and the file gets `read-limit` (time);
 * - the cells of an .ods counted before parsing (ods-scan.ts) against what that heap can hold.
 *
 * Nothing of SheetJS is loaded until a legacy file appears: the .xlsx path and the start-up do
 * not pay for it. From the TypeScript sources (the tests), where no built worker exists, the
 * parsing runs in this thread, without the limits.
 */

const WORKER = new URL('./sheetjs-worker.js', import.meta.url);

/** Memory one cell costs SheetJS and the cells made from it, measured at 550 to 770 bytes. */
const BYTES_PER_CELL = 1000;

export const HEAP_MB = Math.round(
  Math.min(2048, Math.max(256, getHeapStatistics().heap_size_limit / 2 / 1024 / 1024)),
);

export interface LegacyLimits {
  maxRows: number;
  maxUncompressedBytes: number;
}

export function timeLimitMs(format: 'xls' | 'ods', bytes: number): number {
  const mb = bytes / (1024 * 1024);
  return Math.round((30 + mb * (format === 'ods' ? 30 : 5)) * 1000);
}

/** The sheets of an .xls or .ods with their rows of cells; failures are thrown as typed errors. */
export async function readLegacyWorkbook(
  path: string,
  format: 'xls' | 'ods',
  limits: LegacyLimits,
  namesOnly = false,
): Promise<LegacySheet[]> {
  return shared().read(
    {
      path,
      format,
      maxRows: limits.maxRows,
      maxUncompressedBytes: limits.maxUncompressedBytes,
      maxCells: Math.floor((HEAP_MB * 1024 * 1024) / BYTES_PER_CELL),
      namesOnly,
    },
    timeLimitMs(format, statSync(path).size),
  );
}

let thread: LegacyThread | null = null;

function shared(): LegacyThread {
  thread ??= new LegacyThread(HEAP_MB);
  return thread;
}

interface Pending {
  id: number;
  worker: Worker;
  resolve(outcome: LegacyOutcome): void;
  reject(error: Error): void;
}

/** One reading thread, one file at a time; exported for the tests of its limits. */
export class LegacyThread {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private ids = 0;

  constructor(private readonly heapMb: number) {}

  read(request: LegacyRequest, timeoutMs: number): Promise<LegacySheet[]> {
    const next = this.queue.then(() => this.run(request, timeoutMs));
    this.queue = next.catch(() => {});
    return next;
  }

  private async run(request: LegacyRequest, timeoutMs: number): Promise<LegacySheet[]> {
    const outcome = existsSync(fileURLToPath(WORKER))
      ? await this.inThread(request, timeoutMs)
      : await (await import('./sheetjs-parse.js')).parseLegacy(request);
    if (outcome.ok) return outcome.sheets;
    throw rebuild(outcome.failure, this.heapMb);
  }

  private inThread(request: LegacyRequest, timeoutMs: number): Promise<LegacyOutcome> {
    const worker = this.start();
    worker.ref();
    const id = ++this.ids;
    return new Promise<LegacyOutcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.stop();
        reject(new ReadLimit('time', Math.round(timeoutMs / 1000)));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.pending = null;
        this.worker?.unref();
      };
      this.pending = {
        id,
        worker,
        resolve: (outcome) => {
          done();
          resolve(outcome);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      };
      worker.postMessage({ id, request });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // The thread prints nothing (its console is silenced); past its heap it ends with an error event.
    const worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
    worker.on('message', (message: { id: number; outcome: LegacyOutcome }) => {
      if (this.pending?.worker === worker && this.pending.id === message.id)
        this.pending.resolve(message.outcome);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (this.worker === worker) this.worker = null;
      if (this.pending?.worker !== worker) return;
      this.pending.reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ReadLimit('memory', this.heapMb)
          : new WorkbookDamaged(error.message),
      );
    });
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      if (this.pending?.worker === worker)
        this.pending.reject(new WorkbookDamaged('the reading thread stopped'));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }
}

function rebuild(failure: ReadFailure, heapMb: number): Error {
  switch (failure.type) {
    case 'encrypted':
      return new FileEncrypted();
    case 'not-a-workbook':
      return new NotAWorkbook(failure.detail);
    case 'damaged':
      return new WorkbookDamaged(failure.detail);
    case 'limit':
      return new ReadLimit(failure.what, failure.what === 'memory' ? heapMb : failure.limit);
    case 'too-many-rows':
      return new TooManyRows(failure.sheet, failure.limit);
    case 'too-large':
      return new UncompressedTooLarge(failure.inflated, failure.limit);
  }
}

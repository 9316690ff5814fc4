import { parentPort } from 'node:worker_threads';
import { type LegacyRequest, parseLegacy } from './sheetjs-parse.js';

/**
 * The thread that reads .xls and .ods workbooks (sheetjs.ts starts it, with its memory limit, and
 * stops it past its time limit): one request at a time, each answered with the sheets or with
 * why they could not be read. Nothing here may print: SheetJS's own notes are silenced.
 */
console.error = console.warn = console.log = () => {};

parentPort?.on('message', async (message: { id: number; request: LegacyRequest }) => {
  const outcome = await parseLegacy(message.request);
  parentPort?.postMessage({ id: message.id, outcome });
});

/**
 * A worker of the folder check's pool (pool.ts): it stays up between folders, and each message is one
 * file to read and check alone; the answer carries the job's number back.
 */
import { parentPort } from 'node:worker_threads';
import { finalFindings } from '../../shared/rules/export-gate.ts';
import { openReport } from '../files/read-report.ts';
import { readOne } from './folder.ts';

parentPort!.on('message', async ({ id, file, path }: { id: number; file: string; path: string }) => {
  // A scan is read by OCR page by page: each page tells the pool the job is alive (its budget restarts).
  const read = await readOne(file, () => openReport(path, { onProgress: () => parentPort!.postMessage({ id, alive: true }) }), path);
  parentPort!.postMessage({ id, file: read.report ? { ...read, alone: finalFindings(read.report) } : read });
});
// Warm means ready to read: the importers (and pdf.js, the Word reader) load now, not with the first file.
await import('../../shared/import/index.ts');
parentPort!.postMessage({ ready: true });

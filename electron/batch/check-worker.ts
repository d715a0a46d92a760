/** Reads and checks its share of a folder's files (parallel.ts) and posts each one back as it is done. */
import { parentPort, workerData } from 'node:worker_threads';
import { finalFindings } from '../../shared/rules/export-gate.ts';
import { openReport } from '../files/read-report.ts';
import { readOne } from './folder.ts';

const { jobs } = workerData as { jobs: { file: string; path: string }[] };
for (const { file, path } of jobs) {
  const read = await readOne(file, () => openReport(path), path);
  parentPort!.postMessage(read.report ? { ...read, alone: finalFindings(read.report) } : read);
}

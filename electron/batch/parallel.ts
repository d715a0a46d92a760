/**
 * A large folder read and checked on every core: reading and the rules of each report alone are most of
 * the work and need nothing from the other reports, so worker threads share them; what needs the whole
 * folder (pairing with last year, comparing units) stays in reviewReports. Small folders, and any
 * worker that fails to start, are read in this thread: the result is the same, only slower.
 */
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { listReportFiles, readFolder, type FolderFile } from './folder.ts';

/** Below this many files starting the workers (each loads the readers and the rules) costs more than it saves. */
export const PARALLEL_FROM = 100;

// A .nianbao, JSON or text file is read and checked in a few milliseconds: sending the reports back from
// the workers then costs more than it saves (bench: 1,000 .nianbao 3.8 s on one thread, 8 s on two).
// Workers pay off on Word, PDF and web pages, whose reading is most of the work.
const SLOW = /\.(pdf|docx|html?)$/i;
const SLOW_FROM = 20;

/** Whether a folder's files are worth the workers. */
export function worthThreads(paths: readonly string[]): boolean {
  return paths.length >= PARALLEL_FROM && paths.filter((p) => SLOW.test(p)).length >= SLOW_FROM;
}

type Progress = (done: number, total: number, file: string) => void;

function runWorker(jobs: { file: string; path: string }[], each: (f: FolderFile) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), { workerData: { jobs } });
    worker.on('message', each);
    worker.on('error', reject);
    worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  });
}

/** The folder's files, each read and (when readable) checked alone (`alone`), in the folder's order. */
export async function readFolderParallel(
  dir: string,
  progress?: Progress,
  { threads = availableParallelism(), worth = worthThreads }: { threads?: number; worth?: (paths: readonly string[]) => boolean } = {},
): Promise<FolderFile[]> {
  const paths = await listReportFiles(dir);
  if (threads < 2 || !worth(paths)) return readFolder(dir, progress);
  const jobs = paths.map((path) => ({ file: relative(dir, path).split(sep).join('/'), path }));
  const done = new Map<string, FolderFile>();
  const each = (f: FolderFile) => {
    done.set(f.file, f);
    progress?.(done.size, jobs.length, f.file);
  };
  // Dealt round like cards, so the slow PDFs of one subfolder do not all land on one worker.
  const shares = Array.from({ length: Math.min(threads, 4) }, (_, w) => jobs.filter((_, i) => i % Math.min(threads, 4) === w));
  const results = await Promise.allSettled(shares.map((share) => runWorker(share, each)));
  if (results.some((r) => r.status === 'rejected')) {
    // A worker that could not run (no TypeScript loader, out of memory): its files are read here.
    return readFolder(dir, progress);
  }
  return jobs.map((j) => done.get(j.file)!);
}

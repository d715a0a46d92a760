/**
 * A large folder read and checked on every core: reading and the rules of each report alone are most of
 * the work and need nothing from the other reports, so worker threads share them; what needs the whole
 * folder (pairing with last year, comparing units) stays in reviewReports. Only files whose reading is
 * real work (Word old and new, PDF, web pages) go to the workers: a .nianbao or a text file is read in a few
 * milliseconds, less than sending its report back would cost, so this thread reads those meanwhile.
 * The workers stay up between folders (pool.ts). Small folders are read in this thread, and the files
 * of a worker that fails are read here too: the result is the same, only slower.
 */
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import { openReport } from '../files/read-report.ts';
import { listReportFiles, readFolder, readOne, type FolderFile } from './folder.ts';
import { CheckPool, type Job } from './pool.ts';

/** Below this many files the workers (each loads the readers and the rules once) are not worth starting. */
export const PARALLEL_FROM = 100;

/** Word, PDF and web pages: reading them is most of the work, worth a worker. */
const SLOW = /\.(pdf|docx?|html?)$/i;
const SLOW_FROM = 20;

/** Whether a folder's files are worth the workers. */
export function worthThreads(paths: readonly string[]): boolean {
  return paths.length >= PARALLEL_FROM && paths.filter((p) => SLOW.test(p)).length >= SLOW_FROM;
}

type Progress = (done: number, total: number, file: string) => void;

let shared: CheckPool | undefined;

/** The process's one pool, as many workers as cores up to four. */
export function checkPool(threads = Math.min(availableParallelism(), 4)): CheckPool {
  if (!shared || shared.size !== threads) {
    void shared?.stop();
    shared = new CheckPool(threads);
  }
  return shared;
}

/** The folder's files, each read and (when readable) checked alone (`alone`), in the folder's order. */
export async function readFolderParallel(
  dir: string,
  progress?: Progress,
  {
    threads = availableParallelism(),
    worth = worthThreads,
    pool,
  }: { threads?: number; worth?: (paths: readonly string[]) => boolean; pool?: CheckPool } = {},
): Promise<FolderFile[]> {
  const paths = await listReportFiles(dir);
  if (threads < 2 || !worth(paths)) return readFolder(dir, progress);
  const workers = pool ?? checkPool(Math.min(threads, 4));
  workers.warm();
  const jobs: Job[] = paths.map((path) => ({ file: relative(dir, path).split(sep).join('/'), path }));
  const done = new Map<string, FolderFile>();
  const each = (f: FolderFile) => {
    done.set(f.file, f);
    progress?.(done.size, jobs.length, f.file);
  };
  const readHere = async (share: readonly Job[]) => {
    for (const j of share) if (!done.has(j.file)) each(await readOne(j.file, () => openReport(j.path), j.path));
  };
  const slow = jobs.filter((j) => SLOW.test(j.path));
  // A worker that could not run (no TypeScript loader, out of memory): the files it left are read here.
  const ran = workers.run(slow, each).catch(() => false as const);
  await readHere(jobs.filter((j) => !SLOW.test(j.path)));
  if ((await ran) === false) await readHere(slow);
  return jobs.map((j) => done.get(j.file)!);
}

/**
 * The folder check's worker threads, kept warm: started once (each loads the readers and the rules,
 * most of a second), then fed one file at a time for as long as the process wants them, so a second
 * folder, or the rest of a first one, pays no start-up. Idle workers do not keep the process alive
 * and are stopped after a while so an editor left open does not hold their memory.
 *
 * The entry is check-worker.mjs beside this module: in a checkout it loads the TypeScript through
 * tsx; in the packaged app build/electron-bundle.mjs writes a bundled check-worker.mjs beside the
 * bundled main process, which this same URL then finds.
 */
import { Worker } from 'node:worker_threads';
import { READ_BUDGET } from '../files/read-boundary.ts';
import type { FolderFile } from './folder.ts';

export interface Job {
  file: string;
  path: string;
}

/** Idle this long, the workers are stopped (the next folder starts them again). */
const IDLE_MS = 120_000;

/**
 * A worker reads its files without a boundary of its own (read-boundary.ts reads inline off the main
 * thread), so the pool holds the budget: a file that takes longer than this since the worker last
 * said it was alive (a scan says so at each page), or a process that grows past the readers' memory
 * budget, stops the worker. Its file and the rest are then read on the calling thread, behind the
 * boundary, which gives the file its own message: so this budget can be generous.
 */
export const POOL_BUDGET = { ms: 3 * READ_BUDGET.ms, pollMs: 50 };

interface Slot {
  worker: Worker;
  /** Resolves when the worker has loaded its modules; rejects when it cannot start. */
  ready: Promise<void>;
  /** Stops the worker in the middle of a folder (set while it is fed). */
  stop?: (err: Error) => void;
}

export class CheckPool {
  private slots: Slot[] = [];
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly size: number,
    private readonly entry: URL = new URL('./check-worker.mjs', import.meta.url),
  ) {}

  /** Starts the workers if they are not up: call it ahead of the work (the app at start, the CLI before listing the folder). */
  warm(): void {
    this.keepAlive();
    while (this.slots.length < this.size) this.slots.push(this.start());
  }

  private start(): Slot {
    const worker = new Worker(this.entry, { resourceLimits: { maxOldGenerationSizeMb: READ_BUDGET.heapMb } });
    worker.unref();
    // An error while idle must not throw in this thread: the exit that follows drops the worker.
    worker.on('error', () => undefined);
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
    });
    ready.catch(() => undefined);
    const slot = { worker, ready };
    // A worker that dies is dropped; the next warm() starts another.
    worker.once('exit', () => (this.slots = this.slots.filter((s) => s !== slot)));
    return slot;
  }

  private keepAlive(): void {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => void this.stop(), IDLE_MS);
    this.idle.unref();
  }

  /**
   * Reads and checks `jobs` on the workers, each taking the next file when it is done with one (a
   * slow PDF does not hold up a share of the folder). Rejects when a worker cannot start or dies:
   * the caller reads the files itself.
   */
  async run(jobs: readonly Job[], each: (f: FolderFile) => void): Promise<void> {
    this.warm();
    let next = 0;
    let id = 0;
    let failed: Error | undefined;
    /** When each worker's current file was given to it (or last said it was alive). */
    const since = new Map<Worker, number>();
    const feed = (slot: Slot) =>
      new Promise<void>((resolve) => {
        const { worker } = slot;
        worker.ref();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const beat = () => {
          clearTimeout(timer);
          since.set(worker, Date.now());
          timer = setTimeout(() => stop(new Error('a file past the budget')), POOL_BUDGET.ms);
        };
        const done = (err?: Error) => {
          clearTimeout(timer);
          since.delete(worker);
          worker.off('message', onMessage);
          worker.off('error', done);
          worker.off('exit', onExit);
          worker.unref();
          failed ??= err;
          resolve();
        };
        const stop = (err: Error) => {
          done(err);
          void worker.terminate();
        };
        slot.stop = stop;
        const onExit = (code: number) => done(new Error(`worker exited with ${code}`));
        const give = () => {
          // After one worker failed the others finish their file and take no more: the caller reads the rest.
          if (failed || next >= jobs.length) return done();
          const job = jobs[next++]!;
          beat();
          worker.postMessage({ id: id++, ...job });
        };
        const onMessage = (m: { file?: FolderFile; alive?: boolean }) => {
          if (m.alive) return beat();
          if (!m.file) return;
          each(m.file);
          give();
        };
        worker.on('message', onMessage);
        worker.once('error', done);
        worker.once('exit', onExit);
        give();
      });
    const slots = [...this.slots];
    await Promise.all(slots.map((s) => s.ready));
    const base = process.memoryUsage.rss();
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - base <= READ_BUDGET.bytes * slots.length) return;
      // The process is past the budget of all its readers: the file read longest is the likely cause.
      const [oldest] = [...since.entries()].sort((a, b) => a[1] - b[1]);
      if (oldest) slots.find((s) => s.worker === oldest[0])?.stop?.(new Error('past the memory budget'));
    }, POOL_BUDGET.pollMs);
    try {
      await Promise.all(slots.map(feed));
    } finally {
      clearInterval(watch);
      this.keepAlive();
    }
    if (failed) throw failed;
  }

  /** The running workers' thread ids: the same ones from folder to folder while the pool is warm. */
  threadIds(): number[] {
    return this.slots.map((s) => s.worker.threadId);
  }

  async stop(): Promise<void> {
    clearTimeout(this.idle);
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

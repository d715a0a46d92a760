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
import type { FolderFile } from './folder.ts';

export interface Job {
  file: string;
  path: string;
}

/** Idle this long, the workers are stopped (the next folder starts them again). */
const IDLE_MS = 120_000;

interface Slot {
  worker: Worker;
  /** Resolves when the worker has loaded its modules; rejects when it cannot start. */
  ready: Promise<void>;
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
    const worker = new Worker(this.entry);
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
    const feed = (slot: Slot) =>
      new Promise<void>((resolve, reject) => {
        const { worker } = slot;
        worker.ref();
        const done = (err?: Error) => {
          worker.off('message', onMessage);
          worker.off('error', done);
          worker.off('exit', onExit);
          worker.unref();
          if (err) reject(err);
          else resolve();
        };
        const onExit = (code: number) => done(new Error(`worker exited with ${code}`));
        const give = () => {
          if (next >= jobs.length) return done();
          const job = jobs[next++]!;
          worker.postMessage({ id: id++, ...job });
        };
        const onMessage = (m: { file?: FolderFile }) => {
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
    try {
      await Promise.all(slots.map(feed));
    } finally {
      this.keepAlive();
    }
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

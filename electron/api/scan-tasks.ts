/**
 * The scans being read for the page, by the task id the page chose: what page the OCR is on (the page
 * asks with `scanProgress`, the same API call in both shells, so neither the preload nor the server
 * needs a channel of its own) and the abort behind 取消 (`cancelScan`). A call without a task id reads
 * as before, without progress and not cancellable.
 */
import { FileError } from '../../shared/file/errors.ts';
import type { ScanOptions, ScanProgress } from '../scan/index.ts';

export const CANCELLED_MESSAGE = '已取消识别扫描件，没有打开任何文件';

interface Task {
  controller: AbortController;
  progress: ScanProgress | null;
}

/** More at once than a page can start is a page misbehaving: the oldest is stopped. */
const MAX_TASKS = 8;

export class ScanTasks {
  private readonly tasks = new Map<string, Task>();

  /** Runs `work` under `task`: its progress is visible and 取消 stops it with the 'cancelled' error. */
  async run<T>(task: string | undefined, work: (scan: ScanOptions) => Promise<T>): Promise<T> {
    if (!task) return work({});
    this.tasks.get(task)?.controller.abort();
    const entry: Task = { controller: new AbortController(), progress: null };
    this.tasks.set(task, entry);
    if (this.tasks.size > MAX_TASKS) {
      const [oldest] = this.tasks.keys();
      this.cancel(oldest!);
    }
    const { signal } = entry.controller;
    try {
      const result = await work({ signal, onProgress: (p) => (entry.progress = p) });
      // A reader that never looked at the signal (a .docx) finished anyway: the clerk still said 取消.
      if (signal.aborted) throw new FileError('cancelled', CANCELLED_MESSAGE);
      return result;
    } catch (e) {
      // Whatever the reader was doing when stopped, the clerk asked for it: not a damaged file.
      if (signal.aborted) throw new FileError('cancelled', CANCELLED_MESSAGE);
      throw e;
    } finally {
      if (this.tasks.get(task) === entry) this.tasks.delete(task);
    }
  }

  /** The page being read now (k of n), or null when the task reads no scan (or has finished). */
  progress(task: string): ScanProgress | null {
    const p = this.tasks.get(task)?.progress;
    return p ? { ...p } : null;
  }

  cancel(task: string): void {
    const entry = this.tasks.get(task);
    if (!entry) return;
    entry.controller.abort();
    this.tasks.delete(task);
  }
}

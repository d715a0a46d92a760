import { describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import type { ScanOptions } from '../scan/index.ts';
import { CANCELLED_MESSAGE, ScanTasks } from './scan-tasks.ts';

/** A reading that reports page `page` of 3 and then waits for `release` (or its abort). */
function reading() {
  let release!: () => void;
  let options!: ScanOptions;
  const released = new Promise<void>((r) => (release = r));
  const work = async (scan: ScanOptions) => {
    options = scan;
    scan.onProgress?.({ page: 2, pages: 3 });
    await Promise.race([
      released,
      new Promise((_, reject) => scan.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })))),
    ]);
    return '报告';
  };
  return { work, release: () => release(), options: () => options };
}

describe('the scans read for the page, by task id', () => {
  it('while a scan is read its page k of n is seen under its task; when done, nothing', async () => {
    const tasks = new ScanTasks();
    const r = reading();
    const running = tasks.run('task-0001', r.work);
    await Promise.resolve();
    expect(tasks.progress('task-0001')).toEqual({ page: 2, pages: 3 });
    expect(tasks.progress('task-other')).toBeNull();
    r.release();
    await expect(running).resolves.toBe('报告');
    expect(tasks.progress('task-0001')).toBeNull();
  });

  it('取消 aborts the reader’s signal and the open fails with the cancelled message, not as a damaged file', async () => {
    const tasks = new ScanTasks();
    const r = reading();
    const running = tasks.run('task-0002', r.work);
    await Promise.resolve();
    tasks.cancel('task-0002');
    expect(r.options().signal?.aborted).toBe(true);
    const e = await running.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).code).toBe('cancelled');
    expect((e as FileError).message).toBe(CANCELLED_MESSAGE);
    expect(tasks.progress('task-0002')).toBeNull();
  });

  it('a reader that never looked at the signal and finished anyway still gives nothing after 取消', async () => {
    const tasks = new ScanTasks();
    let finish!: () => void;
    const running = tasks.run('task-0003', () => new Promise<string>((res) => (finish = () => res('报告'))));
    tasks.cancel('task-0003');
    finish();
    await expect(running).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('without a task id the reading has neither progress nor abort; a failure stays what it was', async () => {
    const tasks = new ScanTasks();
    let seen: ScanOptions | null = null;
    await tasks.run(undefined, async (scan) => (seen = scan));
    expect(seen).toEqual({});
    await expect(tasks.run('task-0004', async () => Promise.reject(new FileError('damaged', '文件已损坏')))).rejects.toMatchObject({ code: 'damaged' });
    tasks.cancel('task-unknown'); // nothing to stop: no error
  });
});

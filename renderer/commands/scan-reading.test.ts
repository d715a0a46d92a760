import { afterEach, describe, expect, it } from 'vitest';
import type { NianbaoApi, OpenResult, ScanProgress } from '../../shared/api/contract.ts';
import { ApiCallError } from '../../shared/api/envelope.ts';
import { cancelScanReading, isCancelled, openShowingProgress, progressText, scanReadingStore } from './scan-reading.ts';

afterEach(() => scanReadingStore.setState({ task: null, progress: null, cancelling: false }));

/** An API whose open() reads a scan page by page as the test says, and stops on cancelScan. */
function scanningApi() {
  let finish!: (r: OpenResult | null) => void;
  let fail!: (e: unknown) => void;
  const state = { task: '', progress: null as ScanProgress | null, cancelled: [] as string[] };
  const api = {
    open: (_upload: unknown, task: string) => {
      state.task = task;
      return new Promise<OpenResult | null>((res, rej) => ((finish = res), (fail = rej)));
    },
    scanProgress: async (task: string) => (task === state.task ? state.progress : null),
    cancelScan: async (task: string) => {
      state.cancelled.push(task);
      fail(new ApiCallError({ code: 'cancelled', message: '已取消识别扫描件，没有打开任何文件' }));
    },
  } as unknown as NianbaoApi;
  return { api, state, finish: (r: OpenResult | null) => finish(r) };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(ok()).toBe(true);
};

describe('a scan read after 打开: page k of n, and 取消', () => {
  it('says the page being read in the format’s words', () => {
    expect(progressText({ page: 2, pages: 6 })).toBe('正在识别第 2 页，共 6 页');
    expect(progressText({ page: 0, pages: 0 })).toBe('正在识别扫描件…');
  });

  it('the page counter follows the reading under the task open() was given, and goes when the file is open', async () => {
    const { api, state, finish } = scanningApi();
    const opening = openShowingProgress(api, 5);
    state.progress = { page: 1, pages: 6 };
    await until(() => scanReadingStore.getState().progress?.page === 1);
    state.progress = { page: 3, pages: 6 };
    await until(() => scanReadingStore.getState().progress?.page === 3);
    expect(scanReadingStore.getState().task).toBe(state.task);
    finish(null);
    await expect(opening).resolves.toBeNull();
    expect(scanReadingStore.getState()).toEqual({ task: null, progress: null, cancelling: false });
  });

  it('取消 stops the reading of that task: open fails as cancelled and the counter goes', async () => {
    const { api, state } = scanningApi();
    const opening = openShowingProgress(api, 5).catch((e: unknown) => e);
    state.progress = { page: 2, pages: 6 };
    await until(() => scanReadingStore.getState().progress !== null);
    await cancelScanReading(api);
    expect(state.cancelled).toEqual([state.task]);
    const e = await opening;
    expect(isCancelled(e)).toBe(true);
    expect(isCancelled(new Error('x'))).toBe(false);
    expect(scanReadingStore.getState().progress).toBeNull();
  });
});

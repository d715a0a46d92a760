/**
 * Opening a file that may be a scan: while the OCR reads it the clerk sees 「正在识别第 k 页，共 n 页」
 * and can 取消. The page asks the Node side for the reading's progress by the task id it gave `open`
 * (NianbaoApi.scanProgress, the same call in the desktop app and the web build); 取消 is
 * NianbaoApi.cancelScan, after which `open` fails with the 'cancelled' code and nothing is opened.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { NianbaoApi, OpenResult, ScanProgress } from '../../shared/api/contract.ts';
import { getApi } from '../api/index.ts';

export interface ScanReadingState {
  /** The reading under way, or null. */
  task: string | null;
  /** The page being read; null until the file turns out to be a scan (other files show nothing). */
  progress: ScanProgress | null;
  /** 取消 was pressed and the reading is being stopped. */
  cancelling: boolean;
}

export const scanReadingStore = createStore<ScanReadingState>()(() => ({ task: null, progress: null, cancelling: false }));

export function useScanReading<T>(selector: (s: ScanReadingState) => T): T {
  return useStore(scanReadingStore, selector);
}

/** How often the page asks which page is being read (a page takes seconds). */
export const POLL_MS = 400;

function newTaskId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 「正在识别第 k 页，共 n 页」; before the page count is known, only that a scan is read. */
export function progressText(p: ScanProgress): string {
  return p.pages > 0 ? `正在识别第 ${p.page} 页，共 ${p.pages} 页` : '正在识别扫描件…';
}

/** True for the error `open` fails with after 取消. */
export function isCancelled(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'cancelled';
}

/** `open` (the dialog or the page's picker) with the scan's progress shown while it reads. */
export async function openShowingProgress(api: NianbaoApi = getApi(), every = POLL_MS): Promise<OpenResult | null> {
  const task = newTaskId();
  scanReadingStore.setState({ task, progress: null, cancelling: false });
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = () => {
    void api
      .scanProgress(task)
      .catch(() => null)
      .then((progress) => {
        if (done) return;
        if (progress) scanReadingStore.setState({ progress });
        timer = setTimeout(poll, every);
      });
  };
  timer = setTimeout(poll, every);
  try {
    return await api.open(undefined, task);
  } finally {
    done = true;
    clearTimeout(timer);
    if (scanReadingStore.getState().task === task) scanReadingStore.setState({ task: null, progress: null, cancelling: false });
  }
}

/** 取消: stops the reading under way; its `open` then fails with the 'cancelled' message. */
export async function cancelScanReading(api: NianbaoApi = getApi()): Promise<void> {
  const { task, cancelling } = scanReadingStore.getState();
  if (!task || cancelling) return;
  scanReadingStore.setState({ cancelling: true });
  await api.cancelScan(task).catch(() => undefined);
}

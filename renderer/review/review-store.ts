/**
 * The import waiting for the clerk's review, as a promise like `ask()`: the file command awaits the
 * reviewed report (or null for 取消) and only then loads it or rolls it over, so nothing reaches the
 * editor or the disk before every flag was seen.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ImportFlag } from '../../shared/import/source.ts';
import type { Report } from '../../shared/report/model.ts';

export interface PendingReview {
  /** Where the report came from: a file name, or 「粘贴的文本」. */
  source: string;
  report: Report;
  flags: ImportFlag[];
  /** The year the reviewed report becomes (roll-over), or null when it opens as it is. */
  nextYear: number | null;
  finish(report: Report | null): void;
  /** Tells one review from the next, so the screen starts afresh. */
  id: number;
}

export const reviewStore = createStore<{ pending: PendingReview | null }>()(() => ({ pending: null }));

export function usePendingReview(): PendingReview | null {
  return useStore(reviewStore, (s) => s.pending);
}

/** Shows the review screen; resolves with the corrected report, or null when the clerk cancels. */
let reviews = 0;

export function reviewImport(input: Omit<PendingReview, 'finish' | 'id'>): Promise<Report | null> {
  return new Promise((resolve) => {
    reviewStore.getState().pending?.finish(null);
    const finish = (report: Report | null) => {
      reviewStore.setState({ pending: null });
      resolve(report);
    };
    reviewStore.setState({ pending: { ...input, finish, id: ++reviews } });
  });
}

/**
 * The folder under review (批量审核): its table stays while the clerk opens one unit's report after
 * another in the editor and comes back to it. Not part of the report or its undo history.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { BatchReview } from '../../shared/api/contract.ts';
import type { BatchView } from './batch-model.ts';

export interface BatchState {
  review: BatchReview | null;
  /** The table is on screen (else the editor or the start page, with a way back). */
  visible: boolean;
  /** What is being done now (reading the folder, exporting), for the status line; null when idle. */
  busy: string | null;
  /** The last export's outcome, or why an action failed. */
  notice: string | null;
  /** The entry last opened in the editor, marked in the table. */
  opened: number | null;
  view: BatchView;
}

export const INITIAL_VIEW: BatchView = { filter: 'all', query: '', sort: { key: 'file', descending: false } };

export const batchStore = createStore<BatchState>()(() => ({
  review: null,
  visible: false,
  busy: null,
  notice: null,
  opened: null,
  view: INITIAL_VIEW,
}));

export function useBatch<T>(selector: (s: BatchState) => T): T {
  return useStore(batchStore, selector);
}

/**
 * What one value cell shows, with one store subscription for all 400 cells: each change is compared
 * once against the previous state and only the cells it touches are told. (A selector per cell ran
 * every cell's selectors on every change: about a millisecond of each Enter, before anything drew.)
 */
import { useSyncExternalStore } from 'react';
import type { CellProblem } from '../../shared/grid/problems.ts';
import { editorStore, type EditorState } from '../store/index.ts';
import { selectedAddresses, selectedSet } from './selection.ts';

export interface CellView {
  raw: string;
  problem: CellProblem | undefined;
  active: boolean;
  selected: boolean;
  /** Imported from a published report with doubt (e.g. a figure read from a scanned table). */
  flag: string | undefined;
}

const listeners = new Map<string, Set<() => void>>();
const views = new Map<string, CellView>();
/** The state the cached views were read from; null while no cell is mounted. */
let synced: EditorState | null = null;
let unsubscribeStore: (() => void) | null = null;

function viewOf(s: EditorState, address: string): CellView {
  return {
    raw: s.report?.cells[address]?.raw ?? '',
    problem: s.problems[address],
    active: s.active === address,
    selected: selectedSet(s).has(address),
    flag: s.report?.meta.flags?.find((f) => f.cell === address)?.reason,
  };
}

function addDiff<T>(out: Set<string>, a: Record<string, T>, b: Record<string, T>, same: (x: T | undefined, y: T | undefined) => boolean) {
  for (const k in a) if (!same(a[k], b[k])) out.add(k);
  for (const k in b) if (!(k in a) && !same(undefined, b[k])) out.add(k);
}

/** Addresses whose view may differ between the two states; null: every cell. */
export function changedCells(next: EditorState, prev: EditorState): Set<string> | null {
  if (!next.report || !prev.report || next.report.meta.flags !== prev.report.meta.flags) {
    return next.report === prev.report ? new Set() : null;
  }
  const out = new Set<string>();
  if (next.report.cells !== prev.report.cells) {
    addDiff(out, prev.report.cells, next.report.cells, (x, y) => (x?.raw ?? '') === (y?.raw ?? ''));
  }
  if (next.problems !== prev.problems) addDiff(out, prev.problems, next.problems, (x, y) => x === y);
  if (next.active !== prev.active || next.anchor !== prev.anchor) {
    for (const a of selectedAddresses(prev)) out.add(a);
    for (const a of selectedAddresses(next)) out.add(a);
  }
  return out;
}

/** Brings the cached views up to the store's state and tells the cells whose view may differ. */
function sync(): void {
  const next = editorStore.getState();
  if (!synced || next === synced) return;
  const changed = changedCells(next, synced);
  synced = next;
  const targets = changed ? [...changed] : [...listeners.keys()];
  for (const address of targets) views.delete(address);
  for (const address of targets) listeners.get(address)?.forEach((l) => l());
}

function subscribe(address: string, listener: () => void): () => void {
  let set = listeners.get(address);
  if (!set) listeners.set(address, (set = new Set()));
  set.add(listener);
  if (!unsubscribeStore) {
    unsubscribeStore = editorStore.subscribe(sync);
    // A change between the first render and this subscription would otherwise go unnoticed.
    sync();
  }
  return () => {
    set.delete(listener);
    if (set.size === 0) listeners.delete(address);
    if (listeners.size === 0) {
      unsubscribeStore?.();
      unsubscribeStore = null;
      synced = null;
      views.clear();
    }
  };
}

function snapshot(address: string): CellView {
  synced ??= editorStore.getState();
  let v = views.get(address);
  if (!v) views.set(address, (v = viewOf(synced, address)));
  return v;
}

const subscribers = new Map<string, (l: () => void) => () => void>();

export function useCellView(address: string): CellView {
  let sub = subscribers.get(address);
  if (!sub) subscribers.set(address, (sub = (l) => subscribe(address, l)));
  return useSyncExternalStore(sub, () => snapshot(address));
}

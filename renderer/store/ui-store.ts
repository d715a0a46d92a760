/** What the screen shows besides the report: the find bar and the keyboard help. Not part of undo. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export interface UiState {
  /** The find bar: closed, 查找 only, or 查找 and 替换. */
  find: null | 'find' | 'replace';
  /** Bumped on each Ctrl+F, so an open find bar takes the focus again. */
  findFocus: number;
  /** What the find bar looks for: each text field marks its own matches of it (FindMarks). */
  findQuery: string;
  /** The current match (下一处/上一处), drawn apart from the others; null before the first. */
  findHit: FindHit | null;
  keyHelp: boolean;
  /** 视图 › 与上年对比: last year's figures under each cell, prose unchanged from last year marked. */
  yearOnYear: boolean;
  /** 粘贴上年报告文本's dialog, over the start screen or the editor. */
  pasting: boolean;
  /** 视图 › 台账明细: the applications each number counts, beside the report (renderer/ledger). */
  ledgerPanel: boolean;
}

/** A match by its field's key (shared/report/find.ts fieldKey) and place in that field's text. */
export interface FindHit {
  key: string;
  start: number;
  end: number;
  /** Bumped when the clerk moves to a match: the field scrolls it into view then, not while the clerk types. */
  reveal: number;
}

export const uiStore = createStore<UiState>()(() => ({
  find: null,
  findFocus: 0,
  findQuery: '',
  findHit: null,
  keyHelp: false,
  yearOnYear: false,
  pasting: false,
  ledgerPanel: false,
}));

export function useUi<T>(selector: (s: UiState) => T): T {
  return useStore(uiStore, selector);
}

export function openFind(mode: 'find' | 'replace'): void {
  uiStore.setState((s) => ({ find: mode, findFocus: s.findFocus + 1 }));
}

export function openPaste(): void {
  uiStore.setState({ pasting: true });
}

export function closePaste(): void {
  uiStore.setState({ pasting: false });
}

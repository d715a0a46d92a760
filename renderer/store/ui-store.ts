/** What the screen shows besides the report: the find bar and the keyboard help. Not part of undo. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

export interface UiState {
  /** The find bar: closed, 查找 only, or 查找 and 替换. */
  find: null | 'find' | 'replace';
  /** Bumped on each Ctrl+F, so an open find bar takes the focus again. */
  findFocus: number;
  keyHelp: boolean;
  /** 视图 › 与上年对比: last year's figures under each cell, prose unchanged from last year marked. */
  yearOnYear: boolean;
  /** 粘贴上年报告文本's dialog, over the start screen or the editor. */
  pasting: boolean;
  /** 视图 › 台账明细: the applications each number counts, beside the report (renderer/ledger). */
  ledgerPanel: boolean;
}

export const uiStore = createStore<UiState>()(() => ({ find: null, findFocus: 0, keyHelp: false, yearOnYear: false, pasting: false, ledgerPanel: false }));

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

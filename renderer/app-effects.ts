/** Side effects of the whole app: title, recovery copy, global shortcuts, leaving with unsaved work. */
import { useEffect } from 'react';
import { countBySeverity } from '../shared/rules/index.ts';
import type { MenuCommand } from '../shared/api/shell.ts';
import { connectionStore, startHeartbeat } from './api/connection.ts';
import { getApi, isWebBuild, onMenuCommand, onOpenRequest, setMenuChecked } from './api/index.ts';
import { afterNextPaint } from './store/next-paint.ts';
import { writeLocalCopy } from './store/local-copy.ts';
import { checkedToggles, handlePageKey, runAction } from './actions/index.ts';
import { quietly } from './commands/api-access.ts';
import { openRecent } from './commands/files.ts';
import { editorStore } from './store/index.ts';
import { uiStore } from './store/ui-store.ts';

export const RECOVERY_DELAY_MS = 1000;
export const APP_NAME = '年报编辑器';

export function titleFor(s: ReturnType<typeof editorStore.getState>): string {
  if (!s.report) return APP_NAME;
  const { errors, warnings } = countBySeverity(s.findings);
  const counts = errors || warnings ? `（错误 ${errors}，警告 ${warnings}）` : '';
  return `${s.dirty ? '● ' : ''}${s.report.unit.name || '新报告'} ${s.report.year}年度报告${counts} — ${APP_NAME}`;
}

/** The desktop shell's native menu: the same actions as the page's own menu bar and keys. */
export function runMenuCommand(command: MenuCommand): void {
  runAction(command);
}

/**
 * The desktop shell's events: its menu's commands, and a .nianbao double-clicked while the app runs
 * (opened like a recent file, after the unsaved-changes question). No-ops in the web build.
 */
export function subscribeShell(): () => void {
  const offMenu = onMenuCommand(runMenuCommand);
  const offOpen = onOpenRequest((id) => void openRecent(id));
  // The native menu's checkmarks: sent when a view turns on or off, however it was turned.
  let sent = '';
  const syncChecked = () => {
    const state = checkedToggles();
    const text = JSON.stringify(state);
    if (text !== sent) setMenuChecked(state);
    sent = text;
  };
  syncChecked();
  const offUi = uiStore.subscribe(syncChecked);
  return () => {
    offMenu();
    offOpen();
    offUi();
  };
}

export function useAppEffects(): void {
  useEffect(() => {
    const web = isWebBuild();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastRevision = editorStore.getState().revision;
    // The title follows one frame behind: setting it costs the browser a round trip to its window,
    // which an Enter in table 三 should not wait for before its cell is painted. Only when it reads
    // differently, and once per frame however many changes came.
    let titlePending: (() => void) | null = null;
    const updateTitle = () => {
      titlePending = null;
      const title = titleFor(editorStore.getState());
      if (document.title !== title) document.title = title;
    };
    const unsubscribe = editorStore.subscribe((s) => {
      if (!titlePending) titlePending = afterNextPaint(updateTitle);
      if (s.revision === lastRevision) return;
      lastRevision = s.revision;
      clearTimeout(timer);
      timer = undefined;
      if (!s.report || !s.dirty) return;
      // One recovery copy ~1 s after the last edit, not one per keystroke.
      timer = setTimeout(writeRecoveryNow, RECOVERY_DELAY_MS);
    });
    const writeRecoveryNow = () => {
      clearTimeout(timer);
      timer = undefined;
      const now = editorStore.getState();
      if (!now.report || !now.dirty) return;
      // The web build also keeps the edits in the browser: the server may be the thing that stopped.
      if (web) writeLocalCopy(now.report, now.file);
      quietly((api) => api.writeRecovery(now.report!, now.file));
    };
    // Leaving (reload, close, another tab or app in front) while a copy is still waiting: write it now, so
    // the last edit before the page goes is never lost. The browser's copy is written synchronously.
    const flushPending = () => {
      if (timer !== undefined) writeRecoveryNow();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushPending();
    };
    const stopHeartbeat = web ? startHeartbeat(() => getApi().info()) : () => undefined;
    const offConnection = connectionStore.subscribe((c) => {
      if (!c.reconnected) return;
      connectionStore.setState({ reconnected: false });
      const now = editorStore.getState();
      now.setNotice(now.dirty ? '已重新连接：未保存的修改仍在本页，可以保存了' : '已重新连接');
      if (now.report && now.dirty) quietly((api) => api.writeRecovery(now.report!, now.file));
    });
    document.title = titleFor(editorStore.getState());

    const onKey = (e: KeyboardEvent) => handlePageKey(e);
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      flushPending();
      if (editorStore.getState().dirty) e.preventDefault();
    };
    const offShell = subscribeShell();
    window.addEventListener('keydown', onKey);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flushPending);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      titlePending?.();
      offShell();
      stopHeartbeat();
      offConnection();
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flushPending);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}

/**
 * The only module that touches ipcMain (a lint rule says so): the contract's one API channel, and it
 * goes through the guard (sender, method name, arguments).
 */
import { ipcMain } from 'electron';
import type { NianbaoApi } from '../../shared/api/contract.ts';
import { API_CHANNEL, MENU_STATE_CHANNEL, menuCheckedFrom, type MenuChecked } from '../../shared/api/shell.ts';
import { guardedHandler, isTrustedSender, type SenderInfo } from './ipc-guard.ts';

export function registerApi(api: NianbaoApi, editorIds: () => readonly number[]): void {
  ipcMain.handle(API_CHANNEL, guardedHandler(api, editorIds));
}

/** The page's menu checkmarks: from our editor window only, known toggles only; anything else is ignored. */
export function registerMenuState(onState: (state: MenuChecked) => void, editorIds: () => readonly number[]): void {
  ipcMain.on(MENU_STATE_CHANNEL, (event: SenderInfo, value: unknown) => {
    if (!isTrustedSender(event, editorIds())) return;
    const state = menuCheckedFrom(value);
    if (state) onState(state);
  });
}

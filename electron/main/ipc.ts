/**
 * The only module that touches ipcMain (a lint rule says so): the contract's one API channel, and it
 * goes through the guard (sender, method name, arguments).
 */
import { ipcMain } from 'electron';
import type { NianbaoApi } from '../../shared/api/contract.ts';
import { API_CHANNEL } from '../../shared/api/shell.ts';
import { guardedHandler } from './ipc-guard.ts';

export function registerApi(api: NianbaoApi, editorIds: () => readonly number[]): void {
  ipcMain.handle(API_CHANNEL, guardedHandler(api, editorIds));
}

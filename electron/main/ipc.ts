/**
 * The only module that touches ipcMain (a lint rule says so): every method of the contract gets
 * its channel, and every channel goes through the guard.
 */
import { ipcMain } from 'electron';
import { API_METHODS, apiChannel, type NianbaoApi } from '../../shared/api/contract.ts';
import { guardedHandler } from './ipc-guard.ts';

export function registerApi(api: NianbaoApi, editorIds: () => readonly number[]): void {
  for (const method of API_METHODS) ipcMain.handle(apiChannel(method), guardedHandler(api, method, editorIds));
}

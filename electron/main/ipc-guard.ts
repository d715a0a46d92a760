/**
 * The one wrapper every IPC handler goes through (ipc.ts registers them; lint forbids ipcMain
 * anywhere else): the call must come from the main frame of our own window showing app://nianbao,
 * its arguments must pass the contract's schemas, and the answer is an envelope (Error objects lose
 * their fields crossing IPC and contextBridge). Kept free of Electron so it is tested in plain Node.
 */
import type { NianbaoApi } from '../../shared/api/contract.ts';
import type { Envelope } from '../../shared/api/wire.ts';
import { invokeApi } from '../api/dispatch.ts';
import { APP_ORIGIN } from './app-protocol.ts';

/** The parts of an IpcMainInvokeEvent the check needs (kept structural so it can be tested without Electron). */
export interface SenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { id: number };
}

/** `editorIds`: the webContents ids of the editor windows (the print preview has no preload, but check anyway). */
export function isTrustedSender(event: SenderInfo, editorIds: readonly number[]): boolean {
  const frame = event.senderFrame;
  // Main frame only (no iframes), of one of our editor windows.
  if (!frame || frame.parent !== null || !editorIds.includes(event.sender.id)) return false;
  // A prefix test, not URL.origin: for a custom scheme that is the string "null".
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

const FORBIDDEN: Envelope = { ok: false, error: { code: 'forbidden', message: '拒绝访问：请求不是来自年报编辑器窗口' } };

/** The handler of the API channel, called as (event, method, ...args): checks the sender, then the method and its arguments, then calls `impl`. */
export function guardedHandler(impl: NianbaoApi, editorIds: () => readonly number[]): (event: SenderInfo, method: unknown, ...args: unknown[]) => Promise<Envelope> {
  return async (event, method, ...args) => {
    if (!isTrustedSender(event, editorIds())) return FORBIDDEN;
    return (await invokeApi(impl, String(method), args)).envelope;
  };
}

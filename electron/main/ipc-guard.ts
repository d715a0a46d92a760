/**
 * The one wrapper every IPC handler goes through: the call must come from the main frame of our own
 * window showing app://nianbao, its arguments must pass the contract's schemas, and the answer is an
 * envelope (Error objects lose their fields crossing IPC and contextBridge).
 */
import type { Envelope } from '../../shared/api/wire.ts';
import { invokeApi } from '../server/dispatch.ts';
import { APP_ORIGIN } from './app-protocol.ts';

export const API_CHANNEL_PREFIX = 'nianbao:';

/** The parts of an IpcMainInvokeEvent the check needs (kept structural so it can be tested without Electron). */
export interface SenderInfo {
  senderFrame: { url: string; parent: unknown } | null;
  sender: { mainFrame: unknown };
}

export function isTrustedSender(event: SenderInfo): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null || frame !== event.sender.mainFrame) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

const FORBIDDEN: Envelope = { ok: false, error: { code: 'forbidden', message: '拒绝访问：请求不是来自年报编辑器窗口' } };

type Impl = Parameters<typeof invokeApi>[0];

/** A handler for ipcMain.handle(`nianbao:${method}`): validates sender and arguments, then calls `impl`. */
export function guardedHandler(impl: Impl, method: string): (event: SenderInfo, ...args: unknown[]) => Promise<Envelope> {
  return async (event, ...args) => {
    if (!isTrustedSender(event)) return FORBIDDEN;
    return (await invokeApi(impl, method, args)).envelope;
  };
}

/**
 * The preload (sandboxed, bundled to dist-electron/preload.cjs): exposes exactly NianbaoApi as
 * `window.nianbao` — one IPC invoke per method of API_METHODS, which main validates — and the shell's
 * menu and open-request events as `window.nianbaoShell`. Nothing of Node or Electron reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, apiChannel, type NianbaoApi } from '../../shared/api/contract.ts';
import { unwrap, type Envelope } from '../../shared/api/envelope.ts';
import { FILE_ID_PATTERN, isMenuCommand, SHELL_CHANNELS, type NianbaoShell } from '../../shared/api/shell.ts';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => (ipcRenderer.invoke(apiChannel(method), ...args) as Promise<Envelope>).then(unwrap)]),
) as unknown as NianbaoApi;

/** Subscribes to a main → page channel, passing on only values that pass `accept`. */
function listen<T>(channel: string, accept: (value: unknown) => value is T, listener: (value: T) => void): () => void {
  const handler = (_e: unknown, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, handler);
  return () => void ipcRenderer.off(channel, handler);
}

const isFileId = (v: unknown): v is string => typeof v === 'string' && FILE_ID_PATTERN.test(v);

const shell = {
  onMenuCommand: (listener) => listen(SHELL_CHANNELS.menu, isMenuCommand, listener),
  onOpenRequest: (listener) => listen(SHELL_CHANNELS.openRequest, isFileId, listener),
} satisfies NianbaoShell;

contextBridge.exposeInMainWorld('nianbao', api);
contextBridge.exposeInMainWorld('nianbaoShell', shell);

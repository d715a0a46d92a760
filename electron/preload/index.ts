/**
 * The preload (sandboxed, bundled to dist-electron/preload.cjs): a generic bridge. Every NianbaoApi
 * call goes as (method, ...args) on the one API channel, which main validates against the contract;
 * the renderer builds the typed client over it from the contract's method list. So adding a method
 * never touches this file, and the bundle carries no schema library. Also the shell's menu and
 * open-request events as `window.nianbaoShell`. Nothing of Node or Electron reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { unwrap, type Envelope } from '../../shared/api/envelope.ts';
import { API_CHANNEL, FILE_ID_PATTERN, isMenuCommand, MENU_STATE_CHANNEL, SHELL_CHANNELS, type NianbaoBridge, type NianbaoShell } from '../../shared/api/shell.ts';

const bridge = {
  call: (method, args) => (ipcRenderer.invoke(API_CHANNEL, String(method), ...(Array.isArray(args) ? args : [])) as Promise<Envelope>).then(unwrap),
} satisfies NianbaoBridge;

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
  setMenuChecked: (state) => ipcRenderer.send(MENU_STATE_CHANNEL, state),
} satisfies NianbaoShell;

contextBridge.exposeInMainWorld('nianbaoBridge', bridge);
contextBridge.exposeInMainWorld('nianbaoShell', shell);

/**
 * The preload (sandboxed, bundled to dist-electron/preload.cjs): exposes exactly NianbaoApi as
 * `window.nianbao` — each call an IPC invoke that main validates — and the shell's menu/print
 * bridge as `window.nianbaoShell`. Nothing of Node or Electron reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ExportFormat, ExportPurpose, FileRef, NianbaoApi } from '../../shared/api/contract.ts';
import { unwrap, type Envelope } from '../../shared/api/envelope.ts';
import { MENU_COMMANDS, type MenuCommand, type NianbaoShell } from '../../shared/api/shell.ts';
import type { Report } from '../../shared/report/model.ts';

function invoke<T>(method: string, ...args: unknown[]): Promise<T> {
  return (ipcRenderer.invoke(`nianbao:${method}`, ...args) as Promise<Envelope<T>>).then(unwrap);
}

const api = {
  info: () => invoke('info'),
  open: () => invoke('open'),
  openRecent: (id: string) => invoke('openRecent', id),
  listRecent: () => invoke('listRecent'),
  save: (file: FileRef, report: Report) => invoke('save', file, report),
  saveAs: (report: Report, suggestedName: string) => invoke('saveAs', report, suggestedName),
  exportReport: (report: Report, format: ExportFormat, suggestedName: string, purpose?: ExportPurpose) =>
    invoke('exportReport', report, format, suggestedName, ...(purpose ? [purpose] : [])),
  writeRecovery: (report: Report, file: FileRef | null) => invoke('writeRecovery', report, file),
  readRecovery: () => invoke('readRecovery'),
  discardRecovery: () => invoke('discardRecovery'),
} satisfies NianbaoApi;

const shell = {
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const handler = (_e: unknown, command: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on('nianbao:menu', handler);
    return () => void ipcRenderer.off('nianbao:menu', handler);
  },
  onOpenRequest(listener: (id: string) => void) {
    const handler = (_e: unknown, id: unknown) => {
      if (typeof id === 'string' && /^[0-9a-f]{8,64}$/.test(id)) listener(id);
    };
    ipcRenderer.on('nianbao:open-request', handler);
    return () => void ipcRenderer.off('nianbao:open-request', handler);
  },
  print: (report: Report) => invoke<void>('print', report),
} satisfies NianbaoShell;

contextBridge.exposeInMainWorld('nianbao', api);
contextBridge.exposeInMainWorld('nianbaoShell', shell);

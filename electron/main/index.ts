/**
 * The desktop app's main process: one window showing the renderer over app://, the Chinese menu,
 * native dialogs and the API over validated IPC. Thin on purpose: the logic lives in the file
 * service, shared/ and the renderer, where it is tested without Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aboutText } from '../../shared/about.ts';
import { API_METHODS } from '../../shared/api/contract.ts';
import type { MenuCommand } from '../../shared/api/shell.ts';
import { reportSchema } from '../../shared/file/format.ts';
import type { Report } from '../../shared/report/model.ts';
import { FileService } from '../files/file-service.ts';
import { errorEnvelope } from '../server/dispatch.ts';
import { APP_ORIGIN, APP_SCHEME, appProtocolHandler } from './app-protocol.ts';
import { createDesktopApi } from './desktop-api.ts';
import { hardenApp, secureWebPreferences } from './hardening.ts';
import { API_CHANNEL_PREFIX, guardedHandler, isTrustedSender } from './ipc-guard.ts';
import { menuTemplate } from './menu-template.ts';
import { showPrintPreview } from './print-preview.ts';

// Bundled to dist-electron/main/index.mjs — the same folder depth as this file, so paths other modules
// compute from import.meta.url (e.g. resources/fonts) still resolve.
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const DIST_RENDERER = join(ROOT, 'dist', 'renderer');
const PRELOAD = join(ROOT, 'dist-electron', 'preload.cjs');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let win: BrowserWindow | null = null;
let files: FileService;

/** A .nianbao passed on the command line (double-click / file association). */
function fileFromArgv(argv: string[]): string | null {
  return argv.slice(app.isPackaged ? 1 : 2).find((a) => a.toLowerCase().endsWith('.nianbao') && existsSync(a)) ?? null;
}

async function startUrl(argv: string[]): Promise<string> {
  const file = fileFromArgv(argv);
  if (!file) return `${APP_ORIGIN}/index.html`;
  // An unreadable file: the editor opens without it and says why (the message is already Chinese).
  const problem = await files.openPath(file).then(() => null, (e: unknown) => (e instanceof Error ? e.message : String(e)));
  if (problem) {
    dialog.showErrorBox('无法打开文件', problem);
    return `${APP_ORIGIN}/index.html`;
  }
  return `${APP_ORIGIN}/index.html#open=${files.refs.idFor(file)}`;
}

function send(command: MenuCommand): void {
  win?.webContents.send('nianbao:menu', command);
}

async function createWindow(argv: string[]): Promise<void> {
  win = new BrowserWindow({
    title: '年报编辑器',
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    webPreferences: secureWebPreferences(PRELOAD),
  });
  win.once('ready-to-show', () => win?.show());
  win.on('closed', () => (win = null));
  await win.loadURL(await startUrl(argv));
}

const editorIds = (): number[] => (win ? [win.webContents.id] : []);

function registerIpc(): void {
  const api = createDesktopApi(files, () => win, app.getPath('documents'));
  for (const method of API_METHODS) ipcMain.handle(`${API_CHANNEL_PREFIX}${method}`, guardedHandler(api, method, editorIds));
  ipcMain.handle(`${API_CHANNEL_PREFIX}print`, async (event, ...args: unknown[]) => {
    if (!isTrustedSender(event, editorIds())) return { ok: false, error: { code: 'forbidden', message: '拒绝访问' } };
    const parsed = reportSchema.safeParse(args[0]);
    if (args.length !== 1 || !parsed.success) return { ok: false, error: { code: 'bad-request', message: '打印的数据有误，未执行任何操作' } };
    try {
      await showPrintPreview(parsed.data as Report, files.dataDir, win);
      return { ok: true, result: null };
    } catch (e) {
      return errorEnvelope(e);
    }
  });
}

function registerMenu(): void {
  const template = menuTemplate({
    send,
    quit: () => app.quit(),
    about: () => {
      const about = aboutText(app.getVersion());
      void dialog.showMessageBox({ title: about.title, message: about.message, detail: about.lines.join('\n') });
    },
    devTools: app.isPackaged ? undefined : () => win?.webContents.openDevTools({ mode: 'detach' }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_e, argv) => {
    // One window (one recovery copy): the running editor is asked to open the file, after its own
    // unsaved-changes check. The file also heads the recent list, should the page not handle it.
    const file = fileFromArgv(argv);
    if (win && file) {
      void files.openPath(file).then(
        () => win?.webContents.send('nianbao:open-request', files.refs.idFor(file)),
        (e: unknown) => dialog.showErrorBox('无法打开文件', e instanceof Error ? e.message : String(e)),
      );
    }
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  void app.whenReady().then(async () => {
    files = new FileService({ dataDir: app.getPath('userData') });
    hardenApp();
    protocol.handle(APP_SCHEME, appProtocolHandler(DIST_RENDERER));
    registerIpc();
    registerMenu();
    await createWindow(process.argv);
  });
  app.on('window-all-closed', () => app.quit());
}


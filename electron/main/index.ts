/**
 * The desktop app's main process: one window showing the renderer over app://, the Chinese menu,
 * native dialogs and the API over validated IPC. Thin on purpose: the logic lives in the file
 * service, shared/ and the renderer, where it is tested without Electron.
 */
import { app, BrowserWindow, dialog, Menu, protocol } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHELL_CHANNELS, type MenuChecked, type MenuCommand } from '../../shared/api/shell.ts';
import { APP_VERSION } from '../../shared/file/codec.ts';
import { createApi } from '../api/create-api.ts';
import { installProcessGuards } from '../process-guards.ts';
import { scheduleWarmUp } from '../warm-up.ts';
import { FileService } from '../files/file-service.ts';
import { printDir } from '../files/print-copies.ts';
import { APP_ORIGIN, APP_SCHEME, appProtocolHandler } from './app-protocol.ts';
import { hardenApp, secureWebPreferences } from './hardening.ts';
import { registerApi, registerMenuState } from './ipc.ts';
import { menuTemplate } from './menu-template.ts';
import { fileFromArgv as argvFile, forwardOpenRequest } from './open-request.ts';
import { electronPlatform } from './platform.electron.ts';

// Bundled to dist-electron/main/index.mjs — the same folder depth as this file, so paths other modules
// compute from import.meta.url (e.g. resources/fonts) still resolve.
const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const DIST_RENDERER = join(ROOT, 'dist', 'renderer');
const PRELOAD = join(ROOT, 'dist-electron', 'preload.cjs');

installProcessGuards();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let win: BrowserWindow | null = null;
let files: FileService;

/** A .nianbao passed on the command line (double-click / file association), relative to the folder of that launch. */
const fileFromArgv = (argv: string[], cwd: string) => argvFile(argv, app.isPackaged, cwd);

async function startUrl(argv: string[]): Promise<string> {
  const file = fileFromArgv(argv, process.cwd());
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
  win?.webContents.send(SHELL_CHANNELS.menu, command);
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
  win.once('ready-to-show', () => {
    win?.show();
    // The first 导出 PDF, 打印 or opened PDF should not wait for engines and fonts to load.
    scheduleWarmUp();
  });
  win.on('closed', () => (win = null));
  win.on('focus', () => void registerMenu());
  await win.loadURL(await startUrl(argv));
}

const editorIds = (): number[] => (win ? [win.webContents.id] : []);

function registerIpc(): void {
  const platform = electronPlatform(() => win, app.getPath('documents'));
  registerApi(createApi({ files, platform, version: APP_VERSION }), editorIds);
  registerMenuState((state) => {
    menuChecked = { ...menuChecked, ...state };
    void registerMenu();
  }, editorIds);
}

/** The views the page says are on (its checkmarks in 视图). */
let menuChecked: MenuChecked = {};

/** The menu, rebuilt when the window comes back to the front: the recent files may have changed meanwhile. */
async function registerMenu(): Promise<void> {
  const recent = await files.listRecent().catch(() => []);
  const template = menuTemplate({
    send,
    recent,
    checked: (id) => !!menuChecked[id],
    // The page opens it like a double-clicked file: after its own unsaved-changes check.
    openRecent: (id) => win?.webContents.send(SHELL_CHANNELS.openRequest, id),
    devTools: app.isPackaged ? undefined : () => win?.webContents.openDevTools({ mode: 'detach' }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_e, argv, workingDirectory) => {
    // One window (one recovery copy): the running editor is asked to open the file, after its own
    // unsaved-changes check. The file also heads the recent list, should the page not handle it.
    const file = fileFromArgv(argv, workingDirectory);
    if (win && file) {
      void forwardOpenRequest(
        file,
        files,
        (channel, id) => win?.webContents.send(channel, id),
        (message) => dialog.showErrorBox('无法打开文件', message),
      );
    }
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  void app.whenReady().then(async () => {
    files = new FileService({ dataDir: app.getPath('userData') });
    hardenApp();
    protocol.handle(APP_SCHEME, appProtocolHandler(DIST_RENDERER, printDir(files.dataDir)));
    registerIpc();
    await registerMenu();
    await createWindow(process.argv);
  });
  app.on('window-all-closed', () => app.quit());
}


/**
 * The desktop platform: native dialogs choose the paths (the renderer never names one), a locked
 * export target (Word/WPS holding the .docx) gets a dialog offering 「名（1）.docx」 beside it, and
 * 打印 shows the PDF in a preview window whose PDF viewer prints it.
 */
import { BrowserWindow, dialog } from 'electron';
import { basename, dirname, join } from 'node:path';
import { openDialogFilters } from '../../shared/api/open-formats.ts';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import { ledgerDialogFilters } from '../../shared/ledger/formats.ts';
import type { Platform } from '../api/platform.ts';
import { safeFileName } from '../files/file-names.ts';
import { APP_ORIGIN, PRINT_PATH } from './app-protocol.ts';
import { secureWebPreferences } from './hardening.ts';

/** Save dialogs: the one kind of file being written. */
const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  [FILE_EXTENSION]: { name: '年报文件', extensions: ['nianbao'] },
  '.pdf': { name: 'PDF 文件', extensions: ['pdf'] },
  '.docx': { name: 'Word 文档', extensions: ['docx'] },
  '.xlsx': { name: 'Excel 表格', extensions: ['xlsx'] },
};

export function electronPlatform(window: () => BrowserWindow | null, documentsDir: string): Platform {
  let lastDir = documentsDir;
  // Modal to the editor window when there is one.
  const parent = <T>(show: (win: BrowserWindow) => Promise<T>, alone: () => Promise<T>): Promise<T> => {
    const win = window();
    return win ? show(win) : alone();
  };

  return {
    name: 'electron',
    async chooseReport(what = 'report') {
      const opts =
        what === 'ledger'
          ? { title: '选择依申请公开台账', defaultPath: lastDir, filters: ledgerDialogFilters(), properties: ['openFile' as const] }
          : // Several files: the page images of one scanned report.
            { title: '打开年报', defaultPath: lastDir, filters: openDialogFilters(), properties: ['openFile' as const, 'multiSelections' as const] };
      const r = await parent((w) => dialog.showOpenDialog(w, opts), () => dialog.showOpenDialog(opts));
      const paths = r.canceled ? [] : r.filePaths;
      if (!paths.length) return null;
      lastDir = dirname(paths[0]!);
      return what === 'ledger' ? paths.slice(0, 1) : paths;
    },
    async chooseFolder() {
      const opts = { title: '选择存放各单位年报的文件夹', defaultPath: lastDir, properties: ['openDirectory' as const] };
      const r = await parent((w) => dialog.showOpenDialog(w, opts), () => dialog.showOpenDialog(opts));
      const path = r.canceled ? undefined : r.filePaths[0];
      if (!path) return null;
      lastDir = path;
      return path;
    },
    async keepUpload() {
      // The desktop opens files where they are; a report handed over by the page is saved as a new file.
      return null;
    },
    async chooseTarget(suggestedName, ext) {
      const opts = {
        title: '保存',
        defaultPath: join(lastDir, safeFileName(suggestedName, ext)),
        filters: FILTERS[ext] ? [FILTERS[ext]] : [],
        properties: ['showOverwriteConfirmation' as const],
      };
      const r = await parent((w) => dialog.showSaveDialog(w, opts), () => dialog.showSaveDialog(opts));
      if (r.canceled || !r.filePath) return null;
      lastDir = dirname(r.filePath);
      return r.filePath.toLowerCase().endsWith(ext) ? r.filePath : `${r.filePath}${ext}`;
    },
    async whenLocked(_path, alternative, message) {
      const opts = {
        type: 'warning' as const,
        title: '文件被占用',
        message,
        detail: `可以改为保存为“${basename(alternative)}”。`,
        buttons: [`保存为“${basename(alternative)}”`, '取消'],
        defaultId: 0,
        cancelId: 1,
      };
      const r = await parent((w) => dialog.showMessageBox(w, opts), () => dialog.showMessageBox(opts));
      return r.response === 0 ? alternative : null;
    },
    fileUrl() {
      return undefined;
    },
    async showPdf(path, title) {
      const editor = window();
      const preview = new BrowserWindow({
        title,
        width: 900,
        height: 1000,
        ...(editor ? { parent: editor } : {}),
        autoHideMenuBar: true,
        // The PDF viewer is a plugin; the window has no preload and no access to the API.
        webPreferences: { ...secureWebPreferences(), plugins: true },
      });
      // Served by the app:// protocol from the print folder: file:// stays forbidden.
      await preview.loadURL(`${APP_ORIGIN}${PRINT_PATH}${encodeURIComponent(basename(path))}`);
      return {};
    },
  };
}

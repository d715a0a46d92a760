/**
 * NianbaoApi in the desktop app: native dialogs choose the paths (the renderer never names one),
 * the file service does the reading and writing. A locked export target (Word/WPS holding the
 * .docx) gets a dialog offering 「名（1）.docx」 beside it.
 */
import { dialog, type BrowserWindow } from 'electron';
import { basename, dirname, join } from 'node:path';
import type { ExportFormat, ExportPurpose, ExportResult, FileRef, NianbaoApi, OpenResult } from '../../shared/api/contract.ts';
import { openDialogFilters } from '../../shared/api/open-formats.ts';
import { APP_VERSION } from '../../shared/file/codec.ts';
import { FileError } from '../../shared/file/errors.ts';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import type { Report } from '../../shared/report/model.ts';
import { renderExport } from '../export/index.ts';
import { safeFileName } from '../files/file-names.ts';
import type { FileService } from '../files/file-service.ts';

const NIANBAO_FILTER = { name: '年报文件', extensions: ['nianbao'] };
const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF 文件', extensions: ['pdf'] },
  docx: { name: 'Word 文档', extensions: ['docx'] },
};

export function createDesktopApi(files: FileService, window: () => BrowserWindow | null, documentsDir: string): NianbaoApi {
  let lastDir = documentsDir;

  async function askPath(suggested: string, ext: string, filters: { name: string; extensions: string[] }[]): Promise<string | null> {
    const win = window();
    const opts = { title: '保存', defaultPath: join(lastDir, safeFileName(suggested, ext)), filters, properties: ['showOverwriteConfirmation' as const] };
    const r = win ? await dialog.showSaveDialog(win, opts) : await dialog.showSaveDialog(opts);
    if (r.canceled || !r.filePath) return null;
    lastDir = dirname(r.filePath);
    return r.filePath.toLowerCase().endsWith(ext) ? r.filePath : `${r.filePath}${ext}`;
  }

  async function offerAlternative(e: FileError & { alternative?: string }): Promise<string | null> {
    if (e.code !== 'locked' || !e.alternative) return null;
    const win = window();
    const opts = {
      type: 'warning' as const,
      title: '文件被占用',
      message: e.message,
      detail: `可以改为保存为“${basename(e.alternative)}”。`,
      buttons: [`保存为“${basename(e.alternative)}”`, '取消'],
      defaultId: 0,
      cancelId: 1,
    };
    const r = win ? await dialog.showMessageBox(win, opts) : await dialog.showMessageBox(opts);
    return r.response === 0 ? e.alternative : null;
  }

  return {
    async info() {
      return { version: APP_VERSION, platform: 'electron' };
    },
    async open(): Promise<OpenResult | null> {
      const win = window();
      const opts = { title: '打开年报', defaultPath: lastDir, filters: openDialogFilters(), properties: ['openFile' as const] };
      const r = win ? await dialog.showOpenDialog(win, opts) : await dialog.showOpenDialog(opts);
      const path = r.canceled ? undefined : r.filePaths[0];
      if (!path) return null;
      lastDir = dirname(path);
      return files.openPath(path);
    },
    openRecent: (id: string) => files.openRecent(id),
    listRecent: () => files.listRecent(),
    save: (file: FileRef, report: Report) => files.save(file, report),
    async saveAs(report: Report, suggestedName: string): Promise<FileRef | null> {
      const path = await askPath(suggestedName, FILE_EXTENSION, [NIANBAO_FILTER]);
      return path ? files.saveTo(path, report) : null;
    },
    async exportReport(report: Report, format: ExportFormat, suggestedName: string, purpose: ExportPurpose = 'file'): Promise<ExportResult | null> {
      if (purpose === 'print') {
        // The desktop prints through its preview window; this keeps the contract's meaning all the same.
        const { bytes, fonts } = await renderExport(report, format);
        await files.writePrintCopy(bytes);
        return { file: null, fonts };
      }
      const path = await askPath(suggestedName, `.${format}`, [EXPORT_FILTERS[format]]);
      if (!path) return null;
      const { bytes, fonts } = await renderExport(report, format);
      let written: string;
      try {
        written = await files.writeExport(path, bytes, 'throw');
      } catch (e) {
        const alternative = e instanceof FileError ? await offerAlternative(e) : null;
        if (!alternative) throw e;
        written = await files.writeExport(alternative, bytes, 'throw');
      }
      return { file: await files.refs.refFor(written), fonts };
    },
    writeRecovery: (report: Report, file: FileRef | null) => files.writeRecovery(report, file),
    readRecovery: () => files.readRecovery(),
    discardRecovery: () => files.discardRecovery(),
  };
}

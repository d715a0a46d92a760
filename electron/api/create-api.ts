/**
 * NianbaoApi, once, for both shells: the file service does the reading and writing, the platform
 * (platform.ts) supplies the few things that differ. Arguments arrive already checked against the
 * contract's schemas (electron/api/dispatch.ts).
 */
import { basename } from 'node:path';
import type {
  BatchExport,
  BatchReview,
  BatchUpload,
  ExportFormat,
  ExportResult,
  FileRef,
  NianbaoApi,
  OpenResult,
  PrintResult,
  Upload,
} from '../../shared/api/contract.ts';
import { LockedError } from '../../shared/file/errors.ts';
import { checkReportSize } from '../../shared/file/size-limit.ts';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import type { Report } from '../../shared/report/model.ts';
import { BatchSessions } from '../batch/sessions.ts';
import { fontStandIns, renderExport } from '../export/index.ts';
import type { FileService } from '../files/file-service.ts';
import { openReports, pagesName, reportFromBytes, reportFromFiles } from '../files/read-report.ts';
import { inPageOrder } from '../../shared/api/open-formats.ts';
import { ledgerFromBytes, readLedgerFile } from '../ledger/read-ledger.ts';
import type { LedgerBook } from '../../shared/ledger/book.ts';
import type { Platform } from './platform.ts';
import { ScanTasks } from './scan-tasks.ts';

export interface ApiOptions {
  files: FileService;
  platform: Platform;
  version: string;
}

function uploadBytes(upload: Upload): { name: string; bytes: Uint8Array } {
  // The browser sends a bare name, but never trust it to be one.
  const name = upload.name.replace(/\\/g, '/').split('/').pop() || '未命名';
  const bytes = Buffer.from(upload.data, 'base64');
  checkReportSize(name, bytes.length);
  return { name, bytes };
}

export function createApi({ files, platform, version }: ApiOptions): NianbaoApi {
  /** Writes an export where the platform chose; a locked target gets the platform's answer (a dialog, or the next free name). */
  async function writeExport(path: string, bytes: Uint8Array): Promise<string | null> {
    try {
      return await files.writeExport(path, bytes);
    } catch (e) {
      if (!(e instanceof LockedError)) throw e;
      const instead = await platform.whenLocked(path, e.alternative, e.message);
      if (!instead) throw e;
      return files.writeExport(instead, bytes);
    }
  }

  /** A written file as the page gets it: its ref, and on the web the URL the browser downloads it from. */
  async function delivered(path: string, fonts: string[]): Promise<ExportResult> {
    const url = platform.fileUrl(path);
    return { file: await files.refs.refFor(path), fonts, ...(url ? { url } : {}) };
  }

  const batches = new BatchSessions();
  const scans = new ScanTasks();

  return {
    async info() {
      return { version, platform: platform.name, ...(platform.workspace ? { workspace: platform.workspace } : {}) };
    },
    async open(upload?: Upload | Upload[], task?: string): Promise<OpenResult | null> {
      if (!upload) {
        const paths = await platform.chooseReport();
        if (!paths) return null;
        if (paths.length === 1) return scans.run(task, (scan) => files.openPath(paths[0]!, scan));
        const pages = inPageOrder(paths.map((path) => ({ path, name: basename(path) })));
        const read = await scans.run(task, (scan) => openReports(pages.map((p) => p.path), scan));
        return { file: null, name: pagesName(pages.map((p) => p.name)), report: read.report, flags: read.importFlags };
      }
      if (Array.isArray(upload) && upload.length > 1) {
        const pages = inPageOrder(upload.map(uploadBytes));
        checkReportSize(pagesName(pages.map((p) => p.name)), pages.reduce((n, p) => n + p.bytes.length, 0));
        const read = await scans.run(task, (scan) => reportFromFiles(pages, scan));
        return { file: null, name: pagesName(pages.map((p) => p.name)), report: read.report, flags: read.importFlags };
      }
      const { name, bytes } = uploadBytes(Array.isArray(upload) ? upload[0]! : upload);
      // The same readers as a file opened from disk: an upload opens whatever the desktop opens.
      const opened = await scans.run(task, (scan) => reportFromBytes(bytes, name, scan));
      const kept = opened.kind === 'nianbao' ? await platform.keepUpload(name, bytes) : null;
      // Every flag of the import (paragraphs, the unit's name and kind too), as a file opened from disk gives.
      if (!kept) return { file: null, name, report: opened.report, flags: opened.importFlags };
      return files.resultFor(kept, opened);
    },
    scanProgress: async (task: string) => scans.progress(task),
    cancelScan: async (task: string) => scans.cancel(task),
    openRecent: (id: string) => files.openRecent(id),
    listRecent: () => files.listRecent(),
    save: (file: FileRef, report: Report) => files.save(file, report),
    async saveAs(report: Report, suggestedName: string): Promise<FileRef | null> {
      const path = await platform.chooseTarget(suggestedName, FILE_EXTENSION);
      return path ? files.saveTo(path, report) : null;
    },
    async exportReport(report: Report, format: ExportFormat, suggestedName: string): Promise<ExportResult | null> {
      const path = await platform.chooseTarget(suggestedName, `.${format}`);
      if (!path) return null;
      const { bytes, fonts } = await renderExport(report, format);
      const written = await writeExport(path, bytes);
      return written ? delivered(written, fonts) : null;
    },
    exportFonts: () => fontStandIns(),
    async print(report: Report): Promise<PrintResult> {
      // The same PDF as 导出 PDF, so what prints is what exports; kept in the app's data folder only.
      const { bytes, fonts } = await renderExport(report, 'pdf');
      const path = await files.writePrintCopy(bytes);
      const shown = await platform.showPdf(path, `打印预览 — ${report.unit.name}${report.year}年报告`);
      return { fonts, ...shown };
    },
    writeRecovery: (report: Report, file: FileRef | null) => files.writeRecovery(report, file),
    readRecovery: () => files.readRecovery(),
    discardRecovery: () => files.discardRecovery(),
    batchUpload: (batch: string | null, uploads: BatchUpload[]) => batches.upload(batch, uploads),
    async reviewFolder(uploaded?: { batch: string; name: string }): Promise<BatchReview | null> {
      if (uploaded) return batches.reviewUploaded(uploaded.batch, uploaded.name);
      const dir = await platform.chooseFolder();
      return dir ? batches.reviewDir(dir, basename(dir)) : null;
    },
    async openBatchReport(batch: string, index: number): Promise<OpenResult> {
      const { path, result } = batches.entry(batch, index);
      // On the desktop the unit's file opens where it is (a .nianbao can be corrected and saved there).
      return path ? files.openPath(path) : result;
    },
    async exportBatch(batch: string, kind: BatchExport, force: boolean): Promise<ExportResult | null> {
      const made = await batches.exportFile(batch, kind, force);
      const path = await platform.chooseTarget(made.name, `.${made.ext}`);
      if (!path) return null;
      const written = await writeExport(path, made.bytes);
      return written ? delivered(written, []) : null;
    },
    async readLedger(upload?: Upload): Promise<LedgerBook | null> {
      if (!upload) {
        const path = (await platform.chooseReport('ledger'))?.[0];
        return path ? readLedgerFile(path) : null;
      }
      const { name, bytes } = uploadBytes(upload);
      return ledgerFromBytes(bytes, name);
    },
  };
}

/**
 * The API of shared/api/contract.ts for the web build. The browser has no file dialogs that reach
 * the disk, so files live in one workspace folder: an opened file is uploaded and a copy kept there,
 * 另存为 writes there under the suggested name (never over an existing file), exports land there and
 * are fetched back by the browser through a download URL.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ExportFormat, ExportPurpose, ExportResult, FileRef, OpenResult } from '../../shared/api/contract.ts';
import { UPLOAD_MAX_BYTES, type Upload } from '../../shared/api/wire.ts';
import { FileError } from '../../shared/file/errors.ts';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import type { Report } from '../../shared/report/model.ts';
import { renderExport } from '../export/index.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { freePath, safeFileName } from '../files/file-names.ts';
import type { FileService } from '../files/file-service.ts';
import { reportFromBytes } from '../files/read-report.ts';

export interface WebApiOptions {
  files: FileService;
  workspace: string;
  version: string;
  /** Turns a file in the workspace into a URL the browser can fetch. */
  downloadUrl(path: string): string;
}

function uploadBytes(upload: Upload): Buffer {
  const bytes = Buffer.from(upload.data, 'base64');
  if (bytes.length > UPLOAD_MAX_BYTES) throw new FileError('invalid', `“${upload.name}”太大（超过 10 MB），不是年报文件`);
  return bytes;
}

export function createWebApi(opts: WebApiOptions) {
  const { files, workspace } = opts;

  /** Keeps the uploaded .nianbao in the workspace (reusing an identical copy already there). */
  async function keepUpload(name: string, bytes: Buffer): Promise<string> {
    const target = join(workspace, safeFileName(name, FILE_EXTENSION));
    const same = await readFile(target).then((b) => b.equals(bytes), () => false);
    if (same) return target;
    const path = await freePath(target);
    await writeFileAtomic(path, bytes);
    return path;
  }

  return {
    async info() {
      return { version: opts.version, platform: 'web' as const };
    },
    async open(upload: Upload): Promise<OpenResult> {
      const name = basename(upload.name.replace(/\\/g, '/'));
      const bytes = uploadBytes({ ...upload, name });
      const opened = await reportFromBytes(bytes, name);
      if (opened.kind !== 'nianbao') return files.resultFor(name, opened);
      return files.resultFor(await keepUpload(name, bytes), opened);
    },
    openRecent: (id: string) => files.openRecent(id),
    listRecent: () => files.listRecent(),
    save: (file: FileRef, report: Report) => files.save(file, report),
    async saveAs(report: Report, suggestedName: string): Promise<FileRef> {
      const path = await freePath(join(workspace, safeFileName(suggestedName, FILE_EXTENSION)));
      return files.saveTo(path, report);
    },
    async exportReport(report: Report, format: ExportFormat, suggestedName: string, purpose: ExportPurpose = 'file'): Promise<ExportResult> {
      const { bytes, fonts } = await renderExport(report, format);
      if (purpose === 'print') return { file: null, fonts, url: opts.downloadUrl(await files.writePrintCopy(bytes)) };
      const wanted = await freePath(join(workspace, safeFileName(suggestedName, `.${format}`)));
      const path = await files.writeExport(wanted, bytes, 'next-free');
      return { file: await files.refs.refFor(path), fonts, url: opts.downloadUrl(path) };
    },
    writeRecovery: (report: Report, file: FileRef | null) => files.writeRecovery(report, file),
    readRecovery: () => files.readRecovery(),
    discardRecovery: () => files.discardRecovery(),
  };
}

export type WebApi = ReturnType<typeof createWebApi>;

/**
 * The app's 批量审核: a folder read and reviewed once, kept on the Node side while the page shows the
 * table, so opening a unit's report and the exports work from what was read (the page holds only the
 * review's id). One review at a time: choosing another folder replaces it, which bounds the memory
 * a thousand reports take.
 */
import { randomUUID } from 'node:crypto';
import type { BatchExport, BatchReview, BatchUpload, OpenResult } from '../../shared/api/contract.ts';
import { reviewReports, type BatchEntry } from '../../shared/batch/review.ts';
import { selectForSum, type SumSelection } from '../../shared/batch/select.ts';
import { sumReports, sumUnitName } from '../../shared/batch/sum.ts';
import { FileError } from '../../shared/file/errors.ts';
import { UPLOAD_MAX_BYTES } from '../../shared/api/wire.ts';
import { TOO_LARGE_IN_LIST } from '../../shared/file/size-limit.ts';
import { readUpload, type FolderFile } from './folder.ts';
import { readFolderParallel } from './parallel.ts';
import { sumBytes } from './sum-output.ts';

interface Review {
  id: string;
  name: string;
  files: FolderFile[];
  entries: BatchEntry[];
  selection: SumSelection;
}

/** A folder's files sent by the web page in several requests; at most this many files in all. */
export const BATCH_MAX_FILES = 5000;

const GONE = '这次批量审核的结果已不在（已审核了另一个文件夹，或年报编辑器重新启动过），请重新选择文件夹';

export interface BatchFile {
  name: string;
  ext: 'xlsx' | 'docx';
  bytes: Uint8Array;
}

export class BatchSessions {
  private uploading: { id: string; files: FolderFile[] } | null = null;
  private current: Review | null = null;

  /** Reads the uploaded files at once (only their reports are kept); returns the batch's id. */
  async upload(batch: string | null, files: readonly BatchUpload[]): Promise<string> {
    if (batch === null) this.uploading = { id: randomUUID(), files: [] };
    else if (this.uploading?.id !== batch) throw new FileError('not-found', GONE);
    const target = this.uploading!;
    if (target.files.length + files.length > BATCH_MAX_FILES) {
      throw new FileError('invalid', `文件夹中的文件太多（超过 ${BATCH_MAX_FILES} 个），请分成几个文件夹审核`);
    }
    for (const f of files) {
      const path = f.path.replace(/\\/g, '/');
      if (f.data === null) {
        target.files.push({ file: path, report: null, error: TOO_LARGE_IN_LIST });
        continue;
      }
      const bytes = Buffer.from(f.data, 'base64');
      target.files.push(
        bytes.length > UPLOAD_MAX_BYTES ? { file: path, report: null, error: TOO_LARGE_IN_LIST } : await readUpload(path, bytes),
      );
    }
    return target.id;
  }

  /** The uploaded batch, reviewed; its files are sorted as a folder read from disk is. */
  reviewUploaded(batch: string, name: string): BatchReview {
    if (this.uploading?.id !== batch) throw new FileError('not-found', GONE);
    const files = [...this.uploading.files].sort((a, b) => a.file.localeCompare(b.file, 'zh-CN'));
    this.uploading = null;
    return this.review(name, files);
  }

  async reviewDir(dir: string, name: string): Promise<BatchReview> {
    return this.review(name, await readFolderParallel(dir));
  }

  private review(name: string, files: FolderFile[]): BatchReview {
    const entries = reviewReports(files);
    const selection = selectForSum(files);
    this.current = { id: randomUUID(), name, files, entries, selection };
    const included = selection.included.map((i) => ({ file: i.file, unit: i.unit, tableErrors: i.tableErrors.length }));
    return { id: this.current.id, name, entries, sum: { year: selection.year, included, excluded: selection.excluded } };
  }

  private get(batch: string): Review {
    if (this.current?.id !== batch) throw new FileError('not-found', GONE);
    return this.current;
  }

  /** The file behind an entry: on disk (the desktop opens it where it is) or the report read from the upload. */
  entry(batch: string, index: number): { path?: string; result: OpenResult } {
    const f = this.get(batch).files[index];
    if (!f) throw new FileError('not-found', '审核结果中没有这个文件，请重新选择文件夹');
    if (!f.report) throw new FileError('invalid', `“${f.file}”无法打开：${f.error ?? '无法读取'}`);
    const name = f.file.split('/').pop() || f.file;
    return { ...(f.path ? { path: f.path } : {}), result: { file: null, name, report: f.report, flags: f.flags ?? [] } };
  }

  async exportFile(batch: string, kind: BatchExport, force: boolean): Promise<BatchFile> {
    const r = this.get(batch);
    if (kind === 'findings') {
      const { reviewWorkbook } = await import('./review-xlsx.ts');
      return { name: `${r.name}批量审核结果`, ext: 'xlsx', bytes: await reviewWorkbook(r.entries) };
    }
    const sel = r.selection;
    if (!sel.included.length) throw new FileError('invalid', '没有可汇总的报告');
    const wrong = sel.included.filter((i) => i.tableErrors.length);
    if (wrong.length && !force) {
      throw new FileError('invalid', `未汇总：${wrong.map((i) => i.unit).join('、')}的表格有错误，相加会把错误带入汇总表`);
    }
    const summed = sumReports(
      sel.included.map((i) => i.report),
      { unit: sumUnitName(sel.included.length), year: sel.year! },
    );
    const ext = kind === 'sumXlsx' ? 'xlsx' : 'docx';
    return { name: `${r.name}${sel.year}年度汇总${ext === 'xlsx' ? '表' : '报告'}`, ext, bytes: await sumBytes(ext, summed, sel) };
  }
}

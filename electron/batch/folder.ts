/**
 * Reading a folder of units' reports for the district's review: every file the app can open, in
 * subfolders too, each read on its own so one damaged file is one line of the result, never the end of the run.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isBatchFile } from '../../shared/api/open-formats.ts';
import { FileError } from '../../shared/file/errors.ts';
import type { ScanRead } from '../../shared/batch/entry.ts';
import type { ImportFlag } from '../../shared/import/source.ts';
import type { Finding } from '../../shared/rules/finding.ts';
import type { Report } from '../../shared/report/model.ts';
import { openReport, reportFromBytes, type OpenedReport } from '../files/read-report.ts';

export interface FolderFile {
  /** Path relative to the folder, with / between parts on every system (what the tables show). */
  file: string;
  /** Where it is on disk; absent for a file the web page uploaded. */
  path?: string;
  report: Report | null;
  /** What the import was unsure of (the editor's review step when the report is opened). */
  flags?: ImportFlag[];
  /** Why the file could not be read, in Chinese. */
  error?: string;
  /** The report's findings checked alone, when a worker already ran the rules (parallel.ts). */
  alone?: Finding[];
  /** Read from a scan by OCR (shared/batch's note says so). */
  scan?: ScanRead;
}


/** Paths of the files to read, sorted so every run lists them in the same order. Throws when `dir` cannot be read. */
export async function listReportFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string, top: boolean): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (e) {
      if (!top) return;
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? '找不到文件夹' : code === 'ENOTDIR' ? '不是文件夹' : '无法读取文件夹';
      throw new FileError(code === 'ENOENT' ? 'not-found' : 'io', `${why}“${dir}”`);
    }
    for (const e of entries) {
      const path = join(d, e.name);
      // Symbolic links to folders are not followed: a link back up would never end.
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(path, false);
      else if (!e.isDirectory() && isBatchFile(e.name)) out.push(path);
    }
  };
  await walk(dir, true);
  return out.sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

function messageOf(e: unknown): string {
  return e instanceof FileError ? e.message : `无法读取：${e instanceof Error ? e.message : String(e)}`;
}

/** One file read, or the reason it could not be: never a throw. */
export async function readOne(file: string, read: () => Promise<OpenedReport>, path?: string): Promise<FolderFile> {
  const where = path === undefined ? {} : { path };
  try {
    const start = performance.now();
    const opened = await read();
    const scan = opened.kind === 'scan' ? { scan: { seconds: (performance.now() - start) / 1000, toConfirm: opened.importFlags.filter((f) => f.crop).length } } : {};
    return { file, ...where, report: opened.report, flags: opened.importFlags, ...scan };
  } catch (e) {
    return { file, ...where, report: null, error: messageOf(e) };
  }
}

/** A file the web page uploaded (`path` inside the picked folder). */
export function readUpload(path: string, bytes: Uint8Array): Promise<FolderFile> {
  return readOne(path, () => reportFromBytes(bytes, path.split('/').pop() || path));
}

/** Reads every report of the folder; `progress` is told before each file. */
export async function readFolder(dir: string, progress?: (done: number, total: number, file: string) => void): Promise<FolderFile[]> {
  const paths = await listReportFiles(dir);
  const out: FolderFile[] = [];
  for (const [i, path] of paths.entries()) {
    const file = relative(dir, path).split(sep).join('/');
    progress?.(i + 1, paths.length, file);
    out.push(await readOne(file, () => openReport(path), path));
  }
  return out;
}

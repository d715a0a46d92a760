/**
 * Reading a folder of units' reports for the district's review: every file the app can open, in
 * subfolders too, each read on its own so one damaged file is one line of the result, never the end of the run.
 */
import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { OPEN_EXTENSIONS } from '../../shared/api/open-formats.ts';
import { FileError } from '../../shared/file/errors.ts';
import type { Report } from '../../shared/report/model.ts';
import { openReport } from '../files/read-report.ts';

export interface FolderFile {
  /** Path relative to the folder, with / between parts on every system (what the tables show). */
  file: string;
  path: string;
  report: Report | null;
  /** Why the file could not be read, in Chinese. */
  error?: string;
}

// Hidden folders hold backups (.nianbao/backups) and version control; ~$ files are Word's lock files.
function skipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
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
      if (skipped(e.name)) continue;
      const path = join(d, e.name);
      // Symbolic links to folders are not followed: a link back up would never end.
      if (e.isDirectory()) await walk(path, false);
      else if (OPEN_EXTENSIONS.includes(extname(e.name).slice(1).toLowerCase())) out.push(path);
    }
  };
  await walk(dir, true);
  return out.sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

function messageOf(e: unknown): string {
  return e instanceof FileError ? e.message : `无法读取：${e instanceof Error ? e.message : String(e)}`;
}

/** Reads every report of the folder; `progress` is told before each file. */
export async function readFolder(dir: string, progress?: (done: number, total: number, file: string) => void): Promise<FolderFile[]> {
  const paths = await listReportFiles(dir);
  const out: FolderFile[] = [];
  for (const [i, path] of paths.entries()) {
    const file = relative(dir, path).split(sep).join('/');
    progress?.(i + 1, paths.length, file);
    try {
      out.push({ file, path, report: (await openReport(path)).report });
    } catch (e) {
      out.push({ file, path, report: null, error: messageOf(e) });
    }
  }
  return out;
}

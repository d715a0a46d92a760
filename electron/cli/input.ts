/** The report a command reads: a file by path, or standard input for `-`, in any format the importer knows. */
import { openReport, openReports, reportFromBytes, type OpenedReport } from '../files/read-report.ts';
import type { ScanOptions } from '../scan/index.ts';
import { readStdin, usageError, type CliIO } from './io.ts';

/** Name used in messages for text read from stdin. */
export const STDIN_NAME = '标准输入';

/** A scan is read page by page by OCR, which takes seconds a page: say where it is on stderr. */
export function scanProgress(io: CliIO): ScanOptions {
  return { onProgress: ({ page, pages }) => io.err(`正在识别扫描件：第 ${page} / ${pages} 页`) };
}

export async function openInput(path: string, io: CliIO): Promise<OpenedReport> {
  if (path !== '-') return openReport(path, scanProgress(io));
  return reportFromBytes(await (io.stdin ?? readStdin)(), STDIN_NAME, scanProgress(io));
}

/** What the help says about giving several files: the scanned pages of one report, in the order given. */
export const PAGES_HELP = '给出多个图片文件（PNG、JPG、TIFF）时，按命令行中的先后顺序作为同一份报告的第 1、2、3… 页读取（如 第1页.png 第2页.png）';

/** One report from one file (or `-`), or from several page images in the order given. */
export async function openInputs(command: string, paths: readonly string[], io: CliIO): Promise<OpenedReport> {
  if (paths.length === 1) return openInput(paths[0]!, io);
  if (paths.includes('-')) throw usageError(command, '多个文件时不能用 - 从标准输入读取');
  return openReports(paths, scanProgress(io));
}

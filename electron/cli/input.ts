/** The report a command reads: a file by path, or standard input for `-`, in any format the importer knows. */
import { openReport, reportFromBytes, type OpenedReport } from '../files/read-report.ts';
import type { ScanOptions } from '../scan/index.ts';
import { readStdin, type CliIO } from './io.ts';

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

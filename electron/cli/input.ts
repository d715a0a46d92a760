/** The report a command reads: a file by path, or standard input for `-`, in any format the importer knows. */
import { openReport, reportFromBytes, type OpenedReport } from '../files/read-report.ts';
import { readStdin, type CliIO } from './io.ts';

/** Name used in messages for text read from stdin. */
export const STDIN_NAME = '标准输入';

export async function openInput(path: string, io: CliIO): Promise<OpenedReport> {
  if (path !== '-') return openReport(path);
  return reportFromBytes(await (io.stdin ?? readStdin)(), STDIN_NAME);
}

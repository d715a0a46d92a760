/**
 * How large a file the app, the web build and the CLI accept as a report: one limit everywhere, one message.
 * A six-page report is a few hundred KB as .docx or PDF; 50 MB leaves room for a report full of photographs
 * and still refuses a video or a scanned archive before it is read into memory.
 */
import { FileError } from './errors.ts';

export const MAX_REPORT_FILE_BYTES = 50 * 1024 * 1024;

const mb = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

/** The refusal, naming the file and both sizes. */
export function tooLargeError(name: string, bytes: number): FileError {
  return new FileError(
    'unknown-format',
    `“${name}”有 ${mb(bytes)}，超过 ${mb(MAX_REPORT_FILE_BYTES)} 的上限，不像是一份年度报告（年报的 Word、PDF 文件一般只有几 MB），未打开`,
  );
}

/** The refusal where the file is one line of a list (a folder's batch) and its size is not known. */
export const TOO_LARGE_IN_LIST = `文件超过 ${mb(MAX_REPORT_FILE_BYTES)} 的上限，不像是一份年度报告`;

/** Throws the refusal when `bytes` bytes are more than a report can be. */
export function checkReportSize(name: string, bytes: number): void {
  if (bytes > MAX_REPORT_FILE_BYTES) throw tooLargeError(name, bytes);
}

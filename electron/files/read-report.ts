/**
 * Opens any file the app understands as a report: a .nianbao file, a facts JSON, or last year's report as
 * a document (text, and whatever other formats shared/import's readers know).
 */
import { basename } from 'node:path';
import type { ImportFlag, ImportResult } from '../../shared/import/index.ts';
import type { FactsFlag } from '../../shared/report/facts.ts';
import type { Report } from '../../shared/report/model.ts';
import { FileError } from '../../shared/file/errors.ts';
import { sniffFormat } from '../../shared/import/sniff.ts';
import { asFileError, readReportBytes } from './read-boundary.ts';
import type { ScanOptions } from '../scan/index.ts';
import { readInputFile } from './read-bytes.ts';

export interface OpenedReport {
  report: Report;
  /** 'nianbao' is the app's own file; anything else was imported and is saved under a new name. */
  kind: ImportResult['format'];
  /** Cells whose imported value is uncertain. */
  flags: FactsFlag[];
  /** Every flag of the import, paragraphs included, for the review screen and `import --json`. */
  importFlags: ImportFlag[];
}

function opened(result: ImportResult): OpenedReport {
  const flags = result.flags.flatMap((f) => (f.cell ? [{ cell: f.cell, reason: f.reason }] : []));
  return { report: result.report, kind: result.format, flags, importFlags: result.flags };
}

/**
 * The one entry for a file's content, wherever it came from (a path on the desktop, an upload in the
 * web build, stdin), so every way in opens the same formats; `name` helps pick the format and is used in messages.
 */
export async function reportFromBytes(bytes: Uint8Array, name: string, scan: ScanOptions = {}): Promise<OpenedReport> {
  // A scan (an image, or a PDF of page images) is read by OCR on this thread, with its own progress and
  // cancel; the engine loads only then. Every other reader runs behind the boundary: a damaged or hostile
  // file is its message, never a dead process.
  const readScan = async () => {
    try {
      return await (await import('../scan/index.ts')).importScan(bytes, name, scan);
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') throw e; // the clerk cancelled: not a damaged file
      throw asFileError(e, name);
    }
  };
  if (sniffFormat(bytes) === 'image') return opened(await readScan());
  try {
    return opened(await readReportBytes(name, bytes));
  } catch (e) {
    if (e instanceof FileError && e.code === 'no-text-layer') return opened(await readScan());
    throw e;
  }
}

export async function openReport(path: string, scan: ScanOptions = {}): Promise<OpenedReport> {
  return reportFromBytes(await readInputFile(path), basename(path), scan);
}

/** How several files read as one report are named in messages and on the review screen. */
export function pagesName(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names[0]}等 ${names.length} 张图片`;
}

/** A selection of several files must be the page images of one report. */
function notPageImage(name: string): FileError {
  return new FileError(
    'unknown-format',
    `一次选择多个文件时，只能是同一份报告各页的图片（PNG、JPG、TIFF），按选择的顺序作为第 1、2、3… 页读取；“${name}”不是图片，请单独打开它`,
  );
}

/**
 * Several files as one report: the scanned pages of one report as images (PNG, JPG, TIFF), read in
 * the order given; one file is read as `reportFromBytes` reads it. Anything but images in a selection
 * of several is refused before any page is read.
 */
export async function reportFromFiles(files: readonly { bytes: Uint8Array; name: string }[], scan: ScanOptions = {}): Promise<OpenedReport> {
  if (files.length === 1) return reportFromBytes(files[0]!.bytes, files[0]!.name, scan);
  const other = files.find((f) => sniffFormat(f.bytes) !== 'image' && f.bytes.length > 0);
  if (other) throw notPageImage(other.name);
  const name = pagesName(files.map((f) => f.name));
  try {
    return opened(await (await import('../scan/index.ts')).importScanPages(files, name, scan));
  } catch (e) {
    if (e instanceof Error && e.name === 'AbortError') throw e;
    throw asFileError(e, name);
  }
}

/** `openReport` for several paths (the pages of one scanned report, in order). */
export async function openReports(paths: readonly string[], scan: ScanOptions = {}): Promise<OpenedReport> {
  if (paths.length === 1) return openReport(paths[0]!, scan);
  const files = [];
  for (const path of paths) files.push({ bytes: await readInputFile(path), name: basename(path) });
  return reportFromFiles(files, scan);
}

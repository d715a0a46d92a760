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

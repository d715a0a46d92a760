/**
 * The one API between the UI and the Node side. The Electron preload, the web build's HTTP server and
 * the renderer's clients are all typed off `NianbaoApi`: a call added here fails to compile until every
 * side has it. File paths never cross this line: the renderer holds opaque FileRef ids.
 */
import type { ImportFlag } from '../import/source.ts';
import type { Report } from '../report/model.ts';

export interface FileRef {
  /** Opaque id handed out by the Node side; meaningless to the renderer. */
  id: string;
  /** File name for display (no folder). */
  name: string;
  modifiedAt?: string;
  /** After a save: something the clerk should know although the save succeeded (e.g. no backup could be kept). */
  warning?: string;
}

export interface OpenResult {
  /** The file's own .nianbao, or null for anything imported (a .docx, a PDF…): it is saved under a new name. */
  file: FileRef | null;
  /** The opened file's name (no folder), for the review screen and notices. */
  name: string;
  report: Report;
  /** Cells and paragraphs whose imported value is uncertain, with the source text: the review screen lists them. */
  flags: ImportFlag[];
}

export type ExportFormat = 'pdf' | 'docx';

/**
 * file: the clerk's export (a save dialog on the desktop, the workspace and a download in the web build);
 * print: a temporary PDF for the browser's viewer — no dialog, nothing in the clerk's folders, no download.
 */
export type ExportPurpose = 'file' | 'print';

export interface ExportResult {
  file: FileRef | null;
  /** Fonts used, for the 「本次导出使用的字体」 notice. */
  fonts: string[];
  /** Web build: where the browser can fetch the exported file (download / print preview). */
  url?: string;
}

export interface AppInfo {
  version: string;
  platform: 'electron' | 'web';
}

export interface NianbaoApi {
  info(): Promise<AppInfo>;
  /** Asks the user for a report to open (dialog or upload); null when cancelled. */
  open(): Promise<OpenResult | null>;
  openRecent(id: string): Promise<OpenResult>;
  listRecent(): Promise<FileRef[]>;
  /** Saves over `file` (keeping the previous version as a backup); null when the user cancelled a dialog. */
  save(file: FileRef, report: Report): Promise<FileRef | null>;
  saveAs(report: Report, suggestedName: string): Promise<FileRef | null>;
  exportReport(report: Report, format: ExportFormat, suggestedName: string, purpose?: ExportPurpose): Promise<ExportResult | null>;
  /** Recovery copy written ~1 s after the last edit; offered on the next start. */
  writeRecovery(report: Report, file: FileRef | null): Promise<void>;
  readRecovery(): Promise<{ report: Report; file: FileRef | null; savedAt: string } | null>;
  discardRecovery(): Promise<void>;
}

/** Every method name, for the server's and the preload's validation of incoming calls. */
export const API_METHODS = [
  'info',
  'open',
  'openRecent',
  'listRecent',
  'save',
  'saveAs',
  'exportReport',
  'writeRecovery',
  'readRecovery',
  'discardRecovery',
] as const satisfies readonly (keyof NianbaoApi)[];

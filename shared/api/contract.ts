/**
 * The one API between the UI and the Node side, and its single source: the argument schemas
 * (wire.ts) are checked against these types at compile time, the Electron preload and the web
 * build's HTTP client are generated from API_METHODS, and one implementation over the file service
 * (electron/api/) answers for both shells. File paths never cross this line: the renderer holds
 * opaque FileRef ids.
 *
 * How to add an API method:
 *   1. here: the method on NianbaoApi and its name in API_METHODS (the compiler then asks for 2 and 3);
 *   2. shared/api/wire.ts: its argument schema in API_ARGS (checked against the signature above);
 *   3. electron/api/create-api.ts: the implementation (a platform difference goes on `Platform`);
 *   4. a test beside the implementation.
 * Nothing else: IPC channels, the preload, the HTTP route and both clients follow from the list.
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

/** A file the clerk picked in the page (the web build's picker): its name and its bytes as base64. */
export interface Upload {
  name: string;
  data: string;
}

export type ExportFormat = 'pdf' | 'docx';

export interface ExportResult {
  file: FileRef | null;
  /** Fonts used, for the 「本次导出使用的字体」 notice. */
  fonts: string[];
  /** Web build: where the browser fetches the exported file (its client downloads it). */
  url?: string;
}

export interface PrintResult {
  fonts: string[];
  /** Web build: the PDF for the browser's viewer (its client opens it); the desktop shows its own window. */
  url?: string;
}

export interface AppInfo {
  version: string;
  platform: 'electron' | 'web';
  /** Web build: the folder on this computer where saves and exports land (the browser cannot pick one). */
  workspace?: string;
}

export interface NianbaoApi {
  info(): Promise<AppInfo>;
  /**
   * A report to open: without `upload` the desktop asks with its dialog; the web build's client
   * lets the clerk pick the file in the page and sends it as `upload`. Null when cancelled.
   */
  open(upload?: Upload): Promise<OpenResult | null>;
  openRecent(id: string): Promise<OpenResult>;
  listRecent(): Promise<FileRef[]>;
  /** Saves over `file` (keeping the previous version as a backup). */
  save(file: FileRef, report: Report): Promise<FileRef | null>;
  /** A new file: a save dialog on the desktop, the next free name in the workspace on the web. Null when cancelled. */
  saveAs(report: Report, suggestedName: string): Promise<FileRef | null>;
  exportReport(report: Report, format: ExportFormat, suggestedName: string): Promise<ExportResult | null>;
  /** 打印: the PDF exactly as 导出 PDF makes it, shown in a PDF viewer to print from; nothing in the clerk's folders. */
  print(report: Report): Promise<PrintResult>;
  /** Recovery copy written ~1 s after the last edit; offered on the next start. */
  writeRecovery(report: Report, file: FileRef | null): Promise<void>;
  readRecovery(): Promise<{ report: Report; file: FileRef | null; savedAt: string } | null>;
  discardRecovery(): Promise<void>;
}

/** Every method name: the IPC channels, the HTTP routes and both clients are made from this list. */
export const API_METHODS = [
  'info',
  'open',
  'openRecent',
  'listRecent',
  'save',
  'saveAs',
  'exportReport',
  'print',
  'writeRecovery',
  'readRecovery',
  'discardRecovery',
] as const satisfies readonly (keyof NianbaoApi)[];

export type ApiMethod = (typeof API_METHODS)[number];

// A method on NianbaoApi but missing from API_METHODS fails to compile here.
const everyMethodListed: [Exclude<keyof NianbaoApi, ApiMethod>] extends [never] ? true : never = true;
void everyMethodListed;

export type ApiArgs<M extends ApiMethod> = Parameters<NianbaoApi[M]>;
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<NianbaoApi[M]>>;

/** The IPC channel of a method (the preload and electron/main/ipc.ts both derive it, never spell it). */
export function apiChannel(method: ApiMethod): `nianbao:${ApiMethod}` {
  return `nianbao:${method}`;
}

/** The HTTP route of a method on the web build's server. */
export function apiRoute(method: ApiMethod): `/api/${ApiMethod}` {
  return `/api/${method}`;
}

/**
 * The one API between the UI and the Node side, and its single source: each method's signature
 * (NianbaoApi) and, beside it, the schema its arguments must pass when they cross a process boundary
 * (API_ARGS, checked against the signature at compile time both ways). The method list, the HTTP
 * routes and both renderer clients follow from API_ARGS's keys; the Electron preload is one generic
 * bridge (shell.ts) that knows no method,
 * and one implementation over the file service (electron/api/) answers for both shells. File paths
 * never cross this line: the renderer holds opaque FileRef ids.
 *
 * How to add an API method:
 *   1. here: the method on NianbaoApi, its argument schema in API_ARGS and what the web page does
 *      around the call in PAGE_STEPS (the compiler insists on all three);
 *   2. electron/api/create-api.ts: the implementation (a platform difference goes on `Platform`);
 *   3. a test beside the implementation.
 * Nothing else, unless the page's step is `own` (then renderer/api/http.ts, which the compiler names).
 */
import { z } from 'zod';
import type { BatchEntry } from '../batch/entry.ts';
import type { SumExcluded } from '../batch/select.ts';
import type { ImportFlag } from '../import/source.ts';
import type { LedgerBook } from '../ledger/book.ts';
import type { Report } from '../report/model.ts';
import type { FontRole } from '../export/layout.ts';
import { reportSchema } from '../file/format.ts';
import { LEDGER_ACCEPT } from '../ledger/formats.ts';
import { OPEN_ACCEPT } from './open-formats.ts';
import { MAX_REPORT_FILE_BYTES } from '../file/size-limit.ts';

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

/** A scan being read by OCR: page `page` of `pages` (pages is 0 until the file's page count is known). */
export interface ScanProgress {
  page: number;
  pages: number;
}

export type ExportFormat = 'pdf' | 'docx';

/** A standard 公文 font this computer lacks and the bundled font an export puts in its place. */
export interface FontStandIn {
  role: FontRole;
  /** The standard font the layout asks for (方正小标宋简体, 仿宋_GB2312 …). */
  official: string;
  /** The bundled font used instead (思源宋体 Noto Serif SC Bold …). */
  standIn: string;
}

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

/** A file of the folder the clerk picked in the web build's page: its path inside that folder, its bytes as base64 (null: too large to send). */
export interface BatchUpload {
  path: string;
  data: string | null;
}

/** 批量审核: every unit's report of a folder checked at once (shared/batch), as the page shows it. */
export interface BatchReview {
  /** Names this review on the Node side for opening a unit's report and the exports. */
  id: string;
  /** The folder's name. */
  name: string;
  entries: BatchEntry[];
  /** What 导出汇总表 would add up: the year, the units counted (with their number of table errors) and the files left out. */
  sum: { year: number | null; included: { file: string; unit: string; tableErrors: number }[]; excluded: SumExcluded[] };
}

/** What a batch exports: the findings as a spreadsheet, or the summed tables as a spreadsheet or a Word report. */
export type BatchExport = 'findings' | 'sumXlsx' | 'sumDocx';

export interface NianbaoApi {
  info(): Promise<AppInfo>;
  /**
   * A report to open: without `upload` the desktop asks with its dialog; the web build's client
   * lets the clerk pick the file in the page and sends it as `upload`. Null when cancelled. Several files
   * (chosen at once) are the page images of one scanned report, read in the order of their names.
   * `task`: an id the page chose, to ask for a scan's progress (`scanProgress`) and to stop it (`cancelScan`).
   */
  open(upload?: Upload | Upload[], task?: string): Promise<OpenResult | null>;
  /** The page a scan opened under `task` is being read at (k of n); null while no scan is read under it. */
  scanProgress(task: string): Promise<ScanProgress | null>;
  /** 取消 while a scan is read: `open` under `task` fails with the 'cancelled' message and nothing is opened. */
  cancelScan(task: string): Promise<void>;
  openRecent(id: string): Promise<OpenResult>;
  listRecent(): Promise<FileRef[]>;
  /** Saves over `file` (keeping the previous version as a backup). */
  save(file: FileRef, report: Report): Promise<FileRef | null>;
  /** A new file: a save dialog on the desktop, the next free name in the workspace on the web. Null when cancelled. */
  saveAs(report: Report, suggestedName: string): Promise<FileRef | null>;
  exportReport(report: Report, format: ExportFormat, suggestedName: string): Promise<ExportResult | null>;
  /** The standard fonts this computer lacks and what an export puts in their place: the export dialog names them first. */
  exportFonts(): Promise<FontStandIn[]>;
  /** 打印: the PDF exactly as 导出 PDF makes it, shown in a PDF viewer to print from; nothing in the clerk's folders. */
  print(report: Report): Promise<PrintResult>;
  /** Recovery copy written ~1 s after the last edit; offered on the next start. */
  writeRecovery(report: Report, file: FileRef | null): Promise<void>;
  readRecovery(): Promise<{ report: Report; file: FileRef | null; savedAt: string } | null>;
  discardRecovery(): Promise<void>;
  /**
   * Web build: files of the folder the clerk picked in the page, sent in parts a request can carry; the
   * first call (batch null) starts a batch and every call returns its id for `reviewFolder`.
   */
  batchUpload(batch: string | null, files: BatchUpload[]): Promise<string>;
  /** 批量审核文件夹: the desktop asks for a folder; the web build reviews the files it uploaded. Null when cancelled. */
  reviewFolder(uploaded?: { batch: string; name: string }): Promise<BatchReview | null>;
  /** The report of one entry of a review (by its index), to open in the editor. */
  openBatchReport(batch: string, index: number): Promise<OpenResult>;
  /** 导出汇总表 and the findings list; `force` sums units whose tables have errors (the CLI's --force). Null when cancelled. */
  exportBatch(batch: string, kind: BatchExport, force: boolean): Promise<ExportResult | null>;
  /**
   * 从台账统计: the application ledger (.xlsx or .csv) read into its sheets' cell values, for the page to
   * count table 三 from (shared/ledger). Like `open`: the desktop asks with its dialog, the web build's
   * client sends the picked file as `upload`. Null when cancelled.
   */
  readLedger(upload?: Upload): Promise<LedgerBook | null>;
}

const fileRefSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().max(500),
  modifiedAt: z.string().max(100).optional(),
});

/** A file name the clerk may see; folders are never accepted from the renderer. */
const suggestedName = z.string().max(200);

/** The web build's `open(upload)`: the file the clerk picked in the browser, as base64. */
export const UPLOAD_MAX_BYTES = MAX_REPORT_FILE_BYTES;
/** Base64 of the largest upload, with room over it so that a file just past the limit gets the limit's own message. */
export const UPLOAD_MAX_BASE64 = Math.ceil(((UPLOAD_MAX_BYTES + 1024 * 1024) * 4) / 3);
const base64File = z.string().max(UPLOAD_MAX_BASE64);
const uploadSchema = z.object({
  name: z.string().min(1).max(200),
  data: base64File,
});

/** Page images of one scan sent at once (a report has far fewer pages). */
export const MAX_PAGE_UPLOADS = 100;

const batchId = z.string().min(1).max(100);
/** The page's id of one reading (open with progress and 取消). */
const taskId = z.string().regex(/^[\w-]{8,64}$/);

/** One request of a folder upload: as many files as fit under the server's body limit (the client splits). */
export const BATCH_UPLOAD_MAX_FILES = 500;
const batchUploadSchema = z.object({ path: z.string().min(1).max(1000), data: base64File.nullable() });

/**
 * What a call's arguments must be when they arrive from the other process. `satisfies` ties each
 * schema's output to the method's parameter list (and demands exactly NianbaoApi's methods); the check
 * after it ties the other direction: every call the signature allows passes. A schema may accept more
 * on input than the type (an old file's missing preamble), never less.
 */
export const API_ARGS = {
  info: z.tuple([]),
  open: z.tuple([z.union([uploadSchema, z.array(uploadSchema).min(1).max(MAX_PAGE_UPLOADS)]).optional(), taskId.optional()]),
  scanProgress: z.tuple([taskId]),
  cancelScan: z.tuple([taskId]),
  openRecent: z.tuple([z.string().min(1).max(200)]),
  listRecent: z.tuple([]),
  save: z.tuple([fileRefSchema, reportSchema]),
  saveAs: z.tuple([reportSchema, suggestedName]),
  exportReport: z.tuple([reportSchema, z.enum(['pdf', 'docx']), suggestedName]),
  exportFonts: z.tuple([]),
  print: z.tuple([reportSchema]),
  writeRecovery: z.tuple([reportSchema, fileRefSchema.nullable()]),
  readRecovery: z.tuple([]),
  discardRecovery: z.tuple([]),
  batchUpload: z.tuple([batchId.nullable(), z.array(batchUploadSchema).max(BATCH_UPLOAD_MAX_FILES)]),
  reviewFolder: z.tuple([z.object({ batch: batchId, name: z.string().max(200) }).optional()]),
  openBatchReport: z.tuple([batchId, z.number().int().min(0)]),
  exportBatch: z.tuple([batchId, z.enum(['findings', 'sumXlsx', 'sumDocx']), z.boolean()]),
  readLedger: z.tuple([uploadSchema.optional()]),
} satisfies { [M in keyof NianbaoApi]: z.ZodType<Parameters<NianbaoApi[M]>, unknown> };

export type ApiMethod = keyof NianbaoApi;

/** Every method name: the IPC channels, the HTTP routes and both clients are made from this list. */
export const API_METHODS = Object.keys(API_ARGS) as ApiMethod[];

/** The methods whose schema would refuse a call the contract allows; must be none. */
type RefusesValidCalls = { [M in ApiMethod]: Parameters<NianbaoApi[M]> extends z.input<(typeof API_ARGS)[M]> ? never : M }[ApiMethod];
const acceptsEveryValidCall: [RefusesValidCalls] extends [never] ? true : RefusesValidCalls = true;
void acceptsEveryValidCall;

/**
 * What the web build's page does around a call, because the browser cannot reach the disk (the
 * desktop's Node side does these through `Platform`). renderer/api/http.ts runs each kind the same
 * way for every method declaring it; only `own` needs code of its own there, and the compiler asks for it.
 *   - `call`: the plain POST;
 *   - `upload`: called without its first, optional argument (an Upload), the clerk picks a file (`accept`; several
 *     with `multiple`, sent as an array) that is sent as it, with the call's other arguments after it; null when cancelled;
 *   - `download`: the result's `url`, when there is one, is downloaded by the browser (an export);
 *   - `view`: the result's `url` opens in the browser's PDF viewer (打印);
 *   - `own`: a step written for this method alone in http.ts (批量审核's folder upload).
 */
export type PageStep = { kind: 'call' } | { kind: 'upload'; accept: string; multiple?: true } | { kind: 'download' } | { kind: 'view' } | { kind: 'own' };

/**
 * `upload` for a method called as `(upload?: Upload, …)`; `multiple` (the clerk may pick several files,
 * sent as an array) only where the first parameter also takes `Upload[]`.
 */
type UploadStep<A> = [] extends A
  ? [Upload] extends A
    ? A extends [(infer U)?, ...unknown[]]
      ? [Upload] extends [U]
        ? { kind: 'upload'; accept: string } | ([Upload[]] extends [U] ? { kind: 'upload'; accept: string; multiple: true } : never)
        : never
      : never
    : never
  : never;

/** The steps a method's signature allows: `upload` only for `(upload?: Upload)`, `download` only for an export result, `view` only for a print result. */
export type StepFor<F> = F extends (...args: infer A) => Promise<infer R>
  ?
      | { kind: 'call' }
  | { kind: 'own' }
  | UploadStep<A>
  | ([R] extends [ExportResult | null] ? { kind: 'download' } : never)
  | ([R] extends [PrintResult] ? { kind: 'view' } : never)
  : never;

export const PAGE_STEPS = {
  info: { kind: 'call' },
  open: { kind: 'upload', accept: OPEN_ACCEPT, multiple: true },
  scanProgress: { kind: 'call' },
  cancelScan: { kind: 'call' },
  openRecent: { kind: 'call' },
  listRecent: { kind: 'call' },
  save: { kind: 'call' },
  saveAs: { kind: 'call' },
  exportReport: { kind: 'download' },
  exportFonts: { kind: 'call' },
  print: { kind: 'view' },
  writeRecovery: { kind: 'call' },
  readRecovery: { kind: 'call' },
  discardRecovery: { kind: 'call' },
  batchUpload: { kind: 'call' },
  reviewFolder: { kind: 'own' },
  openBatchReport: { kind: 'call' },
  exportBatch: { kind: 'download' },
  readLedger: { kind: 'upload', accept: LEDGER_ACCEPT },
} as const satisfies { [M in ApiMethod]: StepFor<NianbaoApi[M]> };

/** The methods whose page step is written for them alone: http.ts must have each, and no other. */
export type OwnStepMethod = { [M in ApiMethod]: (typeof PAGE_STEPS)[M]['kind'] extends 'own' ? M : never }[ApiMethod];
export type OwnSteps = { [M in OwnStepMethod]: NianbaoApi[M] };

export type ApiArgs<M extends ApiMethod> = Parameters<NianbaoApi[M]>;
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<NianbaoApi[M]>>;

/** The HTTP route of a method on the web build's server. */
export function apiRoute(method: ApiMethod): `/api/${ApiMethod}` {
  return `/api/${method}`;
}

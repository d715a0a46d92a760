/**
 * What differs between the desktop app and the web build, and nothing else: where a file is chosen,
 * what happens to a locked export target, how a written file reaches the clerk and how a PDF is shown
 * for printing. `platform.electron.ts` (electron/main) and `platform.web.ts` (electron/server)
 * implement it; everything else is one implementation (create-api.ts).
 */
export interface Platform {
  readonly name: 'electron' | 'web';
  /** The web build's one folder for saves and exports, to tell the clerk where a file went; the desktop has dialogs. */
  readonly workspace?: string;
  /**
   * Asks the clerk for a file to open — a report (or several page images of one scanned report), or the
   * application ledger (依申请公开台账) to count table 三 from (one file); null when cancelled. The web
   * build has no such dialog (its client uploads).
   */
  chooseReport(what?: 'report' | 'ledger'): Promise<string[] | null>;
  /** 批量审核文件夹: asks for the folder of the units' reports; null when cancelled. The web build's client uploads the folder instead. */
  chooseFolder(): Promise<string | null>;
  /** Where a report the page sent as an upload is kept, to save over later; null when it is not kept (save as a new file). */
  keepUpload(name: string, bytes: Uint8Array): Promise<string | null>;
  /** Where a new file goes (`ext` with its dot): a save dialog, or the next free name in the workspace. Null when cancelled. */
  chooseTarget(suggestedName: string, ext: string): Promise<string | null>;
  /** `path` is held by another program (Word/WPS): the name to write instead, or null to give up with the message. */
  whenLocked(path: string, alternative: string, message: string): Promise<string | null>;
  /** A URL the page can fetch a written file from (web downloads); undefined where the file is already on the clerk's disk. */
  fileUrl(path: string): string | undefined;
  /** Shows a PDF to print from: the desktop's preview window, or the URL the web page opens in the browser's viewer. */
  showPdf(path: string, title: string): Promise<{ url?: string }>;
}

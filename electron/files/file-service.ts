/**
 * The file service the web server and the Electron main process share: opening reports, saving with
 * a previous-version backup, the recent list, the recovery copy and writing exports — with paths kept
 * on this side of the API (the renderer gets FileRef ids).
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { FileRef, OpenResult } from '../../shared/api/contract.ts';
import { serializeReport } from '../../shared/file/serialize.ts';
import { FileError, LockedError } from '../../shared/file/errors.ts';
import type { Report } from '../../shared/report/model.ts';
import { cleanStaleTemps, writeFileAtomic } from './atomic-write.ts';
import { backupBeforeOverwrite } from './backups.ts';
import { FileRefs } from './file-refs.ts';
import { nextFreePath } from './file-names.ts';
import { openReport, type OpenedReport } from './read-report.ts';
import type { ScanOptions } from '../scan/index.ts';
import { RecentFiles } from './recent-files.ts';
import * as recovery from './recovery.ts';
import { writePrintCopy } from './print-copies.ts';

/** False unless the file at `path` holds exactly `report` (its modification time aside). */
async function unchangedSince(path: string, report: Report): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === null) return false;
  const modifiedAt = /"modifiedAt": ("[^"]*")/.exec(current)?.[1];
  if (!modifiedAt) return false;
  return serializeReport({ ...report, meta: { ...report.meta, modifiedAt: JSON.parse(modifiedAt) as string } }) === current;
}

export interface FileServiceOptions {
  /** The app's own data folder: backups, recent list, recovery copy. */
  dataDir: string;
  now?: () => Date;
  /** Makes FileRef ids stable across restarts (the web build's per-workspace secret). */
  refKey?: string;
}

export class FileService {
  readonly refs: FileRefs;
  readonly dataDir: string;
  private readonly recent: RecentFiles;
  private readonly now: () => Date;

  constructor(opts: FileServiceOptions) {
    this.dataDir = opts.dataDir;
    this.refs = new FileRefs(opts.refKey);
    this.recent = new RecentFiles(opts.dataDir);
    this.now = opts.now ?? (() => new Date());
  }

  /** What the renderer gets for an opened file: a .nianbao is the file itself; a facts JSON must be saved as. */
  async resultFor(path: string, opened: OpenedReport): Promise<OpenResult> {
    const own = opened.kind === 'nianbao';
    if (own) await this.recent.add(path, this.now());
    return { file: own ? await this.refs.refFor(path) : null, name: basename(path), report: opened.report, flags: opened.importFlags };
  }

  /** `scan`: a scan's progress and 取消 (electron/api/scan-tasks.ts). */
  async openPath(path: string, scan: ScanOptions = {}): Promise<OpenResult> {
    const opened = await openReport(path, scan);
    // Temp files a killed save left beside this file go when it is next opened (or saved).
    await cleanStaleTemps(path);
    return this.resultFor(path, opened);
  }

  async openRecent(id: string): Promise<OpenResult> {
    return this.openPath(await this.pathOf(id));
  }

  /** The path of an id; after a restart (stable ids) it is found again among the recent files. */
  private async pathOf(id: string): Promise<string> {
    try {
      return this.refs.pathOf(id);
    } catch (e) {
      const again = (await this.recent.list()).find((p) => this.refs.isIdOf(id, p));
      if (again) return again;
      throw e;
    }
  }

  async listRecent(): Promise<FileRef[]> {
    return Promise.all((await this.recent.list()).map((p) => this.refs.refFor(p)));
  }

  /** Saves of one report, in the order they came (issue #26): a confirmed save is never followed on disk by an older one. */
  private readonly saving = new Map<string, Promise<unknown>>();

  /** Writes the report to `path`, keeping the previous content as a backup; the recovery copy goes. */
  async saveTo(path: string, report: Report): Promise<FileRef> {
    const key = resolve(path);
    const before = this.saving.get(key) ?? Promise.resolve();
    // A recovery copy written after this save was asked for holds a newer edit: this save must not discard it.
    const gen = this.recoveryWrites;
    const mine = before.then(() => this.saveNow(path, report, gen), () => this.saveNow(path, report, gen));
    const settled = mine.catch(() => undefined);
    this.saving.set(key, settled);
    void settled.then(() => {
      if (this.saving.get(key) === settled) this.saving.delete(key);
    });
    return mine;
  }

  /** Recovery copies written so far (see saveTo). */
  private recoveryWrites = 0;

  private async saveNow(path: string, report: Report, gen: number): Promise<FileRef> {
    const stamped: Report = { ...report, meta: { ...report.meta, modifiedAt: this.now().toISOString() } };
    const text = serializeReport(stamped);
    // Saving what the file already holds changes nothing: no new time stamp, no backup, no write.
    if (!(await unchangedSince(path, report))) {
      const backup = await backupBeforeOverwrite(this.dataDir, path);
      await writeFileAtomic(path, text);
      return this.afterSave(path, gen, backup.kind === 'failed' ? backup.message : undefined);
    }
    return this.afterSave(path, gen);
  }

  private async afterSave(path: string, gen: number, warning?: string): Promise<FileRef> {
    // The app's own bookkeeping is best-effort too: the clerk's file is saved, and that is what counts.
    await this.recent.add(path, this.now()).catch(() => undefined);
    if (this.recoveryWrites === gen) await recovery.discardRecovery(this.dataDir).catch(() => undefined);
    const ref = await this.refs.refFor(path);
    return warning ? { ...ref, warning } : ref;
  }

  async save(file: FileRef, report: Report): Promise<FileRef> {
    return this.saveTo(await this.pathOf(file.id), report);
  }

  /**
   * Writes an export. When the target is held by another program (Word/WPS keep a .docx locked) it
   * throws a LockedError naming the free name beside it (「名（1）.ext」), which the platform may offer.
   */
  async writeExport(path: string, bytes: Uint8Array): Promise<string> {
    try {
      await writeFileAtomic(path, bytes);
      return path;
    } catch (e) {
      if (!(e instanceof FileError) || e.code !== 'locked' || e instanceof LockedError) throw e;
      throw new LockedError(e.message, await nextFreePath(path));
    }
  }

  /** A PDF for the print viewer, in the app's data folder; copies older than a day are cleared. */
  async writePrintCopy(bytes: Uint8Array): Promise<string> {
    return writePrintCopy(this.dataDir, bytes, this.now());
  }

  async writeRecovery(report: Report, file: FileRef | null): Promise<void> {
    this.recoveryWrites++;
    // A stale id must not cost the clerk the recovery copy: keep the report, lose only where it came from.
    let path: string | null;
    try {
      path = file ? await this.pathOf(file.id) : null;
    } catch {
      path = null;
    }
    await recovery.writeRecovery(this.dataDir, report, path, this.now());
  }

  async readRecovery(): Promise<{ report: Report; file: FileRef | null; savedAt: string } | null> {
    const copy = await recovery.readRecovery(this.dataDir);
    if (!copy) return null;
    return { report: copy.report, file: copy.path ? await this.refs.refFor(copy.path) : null, savedAt: copy.savedAt };
  }

  async discardRecovery(): Promise<void> {
    await recovery.discardRecovery(this.dataDir);
  }
}

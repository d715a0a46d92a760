/**
 * Previous versions, kept in the app's data folder before a file is overwritten: the last 10 per
 * file. A single .bak is how clerks lose good data to bad — one bad save replaces the only copy.
 *
 * - Only a version that differs from the newest backup is kept: retrying a failed save or saving
 *   unchanged content must not push the older versions out.
 * - Backups are numbered by a sequence (000001_年报.nianbao, …), taken with an exclusive create, so
 *   two saves in one millisecond both keep theirs and a clock set back changes nothing: creation
 *   order is the number, never the time.
 * - Written like a report (issue #26): the copy goes to a temp file, is fsynced, then takes its number
 *   with a hard link (atomic, and fails if the number is taken), so a kill leaves no 0-byte or torn
 *   backup among the kept ones; the temp name starts with a dot and is never listed, and is cleaned.
 * - Best effort: a backup that cannot be made (full or read-only data folder) is reported to the
 *   caller as a warning and the save goes on — the clerk's disk may have room when ours has not.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, readFile, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { syncFolder } from './atomic-write.ts';

export const BACKUPS_KEPT = 10;

export function backupDirFor(dataDir: string, path: string): string {
  return join(dataDir, 'backups', createHash('sha256').update(resolve(path)).digest('hex').slice(0, 16));
}

/** The sequence number of a backup's name; names from before the numbering (ISO time stamps) count as 0, the oldest. */
function sequenceOf(name: string): number {
  const m = /^(\d+)_/.exec(name);
  return m ? Number(m[1]) : 0;
}

/** Backup names in creation order, oldest first. */
async function backupNames(dir: string): Promise<string[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => !n.startsWith('.'));
  return names.sort((a, b) => sequenceOf(a) - sequenceOf(b) || (a < b ? -1 : a > b ? 1 : 0));
}

async function sameContent(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([readFile(a), readFile(b)]);
  return x.equals(y);
}

export type BackupResult =
  | { kind: 'saved'; path: string }
  | { kind: 'unchanged' | 'nothing' }
  | { kind: 'failed'; message: string };

/** Copies `path` (if it exists and differs from the newest backup) into its backup folder and prunes to BACKUPS_KEPT. Never throws. */
export async function backupBeforeOverwrite(dataDir: string, path: string): Promise<BackupResult> {
  const dir = backupDirFor(dataDir, path);
  try {
    await mkdir(dir, { recursive: true });
    const names = await backupNames(dir);
    const newest = names.at(-1);
    if (newest && (await sameContent(path, join(dir, newest)))) return { kind: 'unchanged' };
    // Temp copies a killed backup left (never listed as backups) go first.
    for (const n of await readdir(dir)) if (n.startsWith('.') && n.endsWith('.backup-tmp')) await rm(join(dir, n), { force: true });
    const temp = join(dir, `.${randomBytes(6).toString('hex')}.backup-tmp`);
    let target: string;
    try {
      await copyFile(path, temp);
      const fh = await open(temp, 'r+');
      await fh.sync().finally(() => fh.close());
      let seq = newest ? sequenceOf(newest) + 1 : 1;
      for (;;) {
        target = join(dir, `${String(seq).padStart(6, '0')}_${basename(path)}`);
        try {
          await link(temp, target).catch((e: NodeJS.ErrnoException) => {
            // A file system without hard links (FAT): an exclusive copy of the fsynced temp file.
            if (e.code === 'EPERM' || e.code === 'ENOTSUP' || e.code === 'ENOSYS') return copyFile(temp, target, constants.COPYFILE_EXCL);
            throw e;
          });
          break;
        } catch (e) {
          // Another save took this number first: take the next one.
          if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
          seq++;
        }
      }
    } finally {
      await rm(temp, { force: true });
    }
    await syncFolder(dir);
    const all = await backupNames(dir);
    for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_KEPT))) await rm(join(dir, old), { force: true });
    return { kind: 'saved', path: target };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !(await readFile(path).then(() => true, () => false))) return { kind: 'nothing' };
    const reason = (e as NodeJS.ErrnoException).code === 'ENOSPC' ? '程序数据文件夹所在磁盘空间不足' : '程序数据文件夹无法写入';
    return { kind: 'failed', message: `未能保留上一版本的备份（${reason}），文件仍已保存` };
  }
}

export async function listBackups(dataDir: string, path: string): Promise<string[]> {
  const dir = backupDirFor(dataDir, path);
  return (await backupNames(dir)).map((f) => join(dir, f));
}

/**
 * Previous versions, kept in the app's data folder before a file is overwritten: the last 10 per
 * file. A single .bak is how clerks lose good data to bad — one bad save replaces the only copy.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export const BACKUPS_KEPT = 10;

export function backupDirFor(dataDir: string, path: string): string {
  return join(dataDir, 'backups', createHash('sha256').update(resolve(path)).digest('hex').slice(0, 16));
}

/** Copies `path` (if it exists) into its backup folder and prunes to the newest BACKUPS_KEPT. */
export async function backupBeforeOverwrite(dataDir: string, path: string, now = new Date()): Promise<string | null> {
  const dir = backupDirFor(dataDir, path);
  await mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `${stamp}_${basename(path)}`);
  try {
    await copyFile(path, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  const all = (await readdir(dir)).sort();
  for (const old of all.slice(0, Math.max(0, all.length - BACKUPS_KEPT))) await rm(join(dir, old), { force: true });
  return target;
}

export async function listBackups(dataDir: string, path: string): Promise<string[]> {
  const dir = backupDirFor(dataDir, path);
  return (await readdir(dir).catch(() => [] as string[])).sort().map((f) => join(dir, f));
}

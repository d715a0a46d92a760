/**
 * Guarantee: after writeFileAtomic returns or throws — or the process is killed at any point — the
 * target holds either its old content or the complete new content, never a torn mix. The data goes
 * to a temp file in the same folder (same file system, so rename is atomic), is fsynced, then renamed
 * over the target, and the folder is fsynced so the rename itself survives a power cut (where the
 * platform lets a folder be opened). Windows antivirus and sync tools hold files briefly:
 * EPERM/EACCES/EBUSY on rename are retried for a few seconds before we report the file as locked.
 *
 * What the clerk set on the file stays: its mode (0600 stays 0600), and a symlink stays a link — the
 * file it points to is written. A read-only file is refused, not replaced. Temp files left by a
 * killed save carry a name only we use and are removed on the next open or save of that file.
 */
import { open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FileError, fsErrorCode, fsErrorMessage } from '../../shared/file/errors.ts';

const RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const TEMP_TAG = 'nianbao-tmp';

export interface AtomicWriteOptions {
  /** How long to keep retrying a locked target, in ms. */
  retryFor?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.${TEMP_TAG}`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Temp files of this process's saves still being written: never cleaned from under them. */
const inFlight = new Set<string>();

/**
 * Removes temp files a killed save of `target` left beside it: only names of our own pattern for
 * this very file (`.年报.nianbao.<12 hex>.nianbao-tmp`, and `.tmp` from earlier versions). Best effort.
 */
export async function cleanStaleTemps(target: string): Promise<number> {
  const real = await realpath(target).catch(() => target);
  const dir = dirname(real);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(real))}\\.[0-9a-f]{12}\\.(?:${TEMP_TAG}|tmp)$`);
  return removeTemps(dir, pattern);
}

/**
 * Removes every temp file of ours a killed save left in `dir` (any report's): run when a workspace
 * folder is served, so temp files never wait for their report to be opened again (issue #26). Best effort.
 */
export async function cleanFolderTemps(dir: string): Promise<number> {
  const pattern = new RegExp(`^\\..+\\.[0-9a-f]{12}\\.${TEMP_TAG}$`);
  return removeTemps(dir, pattern);
}

/** Deletes the names in `dir` that match `pattern`, except a save's temp still being written. */
async function removeTemps(dir: string, pattern: RegExp): Promise<number> {
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, name);
    if (!pattern.test(name) || inFlight.has(path)) continue;
    await unlink(path).then(() => removed++, () => undefined);
  }
  return removed;
}

export async function syncFolder(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync (EISDIR/EPERM); there the rename is as durable as NTFS makes it.
  const fh = await open(dir, 'r').catch(() => null);
  if (!fh) return;
  await fh.sync().catch(() => undefined);
  await fh.close().catch(() => undefined);
}

function toFileError(e: unknown, name: string): FileError {
  if (e instanceof FileError) return e;
  const code = fsErrorCode((e as NodeJS.ErrnoException).code);
  const mapped = code === 'not-found' ? 'path-gone' : code;
  return new FileError(mapped, fsErrorMessage(mapped, name));
}

export async function writeFileAtomic(target: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const name = basename(target);
  // A symlink stays a link: the file it points to is the one written.
  const real = await realpath(target).catch(() => target);
  const existing = await stat(real).catch(() => null);
  if (existing && !existing.isFile()) throw new FileError('io', fsErrorMessage('io', name));
  if (existing && (existing.mode & 0o200) === 0) {
    throw new FileError('read-only', `“${name}”是只读文件，未覆盖；请另存为其他文件名，或先取消它的只读属性`);
  }
  await cleanStaleTemps(real);
  const temp = tempPathFor(real);
  inFlight.add(temp);
  try {
    const fh = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    try {
      // open()'s mode passes through the umask; the file's own mode is set exactly.
      if (existing) await fh.chmod(existing.mode & 0o7777);
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    const deadline = Date.now() + (opts.retryFor ?? 3000);
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(temp, real);
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? '';
        if (!RETRY_CODES.has(code) || Date.now() >= deadline) throw e;
        await sleep(Math.min(50 * 2 ** attempt, 500));
      }
    }
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw toFileError(e, name);
  } finally {
    inFlight.delete(temp);
  }
  await syncFolder(dirname(real));
}

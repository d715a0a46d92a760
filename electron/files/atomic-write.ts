/**
 * Guarantee: after writeFileAtomic returns or throws — or the process is killed at any point — the
 * target holds either its old content or the complete new content, never a torn mix. The data goes
 * to a temp file in the same folder (same file system, so rename is atomic), is fsynced, then renamed
 * over the target. Windows antivirus and sync tools hold files briefly: EPERM/EACCES/EBUSY on rename
 * are retried for a few seconds before we report the file as locked.
 */
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FileError, fsErrorCode, fsErrorMessage } from '../../shared/file/errors.ts';

const RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);

export interface AtomicWriteOptions {
  /** How long to keep retrying a locked target, in ms. */
  retryFor?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  opts: AtomicWriteOptions = {},
): Promise<void> {
  const temp = tempPathFor(target);
  const name = basename(target);
  try {
    const fh = await open(temp, 'wx');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    const deadline = Date.now() + (opts.retryFor ?? 3000);
    for (let attempt = 0; ; attempt++) {
      try {
        await rename(temp, target);
        break;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? '';
        if (!RETRY_CODES.has(code) || Date.now() >= deadline) throw e;
        await sleep(Math.min(50 * 2 ** attempt, 500));
      }
    }
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    if (e instanceof FileError) throw e;
    const code = fsErrorCode((e as NodeJS.ErrnoException).code);
    throw new FileError(code === 'not-found' ? 'path-gone' : code, fsErrorMessage(code === 'not-found' ? 'path-gone' : code, name));
  }
}

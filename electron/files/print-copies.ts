/** Temporary PDFs behind 打印: kept in the app's data folder, never in the clerk's, and cleared after a day. */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';

const KEEP_MS = 24 * 60 * 60 * 1000;

/** The folder of print copies inside the app's data folder (the desktop's app:// serves it for the preview). */
export function printDir(dataDir: string): string {
  return join(dataDir, 'print');
}

export async function writePrintCopy(dataDir: string, bytes: Uint8Array, now = new Date()): Promise<string> {
  const dir = printDir(dataDir);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    const old = await stat(path).then((s) => now.getTime() - s.mtimeMs > KEEP_MS, () => false);
    if (old) await unlink(path).catch(() => undefined);
  }
  const file = join(dir, `${randomBytes(6).toString('hex')}.pdf`);
  await writeFileAtomic(file, bytes);
  return file;
}

/**
 * One server per workspace folder (issue #26 case 6): two servers on one folder would both save the same
 * report and the last would win, the other's edit left only in a backup. The first takes a lock file in
 * the workspace's data folder naming its process and address; a second refuses, naming them, so the
 * clerk opens the first one's address instead. A lock whose process is gone (killed, a power cut) is taken over.
 */
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '../../shared/file/errors.ts';

export interface LockHolder {
  pid: number;
  /** The running server's address (with its token); empty while it starts. */
  url: string;
}

/** Locks this process holds: a lock file naming this process but not held here is a leftover. */
const held = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function holder(path: string): Promise<LockHolder | null> {
  try {
    const h = JSON.parse(await readFile(path, 'utf8')) as LockHolder;
    return typeof h.pid === 'number' ? h : null;
  } catch {
    return null;
  }
}

export interface WorkspaceLock {
  /** Records the address once the server listens, for a second server to name. */
  setUrl(url: string): Promise<void>;
  release(): Promise<void>;
}

export function lockPath(dataDir: string): string {
  return join(dataDir, 'server.lock');
}

/** Takes the workspace's lock or throws a Chinese FileError naming the server that holds it. */
export async function lockWorkspace(workspace: string, dataDir: string): Promise<WorkspaceLock> {
  await mkdir(dataDir, { recursive: true });
  const path = lockPath(dataDir);
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await open(path, 'wx', 0o600);
      await fh.writeFile(JSON.stringify({ pid: process.pid, url: '' } satisfies LockHolder));
      await fh.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 3) throw e;
      const h = await holder(path);
      const ours = h?.pid === process.pid && held.has(path);
      if (h && (ours || (h.pid !== process.pid && alive(h.pid)))) {
        const where = h.url ? `，地址：${h.url}` : '';
        throw new FileError(
          'locked',
          `文件夹“${workspace}”已由另一个年报编辑器网页版使用（进程 ${h.pid}${where}）。两个编辑器同时保存同一份报告会互相覆盖：请在浏览器中打开该地址，或先停止它再启动`,
        );
      }
      // Left by a server that is gone (or half-written): taken over.
      await rm(path, { force: true });
    }
  }
  held.add(path);
  return {
    async setUrl(url) {
      await writeFile(path, JSON.stringify({ pid: process.pid, url } satisfies LockHolder), { mode: 0o600 });
    },
    async release() {
      held.delete(path);
      if ((await holder(path))?.pid === process.pid) await rm(path, { force: true });
    },
  };
}

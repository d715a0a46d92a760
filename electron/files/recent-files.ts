/** The recent-files list (newest first, at most 10), kept as JSON in the app's data folder. */
import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from './atomic-write.ts';
import { mkdir } from 'node:fs/promises';

export const RECENT_KEPT = 10;

interface RecentEntry {
  path: string;
  openedAt: string;
}

export class RecentFiles {
  constructor(private readonly dataDir: string) {}

  private get file(): string {
    return join(this.dataDir, 'recent.json');
  }

  private async read(): Promise<RecentEntry[]> {
    try {
      const data: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      if (!Array.isArray(data)) return [];
      return data.filter((e): e is RecentEntry => typeof e?.path === 'string' && typeof e?.openedAt === 'string');
    } catch {
      // A missing or damaged list is not worth bothering the clerk about: start a new one.
      return [];
    }
  }

  async add(path: string, now = new Date()): Promise<void> {
    const abs = resolve(path);
    const list = [{ path: abs, openedAt: now.toISOString() }, ...(await this.read()).filter((e) => e.path !== abs)];
    await mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(list.slice(0, RECENT_KEPT), null, 2));
  }

  /** Paths that still exist, newest first. */
  async list(): Promise<string[]> {
    const out: string[] = [];
    for (const e of await this.read()) {
      if (await access(e.path).then(() => true, () => false)) out.push(e.path);
    }
    return out;
  }
}

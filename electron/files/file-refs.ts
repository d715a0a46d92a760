/**
 * Opaque FileRef ids → paths. The renderer only ever holds ids, so a compromised page cannot name a
 * path. Without a key an id means something only to the process that handed it out; with one (the
 * web build's per-workspace secret) the same path gets the same id after a restart, so a page left
 * open while the server was restarted can still save to the file it had open.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { FileRef } from '../../shared/api/contract.ts';
import { FileError } from '../../shared/file/errors.ts';

export class FileRefs {
  private readonly byId = new Map<string, string>();
  private readonly byPath = new Map<string, string>();

  constructor(private readonly key?: string) {}

  /** Whether `id` is the one `path` gets (for finding a path again after a restart). */
  isIdOf(id: string, path: string): boolean {
    return this.key !== undefined && this.idFor(path) === id;
  }

  idFor(path: string): string {
    const abs = resolve(path);
    let id = this.byPath.get(abs);
    if (!id) {
      id = this.key ? createHmac('sha256', this.key).update(abs).digest('hex').slice(0, 24) : randomBytes(12).toString('hex');
      this.byPath.set(abs, id);
      this.byId.set(id, abs);
    }
    return id;
  }

  async refFor(path: string): Promise<FileRef> {
    const modified = await stat(path).then(
      (s) => s.mtime.toISOString(),
      () => undefined,
    );
    return { id: this.idFor(path), name: basename(path), ...(modified ? { modifiedAt: modified } : {}) };
  }

  pathOf(id: string): string {
    const path = this.byId.get(id);
    if (!path) throw new FileError('not-found', '这个文件的位置已失效（程序可能已重新启动）：请重新打开文件，或用“另存为”保存当前内容');
    return path;
  }
}

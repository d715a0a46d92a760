/**
 * The web build's platform: the browser has no file dialogs that reach the disk, so files live in
 * one workspace folder — an uploaded report is kept there, 另存为 and exports take the next free
 * name there (never over an existing file), and the browser fetches what was written by URL.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import type { Platform } from '../api/platform.ts';
import { writeFileAtomic } from '../files/atomic-write.ts';
import { freePath, safeFileName } from '../files/file-names.ts';

export interface WebPlatformOptions {
  workspace: string;
  /** Turns a file the server wrote into a URL the browser can fetch (download or viewer). */
  downloadUrl(path: string): string;
}

export function webPlatform({ workspace, downloadUrl }: WebPlatformOptions): Platform {
  return {
    name: 'web',
    workspace,
    async chooseReport() {
      return null;
    },
    async chooseFolder() {
      return null;
    },
    async keepUpload(name, bytes) {
      // The same file picked again is the same file, not a 「（1）」 copy.
      const target = join(workspace, safeFileName(name, FILE_EXTENSION));
      const same = await readFile(target).then((b) => b.equals(bytes), () => false);
      if (same) return target;
      const path = await freePath(target);
      await writeFileAtomic(path, bytes);
      return path;
    },
    async chooseTarget(suggestedName, ext) {
      return freePath(join(workspace, safeFileName(suggestedName, ext)));
    },
    async whenLocked(_path, alternative) {
      return alternative;
    },
    fileUrl: downloadUrl,
    async showPdf(path) {
      return { url: downloadUrl(path) };
    },
  };
}

/**
 * The web build's copy of unsaved edits in the browser's own storage. The server's recovery copy
 * cannot be written while the server is stopped; this one can, and it belongs to the page's address,
 * which stays the same for a workspace across restarts (web-identity.ts), so the edits are offered
 * when the clerk opens the editor again.
 */
import type { FileRef } from '../../shared/api/contract.ts';
import type { Report } from '../../shared/report/model.ts';

const KEY = 'nianbao-unsaved';

export interface LocalCopy {
  report: Report;
  file: FileRef | null;
  savedAt: string;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function writeLocalCopy(report: Report, file: FileRef | null, now = new Date()): void {
  try {
    storage()?.setItem(KEY, JSON.stringify({ report, file, savedAt: now.toISOString() } satisfies LocalCopy));
  } catch {
    /* storage full or disabled: the server's recovery copy is the other net */
  }
}

export function readLocalCopy(): LocalCopy | null {
  try {
    const data = JSON.parse(storage()?.getItem(KEY) ?? 'null') as LocalCopy | null;
    return data && typeof data.savedAt === 'string' && data.report ? data : null;
  } catch {
    return null;
  }
}

export function clearLocalCopy(): void {
  storage()?.removeItem(KEY);
}

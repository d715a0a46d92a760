/**
 * The recovery copy: the report as it is on screen, written ~1 s after the last edit, offered on the
 * next start and deleted on save. It lives in the app's data folder, never over the user's file.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { serializeReport } from '../../shared/file/serialize.ts';
import type { Report } from '../../shared/report/model.ts';
import { writeFileAtomic } from './atomic-write.ts';

export interface RecoveryCopy {
  report: Report;
  /** The file the report belongs to, if it had been saved. */
  path: string | null;
  savedAt: string;
}

export function recoveryPath(dataDir: string): string {
  return join(dataDir, 'recovery.nianbao');
}

function metaPath(dataDir: string): string {
  return join(dataDir, 'recovery.json');
}

export async function writeRecovery(dataDir: string, report: Report, path: string | null, now = new Date()): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  // Report first, then the note that points at it: a crash in between leaves an older but whole pair.
  await writeFileAtomic(recoveryPath(dataDir), serializeReport(report));
  await writeFileAtomic(metaPath(dataDir), JSON.stringify({ path, savedAt: now.toISOString() }));
}

export async function readRecovery(dataDir: string): Promise<RecoveryCopy | null> {
  let text: string;
  try {
    text = await readFile(recoveryPath(dataDir), 'utf8');
  } catch {
    return null;
  }
  let report: Report;
  try {
    // The parser (and its schema library) loads when a copy is read, not in every process that writes one.
    const { parseReportFile } = await import('../../shared/file/codec.ts');
    report = parseReportFile(text, '恢复副本');
  } catch {
    // A damaged recovery copy cannot be offered; the user's own files are untouched either way.
    return null;
  }
  let path: string | null = null;
  let savedAt = new Date(0).toISOString();
  try {
    const meta = JSON.parse(await readFile(metaPath(dataDir), 'utf8')) as { path?: unknown; savedAt?: unknown };
    if (typeof meta.path === 'string') path = meta.path;
    if (typeof meta.savedAt === 'string') savedAt = meta.savedAt;
  } catch {
    /* the copy without its note is still worth offering */
  }
  return { report, path, savedAt };
}

export async function discardRecovery(dataDir: string): Promise<void> {
  await rm(recoveryPath(dataDir), { force: true });
  await rm(metaPath(dataDir), { force: true });
}

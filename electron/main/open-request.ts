/**
 * A .nianbao given on the command line: on start (the page opens it from #open=…) and from a second
 * launch while the app runs (double-click), which the running editor is asked to open after its own
 * unsaved-changes check. Kept free of Electron so the path is tested in plain Node.
 */
import { existsSync } from 'node:fs';
import { SHELL_CHANNELS } from '../../shared/api/shell.ts';
import type { FileService } from '../files/file-service.ts';

/** The first existing .nianbao among the arguments after the executable (and the app path, unpackaged). */
export function fileFromArgv(argv: readonly string[], packaged: boolean): string | null {
  return argv.slice(packaged ? 1 : 2).find((a) => a.toLowerCase().endsWith('.nianbao') && existsSync(a)) ?? null;
}

/**
 * Opens `file` once on this side (it heads the recent list and gets its id), then sends the id to the
 * page on the open-request channel; an unreadable file is reported with its Chinese message instead.
 */
export async function forwardOpenRequest(
  file: string,
  files: FileService,
  send: (channel: string, id: string) => void,
  fail: (message: string) => void,
): Promise<void> {
  try {
    await files.openPath(file);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
    return;
  }
  send(SHELL_CHANNELS.openRequest, files.refs.idFor(file));
}

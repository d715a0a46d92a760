/**
 * A .nianbao given on the command line: on start (the page opens it from #open=…) and from a second
 * launch while the app runs (double-click), which the running editor is asked to open after its own
 * unsaved-changes check. Kept free of Electron so the path is tested in plain Node.
 */
import { existsSync } from 'node:fs';
import { SHELL_CHANNELS } from '../../shared/api/shell.ts';
import { FILE_EXTENSION } from '../../shared/file/format.ts';
import type { FileService } from '../files/file-service.ts';
import { pathsFromArgv } from './argv-paths.ts';

/**
 * The first existing .nianbao among the arguments after the executable (and the app path, unpackaged).
 * `cwd` is the folder of that launch: a second instance's `workingDirectory`, not this process's.
 */
export function fileFromArgv(argv: readonly string[], packaged: boolean, cwd = process.cwd()): string | null {
  return pathsFromArgv(argv, { cwd, skip: packaged ? 1 : 2, extensions: [FILE_EXTENSION] }).find((p) => existsSync(p)) ?? null;
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

/**
 * The files a launch asks to open, from its command line: what a double-click, a file association
 * or a second `nianbao-editor 年报.nianbao` passes. Pure (no Electron, no disk), so it is tested as is.
 * - Relative paths belong to the folder the launch was made in: for a second instance that is
 *   Electron's `workingDirectory`, not the running app's own folder.
 * - Linux desktop files with %u pass `file://` URIs (percent-encoded); they are turned into paths.
 */
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ArgvOptions {
  /** The folder the launch was made in. */
  cwd: string;
  /** Leading entries that are the program itself (electron + script when unpackaged, the app when packaged). */
  skip: number;
  /** File name endings to accept, lower case (e.g. ['.nianbao']). */
  extensions: readonly string[];
}

function toPath(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  // Chromium switches (--allow-file-access-from-files, --no-sandbox…) and other URLs are not files.
  if (arg.startsWith('-') || /^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null;
  return isAbsolute(arg) ? arg : resolve(cwd, arg);
}

export function pathsFromArgv(argv: readonly string[], opts: ArgvOptions): string[] {
  const out: string[] = [];
  for (const arg of argv.slice(opts.skip)) {
    const path = toPath(arg, opts.cwd);
    if (path && opts.extensions.some((ext) => path.toLowerCase().endsWith(ext))) out.push(path);
  }
  return out;
}

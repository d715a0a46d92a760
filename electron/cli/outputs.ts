/**
 * The one policy for every file a command writes: the extension says the format (`--pdf out.docx` is
 * refused), an existing file is replaced only with --force, and an output is never one of the inputs
 * — compared as real paths, so `./r.nianbao`, a symlink to it or another spelling are the same file.
 * Even --force does not let a report be overwritten by its own export.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { hasDeceptiveChars } from '../files/file-names.ts';
import { usageError } from './io.ts';

export type OutputFormat = 'nianbao' | 'docx' | 'pdf' | 'xlsx';

const LABEL: Record<OutputFormat, string> = { nianbao: '.nianbao 年报文件', docx: 'Word（.docx）文件', pdf: 'PDF 文件', xlsx: 'Excel 表格（.xlsx）' };

/** The real path a file has or would have: its folder's real path plus its name when it does not exist yet. */
async function realTarget(path: string): Promise<string> {
  const full = resolve(path);
  const real = await realpath(full).catch(() => null);
  if (real) return real;
  const dir = await realpath(dirname(full)).catch(() => dirname(full));
  return join(dir, basename(full));
}

/**
 * Whether two paths are one file by its real identity: the same real path, or the same device and
 * inode (a hard link, a second mount of the folder) — never by how the paths are spelt (issue #26).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if ((await realTarget(a)) === (await realTarget(b))) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Whether `path` would be written inside folder `dir` (or a folder under it), symbolic links followed. */
export async function insideFolder(dir: string, path: string): Promise<boolean> {
  const realDir = await realpath(resolve(dir)).catch(() => resolve(dir));
  const rel = relative(realDir, dirname(await realTarget(path)));
  return !rel.startsWith('..') && !isAbsolute(rel);
}

export interface OutputCheck {
  command: string;
  /** Files the command reads. */
  inputs: string[];
  force: boolean;
}

/** Throws a Chinese usage error when `path` may not be written as `format`; returns nothing otherwise. */
export async function checkOutput(path: string, format: OutputFormat, opts: OutputCheck): Promise<void> {
  const name = basename(path);
  if (hasDeceptiveChars(path)) {
    throw usageError(opts.command, `输出文件名含有改变文字方向或看不见的控制字符，容易被看错，请换一个文件名`);
  }
  if (extname(path).toLowerCase() !== `.${format}`) {
    throw usageError(opts.command, `输出文件“${name}”的扩展名应为 .${format}（写出的是${LABEL[format]}）`);
  }
  const target = await realTarget(path);
  for (const input of opts.inputs) {
    if (await sameFile(input, path)) {
      throw usageError(opts.command, `输出文件“${name}”就是要读取的文件，不能覆盖它，请换一个输出文件名`);
    }
  }
  const existing = await stat(target).catch(() => null);
  if (existing?.isDirectory()) throw usageError(opts.command, `“${name}”是文件夹，请给出输出文件名`);
  if (existing && !opts.force) throw usageError(opts.command, `文件“${name}”已存在，未覆盖（如需覆盖请加 --force）`);
}

/**
 * Reading a file the clerk named, safely: only a regular file (a FIFO would block the read forever,
 * a device would never end), and only up to a size no report comes near. The file is opened without
 * blocking and checked on the open handle, so what is checked is what is read.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { FileError, fsErrorCode, fsErrorMessage } from '../../shared/file/errors.ts';
import { MAX_REPORT_FILE_BYTES, tooLargeError } from '../../shared/file/size-limit.ts';

export const MAX_INPUT_BYTES = MAX_REPORT_FILE_BYTES;

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer (POSIX; absent on Windows).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export async function readInputFile(path: string, limit = MAX_INPUT_BYTES): Promise<Buffer> {
  const name = basename(path);
  let fh;
  try {
    fh = await open(path, OPEN_FLAGS);
  } catch (e) {
    const code = fsErrorCode((e as NodeJS.ErrnoException).code);
    if ((e as NodeJS.ErrnoException).code === 'EISDIR') throw new FileError('unknown-format', `“${name}”是文件夹，不是年报文件`);
    throw new FileError(code, code === 'not-found' ? fsErrorMessage(code, name) : `无法读取“${name}”`);
  }
  try {
    const s = await fh.stat();
    if (s.isDirectory()) throw new FileError('unknown-format', `“${name}”是文件夹，不是年报文件`);
    if (!s.isFile()) throw new FileError('unknown-format', `“${name}”不是普通文件（可能是管道或设备），无法作为年报读取`);
    if (s.size > limit) throw tooLargeError(name, s.size);
    return await fh.readFile();
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError(fsErrorCode((e as NodeJS.ErrnoException).code), `无法读取“${name}”`);
  } finally {
    await fh.close();
  }
}

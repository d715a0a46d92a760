import { readFile, readdir, utimes, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { writePrintCopy } from './print-copies.ts';

const tmp = useTempDir('nianbao-print-');

describe('打印用的临时 PDF', () => {
  it('写在程序数据文件夹的 print 子文件夹中', async () => {
    const path = await writePrintCopy(tmp.path, new TextEncoder().encode('%PDF-1.7'));
    expect(path.startsWith(join(tmp.path, 'print'))).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.7');
  });

  it('超过一天的旧副本被清除，新的保留', async () => {
    await mkdir(join(tmp.path, 'print'));
    const old = join(tmp.path, 'print', 'old.pdf');
    const recent = join(tmp.path, 'print', 'recent.pdf');
    await writeFile(old, 'x');
    await writeFile(recent, 'y');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(old, twoDaysAgo, twoDaysAgo);
    const path = await writePrintCopy(tmp.path, new Uint8Array([1]));
    expect((await readdir(join(tmp.path, 'print'))).sort()).toEqual([path.split('/').pop(), 'recent.pdf'].sort());
  });
});

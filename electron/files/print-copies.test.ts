import { mkdtemp, readFile, readdir, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePrintCopy } from './print-copies.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-print-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('打印用的临时 PDF', () => {
  it('写在程序数据文件夹的 print 子文件夹中', async () => {
    const path = await writePrintCopy(dir, new TextEncoder().encode('%PDF-1.7'));
    expect(path.startsWith(join(dir, 'print'))).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('%PDF-1.7');
  });

  it('超过一天的旧副本被清除，新的保留', async () => {
    await mkdir(join(dir, 'print'));
    const old = join(dir, 'print', 'old.pdf');
    const recent = join(dir, 'print', 'recent.pdf');
    await writeFile(old, 'x');
    await writeFile(recent, 'y');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(old, twoDaysAgo, twoDaysAgo);
    const path = await writePrintCopy(dir, new Uint8Array([1]));
    expect((await readdir(join(dir, 'print'))).sort()).toEqual([path.split('/').pop(), 'recent.pdf'].sort());
  });
});

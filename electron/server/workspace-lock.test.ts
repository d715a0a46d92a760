import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { startServer } from './server.ts';
import { lockPath } from './workspace-lock.ts';

const tmp = useTempDir('nianbao-lock-');

describe('一个文件夹只由一个网页版编辑器使用（issue #26 情形 6、8）', () => {
  it('第二个网页版在同一文件夹启动时拒绝，并说出第一个的地址；第一个停止后可以启动', async () => {
    await writeFile(join(tmp.path, 'index.html'), '<html><head></head></html>');
    const ws = join(tmp.path, 'ws');
    const first = await startServer({ distDir: tmp.path, workspace: ws });
    try {
      const e = await startServer({ distDir: tmp.path, workspace: ws }).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(FileError);
      expect((e as FileError).code).toBe('locked');
      expect((e as FileError).message).toContain('已由另一个年报编辑器网页版使用');
      expect((e as FileError).message).toContain(`${first.origin}/?token=${first.token}`);
    } finally {
      await first.close();
    }
    const again = await startServer({ distDir: tmp.path, workspace: ws });
    await again.close();
  });

  it('被强行结束的网页版留下的锁（进程已不在）由新启动的接管', async () => {
    await writeFile(join(tmp.path, 'index.html'), '<html><head></head></html>');
    const ws = join(tmp.path, 'ws2');
    await mkdir(join(ws, '.nianbao'), { recursive: true });
    // A pid no process has (above the kernel's pid_max).
    await writeFile(lockPath(join(ws, '.nianbao')), JSON.stringify({ pid: 2 ** 22 + 7, url: 'http://127.0.0.1:1/?token=x' }));
    const server = await startServer({ distDir: tmp.path, workspace: ws });
    await server.close();
  });

  it('启动时清除被强行结束的保存留下的临时文件（不等到该报告再次打开）', async () => {
    await writeFile(join(tmp.path, 'index.html'), '<html><head></head></html>');
    const ws = join(tmp.path, 'ws3');
    await mkdir(ws, { recursive: true });
    await writeFile(join(ws, '年报.nianbao'), '{}');
    await writeFile(join(ws, '.年报.nianbao.0123456789ab.nianbao-tmp'), '{"half');
    await writeFile(join(ws, '.另一份.nianbao.ba9876543210.nianbao-tmp'), '');
    const server = await startServer({ distDir: tmp.path, workspace: ws });
    await server.close();
    expect((await readdir(ws)).filter((n) => n.endsWith('-tmp'))).toEqual([]);
    expect(await readdir(ws)).toContain('年报.nianbao');
  });
});

import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { FileError } from '../../shared/file/errors.ts';
import { writeFileAtomic } from './atomic-write.ts';

const tmp = useTempDir('nianbao-atomic-');

describe('原子写入', () => {
  it('写入新文件并覆盖旧文件，不留临时文件', async () => {
    const target = join(tmp.path, '年报.nianbao');
    await writeFileAtomic(target, '旧内容');
    await writeFileAtomic(target, '新内容');
    expect(await readFile(target, 'utf8')).toBe('新内容');
    expect(await readdir(tmp.path)).toEqual(['年报.nianbao']);
  });

  it('无法写入时报告中文错误，原文件不变，临时文件被删除', async () => {
    const target = join(tmp.path, '年报.docx');
    await mkdir(target); // a folder where the file should go: rename must fail
    const err = await writeFileAtomic(target, 'x', { retryFor: 100 }).catch((e) => e);
    expect(err).toBeInstanceOf(FileError);
    expect((err as FileError).message).toMatch(/原文件未改动/);
    expect(await readdir(tmp.path)).toEqual(['年报.docx']);
  });

  it('目标文件夹不存在（U 盘已拔出）时给出明确提示', async () => {
    const err = await writeFileAtomic(join(tmp.path, '不存在', '年报.nianbao'), 'x').catch((e) => e);
    expect(err).toMatchObject({ code: 'path-gone' });
    expect((err as Error).message).toContain('U 盘');
  });

  it('写入过程中进程被强行终止：文件要么是旧的完整内容，要么是新的完整内容', async () => {
    const target = join(tmp.path, '年报.nianbao');
    const size = 4 * 1024 * 1024;
    await writeFile(target, `${'A'.repeat(size)}\n`);
    // Each kill waits for a save to be under way (its temp file exists), not for a guessed delay; a
    // temp file still there after the kill shows the kill landed mid-write.
    const isTemp = (name: string) => name.endsWith('.nianbao-tmp');
    let midWrite = 0;
    for (let round = 0; round < 6; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/atomic-writer-child.ts', target, String(size)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      while (!(await readdir(tmp.path)).some(isTemp)) await new Promise((r) => setImmediate(r));
      child.kill('SIGKILL');
      await exited;
      if ((await readdir(tmp.path)).some(isTemp)) midWrite++;
      const text = await readFile(target, 'utf8');
      expect(text.length).toBe(size + 1);
      expect(text === `${'A'.repeat(size)}\n` || text === `${'B'.repeat(size)}\n`).toBe(true);
    }
    expect(midWrite).toBeGreaterThan(0);
  }, 60_000);
});

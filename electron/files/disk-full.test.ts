/**
 * A full disk, simulated where it happens (the container cannot make a small file system): the
 * fs calls fail with ENOSPC as Node reports it. The clerk's file is never half-written, the message is
 * Chinese and says why, and a full app-data folder costs the backup, not the save. Also the folder's
 * fsync after the rename, which makes the rename itself survive a power cut.
 */
import type * as FsModule from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { blankReport } from '../../shared/report/blank.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';

type Fs = typeof FsModule;
const realFs = await vi.importActual<Fs>('node:fs/promises');
/** Per-test overrides of single fs functions; everything else is the real module. */
const faults: Partial<Record<keyof Fs, (...args: never[]) => unknown>> = {};
const synced: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<Fs>();
  const wrap = (name: keyof Fs) => (...args: never[]) => (faults[name] ?? (real[name] as (...a: never[]) => unknown))(...args);
  const open = async (path: string, ...rest: never[]) => {
    const fh = await (faults.open ? (faults.open as typeof real.open)(path, ...rest) : real.open(path, ...rest));
    const sync = fh.sync.bind(fh);
    fh.sync = async () => (synced.push(path), sync());
    return fh;
  };
  return { ...real, default: real, copyFile: wrap('copyFile'), rename: wrap('rename'), open };
});

const { FileService } = await import('./file-service.ts');

const tmp = useTempDir('nianbao-full-');
afterEach(() => {
  for (const k of Object.keys(faults)) delete faults[k as keyof Fs];
  synced.length = 0;
});

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
const report = (name: string) => blankReport({ unit: name, kind: 'township', year: 2025 });

describe('a full disk', () => {
  it('where the report is: the save is refused in Chinese, the file keeps its old content, no temp file stays', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const path = join(tmp.path, '年报.nianbao');
    await files.saveTo(path, report('旧单位'));
    const before = await readFile(path, 'utf8');
    faults.open = async (p: string, ...rest: never[]) => {
      const fh = await realFs.open(p, ...(rest as []));
      if (String(p).includes('年报.nianbao.')) fh.writeFile = async () => Promise.reject(enospc());
      return fh;
    };
    await expect(files.saveTo(path, report('新单位'))).rejects.toThrow('磁盘空间不足，“年报.nianbao”未能保存，原文件未改动');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readdir(tmp.path)).sort()).toEqual(['data', '年报.nianbao']);
  });

  it('where the app keeps its backups: the backup is skipped with a warning that says so, the save goes on', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const path = join(tmp.path, '年报.nianbao');
    await writeFile(path, 'old');
    faults.copyFile = async () => Promise.reject(enospc());
    const ref = await files.saveTo(path, report('新单位'));
    expect(await readFile(path, 'utf8')).toContain('"name": "新单位"');
    expect(ref.warning).toBe('未能保留上一版本的备份（程序数据文件夹所在磁盘空间不足），文件仍已保存');
  });
});

describe('after the rename', () => {
  it('the folder is fsynced too, after the file, so the new name is on disk before the save reports success', async () => {
    const files = new FileService({ dataDir: join(tmp.path, 'data') });
    const path = join(tmp.path, '年报.nianbao');
    await files.saveTo(path, report('新单位'));
    const tempSync = synced.findIndex((p) => p.startsWith(join(tmp.path, '.年报.nianbao.')));
    const folderSync = synced.lastIndexOf(tmp.path);
    expect(tempSync).toBeGreaterThanOrEqual(0);
    expect(folderSync).toBeGreaterThan(tempSync);
  });
});

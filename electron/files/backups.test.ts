import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import * as atomic from './atomic-write.ts';
import { backupBeforeOverwrite, BACKUPS_KEPT, listBackups } from './backups.ts';
import { FileService } from './file-service.ts';

const tmp = useTempDir('nianbao-backups-');
afterEach(() => vi.restoreAllMocks());

const report = (name: string) => blankReport({ unit: name, kind: 'township', year: 2025 });
const service = (now: () => Date, dataDir = join(tmp.path, 'data')) => new FileService({ dataDir, now });

async function backupUnits(files: FileService, path: string): Promise<string[]> {
  const names = [];
  for (const b of await listBackups(files.dataDir, path)) names.push(/"name": "([^"]*)"/.exec(await readFile(b, 'utf8'))![1]!);
  return names;
}

describe('backups', () => {
  it('saving unchanged content, or retrying a failing save, does not push older versions out', async () => {
    let t = Date.UTC(2026, 0, 1);
    const files = service(() => new Date((t += 1000)));
    const path = join(tmp.path, '年报.nianbao');
    for (const v of ['V1', 'V2', 'V3', 'V4']) await files.saveTo(path, report(v));
    const v5 = report('V5');
    for (let i = 0; i < 15; i++) await files.saveTo(path, v5);
    const real = atomic.writeFileAtomic;
    vi.spyOn(atomic, 'writeFileAtomic').mockImplementation(async (p, data, opts) => {
      if (p === path) throw new FileError('disk-full', '磁盘空间不足');
      return real(p, data, opts);
    });
    for (let i = 0; i < 15; i++) await expect(files.saveTo(path, report('V6'))).rejects.toThrow('磁盘空间不足');
    expect(await backupUnits(files, path)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5']);
  });

  it('a clock set back, or saves within one millisecond, keep every version in creation order', async () => {
    let t = Date.UTC(2026, 5, 1);
    const backwards = service(() => new Date((t -= 86_400_000)));
    const path = join(tmp.path, 'a.nianbao');
    for (let i = 0; i <= BACKUPS_KEPT + 2; i++) await backwards.saveTo(path, report(`v${i}`));
    const kept = await backupUnits(backwards, path);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept.at(-1)).toBe(`v${BACKUPS_KEPT + 1}`);
    expect(kept[0]).toBe('v2');

    const frozen = service(() => new Date(Date.UTC(2026, 0, 1)), join(tmp.path, 'data2'));
    const other = join(tmp.path, 'b.nianbao');
    for (const v of ['x1', 'x2', 'x3', 'x4']) await frozen.saveTo(other, report(v));
    expect(await backupUnits(frozen, other)).toEqual(['x1', 'x2', 'x3']);
  });

  it('two backups started at once both get their own number', async () => {
    const dataDir = join(tmp.path, 'data');
    const a = join(tmp.path, 'a.nianbao');
    await writeFile(a, 'one');
    await backupBeforeOverwrite(dataDir, a);
    await writeFile(a, 'two');
    const [r1, r2] = await Promise.all([backupBeforeOverwrite(dataDir, a), backupBeforeOverwrite(dataDir, a)]);
    const saved = [r1, r2].filter((r) => r.kind === 'saved');
    expect(saved.length).toBeGreaterThanOrEqual(1);
    expect(new Set(await listBackups(dataDir, a)).size).toBe(1 + saved.length);
  });

  it('an app-data folder that cannot be written warns; the save itself goes on', async () => {
    const blocker = join(tmp.path, 'not-a-folder');
    await writeFile(blocker, 'x');
    const files = service(() => new Date(), join(blocker, 'data'));
    const path = join(tmp.path, '年报.nianbao');
    await writeFile(path, 'old');
    const ref = await files.saveTo(path, report('新'));
    expect(await readFile(path, 'utf8')).toContain('"name": "新"');
    expect(ref.warning).toContain('未能保留上一版本的备份');
    expect(ref.warning).toContain('文件仍已保存');
  });
});

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileError, LockedError } from '../../shared/file/errors.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { BACKUPS_KEPT, listBackups } from './backups.ts';
import { FileService } from './file-service.ts';
import { RECENT_KEPT } from './recent-files.ts';
import * as atomic from './atomic-write.ts';
import { CORPUS } from '../../test/fixtures/corpus.ts';

let dir: string;
let clock: number;
let files: FileService;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nianbao-files-'));
  clock = Date.UTC(2026, 0, 1);
  files = new FileService({ dataDir: join(dir, 'data'), now: () => new Date((clock += 1000)) });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

const report = (name = '某某镇人民政府') => blankReport({ unit: name, kind: 'township', year: 2025 });

describe('file service', () => {
  it('keeps the last 10 previous versions, oldest pruned first', async () => {
    const path = join(dir, '年报.nianbao');
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) await files.saveTo(path, report(`单位${i}`));
    const backups = await listBackups(files.dataDir, path);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    // The first save had nothing to back up; backups hold versions 2..12, the file itself version 12.
    expect(await readFile(backups[0]!, 'utf8')).toContain('单位2');
    expect(await readFile(backups.at(-1)!, 'utf8')).toContain(`单位${BACKUPS_KEPT + 1}`);
    expect(await readFile(path, 'utf8')).toContain(`单位${BACKUPS_KEPT + 2}`);
  });

  it('lists recent files newest first, at most 10, skipping ones that were deleted', async () => {
    for (let i = 0; i < RECENT_KEPT + 2; i++) await files.saveTo(join(dir, `f${i}.nianbao`), report());
    await rm(join(dir, `f${RECENT_KEPT + 1}.nianbao`));
    const names = (await files.listRecent()).map((r) => r.name);
    expect(names).toHaveLength(RECENT_KEPT - 1);
    expect(names[0]).toBe(`f${RECENT_KEPT}.nianbao`);
  });

  it('a facts JSON opens without a file (it must be saved as a .nianbao)', async () => {
    const corpus = CORPUS;
    const facts = (await readdir(corpus)).find((f) => f.endsWith('.expected.json'))!;
    const opened = await files.openPath(join(corpus, facts));
    expect(opened.file).toBeNull();
    expect(opened.report.year).toBeGreaterThan(2000);
    expect(await files.listRecent()).toEqual([]);
  });

  it('an export over a locked file is refused with the free name beside it, 「名（1）.ext」', async () => {
    const target = join(dir, '年报.docx');
    await writeFile(target, 'open in Word');
    const real = atomic.writeFileAtomic;
    vi.spyOn(atomic, 'writeFileAtomic').mockImplementation(async (path, data, opts) => {
      if (path === target) throw new FileError('locked', '文件“年报.docx”正被其他程序占用');
      return real(path, data, opts);
    });
    const err = await files.writeExport(target, new Uint8Array([1])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LockedError);
    expect(err).toMatchObject({ code: 'locked', alternative: join(dir, '年报（1）.docx'), message: '文件“年报.docx”正被其他程序占用' });
    expect(await readFile(target, 'utf8')).toBe('open in Word');
  });

  it('a recovery copy is written even for a file id this process does not know', async () => {
    await files.writeRecovery(report('恢复单位'), { id: 'stale', name: '旧.nianbao' });
    const copy = await files.readRecovery();
    expect(copy?.report.unit.name).toBe('恢复单位');
    expect(copy?.file).toBeNull();
  });

  it('saving deletes the recovery copy', async () => {
    await files.writeRecovery(report(), null);
    expect(await files.readRecovery()).not.toBeNull();
    await files.saveTo(join(dir, 'a.nianbao'), report());
    expect(await files.readRecovery()).toBeNull();
  });
});

describe('saves of one report in flight together (issue #26 cases 6, 7)', () => {
  it('are written in the order they came: the file ends with the last one confirmed, never an older one', async () => {
    const path = join(dir, '年报.nianbao');
    await files.saveTo(path, report('第0版'));
    // Without the queue each save's backup and write interleave with the others': versions skipped or doubled, an older one last.
    const saves = Array.from({ length: 8 }, (_, i) => files.saveTo(path, report(`第${i + 1}版`)));
    const order: number[] = [];
    await Promise.all(saves.map((s, i) => s.then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await readFile(path, 'utf8')).toContain('第8版');
    const backups = await listBackups(join(dir, 'data'), path);
    const kept = await Promise.all(backups.map(async (b) => /第\d版/.exec(await readFile(b, 'utf8'))?.[0]));
    expect(kept).toEqual(['第0版', '第1版', '第2版', '第3版', '第4版', '第5版', '第6版', '第7版']);
  });

  it('a backup is never a half copy: no temp copy is listed, and one left by a killed backup is cleared', async () => {
    const path = join(dir, '年报.nianbao');
    await files.saveTo(path, report('甲'));
    await files.saveTo(path, report('乙'));
    const [only] = await listBackups(join(dir, 'data'), path);
    const folder = join(only!, '..');
    await writeFile(join(folder, '.0123456789ab.backup-tmp'), '');
    await files.saveTo(path, report('丙'));
    expect((await readdir(folder)).filter((n) => n.startsWith('.'))).toEqual([]);
    for (const b of await listBackups(join(dir, 'data'), path)) expect((await readFile(b)).length).toBeGreaterThan(0);
  });
});

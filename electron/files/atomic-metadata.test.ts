import { chmod, lstat, readFile, readdir, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeReport } from '../../shared/file/codec.ts';
import { blankReport } from '../../shared/report/blank.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { cleanStaleTemps, tempPathFor, writeFileAtomic } from './atomic-write.ts';
import { FileService } from './file-service.ts';

const tmp = useTempDir('nianbao-meta-');
const report = () => blankReport({ unit: '某镇', kind: 'township', year: 2025 });

describe('what the clerk set on a file survives a save', () => {
  it('the mode: 0600 stays 0600, 0640 stays 0640', async () => {
    for (const mode of [0o600, 0o640]) {
      const target = join(tmp.path, `m${mode.toString(8)}.nianbao`);
      await writeFile(target, 'old');
      await chmod(target, mode);
      await writeFileAtomic(target, 'new');
      expect((await stat(target)).mode & 0o777).toBe(mode);
      expect(await readFile(target, 'utf8')).toBe('new');
    }
  });

  it('a read-only file is refused in Chinese, not replaced', async () => {
    const target = join(tmp.path, '只读.nianbao');
    await writeFile(target, 'old');
    await chmod(target, 0o444);
    await expect(writeFileAtomic(target, 'new')).rejects.toMatchObject({ code: 'read-only', message: expect.stringContaining('是只读文件，未覆盖') });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(tmp.path)).toEqual(['只读.nianbao']);
  });

  it('a symlink stays a link and its target gets the new content', async () => {
    const real = join(tmp.path, 'real.nianbao');
    const link = join(tmp.path, 'link.nianbao');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
  });

  it('temp files a killed save left are removed on the next save or open of that file, and only ours', async () => {
    const target = join(tmp.path, '年报.nianbao');
    await writeFile(target, serializeReport(report()));
    const stale = [tempPathFor(target), tempPathFor(target), join(tmp.path, '.年报.nianbao.0123456789ab.tmp')];
    for (const s of stale) await writeFile(s, 'half');
    const foreign = ['.年报.nianbao.swp', '年报.nianbao.0123456789ab.nianbao-tmp', '.其他.nianbao.0123456789ab.nianbao-tmp', 'notes.tmp'];
    for (const f of foreign) await writeFile(join(tmp.path, f), 'theirs');
    await new FileService({ dataDir: join(tmp.path, 'data') }).openPath(target);
    expect((await readdir(tmp.path)).sort()).toEqual(['年报.nianbao', 'data', ...foreign].sort());
    for (const s of stale.slice(0, 2)) await writeFile(s, 'half');
    await writeFileAtomic(target, 'x');
    expect(await cleanStaleTemps(target)).toBe(0);
    expect((await readdir(tmp.path)).sort()).toEqual(['年报.nianbao', 'data', ...foreign].sort());
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewReports } from '../../shared/batch/review.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import { finalFindings } from '../../shared/rules/export-gate.ts';
import { randomReport } from '../../test/fixtures/random-report.ts';
import { renderReport } from '../../test/fixtures/report-text.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { renderExport } from '../export/index.ts';
import { readFolder, type FolderFile } from './folder.ts';
import { PARALLEL_FROM, readFolderParallel, worthThreads } from './parallel.ts';
import { CheckPool, POOL_BUDGET } from './pool.ts';

const tmp = useTempDir('nianbao-parallel-');

/** The reports as read, but for when each import was made (meta's times). */
const reports = (files: readonly FolderFile[]) => files.map((f) => (f.report ? { ...f.report, meta: { ...f.report.meta, createdAt: '', modifiedAt: '' } } : null));
const pool = new CheckPool(2);
afterAll(() => pool.stop());

/** A folder of units' reports: .nianbao and text (read here), Word documents (read by the workers), one damaged of each kind. */
async function folder(dir: string): Promise<void> {
  await mkdir(join(dir, '乡镇'));
  for (let i = 0; i < 24; i++) {
    const r = randomReport(i);
    r.unit.name = `示例县第${i}单位`;
    const sub = join(dir, i % 2 ? '乡镇' : '');
    if (i % 3 === 0) await writeFile(join(sub, `${i}.docx`), (await renderExport(r, 'docx')).bytes);
    else if (i % 3 === 1) await writeFile(join(sub, `${i}.nianbao`), serializeReport(r));
    else await writeFile(join(sub, `${i}.txt`), renderReport(r, 'tab'));
  }
  await writeFile(join(dir, '坏.nianbao'), '{"format":');
  await writeFile(join(dir, '坏.docx'), 'not a zip');
}

describe('a large folder read with the worker pool', () => {
  it('gives what one thread gives, in the folder’s order; Word documents are read and checked in the workers, quick files here', async () => {
    await folder(tmp.path);
    const seen: number[] = [];
    const parallel = await readFolderParallel(tmp.path, (done) => seen.push(done), { threads: 2, worth: () => true, pool });
    const single = await readFolder(tmp.path);
    expect(parallel.map((f) => f.file)).toEqual(single.map((f) => f.file));
    expect(reports(parallel)).toEqual(reports(single));
    expect(parallel.map((f) => f.error)).toEqual(single.map((f) => f.error));
    expect(parallel.find((f) => f.file === '坏.docx')!.error).toBeTruthy();
    for (const f of parallel) {
      // `alone` is what a worker adds: only the Word documents went to one.
      if (f.file.endsWith('.docx') && f.report) expect(f.alone).toEqual(finalFindings(f.report));
      else expect(f.alone).toBeUndefined();
    }
    expect(seen).toEqual(single.map((_, i) => i + 1));
    expect(reviewReports(parallel).map((e) => e.findings)).toEqual(reviewReports(single).map((e) => e.findings));
  }, 120_000);

  it('stays warm: a second folder is read by the same workers', async () => {
    await folder(tmp.path);
    await readFolderParallel(tmp.path, undefined, { threads: 2, worth: () => true, pool });
    const first = pool.threadIds();
    expect(first).toHaveLength(2);
    await readFolderParallel(tmp.path, undefined, { threads: 2, worth: () => true, pool });
    expect(pool.threadIds()).toEqual(first);
  }, 120_000);

  it('a worker that cannot start leaves its files to this thread, with the same result', async () => {
    await folder(tmp.path);
    const broken = new CheckPool(2, new URL('./no-such-worker.mjs', import.meta.url));
    const files = await readFolderParallel(tmp.path, undefined, { threads: 2, worth: () => true, pool: broken });
    expect(reports(files)).toEqual(reports(await readFolder(tmp.path)));
    expect(files.every((f) => f.alone === undefined)).toBe(true);
    await broken.stop();
  }, 120_000);

  it('a worker past its budget is stopped and its files are read here, with the same result', async () => {
    await folder(tmp.path);
    const timed = new CheckPool(2);
    const ms = POOL_BUDGET.ms;
    POOL_BUDGET.ms = 1;
    try {
      const files = await readFolderParallel(tmp.path, undefined, { threads: 2, worth: () => true, pool: timed });
      expect(reports(files)).toEqual(reports(await readFolder(tmp.path)));
      // Read here, not by a worker: no file carries a worker's own findings.
      expect(files.filter((f) => f.alone !== undefined)).toEqual([]);
    } finally {
      POOL_BUDGET.ms = ms;
      await timed.stop();
    }
  }, 120_000);

  it('a small folder, or one of quick files (.nianbao, text), is read in this thread', async () => {
    await writeFile(join(tmp.path, 'a.nianbao'), serializeReport(randomReport(1)));
    const files = await readFolderParallel(tmp.path, undefined, { threads: 2, pool });
    expect(files).toHaveLength(1);
    expect(files[0]!.alone).toBeUndefined();
    const quick = Array.from({ length: PARALLEL_FROM * 2 }, (_, i) => `${i}.nianbao`);
    expect(worthThreads(quick)).toBe(false);
    expect(worthThreads([...quick, ...Array.from({ length: 20 }, (_, i) => `${i}.PDF`)])).toBe(true);
    expect(worthThreads(Array.from({ length: 50 }, (_, i) => `${i}.docx`))).toBe(false);
  });
});

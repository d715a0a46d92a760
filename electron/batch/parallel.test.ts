import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewReports } from '../../shared/batch/review.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import { finalFindings } from '../../shared/rules/export-gate.ts';
import { randomReport } from '../../test/fixtures/random-report.ts';
import { useTempDir } from '../../test/fixtures/temp-dir.ts';
import { readFolder } from './folder.ts';
import { PARALLEL_FROM, readFolderParallel, worthThreads } from './parallel.ts';

const tmp = useTempDir('nianbao-parallel-');

describe('a large folder read on two worker threads', () => {
  it('gives what one thread gives, in the folder’s order, each report’s own findings computed in the workers', async () => {
    await mkdir(join(tmp.path, '乡镇'));
    for (let i = 0; i < PARALLEL_FROM + 10; i++) {
      const r = randomReport(i);
      r.unit.name = `示例县第${i}单位`;
      await writeFile(join(tmp.path, i % 2 ? '乡镇' : '', `${i}.nianbao`), serializeReport(r));
    }
    await writeFile(join(tmp.path, '坏.nianbao'), '{"format":');
    const seen: number[] = [];
    const parallel = await readFolderParallel(tmp.path, (done) => seen.push(done), { threads: 2, worth: () => true });
    const single = await readFolder(tmp.path);
    expect(parallel.map((f) => f.file)).toEqual(single.map((f) => f.file));
    expect(parallel.map((f) => f.report)).toEqual(single.map((f) => f.report));
    expect(parallel.find((f) => f.file === '坏.nianbao')!.error).toBe(single.find((f) => f.file === '坏.nianbao')!.error);
    for (const f of parallel) if (f.report) expect(f.alone).toEqual(finalFindings(f.report));
    expect(seen).toHaveLength(PARALLEL_FROM + 11);
    expect(reviewReports(parallel)).toEqual(reviewReports(single));
  }, 120_000);

  it('a small folder, or one of quick files (.nianbao, text), is read in this thread', async () => {
    await writeFile(join(tmp.path, 'a.nianbao'), serializeReport(randomReport(1)));
    const files = await readFolderParallel(tmp.path, undefined, { threads: 2 });
    expect(files).toHaveLength(1);
    expect(files[0]!.alone).toBeUndefined();
    const quick = Array.from({ length: 200 }, (_, i) => `${i}.nianbao`);
    expect(worthThreads(quick)).toBe(false);
    expect(worthThreads([...quick, ...Array.from({ length: 20 }, (_, i) => `${i}.PDF`)])).toBe(true);
    expect(worthThreads(Array.from({ length: 50 }, (_, i) => `${i}.docx`))).toBe(false);
  });
});

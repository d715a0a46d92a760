/**
 * The packaged app has no TypeScript loader: its folder check runs the worker that
 * build/electron-bundle.mjs writes beside the bundled main process. Bundled the same way here, that
 * worker reads a published PDF, a Word document and a text report as this thread does.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { finalFindings } from '../../shared/rules/export-gate.ts';
import { ROOT } from '../../test/lint/compile-probe.ts';
import { readFolder } from './folder.ts';
import { readFolderParallel } from './parallel.ts';
import { CheckPool } from './pool.ts';

/** Two folders deep in the repository, as dist-electron/main is: its dependencies resolve from node_modules as the app's do. */
const OUT = 'dist-electron-test/main/check-worker.mjs';
let pool: CheckPool | undefined;
let dir = '';
afterAll(async () => {
  await pool?.stop();
  await rm(join(ROOT, 'dist-electron-test'), { recursive: true, force: true });
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the folder check’s worker in the packaged app', () => {
  it('bundled by build/electron-bundle.mjs, reads and checks a PDF, a Word document and a text report as this thread does', async () => {
    const bundler = (await import(pathToFileURL(join(ROOT, 'build/electron-bundle.mjs')).href)) as { bundleCheckWorker(outfile: string): Promise<void> };
    await bundler.bundleCheckWorker(OUT);
    dir = await mkdtemp(join(tmpdir(), 'nianbao-bundled-worker-'));
    const originals = join(ROOT, 'test/corpus/originals');
    await copyFile(join(originals, '101_huaian_2024.pdf'), join(dir, '淮安.pdf'));
    await copyFile(join(originals, 'template_zhengwugongkai_nianbao.docx'), join(dir, '模板.docx'));
    await copyFile(join(ROOT, 'test/corpus/000_5087c93da9e13ba9.txt'), join(dir, '西工区.txt'));
    pool = new CheckPool(2, pathToFileURL(join(ROOT, OUT)));
    const files = await readFolderParallel(dir, undefined, { threads: 2, worth: () => true, pool });
    const here = await readFolder(dir);
    expect(files.map((f) => [f.file, f.error, f.report?.unit.name])).toEqual(here.map((f) => [f.file, f.error, f.report?.unit.name]));
    expect(files.find((f) => f.file === '淮安.pdf')!.report?.unit.name).toBe('淮安市人民政府');
    // Read in the bundled workers: each carries the findings they computed.
    for (const f of files.filter((f) => !f.file.endsWith('.txt'))) expect(f.alone).toEqual(finalFindings(f.report!));
    expect(pool.threadIds()).toHaveLength(2);
  }, 180_000);
});

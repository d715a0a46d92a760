/**
 * Batch review figures (issue #10): a folder of 1,000 .nianbao reports checked as `nianbao check 文件夹`
 * checks it (read, parse, every rule, pairing, the comparisons between units), target < 5 s on 2 cores;
 * and 100 reports in mixed formats (.nianbao, our DOCX and PDF exports, text), with the time spent
 * reading (import) apart from the checking; and 1,000 mixed reports. Worker threads (electron/batch/parallel.ts)
 * as the CLI and the app use them, starting and warm, and one thread beside them; wall and CPU time.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFolder } from '../../electron/batch/folder.ts';
import { checkPool, readFolderParallel } from '../../electron/batch/parallel.ts';
import { CheckPool } from '../../electron/batch/pool.ts';
import { renderExport } from '../../electron/export/index.ts';
import { reviewReports } from '../../shared/batch/review.ts';
import { serializeReport } from '../../shared/file/codec.ts';
import type { Report } from '../../shared/report/model.ts';
import { randomReport } from '../fixtures/random-report.ts';
import { renderReport } from '../fixtures/report-text.ts';
import type { Figure } from './figures.ts';

function unit(i: number): Report {
  const r = randomReport(5000 + i);
  r.unit.name = `示例县第${i}单位${r.unit.name.slice(-5)}`;
  r.year = 2026;
  return r;
}

/** Wall time, and CPU time of the whole process (every thread: the workers' too). */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

const s = (ms: number) => ms / 1000;

/**
 * Warm figures are the fastest of a few runs, on both sides of the ratio: other programs on a shared
 * machine only ever lengthen a run, and one run of a second or so moved by ±20 % from one to the next.
 */
const WARM_RUNS = 3;

async function repeat<T>(n: number, fn: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

function fastest<T extends { ms: number }>(runs: T[]): T {
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

let bundledUrl: URL | undefined;
/** The worker as build/electron-bundle.mjs bundles it, two folders deep in the repository as dist-electron/main is. */
async function bundledWorker(): Promise<URL> {
  if (bundledUrl) return bundledUrl;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const out = 'dist-electron-bench/main/check-worker.mjs';
  const bundler = (await import(pathToFileURL(join(root, 'build/electron-bundle.mjs')).href)) as { bundleCheckWorker(outfile: string): Promise<void> };
  await bundler.bundleCheckWorker(out);
  return (bundledUrl = pathToFileURL(join(root, out)));
}

/**
 * A folder written by `fill`, checked as the CLI and the app check it: on one thread, then with the
 * worker pool, each as the first folder of a process meets it (modules loading, the workers
 * starting) and as a second folder does (everything warm; the pool kept). Wall time beside the CPU
 * time of all threads: other programs on the machine lengthen the first, hardly the second.
 */
async function checkFolder(what: string, fill: (dir: string) => Promise<void>): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-batch-'));
  try {
    await fill(dir);
    const threads = Math.min(availableParallelism(), 4);
    const oneThread = () => timed(async () => reviewReports(await readFolder(dir)));
    const oneCold = await oneThread();
    const oneWarmRuns = await repeat(WARM_RUNS, async () => {
      const read = await timed(() => readFolder(dir));
      const check = await timed(() => reviewReports(read.value));
      return { ms: read.ms + check.ms, cpuMs: read.cpuMs + check.cpuMs, read, check };
    });
    const oneWarm = fastest(oneWarmRuns);
    const { read, check } = oneWarm;
    await checkPool(threads).stop();
    const pooled = () => timed(async () => reviewReports(await readFolderParallel(dir, undefined, { threads })));
    const cold = await pooled();
    const warm = fastest(await repeat(WARM_RUNS, pooled));
    await checkPool(threads).stop();
    // The packaged app's workers: bundled beside the main bundle, no TypeScript to load.
    const bundled = new CheckPool(threads, await bundledWorker());
    const packaged = await timed(async () => reviewReports(await readFolderParallel(dir, undefined, { threads, pool: bundled })));
    await bundled.stop();
    const f = (name: string, value: number, unit = 's', target = '—'): Figure => ({ name: `batch: ${what}, ${name}`, value, unit, target });
    return [
      f('one thread, first folder', s(oneCold.ms)),
      f('one thread, first folder: CPU time', s(oneCold.cpuMs)),
      f(`one thread, warm (fastest of ${WARM_RUNS})`, s(oneWarm.ms)),
      f('one thread, warm: CPU time', s(oneWarm.cpuMs)),
      f('one thread, warm: import (reading and parsing)', s(read.ms)),
      f('one thread, warm: rules and comparisons', s(check.ms)),
      f(`${threads} workers starting with it (through tsx, as in a checkout)`, s(cold.ms)),
      f(`${threads} workers starting: CPU time of all threads`, s(cold.cpuMs)),
      f(`${threads} workers warm (the pool kept from the folder before; fastest of ${WARM_RUNS})`, s(warm.ms)),
      f(`${threads} workers warm: CPU time of all threads`, s(warm.cpuMs)),
      f(`${threads} workers starting, bundled as in the packaged app`, s(packaged.ms)),
      f(`${threads} workers starting, bundled: CPU time of all threads`, s(packaged.cpuMs)),
      f(`one thread warm ÷ ${threads} workers warm`, oneWarm.ms / warm.ms, '×', '≥ 1.6'),
      f(`one thread first folder ÷ ${threads} workers starting`, oneCold.ms / cold.ms, '×'),
      f(`one thread first folder ÷ ${threads} bundled workers starting`, oneCold.ms / packaged.ms, '×'),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function nianbaoFolder(): Promise<Figure[]> {
  return checkFolder('1,000 .nianbao (no worker: quick files stay in one thread)', async (dir) => {
    for (let i = 0; i < 1000; i++) await writeFile(join(dir, `${i}.nianbao`), serializeReport(unit(i)));
  });
}

/** `n` reports, each hundred 40 .nianbao, 30 DOCX, 10 PDF, 20 text, every unit its own. */
async function mixed(dir: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const r = unit(i);
    const k = i % 100;
    const sub = join(dir, `第${Math.floor(i / 100)}组`);
    if (k === 0) await mkdir(sub, { recursive: true });
    if (k < 40) await writeFile(join(sub, `${i}.nianbao`), serializeReport(r));
    else if (k < 70) await writeFile(join(sub, `${i}.docx`), (await renderExport(r, 'docx')).bytes);
    else if (k < 80) await writeFile(join(sub, `${i}.pdf`), (await renderExport(r, 'pdf')).bytes);
    else await writeFile(join(sub, `${i}.txt`), renderReport(r, 'tab'));
  }
}

/** `BENCH_BATCH=mixed100` or `mixed1000` runs one folder only (the figures of one folder take less time to repeat). */
export async function bench(): Promise<Figure[]> {
  if (process.env.BENCH_BATCH === 'mixed100') return checkFolder('100 mixed reports (40 .nianbao, 30 DOCX, 10 PDF, 20 text)', (dir) => mixed(dir, 100));
  if (process.env.BENCH_BATCH === 'mixed1000') return checkFolder('1,000 mixed reports (400 .nianbao, 300 DOCX, 100 PDF, 200 text)', (dir) => mixed(dir, 1000));
  return [
    ...(await nianbaoFolder()),
    ...(await checkFolder('100 mixed reports (40 .nianbao, 30 DOCX, 10 PDF, 20 text)', (dir) => mixed(dir, 100))),
    ...(await checkFolder('1,000 mixed reports (400 .nianbao, 300 DOCX, 100 PDF, 200 text)', (dir) => mixed(dir, 1000))),
  ];
}

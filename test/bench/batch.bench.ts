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
import { readFolder, type FolderFile } from '../../electron/batch/folder.ts';
import { checkPool, readFolderParallel } from '../../electron/batch/parallel.ts';
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
 * A folder written by `fill`, checked as the CLI checks it: on one thread (reading apart from
 * checking), then with the worker pool as the first folder of a process meets it (the workers
 * start) and as a second folder meets it (the pool is warm). Wall time beside the CPU time of all
 * threads: other programs on the machine lengthen the first, hardly the second.
 */
async function checkFolder(what: string, fill: (dir: string) => Promise<void>, stopPool = true): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-batch-'));
  try {
    await fill(dir);
    const read = await timed(() => readFolder(dir));
    const check = await timed(() => reviewReports(read.value));
    const threads = Math.min(availableParallelism(), 4);
    // The first folder of a process: the workers start with it.
    if (stopPool) await checkPool(threads).stop();
    const whole = (f: () => Promise<FolderFile[]>) => timed(async () => reviewReports(await f()));
    const cold = await whole(() => readFolderParallel(dir, undefined, { threads }));
    // A second folder: the pool is warm.
    const warm = await whole(() => readFolderParallel(dir, undefined, { threads }));
    const one = read.ms + check.ms;
    return [
      { name: `batch: check ${what}, one thread`, value: s(one), unit: 's', target: '—' },
      { name: `batch: check ${what}, one thread: CPU time`, value: s(read.cpuMs + check.cpuMs), unit: 's', target: '—' },
      { name: `batch: ${what}, one thread: import (reading and parsing)`, value: s(read.ms), unit: 's', target: '—' },
      { name: `batch: ${what}, one thread: rules and comparisons`, value: s(check.ms), unit: 's', target: '—' },
      { name: `batch: check ${what}, ${threads} workers starting with it (as a first folder)`, value: s(cold.ms), unit: 's', target: '—' },
      { name: `batch: check ${what}, ${threads} workers starting: CPU time of all threads`, value: s(cold.cpuMs), unit: 's', target: '—' },
      { name: `batch: check ${what}, ${threads} workers warm (as the CLI and the app run a second folder)`, value: s(warm.ms), unit: 's', target: '—' },
      { name: `batch: check ${what}, ${threads} workers warm: CPU time of all threads`, value: s(warm.cpuMs), unit: 's', target: '—' },
      { name: `batch: check ${what}, one thread ÷ ${threads} workers warm`, value: one / warm.ms, unit: '×', target: '≥ 1.6' },
      { name: `batch: check ${what}, one thread ÷ ${threads} workers starting`, value: one / cold.ms, unit: '×', target: '—' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function nianbaoFolder(): Promise<Figure[]> {
  return checkFolder('1,000 .nianbao', async (dir) => {
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

/** `BENCH_BATCH=mixed100` runs one folder only (the figures of one folder take less time to repeat). */
export async function bench(): Promise<Figure[]> {
  if (process.env.BENCH_BATCH === 'mixed100') return checkFolder('100 mixed reports (40 .nianbao, 30 DOCX, 10 PDF, 20 text)', (dir) => mixed(dir, 100));
  return [
    ...(await nianbaoFolder()),
    ...(await checkFolder('100 mixed reports (40 .nianbao, 30 DOCX, 10 PDF, 20 text)', (dir) => mixed(dir, 100))),
    ...(await checkFolder('1,000 mixed reports (400 .nianbao, 300 DOCX, 100 PDF, 200 text)', (dir) => mixed(dir, 1000))),
  ];
}

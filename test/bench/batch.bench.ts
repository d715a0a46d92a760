/**
 * Batch review figures (issue #10): a folder of 1,000 .nianbao reports checked as `nianbao check 文件夹`
 * checks it (read, parse, every rule, pairing, the comparisons between units), target < 5 s on 2 cores;
 * and 100 reports in mixed formats (.nianbao, our DOCX and PDF exports, text), with the time spent
 * reading (import) apart from the checking. Worker threads (electron/batch/parallel.ts) as the CLI uses them,
 * and one thread beside it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFolder } from '../../electron/batch/folder.ts';
import { readFolderParallel } from '../../electron/batch/parallel.ts';
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

async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** A folder written by `fill`, checked as the CLI checks it: the whole, the reading (import) and the checking apart. */
async function checkFolder(what: string, target: string, fill: (dir: string) => Promise<void>): Promise<Figure[]> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-batch-'));
  try {
    await fill(dir);
    // One thread, reading apart from checking (the import time of the mixed folder).
    const read = await timed(() => readFolder(dir));
    const check = await timed(() => reviewReports(read.value));
    // As `nianbao check 文件夹` runs it: worker threads read and check each report alone, this thread the rest.
    const parallel = await timed(() => readFolderParallel(dir));
    const rest = await timed(() => reviewReports(parallel.value));
    return [
      { name: `batch: check ${what}, as the CLI runs it (${availableParallelism()} worker threads for Word/PDF/web pages)`, value: (parallel.ms + rest.ms) / 1000, unit: 's', target },
      { name: `batch: check ${what}, one thread`, value: (read.ms + check.ms) / 1000, unit: 's', target: '—' },
      { name: `batch: ${what}, one thread: import (reading and parsing)`, value: read.ms / 1000, unit: 's', target: '—' },
      { name: `batch: ${what}, one thread: rules and comparisons`, value: check.ms / 1000, unit: 's', target: '—' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function nianbaoFolder(): Promise<Figure[]> {
  return checkFolder('1,000 .nianbao', '< 5 s', async (dir) => {
    for (let i = 0; i < 1000; i++) await writeFile(join(dir, `${i}.nianbao`), serializeReport(unit(i)));
  });
}

/** 100 reports: 40 .nianbao, 30 DOCX, 10 PDF, 20 text. */
async function mixedFolder(): Promise<Figure[]> {
  return checkFolder('100 mixed reports (40 .nianbao, 30 DOCX, 10 PDF, 20 text)', '—', async (dir) => {
    for (let i = 0; i < 100; i++) {
      const r = unit(i);
      if (i < 40) await writeFile(join(dir, `${i}.nianbao`), serializeReport(r));
      else if (i < 70) await writeFile(join(dir, `${i}.docx`), (await renderExport(r, 'docx')).bytes);
      else if (i < 80) await writeFile(join(dir, `${i}.pdf`), (await renderExport(r, 'pdf')).bytes);
      else await writeFile(join(dir, `${i}.txt`), renderReport(r, 'tab'));
    }
  });
}

export async function bench(): Promise<Figure[]> {
  return [...(await nianbaoFolder()), ...(await mixedFolder())];
}

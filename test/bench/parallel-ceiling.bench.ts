/**
 * What two threads can give on this machine: the ceiling of the folder check's workers (issue #25's
 * "≥ 1.6×"). The same work run alone and twice at once, as throughput (2 × time alone ÷ time of the
 * pair): arithmetic shows the cores; a loop that allocates small objects, as reading a report does,
 * shows what the memory system and V8's garbage collector leave of them, in two threads of one
 * process and in two processes; PDFs (most of a mixed folder's work) read by the check's own pool.
 * A figure well under 2 for the allocating loop means no pool can reach 2 for reading on this machine.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CheckPool, type Job } from '../../electron/batch/pool.ts';
import { renderExport } from '../../electron/export/index.ts';
import { randomReport } from '../fixtures/random-report.ts';
import { timeAsync, type Figure } from './figures.ts';

/** Loops written as source so a worker (eval) and a bare `node -e` run the very same code. */
const LOOPS = {
  arithmetic: 'let s = 0; for (let i = 0; i < 2e8; i++) s = (s + i * 7) % 1000003;',
  allocating:
    "let keep = []; let s = 0; for (let i = 0; i < 2e7; i++) { const o = { a: i, b: [i, i + 1], c: 'x' + (i % 100) }; if (i % 100 === 0) keep.push(o); if (keep.length > 20000) keep = []; s += o.b.length; }",
};

/** The loop's source, started at `at` (epoch ms) so a pair starts together; prints its own time. */
function timedSource(loop: string, at: number, report: string): string {
  return `while (Date.now() < ${at}) {} const t = performance.now(); ${loop} ${report}(performance.now() - t);`;
}

function inThread(loop: string, at: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const src = `const { parentPort } = require('node:worker_threads'); ${timedSource(loop, at, 'parentPort.postMessage')}`;
    const w = new Worker(src, { eval: true });
    w.once('message', (ms: number) => resolve(ms));
    w.once('error', reject);
  });
}

function inProcess(loop: string, at: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', timedSource(loop, at, 'console.log')], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', () => resolve(Number(out.trim())));
  });
}

/** Throughput of two at once over one alone, best of `rounds` (other programs only ever lower it). */
async function ceiling(run: (loop: string, at: number) => Promise<number>, loop: string, rounds = 3): Promise<number> {
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const alone = await run(loop, Date.now() + 300);
    const at = Date.now() + 300;
    const pair = await Promise.all([run(loop, at), run(loop, at)]);
    best = Math.max(best, (2 * alone) / Math.max(...pair));
  }
  return best;
}

/** Ten report PDFs read by the folder check's pool with one worker, then with two. */
async function pdfPool(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-bench-ceiling-'));
  try {
    const jobs: Job[] = [];
    for (let i = 0; i < 10; i++) {
      const r = randomReport(5070 + i);
      r.year = 2026;
      const path = join(dir, `${i}.pdf`);
      await writeFile(path, (await renderExport(r, 'pdf')).bytes);
      jobs.push({ file: `${i}.pdf`, path });
    }
    const warmTime = async (size: number) => {
      const pool = new CheckPool(size);
      try {
        await pool.run(jobs, () => undefined);
        return (await timeAsync(3, () => pool.run(jobs, () => undefined))).wall[0]!;
      } finally {
        await pool.stop();
      }
    };
    return (await warmTime(1)) / (await warmTime(2));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function bench(): Promise<Figure[]> {
  const f = (name: string, value: number): Figure => ({ name: `parallel ceiling: ${name}`, value, unit: '×', target: '—' });
  return [
    f('an arithmetic loop, two threads at once ÷ one alone', await ceiling(inThread, LOOPS.arithmetic)),
    f('an allocating loop, two threads of one process at once ÷ one alone', await ceiling(inThread, LOOPS.allocating)),
    f('an allocating loop, two processes at once ÷ one alone', await ceiling(inProcess, LOOPS.allocating)),
    f('ten report PDFs, the folder check pool: one worker ÷ two workers (warm)', await pdfPool()),
  ];
}

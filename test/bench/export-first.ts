/**
 * Child process of export.bench.ts: the first PDF export in a fresh process, as an app's first
 * export. With `warm`: the app's background warm-up (warmExport) runs first and is not timed.
 */
import { readFileSync } from 'node:fs';

/** CPU time of this thread alone (Linux): V8 compiles and collects garbage on threads of its own. */
function mainThreadCpu(): number {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

const t0 = performance.now();
const { renderExport, warmExport } = await import('../../electron/export/index.ts');
const { sampleReport } = await import('../fixtures/sample-report.ts');
if (process.argv[2] === 'warm') await warmExport();
const t1 = performance.now();
const c1 = process.cpuUsage();
const m1 = mainThreadCpu();
await renderExport(sampleReport(), 'pdf');
const t2 = performance.now();
const c2 = process.cpuUsage(c1);
const m2 = mainThreadCpu();
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, firstCpuMs: (c2.user + c2.system) / 1000, firstMainCpuMs: m2 - m1 }));

/** Child process of export.bench.ts: the first PDF export in a fresh process, as an app's first export. */
const t0 = performance.now();
const { renderExport } = await import('../../electron/export/index.ts');
const { sampleReport } = await import('../fixtures/sample-report.ts');
const t1 = performance.now();
const c1 = process.cpuUsage();
await renderExport(sampleReport(), 'pdf');
const t2 = performance.now();
const c2 = process.cpuUsage(c1);
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, firstCpuMs: (c2.user + c2.system) / 1000 }));
export {};

/**
 * Export figures (issue: DOCX < 60 ms; PDF < 150 ms repeat, < 700 ms first, < 400 KB; ≥ 10× faster
 * than LibreOffice converting our DOCX; the cold `nianbao export` command faster than LibreOffice).
 */
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeReport } from '../../shared/file/codec.ts';
import { renderExport } from '../../electron/export/index.ts';
import { libreOfficeToPdf, tempDir } from '../export/poppler.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import { percentile, timeInTurn, type Figure, type Timing } from './figures.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The CLI bundled the way the app's Node code is (esbuild, one file), so startup is not tsx compiling TypeScript. */
async function bundledCli(): Promise<string> {
  const outfile = join(root, 'node_modules/.cache/nianbao-bench/cli.mjs');
  await build({
    stdin: { contents: "import { main } from './electron/cli/main.ts'; process.exitCode = await main(process.argv.slice(2));", resolveDir: root, loader: 'ts' },
    bundle: true,
    // Dependencies load from node_modules as in the packaged app; only our TypeScript is bundled.
    packages: 'external',
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __nianbaoRequire } from 'node:module'; const require = __nianbaoRequire(import.meta.url);" },
  });
  return outfile;
}

function wall(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const FRESH_PROCESSES = 5;

export async function bench(): Promise<Figure[]> {
  const report = sampleReport();
  const dir = tempDir();
  type First = { importMs: number; firstMs: number; firstCpuMs: number; firstMainCpuMs: number };
  const oneFirstExport = (args: string[]) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(root, 'test/bench/export-first.ts'), ...args], { cwd: root, encoding: 'utf8' })) as First;
  /** One fresh process is one sample of a noisy figure: the median of FRESH_PROCESSES, field by field. */
  const firstExport = (...args: string[]): First => {
    const runs = Array.from({ length: FRESH_PROCESSES }, () => oneFirstExport(args));
    const median = (k: keyof First) => percentile([...runs.map((r) => r[k])].sort((a, b) => a - b), 50);
    return { importMs: median('importMs'), firstMs: median('firstMs'), firstCpuMs: median('firstCpuMs'), firstMainCpuMs: median('firstMainCpuMs') };
  };
  const first = firstExport();
  const afterWarm = firstExport('warm');

  // Warm-up: fonts parsed and code compiled, as in an app that has exported once.
  for (let i = 0; i < 5; i++) {
    await renderExport(report, 'pdf');
    await renderExport(report, 'docx');
  }
  // In turn, as a clerk exports both: neither format's figure carries the other's garbage alone.
  const [pdf, docx] = (await timeInTurn(15, () => renderExport(report, 'pdf'), () => renderExport(report, 'docx'))) as [Timing, Timing];
  const pdfBytes = (await renderExport(report, 'pdf')).bytes;
  const docxPath = join(dir, 'report.docx');
  writeFileSync(docxPath, (await renderExport(report, 'docx')).bytes);
  const pages = Number(/\/Type \/Pages[^>]*\/Count (\d+)/.exec(Buffer.from(pdfBytes).toString('latin1'))?.[1] ?? NaN);

  const lo = wall(() => libreOfficeToPdf(docxPath, dir));
  const file = join(dir, 'report.nianbao');
  writeFileSync(file, serializeReport(report));
  const cli = await bundledCli();
  // --force: both runs write the same file, and the CLI refuses to overwrite an output without it.
  const exportArgs = ['export', file, '--pdf', join(dir, 'cli.pdf'), '--force'];
  const cold = wall(() => execFileSync(process.execPath, [cli, ...exportArgs], { cwd: root }));
  const coldDev = wall(() => execFileSync(process.execPath, [join(root, 'bin/nianbao.mjs'), ...exportArgs], { cwd: root }));
  const pdf50 = percentile(pdf.wall, 50);
  return [
    { name: `export: DOCX, ${pages}-page report (p50)`, value: percentile(docx.wall, 50), unit: 'ms', target: '< 60 ms' },
    { name: 'export: DOCX, CPU time per export', value: docx.cpu, unit: 'ms', target: '—' },
    { name: 'export: PDF, repeat in a running app (p50)', value: pdf50, unit: 'ms', target: '< 150 ms' },
    { name: 'export: PDF, repeat in a running app (p95)', value: percentile(pdf.wall, 95), unit: 'ms', target: '—' },
    { name: 'export: PDF, repeat, CPU time per export', value: pdf.cpu, unit: 'ms', target: '—' },
    { name: `export: PDF, first in a fresh process (modules loaded; median of ${FRESH_PROCESSES} processes)`, value: first.firstMs, unit: 'ms', target: '< 700 ms' },
    { name: 'export: PDF, first in a fresh process, CPU time', value: first.firstCpuMs, unit: 'ms', target: '—' },
    { name: 'export: PDF, first in a fresh process, CPU time of the main thread', value: first.firstMainCpuMs, unit: 'ms', target: '—' },
    { name: 'export: PDF, first in the app after its background warm-up (warmExport)', value: afterWarm.firstMs, unit: 'ms', target: '—' },
    { name: 'export: loading the export modules (dev build, tsx)', value: first.importMs, unit: 'ms', target: '—' },
    { name: 'export: PDF size with embedded font subsets', value: pdfBytes.length / 1024, unit: 'KB', target: '< 400 KB' },
    { name: 'export: libreoffice --headless --convert-to pdf of our DOCX', value: lo, unit: 'ms', target: '—' },
    { name: 'export: LibreOffice time / our PDF repeat time', value: lo / pdf50, unit: '×', target: '≥ 10×' },
    { name: 'export: `nianbao export --pdf`, cold command (bundled)', value: cold, unit: 'ms', target: '< LibreOffice' },
    { name: 'export: LibreOffice time / cold `nianbao export` (bundled)', value: lo / cold, unit: '×', target: '> 1×' },
    { name: 'export: `nianbao export --pdf`, cold command (bin/nianbao.mjs via tsx)', value: coldDev, unit: 'ms', target: '—' },
  ];
}

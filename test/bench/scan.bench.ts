/**
 * Scan figures (issue #23: a 6-page report scanned at 150 dpi, ≤ 3 s a page on 2 cores): our sample
 * report exported, rasterized by pdftoppm at 150 dpi, grey, 1° off, saved as a scanner's JPEG PDF, then
 * read whole — OCR engine load, deskew, rulings, every cell and prose line. CPU time beside wall time
 * because the machine is shared (ONNX Runtime uses two threads, so CPU can exceed wall).
 */
import { importScan } from '../../electron/scan/index.ts';
import { renderExport } from '../../electron/export/index.ts';
import { scanPdf } from '../fixtures/scan-build.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import type { Figure } from './figures.ts';

export async function bench(): Promise<Figure[]> {
  const pdf = (await renderExport(sampleReport(), 'pdf')).bytes;
  const scan = scanPdf(pdf, 150, { rotate: 1, quality: 75 });
  const runs: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 2; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await importScan(scan, 'scan.pdf');
    const cpu = process.cpuUsage(cpu0);
    runs.push({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 });
  }
  const pages = 6;
  const warm = runs[1]!;
  return [
    { name: 'scan: 6-page 150-dpi PDF, first in the process (engine loaded), per page', value: runs[0]!.wall / pages / 1000, unit: 's', target: '≤ 3 s' },
    { name: 'scan: 6-page 150-dpi PDF, per page', value: warm.wall / pages / 1000, unit: 's', target: '≤ 3 s' },
    { name: 'scan: 6-page 150-dpi PDF, CPU time per page', value: warm.cpu / pages / 1000, unit: 's', target: '—' },
  ];
}

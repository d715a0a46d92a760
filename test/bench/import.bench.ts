/**
 * Import figures (issue #8: for a 6-page report, .docx < 150 ms, .pdf < 500 ms): the readers plus the
 * importer, on the published 6-page 淮安 PDF and our own 6-page DOCX export of the sample report.
 * Repeat runs in a running process; CPU time beside wall time because the machine is shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderExport } from '../../electron/export/index.ts';
import { importFile } from '../../shared/import/index.ts';
import { ORIGINALS } from '../fixtures/corpus.ts';
import { sampleReport } from '../fixtures/sample-report.ts';
import { percentile, timeAsync, type Figure } from './figures.ts';

/** The first call (cold: pdf.js and font parsing), then `runs` more. */
async function timeRuns(runs: number, fn: () => Promise<unknown>): Promise<{ wall: number[]; cpu: number; first: number }> {
  const t0 = performance.now();
  await fn();
  const first = performance.now() - t0;
  return { ...(await timeAsync(runs, fn)), first };
}

export async function bench(): Promise<Figure[]> {
  const docx = (await renderExport(sampleReport(), 'docx')).bytes;
  const pdf = new Uint8Array(readFileSync(join(ORIGINALS, '101_huaian_2024.pdf')));
  const d = await timeRuns(20, () => importFile('report.docx', docx));
  const p = await timeRuns(8, () => importFile('101_huaian_2024.pdf', pdf));
  return [
    { name: 'import: .docx, 6-page report (p50)', value: percentile(d.wall, 50), unit: 'ms', target: '< 150 ms' },
    { name: 'import: .docx, CPU time per import', value: d.cpu, unit: 'ms', target: '—' },
    { name: 'import: .pdf, 6-page 淮安 2024 (p50)', value: percentile(p.wall, 50), unit: 'ms', target: '< 500 ms' },
    { name: 'import: .pdf, CPU time per import', value: p.cpu, unit: 'ms', target: '—' },
    { name: 'import: .pdf, first in the process (pdf.js loaded)', value: p.first, unit: 'ms', target: '—' },
  ];
}

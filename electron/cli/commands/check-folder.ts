/** `nianbao check 文件夹`: the district's review of every unit's report at once. */
import type { FolderFile } from '../../batch/folder.ts';
import { readFolderParallel } from '../../batch/parallel.ts';
import { batchSummary, countBatch, reviewReports, type BatchEntry, type BatchFinding } from '../../../shared/batch/review.ts';
import { writeFileAtomic } from '../../files/atomic-write.ts';
import { checkOutput } from '../outputs.ts';
import { basename } from 'node:path';
import { isBatchFile } from '../../../shared/api/open-formats.ts';
import { FileError } from '../../../shared/file/errors.ts';
import { listReportFiles } from '../../batch/folder.ts';
import { EXIT_FINDINGS, EXIT_OK, type CliIO } from '../io.ts';

export interface FolderCheckOptions {
  last?: string;
  json: boolean;
  xlsx?: string;
  force: boolean;
}

const SEVERITY_MARK: Record<BatchFinding['severity'], string> = { error: '✗ 错误', warning: '! 警告', note: '· 提示' };

export function formatBatchFinding(f: BatchFinding): string {
  return `${SEVERITY_MARK[f.severity]}  ${f.message}`;
}

/** Columns on a terminal: a Chinese character takes two. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export function formatTable(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - width(cell)))).join('  '));
}

function printTable(entries: readonly BatchEntry[], io: CliIO): void {
  const rows = [['文件', '单位', '年度', '错误', '警告', '问题']];
  for (const e of entries) {
    const c = countBatch(e.findings);
    const first = e.findings[0];
    rows.push([e.file, e.unit ?? '—', e.year ? String(e.year) : '—', String(c.error), String(c.warning), first ? formatBatchFinding(first) : '无']);
    // Further findings of the same file sit under its first, in the last column.
    for (const f of e.findings.slice(1)) rows.push(['', '', '', '', '', formatBatchFinding(f)]);
  }
  for (const line of formatTable(rows)) io.out(line.trimEnd());
  io.out(batchSummary(entries));
}

async function readWithProgress(dir: string, io: CliIO): Promise<FolderFile[]> {
  return readFolderParallel(dir, (done, total, file) => io.err(`正在读取 ${done}/${total}：${file}`));
}

export async function checkFolder(dir: string, opts: FolderCheckOptions, io: CliIO): Promise<number> {
  // A folder named like a report (「x.nianbao」) with no report in it: the clerk meant a file (issue #26 case 8).
  if (isBatchFile(basename(dir)) && !(await listReportFiles(dir)).length) {
    throw new FileError('unknown-format', `“${basename(dir)}”是文件夹，不是年报文件，其中也没有可读取的年报文件`);
  }
  if (opts.xlsx) {
    await checkOutput(opts.xlsx, 'xlsx', { command: 'check', inputs: [dir], force: opts.force });
  }
  const files = await readWithProgress(dir, io);
  const last = opts.last ? await readWithProgress(opts.last, io) : [];
  const entries = reviewReports(files, last);
  if (opts.xlsx) {
    const { reviewWorkbook } = await import('../../batch/review-xlsx.ts');
    await writeFileAtomic(opts.xlsx, await reviewWorkbook(entries));
    io.err(`已写出表格：${opts.xlsx}`);
  }
  if (opts.json) io.out(JSON.stringify({ reports: entries }, null, 2));
  else printTable(entries, io);
  return entries.some((e) => countBatch(e.findings).error) ? EXIT_FINDINGS : EXIT_OK;
}

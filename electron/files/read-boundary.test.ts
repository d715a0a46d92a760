import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { CJK } from '../../test/fixtures/english.ts';
import { READ_BUDGET, readReportBytes, readsInline } from './read-boundary.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const original = join(root, 'test/corpus/originals/103_hongze_2024.pdf');

/** issue #26 case 1: last year's PDF with two bytes changed (byte 323 → 0x72, byte 204526 → 0x28). */
async function damagedPdf(): Promise<Uint8Array> {
  const b = new Uint8Array(await readFile(original));
  b[323] = 0x72;
  b[204526] = 0x28;
  return b;
}

describe('读取边界：任何文件都只会得到一条中文说明，不会让程序退出', () => {
  const budget = { ...READ_BUDGET };
  afterEach(() => Object.assign(READ_BUDGET, budget));

  it('改动两个字节的 PDF（pdf.js 留下无人处理的异步错误）：说明文件已损坏，进程不退出', async () => {
    const e = await readReportBytes('损坏.pdf', await damagedPdf()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toMatch(/“损坏\.pdf”不是有效的 PDF 文件/);
    // The boundary (and the worker behind it) is still there for the next file.
    const next = await readReportBytes('洪泽.pdf', new Uint8Array(await readFile(original)));
    expect(next.report.unit.name).toContain('洪泽');
  }, 60_000);

  it('nianbao import 这份 PDF：退出码 2（无法读取），中文说明，没有堆栈', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nianbao-boundary-'));
    const pdf = join(dir, '损坏.pdf');
    await writeFile(pdf, await damagedPdf());
    const run = promisify(execFile)(process.execPath, [join(root, 'bin/nianbao.mjs'), 'import', pdf, '-o', join(dir, 'out.nianbao')]);
    const failed = await run.then(() => null, (x: { code: number; stderr: string }) => x);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/不是有效的 PDF 文件/);
    expect(failed?.stderr).not.toMatch(/Exception|at .*\.mjs|UnhandledPromiseRejection/);
  }, 60_000);

  it('读取超过时间预算的文件被停止，说明用时过长；下一份文件由新的读取线程读完', async () => {
    const pdf = new Uint8Array(await readFile(original));
    await readReportBytes('预热.pdf', pdf); // the worker warm, so the budget below measures the reading only
    READ_BUDGET.ms = 1;
    const e = await readReportBytes('很慢.pdf', pdf).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).code).toBe('too-slow');
    expect((e as FileError).message).toMatch(/^读取“很慢\.pdf”用时过长，已停止读取/);
    READ_BUDGET.ms = budget.ms;
    expect((await readReportBytes('洪泽.pdf', pdf)).format).toBe('pdf');
  }, 120_000);

  it('读取时进程内存增长超过预算即停止，说明解压或展开后过大', async () => {
    READ_BUDGET.bytes = -1;
    const e = await readReportBytes('很大.pdf', new Uint8Array(await readFile(original))).catch((x: unknown) => x);
    expect((e as FileError).code).toBe('too-big');
    expect((e as FileError).message).toMatch(CJK);
  }, 60_000);

  it('嵌套 5,000 层的网页（25 KB）：读完或给出中文说明，不出现英文的内部错误（issue #26 情形 5）', async () => {
    const html = new TextEncoder().encode(`<html><body>${'<div>'.repeat(5000)}x${'</div>'.repeat(5000)}</body></html>`);
    const outcome = await readReportBytes('很深.html', html).then(
      (r) => r.format,
      (e: unknown) => (e as Error).message,
    );
    expect(outcome).toMatch(/^html$|[\u4e00-\u9fff]/);
    expect(outcome).not.toMatch(/Maximum call stack|内部错误/);
  }, 60_000);

  it('本年报文件、JSON 和小的文本文件在本线程读取；PDF、Word、网页和大文本交给读取线程', () => {
    const enc = new TextEncoder();
    expect(readsInline('a.nianbao', enc.encode('{"format":"nianbao"}'))).toBe(true);
    expect(readsInline('a.txt', enc.encode('  {"unit":{}}'))).toBe(true);
    expect(readsInline('a.txt', enc.encode('某某县人民政府2024年政府信息公开工作年度报告'))).toBe(true);
    expect(readsInline('a.txt', enc.encode('年'.repeat(200_000)))).toBe(false);
    expect(readsInline('a.txt', enc.encode('<html><body>x</body></html>'))).toBe(false);
    expect(readsInline('a.pdf', enc.encode('%PDF-1.7'))).toBe(false);
    expect(readsInline('a.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(false);
  });
});

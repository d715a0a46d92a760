import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { DOCX_FIXTURES } from '../../test/fixtures/make-docx-fixtures.ts';
import { prng } from '../../test/fixtures/prng.ts';
import { openReport, reportFromBytes } from './read-report.ts';

describe('旧版 Word 文档（.doc，Word 97–2003 格式）', () => {
  it('与同一份报告的 .docx 读出的单位、年度、每个数字和各段正文相同', async () => {
    const doc = await openReport(join(DOCX_FIXTURES, 'filled-template.doc'));
    const docx = await openReport(join(DOCX_FIXTURES, 'filled-template.docx'));
    expect(doc.kind).toBe('doc');
    expect([doc.report.unit.name, doc.report.year]).toEqual(['示例县青石镇人民政府', 2026]);
    expect(doc.report.cells).toEqual(docx.report.cells);
    expect(doc.report.sections).toEqual(docx.report.sections);
  });

  it('不是 Word 的 OLE 文件（如 WPS 的 .wps、Excel 的 .xls）：仍说明如何另存为 .docx', async () => {
    // An OLE container's header with nothing Word inside it.
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const e = await reportFromBytes(ole, '旧文件.wps').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toContain('另存为');
  });

  // Through the read boundary, as every way in reads a file: a corrupt size can make word-extractor ask V8
  // for an array past its limit, a fatal error no try/catch sees — it ends the reader worker, not the app.
  it('500 个损坏的 .doc（截断、字节改写）：进程不倒，每个都读出或给出中文说明', async () => {
    const base = new Uint8Array(readFileSync(join(DOCX_FIXTURES, 'filled-template.doc')));
    const rand = prng(20261206);
    const int = (n: number) => Math.floor(rand() * n);
    const bad: string[] = [];
    let failures = 0;
    const codes = new Map<string, number>();
    for (let i = 0; i < 500; i++) {
      let bytes = base.slice(0, i % 3 === 0 ? int(base.length) : base.length);
      if (i % 3 !== 0) for (let k = 1 + int(16); k > 0; k--) bytes[int(bytes.length)] = int(256);
      if (i % 7 === 0) bytes = bytes.slice(0, 512 + int(4096));
      try {
        await reportFromBytes(bytes, '损坏.doc');
      } catch (e) {
        failures++;
        if (e instanceof FileError) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
        if (!(e instanceof FileError) || !/[\u4e00-\u9fff]/.test(e.message)) bad.push(`#${i}: ${String(e)}`);
      }
    }
    console.log('500 个损坏的 .doc：', JSON.stringify(Object.fromEntries(codes)));
    expect(bad).toEqual([]);
    // The truncations fail: the count shows failures were exercised.
    expect(failures).toBeGreaterThan(100);
    // At least one ended its reader worker (the allocation past V8's limit): the files after it were still read.
    expect((codes.get('too-big') ?? 0) + (codes.get('damaged') ?? 0)).toBeGreaterThan(0);
  }, 300_000);
});

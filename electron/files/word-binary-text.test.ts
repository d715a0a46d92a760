import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../shared/file/errors.ts';
import { DOCX_FIXTURES } from '../../test/fixtures/make-docx-fixtures.ts';
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
});

import { describe, expect, it } from 'vitest';
import { FileError } from '../file/errors.ts';
import { encodeGbk } from '../../test/fixtures/gbk.ts';
import { importTruth, tableFacts } from '../../test/fixtures/import-truth.ts';
import { reportHtml } from '../../test/fixtures/report-html.ts';
import { mht } from '../../test/fixtures/office-exports.ts';
import { importFile, sniffText } from './index.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('网页存档（MHT：Word 的“单个文件网页”，办公系统“导出 Word”常给出的 .doc）', () => {
  it.each([
    ['quoted-printable', 'gb2312'],
    ['base64', 'utf-8'],
  ] as const)('%s 编码、%s 字符集：单位、年度、表格和正文与原报告一致', async (encoding, charset) => {
    const r = importTruth();
    const html = reportHtml(r, charset);
    const page = charset === 'utf-8' ? ascii(html) : encodeGbk(html.replace(/&nbsp;/g, '&#160;'));
    const file = mht(page, encoding, charset);
    expect(sniffText('导出.doc', file)).toBe('mht');
    const { report, format } = await importFile('导出.doc', file);
    expect(format).toBe('html');
    expect([report.unit.name, report.year]).toEqual([r.unit.name, r.year]);
    expect(tableFacts(report)).toEqual(tableFacts(r));
    expect(report.sections.overview.paragraphs.map((p) => p.text)).toEqual(r.sections.overview.paragraphs.map((p) => p.text));
  });

  it('没有网页部分的存档：说明原因，不崩溃', async () => {
    const onlyImage = ascii('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n');
    const e = await importFile('导出.mht', onlyImage).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toContain('没有网页内容');
  });
});

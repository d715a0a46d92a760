import { describe, expect, it } from 'vitest';
import { FileError } from '../file/errors.ts';
import { encodeGbk } from '../../test/fixtures/gbk.ts';
import { importTruth, tableFacts } from '../../test/fixtures/import-truth.ts';
import { reportHtml } from '../../test/fixtures/report-html.ts';
import { importFile, sniffText } from './index.ts';

const ascii = (s: string) => new TextEncoder().encode(s);

/** Quoted-printable as Word writes it: 8-bit bytes and '=' as =XX, lines cut at 76 with a soft break. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  for (const b of bytes) {
    const ch = b === 0x0a ? '\n' : b >= 0x20 && b < 0x7f && b !== 0x3d ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (ch === '\n') {
      lines.push(line);
      line = '';
      continue;
    }
    if (line.length + ch.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += ch;
  }
  lines.push(line);
  return lines.join('\r\n');
}

const base64 = (bytes: Uint8Array) => (Buffer.from(bytes).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');

/** A single-file web page as Word saves it (.mht) and office systems hand it out (.doc): the page, then an image. */
function mht(page: Uint8Array, encoding: 'quoted-printable' | 'base64', charset: string): Uint8Array {
  const boundary = '----=_NextPart_01DB0000.5A5A5A5A';
  return ascii(
    [
      'MIME-Version: 1.0',
      `Content-Type: multipart/related; boundary="${boundary}"`,
      '',
      '此文档为“单个文件网页”，也称为“Web 档案”文件。'.replace(/[^\x20-\x7e]/g, '?'),
      '',
      `--${boundary}`,
      'Content-Location: file:///C:/report.htm',
      `Content-Transfer-Encoding: ${encoding}`,
      `Content-Type: text/html; charset="${charset}"`,
      '',
      encoding === 'base64' ? base64(page) : quotedPrintable(page),
      '',
      `--${boundary}`,
      'Content-Location: file:///C:/report.files/image001.png',
      'Content-Transfer-Encoding: base64',
      'Content-Type: image/png',
      '',
      base64(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

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

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../file/errors.ts';
import { importFile, sniffText } from '../index.ts';
import { DOCX_FIXTURES } from '../../../test/fixtures/make-docx-fixtures.ts';
import { flatOpc } from '../../../test/fixtures/office-exports.ts';
import { readWordXml } from './word-xml.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const W2003 = 'http://schemas.microsoft.com/office/word/2003/wordml';
const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n';

describe('Word 文档存成的 XML（办公系统“导出 Word”常给出的 .doc）', () => {
  const docx = new Uint8Array(readFileSync(join(DOCX_FIXTURES, 'filled-template.docx')));

  it('Word 2007 以后的 XML 文档（各部件在一个文件里）：与 .docx 读出的报告完全相同', async () => {
    const xml = utf8(flatOpc(docx));
    expect(sniffText('导出.doc', xml)).toBe('word-xml');
    const fromXml = await importFile('导出.doc', xml);
    const fromDocx = await importFile('原件.docx', docx);
    expect(fromXml.report.unit.name).toBe('示例县青石镇人民政府');
    expect(fromXml.report.cells).toEqual(fromDocx.report.cells);
    expect(fromXml.report.sections).toEqual(fromDocx.report.sections);
  });

  it('Word 2003 XML：合并单元格写作 w:vmerge/w:hmerge，正文包在 wx:sect 里，批注和删除的字不算正文', () => {
    const cell = (text: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const comment = '<aml:annotation aml:id="0" w:type="Word.Comment"><aml:content><w:p><w:r><w:t>批注</w:t></w:r></w:p></aml:content></aml:annotation>';
    const deleted = '<aml:annotation aml:id="1" w:type="Word.Deletion"><aml:content><w:r><w:delText>删去</w:delText></w:r></aml:content></aml:annotation>';
    const inserted = '<aml:annotation aml:id="2" w:type="Word.Insertion"><aml:content><w:r><w:t>插入</w:t></w:r></aml:content></aml:annotation>';
    const body = [
      `<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>示例县某局2026年政府信息公开工作年度报告</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>正文</w:t></w:r>${comment}${deleted}${inserted}</w:p>`,
      '<w:tbl><w:tr>',
      cell('纵向', '<w:vmerge w:val="restart"/>'),
      cell('横向', '<w:hmerge w:val="restart"/>'),
      cell('', '<w:hmerge/>'),
      '</w:tr><w:tr>',
      cell('', '<w:vmerge/>'),
      cell('1'),
      cell('2'),
      '</w:tr></w:tbl>',
    ].join('');
    const styles = '<w:styles><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style></w:styles>';
    const xml = `${PROLOG}<w:wordDocument xmlns:w="${W2003}" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:aml="http://schemas.microsoft.com/aml/2001/core">${styles}<w:body><wx:sect><wx:sub-section>${body}</wx:sub-section></wx:sect></w:body></w:wordDocument>`;
    expect(readWordXml(xml).blocks).toEqual([
      { kind: 'paragraph', text: '示例县某局2026年政府信息公开工作年度报告', style: 'Title' },
      { kind: 'paragraph', text: '正文插入' },
      {
        kind: 'table',
        rows: [
          [{ text: '纵向', rowSpan: 2, colSpan: 1 }, { text: '横向', rowSpan: 1, colSpan: 2 }],
          [{ text: '1', rowSpan: 1, colSpan: 1 }, { text: '2', rowSpan: 1, colSpan: 1 }],
        ],
      },
    ]);
  });

  it('声明为 Word 文档却不是的 XML、损坏的 XML：说明原因，不崩溃', async () => {
    for (const [xml, says] of [
      [`${PROLOG}<other/>`, '不是 Word 文档'],
      [`${PROLOG}<w:wordDocument xmlns:w="${W2003}"><w:body><w:p>`, '已损坏'],
    ] as const) {
      const e = await importFile('导出.doc', utf8(xml)).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(FileError);
      expect((e as FileError).message).toContain(says);
    }
  });
});

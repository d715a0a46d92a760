import { describe, expect, it } from 'vitest';
import { describeStandIns, type FontStandIn } from './font-stand-ins.ts';

const missing: FontStandIn[] = [
  { role: 'table', official: '宋体', standIn: '思源宋体 Noto Serif SC' },
  { role: 'title', official: '方正小标宋简体', standIn: '思源宋体 Noto Serif SC Bold' },
  { role: 'body', official: '仿宋_GB2312', standIn: '思源宋体 Noto Serif SC' },
  { role: 'pageNumber', official: '宋体', standIn: '思源宋体 Noto Serif SC' },
];

describe('导出对话框中说明替代字体', () => {
  it('PDF：按标题、正文、表格的次序，说明用哪种内置字体代替哪种标准字体；表格和页码同为宋体，合为一行', () => {
    expect(describeStandIns('pdf', missing)).toEqual({
      lead: '本机缺少以下公文标准字体，导出的 PDF 中用内置字体代替（装上标准字体后再导出即用标准字体）：',
      lines: ['标题用 思源宋体 Noto Serif SC Bold 代替 方正小标宋简体', '正文用 思源宋体 Noto Serif SC 代替 仿宋_GB2312', '表格、页码用 思源宋体 Noto Serif SC 代替 宋体'],
    });
    expect(describeStandIns('print', missing)?.lead).toContain('打印时用内置字体代替');
  });

  it('Word 文档写明标准字体：只说本机缺哪些，由 Word/WPS 临时代替显示', () => {
    const d = describeStandIns('docx', missing)!;
    expect(d.lead).toContain('Word 文档中仍写明标准字体');
    expect(d.lines).toEqual(['标题：方正小标宋简体', '正文：仿宋_GB2312', '表格、页码：宋体']);
  });

  it('标准字体齐全时不说', () => {
    expect(describeStandIns('pdf', [])).toBeNull();
  });
});

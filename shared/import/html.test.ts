import { describe, expect, it } from 'vitest';
import { importTruth, tableFacts } from '../../test/fixtures/import-truth.ts';
import { encodeGbk } from '../../test/fixtures/gbk.ts';
import { reportHtml } from '../../test/fixtures/report-html.ts';
import { htmlToSource } from './html.ts';
import { SEC3_RESULTS_LABEL } from '../schema/index.ts';
import { importFile } from './index.ts';

const truth = importTruth;
const facts = tableFacts;

describe('网页（.html）', () => {
  it('表格的 rowspan/colspan、段落和标题按阅读顺序读出，排版用的外层表格打开读其内容', () => {
    const doc = htmlToSource(reportHtml(truth()));
    const tables = doc.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(3);
    const sec3 = tables[1]!;
    expect(sec3.kind === 'table' && sec3.rows[0]![0]).toMatchObject({ rowSpan: 3, colSpan: 3 });
    expect(doc.blocks.some((b) => b.kind === 'paragraph' && b.text.includes('var nav'))).toBe(false);
    expect(doc.blocks.find((b) => b.kind === 'paragraph' && b.style === 'h1')).toEqual({ kind: 'paragraph', text: '示例县青石镇人民政府2026年政府信息公开工作年度报告', style: 'h1' });
  });

  it.each(['utf-8', 'gb2312'])('保存的网页（%s 编码）导入：数字、开头段落和正文都与原报告一致', async (charset) => {
    const r = truth();
    const html = reportHtml(r, charset);
    const bytes = charset === 'utf-8' ? new TextEncoder().encode(html) : encodeGbk(html.replace(/&nbsp;/g, '&#160;'));
    const { report, flags, format } = await importFile('2026年报.htm', bytes);
    expect(format).toBe('html');
    expect(facts(report)).toEqual(facts(r));
    expect(flags.filter((f) => f.cell)).toEqual([]);
    expect(report.unit.name).toBe('示例县青石镇人民政府');
    // The page's metadata, buttons and footer (test/fixtures/page-chrome.ts) are not the report's.
    expect(report.preamble).toEqual(r.preamble);
    expect(report.sections.other.paragraphs).toEqual(r.sections.other.paragraphs);
    expect(report.sections.overview.paragraphs.map((p) => [p.heading, p.text])).toEqual(
      r.sections.overview.paragraphs.map((p) => [p.heading, p.text]),
    );
  });

  it('空白的值单元格（&nbsp;）读作未填并标记，不当作 0', async () => {
    const r = truth();
    delete r.cells['sec2.licensing'];
    const { report, flags } = await importFile('a.html', new TextEncoder().encode(reportHtml(r)));
    expect(report.cells['sec2.licensing']).toBeUndefined();
    expect(flags.filter((f) => f.cell).map((f) => f.cell)).toEqual(['sec2.licensing']);
  });

  // pdf.js 5.5 returns only 「三、本年」 of 102/103 洪泽's vertical label (the rest of its Identity-V run is lost);
  // rows are found by their own labels, so the group caption cut short, one character a line, or gone is harmless.
  it.each([
    ['cut short as pdf.js reads 102/103', '三、本年'],
    ['one character a line', [...SEC3_RESULTS_LABEL].join('<br>')],
    ['missing', '&nbsp;'],
  ])('表三纵向合并的“三、本年度办理结果”%s：数字照样逐格对上，不加标记', async (_how, label) => {
    const r = truth();
    const html = reportHtml(r).replace(`>${SEC3_RESULTS_LABEL}<`, `>${label}<`);
    expect(html).not.toContain(SEC3_RESULTS_LABEL);
    const { report, flags } = await importFile('a.html', new TextEncoder().encode(html));
    expect(facts(report)).toEqual(facts(r));
    expect(flags.filter((f) => f.cell || f.reason.includes('找不到所属的行'))).toEqual([]);
  });
});

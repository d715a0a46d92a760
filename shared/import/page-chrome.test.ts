import { describe, expect, it } from 'vitest';
import { importTruth, tableFacts } from '../../test/fixtures/import-truth.ts';
import { CHROME_AFTER_REPORT, CHROME_AFTER_TITLE, CHROME_BEFORE_TITLE, withPageChrome } from '../../test/fixtures/page-chrome.ts';
import { renderReport } from '../../test/fixtures/report-text.ts';
import { importText } from './index.ts';
import { isPageChrome } from './page-chrome.ts';

describe('isPageChrome: the website’s lines, never the report’s', () => {
  it.each([...CHROME_BEFORE_TITLE, ...CHROME_AFTER_TITLE, ...CHROME_AFTER_REPORT])('chrome: %s', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each(['【字体：大中小】【打印本页】【关闭窗口】', '上一篇下一篇', '收藏(3)  分享  打印'])('chrome with its spaces lost: %s', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each(['— 5 —', '- 12 -', '－3－', '―2―', '第 5 页', '第5页 共6页', '第 5 页，共 6 页', '共6页 第5页'])('a page number as a line of its own: %s', (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it.each([
    '5',
    '12',
    '-5',
    '第5页的表格中',
    '本年度办理5件（详见第5页）',
    '本报告由示例县青石镇人民政府编制。如对本报告有疑问，请与镇党政办联系（电话：0000-0000000）。',
    '示例县青石镇人民政府2026年政府信息公开工作年度报告',
    '一、总体情况',
    '（一）主动公开',
    '无其他需要报告的事项',
    '本年度未收取信息处理费',
    '行政许可\t1520',
    '来源广泛的意见建议均已办理。',
    '大中小学校信息公开工作',
    '打印复印费用按规定收取',
  ])('report: %s', (line) => {
    expect(isPageChrome(line)).toBe(false);
  });
});

describe('a report copied from a web page with the site around it', () => {
  it('the opening paragraph, the last section and the tables are the report’s alone', () => {
    const r = importTruth();
    const { report, flags } = importText(withPageChrome(renderReport(r, 'tab')));
    expect(report.unit.name).toBe(r.unit.name);
    expect(report.year).toBe(r.year);
    expect(report.preamble).toEqual(r.preamble);
    expect(report.sections.other.paragraphs).toEqual(r.sections.other.paragraphs);
    expect(tableFacts(report)).toEqual(tableFacts(r));
    expect(flags.filter((f) => f.cell)).toEqual([]);
  });
});

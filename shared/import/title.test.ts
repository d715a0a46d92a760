import { describe, expect, it } from 'vitest';
import { importText } from './index.ts';
import { findTitle, periodYear } from './title.ts';

const BODY = ['一、总体情况', '2024年，我局认真贯彻《条例》。'];
const PERIOD = '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。';

function titleOf(head: string[], body: string[] = BODY) {
  const lines = [...head, ...body];
  return findTitle(lines, head.length);
}

describe('the title block: unit and year as a website, a crawler or OCR printed them', () => {
  it.each([
    ['the page’s label 标题:', ['标题:某某片区管理局2024年政府信息公开工作年度报告'], '某某片区管理局'],
    ['the page’s label 标题：with a full-width colon', ['标题：某某片区管理局2024年政府信息公开工作年度报告'], '某某片区管理局'],
    ['the page’s label 名称 run into the name', ['名称某某县发展和改革局2024年政府信息公开工作年度报告'], '某某县发展和改革局'],
    ['「关于」 after the unit', ['某某片区管理局关于2024年政府信息公开工作年度报告'], '某某片区管理局'],
    ['「关于…的报告」 around the title', ['关于某某片区管理局2024年政府信息公开工作年度报告的报告'], '某某片区管理局'],
    ['a title split over two lines, with spaces', ['2024 年某某市科委政府信息公开工作', '年度报告'], '某某市科委'],
    ['the unit on a line of its own', ['某某市科委', '2024年政府信息公开工作年度报告'], '某某市科委'],
    ['Markdown marks and spaces between characters', ['# 某 某 镇 人 民 政 府 2024 年 度 政 府 信 息 公 开 工 作 年 度 报 告'], '某某镇人民政府'],
    ['a label, then a title split mid-phrase', ['标题：某某镇人民政府2024年政府信息公开', '工作年度报告'], '某某镇人民政府'],
  ])('%s', (_why, head, unit) => {
    const t = titleOf(head);
    expect(t.unit).toBe(unit);
    expect(t.year).toBe(2024);
    expect(t.blocks).toHaveLength(head.length);
  });

  it('a title without a year takes the year of the statistics period sentence, and says so', () => {
    const t = titleOf(['某某县发展和改革局政府信息公开工作年度报告'], [...BODY, PERIOD]);
    expect(t).toMatchObject({ unit: '某某县发展和改革局', year: 2024, yearFrom: 'period' });
    const { report, flags } = importText(['某某县发展和改革局政府信息公开工作年度报告', ...BODY, PERIOD].join('\n'));
    expect(report.unit.name).toBe('某某县发展和改革局');
    expect(report.year).toBe(2024);
    expect(flags).toContainEqual(expect.objectContaining({ reason: expect.stringContaining('已按统计期限取2024年') }));
  });

  it('the title’s year comes before the statistics period’s', () => {
    expect(titleOf(['某某镇人民政府2023年政府信息公开工作年度报告'], [...BODY, PERIOD]).year).toBe(2023);
  });

  it('a period that spans two years is not a report year', () => {
    expect(periodYear(['统计期限自2023年1月1日起至2024年12月31日止。'])).toBeNull();
    expect(periodYear([PERIOD])).toBe(2024);
  });

  it('the metadata lines above the title are neither the unit nor the opening paragraph', () => {
    const { report } = importText(
      ['发布机构：某某县发展和改革局', '索引号：11410000-2025-00012', '标题:某某县发展和改革局2024年政府信息公开工作年度报告', ...BODY].join('\n'),
    );
    expect(report.unit.name).toBe('某某县发展和改革局');
    expect(report.year).toBe(2024);
    expect(report.preamble.map((p) => p.text).join('')).not.toContain('索引号');
  });
});

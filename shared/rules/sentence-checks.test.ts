import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { findingsOf, withText } from '../../test/fixtures/prose.ts';
import { sec3Address, sec4Address } from '../schema/index.ts';
import { numberOf } from '../report/cells.ts';
import { cellFromNumber } from '../values/parse.ts';
import { brokenSentenceSums } from './text-sentence-sums.ts';

describe('「共处理…申请N件」与（七）总计（docs/format.md §4.12）', () => {
  it('不符时指出，并给出“改为”总计', () => {
    const r = consistentReport();
    const total = numberOf(r, sec3Address('total', 6));
    const f = findingsOf(withText(r, 'applications', 0, `全年共处理政府信息公开申请${total + 5}件。`), 'text-numbers');
    expect(f.map((x) => x.fix?.label)).toEqual([`改为 ${total}`]);
  });

  it('相符时不报', () => {
    const r = consistentReport();
    const total = numberOf(r, sec3Address('total', 6));
    expect(findingsOf(withText(r, 'applications', 0, `全年共处理政府信息公开申请${total}件。`), 'text-numbers')).toEqual([]);
  });
});

describe('同一句中的总数与“其中”各项（docs/format.md §4.20）', () => {
  it.each([
    ['各项之和超过总数', '主动公开政府信息120条，其中通过网站公开80条，通过政务新媒体公开60条。', [120, [80, 60]]],
    ['写“分别”而各项之和少于总数', '公开政府信息100条，其中分别为政策文件30条、工作动态50条。', [100, [30, 50]]],
  ])('%s：报告', (_why, text, [total, parts]) => {
    expect(brokenSentenceSums(text)).toEqual([expect.objectContaining({ total, parts })]);
    const f = findingsOf(withText(consistentReport(), 'proactive', 0, text), 'text-sentence-sums');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(`句中写共 ${total}`);
  });

  it.each([
    ['各项之和等于总数', '主动公开政府信息120条，其中通过网站公开80条，通过政务新媒体公开40条。'],
    ['“其中”只列了部分', '主动公开政府信息120条，其中通过网站公开80条、通过微信公开10条。'],
    ['只有一项', '主动公开政府信息120条，其中政策解读12条。'],
    ['单位不同', '收到申请10件，其中涉及3个部门、5个乡镇。'],
    ['与上年比较', '主动公开政府信息120条，比上年增加20条，其中网站100条、微信30条。'],
  ])('%s：不报', (_why, text) => {
    expect(brokenSentenceSums(text)).toEqual([]);
  });
});

describe('第四部分写“未发生”而表四有案件（docs/format.md §4.21）', () => {
  const withCases = () => {
    const r = consistentReport();
    for (let i = 0; i < 15; i++) r.cells[sec4Address(i)] = cellFromNumber(0);
    r.cells[sec4Address(0)] = cellFromNumber(2);
    r.cells[sec4Address(4)] = cellFromNumber(2);
    return r;
  };

  it('表四有行政复议 2 件，正文“未发生行政复议、行政诉讼案件”：报告，指向表四的总计', () => {
    const f = findingsOf(withText(withCases(), 'review', 0, '2024年，本机关未发生因政府信息公开引起的行政复议、行政诉讼案件。'), 'sec4-prose-none');
    expect(f).toHaveLength(1);
    expect(f[0]!.cells).toContain(sec4Address(4));
    expect(f[0]!.message).toContain('共 2 件');
  });

  it.each([
    ['只说没有行政诉讼', '本机关未发生行政诉讼案件。'],
    ['未经复议直接起诉', '未经复议直接起诉的行政诉讼0件。'],
    ['尚未审结', '尚未审结的行政复议0件。'],
  ])('%s：不报', (_why, text) => {
    expect(findingsOf(withText(withCases(), 'review', 0, text), 'sec4-prose-none')).toEqual([]);
  });

  it('表四没有案件时，“未发生”不报', () => {
    const r = consistentReport();
    for (let i = 0; i < 15; i++) r.cells[sec4Address(i)] = cellFromNumber(0);
    expect(findingsOf(withText(r, 'review', 0, '未发生行政复议、行政诉讼案件。'), 'sec4-prose-none')).toEqual([]);
  });
});

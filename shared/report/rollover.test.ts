import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { checkReport } from '../rules/index.ts';
import { sec3Address } from '../schema/index.ts';
import { movePeriodSentence, rollOver } from './rollover.ts';
import { withComputedTotals } from './totals.ts';

function lastYear() {
  const r = consistentReport();
  r.year = 2025;
  r.cells[sec3Address('carriedForward', 1)] = { raw: '2', value: 2 };
  r.sections.overview.paragraphs[0]!.text =
    '本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。2025年，青石镇主动公开政府信息 320 条。';
  r.sections.overview.paragraphs[1]!.text = '全年共收到政府信息公开申请 15 件，均已按时答复。';
  r.sections.problems.paragraphs[0]!.text = '下一步，我镇将进一步规范信息发布。';
  return r;
}

describe('从上年报告新建（年度滚动）', () => {
  it('开头段落随报告滚动：统计期限改到本年，仍写上年年份的标出核对', () => {
    const last = lastYear();
    last.preamble = [{ heading: '', text: '本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。2025年如对本报告有疑问，请联系。' }];
    const [p] = rollOver(last).preamble;
    expect(p!.text).toContain('统计期限自2026年1月1日起至2026年12月31日止');
    expect(p!.review).toEqual(['仍写有上年年份“2025年”，请确认是否应改为本年']);
  });

  it('年份加一，单位不变', () => {
    const r = rollOver(lastYear());
    expect(r.year).toBe(2026);
    expect(r.unit).toEqual(lastYear().unit);
    expect(r.meta.origin).toBe('rollover');
  });

  it('上年的版式选择（表格不跨页、小标题接排）沿用到本年', () => {
    const last = lastYear();
    expect(rollOver(last).layout).toBeUndefined();
    last.layout = { tablesWhole: true, subheadings: 'runIn' };
    const r = rollOver(last);
    expect(r.layout).toEqual({ tablesWhole: true, subheadings: 'runIn' });
    expect(r.layout).not.toBe(last.layout);
  });

  it('上年结转逐列取上年的“结转下年度继续办理”', () => {
    const r = rollOver(lastYear());
    expect([0, 1, 2, 3, 4, 5, 6].map((c) => r.cells[sec3Address('carriedOver', c)]?.value)).toEqual([1, 2, 0, 0, 0, 0, 1]);
    expect(r.lastYear?.carriedForward).toEqual([1, 2, 0, 0, 0, 0, 1]);
  });

  it('上年现行有效件数留作本年核对的基数', () => {
    const r = rollOver(lastYear());
    expect(r.lastYear?.effective).toEqual({ rules: 0, normativeDocs: 12 });
    expect(r.lastYear?.year).toBe(2025);
  });

  it('上年表格的每个数字留作与上年对比（手工填写的表格按填写的总计，自动计算的按算出的）', () => {
    const last = lastYear();
    const r = rollOver(last);
    const filled = Object.entries(last.cells).filter(([, c]) => c.value !== null);
    expect(Object.keys(r.lastYear!.cells!)).toHaveLength(filled.length);
    expect(r.lastYear!.cells![sec3Address('granted', 0)]).toBe(6);
    expect(r.lastYear!.cells![sec3Address('carriedForward', 1)]).toBe(2);
    const auto = { ...last, autoTotals: { sec3: true, sec4: true }, cells: { ...last.cells, [sec3Address('granted', 6)]: { raw: '', value: null } } };
    expect(rollOver(auto).lastYear!.cells![sec3Address('granted', 6)]).toBe(8);
  });

  it('其他数字全部清空，自动计算总计', () => {
    const r = rollOver(lastYear());
    const filled = Object.keys(r.cells).filter((a) => r.cells[a]!.raw !== '');
    expect(filled.every((a) => a.startsWith('sec3.rows.carriedOver'))).toBe(true);
    expect(r.autoTotals).toEqual({ sec3: true, sec4: true });
    expect(r.reasons).toEqual({});
  });

  it('统计期限改为新年度，其余写着上年年份或上年数字的段落标记待核', () => {
    const r = rollOver(lastYear());
    const [p0, p1] = r.sections.overview.paragraphs;
    expect(p0!.text).toContain('统计期限自2026年1月1日起至2026年12月31日止');
    expect(p0!.review).toEqual(['仍写有上年年份“2025年”，请确认是否应改为本年']);
    expect(p1!.review).toEqual(['“15 件”与上年报告的数字相同（表三一、本年新收政府信息公开申请数量 · 总计），请按本年数据更新']);
    expect(r.sections.problems.paragraphs[0]!.review).toBeUndefined();
  });

  it('统计期限的各种写法', () => {
    expect(movePeriodSentence('统计期限为2025年1月1日至2025年12月31日', 2026)).toBe('统计期限为2026年1月1日至2026年12月31日');
    expect(movePeriodSentence('统计期限自 2025 年 1 月 1 日起至 2025 年 12 月 31 日止', 2026)).toBe(
      '统计期限自2026年1月1日起至2026年12月31日止',
    );
  });

  it('正文中提到的本报告标题改为新年度，其他年份不动', () => {
    expect(movePeriodSentence('现公布青石镇2025年政府信息公开工作年度报告。', 2026)).toBe('现公布青石镇2026年政府信息公开工作年度报告。');
    expect(movePeriodSentence('参照2023年政府信息公开工作年度报告', 2026)).toBe('参照2023年政府信息公开工作年度报告');
  });

  it('滚动后的报告填入本年数字即可通过核对', () => {
    const r = rollOver(lastYear());
    r.cells[sec3Address('newReceived', 0)] = { raw: '3', value: 3 };
    r.cells[sec3Address('granted', 0)] = { raw: '4', value: 4 };
    r.cells[sec3Address('granted', 1)] = { raw: '2', value: 2 };
    r.cells = withComputedTotals(r);
    expect(checkReport(r).filter((f) => f.severity === 'error')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { findingsOf, withText } from '../../test/fixtures/prose.ts';
import type { Report } from '../report/model.ts';
import { sec3Address } from '../schema/index.ts';
import { cellFromNumber } from '../values/parse.ts';
import { applyFix } from './fix.ts';

/** The consistent fixture with 2 applications dropped for an unpaid fee notice (moved from 3.其他). */
function withUnpaid(r: Report): Report {
  const cells = { ...r.cells };
  cells[sec3Address('other_2', 0)] = cellFromNumber(2);
  cells[sec3Address('other_2', 6)] = cellFromNumber(2);
  cells[sec3Address('granted', 0)] = cellFromNumber((r.cells[sec3Address('granted', 0)]!.value ?? 0) - 2);
  cells[sec3Address('granted', 6)] = cellFromNumber((r.cells[sec3Address('granted', 6)]!.value ?? 0) - 2);
  return { ...r, cells };
}

const done = (r: Report) => findingsOf(r, 'text-completeness', 'final');

describe('正文完整', () => {
  it('删掉第六部分：没有正文、没有信息处理费说明', () => {
    const r = withText(consistentReport(), 'other', 0, '');
    expect(done(r).map((f) => f.message)).toEqual([
      '第六部分第 1 段：“六、其他需要报告的事项”还没有正文',
      '第六部分第 1 段：第六部分没有说明信息处理费的收取情况（如“本年度未收取信息处理费”或“收取信息处理费…元”）',
    ]);
  });

  it('填写过程中，空着的部分是待办而不是问题', () => {
    expect(findingsOf(withText(consistentReport(), 'other', 0, ''), 'text-completeness', 'editing')).toEqual([]);
  });

  it('第六部分写了别的事，没有信息处理费：建议补上标准句，一键补上后不再提示', () => {
    const r = withText(consistentReport(), 'other', 0, '无其他需要报告的事项');
    const f = done(r);
    expect(f.map((x) => x.paragraph)).toEqual([{ section: 'other', index: 0 }]);
    expect(f[0]!.fix?.label).toBe('建议：补上“本年度未收取信息处理费。”');
    const fixed = applyFix(r, f[0]!);
    expect(fixed.sections.other.paragraphs[0]!.text).toBe('无其他需要报告的事项。本年度未收取信息处理费。');
    expect(done(fixed)).toEqual([]);
  });

  it('第六部分一段也没有：补上的标准句成为第一段', () => {
    const r = consistentReport();
    const empty = { ...r, sections: { ...r.sections, other: { paragraphs: [] } } };
    const f = done(empty).find((x) => x.fix)!;
    const fixed = applyFix(empty, f);
    expect(fixed.sections.other.paragraphs).toEqual([{ heading: '', text: '本年度未收取信息处理费。' }]);
  });

  it('逾期未缴费大于 0 而第六部分只说未收取：提示收费通知，建议补上表中的事实', () => {
    const r = withText(withUnpaid(consistentReport()), 'other', 0, '本年度未收取信息处理费。');
    const f = done(r);
    expect(f.map((x) => x.message)).toEqual([
      '第六部分第 1 段：表三（六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请为 2 件，说明本年发出过收费通知，正文却只说“未收取”：请写明收费通知和缴费情况',
    ]);
    expect(f[0]!.cells).toEqual([sec3Address('other_2', 6)]);
    const fixed = applyFix(r, f[0]!);
    expect(fixed.sections.other.paragraphs[0]!.text).toBe(
      '本年度未收取信息处理费。本年度有 2 件申请的申请人逾期未按收费通知要求缴纳信息处理费，本机关不再处理。',
    );
    expect(done(fixed)).toEqual([]);
  });

  it('逾期未缴费大于 0：写了收费通知，或收取了费用，都不提示', () => {
    const r = withUnpaid(consistentReport());
    expect(done(withText(r, 'other', 0, '本年度发出收费通知2件，申请人均未缴费，未收取信息处理费。'))).toEqual([]);
    expect(done(withText(r, 'other', 0, '收取信息处理费 300 元。'))).toEqual([]);
  });

  it('逾期未缴费大于 0 而没有信息处理费说明：建议的句子说出收费通知', () => {
    const r = withText(withUnpaid(consistentReport()), 'other', 0, '无其他需要报告的事项。');
    const f = done(r);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('说明本年发出过收费通知');
    expect(done(applyFix(r, f[0]!))).toEqual([]);
  });

  it.each(['收取信息处理费 3940 元。', '本年度没有收取信息处理费。', '未产生信息处理费。'])('信息处理费说明“%s”', (text) => {
    expect(done(withText(consistentReport(), 'other', 0, text))).toEqual([]);
  });

  it('总体情况没有一个本单位的具体数字：像通用的套话，提示写明实际工作', () => {
    const generic = (text: string): Report => {
      const r = consistentReport();
      return { ...r, sections: { ...r.sections, overview: { ...r.sections.overview, paragraphs: [{ heading: '', text }] } } };
    };
    const said = (r: Report) => done(r).filter((f) => f.message.includes('具体数字')).map((f) => f.message);
    expect(said(generic('2025年，各级政府部门认真贯彻落实条例，进一步加强政府信息公开工作，取得明显成效。'))).toEqual([
      '第一部分第 1 段：“一、总体情况”没有一个本单位本年度的具体数字（如主动公开信息多少条、办理申请多少件），读来像通用的套话；请写明本年度的实际工作',
    ]);
    expect(said(generic('2025年，本镇通过政府网站主动公开政府信息126条。'))).toEqual([]);
    expect(said(generic('2025年，本镇举办政务公开培训三次。'))).toEqual([]);
    // A figure still to be filled in is the placeholder rule's finding, not this one.
    expect(said(generic('2025年，本镇主动公开政府信息××条。'))).toEqual([]);
    expect(said(consistentReport())).toEqual([]);
  });

  it('“七、”开头的部分', () => {
    const r = withText(consistentReport(), 'other', 1, '七、其他需要报告的事项');
    const f = done(r);
    expect(f.map((x) => x.message)).toEqual(['第六部分第 2 段：“七、其他需要报告的事项”：年报只有六个部分，其他需要报告的事项是第六部分']);
    expect(f[0]!.fix?.label).toBe('改为“六、”');
    expect(applyFix(r, f[0]!).sections.other.paragraphs[1]!.text).toBe('六、其他需要报告的事项');
  });

  it('小标题写成“七、”：改的是小标题', () => {
    const r = withText(consistentReport(), 'other', 1, '本年度未收取信息处理费。', '七、其他需要报告的事项');
    const f = done(r);
    expect(f[0]!.fix).toMatchObject({ field: 'heading' });
    expect(done(applyFix(r, f[0]!)).filter((x) => x.message.includes('七、'))).toEqual([]);
  });

  it('另一部分的标题写在了这一部分', () => {
    const f = done(withText(consistentReport(), 'applications', 1, '五、存在的主要问题及改进情况'));
    expect(f.map((x) => x.paragraph)).toEqual([{ section: 'applications', index: 1 }]);
  });

  it.each(['国办公开办涵〔2021〕30号', '国办发〔2021〕30号', '国办公开办函[2021]30号'])('格式文号写错“%s”', (wrong) => {
    const r = withText(consistentReport(), 'other', 1, `本报告按照${wrong}要求编制。`);
    const f = done(r);
    expect(f).toHaveLength(1);
    expect(f[0]!.fix?.label).toBe('改为“国办公开办函〔2021〕30号”');
    expect(done(applyFix(r, f[0]!))).toEqual([]);
  });

  it('信息处理费写成万元、行政事业性收费写成元', () => {
    const r = withText(consistentReport(), 'other', 0, '收取信息处理费0.3万元。行政事业性收费123456元。');
    expect(done(r).map((f) => f.message.split('：')[1])).toEqual(['“信息处理费0.3万元”', '“行政事业性收费123456元”']);
  });

  it('乡镇政府没有写考核、评议、追究', () => {
    const r = withText(consistentReport(), 'overview', 4, '明确分管负责同志。');
    const f = done(r);
    expect(f.map((x) => x.message)).toEqual([
      '第一部分第 5 段：各级人民政府的年度报告应包括工作考核、社会评议和责任追究结果情况（条例第五十条），正文未提到工作考核、社会评议、责任追究',
    ]);
  });

  it('县级部门不要求考核、评议、追究', () => {
    const r = withText({ ...consistentReport(), unit: { name: '示例县统计局', kind: 'countyDept' } }, 'overview', 4, '明确分管负责同志。');
    expect(done(r)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { findingsOf, withText } from '../../test/fixtures/prose.ts';
import type { Report } from '../report/model.ts';
import { applyFix } from './fix.ts';

const slips = (r: Report) => findingsOf(r, 'text-slips');
const one = (text: string) => {
  const r = withText(consistentReport(), 'problems', 0, text);
  return { r, f: slips(r) };
};

describe('文字差错', () => {
  it.each([
    ['加强培训的的能力。', '“的的”重复了“的”', '加强培训的能力。'],
    ['下一步将进一步进一步提升质量。', '“进一步进一步”重复了“进一步”', '下一步将进一步提升质量。'],
    ['存在问题,下一步改进;完善流程。', '中文句子中用了半角标点“, ;”，应为全角', '存在问题，下一步改进；完善流程。'],
    ['下一步将加强业务培训并完善信息发布审核流程', '段落末尾缺少句号“。”', '下一步将加强业务培训并完善信息发布审核流程。'],
  ])('“%s”', (text, message, fixedText) => {
    const { r, f } = one(text);
    expect(f.map((x) => x.message)).toEqual([`第五部分第 1 段：${message}`]);
    const fixed = applyFix(r, f[0]!);
    expect(fixed.sections.problems.paragraphs[0]!.text).toBe(fixedText);
    expect(slips(fixed)).toEqual([]);
  });

  it('括号、引号不成对', () => {
    expect(one('按照《条例》（第五十条要求办理。').f.map((x) => x.message)).toEqual([
      '第五部分第 1 段：“（”1 个、“）”0 个，括号或引号不成对',
    ]);
    expect(one('坚持“公开为常态原则。').f).toHaveLength(1);
  });

  it('AABB 叠词不算重复', () => {
    expect(one('认认真真做好工作。').f).toEqual([]);
  });

  it('同一部分混用“一是”和“1.”', () => {
    let r = withText(consistentReport(), 'problems', 0, '存在问题：一是更新不及时，二是解读不足。');
    r = withText(r, 'problems', 1, '1. 完善发布流程。');
    expect(slips(r).map((f) => [f.paragraph, f.message])).toEqual([
      [{ section: 'problems', index: 1 }, '第五部分第 2 段：同一部分中混用了“一是、二是”和“1. 2.”两种序号，请统一'],
    ]);
  });

  it('小标题序号不连续，一键改正', () => {
    const r = withText(consistentReport(), 'overview', 2, '政府信息管理工作有序开展。', '（四）政府信息管理');
    const f = slips(r);
    expect(f.map((x) => x.message)).toEqual(['第一部分第 3 段：小标题“（四）”顺序不对，此处应为“（三）”']);
    const fixed = applyFix(r, f[0]!);
    expect(fixed.sections.overview.paragraphs[2]!.heading).toBe('（三）政府信息管理');
  });
});

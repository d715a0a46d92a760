import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { findingsOf, withText } from '../../test/fixtures/prose.ts';
import { blankReport } from '../report/blank.ts';
import { modelSections } from '../report/model-paragraphs.ts';
import { applyFix } from './fix.ts';

const ph = (r: ReturnType<typeof consistentReport>) => findingsOf(r, 'text-placeholders');

describe('占位符', () => {
  it.each(['主动公开政府信息××条。', '主动公开政府信息XX条。', '由某某负责。', '详见（）。', '依据《》办理。'])('“%s”', (text) => {
    const f = ph(withText(consistentReport(), 'overview', 0, text));
    expect(f).toHaveLength(1);
    expect(f[0]!.paragraph).toEqual({ section: 'overview', index: 0 });
    expect(f[0]!.message).toMatch(/^第一部分第 1 段：有未填写的占位符“.+”，请填入实际内容$/);
  });

  it('范文中的“本单位”：一键改为单位名称', () => {
    const r0 = blankReport({ unit: '示例县青石镇人民政府', kind: 'township', year: 2026 });
    const r = { ...r0, sections: modelSections('township', 2026) };
    const f = ph(r).filter((x) => x.message.includes('本单位'));
    expect(f.map((x) => x.paragraph)).toEqual([
      { section: 'problems', index: 0 },
      { section: 'other', index: 0 },
    ]);
    const fixed = applyFix(r, f[1]!);
    expect(fixed.sections.other.paragraphs[0]!.text).toBe('示例县青石镇人民政府2026年度未收取信息处理费。无其他需要报告的事项。');
  });

  it('自己写的“本单位”不是占位符', () => {
    expect(ph(withText(consistentReport(), 'other', 0, '本单位2026年度未收取政府信息公开信息处理费。'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import { findingsOf, withText } from '../../test/fixtures/prose.ts';
import { rollOver } from '../report/rollover.ts';
import { applyFix } from './fix.ts';

const stale = (r: ReturnType<typeof consistentReport>) => findingsOf(r, 'text-stale');

describe('上年留下的文字', () => {
  it('统计期限写的是上一年：指出并可一键改为本年', () => {
    const r = withText(consistentReport(), 'other', 1, '本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。');
    const f = stale(r);
    expect(f.map((x) => x.message)).toEqual([
      '第六部分第 2 段：统计期限“统计期限自2025年1月1日起至2025年12月31日”不是本报告的年度 2026 年',
    ]);
    expect(f[0]!.paragraph).toEqual({ section: 'other', index: 1 });
    const fixed = applyFix(r, f[0]!);
    expect(fixed.sections.other.paragraphs[1]!.text).toBe('本报告所列数据的统计期限自2026年1月1日起至2026年12月31日止。');
    expect(stale(fixed)).toEqual([]);
  });

  it('上年写的本年计划「2026年，我镇将……」', () => {
    const r = withText(consistentReport(), 'problems', 0, '2026年，我镇将重点做好以下工作：完善制度。');
    const f = stale(r);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('2026年报告的计划应写 2027 年');
    expect(applyFix(r, f[0]!).sections.problems.paragraphs[0]!.text).toBe('2027年，我镇将重点做好以下工作：完善制度。');
  });

  it('「结转至2026年」在2026年报告中应为2027年', () => {
    const r = withText(consistentReport(), 'applications', 0, '另有1件申请结转至2026年办理。');
    expect(stale(r).map((f) => f.fix?.label)).toEqual(['改为 2027 年']);
    expect(stale(withText(consistentReport(), 'applications', 0, '另有1件申请结转至2027年办理。'))).toEqual([]);
  });

  it('与上年报告相同的句子和未改动的比例；改写后消失', () => {
    const last = { ...consistentReport(), year: 2025 };
    const rolled = rollOver(last, { year: 2026, now: new Date('2026-12-01T00:00:00Z') });
    const f = stale(rolled);
    const share = f.find((x) => !x.paragraph)!;
    expect(share.message).toMatch(/^正文约 9\d% 与上年报告相同（7 句未改动）$/);
    expect(f.find((x) => x.paragraph?.section === 'overview')?.message).toBe(
      '第一部分：第 1、2、3、4、5 段共有 6 句与上年报告完全相同，如“本年度通过镇政府信息公开专栏主动公开政府信息120条。”，请按本年情况改写',
    );
    // Short standard sentences (「本年度未收取信息处理费。」) may stay the same every year.
    expect(f.find((x) => x.paragraph?.section === 'other')).toBeUndefined();
    let r = rolled;
    for (const [section, ps] of Object.entries(r.sections)) {
      ps.paragraphs.forEach((p, i) => {
        if (p.text) r = withText(r, section as 'overview', i, `${p.text.slice(0, 4)}本年改写的内容，第${i + 1}段。`);
      });
    }
    expect(stale(r)).toEqual([]);
  });
});

describe('与上年相同：每部分一条', () => {
  it('同一部分几段都与上年相同：一条，列出各段', () => {
    const last = { ...consistentReport(), year: 2025 };
    const lastText = '本年度通过镇政府信息公开专栏主动公开政府信息120条。';
    last.sections.proactive.paragraphs = [
      { heading: '', text: lastText },
      { heading: '', text: '本镇共收到政府信息公开申请三件，全部按期答复完毕。' },
      { heading: '', text: '本镇进一步完善政府信息公开工作机制，明确专人负责。' },
    ];
    const rolled = rollOver(last, { year: 2026, now: new Date('2026-12-01T00:00:00Z') });
    const f = stale(rolled).filter((x) => x.paragraph?.section === 'proactive');
    expect(f.map((x) => x.message)).toEqual([
      `第二部分：第 1、2、3 段共有 3 句与上年报告完全相同，如“${lastText}”，请按本年情况改写`,
    ]);
    expect(f[0]!.paragraph).toEqual({ section: 'proactive', index: 0 });
  });
});

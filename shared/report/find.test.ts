import { describe, expect, it } from 'vitest';
import { blankReport } from './blank.ts';
import { charCount, findMatches, matchesIn, replaceAll, replaceMatch, sectionCharCount, totalCharCount } from './find.ts';
import type { Report } from './model.ts';

function sample(): Report {
  const r = blankReport({ unit: '示例镇2024工作组', kind: 'township', year: 2025 });
  r.sections.overview.paragraphs = [
    { heading: '（一）2024年主动公开', text: '2024年，本镇公开信息 12 条。2024年底完成。' },
    { heading: '', text: 'Abc abc' },
  ];
  r.sections.problems.paragraphs = [{ heading: '', text: '与2024年相比' }];
  r.preamble = [{ heading: '', text: '本报告依据条例编制。' }];
  return r;
}

describe('查找和替换', () => {
  it('在单位名称、小标题和正文中按打印顺序找到每一处', () => {
    const m = findMatches(sample(), '2024');
    expect(m.map((x) => (x.field.kind === 'unit' ? 'unit' : `${x.field.section}.${x.field.index}.${x.field.part}@${x.start}`))).toEqual([
      'unit',
      'overview.0.heading@3',
      'overview.0.text@0',
      'overview.0.text@18',
      'problems.0.text@1',
    ]);
    expect(findMatches(sample(), 'ABC')).toHaveLength(2);
    expect(findMatches(sample(), '条例')[0]!.field).toEqual({ kind: 'paragraph', section: 'preamble', index: 0, part: 'text' });
    expect(replaceAll(sample(), '条例', '《条例》').report.preamble[0]!.text).toBe('本报告依据《条例》编制。');
    expect(findMatches(sample(), '')).toEqual([]);
  });

  it('一段文字中的每一处：不重叠，英文字母不分大小写，查找内容为空时没有', () => {
    expect(matchesIn('2024年，2024年底；20242024', '2024')).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 10 },
      { start: 13, end: 17 },
      { start: 17, end: 21 },
    ]);
    expect(matchesIn('aaa', 'aa')).toEqual([{ start: 0, end: 2 }]);
    expect(matchesIn('Abc ABC', 'abc')).toEqual([{ start: 0, end: 3 }, { start: 4, end: 7 }]);
    expect(matchesIn('本镇', '')).toEqual([]);
  });

  it('全部替换一次改完，返回处数；替换一处只改那一处', () => {
    const { report, count } = replaceAll(sample(), '2024', '2025');
    expect(count).toBe(5);
    expect(findMatches(report, '2024')).toEqual([]);
    expect(report.unit.name).toBe('示例镇2025工作组');
    expect(report.sections.overview.paragraphs[0]!.text).toBe('2025年，本镇公开信息 12 条。2025年底完成。');
    const r = sample();
    const second = findMatches(r, '2024')[3]!;
    const one = replaceMatch(r, second, '2024', '二〇二五');
    expect(one.sections.overview.paragraphs[0]!.text).toBe('2024年，本镇公开信息 12 条。二〇二五年底完成。');
    // A match whose text has changed since it was found is left alone.
    expect(replaceMatch(one, second, '2024', 'x')).toEqual(one);
  });

  it('字数不计空格和换行', () => {
    expect(charCount('本镇 公开\n信息 12 条')).toBe(9);
    const r = sample();
    expect(sectionCharCount(r, 'problems')).toBe(8);
    expect(sectionCharCount(r, 'overview')).toBe(12 + 25 + 6);
    expect(totalCharCount(r)).toBe(51 + 10);
  });
});

import { describe, expect, it } from 'vitest';
import { consistentReport } from '../../test/fixtures/consistent-report.ts';
import type { Report } from '../report/model.ts';
import { insertSentence } from '../report/sentences.ts';
import { proseAgainstLastYear } from './unchanged-prose.ts';

function withLast(paragraphs: string[]): Report {
  const r = consistentReport();
  r.sections.problems.paragraphs = [
    { heading: '', text: '信息更新还不够及时。 下一步将完善发布流程，明确专人负责' },
    { heading: '', text: '信息更新还不够及时。今年新设了审核岗位，由办公室负责。' },
    { heading: '', text: '全新的一段，与上年没有相同的句子。' },
  ];
  return { ...r, lastYear: { year: 2025, carriedForward: [0, 0, 0, 0, 0, 0, 0], effective: { rules: 0, normativeDocs: 0 }, paragraphs } };
}

describe('正文与上年对比', () => {
  it('整段与上年相同（空格和句末标点不计）、部分句子相同、全新的段落', () => {
    const m = proseAgainstLastYear(withLast(['信息更新还不够及时。下一步将完善发布流程，明确专人负责。']));
    expect(m.get('problems.0')).toEqual({ unchanged: true, copied: 1, sentences: 2 });
    // 「信息更新还不够及时」 is too short to count as copied, but it is last year's sentence.
    expect(m.get('problems.1')).toBeUndefined();
    expect(m.has('problems.2')).toBe(false);
  });

  it('没有上年正文时不比较；绑定表格的标准语句不算', () => {
    const r = withLast([]);
    expect(proseAgainstLastYear({ ...r, lastYear: null }).size).toBe(0);
    const bound = insertSentence(consistentReport(), 'sec4-reviews');
    const text = bound.sections.review.paragraphs.at(-1)!.text;
    const withSentence = { ...bound, lastYear: withLast([text]).lastYear };
    expect([...proseAgainstLastYear(withSentence).keys()].filter((k) => k.startsWith('review'))).toEqual([]);
  });
});

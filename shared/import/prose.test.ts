import { describe, expect, it } from 'vitest';
import { buildParagraphs, normalizeHeading } from './prose.ts';

describe('sub-headings', () => {
  it('a heading on a line of its own keeps no full stop (102 洪泽: 「（三）政府信息管理情况。」)', () => {
    const { paragraphs } = buildParagraphs(['（三）政府信息管理情况。', '加强区政府门户网站及政务新媒体日常管理。'], true);
    expect(paragraphs).toEqual([{ heading: '（三）政府信息管理情况', text: '加强区政府门户网站及政务新媒体日常管理。' }]);
  });

  it('half-width brackets and spaces become the format’s （一）', () => {
    expect(normalizeHeading('( 一 ) 主动公开')).toBe('（一）主动公开');
  });
});

describe('a text of very many lines (issue #26 case 3)', () => {
  it('300,000 sentences, one a line: as many paragraphs, no stack overflow measuring the wrap width', () => {
    const lines = Array.from({ length: 300_000 }, (_, i) => `第${i}项已办结。`);
    const { paragraphs } = buildParagraphs(lines);
    expect(paragraphs).toHaveLength(300_000);
    expect(paragraphs[299_999]!.text).toBe('第299999项已办结。');
  });

  it('200,000 wrapped pieces of one unfinished sentence: one paragraph, the numbers cut by the wrap kept whole', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? '3件' : '受理申请1'));
    const { paragraphs } = buildParagraphs(lines);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]!.text).toHaveLength(200_000 * 3.5);
    expect(paragraphs[0]!.text.startsWith('受理申请13件受理申请13件')).toBe(true);
  }, 30_000);
});

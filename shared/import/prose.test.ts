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

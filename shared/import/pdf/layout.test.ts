import { describe, expect, it } from 'vitest';
import { dropFurniture, joinLines, measure, type Para, type PageLine } from './layout.ts';
import { toLines } from './text.ts';

/** Lines joined into paragraphs against their own measure, as the reader does. */
function paragraphsOf(lines: PageLine[]): Para[] {
  const out: Para[] = [];
  joinLines(lines, measure(lines), out);
  return out;
}

const line = (page: number, base: number, text: string, x0 = 90, x1 = 505, size = 16): PageLine => ({ page, pageHeight: 842, base, x0, x1, size, text });

describe('page furniture', () => {
  it('drops page numbers written -1-, — 2 —, - 3 -, 第4页 at the foot or head of a page', () => {
    const lines = [line(1, 400, '正文'), line(1, 800, '-1-', 280, 310), line(2, 800, '— 2 —', 270, 320), line(3, 40, '- 3 -', 280, 310), line(4, 810, '第4页', 280, 320)];
    expect(dropFurniture(lines, 4).map((l) => l.text)).toEqual(['正文']);
  });

  it('drops a running header repeated on most pages, keeps a number line inside the text', () => {
    const lines = [1, 2, 3].flatMap((p) => [line(p, 30, `某某县人民政府 第${p}页`), line(p, 400, `正文${p}`)]);
    lines.push(line(2, 420, '12', 90, 110));
    expect(dropFurniture(lines, 3).map((l) => l.text)).toEqual(['正文1', '正文2', '正文3', '12']);
  });
});

describe('paragraphs from hard-wrapped lines', () => {
  it('joins a line that reaches the right edge to the next one at the left edge; an indented or short line starts a new paragraph', () => {
    const lines = [
      line(1, 100, '一、总体情况', 122, 220),
      line(1, 128, '本年度共收到政府信息公开申请70件，加上上年结转4件，共需办', 122, 505),
      line(1, 156, '理74件，已全部办结。', 90, 260),
      line(1, 184, '下一段开头缩进两个字，内容较长一直写到右边距为止的这一行', 122, 505),
      line(2, 90, '跨页接着写完。', 90, 200),
    ];
    const out = paragraphsOf(lines);
    expect(out.map((p) => p.text)).toEqual([
      '一、总体情况',
      '本年度共收到政府信息公开申请70件，加上上年结转4件，共需办理74件，已全部办结。',
      '下一段开头缩进两个字，内容较长一直写到右边距为止的这一行跨页接着写完。',
    ]);
  });

  it('short paragraphs (their indented first lines outnumber the lines at the margin): a heading at the top of a page does not carry on the paragraph at the foot of the one before', () => {
    const lines = [
      line(1, 100, '第一段只有一行，开头缩进两个字。', 122, 400),
      line(1, 128, '第二段也只有一行，开头缩进两个字。', 122, 420),
      line(1, 156, '第三段开头缩进两个字，内容较长一直写到右边距为止的这一行', 122, 505),
      line(1, 184, '写完。', 90, 140),
      line(1, 212, '第四段开头缩进两个字，内容较长一直写到右边距为止的这一行', 122, 505),
      line(1, 240, '在页脚前写满了整行，标点也在右边距上为止的这一行写满。', 90, 505),
      line(2, 90, '二、主动公开政府信息情况', 122, 320),
    ];
    const out = paragraphsOf(lines);
    expect(out.map((p) => p.text).at(-1)).toBe('二、主动公开政府信息情况');
    expect(out).toHaveLength(5);
  });

  it('merges glyph runs on one baseline without the spaces typesetting puts beside CJK, and keeps Latin word spaces', () => {
    const run = (x0: number, x1: number, str: string, base = 100) => ({ x0, x1, base, size: 16, str });
    const lines = toLines([run(90, 170, '在省办'), run(175, 207, '2024 '), run(212, 292, '年四个季度'), run(90, 130, 'WPS', 130), run(136, 170, 'Office', 130.5)]);
    expect(lines.map((l) => l.text)).toEqual(['在省办2024年四个季度', 'WPS Office']);
  });
});

import { describe, expect, it } from 'vitest';
import { breakLines, justifySpacing, keptPieces } from './line-break.ts';

/** 10 pt per Chinese character, 5 pt per ASCII character. */
const widthOf = (s: string) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 5 : 10), 0);

describe('Chinese line breaking', () => {
  it('fills lines greedily between Chinese characters, the first line shorter by the indent', () => {
    const lines = breakLines('一二三四五六七八九十甲乙丙丁', 40, 60, widthOf);
    expect(lines.map((l) => l.text)).toEqual(['一二三四', '五六七八九十', '甲乙丙丁']);
    expect(lines.map((l) => l.last)).toEqual([false, false, true]);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(breakLines('一二三，四五', 30, 30, widthOf).map((l) => l.text)).toEqual(['一二', '三，四', '五']);
    expect(breakLines('一二（三）四', 30, 30, widthOf).map((l) => l.text)).toEqual(['一二', '（三）', '四']);
    expect(breakLines('一二“三四”五', 30, 30, widthOf).map((l) => l.text)).toEqual(['一二', '“三', '四”五']);
  });

  it('keeps numbers and Latin words whole', () => {
    const lines = breakLines('电话0000-12345678号', 70, 70, widthOf);
    expect(lines.map((l) => l.text)).toEqual(['电话', '0000-12345678', '号']);
    expect(breakLines('共2365件', 25, 25, widthOf).map((l) => l.text)).toEqual(['共', '2365', '件']);
  });

  it('keeps the 年, 月 and 日 of a date with its digits, and breaks between them', () => {
    expect(breakLines('于2025年1/2月', 35, 35, widthOf).map((l) => l.text)).toEqual(['于', '2025年', '1/2月']);
    expect(breakLines('于2025年1月1日', 35, 35, widthOf).map((l) => l.text)).toEqual(['于', '2025年', '1月1日']);
    // 年 after a Chinese word is an ordinary character.
    expect(breakLines('去年上年', 20, 20, widthOf).map((l) => l.text)).toEqual(['去年', '上年']);
  });

  it('marks the numbers and codes the DOCX keeps on one line, and nothing else', () => {
    expect(keptPieces('电话0517-83605210，于2025年1/2月，占98.6%，GB/T 9704。')).toEqual([
      { text: '电话', kept: false },
      { text: '0517-83605210', kept: true },
      { text: '，于', kept: false },
      { text: '2025年', kept: true },
      { text: '1/2月', kept: true },
      { text: '，占', kept: false },
      { text: '98.6%', kept: true },
      { text: '，', kept: false },
      { text: 'GB/T', kept: true },
      { text: ' ', kept: false },
      { text: '9704', kept: true },
      { text: '。', kept: false },
    ]);
    expect(keptPieces('去年上年')).toEqual([{ text: '去年上年', kept: false }]);
    expect(keptPieces('')).toEqual([]);
  });

  it('breaks a unit longer than a line', () => {
    expect(breakLines('abcdefghij', 20, 20, widthOf).map((l) => l.text)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('justifies every line but the last to the measure', () => {
    const [first, last] = breakLines('一二三四五六七', 45, 45, widthOf);
    const s = justifySpacing(first!, 45);
    expect(first!.width + s * (first!.text.length - 1)).toBeCloseTo(45 - 0.05, 5);
    expect(justifySpacing(last!, 45)).toBe(0);
  });

  it('leaves a line cut short by a long number ragged instead of spreading its characters apart', () => {
    const [short, number] = breakLines('一二三四五六七电话0000-12345678', 120, 120, widthOf);
    expect([short!.text, number!.text]).toEqual(['一二三四五六七电话', '0000-12345678']);
    expect(justifySpacing(short!, 120, 0)).toBeCloseTo(29.95 / 8, 2);
    expect(justifySpacing(short!, 120, 0, 2)).toBe(0);
    // A line one character short is still justified.
    expect(justifySpacing({ text: '一二三四五六七八九十一', width: 110, last: false }, 120, 0, 2)).toBeCloseTo(0.995, 2);
  });
});

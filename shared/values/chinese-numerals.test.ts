import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseCount } from './chinese-numerals.ts';

describe('中文数字的件数', () => {
  it.each([
    ['两', 2],
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两千零三十', 2030],
    ['三千五百六十七', 3567],
    ['零', 0],
    ['〇', 0],
    ['十万', 100000],
    ['三万零五', 30005],
    ['五十五万三千', 553000],
  ])('%s = %d', (text, n) => {
    expect(parseChineseNumeral(text)).toBe(n);
  });

  it.each(['', '一百一', '二百五', '一一', '百', '千二', '十十', '三万五', '万', '一万万', '件'])('“%s” 不是规范写法：不猜', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  it('阿拉伯数字与中文数字都可读', () => {
    expect(parseCount('46')).toBe(46);
    expect(parseCount('四十六')).toBe(46);
    expect(parseCount('4x')).toBeNull();
  });
});

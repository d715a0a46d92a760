/**
 * Counts written in Chinese numerals in the prose (两件, 十二件, 一百零五件), read as numbers so they are
 * compared with the tables like Arabic ones. Written by hand rather than with `nzh`: nzh reads 两 as 0
 * and 「二百五」 as 205, silently wrong where a checker must say nothing rather than guess; this reads
 * only the standard written forms and returns null for anything else.
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese-numeral count is made of (for patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/** Below 10 000: 「一百零五」, 「十二」, 「两千」; null for 「一百一」 (110 or 101?) and malformed runs. */
function belowTenThousand(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 10000;
  let zero = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null) return null;
      if (d === 0) zero = true;
      else digit = d;
      continue;
    }
    const u = UNITS[ch];
    if (u === undefined || u >= lastUnit) return null;
    if (digit === null) {
      // 「十二」 is 12; a bare 百 or 千 is not how a count is written.
      if (u !== 10 || total !== 0 || zero) return null;
      digit = 1;
    }
    total += digit * u;
    lastUnit = u;
    digit = null;
    zero = false;
  }
  if (digit !== null) {
    // 「一百一」 and 「一千二」 are spoken shorthand (110, 1200) that a report should not print.
    if (lastUnit > 10 && lastUnit < 10000 && !zero) return null;
    total += digit;
  }
  return total;
}

/** The value of a count written in Chinese numerals, or null when it is not one written in the standard way. */
export function parseChineseNumeral(text: string): number | null {
  if (!text) return null;
  const parts = text.split('万');
  if (parts.length > 2) return null;
  const [high, low] = parts as [string, string | undefined];
  if (low === undefined) return high === '零' || high === '〇' ? 0 : belowTenThousand(high) || null;
  const h = belowTenThousand(high);
  if (!h) return null;
  const l = low === '' ? 0 : belowTenThousand(low);
  if (l === null || (l > 0 && l < 1000 && !low.startsWith('零'))) return null;
  return h * 10000 + l;
}

/** A count written either way: 「46」 or 「四十六」. */
export function parseCount(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return parseChineseNumeral(text);
}

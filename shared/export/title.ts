/**
 * The title block's lines: a unit name too long for one 二号 line breaks between its words (place
 * names and the bodies they head: 「…片区管理委员会」/「行政审批局」), never inside one, into a 梯形
 * (shorter line above) as balanced as the words allow. A line break the clerk typed is kept.
 */
import { SIZE, TEXT_WIDTH } from './layout.ts';

/** 二号 characters a title line holds. */
export const TITLE_CHARS = Math.floor(TEXT_WIDTH / SIZE.title);

// A word of a unit name ends with one of these (longest first, so 人民政府 beats 府).
const WORD_END = /(人民代表大会常务委员会|管理委员会|委员会|管委会|人民政府|办公厅|办公室|自治区|自治州|自治县|街道办事处|街道|服务中心|中心|政府|省|市|州|盟|县|旗|区|镇|乡|局|厅|委|办|院|所|站|队)/g;

/** The unit name cut into words. */
export function unitWords(name: string): string[] {
  const words: string[] = [];
  let last = 0;
  for (const m of name.matchAll(WORD_END)) {
    const end = m.index + m[0].length;
    if (end > last) words.push(name.slice(last, end));
    last = end;
  }
  if (last < name.length) words.push(name.slice(last));
  return words;
}

const width = (s: string) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1), 0);

/** The clerk's breaks (「…/…」) when they spell the unit's name, else null. */
export function clerkTitleLines(name: string, breaks: string | undefined): string[] | null {
  if (!breaks) return null;
  const lines = breaks.split('/').map((l) => l.trim()).filter(Boolean);
  const plain = (s: string) => s.replace(/\s+/g, '');
  return lines.length > 1 && plain(lines.join('')) === plain(name) ? lines : null;
}

/** A title line shorter than the lines on both sides (沙漏形): GB/T 9704 wants a 梯形 or 菱形. */
function hourglass(lines: readonly string[]): boolean {
  return lines.some((l, i) => i > 0 && i < lines.length - 1 && width(l) < width(lines[i - 1]!) && width(l) < width(lines[i + 1]!));
}

/**
 * The unit name's lines: one when it fits, else broken between words, shorter line first, never
 * making the whole title (with `below`, the 「…年度报告」 line) an hourglass where a 梯形 or 菱形 exists.
 */
export function unitLines(name: string, max = TITLE_CHARS, below?: string): string[] {
  const typed = name.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (typed.length > 1) return typed;
  if (width(name) <= max) return [name];
  const words = unitWords(name);
  let best: string[] | null = null;
  let bestScore = Infinity;
  for (let i = 1; i < words.length; i++) {
    const a = words.slice(0, i).join('');
    const b = words.slice(i).join('');
    if (width(a) > max || width(b) > max) continue;
    // Balanced first; an upper line longer than the lower one (an inverted 梯形) costs a little more.
    const score = Math.abs(width(a) - width(b)) + (width(a) > width(b) ? 0.5 : 0) + (hourglass(below ? [a, b, below] : [a, b]) ? 100 : 0);
    if (score < bestScore) [best, bestScore] = [[a, b], score];
  }
  return best ?? [name];
}

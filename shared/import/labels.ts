/**
 * Label text as printed → a comparable core: no ordinals (一、 （三） 1. 1、), no punctuation or spaces,
 * half- and full-width brackets alike. Then a score of how well a printed label fits a schema label, so
 * truncated, wrapped, variant and misspelt labels still find their row.
 */

const LEADING_ORDINAL = /^(?:[一二三四五六七八九十]+[、.．,，]|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．,，)）]|\d+(?=[\u4e00-\u9fff]))/;
const PUNCT = /[\s\u3000\u00a0，,。.、：:；;“”"'‘’（）()[\]【】《》〈〉<>·•\-—–_*#|]/g;

/** Schema labels are looked up thousands of times per document: their cores are kept. */
const cache = new Map<string, string>();

export function labelCore(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const core = computeCore(text);
  if (cache.size > 4000) cache.clear();
  cache.set(text, core);
  return core;
}

function computeCore(text: string): string {
  let s = text.replace(/[\s\u3000\u00a0]+/g, '');
  for (let i = 0; i < 3; i++) {
    const m = LEADING_ORDINAL.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  return s.replace(PUNCT, '');
}

/** Length of the longest common subsequence, for labels with a typo (「其他法律行政止公开」). */
function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * How well printed text `own` (already a core) names the schema label `core`: 3 exact, 2 a truncation or
 * an extension of it, 1 a variant (contains it, is contained, or differs by a typo), 0 not at all.
 */
export function labelScore(own: string, core: string): number {
  if (own.length < 2 || core.length < 2) return 0;
  if (own === core) return 3;
  const min = Math.min(4, core.length);
  if (core.startsWith(own) && own.length >= min) return 2;
  if (own.startsWith(core) && own.length <= core.length + 2 && core.length >= 2) return core.length >= 4 ? 2 : 1;
  if (own.length >= 4 && core.includes(own)) return 1;
  if (core.length >= 4 && own.includes(core) && own.length <= core.length * 2 + 6) return 1;
  // A caption and header run into the label by a crawler (「第二十条第（五）项信息内容本年处理决定数量行政许可」).
  if (core.length >= 4 && own.endsWith(core)) return 1;
  if (own.length >= 6 && core.length >= 6 && own.length <= core.length * 1.5) {
    // A typo or a dropped word (「其他法律行政止公开」): nearly all of it is in order in the label.
    const common = lcs(own, core);
    if (common / core.length >= 0.8 || (common / own.length >= 0.9 && common / core.length >= 0.7)) return 1;
  }
  return 0;
}

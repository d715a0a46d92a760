/**
 * A total and its parts in one sentence (docs/format.md §4.20): 「主动公开政府信息120条，其中通过网站公开80条，
 * 通过政务新媒体公开60条」 — parts that add up to more than the total, or, when the sentence says 分别, to
 * anything but the total, contradict it. A part list after 其中 may leave items out, so fewer is let be.
 */
import type { Rule } from './finding.ts';
import { perParagraph, sentences } from './prose.ts';

const COUNT = /(\d+)\s*(条|件|个|项|篇|次|家|人次)/g;
/** A sentence that compares with another year or speaks of change: its numbers are not parts. */
const COMPARISON = /同比|比上年|较上年|较去年|上年|去年|增长|减少|下降|上升|增加|%|百分/;

export interface SentenceSum {
  total: number;
  parts: number[];
  unit: string;
  /** Offset of the sentence in the paragraph text. */
  start: number;
}

/** The sums the paragraph's sentences state that their parts do not make. */
export function brokenSentenceSums(text: string): SentenceSum[] {
  const out: SentenceSum[] = [];
  for (const s of sentences(text)) {
    const at = s.text.indexOf('其中');
    if (at < 0 || COMPARISON.test(s.text)) continue;
    const before = [...s.text.slice(0, at).matchAll(COUNT)];
    const last = before.at(-1);
    if (!last) continue;
    const unit = last[2]!;
    const parts = [...s.text.slice(at).matchAll(COUNT)].filter((m) => m[2] === unit).map((m) => Number(m[1]));
    if (parts.length < 2) continue;
    const total = Number(last[1]);
    const sum = parts.reduce((a, b) => a + b, 0);
    const each = /分别/.test(s.text.slice(at));
    if (sum > total || (each && sum !== total)) out.push({ total, parts, unit, start: s.start });
  }
  return out;
}

const rule = { id: 'text-sentence-sums', severity: 'warning' as const };

export const textSentenceSums: Rule = {
  ...rule,
  title: '同一句中的总数与“其中”各项相符',
  readsText: true,
  check: ({ report }) =>
    perParagraph((p) =>
      brokenSentenceSums(p.text).map((x) => ({
        rule: rule.id,
        severity: rule.severity,
        cells: [],
        message: `句中写共 ${x.total}${x.unit}，其中各项 ${x.parts.join(' + ')} = ${x.parts.reduce((a, b) => a + b, 0)}${x.unit}，与总数不符：请核对`,
      })),
    )(report),
};

/**
 * The 与上年对比 view's prose side: which paragraphs say what last year's report said. The same
 * sentence comparison as the text-stale rule (a sentence is the same when only spaces and its final
 * stop differ), shown per paragraph rather than as warnings.
 */
import type { Report } from '../report/model.ts';
import { paragraphs, sentences } from './prose.ts';
import { MIN_COPIED, lastYearSentences, sentenceKey } from './text-stale.ts';

export interface ParagraphAgainstLastYear {
  /** Every sentence of the paragraph is in last year's report. */
  unchanged: boolean;
  /** How many of its sentences (long enough to count) are in last year's report. */
  copied: number;
  sentences: number;
}

/** By paragraph ("section.index"), the paragraphs with any sentence from last year; empty without last year's prose. */
export function proseAgainstLastYear(report: Report): Map<string, ParagraphAgainstLastYear> {
  const out = new Map<string, ParagraphAgainstLastYear>();
  const last = report.lastYear ? lastYearSentences(report.lastYear) : null;
  if (!last) return out;
  for (const at of paragraphs(report)) {
    const keys = sentences(at.p.text).map((s) => sentenceKey(s.text)).filter((k) => k);
    if (!keys.length) continue;
    const same = keys.filter((k) => last.has(k));
    const copied = same.filter((k) => k.length >= MIN_COPIED).length;
    const unchanged = same.length === keys.length;
    if (unchanged || copied) out.set(`${at.section}.${at.index}`, { unchanged, copied, sentences: keys.length });
  }
  return out;
}

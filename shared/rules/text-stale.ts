/**
 * Text left from last year (format.md §4 items 3 and 14): the data period of another year, plans
 * written for this year, 「结转至」 the wrong year, and sentences copied unchanged from last year's report.
 */
import type { LastYearBase } from '../report/model.ts';
import { PERIOD } from '../report/rollover.ts';
import type { Finding, Rule, TextEdit } from './finding.ts';
import { paragraphs, sentences, textFinding } from './prose.ts';

/** Edits that put `year` in place of every 4-digit year inside match `m` (offset `base` in the paragraph). */
function yearEdits(m: RegExpMatchArray, base: number, year: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const y of m[0].matchAll(/\d{4}/g)) {
    if (Number(y[0]) === year) continue;
    const start = base + m.index! + y.index!;
    edits.push({ start, end: start + 4, text: String(year) });
  }
  return edits;
}

const sentenceKey = (s: string) => s.replace(/\s+/g, '').replace(/[。！？；]$/, '');
const MIN_COPIED = 12;

const lastSentences = new WeakMap<LastYearBase, Set<string>>();
function lastYearSentences(last: LastYearBase): Set<string> | null {
  if (!last.paragraphs?.length) return null;
  let set = lastSentences.get(last);
  if (!set) {
    set = new Set();
    for (const p of last.paragraphs) for (const s of sentences(p)) set.add(sentenceKey(s.text));
    lastSentences.set(last, set);
  }
  return set;
}

export const textStale: Rule = {
  id: 'text-stale',
  severity: 'warning',
  title: '正文不留上年的内容：统计期限的年份、上年写的本年计划、结转年份、与上年报告相同的句子',
  readsText: true,
  check({ report }) {
    const out: Finding[] = [];
    const year = report.year;
    const plan = new RegExp(`${year}\\s*年[，,]?\\s*(?:我|本)[^，。；\\d]{0,8}?(?:将|计划|拟)`, 'g');
    const last = report.lastYear ? lastYearSentences(report.lastYear) : null;
    let copiedChars = 0;
    let allChars = 0;
    let copiedCount = 0;
    for (const at of paragraphs(report)) {
      const text = at.p.text;
      for (const m of text.matchAll(PERIOD)) {
        const edits = yearEdits(m, 0, year);
        if (!edits.length) continue;
        out.push(
          textFinding(this, at, `统计期限“${m[0]}”不是本报告的年度 ${year} 年`, { label: `改为 ${year} 年`, edits }),
        );
      }
      for (const m of text.matchAll(plan)) {
        const edits = yearEdits(m, 0, year + 1);
        out.push(
          textFinding(this, at, `“${m[0]}……”像是上年报告写的本年计划：${year}年报告的计划应写 ${year + 1} 年`, {
            label: `改为 ${year + 1} 年`,
            edits,
          }),
        );
      }
      for (const m of text.matchAll(/(?:结转|转结|转入)(?:至|到)?\s*(\d{4})\s*年/g)) {
        if (Number(m[1]) === year + 1) continue;
        out.push(
          textFinding(this, at, `“${m[0]}”：${year}年报告的申请应结转至 ${year + 1} 年`, {
            label: `改为 ${year + 1} 年`,
            edits: yearEdits(m, 0, year + 1),
          }),
        );
      }
      if (!last) continue;
      const copied: string[] = [];
      for (const s of sentences(text)) {
        const key = sentenceKey(s.text);
        allChars += key.length;
        if (key.length < MIN_COPIED || !last.has(key)) continue;
        copied.push(s.text.trim());
        copiedChars += key.length;
      }
      if (copied.length) {
        copiedCount += copied.length;
        const first = copied[0]!.length > 40 ? `${copied[0]!.slice(0, 40)}……` : copied[0]!;
        out.push(textFinding(this, at, `有 ${copied.length} 句与上年报告完全相同，如“${first}”，请按本年情况改写`));
      }
    }
    if (last && copiedChars > 0) {
      const share = Math.round((copiedChars / allChars) * 100);
      out.push({
        rule: this.id,
        severity: this.severity,
        cells: [],
        message: `正文约 ${share}% 与上年报告相同（${copiedCount} 句未改动）`,
      });
    }
    return out;
  },
};
